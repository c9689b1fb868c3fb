import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';
import type { StreamChunk } from '../../src/stream/index.js';
import { readFixture, TEXT_FIXTURE_NAMES } from '../support/fixtures.js';
import { collectListing, cut, slowly } from './collect.js';

const encoder = new TextEncoder();
const footers = readFixture('001_3000abd2b438303c.txt');

/** Every real capture, and variants that move line endings and captures around. */
const INPUTS: Record<string, string> = {
  ...Object.fromEntries(TEXT_FIXTURE_NAMES.map((name) => [name, readFixture(name)])),
  'CRLF footers': footers.replaceAll('\n', '\r\n'),
  'CR footers': footers.replaceAll('\n', '\r'),
  'BOM footers': `\ufeff${footers}`,
  'two captures in one': `${readFixture('000_444d491a8cf7bda0.txt')}\n${footers}`,
  'md-firecrawl-search.md': readFixture('md-firecrawl-search.md'),
  'html-daily.html': readFixture('handmade/html-daily.html'),
  'html-search.html': readFixture('handmade/html-search.html'),
  'hub-daily-papers.json': readFixture('handmade/hub-daily-papers.json'),
  'hub-papers.jsonl': readFixture('handmade/hub-papers.jsonl'),
  'hub-papers.jsonl, CRLF': readFixture('handmade/hub-papers.jsonl').replaceAll('\n', '\r\n'),
  'paper page, jina.md': readFixture('public-captures/paper-pages/jina-wrapper.md'),
  'clipping from a thumbnail link': (() => {
    const whole = readFixture('handmade/layouts/clipper/markdownload-2026-03-05.md');
    return whole.slice(whole.indexOf('[](https://huggingface.co/papers/2606.03264)'));
  })(),
  'paper page, browser copy.txt': readFixture('public-captures/paper-pages/browser-copy.txt'),
};

const cuts = fc.array(fc.nat(), { maxLength: 60 });

describe.each(Object.keys(INPUTS))('parseListingStream(%s) in random chunks', (name) => {
  const text = INPUTS[name] ?? '';
  const bytes = encoder.encode(text);
  // The stream reports papers, chrome, diagnostics, dates and the capture's envelope
  // metadata; an HTML page's own metadata (its head) and source are the batch listing's only.
  const { source: _source, ...whole } = parseListing(text, { referenceDate: '2024-12-11' });
  const { metadata: _metadata, ...withoutMetadata } = whole;
  const batch = name.endsWith('.html') ? withoutMetadata : whole;
  const options = { referenceDate: '2024-12-11' };
  // Markdown is buffered and parsed whole: a few chunkings check the buffering, and keep
  // the (slower) Markdown parse from dominating the suite.
  const numRuns = name.endsWith('.md') || name.endsWith('.html') ? 3 : 15;

  it('equals parseListing on the whole text, for byte chunks', async () => {
    expect(batch.papers.length).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(cuts, async (at) => {
        expect(await collectListing(slowly(cut(bytes, at)), options)).toEqual(batch);
      }),
      { numRuns },
    );
  }, 60_000);

  it('equals parseListing on the whole text, for string and mixed chunks', async () => {
    await fc.assert(
      fc.asyncProperty(cuts, fc.boolean(), async (at, mixed) => {
        const chunks: StreamChunk[] = cut(text, at);
        // Mixed: every other chunk as bytes (cut on code points, so each is valid UTF-8).
        const source = mixed
          ? cut([...text], at).map((part, i) =>
              i % 2 === 0 ? part.join('') : encoder.encode(part.join('')),
            )
          : chunks;
        expect(await collectListing(source, options)).toEqual(batch);
      }),
      { numRuns },
    );
  }, 60_000);
});

describe('chunk boundaries that matter', () => {
  it('a split inside every UTF-8 sequence of the footers fixture changes nothing', async () => {
    const bytes = encoder.encode(footers);
    // Cut after the first byte of every multi-byte sequence ("·" is C2 B7).
    const inside = [...bytes].flatMap((byte, i) => (byte >= 0xc0 ? [i + 1] : []));
    expect(inside.length).toBeGreaterThanOrEqual(82);
    expect(await collectListing(cut(bytes, inside))).toEqual(parseListing(footers));
  });

  it('a split between every CR and LF changes nothing', async () => {
    const crlf = footers.replaceAll('\n', '\r\n');
    const between = [...crlf.matchAll(/\r/g)].map((match) => (match.index ?? 0) + 1);
    const listing = await collectListing(cut(crlf, between));
    expect(listing).toEqual(parseListing(crlf));
    expect(listing.papers).toHaveLength(41);
    expect(listing.diagnostics).toEqual([]);
  });

  it('with dedupe, repeated cards are dropped as in parseListing', async () => {
    const text = `${readFixture('000_444d491a8cf7bda0.txt')}\n${footers}\n${footers}`;
    const batch = parseListing(text, { dedupe: true });
    // The second copy of the footers capture repeats all of its 41 cards.
    expect(batch.papers.length).toBeLessThanOrEqual(56 + 41);
    const bytes = encoder.encode(text);
    const at = Array.from({ length: 40 }, (_, i) => Math.floor((i * bytes.length) / 40) + 7);
    expect(await collectListing(cut(bytes, at), { dedupe: true })).toEqual(batch);
  });

  it('one-byte chunks give the same papers', async () => {
    const text = footers.slice(0, 20_000);
    const bytes = encoder.encode(text);
    const every = Array.from(bytes, (_, i) => i);
    expect(await collectListing(cut(bytes, every))).toEqual(parseListing(text));
  });
});
