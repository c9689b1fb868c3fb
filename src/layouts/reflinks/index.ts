/**
 * The reference-link layout: a text-browser dump (lynx, w3m) in a fenced block, links
 * written `[text][12]` and resolved by a numbered list at the end
 * (`12. https://…` or `[12]: https://…`).
 *
 * ```text
 *    [
 *    65
 *    ][35]
 * ### [Dataset and Lessons Learned from the 2024 SaTML LLM Capture-the-Flag
 * ### Competition][36]
 *    [Large language model systems face … (hard-wrapped at 120 columns)
 *    … multi-turn attack chats.][37]
 *      * 671 authors
 *    ·
 *    Mar 8, 2024 [ 6][39]
 * ```
 *
 * A `[` opens a bracket group that runs, over lines, to its `][N]`; the reference's
 * URL says what the group was. Without a reference list, the shape decides.
 *
 * @module
 */
import { parseDateLine } from '../../grammar/date-line.js';
import { isFooterSeparator } from '../../grammar/footer-separator.js';
import type { CardEvent } from '../cards/events.js';
import { readAuthors } from '../cards/lines.js';
import { contentLines, createSegmentReader, subPart, type TextPart } from '../cards/segment.js';
import { isMarkdownChrome } from '../markdown/chrome.js';

/** `12. https://…` (lynx) or `[12]: https://…` (Markdown-style). */
const REFERENCE = /^\[?(\d{1,6})\]?[.:] +(https?:\/\/\S{1,2000})$/;
/** A date with a comment link: `Mar 8, 2024 [ 6][39]`. */
const DATE_WITH_LINK = /^(.{5,32}?) *\[ *(\d{1,7}) *\]\[\d{1,6}\]$/;
/** Inline lynx link markers: `[2]AK`, `[3]Daily`. */
const MARKER = /\[\d{1,6}\]/g;
/** Longest bracket group, in lines, before it is given up as unterminated. */
const MAX_GROUP_LINES = 80;

interface Group {
  parts: TextPart[];
  heading: boolean;
  /** The whole lines the group covers, for diagnostics. */
  first: TextPart;
  last: TextPart;
}

/**
 * Read a reference-link capture and emit its card events.
 *
 * @example
 * ```ts
 * readReflinks(text, (event) => cards.event(event));
 * ```
 */
export function readReflinks(input: string, emit: (event: CardEvent) => void): void {
  const lines = contentLines(input);
  const references = new Map<number, string>();
  const isReference: boolean[] = lines.map((line) => {
    const match = line.text.length <= 2100 ? REFERENCE.exec(line.text) : null;
    if (match === null) return false;
    references.set(Number(match[1]), match[2] ?? '');
    return true;
  });
  const reader = createSegmentReader(input);
  let group: Group | undefined;

  function close(reference: number | undefined, line: TextPart): void {
    if (group === undefined) return;
    const url = reference === undefined ? undefined : references.get(reference);
    const event = reader.segment(group.parts, url, group.heading);
    emit({ ...event, start: group.first.start, end: line.end } as CardEvent);
    group = undefined;
  }

  function giveUp(): void {
    if (group === undefined) return;
    const text = group.parts.map((part) => part.text).join(' ');
    emit({
      kind: 'unknown',
      code: 'unknown-block',
      text,
      start: group.first.start,
      end: group.last.end,
    });
    group = undefined;
  }

  lines.forEach((line, index) => {
    const text = line.text;
    if (isReference[index] || text.startsWith('```') || text.startsWith('~~~')) {
      giveUp();
      emit({ kind: 'chrome', text, start: line.start, end: line.end });
      return;
    }
    const headingLevel = atxLevel(text);
    const skip = headingLevel === 0 ? 0 : headingLevel + 1;
    if (group !== undefined) {
      const inner = subPart(
        line,
        group.heading && skip > 0 ? skip : 0,
        text.slice(group.heading ? skip : 0),
      );
      const closing = referenceEnd(inner.text);
      group.last = line;
      if (closing !== undefined) {
        const before = inner.text.slice(0, closing.at);
        if (before.trim().length > 0) group.parts.push(subPart(inner, 0, before));
        close(closing.reference, line);
      } else {
        group.parts.push(inner);
        if (group.parts.length > MAX_GROUP_LINES) giveUp();
      }
      return;
    }
    const body = skip > 0 ? text.slice(skip) : text;
    if (body.startsWith('[') && !body.startsWith('[ ')) {
      const opened = subPart(line, skip + 1, body.slice(1));
      group = { parts: [], heading: skip > 0, first: line, last: line };
      const closing = referenceEnd(opened.text);
      if (closing !== undefined) {
        const inside = opened.text.slice(0, closing.at);
        if (inside.length > 0) group.parts.push(subPart(opened, 0, inside));
        close(closing.reference, line);
      } else if (opened.text.length > 0) {
        group.parts.push(opened);
      }
      return;
    }
    emit(plainLine(line, body));
  });
  giveUp();
}

/** A line outside any bracket group: footer parts, chrome, or unknown. */
function plainLine(line: TextPart, body: string): CardEvent {
  const span = { start: line.start, end: line.end };
  if (isFooterSeparator(body)) return { kind: 'separator', ...span };
  const withLink = body.length <= 64 ? DATE_WITH_LINK.exec(body) : null;
  const date = parseDateLine(withLink === null ? body : `${withLink[1]} ${withLink[2]}`);
  if (date !== undefined) return { kind: 'date', date, text: body, ...span };
  const authors = readAuthors(body);
  if (authors !== undefined) return { kind: 'authors', count: authors, ...span };
  const visible = body
    .replace(MARKER, '')
    .replace(/^[*•-] /, '')
    .trim();
  if (isMarkdownChrome(visible)) {
    return { kind: 'chrome', text: visible, ...span };
  }
  return { kind: 'unknown', code: 'unknown-block', text: body, ...span };
}

/** `### x` → 3; not a heading → 0. */
function atxLevel(text: string): number {
  let level = 0;
  while (level < text.length && text.charCodeAt(level) === 0x23) level++;
  return level > 0 && level <= 6 && text.charCodeAt(level) === 0x20 ? level : 0;
}

/** Where `][N]` ends the text (at its very end), and N. */
function referenceEnd(text: string): { at: number; reference: number } | undefined {
  if (!text.endsWith(']')) return undefined;
  const open = text.lastIndexOf('][');
  if (open === -1) return undefined;
  const digits = text.slice(open + 2, -1);
  if (digits.length === 0 || digits.length > 6) return undefined;
  for (let i = 0; i < digits.length; i++) {
    const code = digits.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return undefined;
  }
  return { at: open, reference: Number(digits) };
}
