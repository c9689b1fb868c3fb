import { describe, expect, it } from 'vitest';
import {
  explainNormalization,
  ListingParseError,
  normalizeText,
  parseListing,
} from '../../src/index.js';
import { content, readFixture } from '../support/fixtures.js';

const FOOTERS = '001_3000abd2b438303c.txt';
const PLAIN = '000_444d491a8cf7bda0.txt';
const original = readFixture(FOOTERS);
const clean = parseListing(original);

function sameContent(variant: string): void {
  const listing = parseListing(variant);
  expect(listing.diagnostics).toEqual([]);
  expect(listing.date).toEqual(clean.date);
  expect(listing.papers.map(content)).toEqual(clean.papers.map(content));
}

describe('variants of a real capture give the same papers', () => {
  it('CRLF line endings', () => sameContent(original.replaceAll('\n', '\r\n')));
  it('CR line endings', () => sameContent(original.replaceAll('\n', '\r')));
  it('a BOM', () => sameContent(`\ufeff${original}`));
  it('trailing blanks and tabs', () => sameContent(original.replaceAll('\n', ' \t\n')));
  it('indented lines', () => sameContent(original.replaceAll('\n', '\n\u00a0 ')));
  it('runs of blank lines', () => sameContent(original.replaceAll('\n\n', '\n\n\n \n\u2003\n')));
  it('a final newline', () => sameContent(`${original}\n`));
  it('NBSP and other Unicode spaces inside titles', () =>
    sameContent(
      original
        .replace('Earth Mover Distance', 'Earth\u00a0Mover\u2009Distance')
        .replace('A Markov Categorical', 'A\tMarkov  Categorical'),
    ));

  it('keeps raw as the exact source text of the title', () => {
    const listing = parseListing(original.replace('Earth Mover', 'Earth\u00a0 Mover'));
    expect(listing.papers[0]?.raw.title).toBe(
      'EMO: Earth\u00a0 Mover Distance Optimization for Auto-Regressive Language Modeling',
    );
    expect(listing.papers[0]?.title).toBe(
      'EMO: Earth Mover Distance Optimization for Auto-Regressive Language Modeling',
    );
  });
});

describe('concatenated captures', () => {
  const first = readFixture(PLAIN);
  const second = original;
  const listing = parseListing(`${first}\n${second}`);

  it('finds the papers of both, and no chrome becomes a paper', () => {
    expect(listing.papers).toHaveLength(56 + 41);
    expect(listing.diagnostics).toEqual([]);
    const chrome = new Set(['new', 'Subscribe', 'Daily Papers', 'byAK and the research community']);
    for (const paper of listing.papers) expect(chrome.has(paper.title)).toBe(false);
  });

  it('gives each paper the listing date of its own section', () => {
    expect(listing.date).toEqual({ month: 3, day: 11 });
    expect(listing.papers.slice(0, 56).every((p) => p.listingDate?.month === 3)).toBe(true);
    expect(listing.papers.slice(56).every((p) => p.listingDate?.month === 12)).toBe(true);
  });

  it('works with no newline between the captures', () => {
    const joined = parseListing(`${first}${second}`);
    // The last abstract of the first capture runs into "new": one line, still 97 papers.
    expect(joined.papers).toHaveLength(97);
  });
});

describe('damaged captures', () => {
  it('a capture cut off mid-abstract keeps the papers before it and a partial last one', () => {
    const cut = original.slice(
      0,
      original.indexOf('Auto-regressive language models factorize') + 60,
    );
    const listing = parseListing(cut);
    expect(listing.papers).toHaveLength(2);
    expect(listing.papers[0]).toEqual(clean.papers[0]);
    expect(listing.papers[1]?.abstract).toBe(
      'Auto-regressive language models factorize sequence probabili',
    );
    expect(listing.papers[1]?.authorCount).toBeUndefined();
  });

  it('a capture cut inside a footer reports the incomplete footer', () => {
    const cut = original.slice(0, original.indexOf('·') + 1);
    const listing = parseListing(cut);
    expect(listing.papers).toHaveLength(1);
    expect(listing.papers[0]?.authorCount).toBe(3);
    expect(listing.diagnostics.map((d) => d.code)).toEqual(['incomplete-footer']);
  });

  it('a missing abstract gives a paper with an empty abstract and a diagnostic', () => {
    const lines = original.split('\n');
    const abstractLine = lines.findIndex((line) => line.startsWith('Auto-regressive language'));
    const titleLine = lines.indexOf('A Markov Categorical Framework for Language Modeling');
    // Drop the second paper's abstract and footer: its title is followed by the third title.
    lines.splice(abstractLine, 6);
    const listing = parseListing(lines.join('\n'));
    expect(listing.papers).toHaveLength(41);
    const bare = listing.papers[1];
    expect(bare?.title).toBe('A Markov Categorical Framework for Language Modeling');
    expect(bare?.abstract).toBe('');
    expect(listing.papers[2]?.title).toBe(clean.papers[2]?.title);
    expect(listing.papers[2]?.abstract).toBe(clean.papers[2]?.abstract);
    expect(listing.diagnostics).toEqual([
      expect.objectContaining({
        code: 'missing-abstract',
        severity: 'warning',
        position: expect.objectContaining({
          start: expect.objectContaining({ line: titleLine + 1, column: 1 }),
        }),
      }),
    ]);
  });

  it('junk lines become diagnostics, never papers or parts of papers', () => {
    const junk = ['-----', '12345', '* * *'];
    const text = `${original
      // between the first title and its abstract
      .replace('Modeling\n\nNeural language', 'Modeling\n-----\n\nNeural language')
      // between two papers
      .replace('Jul 25\n\n', 'Jul 25\n\nLoad more\n12345\n')}\n* * *\n`;
    const listing = parseListing(text);
    expect(listing.papers.map(content)).toEqual(clean.papers.map(content));
    expect(listing.diagnostics.map((d) => d.code)).toEqual(junk.map(() => 'unrecognized-line'));
    for (const d of listing.diagnostics) {
      expect(junk).toContain(text.slice(d.position.start.offset, d.position.end.offset));
    }
    // Page furniture is no error: a known button goes to the chrome.
    expect(listing.chrome.map((line) => line.text)).toContain('Load more');
  });
});

describe('arguments and strict mode', () => {
  it('throws a TypeError that says what was passed instead of a string', () => {
    const parse = parseListing as (input: unknown) => unknown;
    expect(() => parse(undefined)).toThrow(
      new TypeError('parseListing expects a string, got undefined'),
    );
    expect(() => parse(null)).toThrow('got null');
    expect(() => parse(new Uint8Array(2))).toThrow('got an object (Uint8Array)');
    expect(() => parse(['a'])).toThrow('got an array');
    // The normalizer's entries name it the same way (review24's L5).
    const normalize = normalizeText as (input: unknown) => unknown;
    const explain = explainNormalization as (input: unknown) => unknown;
    expect(() => normalize(undefined)).toThrow(
      new TypeError('normalizeText expects a string, got undefined'),
    );
    expect(() => explain(42)).toThrow(
      new TypeError('explainNormalization expects a string, got number'),
    );
  });

  it('rejects bad options with clear errors', () => {
    expect(() => parseListing('', { referenceDate: '2024-13-01' })).toThrow(RangeError);
    expect(() => parseListing('', { referenceDate: new Date(Number.NaN) })).toThrow(RangeError);
    expect(() => parseListing('', { strict: 'yes' as unknown as boolean })).toThrow(TypeError);
  });

  it('strict mode throws ListingParseError at the first error, with position and excerpt', () => {
    const afterTitle = original.indexOf('\n', original.indexOf('EMO:')) + 1;
    const text = `${original.slice(0, afterTitle)}-----\n${original.slice(afterTitle)}`;
    expect(parseListing(text).diagnostics).toHaveLength(1);
    let caught: unknown;
    try {
      parseListing(text, { strict: true });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ListingParseError);
    const error = caught as ListingParseError;
    expect(error.code).toBe('unrecognized-line');
    expect(error.position.start).toEqual({ line: 14, column: 1, offset: afterTitle });
    expect(error.excerpt).toBe('-----\n^');
    expect(error.message).toContain('unrecognized-line at 14:1');
  });

  it('strict mode lets warnings through', () => {
    const cut = original.slice(0, original.indexOf('·') + 1);
    expect(parseListing(cut, { strict: true }).diagnostics[0]?.severity).toBe('warning');
  });

  it('returns an input-too-long diagnostic beyond maxInputLength', () => {
    const listing = parseListing(original, { maxInputLength: 100 });
    expect(listing.papers).toEqual([]);
    expect(listing.diagnostics.map((d) => d.code)).toEqual(['input-too-long']);
    expect(() => parseListing(original, { maxInputLength: 100, strict: true })).toThrow(
      ListingParseError,
    );
  });
});
