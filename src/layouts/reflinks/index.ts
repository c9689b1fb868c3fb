/**
 * The reference-link layout: a text-browser dump (lynx, w3m, html2text) whose links
 * are numbered and resolved by a list at the end (`12. https://…` or `[12]: https://…`).
 * Two syntaxes are read:
 *
 * ```text
 *    [                                  ← a bracket group: `[` … `][N]`, over lines
 *    65
 *    ][35]
 * ### [Dataset and Lessons Learned from the 2024 SaTML LLM Capture-the-Flag
 * ### Competition][36]                  ← a heading group, the prefix on every line
 *    Mar 8, 2024 [ 6][39]              ← an inline reference
 *    [17]RRSI: Regularized Recursive … ← a lynx marker: the link's text follows it
 * ```
 *
 * Each group becomes one content line with its link; a marker alone on its line links
 * the line right after it (lynx puts a block link's text there). Lines that a wrap cut
 * are marked as continuing. What the links and lines mean is the grammar's business.
 *
 * @module
 */
import type { ContentLine, LineLink } from '../../grammar/content-line.js';
import { FieldBuilder } from '../../lines/field-builder.js';
import { createPointMapper, type PointMapper } from '../../lines/points.js';
import { lineFeeds } from '../../lines/split.js';
import { plainSpaces } from '../../lines/whitespace.js';
import type { Point } from '../../schema.js';
import { continuesDangling, danglingJoin } from '../dangling-line.js';
import { type SourceLine, sourceLines } from '../source-lines.js';
import { measureWrap, type Wrap, wrapJoin } from '../wrap.js';

/** `12. https://…` (lynx), `[12]: https://…` (Markdown-style). */
const REFERENCE = /^\[?(\d{1,6})\]?[.:] +(\S{1,2000})$/;
/**
 * `[text][12]`, `[ 6][39]` inside a line, the text opening with a bracketed word or not
 * (`[[microsoft] Microsoft][67]`: a text browser prints an image as its alt in brackets;
 * `[[CLS] Token Tells Everything][41]`: a title's own brackets); `[12]` markers.
 */
const INLINE = /\[((?:\[[^[\]]{0,200}\])?[^[\]]{0,400})\]\[(\d{1,6})\]|\[(\d{1,6})\]/g;
/** A lynx marker opening a line, and text after it with no other marker (`[23]Medusa: …`). */
const LEAD_MARKER = /^\[(\d{1,6})\](?=\S)(?!.*\[\d{1,6}\](?:\S|$))/;
/**
 * A lynx marker anywhere in a line: glued to the link's text after it (`[24]The`), or
 * alone on its line (`[25]`). A number in brackets before a space or punctuation, or
 * ending a line, is the text's own citation (`speculative decoding [12] have been`).
 */
const MARKER = /\[\d{1,6}\](?=[\p{L}\p{N}("'“‘])|^\[\d{1,6}\]$/u;
/** A group's end: `][12]` at the end of a line. */
const GROUP_END = /\]\[(\d{1,6})\]$/;
/** Longest bracket group, in lines, before it is given up as unterminated. */
const MAX_GROUP_LINES = 80;

/** A line's text with its source offsets and links, being built. */
interface Built {
  builder: FieldBuilder;
  links: LineLink[];
  start: Point;
  end: Point;
  first: SourceLine;
  heading?: number;
}

/**
 * Lower a reference-link capture, from `body` on, into content lines.
 *
 * @example
 * ```ts
 * readReflinks(text, (line) => grammar.line(line), { line: 1, column: 1, offset: 0 });
 * ```
 */
export function readReflinks(
  input: string,
  emit: (line: ContentLine) => void,
  body: Point = { line: 1, column: 1, offset: 0 },
): void {
  const lines = sourceLines(input, body);
  const references = new Map<number, string>();
  const isReference = lines.map((line) => {
    const match = line.text.length <= 2010 ? REFERENCE.exec(line.text) : null;
    if (match === null || !/^(?:https?:\/\/|\/)/.test(match[2] ?? '')) return false;
    if (!references.has(Number(match[1]))) references.set(Number(match[1]), match[2] ?? '');
    return true;
  });
  const points = createPointMapper(input, { line: 1, column: 1, offset: 0 });
  const wrap = measureWrap(lineFeeds(input.slice(body.offset, body.offset + 16 * 1024)));
  const url = (reference: string | undefined): string =>
    reference === undefined ? '' : (references.get(Number(reference)) ?? '');
  let previous: SourceLine | undefined;

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as SourceLine;
    if (isReference[index] === true) {
      emit(markup(line));
      previous = undefined;
      continue;
    }
    const level = headingLevel(line.text);
    const skip = level === 0 ? 0 : level + 1;
    const text = line.text.slice(skip);
    // A group the capture cut inside its reference, `[Title][4`: the link's text.
    const cutReference = text.startsWith('[') ? /\]\[\d{0,6}$/.exec(text) : null;
    if (cutReference !== null && !text.slice(1, cutReference.index).includes('[')) {
      const kept = { ...line, text: line.text.slice(0, skip + cutReference.index) };
      emit(group(input, [kept], 0, 0, level, url, points));
      previous = undefined;
      continue;
    }
    // A bracket group over lines: `[` here, `][N]` on a later line.
    if (text.startsWith('[') && !closesOnLine(text)) {
      const end = groupEnd(lines, index, level);
      if (end !== undefined) {
        emit(group(input, lines, index, end, level, url, points));
        index = end;
        previous = undefined;
        continue;
      }
      // A group that never closes (the capture was cut): its `[` is syntax.
      emit(inline(input, line, skip + 1, level, url, points, undefined));
      previous = line;
      continue;
    }
    // A marker alone: the next line, right after it, is the link's text.
    const marker = /^\[(\d{1,6})\]$/.exec(text);
    const next = lines[index + 1];
    if (marker !== null && next !== undefined && !next.blankBefore && !next.text.startsWith('[')) {
      emit(group(input, lines, index, index + 1, 0, url, points, marker[1]));
      index++;
      previous = undefined;
      continue;
    }
    // A lynx marker opening a block whose link's text the wrap carried on (`[23]Medusa: …
    // Multiple Decoding` / `Heads`): one linked line, its text over all of them. (A
    // marker inside a paragraph links a few words of it: `[22]credit assignment method`.)
    // A block of its own: after a blank line, or a line this one does not continue.
    const join = continuation(wrap, previous, line);
    const starts = line.blankBefore || join === undefined;
    const opened = level === 0 && starts ? LEAD_MARKER.exec(text) : null;
    if (opened !== null) {
      // Where no wrap was measured, only a line cut mid-phrase goes on (`…Post-Training`
      // / `with Routing Harness`, elinks).
      const joins =
        wrap === undefined
          ? continuesDangling
          : (before: string, after: string) => wrapJoin(wrap, before, after) !== undefined;
      const end = markerRunEnd(lines, isReference, index, joins);
      if (end > index) {
        emit(group(input, lines, index, end, 0, url, points, opened[1]));
        index = end;
        previous = undefined;
        continue;
      }
    }
    emit(inline(input, line, skip, level, url, points, join));
    previous = line;
  }
}

/**
 * The last line a lynx marker's link text runs over: each next line `joins` (the wrap,
 * or a cut mid-phrase) carries on from the one before, with no marker of its own.
 *
 * @example
 * ```ts
 * // [23]Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding
 * // Heads
 * markerRunEnd(lines, isReference, 0, (a, b) => wrapJoin({ width: 79, hard: false }, a, b) !== undefined); // 1
 * ```
 */
function markerRunEnd(
  lines: readonly SourceLine[],
  isReference: readonly boolean[],
  from: number,
  joins: (before: string, after: string) => boolean,
): number {
  let end = from;
  while (end + 1 < lines.length && end - from < MAX_GROUP_LINES) {
    const after = lines[end + 1] as SourceLine;
    if (after.blankBefore || isReference[end + 1] === true || MARKER.test(after.text)) break;
    if (!joins((lines[end] as SourceLine).line, after.line)) break;
    end++;
  }
  return end;
}

/**
 * Whether `line` continues `previous` under the capture's wrap, or (no wrap measured)
 * where `previous` was cut mid-phrase (`dangling-line.ts`).
 */
function continuation(
  wrap: Wrap | undefined,
  previous: SourceLine | undefined,
  line: SourceLine,
): { readonly tight: boolean } | undefined {
  if (previous === undefined || line.blankBefore) return undefined;
  if (wrap === undefined) return danglingJoin(previous.line, line.line);
  return wrapJoin(wrap, previous.line, line.line);
}

/** `### x` → 3; not a heading → 0. */
function headingLevel(text: string): number {
  let level = 0;
  while (level < text.length && text.charCodeAt(level) === 0x23) level++;
  return level > 0 && level <= 6 && text.charCodeAt(level) === 0x20 ? level : 0;
}

/** Whether the `[` a line starts with is closed on the line (an inline reference). */
function closesOnLine(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5b) depth++;
    else if (code === 0x5d) {
      depth--;
      if (depth === 0) return true;
    }
  }
  return false;
}

/** The index of the line that ends the group opened at `from`, or `undefined`. */
function groupEnd(lines: readonly SourceLine[], from: number, level: number): number | undefined {
  for (let i = from + 1; i < lines.length && i - from <= MAX_GROUP_LINES; i++) {
    const line = lines[i] as SourceLine;
    const text =
      level > 0 && headingLevel(line.text) === level ? line.text.slice(level + 1) : line.text;
    if (GROUP_END.test(text)) return i;
    if (text.startsWith('[') && !closesOnLine(text)) return undefined;
  }
  return undefined;
}

/** Lines `[from, to]` as one linked content line. */
function group(
  input: string,
  lines: readonly SourceLine[],
  from: number,
  to: number,
  level: number,
  url: (reference: string | undefined) => string,
  points: PointMapper,
  marker?: string,
): ContentLine {
  const first = lines[from] as SourceLine;
  const last = lines[to] as SourceLine;
  const built: Built = {
    builder: new FieldBuilder(input),
    links: [],
    start: first.start,
    end: last.end,
    first,
    ...(level > 0 ? { heading: level } : {}),
  };
  let reference = marker;
  for (let i = from; i <= to; i++) {
    const line = lines[i] as SourceLine;
    let text = line.text;
    let at = line.start.offset;
    if (level > 0 && headingLevel(text) === level) {
      text = text.slice(level + 1);
      at += level + 1;
    }
    if (i === from) {
      if (marker !== undefined) {
        // The marker alone (its text on the next line), or its text right after it.
        const cut = text.indexOf(']') + 1;
        if (cut >= text.length) continue;
        text = text.slice(cut);
        at += cut;
      } else {
        text = text.slice(1);
        at += 1;
      }
    }
    if (i === to && marker === undefined) {
      const end = GROUP_END.exec(text);
      if (end !== null) {
        reference = end[1];
        text = text.slice(0, end.index);
      }
    }
    const trimmed = text.trim();
    if (trimmed.length === 0) continue;
    if (built.builder.length > 0) built.builder.appendVirtual(' ', at);
    built.builder.appendSource(at + text.indexOf(trimmed), trimmed);
  }
  built.links.push({ url: url(reference), from: 0, to: built.builder.length });
  return finish(built, points);
}

/** One line with its inline references and markers read. */
function inline(
  input: string,
  line: SourceLine,
  skip: number,
  level: number,
  url: (reference: string | undefined) => string,
  points: PointMapper,
  join: { readonly tight: boolean } | undefined,
): ContentLine {
  const text = line.text;
  const base = line.start.offset;
  const built: Built = {
    builder: new FieldBuilder(input),
    links: [],
    start: line.start,
    end: line.end,
    first: line,
    ...(level > 0 ? { heading: level } : {}),
  };
  const { builder, links } = built;
  let at = skip;
  // A lynx marker opens a link whose text runs to the next marker or the line's end.
  let open: { url: string; from: number } | undefined;
  const closeOpen = (): void => {
    if (open !== undefined) links.push({ url: open.url, from: open.from, to: builder.length });
    open = undefined;
  };
  INLINE.lastIndex = skip;
  for (let match = INLINE.exec(text); match !== null; match = INLINE.exec(text)) {
    if (match.index > at) builder.appendSource(base + at, text.slice(at, match.index));
    if (match[3] !== undefined) {
      closeOpen();
      open = { url: url(match[3]), from: builder.length };
    } else {
      closeOpen();
      const inner = match[1] ?? '';
      const lead = inner.length - inner.trimStart().length;
      const from = builder.length;
      if (from > 0 && inner.trim().length > 0) builder.appendVirtual(' ', base + match.index);
      const start = builder.length;
      builder.appendSource(base + match.index + 1 + lead, inner.trim());
      links.push({ url: url(match[2]), from: start, to: builder.length });
    }
    at = match.index + match[0].length;
  }
  if (at < text.length) builder.appendSource(base + at, text.slice(at));
  closeOpen();
  const content = finish(built, points);
  return join === undefined
    ? content
    : { ...content, continues: true, ...(join.tight ? { tight: true } : {}) };
}

function finish(built: Built, points: PointMapper): ContentLine {
  const field = built.builder.finish(built.start, built.end);
  const raw = field.raw;
  const text = field.text;
  const lead = text.length - text.trimStart().length;
  // A TAB or NBSP reads as a space, one for one (`plainSpaces`).
  const trimmed = plainSpaces(text.trim());
  const offsetAt = field.offsetAt as (index: number) => number;
  const links = built.links
    .map((link) => ({
      ...link,
      from: Math.max(0, link.from - lead),
      to: Math.min(trimmed.length, link.to - lead),
    }))
    .filter((link) => link.to >= link.from);
  return {
    text: trimmed,
    raw,
    start: built.start,
    end: built.end,
    offsetAt: (index) => offsetAt(index + lead),
    locate: (offset) => points.at(offset),
    gap: built.first.gap,
    ...(links.length > 0 ? { links } : {}),
    ...(built.heading === undefined ? {} : { heading: built.heading }),
  };
}

function markup(line: SourceLine): ContentLine {
  return {
    text: line.text,
    raw: line.text,
    start: line.start,
    end: line.end,
    gap: line.gap,
    markup: true,
  };
}
