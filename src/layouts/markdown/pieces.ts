/**
 * Markdown read piece by piece: the input is cut at block boundaries that no open
 * block crosses, and each piece goes through remark's parser (`parse.ts`) on its own. Cards come out
 * as soon as their piece is parsed, memory is bounded by the largest piece, and the
 * cost stays linear in the input.
 *
 * ```text
 * ### [Title one](…)          ← piece 1
 * An abstract.
 *                              ← a blank line, then an unindented line: a cut
 * ### [Title two](…)          ← piece 2
 * ```
 *
 * A cut is only made where a whole-document parse would end every block anyway:
 * after a blank line, before a line that starts at column 1 and is no list item; or,
 * where a scraper left no blank line, before an ATX heading at column 1 (a card's
 * start), unless an HTML block is open.
 * remark then confirms it: a piece whose last block is a code fence or raw HTML block
 * still open, that ends inside a clipper's callout (`callout.ts`), or whose text holds a
 * reference (`[text][label]`) no definition in it resolves, grows to the next cut
 * instead. Past `maxPieceLength` such a piece is cut
 * anyway, with a `markdown-cut` warning. Definitions seen earlier are carried into a
 * later piece that names their label. One case differs from a whole-document parse: a
 * shortcut reference (`[label]` alone) whose definition comes in a later piece stays
 * text, since holding every piece with a bracket in it would hold whole pages.
 *
 * @module
 */
import type { Root, RootContent } from 'mdast';
import { type Repaired, repairMojibake } from '../../decode/mojibake.js';
import { diagnostic } from '../../diagnostics.js';
import type { ContentLine } from '../../grammar/content-line.js';
import { createPointMapper, lineBreaks, pointAfter } from '../../lines/points.js';
import type { Diagnostic, Point } from '../../schema.js';
import { mendBrokenLinks } from '../broken-links.js';
import { backTo } from '../repaired.js';
import { openCalloutAtEnd } from './callout.js';
import { type Definitions, definitionsOf, normalizeLabel } from './definitions.js';
import { lowerMarkdown } from './lower.js';
import { parseMarkdown } from './parse.js';

/**
 * The size a piece grows to before a cut is tried. Measured with remark alone on the
 * firecrawl and clipper captures: 2–4 KiB pieces parse fastest (1.1 MB/s on firecrawl,
 * against 0.8 at 64 KiB and 0.7 whole), and the per-piece cost of lowering stays small.
 */
export const PIECE_LENGTH = 4 * 1024;

const ORIGIN: Point = { line: 1, column: 1, offset: 0 };

/** How the Markdown is read. */
export interface MarkdownPieceOptions {
  /** Where the body starts in the input (after front matter). */
  readonly from?: Point;
  /** Undo UTF-8-read-as-Windows-1252 in each piece before parsing it. */
  readonly repair?: boolean;
  /** Longest piece held for an open block before it is cut anyway. */
  readonly maxPieceLength?: number;
  /** Where a `markdown-cut` warning goes. */
  readonly diagnostic?: (diagnostic: Diagnostic) => void;
  /** Size a piece grows to before a cut is tried (tests use small ones). */
  readonly pieceLength?: number;
  /** Longest line read; past it, reading stops (`block-too-large`, as for text). */
  readonly maxLineLength?: number;
  /** Told once where the overlong line starts; nothing after it is read. */
  readonly onOverlong?: (line: number, offset: number) => void;
  /** The capture marks links with citation markers (`citations.ts`). */
  readonly citations?: boolean;
}

/**
 * `text`, flattened in place. V8 keeps a concatenation as a rope, and a search such as
 * `indexOf` may copy a rope whole on every call, which made the line scan over a long
 * held buffer quadratic; a regular expression flattens its subject in place, once.
 *
 * @example
 * ```ts
 * flatten(a + b) === a + b; // true: the same text, now one flat string
 * ```
 */
function flatten(text: string): string {
  FLATTEN.test(text);
  return text;
}

const FLATTEN = /\n/;

/** Chunks are scanned once this much has come, or as much as the buffer holds. */
const TAKE_LENGTH = 16 * 1024;

/** Carried definitions, at most: a page that defines more resolves the rest within pieces. */
const MAX_CARRIED = 64 * 1024;

/** A piece ready to lower. */
interface Prepared {
  readonly text: string;
  readonly at: Point;
  readonly repaired: Repaired | undefined;
  readonly input: string;
  /** Code units of carried definitions before the piece in `input`. */
  readonly prefix: number;
  readonly root: Root;
}

/** A Markdown reader fed chunk by chunk. */
export interface MarkdownPieces {
  push(chunk: string): void;
  end(): void;
  /** Code units held: the piece being gathered. */
  readonly pendingLength: number;
}

/**
 * Create a piece-wise Markdown reader that lowers each piece into content lines.
 *
 * @example
 * ```ts
 * const reader = createMarkdownPieces((line) => grammar.line(line));
 * reader.push('### [A Title](https://huggingface.co/papers/2606.00683)\n\nAn abstract.\n');
 * reader.end();
 * ```
 */
export function createMarkdownPieces(
  emit: (line: ContentLine) => void,
  options: MarkdownPieceOptions = {},
): MarkdownPieces {
  // The definitions of the piece being lowered (carried ones included): a link a list
  // broke closes with `][label]` (see `broken-links.ts`).
  let definitions: Definitions = new Map();
  const mender = mendBrokenLinks(emit, (label) => definitions.get(normalizeLabel(label)));
  const pieceLength = options.pieceLength ?? PIECE_LENGTH;
  const maxPieceLength = options.maxPieceLength ?? Number.POSITIVE_INFINITY;
  const maxLineLength = options.maxLineLength ?? Number.POSITIVE_INFINITY;
  let stopped = false;
  let buffer = '';
  // Chunks pushed but not yet scanned (see `push`).
  let incoming: string[] = [];
  let incomingLength = 0;
  // Code units since the last LF pushed: the line still open, for the limit's sake.
  let openLine = 0;
  let base: Point = options.from ?? ORIGIN;
  let first = true;
  // Where the line scan resumes, and whether the line before it was blank.
  let scan = 0;
  let blank = true;
  // The next CR at or after `scan`, or -1: most inputs have none, and searching for one
  // on every line would cost the rest of the buffer each time.
  let nextCr = -1;
  // The source after the last line emitted, up to the end of the pieces read: the next
  // piece's first line has it in its gap, as in a whole-document parse (blank lines
  // between paragraphs count).
  let tail = '';
  // A cut is tried once the piece reaches this length (doubled after a refusal).
  let tryAt = pieceLength;
  // Past this length a cut is forced (see `forceCut`; doubled while a fence holds it).
  let forceAt = maxPieceLength;
  // The last line start in the buffer where a block boundary lets a cut be tried, and
  // whether a blank line came before it.
  let boundary = 0;
  let boundaryBlank = true;

  // Definitions seen so far, as source by label, carried into a later piece that names
  // their label, so its references resolve as in a whole-document parse (up to
  // MAX_CARRIED code units of them).
  const carried = new Map<string, string>();
  let carriedLength = 0;

  /** A piece made ready for remark: BOM off, mojibake undone, definitions carried. */
  function prepare(piece: string): Prepared {
    let at = base;
    let text = piece;
    if (first && text.charCodeAt(0) === 0xfeff) {
      text = text.slice(1);
      at = { line: at.line, column: at.column + 1, offset: at.offset + 1 };
    }
    const repaired = options.repair === true ? repairMojibake(text) : undefined;
    const parsed = repaired === undefined ? text : repaired.text;
    // Before the piece, so the first definition of a label still wins, and no block the
    // piece leaves open can swallow them. The piece starts a block after a blank line.
    const prefix = carried.size === 0 ? '' : definitionsFor(parsed, carried);
    const input = prefix + parsed;
    return { text, at, repaired, input, prefix: prefix.length, root: parseMarkdown(input) };
  }

  function read(piece: string, ready: Prepared = prepare(piece)): void {
    first = false;
    const { text, at, repaired, input, prefix, root } = ready;
    const local = createPointMapper(input, ORIGIN);
    const source = repaired === undefined ? undefined : createPointMapper(text, ORIGIN);
    // Lines of `input` → lines of the piece: the carried definitions' lines come off.
    const unprefix: Point = { line: 1 - lineBreaks(input, prefix), column: 1, offset: -prefix };
    for (const node of root.children) {
      if (node.type !== 'definition' || (node.position?.start.offset ?? 0) < prefix) continue;
      const definition = input.slice(node.position?.start.offset, node.position?.end.offset);
      const label = normalizeLabel(node.label ?? node.identifier);
      if (carried.has(label) || carriedLength + definition.length > MAX_CARRIED) continue;
      carried.set(label, definition);
      carriedLength += definition.length;
    }
    let lastEnd = -1;
    definitions = definitionsOf(root);
    lowerMarkdown(root, {
      input,
      definitions,
      points: local,
      skipBefore: prefix,
      ...(options.citations === true ? { citations: true } : {}),
      emit: (line) => {
        const own = prefix === 0 ? line : shift(line, unprefix);
        const back =
          repaired === undefined || source === undefined
            ? own
            : backTo(text, repaired, source, own);
        const placed = shift(back, at);
        lastEnd = placed.end.offset;
        if (tail.length === 0) mender.line(placed);
        else {
          mender.line({ ...placed, gap: tail + (placed.gap ?? '') });
          tail = '';
        }
      },
    });
    tail = lastEnd === -1 ? tail + text : text.slice(Math.max(0, lastEnd - at.offset));
    base = pointAfter(piece, base);
  }

  /**
   * Read `piece` around its dense runs (see {@link denseRuns}): the text before each as
   * a piece of its own, the run itself skipped with a `markdown-not-parsed` warning (its
   * source stays in the next line's gap). Returns where the last run ends.
   */
  function readAround(piece: string, runs: readonly Run[]): number {
    let from = 0;
    for (const run of runs) {
      if (run.start > from) read(piece.slice(from, run.start));
      const skipped = piece.slice(run.start, run.end);
      options.diagnostic?.(denseWarning(skipped, run.marks, base));
      tail += skipped;
      base = pointAfter(skipped, base);
      first = false;
      from = run.end;
    }
    return from;
  }

  /** Read `piece` whole, but no dense run of it through remark. */
  function readGuarded(piece: string, runs: readonly Run[] = skippableRuns(piece)): void {
    const from = runs.length === 0 ? 0 : readAround(piece, runs);
    if (from < piece.length) read(piece.slice(from));
  }

  /** Try a cut at `at`: the piece before it is read unless a block stays open. */
  function attempt(at: number, afterBlank: boolean): boolean {
    const piece = buffer.slice(0, at);
    const runs = skippableRuns(piece);
    if (runs.length > 0) {
      // A dense run ends a piece as a blank line would; what follows it is cut as usual.
      consume(readAround(piece, runs));
      // Lines after the run are scanned again: their CRs too.
      nextCr = buffer.indexOf('\r');
      return true;
    }
    const ready = prepare(piece);
    const open = openAtEnd(ready.root, ready.input, afterBlank);
    if (open !== undefined) {
      if (piece.length <= maxPieceLength) {
        tryAt = piece.length * 2;
        return false;
      }
      options.diagnostic?.(cutWarning(piece, base, open, maxPieceLength));
    }
    read(piece, ready);
    consume(at);
    return true;
  }

  /** The buffer's first `at` code units are read: the next piece starts after them. */
  function consume(at: number): void {
    buffer = buffer.slice(at);
    if (nextCr !== -1) nextCr -= at;
    tryAt = pieceLength;
    forceAt = maxPieceLength;
    boundary = 0;
  }

  /**
   * The piece passed `maxPieceLength` with no cut made: cut at the last block boundary
   * in it if one is there, else at the line start `at`, with a `markdown-cut` warning.
   * A code fence or raw HTML block still open there is held (cut apart, its closing
   * line would open another): the next try waits until the piece doubles.
   */
  function forceCut(at: number): boolean {
    const cut = boundary > 0 ? boundary : at;
    const piece = buffer.slice(0, cut);
    const afterBlank = cut === boundary ? boundaryBlank : false;
    // Dense runs never go through remark (see `readGuarded`): with any, only the text
    // after the last one tells whether a block is still open at the cut.
    const runs = skippableRuns(piece);
    const rest = runs.length === 0 ? piece : piece.slice((runs[runs.length - 1] as Run).end);
    const ready = runs.length === 0 ? prepare(piece) : undefined;
    const open =
      ready !== undefined
        ? openAtEnd(ready.root, ready.input, afterBlank)
        : rest.length === 0
          ? undefined
          : openAtEnd(parseMarkdown(rest), rest, afterBlank);
    if (open === 'code fence' || open === 'HTML block' || (cut === at && inTable(buffer, at))) {
      forceAt = at * 2;
      return false;
    }
    if (cut === at || open !== undefined) {
      options.diagnostic?.(cutWarning(piece, base, cut === at ? undefined : open, maxPieceLength));
    }
    if (ready !== undefined) read(piece, ready);
    else readGuarded(piece, runs);
    consume(cut);
    return true;
  }

  /** The line at `scan` is over the limit: read what came before it, then stop. */
  function overlong(): void {
    const before = buffer.slice(0, scan);
    const at = pointAfter(before, base);
    if (before.length > 0) readGuarded(before);
    // A heading whose link the mender holds open is released: nothing will close it now.
    mender.end();
    stopped = true;
    buffer = '';
    options.onOverlong?.(at.line, at.offset);
  }

  function advance(final: boolean): void {
    while (scan < buffer.length) {
      let end = buffer.indexOf('\n', scan);
      let textEnd = end;
      if (nextCr !== -1 && nextCr < scan) nextCr = buffer.indexOf('\r', scan);
      const cr = nextCr;
      if (cr !== -1 && (end === -1 || cr < end)) {
        textEnd = cr;
        // A CR last in the buffer may be half of a CRLF: wait for the next chunk.
        if (cr === buffer.length - 1 && !final) end = -1;
        else end = buffer.charCodeAt(cr + 1) === 0x0a ? cr + 1 : cr;
      }
      if (end === -1) {
        const tail = (textEnd === -1 ? buffer.length : textEnd) - scan;
        if (tail > maxLineLength) overlong();
        return;
      }
      if (textEnd - scan > maxLineLength) {
        overlong();
        return;
      }
      const start = scan;
      const opens =
        start > 0 &&
        (blank
          ? opensBlock(buffer, start)
          : buffer.charCodeAt(start) === 0x23 && isAtxHeading(buffer, start));
      if (opens) {
        boundary = start;
        boundaryBlank = blank;
      }
      if (opens && start >= tryAt && attempt(start, blank)) {
        scan = 0;
        blank = true;
        continue;
      }
      // No cut made by the bound (no boundary, or each refused): force one, so memory
      // stays bounded.
      if (start > forceAt && forceCut(start)) {
        scan = 0;
        blank = true;
        continue;
      }
      blank = isBlank(buffer, start, end);
      scan = end + 1;
    }
  }

  /**
   * The dense runs of `piece` that may be skipped: those outside a code fence or HTML
   * block left open before them (code and raw HTML are not read for inline markup, so
   * remark reads a run there quickly, and skipping it would unpair the fence).
   */
  function skippableRuns(piece: string): Run[] {
    const runs = denseRuns(piece);
    let from = 0;
    for (let k = 0; k < runs.length; k++) {
      const run = runs[k] as Run;
      const before = piece.slice(from, run.start);
      const open = before.length === 0 ? undefined : openAtEnd(parseMarkdown(before), before);
      if (open === 'code fence' || open === 'HTML block') return runs.slice(0, k);
      from = run.end;
    }
    return runs;
  }

  /** Add the chunks pushed since the last scan to the buffer, and scan them. */
  function take(final: boolean): void {
    if (incoming.length > 0) {
      const chunk = incoming.length === 1 ? (incoming[0] as string) : incoming.join('');
      incoming = [];
      incomingLength = 0;
      if (nextCr === -1) {
        const cr = chunk.indexOf('\r');
        if (cr !== -1) nextCr = buffer.length + cr;
      }
      buffer = flatten(buffer + chunk);
    }
    advance(final);
  }

  return {
    push(chunk) {
      if (chunk.length === 0 || stopped) return;
      // Chunks wait until they are as long as the buffer (or 16 KiB): each scan joins
      // the buffer into one string, and a buffer that grows by a small chunk at a time
      // (the stream decodes 1 KiB pieces) would be copied whole at every chunk.
      incoming.push(chunk);
      incomingLength += chunk.length;
      // A line growing past the limit is scanned (and stopped) without waiting.
      const lf = chunk.indexOf('\n');
      const longest = lf === -1 ? openLine + chunk.length : Math.max(openLine + lf, chunk.length);
      openLine = lf === -1 ? openLine + chunk.length : chunk.length - chunk.lastIndexOf('\n') - 1;
      if (longest > maxLineLength || incomingLength >= Math.max(TAKE_LENGTH, buffer.length)) {
        take(false);
      }
    },
    end() {
      take(true);
      if (stopped) return;
      if (buffer.length > 0) readGuarded(buffer);
      buffer = '';
      mender.end();
    },
    get pendingLength() {
      return buffer.length + incomingLength;
    },
  };
}

/**
 * True when the line at `start` starts a block at column 1 that continues nothing:
 * not indented (a list item's or code's continuation) and no list item (which would
 * join the list before it).
 *
 * @example
 * ```ts
 * opensBlock('### [T](…)\n', 0); // true
 * opensBlock('- item\n', 0); // false
 * ```
 */
export function opensBlock(text: string, start: number): boolean {
  const code = text.charCodeAt(start);
  if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) return false;
  return !LIST_ITEM.test(text.slice(start, start + 12));
}

const LIST_ITEM = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t\r\n]|$)/;

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0d) return false;
  }
  return true;
}

/**
 * True when the line at `start` is an ATX heading at column 1 (`### [Title](…)`): it
 * ends a paragraph, a list or a quote before it without a blank line, so a card that
 * starts with one can start a piece even where a scraper left no blank line.
 *
 * @example
 * ```ts
 * isAtxHeading('text\n### [T](…)\n', 5); // true
 * isAtxHeading('#hashtag\n', 0);          // false
 * ```
 */
export function isAtxHeading(text: string, start: number): boolean {
  return ATX_HEADING.test(text.slice(start, start + 8));
}

const ATX_HEADING = /^#{1,6}(?:[ \t\r\n]|$)/;

/**
 * What keeps a piece from ending: an open fence or raw HTML block, a callout whose
 * `</aside>` may still come, or a reference.
 */
type Open = 'code fence' | 'HTML block' | 'callout' | 'reference';

/**
 * Why the piece `tree` parses cannot end here, or `undefined` when it can. A cut
 * before a heading with no blank line first (`afterBlank` false) also waits for any
 * HTML block to end.
 *
 * @example
 * ```ts
 * openAtEnd(fromMarkdown('```\ncode\n\n'), '```\ncode\n\n'); // 'code fence'
 * ```
 */
export function openAtEnd(tree: Root, input: string, afterBlank = true): Open | undefined {
  const last = tree.children[tree.children.length - 1];
  if (last !== undefined) {
    const source = sourceOf(last, input);
    if (last.type === 'code' && openFence(source)) return 'code fence';
    // Without a blank line, any HTML block is still open: most end only at one.
    if (last.type === 'html' && (!afterBlank || openHtml(source))) return 'HTML block';
  }
  if (openCalloutAtEnd(tree.children)) return 'callout';
  if (input.includes('][') && hasUnresolvedReference(tree)) return 'reference';
  return undefined;
}

/**
 * The carried definitions whose labels `text` names in brackets, as a block to put
 * before it (`''` when none): a piece is parsed with only the definitions it can use.
 *
 * @example
 * ```ts
 * definitionsFor('See [Models][hf].', new Map([['hf', '[hf]: https://hf.co']])); // '[hf]: https://hf.co\n\n'
 * ```
 */
function definitionsFor(text: string, carried: ReadonlyMap<string, string>): string {
  const used: string[] = [];
  for (const match of text.matchAll(BRACKETED)) {
    const definition = carried.get(normalizeLabel(match[1] ?? ''));
    if (definition !== undefined && !used.includes(definition)) used.push(definition);
  }
  return used.length === 0 ? '' : `${used.join('\n')}\n\n`;
}

/** Text in brackets, as a reference label may be (`[Models]`, `[hf]`). */
const BRACKETED = /\[([^[\]]{1,999})\]/g;

function sourceOf(node: RootContent, piece: string): string {
  const position = node.position;
  return position === undefined
    ? ''
    : piece.slice(position.start.offset ?? 0, position.end.offset ?? piece.length);
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** A fenced code block's source with no closing fence. */
function openFence(source: string): boolean {
  const fence = FENCE.exec(source)?.[1];
  if (fence === undefined) return false;
  // A closing fence: its own last line, up to three spaces in, as long, the same character.
  const close = /[\r\n] {0,3}([`~]+)[ \t]*$/.exec(source)?.[1];
  return (
    close === undefined ||
    close.length < fence.length ||
    close.replaceAll(fence[0] ?? '', '') !== ''
  );
}

/** HTML blocks that blank lines do not end (CommonMark kinds 1–5), with their ends. */
const RAW_HTML: readonly (readonly [RegExp, RegExp])[] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/** A raw HTML block's source whose end condition never came. */
function openHtml(source: string): boolean {
  for (const [opening, closing] of RAW_HTML) {
    const match = opening.exec(source);
    if (match !== null) return !closing.test(source.slice(match[0].length));
  }
  return false;
}

/** Text that still reads `[text][label]`: a reference its piece did not resolve. */
function hasUnresolvedReference(tree: Root): boolean {
  const stack: unknown[] = [...tree.children];
  while (stack.length > 0) {
    const node = stack.pop() as { type: string; value?: string; children?: unknown[] };
    if (node.type === 'text' && node.value !== undefined && REFERENCE.test(node.value)) return true;
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') continue;
    if (node.children !== undefined) stack.push(...node.children);
  }
  return false;
}

const REFERENCE = /\]\[[^\]\s][^\]]{0,998}\]|\]\[\]/;

/** A content line of a piece that starts at `base`, placed in the whole input. */
function shift(line: ContentLine, base: Point): ContentLine {
  if (base.offset === 0 && base.line === 1 && base.column === 1) return line;
  const offsetAt = line.offsetAt;
  const locate = line.locate;
  // Points of the piece are points of a parse that started at `base`.
  const points = createPointMapper('', base);
  return {
    ...line,
    start: points.fromUnist(line.start),
    end: points.fromUnist(line.end),
    ...(offsetAt === undefined
      ? {}
      : { offsetAt: (index: number) => base.offset + offsetAt(index) }),
    ...(locate === undefined
      ? {}
      : { locate: (offset: number) => points.fromUnist(locate(offset - base.offset)) }),
  };
}

/**
 * Longest run of lines without a blank one that remark reads whatever it holds. No card
 * comes near it (an abstract is a few KiB); a page's tight list of cards can pass it, but
 * holds far less markup than {@link DENSE_SHARE}.
 */
export const DENSE_RUN_LENGTH = 16 * 1024;

/**
 * Share of Markdown punctuation that makes a run past {@link DENSE_RUN_LENGTH} hostile:
 * one character in five. Cards hold about one in fifteen (`- **[Title](…)**`); runs of
 * `[`, `[a](`, `*`, `` ` ``, `<` or `a*b ` hold from a quarter to all. micromark reads
 * those at 0.03–0.1 MB/s, and some (`[a](` across lines, `a*b `) in quadratic time.
 */
const DENSE_SHARE = 1 / 5;

const LINE_BREAK = /\r\n?|\n/;

/** A run of non-blank lines, `[start, end)` in its piece. */
interface Run {
  readonly start: number;
  readonly end: number;
  readonly marks: number;
}

/**
 * The runs of non-blank lines in `text` longer than {@link DENSE_RUN_LENGTH} in which
 * Markdown punctuation (`[ ] ( ) * _ \``, and `<` that opens no tag) makes up
 * {@link DENSE_SHARE} or more. Linear: lines are found with native searches, and only a
 * long run's characters are counted.
 *
 * @example
 * ```ts
 * denseRuns('[a]('.repeat(5000)); // [{ start: 0, end: 20000, marks: 15000 }]
 * denseRuns('An abstract.\n\n'.repeat(2000)); // []
 * ```
 */
export function denseRuns(text: string): Run[] {
  const runs: Run[] = [];
  if (text.length <= DENSE_RUN_LENGTH) return runs;
  let runStart = -1;
  let at = 0;
  // Lines end at LF, CR or CRLF, found by a regular expression: it reads the text as one
  // flat string (a search by `indexOf` was seen to copy a concatenated text per call).
  const breaks = new RegExp(LINE_BREAK.source, 'g');
  while (at <= text.length) {
    breaks.lastIndex = at;
    const found = breaks.exec(text);
    const end = found === null ? text.length : found.index;
    const blank = isBlank(text, at, end);
    if (!blank && runStart === -1) runStart = at;
    if ((blank || end === text.length) && runStart !== -1) {
      const runEnd = blank ? at : end;
      if (runEnd - runStart > DENSE_RUN_LENGTH) {
        const marks = countMarks(text, runStart, runEnd);
        if (marks >= (runEnd - runStart) * DENSE_SHARE)
          runs.push({ start: runStart, end: runEnd, marks });
      }
      runStart = -1;
    }
    at = found === null ? text.length + 1 : found.index + found[0].length;
  }
  return runs;
}

/** Markdown punctuation in `text[start, end)`: what micromark stops and looks back at. */
function countMarks(text: string, start: number, end: number): number {
  let marks = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3c) {
      // `<` before a letter, `/`, `!` or `?` may open a tag; that is HTML, not markup.
      const next = text.charCodeAt(i + 1) | 0x20;
      if (!((next >= 0x61 && next <= 0x7a) || next === 0x2f || next === 0x21 || next === 0x3f))
        marks++;
    } else if (MARKS[code] === 1) marks++;
  }
  return marks;
}

/** {@link countMarks}' characters, by ASCII code: `[ ] ( ) * _` and the backtick. */
const MARKS = new Uint8Array(128);
for (const char of '[]()*_`') MARKS[char.charCodeAt(0)] = 1;

/**
 * The warning for a dense run that was not parsed as Markdown, starting at `start`.
 *
 * @example
 * ```ts
 * denseWarning('[['.repeat(9000), 18000, { line: 1, column: 1, offset: 0 }).code; // 'markdown-not-parsed'
 * ```
 */
function denseWarning(run: string, marks: number, start: Point): Diagnostic {
  return diagnostic(
    'markdown-not-parsed',
    `${run.length} code units without a blank line, ${marks} of them Markdown punctuation, were not parsed as Markdown (past ${DENSE_RUN_LENGTH} code units with one in five or more); their text is in this range`,
    { start, end: pointAfter(run, start) },
  );
}

/**
 * Whether the line at `at` and the line before it are a table's rows (`| … |`), which a
 * cut there would split: the rows after it, without their header, read as paragraphs.
 *
 * @example
 * ```ts
 * inTable('| a |\n|---|\n| 1 |\n', 12); // true
 * inTable('text\n| 1 |\n', 5); // false
 * ```
 */
function inTable(text: string, at: number): boolean {
  const before = text.lastIndexOf('\n', at - 2) + 1;
  return TABLE_ROW.test(text.slice(at, at + 8)) && TABLE_ROW.test(text.slice(before, before + 8));
}

const TABLE_ROW = /^[ \t]{0,3}\|/;

/**
 * The warning for a piece cut while a block in it was still open, or (`open` undefined)
 * where no block boundary came in reach.
 *
 * @example
 * ```ts
 * cutWarning('```\n…', { line: 1, column: 1, offset: 0 }, 'code fence', 1024).code; // 'markdown-cut'
 * ```
 */
function cutWarning(piece: string, base: Point, open: Open | undefined, max: number): Diagnostic {
  const held =
    open === undefined
      ? `Markdown ran past ${max} code units with no blank line or heading to end its blocks, and was cut at a line's start`
      : `Markdown held for an open ${open} passed ${max} code units`;
  return diagnostic('markdown-cut', `${held}; it was parsed apart from what follows`, {
    start: base,
    end: pointAfter(piece, base),
  });
}
