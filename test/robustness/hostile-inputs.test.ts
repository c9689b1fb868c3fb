/**
 * A megabyte of each input that makes naive parsers and normalizers go quadratic or
 * blow the stack. These tests check that each completes and comes out right; how
 * fast is the benchmark's business (ms per MB), not a unit test's.
 */
import { describe, expect, it } from 'vitest';
import { normalizeText, parseListing, tokenize } from '../../src/index.js';
import { checkListing, checkTokens } from './support/oracle.js';

const MB = 1 << 20;

/** `unit` repeated up to one megabyte. */
function megabyte(unit: string): string {
  return unit.repeat(Math.ceil(MB / unit.length));
}

/**
 * A quarter megabyte of short lines: each line costs a token, a diagnostic or a chrome
 * entry, so this is already 20,000 to 90,000 of them; the benchmark runs the full MB.
 */
function quarter(unit: string): string {
  return unit.repeat(Math.ceil(MB / 4 / unit.length));
}

const TITLE = 'A Title Here';

/** Payloads, each as one endless line (no line ending anywhere). */
const ONE_LINE: Record<string, string> = {
  backslashes: megabyte('\\'),
  'open braces': megabyte('{'),
  '1times': megabyte('1times '),
  ax2013b: megabyte('ax2013b '),
  backticks: megabyte('`'),
  'math words': megabyte('\\mathcal{O}(n^{2}) \\frac{a}{b} $x_i$ \\alpha-\\beta '),
  'one endless word': megabyte('a'),
  // Facts about the whole text asked at each group: whether `\b` is an author's bold
  // (none here, so a scan per group would read to the end), whether braces are BibTeX's.
  'bar-under groups': megabyte('\\b{A} '),
  'case groups': megabyte('{C}osserat {1D} '),
};

describe.each(Object.entries(ONE_LINE))('a megabyte of %s on one line', (_name, payload) => {
  const letters = /\p{L}/u.test(payload);

  it('is one line diagnostic on its own, never a paper', () => {
    const listing = parseListing(payload);
    expect(listing.papers).toEqual([]);
    expect(listing.diagnostics.map((found) => found.code)).toEqual([
      letters ? 'orphan-abstract' : 'unrecognized-line',
    ]);
    expect(listing.diagnostics[0]?.position.end.offset).toBe(payload.trimEnd().length);
    expect(listing.diagnostics[0]?.message.length).toBeLessThan(200);
  });

  it('is the abstract of the title before it, positions intact', () => {
    const input = `${TITLE}\n\n${payload}\n`;
    const listing = parseListing(input);
    checkListing(input, listing);
    if (letters) {
      expect(listing.papers).toHaveLength(1);
      expect(listing.papers[0]?.title).toBe(TITLE);
      // Compared as a boolean: a failing megabyte would drown the report.
      expect(listing.papers[0]?.raw.abstract === payload.trim()).toBe(true);
      expect(listing.papers[0]?.abstract.length).toBeGreaterThan(0);
    } else {
      // Without a letter the line is junk: the title stands alone and the line is reported.
      expect(listing.papers.map((paper) => paper.raw.abstract.length)).toEqual([0]);
      expect(listing.diagnostics.map((found) => found.code).sort()).toEqual([
        'missing-abstract',
        'unrecognized-line',
      ]);
    }
  });

  it('tokenizes losslessly and normalizes without blowing up', () => {
    const input = `${TITLE}\n\n${payload}`;
    checkTokens(input, tokenize(input));
    const normalized = normalizeText(payload);
    expect(typeof normalized).toBe('string');
    expect(normalizeText(normalized)).toBe(normalized);
  });
});

describe('a megabyte of many short lines', () => {
  it('of blank lines (every kind of ending and blank) is an empty listing', () => {
    const input = megabyte('\n\r\n\r \t\u00a0\ufeff\u2028\n');
    const listing = parseListing(input);
    expect(listing).toEqual({ layout: 'text', papers: [], chrome: [], diagnostics: [] });
    const tokens = tokenize(input);
    expect(tokens).toHaveLength(1);
    expect(tokens[0]?.kind).toBe('blank');
    expect(tokens[0]?.value.length).toBe(input.length);
  });

  it('of listing date lines makes each one chrome, the first the date', () => {
    const unit = 'Mar 11\n';
    const input = quarter(unit);
    const listing = parseListing(input);
    expect(listing.date).toEqual({ month: 3, day: 11 });
    expect(listing.chrome).toHaveLength(input.length / unit.length);
    expect(listing.papers).toEqual([]);
    expect(listing.diagnostics).toEqual([]);
  });

  it('of dated footer lines reports each one as out of place', () => {
    const unit = 'Oct 7, 2023 12\n';
    const input = quarter(unit);
    const listing = parseListing(input);
    const count = input.length / unit.length;
    expect(listing.diagnostics).toHaveLength(count);
    expect(new Set(listing.diagnostics.map((found) => found.code))).toEqual(
      new Set(['unexpected-footer']),
    );
  });

  it('of footers after one paper keeps the first footer and reports the rest', () => {
    const unit = '  • 3 authors\n·\nOct 7, 2023\n';
    const input = `${TITLE}\n\nWe study things. We find results. Code is out.\n\n${quarter(unit)}`;
    const listing = parseListing(input);
    checkListing(input, listing);
    expect(listing.papers).toHaveLength(1);
    expect(listing.papers[0]?.authorCount).toBe(3);
    expect(listing.papers[0]?.publishedAt).toBe('2023-10-07');
    const repeats = Math.ceil(MB / 4 / unit.length);
    expect(listing.diagnostics).toHaveLength(3 * (repeats - 1));
  });

  it('of short junk lines reports each line', () => {
    const unit = '\\{`}$\n';
    const input = quarter(unit);
    const listing = parseListing(input);
    expect(listing.diagnostics).toHaveLength(input.length / unit.length);
    expect(listing.papers).toEqual([]);
  });

  it('of lone carriage returns and surrogates keeps every guarantee', () => {
    // A quarter megabyte: 20,000 one-line papers, each with a junk "abstract". Titles
    // are numbered so that none is a copy of another.
    const count = 20_000;
    const input = Array.from({ length: count }, (_, i) => `\ud800x\r\udc00 y z ${i}\r`).join('');
    const listing = parseListing(input);
    checkListing(input, listing);
    checkTokens(input, tokenize(input));
    expect(listing.papers).toHaveLength(count);
    expect(listing.papers[0]?.title).toBe('\udc00 y z 0');
    expect(listing.papers[0]?.abstract).toBe('\ud800x');
  });
});

describe('a line longer than the envelope window', () => {
  it('is never cut in two by the envelope reader', () => {
    const line = '`'.repeat(100_000);
    const listing = parseListing(`${line}\n\n${TITLE}\n\nAn abstract. It has two sentences.\n`);
    expect(listing.papers.map((paper) => paper.title)).toEqual([TITLE]);
    // One line, reported whole: not a 64 KiB fence plus a remainder.
    expect(listing.chrome).toEqual([]);
    expect(
      listing.diagnostics.map((found) => [found.position.start.offset, found.position.end.offset]),
    ).toEqual([[0, line.length]]);
  });
});
