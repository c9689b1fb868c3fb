/**
 * The Markdown subset scrapers emit, read without micromark: ATX headings, paragraphs,
 * tight `-` lists of one-paragraph items, and inline links, images, escapes and hard
 * breaks (see `inline.ts`). The tree is the one `fromMarkdown` builds, positions
 * included, or `undefined` when anything in the text is outside the subset; the caller
 * then gives the text to micromark. Nothing is guessed: a line that could start any
 * other construct (a fence, a quote, HTML, a thematic break, a setext underline, an
 * ordered list, an indented first line, a definition) leaves the subset, and so do tabs
 * inside a line, carriage returns, trailing spaces and a loose list. Continuation lines,
 * lazy or indented (spaces or tabs), are read as micromark reads them.
 * Tested equal to `fromMarkdown` on every Markdown fixture and on random documents.
 *
 * @module
 */
import type { Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { createPointMapper } from '../../../lines/points.js';
import { isDigit } from '../../../normalize/scan.js';
import { type PointAt, readInline, skipIndent } from './inline.js';

const SPACE = 0x20;
const TAB = 0x09;
const HASH = 0x23;
const DASH = 0x2d;
const DOT = 0x2e;
const RIGHT_PAREN = 0x29;
const PLUS = 0x2b;
const EQUALS = 0x3d;
const TILDE = 0x7e;
const STAR = 0x2a;
const UNDERSCORE = 0x5f;
const GREATER_THAN = 0x3e;
const LESS_THAN = 0x3c;
const BACKTICK = 0x60;

/** Characters outside the subset anywhere, and the start of a definition (`]:`). */
const OUTSIDE = /[\r\0]|\]:/;

/** A block found by the line scan: its kind and source range. */
type Block =
  | { readonly kind: 'paragraph'; readonly start: number; end: number }
  | {
      readonly kind: 'heading';
      readonly start: number;
      readonly content: number;
      readonly end: number;
      readonly depth: 1 | 2 | 3 | 4 | 5 | 6;
    }
  | {
      readonly kind: 'list';
      readonly items: { readonly start: number; readonly content: number; end: number }[];
    };

/**
 * Parse `text` as `fromMarkdown` would, if it is inside the subset.
 *
 * @example
 * ```ts
 * parseSubset('### [A Title](https://huggingface.co/papers/2606.00683)\n')?.children[0]?.type; // 'heading'
 * parseSubset('> a quote\n'); // undefined
 * ```
 */
export function parseSubset(text: string): Root | undefined {
  // micromark drops a leading byte order mark and counts points without it.
  if (text.charCodeAt(0) === 0xfeff || OUTSIDE.test(text)) return undefined;
  const blocks = readBlocks(text);
  if (blocks === undefined) return undefined;
  // The input's own line index (the subset has no carriage returns to tell apart).
  const points = createPointMapper(text, { line: 1, column: 1, offset: 0 });
  const pointAt: PointAt = (offset) => points.at(offset);
  const children: RootContent[] = [];
  for (const block of blocks) {
    const node = nodeOf(text, block, pointAt);
    if (node === undefined) return undefined;
    children.push(node);
  }
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: pointAt(text.length) },
  };
}

/**
 * The blocks of `text`, line by line, or `undefined` at the first line outside the
 * subset.
 *
 * @example
 * ```ts
 * readBlocks('# T\n\n- a\n- b\n'); // [heading 0–3, list of items 5–8 and 9–12]
 * ```
 */
function readBlocks(text: string): Block[] | undefined {
  const blocks: Block[] = [];
  let paragraph: Extract<Block, { kind: 'paragraph' }> | undefined;
  let list: Extract<Block, { kind: 'list' }> | undefined;
  // A blank line came after the list's last item.
  let blankAfterItem = false;
  // The next tab at or after the line being read: only leading whitespace may hold one.
  let nextTab = text.indexOf('\t');
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = start;
    start = end + 1;
    if (line === end) {
      if (end === text.length) break;
      paragraph = undefined;
      blankAfterItem = list !== undefined;
      continue;
    }
    const first = text.charCodeAt(line);
    const last = text.charCodeAt(end - 1);
    if (last === SPACE || last === TAB) return undefined;
    // Leading whitespace only continues a paragraph (its own, or an item's).
    const content = first === SPACE || first === TAB ? skipIndent(text, line, end) : line;
    if (nextTab !== -1 && nextTab < content) nextTab = text.indexOf('\t', content);
    if (nextTab !== -1 && nextTab < end) return undefined;
    const open =
      list !== undefined && !blankAfterItem ? list.items[list.items.length - 1] : paragraph;
    const marks = first === HASH ? headingMarks(text, line, end) : 0;
    if (content > line) {
      if (content === end || open === undefined || opensBlock(text, content, end)) return undefined;
      open.end = end;
    } else if (marks > 0) {
      const depth = headingDepth(text, line, end, marks);
      if (depth === undefined) return undefined;
      paragraph = undefined;
      list = undefined;
      blocks.push({ kind: 'heading', start: line, content: line + depth + 1, end, depth });
    } else if (first === DASH && text.charCodeAt(line + 1) === SPACE) {
      // One to four spaces after the marker; five start indented code.
      const itemContent = skipIndent(text, line + 1, end);
      if (itemContent === end || itemContent - line > 5 || opensBlock(text, itemContent, end)) {
        return undefined;
      }
      if (list !== undefined && blankAfterItem) return undefined; // a loose list
      paragraph = undefined;
      if (list === undefined) {
        list = { kind: 'list', items: [] };
        blocks.push(list);
      }
      list.items.push({ start: line, content: itemContent, end });
      blankAfterItem = false;
    } else {
      if (opensBlock(text, line, end)) return undefined;
      if (list !== undefined && !blankAfterItem) {
        // An item's lazy continuation.
        const item = list.items[list.items.length - 1];
        if (item !== undefined) item.end = end;
        continue;
      }
      list = undefined;
      if (paragraph === undefined) {
        paragraph = { kind: 'paragraph', start: line, end };
        blocks.push(paragraph);
      } else paragraph.end = end;
    }
  }
  return blocks;
}

/**
 * An ATX heading's marks at `at`: their number (one to six), then a space, a tab or the
 * line's end; 0 where the line is no heading (`#hashtag`, seven marks).
 *
 * @example
 * ```ts
 * headingMarks('## T', 0, 4);  // 2
 * headingMarks('#tag', 0, 4);  // 0
 * ```
 */
function headingMarks(text: string, at: number, end: number): number {
  let marks = 0;
  while (at + marks < end && marks < 7 && text.charCodeAt(at + marks) === HASH) marks++;
  const next = text.charCodeAt(at + marks);
  return marks <= 6 && (at + marks >= end || next === SPACE || next === TAB) ? marks : 0;
}

/**
 * The depth of an ATX heading of `marks` marks at `line`, or `undefined` where the line
 * is not one the subset reads: a tab or nothing after the marks, an empty heading, a
 * space more, or a last `#` (a closing sequence is not read here).
 *
 * @example
 * ```ts
 * headingDepth('### Title', 0, 9, 3); // 3
 * headingDepth('### ', 0, 4, 3);      // undefined
 * ```
 */
function headingDepth(
  text: string,
  line: number,
  end: number,
  marks: number,
): 1 | 2 | 3 | 4 | 5 | 6 | undefined {
  if (text.charCodeAt(line + marks) !== SPACE) return undefined;
  const content = line + marks + 1;
  if (content >= end || text.charCodeAt(content) === SPACE || text.charCodeAt(end - 1) === HASH) {
    return undefined;
  }
  return marks as 1 | 2 | 3 | 4 | 5 | 6;
}

/**
 * Content at `at` could open a block other than a paragraph, or starts with what the
 * subset does not read there: a quote (`>`), HTML (`<`), a code span or fence, emphasis
 * or a thematic break (`*`, `_`), a space, a list marker (`+ `, `-`, `1.`, `2)`), a
 * fence or setext underline (`~~~`, `==`), or a heading mark. A `+`, `~` or `=` before
 * other text is text (`+4.8 mAP`).
 *
 * @example
 * ```ts
 * opensBlock('> quote', 0, 7);        // true
 * opensBlock('2024. A year', 0, 12);  // true
 * opensBlock('+4.8 in mAP', 0, 11);   // false
 * opensBlock('2 authors', 0, 9);      // false
 * ```
 */
function opensBlock(text: string, at: number, end: number): boolean {
  const code = text.charCodeAt(at);
  const next = at + 1 < end ? text.charCodeAt(at + 1) : -1;
  switch (code) {
    case PLUS:
      return next === -1 || next === SPACE || next === TAB;
    case EQUALS:
      return next === -1 || next === EQUALS;
    case TILDE:
      return next === TILDE;
    case HASH:
      return headingMarks(text, at, end) > 0;
    case DASH:
      return next === -1 || next === SPACE || next === TAB || next === DASH;
    case STAR:
    case UNDERSCORE:
    case GREATER_THAN:
    case LESS_THAN:
    case BACKTICK:
    case SPACE:
    case TAB:
      return true;
    default:
      return isDigit(code) && isOrderedMarker(text, at, end);
  }
}

/**
 * An ordered list marker at `at`: one to nine digits, `.` or `)`, then a space or the
 * line's end.
 *
 * @example
 * ```ts
 * isOrderedMarker('1. First', 0, 8); // true
 * isOrderedMarker('2.5 points', 0, 10); // false
 * ```
 */
function isOrderedMarker(text: string, at: number, end: number): boolean {
  let digits = 1;
  while (at + digits < end && digits < 10 && isDigit(text.charCodeAt(at + digits))) digits++;
  const marker = text.charCodeAt(at + digits);
  if (digits > 9 || (marker !== DOT && marker !== RIGHT_PAREN)) return false;
  return at + digits + 1 >= end || text.charCodeAt(at + digits + 1) === SPACE;
}

/**
 * A block's mdast node, or `undefined` where its inline content leaves the subset.
 *
 * @example
 * ```ts
 * nodeOf('# T', { kind: 'heading', start: 0, content: 2, end: 3, depth: 1 }, pointAt);
 * // { type: 'heading', depth: 1, children: [{ type: 'text', value: 'T', … }], … }
 * ```
 */
function nodeOf(text: string, block: Block, pointAt: PointAt): RootContent | undefined {
  if (block.kind === 'list') {
    const items: ListItem[] = [];
    for (const item of block.items) {
      const lf = text.indexOf('\n', item.content);
      const paragraph = paragraphOf(
        text,
        item.content,
        item.end,
        pointAt,
        lf !== -1 && lf < item.end,
      );
      if (paragraph === undefined) return undefined;
      items.push({
        type: 'listItem',
        spread: false,
        checked: null,
        children: [paragraph],
        position: { start: pointAt(item.start), end: pointAt(item.end) },
      });
    }
    const first = block.items[0];
    const last = block.items[block.items.length - 1];
    const list: List = {
      type: 'list',
      ordered: false,
      start: null,
      spread: false,
      children: items,
      position: { start: pointAt(first?.start ?? 0), end: pointAt(last?.end ?? 0) },
    };
    return list;
  }
  if (block.kind === 'paragraph') return paragraphOf(text, block.start, block.end, pointAt);
  const children = readInline(text, block.content, block.end, pointAt);
  if (children === undefined) return undefined;
  const heading: Heading = {
    type: 'heading',
    depth: block.depth,
    children,
    position: { start: pointAt(block.start), end: pointAt(block.end) },
  };
  return heading;
}

function paragraphOf(
  text: string,
  start: number,
  end: number,
  pointAt: PointAt,
  itemLines = false,
): Paragraph | undefined {
  const children = readInline(text, start, end, pointAt, itemLines);
  if (children === undefined) return undefined;
  return { type: 'paragraph', children, position: { start: pointAt(start), end: pointAt(end) } };
}
