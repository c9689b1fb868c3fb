/**
 * Hostile HTML pages and Hub JSON: nesting that overflows recursive parsers, attributes
 * of tens of megabytes, page data that is cut, broken or names `__proto__`. Each
 * completes, never throws, never touches a prototype, and says what it could not read.
 * How fast is the benchmark's business (its hostile table), not a unit test's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ListingParseError, ListingSchema, parseListing } from '../../src/index.js';
import { collectListing, cut } from '../stream/collect.js';
import { checkListing } from './support/oracle.js';

const seed = Number(process.env.ROBUSTNESS_SEED ?? 20241211);
const DEPTH = 100_000;

/** HTML-escaped JSON for a `data-props` attribute. */
const escapeJson = (json: string) => json.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
const props = (value: unknown) => escapeJson(JSON.stringify(value));
const papers = { dailyPapers: [{ paper: { id: '2401.00001', title: 'Deep Paper', upvotes: 2 } }] };
const hydrater = (value: string) =>
  `<div class="SVELTE_HYDRATER contents" data-target="DailyPapers" data-props="${value}"></div>`;

function expectClean(input: string, format: 'html' | 'hub-json') {
  const listing = parseListing(input, { format });
  expect(ListingSchema.safeParse(listing).success).toBe(true);
  checkListing(input, listing, 'markdown');
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  return listing;
}

describe('HTML nested 100,000 deep', () => {
  it('of <div>: the data inside is read', () => {
    const input = `<!doctype html>${'<div>'.repeat(DEPTH)}${hydrater(props(papers))}${'</div>'.repeat(DEPTH)}`;
    const listing = expectClean(input, 'html');
    expect(listing.papers.map((paper) => paper.title)).toEqual(['Deep Paper']);
  });

  it('of unclosed <article>, <svg> and <math>: cards and foreign content at any depth', () => {
    const input = `<html>${'<article><a href="/papers/2401.00001">'.repeat(DEPTH / 2)}${'<svg><g>'.repeat(DEPTH / 2)}${'<math>'.repeat(DEPTH / 2)}`;
    const listing = expectClean(input, 'html');
    expect(listing.papers).toEqual([]);
    expect(listing.diagnostics.map((found) => found.code)).toEqual(['rendered-cards-only']);
  });
});

describe('a 50 MB attribute', () => {
  const size = 50 * 1024 * 1024;

  it('as page data that is not JSON: one invalid-json at its start', () => {
    const input = `<html><body>${hydrater('x'.repeat(size))}</body></html>`;
    const listing = parseListing(input);
    expect(listing.papers).toEqual([]);
    // In input order: no-paper-data is about the whole page, at its start.
    expect(listing.diagnostics.map((found) => found.code)).toEqual([
      'no-paper-data',
      'invalid-json',
    ]);
    expect(listing.diagnostics[1]?.position.start.offset).toBe(input.indexOf('x'));
  }, 60_000);

  it('beside the page data: the papers are read', () => {
    const input = `<html><body><img src="data:image/png;base64,${'A'.repeat(size)}">${hydrater(props(papers))}</body></html>`;
    expect(parseListing(input).papers.map((paper) => paper.title)).toEqual(['Deep Paper']);
  }, 60_000);
});

describe('page data that is cut, broken, or names __proto__', () => {
  const whole = props(papers);

  it('cut anywhere: never throws, reads nothing wrong', () => {
    for (let at = 0; at < whole.length; at += 7) {
      const input = `<html>${hydrater(whole.slice(0, at))}`;
      const listing = expectClean(input, 'html');
      expect(listing.papers.every((paper) => paper.title === 'Deep Paper')).toBe(true);
    }
  });

  it('broken JSON: invalid-json where it breaks; strict mode throws ListingParseError', () => {
    const input = `<html>${hydrater('{&quot;dailyPapers&quot;: [1, 2,, 3]}')}</html>`;
    const listing = expectClean(input, 'html');
    const invalid = listing.diagnostics.find((found) => found.code === 'invalid-json');
    expect(invalid).toMatchObject({
      message: 'Component DailyPapers\'s data-props is not JSON: Unexpected ","',
    });
    expect(input.slice(invalid?.position.start.offset).startsWith(', 3]')).toBe(true);
    expect(() => parseListing(input, { strict: true })).toThrow(ListingParseError);
  });

  it('__proto__, constructor and prototype keys stay data', () => {
    const value = escapeJson(
      '{"__proto__": {"polluted": 1, "dailyPapers": []}, "constructor": {"prototype": {"polluted": 1}}, "dailyPapers": [{"__proto__": {"title": "Injected"}, "paper": {"__proto__": {"polluted": 1}, "id": "2401.00001", "title": "Real", "authors": [{"name": "A", "__proto__": {"name": "B"}}]}}]}',
    );
    const listing = expectClean(`<html>${hydrater(value)}</html>`, 'html');
    expect(listing.papers.map((paper) => [paper.title, paper.authors])).toEqual([['Real', ['A']]]);
    expect(Object.getPrototypeOf(listing.papers[0])).toBe(Object.prototype);
  });
});

describe('JSON nested 100,000 deep', () => {
  const arrays = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
  const objects = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;

  it('as a Hub JSON document: no papers, one no-paper-data', () => {
    for (const input of [arrays, objects]) {
      const listing = expectClean(input, 'hub-json');
      expect(listing.diagnostics.map((found) => found.code)).toEqual(['no-paper-data']);
    }
  });

  it('cut short: invalid-json at the end, found without recursion', () => {
    const listing = expectClean(arrays.slice(0, DEPTH + 10), 'hub-json');
    expect(listing.diagnostics).toMatchObject([
      { code: 'invalid-json', message: 'JSON document is not JSON: Unexpected end of JSON' },
    ]);
  });

  it('inside an entry: the field is left out, the paper kept', () => {
    const input = `[{"id": "2401.00001", "title": "Kept", "authors": ${arrays}}]`;
    const listing = expectClean(input, 'hub-json');
    expect(listing.papers.map((paper) => [paper.title, paper.authors])).toEqual([
      ['Kept', undefined],
    ]);
    expect(listing.diagnostics.map((found) => found.code)).toEqual(['invalid-field']);
  });

  it('as one JSON Lines line and as page data', () => {
    const lines = expectClean(`{"id": "2401.00001", "title": "One"}\n${objects}\n`, 'hub-json');
    expect(lines.papers.map((paper) => paper.title)).toEqual(['One']);
    const page = expectClean(`<html>${hydrater(escapeJson(arrays))}</html>`, 'html');
    expect(page.diagnostics.map((found) => found.code)).toEqual(['no-paper-data']);
  });
});

describe('any HTML-ish or JSON-ish input', () => {
  const html = [
    '<div>',
    '</div>',
    '<article>',
    '</article>',
    '<a href="/papers/2401.00001">',
    '<svg>',
    '</svg>',
    '<script>',
    '</script>',
    '<style>',
    '<!--',
    '-->',
    '<title>',
    '</title>',
    '<![CDATA[',
    '&quot;',
    '&amp;',
    '&',
    '"',
    "'",
    '>',
    '<',
    '\r\n',
    '\0',
    '\uD800',
    'data-props="',
    'data-target="DailyPapers" ',
    '<div data-props="',
    props(papers).slice(0, 40),
    props(papers),
    '{&quot;dailyPapers&quot;:[',
    '__proto__',
  ];
  const json = [
    '[',
    ']',
    '{',
    '}',
    ',',
    ':',
    '"title"',
    '"paper"',
    '"id"',
    '"2401.00001"',
    '"__proto__"',
    '"authors"',
    '"x\\"y"',
    '"\\u00e9"',
    '1',
    '-1',
    'null',
    'true',
    '\n',
    '\r\n',
    ' ',
    '"upvotes"',
    '"summary"',
    '\uD800',
  ];

  it('HTML: never throws; strict throws only ListingParseError; stream equals batch', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...html), { maxLength: 30 }),
        fc.array(fc.nat()),
        async (parts, at) => {
          const input = `<html>${parts.join('')}`;
          const listing = expectClean(input, 'html');
          try {
            parseListing(input, { strict: true });
          } catch (error) {
            expect(error).toBeInstanceOf(ListingParseError);
          }
          const { metadata: _m, source: _s, ...batch } = listing;
          expect(await collectListing(cut(input, at), { format: 'html' })).toEqual(batch);
        },
      ),
      { seed, numRuns: 300 },
    );
  });

  it('JSON: never throws; stream equals batch', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...json), { maxLength: 40 }),
        fc.array(fc.nat()),
        async (parts, at) => {
          const input = parts.join('');
          const listing = expectClean(input, 'hub-json');
          expect(await collectListing(cut(input, at), { format: 'hub-json' })).toEqual(listing);
        },
      ),
      { seed, numRuns: 500 },
    );
  });
});
