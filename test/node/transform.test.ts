import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Diagnostic, ListingParseError, type Paper, parseListing } from '../../src/index.js';
import { createListingTransform } from '../../src/node/index.js';
import { readFixture, TEXT_FIXTURE_NAMES } from '../support/fixtures.js';

const FOOTERS = '001_3000abd2b438303c.txt';
const footers = readFixture(FOOTERS);

function path(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
}

async function collect(papers: AsyncIterable<Paper>, into: Paper[]): Promise<void> {
  for await (const paper of papers) into.push(paper);
}

describe('createListingTransform', () => {
  it.each(TEXT_FIXTURE_NAMES)(
    'in stream.pipeline gives parseListing’s papers for %s',
    async (name) => {
      const papers: Paper[] = [];
      await pipeline(
        // Small odd-sized chunks split lines and UTF-8 sequences.
        createReadStream(path(name), { highWaterMark: 997 }),
        createListingTransform({ referenceDate: '2024-12-11' }),
        (source: AsyncIterable<Paper>) => collect(source, papers),
      );
      expect(papers).toEqual(
        parseListing(readFixture(name), { referenceDate: '2024-12-11' }).papers,
      );
    },
  );

  it('reports diagnostics to onDiagnostic and as diagnostic events', async () => {
    const broken = footers.replace('Jul 25\n\n', 'Jul 25\n\n-----\n\n');
    const viaOption: Diagnostic[] = [];
    const viaEvent: Diagnostic[] = [];
    const transform = createListingTransform({ onDiagnostic: (d) => viaOption.push(d) });
    transform.on('diagnostic', (d: Diagnostic) => viaEvent.push(d));
    const papers: Paper[] = [];
    await pipeline(Readable.from([broken]), transform, (source: AsyncIterable<Paper>) =>
      collect(source, papers),
    );
    expect(papers).toHaveLength(41);
    expect(viaOption).toEqual(parseListing(broken).diagnostics);
    expect(viaOption.map((d) => d.code)).toEqual(['unrecognized-line']);
    expect(viaEvent).toEqual(viaOption);
  });

  it('with strict fails the pipeline with ListingParseError, after the papers before it', async () => {
    const broken = footers.replace('Jul 25\n\n', 'Jul 25\n\n-----\n\n');
    // The first chunk completes the first card (the second title and abstract follow it).
    const secondAbstract = broken.indexOf('Auto-regressive language models factorize');
    const cut = broken.indexOf('\n', secondAbstract) + 1;
    const papers: Paper[] = [];
    const failed = pipeline(
      Readable.from([broken.slice(0, cut), broken.slice(cut)]),
      createListingTransform({ strict: true, format: 'text' }),
      (source: AsyncIterable<Paper>) => collect(source, papers),
    );
    await expect(failed).rejects.toBeInstanceOf(ListingParseError);
    expect(papers.map((p) => p.title)).toEqual([parseListing(footers).papers[0]?.title]);
  });

  it('applies backpressure: an unread transform stops pulling from its source', async () => {
    let pulled = 0;
    const total = 200;
    const copies = Array.from({ length: total }, (_, i) => footers.replace('EMO:', `EMO ${i}:`));
    const expected = parseListing(copies.join(''), { format: 'text', dedupe: false }).papers;
    expect(expected.length).toBeGreaterThanOrEqual(total * 41);
    const source = Readable.from(
      (function* () {
        for (const text of copies) {
          pulled++;
          yield text;
        }
      })(),
    );
    const transform = createListingTransform({ format: 'text', dedupe: false });
    source.pipe(transform);
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(pulled).toBeLessThan(total / 4);
    let count = 0;
    for await (const _paper of transform) count++;
    expect(pulled).toBe(total);
    expect(count).toBe(expected.length);
  });

  it('checks options when created', () => {
    expect(() => createListingTransform({ maxBlockLength: -1 })).toThrow(TypeError);
  });
});
