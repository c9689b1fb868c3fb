import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_BLOCK_LENGTH,
  type Diagnostic,
  ListingParseError,
  type Paper,
  parseListing,
  parseListingStream,
} from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';
import { collectListing, cut, titles } from './collect.js';

const footers = readFixture('001_3000abd2b438303c.txt');
const plain = readFixture('000_444d491a8cf7bda0.txt');
const batch = parseListing(footers);

async function all(papers: AsyncIterable<Paper>): Promise<Paper[]> {
  const found: Paper[] = [];
  for await (const paper of papers) found.push(paper);
  return found;
}

describe('parseListingStream', () => {
  it('yields each paper once its block is complete, before the input ends', async () => {
    // The first 16 KiB are held to read the capture; then papers come as cards close.
    const head = footers.slice(0, footers.indexOf('\n', 20_000) + 1);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let released = false;
    async function* source(): AsyncGenerator<string> {
      yield head;
      await gate; // The rest comes only after the first paper was seen.
      released = true;
      yield footers.slice(head.length);
    }
    const seen: string[] = [];
    let beforeRest = 0;
    for await (const paper of parseListingStream(source(), { format: 'text' })) {
      seen.push(paper.title);
      if (!released) beforeRest++;
      release();
    }
    expect(seen).toEqual(titles(batch.papers));
    expect(beforeRest).toBeGreaterThan(0);
    expect(seen[0]).toBe(
      'EMO: Earth Mover Distance Optimization for Auto-Regressive Language Modeling',
    );
  });

  it('reads a WHATWG ReadableStream of bytes (Blob.stream)', async () => {
    const papers = await all(parseListingStream(new Blob([footers]).stream()));
    expect(papers).toEqual(batch.papers);
  });

  it('reads a ReadableStream that is not async-iterable, through its reader', async () => {
    const stream = new Blob([footers]).stream();
    const readerOnly = { getReader: () => stream.getReader() } as unknown as ReadableStream;
    expect(await all(parseListingStream(readerOnly))).toEqual(batch.papers);
  });

  it('reports diagnostics through onDiagnostic, between the papers around them', async () => {
    const broken = footers.replace('Jul 25\n\n', 'Jul 25\n\n-----\n\n');
    const order: string[] = [];
    const diagnostics: Diagnostic[] = [];
    for await (const paper of parseListingStream([broken], {
      onDiagnostic: (found) => {
        diagnostics.push(found);
        order.push(found.code);
      },
    })) {
      order.push(paper.title.slice(0, 10));
    }
    expect(diagnostics).toEqual(parseListing(broken).diagnostics);
    expect(diagnostics.map((d) => d.code)).toEqual(['unrecognized-line']);
    // A card is complete at the next card's title, so the second card comes after
    // "-----", which sits between its footer and the third title.
    expect(order.slice(0, 3)).toEqual(['EMO: Earth', 'unrecognized-line', 'A Markov C']);
  });

  it('hands chrome and listing dates to their callbacks', async () => {
    const chrome: string[] = [];
    const dates: unknown[] = [];
    await all(
      parseListingStream([plain], {
        referenceDate: '2025-03-20',
        onChrome: (line) => chrome.push(line.text),
        onListingDate: (date) => dates.push(date),
      }),
    );
    expect(chrome).toEqual(parseListing(plain).chrome.map((line) => line.text));
    expect(dates).toEqual([{ year: 2025, month: 3, day: 11 }]);
  });

  it('in strict mode yields the papers before the first error, then throws ListingParseError', async () => {
    const broken = footers.replace('Jul 25\n\n', 'Jul 25\n\n-----\n\n');
    const seen: string[] = [];
    let thrown: unknown;
    try {
      for await (const paper of parseListingStream([broken], { strict: true })) {
        seen.push(paper.title);
      }
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ListingParseError);
    expect((thrown as ListingParseError).code).toBe('unrecognized-line');
    expect((thrown as ListingParseError).position.start.line).toBe(
      broken.split('\n').indexOf('-----') + 1,
    );
    // The second card is complete only at the third title, after the bad line.
    expect(seen).toEqual(titles(batch.papers.slice(0, 1)));
  });

  it('reads concatenated captures as one listing', async () => {
    const papers = await all(parseListingStream([plain, '\n', footers]));
    expect(papers).toHaveLength(56 + 41);
    expect(papers[56]?.listingDate).toEqual({ month: 12, day: 11 });
  });

  it('reads only what it needs from an endless source, and cancels it on break', async () => {
    let pulled = 0;
    let finished = false;
    async function* endless(): AsyncGenerator<string> {
      try {
        while (true) {
          pulled++;
          yield `${footers}\n`;
        }
      } finally {
        finished = true;
      }
    }
    let count = 0;
    for await (const _paper of parseListingStream(endless())) {
      if (++count === 100) break;
    }
    expect(count).toBe(100);
    expect(pulled).toBe(3); // 41 papers a copy: the 100th closes inside the third copy
    expect(finished).toBe(true);
  });
});

describe('the block limit', () => {
  it('stops at a line longer than maxBlockLength with block-too-large, and reads no further', async () => {
    let pulled = 0;
    // Up to and with the second card's abstract: the long line takes the footer's place.
    const secondAbstract = footers.indexOf('Auto-regressive language models factorize');
    const head = footers.slice(0, footers.indexOf('\n', secondAbstract) + 2);
    async function* source(): AsyncGenerator<string> {
      yield head;
      while (pulled < 1000) {
        pulled++;
        yield 'x'.repeat(1000); // one line that never ends
      }
    }
    const diagnostics: Diagnostic[] = [];
    const papers = await all(
      parseListingStream(source(), {
        format: 'text',
        maxBlockLength: 10_000,
        onDiagnostic: (d) => diagnostics.push(d),
      }),
    );
    // The first 16 KiB are held to read the capture (envelope, layout, wrap); then the
    // long line is 13 000 code units of which 10 000 fit.
    expect(pulled).toBe(Math.ceil((16 * 1024 - head.length) / 1000));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'block-too-large',
      severity: 'error',
      position: {
        start: { line: head.split('\n').length, column: 1, offset: head.length },
        // Where the line passed the limit, not how far it was read.
        end: { offset: head.length + 10_001 },
      },
    });
    // The first card was complete when the long line started; the second, its title and
    // abstract read, is finished as at the input's end (review24's L2: it was lost).
    expect(titles(papers)).toEqual(titles(batch.papers.slice(0, 2)));
    expect(papers[1]?.abstract).toBe(batch.papers[1]?.abstract);
  });

  it('counts CRLF and CR line endings for its position', async () => {
    const text = 'new\r\n\r\nSubscribe\rMar 11\r\n\n';
    const diagnostics: Diagnostic[] = [];
    await all(
      parseListingStream([text, 'y'.repeat(50)], {
        maxBlockLength: 20,
        onDiagnostic: (d) => diagnostics.push(d),
      }),
    );
    expect(diagnostics[0]?.position.start).toEqual({ line: 6, column: 1, offset: text.length });
  });

  it('stops at an overlong line inside a chunk, after parsing the lines before it', async () => {
    const long = 'An abstract. '.repeat(20).trim();
    const first = 'Mar 11\n\nA Title About Streams\n\nWe study X. We find Y. It works.\n\n';
    const text = `${first}Second Title Here\n\n${long}\n\nThird Title Here\n\nMore text.\n`;
    const options = { format: 'text', maxBlockLength: 200 } as const;
    const listing = await collectListing([text], options);
    expect(listing.diagnostics.map((found) => found.code)).toEqual(['block-too-large']);
    expect(listing.diagnostics[0]?.position).toEqual({
      start: { line: 9, column: 1, offset: text.indexOf(long) },
      end: { line: 9, column: 202, offset: text.indexOf(long) + 201 },
    });
    // The second title still waited for its next line, so the first paper never closed:
    // a stop leaves what was open unfinished, as at a chunk boundary.
    expect(listing.papers).toEqual([]);
    expect(listing.chrome.map((line) => line.text)).toEqual(['Mar 11']);
    // The same as bytes, in one chunk or cut anywhere.
    const bytes = new TextEncoder().encode(text);
    expect(await collectListing([bytes], options)).toEqual(listing);
    expect(await collectListing(cut(bytes, [7, 40, 180]), options)).toEqual(listing);
  });

  it('means the same however the input is chunked, as text or as bytes', async () => {
    const lengths = footers
      .split('\n')
      .map((line) => line.length)
      .sort((a, b) => b - a);
    // Below the longest lines, so the stream stops somewhere in the middle.
    const limit = lengths[5] as number;
    const options = { format: 'text', maxBlockLength: limit } as const;
    const whole = await collectListing([footers], options);
    expect(whole.diagnostics.map((found) => found.code)).toContain('block-too-large');
    expect(whole.papers.length).toBeGreaterThan(0);
    const bytes = new TextEncoder().encode(footers);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 12 }), async (at) => {
        expect(await collectListing(cut(footers, at), options)).toEqual(whole);
        expect(await collectListing(cut(bytes, at), options)).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });

  it('lets lines up to the limit through: the fixtures parse with the default', async () => {
    expect(DEFAULT_MAX_BLOCK_LENGTH).toBe(1024 * 1024);
    const longest = Math.max(...footers.split('\n').map((line) => line.length));
    const papers = await all(parseListingStream([footers], { maxBlockLength: longest }));
    expect(papers).toEqual(batch.papers);
  });
});

describe('layout detection', () => {
  it("'auto' holds the first 16 KiB, then streams plain text", async () => {
    let pulled = 0;
    async function* source(): AsyncGenerator<string> {
      for (let at = 0; at < footers.length; at += 1024) {
        pulled++;
        yield footers.slice(at, at + 1024);
      }
    }
    for await (const _paper of parseListingStream(source())) break;
    expect(pulled).toBe(16); // 16 × 1024 code units: the detection window
  });

  it("'auto' buffers a Markdown capture and gives parseListing's papers", async () => {
    const markdown = readFixture('md-firecrawl-search.md');
    const papers = await all(parseListingStream(new Blob([markdown]).stream()));
    expect(papers).toEqual(parseListing(markdown).papers);
    expect(papers).toHaveLength(120);
  }, 30_000);
});

describe('arguments', () => {
  it('rejects wrong options and sources at call time with TypeError', () => {
    expect(() => parseListingStream([], { maxBlockLength: 0 })).toThrow(TypeError);
    expect(() => parseListingStream([], { format: 'pdf' as 'text' })).toThrow(TypeError);
    expect(() => parseListingStream([], { strict: 'yes' as unknown as boolean })).toThrow(
      TypeError,
    );
    expect(() => parseListingStream(42 as unknown as string[])).toThrow(TypeError);
  });

  it('rejects chunks that are neither strings nor bytes', async () => {
    await expect(all(parseListingStream([{}] as unknown as string[]))).rejects.toThrow(
      /strings or Uint8Arrays, got an object/,
    );
  });

  it('reads a whole string as one chunk', async () => {
    expect(await all(parseListingStream(footers as unknown as string[]))).toEqual(batch.papers);
  });
});

describe('Hub JSON and HTML in the stream', () => {
  const line = (id: string, title: string) => `${JSON.stringify({ id, title, upvotes: 1 })}\n`;

  it('yields a JSON Lines paper as soon as its line is complete', async () => {
    let released = false;
    async function* source() {
      yield line('2401.00001', 'First');
      // The stream must not wait for this chunk to yield the first paper.
      await new Promise((resolve) => setTimeout(resolve, 5));
      released = true;
      yield line('2401.00002', 'Second');
    }
    const seen: Array<[string, boolean]> = [];
    for await (const paper of parseListingStream(source(), { format: 'hub-json' })) {
      seen.push([paper.title, released]);
    }
    expect(seen).toEqual([
      ['First', false],
      ['Second', true],
    ]);
  });

  it('stops at a JSON Lines line longer than maxBlockLength', async () => {
    const codes: string[] = [];
    const papers = [];
    const long = line('2401.00002', 'x'.repeat(500));
    const chunks = [
      line('2401.00001', 'Kept'),
      long.slice(0, 200),
      long.slice(200),
      line('2401.00003', 'Not read'),
    ];
    for await (const paper of parseListingStream(chunks, {
      format: 'hub-json',
      maxBlockLength: 100,
      onDiagnostic: (found) => codes.push(found.code),
    })) {
      papers.push(paper.title);
    }
    expect(papers).toEqual(['Kept']);
    expect(codes).toEqual(['block-too-large']);
  });

  it('holds a JSON document or an HTML page whole, up to maxInputLength', async () => {
    const document = JSON.stringify([{ paper: { id: '2401.00001', title: 'T' } }]);
    const codes: string[] = [];
    const titles: string[] = [];
    for await (const paper of parseListingStream([document.slice(0, 5), document.slice(5)], {
      maxInputLength: document.length - 1,
      onDiagnostic: (found) => codes.push(found.code),
    })) {
      titles.push(paper.title);
    }
    expect([titles, codes]).toEqual([[], ['input-too-long']]);
    const html = readFixture('handmade/html-daily.html');
    const fromStream = [];
    for await (const paper of parseListingStream([html.slice(0, 1000), html.slice(1000)])) {
      fromStream.push(paper.arxivId);
    }
    expect(fromStream).toEqual(parseListing(html).papers.map((paper) => paper.arxivId));
  });
});
