import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { collectListing } from '../../src/assemble/collect.js';
import { parseListing, parseListingStream } from '../../src/index.js';
import { readMarkdown } from '../../src/layouts/markdown/index.js';
import { parseMarkdown } from '../../src/layouts/markdown/parse.js';
import { createMarkdownPieces, opensBlock } from '../../src/layouts/markdown/pieces.js';
import { createListingParser } from '../../src/parse/core.js';
import { resolveOptions } from '../../src/parse/options.js';
import type { LayoutReaders } from '../../src/parse/pipeline.js';
import type { Listing } from '../../src/schema.js';
import { readFixture } from '../support/fixtures.js';

/** The whole document through remark at once: what piece-wise reading must equal. */
const WHOLE: LayoutReaders = { markdown: readMarkdown };

/** Piece-wise, trying a cut every `pieceLength` code units. */
function pieces(pieceLength: number, maxPieceLength?: number): LayoutReaders {
  return {
    markdown: {
      pieces: (emit, options) =>
        createMarkdownPieces(emit, {
          ...options,
          pieceLength,
          ...(maxPieceLength === undefined ? {} : { maxPieceLength }),
        }),
    },
  };
}

function parse(input: string, readers: LayoutReaders, chunks: readonly number[] = []): Listing {
  const collector = collectListing();
  const parser = createListingParser(
    resolveOptions({ format: 'markdown', referenceDate: '2026-10-02' }),
    collector.sink,
    readers,
  );
  let at = 0;
  for (const size of chunks) {
    parser.push(input.slice(at, at + size));
    at += size;
  }
  parser.push(input.slice(at));
  parser.end();
  return collector.listing();
}

/** Every Markdown capture in fixtures/, by path. */
function markdownFixtures(): string[] {
  const root = fileURLToPath(new URL('../../fixtures/', import.meta.url));
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.md') && !path.endsWith('README.md'))
    .sort();
}

describe('Markdown read in pieces', () => {
  const names = markdownFixtures();

  it('covers the Markdown fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(15);
  });

  describe.each(names)('%s', (name) => {
    const text = readFixture(name);
    const whole = parse(text, WHOLE);

    // The two real captures (200 KB each) are cut at the default length only, to keep
    // the suite quick; the handmade ones at every candidate too.
    const lengths = text.length > 50_000 ? [4096] : [1, 4096];

    it('equals the whole-document parse, for any piece length', () => {
      for (const length of lengths) expect(parse(text, pieces(length))).toEqual(whole);
    });

    it('equals it with CRLF line ends and in random chunks', () => {
      const crlf = text.replaceAll('\n', '\r\n');
      expect(parse(crlf, pieces(lengths[0] ?? 1))).toEqual(parse(crlf, WHOLE));
      fc.assert(
        fc.property(fc.array(fc.nat({ max: 3000 }), { maxLength: 20 }), (chunks) => {
          expect(parse(text, pieces(64), chunks)).toEqual(whole);
        }),
        { numRuns: text.length > 50_000 ? 1 : 3 },
      );
    });
  });

  // Blocks a cut must not split, and blocks around them.
  const BLOCKS = [
    '### [A Title Of A Paper](https://huggingface.co/papers/2606.00683)',
    'An abstract that says a thing. It has two sentences.',
    '```\nfenced\n\n# not a heading\n```',
    '```\nnever closed\n\ncode',
    '~~~~\ntilde\n\n~~~\nstill code\n~~~~',
    '<!-- a comment\n\nover a blank line -->',
    '<pre>\nraw\n\ntext\n</pre>',
    '- a list\n\n- of loose items\n\n  continued',
    '1. numbered\n\n2) other',
    '    indented code\n\n    more',
    '> a quote\n\n> another',
    '[Hugging Face][1] and [Models][hf]',
    // A blank line first: glued under a paragraph, `[1]:` would be its text, a shortcut
    // reference to a definition further on, which a piece cannot see (docs/formats.md).
    '\n[1]: https://huggingface.co\n[hf]: https://huggingface.co/models',
    '[Upvote\n\n117](https://huggingface.co/login)',
    'Submitted by\n\nakhaliq',
    '<div>\n\n### [Inside A Div](https://huggingface.co/papers/2606.00001)\n\n</div>',
    // A clipper's callout over blank lines, closed and never closed.
    '<aside>\n\n💡 A note\n\nSkip it.\n\n</aside>',
    '<aside>\n\nnever closed',
    '* * *',
    // Headings right under other blocks, with no blank line: cuts may come before them.
    'A paragraph line\n### [Right Under A Paragraph](https://huggingface.co/papers/2606.00002)',
    '- an item\n## Under A List',
    '> quoted\n# Under A Quote',
    '<div>\n### Inside A Div With No Blank Line\n</div>',
    '<!-- open\n### In A Comment',
    '#hashtag\n####### seven',
    '',
    '\t',
  ];

  it('equals the whole-document parse on random documents of tricky blocks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...BLOCKS), { maxLength: 14 }),
        fc.constantFrom('\n', '\n\n', '\n\n\n', '\r\n\r\n'),
        fc.integer({ min: 1, max: 120 }),
        fc.array(fc.nat({ max: 200 }), { maxLength: 8 }),
        (blocks, between, length, chunks) => {
          const text = blocks.join(between);
          expect(parse(text, pieces(length), chunks)).toEqual(parse(text, WHOLE));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("parses as remark-parse does: every fixture's tree and random documents' trees", () => {
    const remark = unified().use(remarkParse).freeze();
    for (const name of names) {
      const text = readFixture(name);
      expect(parseMarkdown(text)).toEqual(remark.parse(text));
    }
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...BLOCKS), { maxLength: 14 }),
        fc.constantFrom('\n', '\n\n', '\r\n\r\n'),
        (blocks, between) => {
          const text = blocks.join(between);
          expect(parseMarkdown(text)).toEqual(remark.parse(text));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('cuts only before an unindented line that is no list item', () => {
    expect(opensBlock('### [T](u)\n', 0)).toBe(true);
    expect(opensBlock('Submitted by\n', 0)).toBe(true);
    expect(opensBlock('  continued\n', 0)).toBe(false);
    expect(opensBlock('- item\n', 0)).toBe(false);
    expect(opensBlock('12) item\n', 0)).toBe(false);
    expect(opensBlock('-1 votes\n', 0)).toBe(true);
  });

  it('holds a piece whose fence is open, and past the bound cuts it with a warning', () => {
    const card = (n: number) =>
      `### [Paper Number ${n} Title](https://huggingface.co/papers/2606.0000${n})\n\nAn abstract of paper ${n}. It has two sentences.\n`;
    const text = [card(1), '```\nopen fence', '', 'x'.repeat(300), '', card(2), card(3)].join('\n');
    const whole = parse(text, WHOLE);
    // Unbounded (parseListing): the fence swallows the rest, as remark reads it whole.
    expect(parse(text, pieces(16))).toEqual(whole);
    expect(whole.papers.map((paper) => paper.arxivId)).toEqual(['2606.00001']);
    // Bounded (the stream's maxBlockLength): cut, warned, and the cards after it read.
    const bounded = parse(text, pieces(16, 200));
    const cut = bounded.diagnostics.filter((found) => found.code === 'markdown-cut');
    expect(cut).toHaveLength(1);
    expect(cut[0]?.severity).toBe('warning');
    expect(cut[0]?.position.start.line).toBe(text.split('\n').indexOf('```') + 1);
    expect(bounded.papers.map((paper) => paper.arxivId)).toEqual([
      '2606.00001',
      '2606.00002',
      '2606.00003',
    ]);
  });

  it('cuts a run of short lines with no block boundary at the bound, so memory stays bounded', () => {
    // review24's H1: with no blank line or heading, no cut was ever tried, and a stream
    // held (and parsed) the whole run: 872 MB of memory for 8 MB of input.
    const card = (n: number) =>
      `### [Paper Number ${n} Title](https://huggingface.co/papers/2606.0000${n})\n\nAn abstract of paper ${n}. It has two sentences.\n`;
    const run = 'some text of a line\n'.repeat(4000);
    const text = `${card(1)}\n${run}\n${card(2)}`;
    const bounded = parse(text, pieces(16, 1000));
    const cut = bounded.diagnostics.filter((found) => found.code === 'markdown-cut');
    expect(cut.length).toBeGreaterThanOrEqual(7);
    expect(cut[0]?.message).toMatch(/no blank line or heading/);
    expect(bounded.papers.map((paper) => paper.arxivId)).toEqual(['2606.00001', '2606.00002']);
    let held = 0;
    const reader = createMarkdownPieces(() => {}, { pieceLength: 16, maxPieceLength: 1000 });
    for (let at = 0; at < text.length; at += 64) {
      reader.push(text.slice(at, at + 64));
      held = Math.max(held, reader.pendingLength);
    }
    reader.end();
    expect(held).toBeLessThan(1000 + 16 * 1024 + 64);
    // Unbounded (parseListing) it is read whole, as before.
    expect(parse(text, pieces(16))).toEqual(parse(text, WHOLE));
  });

  it("force-cuts at the last block boundary, and never inside a fence or a table (review25's H4, H5)", () => {
    const card = (n: number, body: string) =>
      `### [Paper Number ${n} Title](https://huggingface.co/papers/2606.0000${n})\n\n${body}\n`;
    // Wrapped abstracts: blank lines come, but past the bound before the next try; the
    // cut goes to the last of them, not into an abstract.
    const wrapped = 'We study sparse attention for long videos and show it is fast.\n'.repeat(12);
    const cards = [1, 2, 3, 4, 5, 6].map((n) => card(n, wrapped)).join('\n');
    const whole = parse(cards, WHOLE);
    const streamed = parse(cards, pieces(4096, 900));
    expect(streamed.papers).toEqual(whole.papers);
    expect(streamed.diagnostics.filter((d) => d.code !== 'markdown-cut')).toEqual([]);
    // A fence of short lines with no blank line: held, not cut apart (its closing line
    // would open another fence, and the cards after it would be lost).
    const code = `\`\`\`bibtex\n${'  title = {Some Title},\n'.repeat(100)}\`\`\`\n`;
    const fenced = [card(1, 'An abstract. It is short.'), code, card(2, 'Another abstract.')].join(
      '\n',
    );
    expect(parse(fenced, pieces(16, 900)).papers).toEqual(parse(fenced, WHOLE).papers);
    // A table's rows: held too (rows cut from their header read as paragraphs).
    const table = `| # | Title |\n|---|---|\n${'| 1 | [A Title Here](https://arxiv.org/abs/2403.10000) |\n'.repeat(60)}`;
    const tabled = `# Papers\n\n${table}\n${card(3, 'An abstract. It is short.')}`;
    expect(parse(tabled, pieces(16, 900)).papers).toEqual(parse(tabled, WHOLE).papers);
  });

  it('resolves a reference whose definition comes pieces later', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `Line ${i} of the page.`).join('\n\n');
    const text = `[A Linked Title][7]\n\n${filler}\n\n[7]: https://huggingface.co/papers/2606.00683\n`;
    const listing = parse(text, pieces(16));
    expect(listing).toEqual(parse(text, WHOLE));
    expect(JSON.stringify(listing)).not.toContain('][7]');
  });
});

describe('the Markdown stream', () => {
  const md = readFixture('md-firecrawl-search.md');

  async function collect(text: string, options: Parameters<typeof parseListingStream>[1] = {}) {
    const papers = [];
    for await (const paper of parseListingStream([text], options)) papers.push(paper);
    return papers;
  }

  it('reads an input over maxInputLength, as it reads plain text', async () => {
    const batch = parseListing(md, { maxInputLength: 1000 });
    expect(batch.diagnostics.map((found) => found.code)).toEqual(['input-too-long']);
    const papers = await collect(md, { maxInputLength: 1000 });
    expect(papers).toEqual(parseListing(md).papers);
  });

  it('stops at a line over maxBlockLength with block-too-large, after the cards before it', async () => {
    const long = `${md}\n\n${'y'.repeat(5000)}\n\n${md}`;
    const codes: string[] = [];
    const papers = await collect(long, {
      maxBlockLength: 4000,
      onDiagnostic: (found) => codes.push(found.code),
    });
    expect(codes).toContain('block-too-large');
    const before = parseListing(md).papers.length;
    expect(papers.length).toBeGreaterThanOrEqual(before - 1);
    expect(papers.length).toBeLessThanOrEqual(before);
  });

  it('throws in strict mode at the first error, after the papers before it', async () => {
    const broken = `${md}\n\n1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 ::: :::\n`;
    const errors = parseListing(broken).diagnostics.filter((found) => found.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    const papers = [];
    let thrown: unknown;
    try {
      for await (const paper of parseListingStream([broken], { strict: true })) papers.push(paper);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ name: 'ListingParseError' });
    expect((thrown as { position: unknown }).position).toEqual(errors[0]?.position);
    expect(papers.length).toBeGreaterThan(0);
  });

  it('puts diagnostics where the batch parse puts them', async () => {
    const diagnostics: unknown[] = [];
    await collect(md, { onDiagnostic: (found) => diagnostics.push(found) });
    expect(diagnostics).toEqual(parseListing(md).diagnostics);
  });
});

describe('dense runs of Markdown punctuation', () => {
  const card = (id: number) =>
    `### [Paper number ${id} on dense markup](https://huggingface.co/papers/2401.${String(id).padStart(5, '0')})\n\nWe study dense markup. It is hostile to parsers.\n\n`;
  // Runs micromark reads at 0.03–0.1 MB/s, some in quadratic time (bench/notes.md).
  const units = ['[', '<', '*', '`', '[a](', '[a](\n', 'a*b ', '[![a](b)'];
  const size = 40 * 1024;

  it.each(units)(
    'skips a long run of %j with a warning whose range is the run, and reads on',
    (unit) => {
      const body = unit.repeat(Math.ceil(size / unit.length));
      const run = body.endsWith('\n') ? body : `${body}\n`;
      const input = `${card(1)}${run}\n${card(2)}`;
      const listing = parseListing(input, { referenceDate: '2026-10-02' });
      expect(listing.papers.map((paper) => paper.arxivId)).toEqual(['2401.00001', '2401.00002']);
      const skipped = listing.diagnostics.filter((found) => found.code === 'markdown-not-parsed');
      expect(skipped).toHaveLength(1);
      const position = skipped[0]?.position;
      expect(skipped[0]?.severity).toBe('warning');
      expect(input.slice(position?.start.offset, position?.end.offset)).toBe(run);
      expect(position?.start.line).toBe(card(1).split('\n').length);
      // Nothing else is reported: the run is in this warning's range, not in a paper.
      expect(listing.diagnostics.filter((found) => found.severity === 'error')).toEqual([]);
    },
  );

  it('does the same through the stream, fed in small chunks, and in strict mode', async () => {
    const input = `${card(1)}${'[a]('.repeat(size / 4)}\n\n${card(2)}${'`'.repeat(size)}\n`;
    const batch = parseListing(input, { referenceDate: '2026-10-02' });
    const chunks = input.match(/[\s\S]{1,1000}/g) ?? [];
    const diagnostics: unknown[] = [];
    const papers = [];
    for await (const paper of parseListingStream(chunks, {
      referenceDate: '2026-10-02',
      strict: true,
      onDiagnostic: (found) => diagnostics.push(found),
    })) {
      papers.push(paper);
    }
    expect(papers).toEqual(batch.papers);
    expect(diagnostics).toEqual(batch.diagnostics);
    expect(batch.diagnostics.filter((found) => found.code === 'markdown-not-parsed')).toHaveLength(
      2,
    );
  });

  it('reads a dense run inside a code fence as code, and the cards after it', () => {
    const input = `${card(1)}\`\`\`\ncode\n\n${'[a]('.repeat(size / 4)}\n\n\`\`\`\n\n${card(2)}${card(3)}`;
    const listing = parseListing(input, { format: 'markdown', referenceDate: '2026-10-02' });
    expect(listing.papers.map((paper) => paper.arxivId)).toEqual([
      '2401.00001',
      '2401.00002',
      '2401.00003',
    ]);
    expect(listing.diagnostics.map((found) => found.code)).not.toContain('markdown-not-parsed');
    expect(listing).toEqual(parse(input, WHOLE));
  });

  it('finds the run with CR line ends, and only the run', () => {
    const run = '[a]('.repeat(size / 4);
    const input = `${card(1)}${run}\n\n${card(2)}${card(3)}`.replaceAll('\n', '\r');
    const listing = parseListing(input, { format: 'markdown', referenceDate: '2026-10-02' });
    expect(listing.papers.map((paper) => paper.arxivId)).toEqual([
      '2401.00001',
      '2401.00002',
      '2401.00003',
    ]);
    const skipped = listing.diagnostics.filter((found) => found.code === 'markdown-not-parsed');
    expect(skipped).toHaveLength(1);
    const position = skipped[0]?.position;
    expect(input.slice(position?.start.offset, position?.end.offset)).toBe(`${run}\r`);
  });

  it('releases a heading whose link the mender holds when an overlong line stops it (review25 M2)', () => {
    const emitted: string[] = [];
    let stopped = false;
    const reader = createMarkdownPieces((line) => emitted.push(line.text), {
      maxLineLength: 1000,
      maxPieceLength: 1000,
      onOverlong: () => {
        stopped = true;
      },
    });
    reader.push(`### [WIP Efficient Memory Management for Serving\n${'x'.repeat(2000)}`);
    reader.end();
    expect(stopped).toBe(true);
    expect(emitted).toEqual(['WIP Efficient Memory Management for Serving']);
  });

  it('stops at an overlong line as soon as it passes the limit, not a buffer later', () => {
    // A tight list holds no cut: 68 KB stay held, more than the 16 KiB limit.
    const held = '- item text here\n'.repeat(4000);
    const limit = 16 * 1024;
    let pushed = 0;
    let stoppedAt = -1;
    const reader = createMarkdownPieces(() => {}, {
      maxLineLength: limit,
      maxPieceLength: limit,
      onOverlong: () => {
        stoppedAt = pushed;
      },
    });
    const input = `${held}${'y'.repeat(256 * 1024)}`;
    for (let at = 0; at < input.length && stoppedAt === -1; at += 1024) {
      pushed = Math.min(at + 1024, input.length);
      reader.push(input.slice(at, at + 1024));
    }
    expect(stoppedAt).toBeGreaterThan(held.length + limit);
    expect(stoppedAt).toBeLessThanOrEqual(held.length + limit + 1024);
  });

  it('reads long runs of cards with links, bold, emphasis and thumbnails as Markdown', () => {
    const pad = (k: number) => String(k).padStart(5, '0');
    // 80 cards and no blank line between them: one run of lines, past the bound.
    const input = Array.from(
      { length: 80 },
      (_, k) =>
        `### [A tight card number ${k}](https://huggingface.co/papers/2401.${pad(k)})\n` +
        `[![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2401.${pad(k)}.png)](https://huggingface.co/papers/2401.${pad(k)})\n` +
        `We **study** tight *cards* with_underscores and (parentheses). It works.\n` +
        `- Submitted by [someone_${k}](https://huggingface.co/someone)\n`,
    ).join('');
    expect(input.length).toBeGreaterThan(24 * 1024);
    const whole = parse(input, WHOLE);
    expect(whole.papers).toHaveLength(80);
    const piecewise = parse(input, pieces(4096));
    expect(piecewise.diagnostics.map((found) => found.code)).not.toContain('markdown-not-parsed');
    expect(piecewise.papers).toEqual(whole.papers);
    // With no blank line anywhere, cuts come before the cards' headings: what is held
    // stays near a piece's length, not the input's.
    const long = input.repeat(5);
    let held = 0;
    let lines = 0;
    const reader = createMarkdownPieces(() => lines++);
    for (let at = 0; at < long.length; at += 1000) {
      reader.push(long.slice(at, at + 1000));
      held = Math.max(held, reader.pendingLength);
    }
    reader.end();
    expect(lines).toBeGreaterThan(400 * 3);
    // Chunks wait in 16 KiB batches; a piece is cut at the first heading past 4 KiB.
    expect(held).toBeLessThan(16 * 1024 + 8 * 1024);
    expect(held).toBeLessThan(long.length / 4);
  });
});
