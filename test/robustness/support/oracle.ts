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

const FOOTER_AUTHORS = /^(?:[•*·-] ?){0,3}(\d{1,6}) authors?$/;
const MONTH_START = /^(?:Published on )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

/**
 * Whether a line inside a paper's range is one of the card's short parts, as the paper
 * reports them: its author count, `·`, its date, its counts, its submitter, its GitHub
 * button, its organization. A line of several parts (`Org · Oct 4, 2026`) is read piece
 * by piece.
 */
function isFooterLineOf(paper: Paper, text: string): boolean {
  const collapsed = text.split(/\s+/).join(' ');
  // A digest's labelled facts (`Authors: …`, `Upvotes: 10 | Published: …`): each the paper's.
  if (FACT.test(collapsed)) return collapsed.split(/ \| /).every((piece) => isFactOf(paper, piece));
  // A collection item's line (`Paper • 2505.09388 • Published …`): this paper's.
  const item = /^Paper ?• ?(\d{4}\.\d{4,5})\b/.exec(collapsed);
  if (item !== null) return item[1] === paper.arxivId;
  return collapsed.split('·').every((piece) => isPartOf(paper, piece.trim()));
}

const FACT =
  /^(?:authors?|upvotes?|votes?|published(?: on)?|submitted(?: by)?|arxiv(?: id)?|links?|code|github) ?:/i;

/** A labelled fact whose value is the paper's: names, count, id as printed. */
function isFactOf(paper: Paper, piece: string): boolean {
  const found = /^([^:]{1,24}):\s*(.*)$/.exec(piece);
  if (found === null) return false;
  const label = (found[1] ?? '').toLowerCase();
  const value = found[2] ?? '';
  if (label.startsWith('author')) {
    const names = value.split(/,\s*(?:and\s+)?|\s+and\s+/);
    return names.every((name) => paper.authors?.includes(name.trim()) === true);
  }
  if (/^(?:up)?votes?$/.test(label)) return paper.upvotes === Number(value.replace(/,/g, ''));
  if (label.startsWith('published')) return paper.published !== undefined;
  if (label.startsWith('submitted')) return value.endsWith(paper.submittedBy ?? '\0');
  if (label.startsWith('arxiv'))
    return paper.arxivId !== undefined && value.includes(paper.arxivId);
  return paper.githubUrl !== undefined;
}

function isPartOf(paper: Paper, piece: string): boolean {
  if (piece === '·' || piece === '') return true;
  // A paper page's AI summary and its author names, one per line (`Seungone Kim ,`).
  if (paper.aiSummary?.includes(piece) === true) return true;
  const names = piece.split(',').map((name) => name.trim());
  if (
    names.some((name) => name !== '') &&
    names.every((name) => name === '' || paper.authors?.includes(name))
  ) {
    return true;
  }
  if (paper.organization !== undefined && piece === paper.organization.name) return true;
  // A paper page's folded list (`+ 8 authors`): part of the count.
  if (/^\+ ?\d{1,4} authors?$/.test(piece)) return paper.authorCount !== undefined;
  const authors = FOOTER_AUTHORS.exec(piece);
  if (authors !== null) return paper.authorCount === Number(authors[1]);
  if (MONTH_START.test(piece)) return paper.published !== undefined;
  const count = /^(?:Upvote |\[-\] )?(\d[\d,.]*[kKmM]?|-)$/.exec(piece);
  if (count !== null)
    return (
      paper.upvotes !== undefined ||
      paper.comments !== undefined ||
      paper.githubStars !== undefined ||
      count[1] === '-'
    );
  if (piece.startsWith('Submitted by'))
    return paper.submittedBy !== undefined || piece === 'Submitted by';
  if (paper.submittedBy !== undefined && piece === paper.submittedBy) return true;
  if (piece.startsWith('GitHub'))
    return paper.githubStars !== undefined || paper.githubUrl !== undefined;
  if (paper.organization !== undefined && piece === paper.organization.name) return true;
  return false;
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
    else if (found.code !== 'incomplete-footer' && found.code !== 'mojibake-repaired') {
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
    // A card may open before its title (its upvote count, its submitter).
    if (!slice.includes(paper.raw.title) || paper.raw.title === '') {
      fail(`${where} does not hold its raw title`, paper.raw.title);
    }
    if (!slice.includes(paper.raw.abstract)) fail(`${where} does not contain its raw abstract`);
    const titleAt = paper.position.start.offset + slice.indexOf(paper.raw.title);
    // A collection item has no abstract to miss (`page: 'items'`, or its item line in a listing).
    const items = listing.page === 'items' || /Paper ?• ?\d{4}\.\d{4,5}/.test(slice);
    if (text && !items && paper.raw.abstract === '' && !titleDiagnostics.has(titleAt)) {
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

/**
 * The coarse guarantee for every layout: each non-blank line of `input` overlaps a
 * paper's range, a chrome line or a diagnostic (a link-keeping capture's syntax lines,
 * `---`, `</div>`, a logo's image line, are chrome). `checkListing`'s plain-text check is
 * finer: there a line inside a paper must be one of its fields.
 *
 * @example
 * ```ts
 * checkCovered('## Daily Papers\n\n</div>\n', parseListing('## Daily Papers\n\n</div>\n'));
 * ```
 */
export function checkCovered(input: string, listing: Listing): void {
  const ranges = [...listing.chrome, ...listing.papers, ...listing.diagnostics]
    .map((found) => ({ start: found.position.start.offset, end: found.position.end.offset }))
    .sort((a, b) => a.start - b.start);
  let first = 0;
  let reach = -1;
  for (const line of oracleLines(input)) {
    const content = line.content;
    if (content === undefined) continue;
    // Ranges that end before the line are behind it for good (lines come in order).
    while (first < ranges.length && (ranges[first]?.end ?? 0) <= content.start) {
      reach = Math.max(reach, ranges[first]?.end ?? 0);
      first++;
    }
    let covered = false;
    for (let i = first; i < ranges.length && (ranges[i]?.start ?? 0) < content.end; i++) {
      if ((ranges[i]?.end ?? 0) > content.start) {
        covered = true;
        break;
      }
    }
    if (!covered)
      fail(
        'a non-blank line is in no paper, chrome line or diagnostic',
        input.slice(content.start, content.end),
      );
  }
}

/** Every non-blank line is chrome, inside a diagnostic's range, or a field of a paper. */
function checkNothingLost(
  input: string,
  listing: Listing,
  chromeRanges: ReadonlySet<string>,
  covering: Array<{ start: number; end: number }>,
): void {
  // Chrome and diagnostics claim ranges; a line is accounted for when they cover all of
  // its content between them (a line may hold several parts, each claimed on its own).
  const claimed = [
    ...covering,
    ...[...chromeRanges].map((key) => {
      const [start = 0, end = 0] = key.split(':').map(Number);
      return { start, end };
    }),
  ].sort((a, b) => a.start - b.start);
  let first = 0;
  let paperIndex = 0;
  for (const line of oracleLines(input)) {
    const content = line.content;
    if (content === undefined) continue;
    const text = input.slice(content.start, content.end);
    while (
      paperIndex < listing.papers.length &&
      (listing.papers[paperIndex]?.position.end.offset ?? 0) < content.end
    ) {
      paperIndex++;
    }
    while (first < claimed.length && (claimed[first]?.end ?? 0) <= content.start) first++;
    if (isClaimed(input, content, claimed, first)) continue;
    const paper = listing.papers[paperIndex];
    const inPaper = paper !== undefined && paper.position.start.offset <= content.start;
    if (!inPaper) {
      // A line a paper's range ends inside: its first parts the paper's, the rest claimed.
      const withPapers = [
        ...claimed,
        ...listing.papers.map((p) => ({
          start: p.position.start.offset,
          end: p.position.end.offset,
        })),
      ].sort((a, b) => a.start - b.start);
      if (isClaimed(input, content, withPapers, 0)) continue;
      fail('a non-blank line was lost (no paper, chrome or diagnostic)', text);
    }
    // The title and the abstract, each one line or several (a wrapped paragraph).
    if (paper.raw.title.includes(text) || paper.raw.abstract.includes(text)) continue;
    if (!isFooterLineOf(paper, text)) fail('a line inside a paper is no field of it', text);
  }
}

/** Whether the ranges from `first` on cover every non-blank character of `content`. */
function isClaimed(
  input: string,
  content: { start: number; end: number },
  claimed: ReadonlyArray<{ start: number; end: number }>,
  first: number,
): boolean {
  let at = content.start;
  for (let i = first; i < claimed.length && at < content.end; i++) {
    const range = claimed[i] as { start: number; end: number };
    if (range.start > content.end) break;
    while (at < range.start && at < content.end && input.charCodeAt(at) <= 0x20) at++;
    while (at < range.start && at < content.end && input.slice(at, at + 1).trim() === '') at++;
    if (range.start > at) return false;
    at = Math.max(at, range.end);
  }
  while (at < content.end && input.slice(at, at + 1).trim() === '') at++;
  return at >= content.end;
}

/**
 * Check that tokens cover the input exactly: contiguous, each value its own slice,
 * points consistent, blank tokens whitespace only, every other token starting and
 * ending on content, and every non-blank line's content inside content tokens (a line
 * may hold several parts; a wrapped paragraph is one token over several lines).
 *
 * @example
 * ```ts
 * checkTokens('a\n', tokenize('a\n'));
 * ```
 */
export function checkTokens(input: string, tokens: readonly Token[]): void {
  const at = pointFinder(input);
  let cursor = 0;
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
    } else if (token.value.trim() !== token.value) {
      fail(`${where} starts or ends with whitespace`, token.value);
    }
    cursor = token.end.offset;
  }
  if (cursor !== input.length) fail('tokens do not reach the end of the input', { cursor });
}
