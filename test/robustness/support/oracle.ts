/**
 * An oracle for the parser's guarantees, written independently of `src/`: its own line
 * splitter, its own whitespace (`String.prototype.trim`), its own point arithmetic.
 * Each check throws an `Error` naming the first broken guarantee, so it works in
 * fast-check properties, in the mutation fuzzer and in the `fuzz` script alike.
 *
 * @module
 */

import type { Listing, Paper, Point, Position, Token } from '../../../src/index.js';
import { ListingSchema } from '../../../src/index.js';

/** Which guarantees apply: all of them for plain text, the layout-free ones for Markdown. */
export type Layout = 'text' | 'markdown';

/** One input line as the oracle sees it. */
export interface OracleLine {
  /** The line without its ending. */
  readonly text: string;
  /** Offset of the line's first code unit. */
  readonly offset: number;
  /** The trimmed content range, or `undefined` for a blank line. */
  readonly content?: { readonly start: number; readonly end: number };
}

/**
 * Split on `\r\n`, `\r` and `\n` (in that order of preference), as the library promises.
 *
 * @example
 * ```ts
 * oracleLines('a\r\n b \r').map((line) => line.content); // [{ start: 0, end: 1 }, { start: 4, end: 5 }]
 * ```
 */
export function oracleLines(input: string): OracleLine[] {
  const lines: OracleLine[] = [];
  let offset = 0;
  let i = 0;
  const push = (end: number) => {
    const text = input.slice(offset, end);
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    lines.push(
      trimmed === ''
        ? { text, offset }
        : {
            text,
            offset,
            content: { start: offset + lead, end: offset + lead + trimmed.length },
          },
    );
  };
  while (i < input.length) {
    const code = input.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) {
      push(i);
      i += code === 0x0d && input.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      offset = i;
    } else {
      i++;
    }
  }
  if (offset < input.length) push(input.length);
  return lines;
}

/**
 * The `{ line, column }` of an offset, by binary search over line starts.
 *
 * @example
 * ```ts
 * pointFinder('ab\ncd')(4); // { line: 2, column: 2, offset: 4 }
 * ```
 */
export function pointFinder(input: string): (offset: number) => Point {
  const starts = [0];
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code === 0x0d && input.charCodeAt(i + 1) === 0x0a) continue;
    if (code === 0x0a || code === 0x0d) starts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1, offset };
  };
}

function fail(message: string, detail?: unknown): never {
  const shown = detail === undefined ? '' : ` ${JSON.stringify(detail).slice(0, 300)}`;
  throw new Error(`${message}${shown}`);
}

function checkPoint(at: (offset: number) => Point, point: Point, length: number, where: string) {
  if (point.offset < 0 || point.offset > length) fail(`${where}: offset out of range`, point);
  const expected = at(point.offset);
  if (expected.line !== point.line || expected.column !== point.column) {
    fail(`${where}: line/column disagree with offset`, { point, expected });
  }
}

function checkPosition(
  at: (offset: number) => Point,
  position: Position,
  length: number,
  where: string,
) {
  checkPoint(at, position.start, length, `${where}.start`);
  checkPoint(at, position.end, length, `${where}.end`);
  if (position.end.offset < position.start.offset) fail(`${where}: ends before it starts`);
}

/**
 * Diagnostic codes that stand for one whole input line the parser could not place.
 * Every diagnostic but `missing-abstract` and `incomplete-footer` (which point into a
 * paper) accounts for the lines inside its range.
 */
const LINE_CODES = new Set([
  'orphan-abstract',
  'unrecognized-line',
  'unexpected-footer',
  'invalid-date',
  'unknown-block',
]);

const FOOTER_AUTHORS = /^[•*-] ?(\d{1,6}) authors?$/;
const MONTH_START = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

function isFooterLineOf(paper: Paper, text: string): boolean {
  const collapsed = text.split(/\s+/).join(' ');
  if (collapsed === '·') return true;
  const authors = FOOTER_AUTHORS.exec(collapsed);
  if (authors !== null) return paper.authorCount === Number(authors[1]);
  return paper.published !== undefined && MONTH_START.test(collapsed);
}

/**
 * Check every guarantee a plain-text `Listing` makes about `input`:
 * schema-valid with no foreign keys; every point's line and column agree with its
 * offset; papers, chrome and diagnostics slice back to the text they claim; no empty
 * title; and every non-blank line is in a paper field, the chrome, or a diagnostic.
 *
 * @example
 * ```ts
 * checkListing('Mar 11\n\nA Title Here\n', parseListing('Mar 11\n\nA Title Here\n'));
 * ```
 */
export function checkListing(input: string, listing: Listing, layout: Layout = 'text'): void {
  const text = layout === 'text';
  const parsed = ListingSchema.safeParse(listing);
  if (!parsed.success) fail('listing fails ListingSchema', parsed.error.issues.slice(0, 3));
  const at = pointFinder(input);
  const length = input.length;

  const chromeRanges = new Set<string>();
  for (const [index, line] of listing.chrome.entries()) {
    checkPosition(at, line.position, length, `chrome[${index}]`);
    const slice = input.slice(line.position.start.offset, line.position.end.offset);
    // Markdown chrome is the rendered text of its source (`[Subscribe](…)` → `Subscribe`).
    if (text && slice !== line.text) fail(`chrome[${index}] does not slice back`, { slice, line });
    chromeRanges.add(`${line.position.start.offset}:${line.position.end.offset}`);
  }

  /** Ranges of diagnostics that stand for input they could not place (sorted later). */
  const covering: Array<{ start: number; end: number }> = [];
  const titleDiagnostics = new Set<number>();
  for (const [index, found] of listing.diagnostics.entries()) {
    checkPosition(at, found.position, length, `diagnostics[${index}]`);
    const slice = input.slice(found.position.start.offset, found.position.end.offset);
    if (text && LINE_CODES.has(found.code) && (slice.trim() !== slice || slice === '')) {
      fail(`diagnostics[${index}] is not a trimmed line`, found);
    }
    if (found.code === 'missing-abstract') titleDiagnostics.add(found.position.start.offset);
    else if (found.code !== 'incomplete-footer') {
      covering.push({ start: found.position.start.offset, end: found.position.end.offset });
    }
  }

  let previousEnd = 0;
  for (const [index, paper] of listing.papers.entries()) {
    const where = `papers[${index}]`;
    checkPosition(at, paper.position, length, where);
    if (paper.title.length === 0) fail(`${where} has an empty title`);
    if (paper.position.start.offset < previousEnd) fail(`${where} overlaps the paper before it`);
    previousEnd = paper.position.end.offset;
    const slice = input.slice(paper.position.start.offset, paper.position.end.offset);
    const titled = text ? slice.startsWith(paper.raw.title) : slice.includes(paper.raw.title);
    if (!titled || paper.raw.title === '') {
      fail(`${where} does not start with its raw title`, paper.raw.title);
    }
    if (!slice.includes(paper.raw.abstract)) fail(`${where} does not contain its raw abstract`);
    if (text && paper.raw.abstract === '' && !titleDiagnostics.has(paper.position.start.offset)) {
      fail(`${where} has no abstract and no missing-abstract diagnostic`);
    }
    for (const fix of paper.fixes ?? []) {
      if (input.slice(fix.start, fix.end) !== fix.before) {
        fail(`${where} has a fix that does not slice back`, fix);
      }
    }
  }

  if (text) checkNothingLost(input, listing, chromeRanges, covering);
}

/** Every non-blank line is chrome, inside a diagnostic's range, or a field of a paper. */
function checkNothingLost(
  input: string,
  listing: Listing,
  chromeRanges: ReadonlySet<string>,
  covering: Array<{ start: number; end: number }>,
): void {
  covering.sort((a, b) => a.start - b.start);
  let next = 0;
  let coveredTo = -1;
  let paperIndex = 0;
  let abstractFound = false;
  for (const line of oracleLines(input)) {
    const content = line.content;
    if (content === undefined) continue;
    const key = `${content.start}:${content.end}`;
    const text = input.slice(content.start, content.end);
    while (
      paperIndex < listing.papers.length &&
      (listing.papers[paperIndex]?.position.end.offset ?? 0) < content.end
    ) {
      paperIndex++;
      abstractFound = false;
    }
    const paper = listing.papers[paperIndex];
    const inPaper = paper !== undefined && paper.position.start.offset <= content.start;
    if (chromeRanges.has(key)) {
      if (inPaper) fail('a chrome line lies inside a paper', text);
      continue;
    }
    while (next < covering.length && (covering[next]?.start ?? 0) <= content.start) {
      coveredTo = Math.max(coveredTo, covering[next]?.end ?? 0);
      next++;
    }
    if (content.end <= coveredTo) continue;
    if (!inPaper) fail('a non-blank line was lost (no paper, chrome or diagnostic)', text);
    if (content.start === paper.position.start.offset) continue; // the title
    if (!abstractFound && text === paper.raw.abstract) {
      abstractFound = true;
      continue;
    }
    if (!isFooterLineOf(paper, text)) fail('a line inside a paper is no field of it', text);
  }
}

/**
 * Check that tokens cover the input exactly: contiguous, each value its own slice,
 * points consistent, content tokens are exactly the trimmed non-blank lines.
 *
 * @example
 * ```ts
 * checkTokens('a\n', tokenize('a\n'));
 * ```
 */
export function checkTokens(input: string, tokens: readonly Token[]): void {
  const at = pointFinder(input);
  let cursor = 0;
  const contents: string[] = [];
  for (const [index, token] of tokens.entries()) {
    const where = `tokens[${index}]`;
    checkPosition(at, token, input.length, where);
    if (token.start.offset !== cursor) fail(`${where} leaves a gap or overlaps`, { cursor });
    if (input.slice(token.start.offset, token.end.offset) !== token.value) {
      fail(`${where} value is not its slice`);
    }
    if (token.value === '') fail(`${where} is empty`);
    if (token.kind === 'blank') {
      if (token.value.trim() !== '') fail(`${where} is blank but holds content`);
    } else {
      contents.push(`${token.start.offset}:${token.end.offset}`);
    }
    cursor = token.end.offset;
  }
  if (cursor !== input.length) fail('tokens do not reach the end of the input', { cursor });
  const expected = oracleLines(input).flatMap((line) =>
    line.content ? [`${line.content.start}:${line.content.end}`] : [],
  );
  if (contents.join(',') !== expected.join(',')) {
    fail('content tokens are not the trimmed non-blank lines');
  }
}
