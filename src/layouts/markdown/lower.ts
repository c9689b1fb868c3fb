/**
 * Lower an mdast tree into content lines: a heading is one line with its depth, a
 * paragraph one line per source line (soft breaks continue it), lists and quotes their
 * blocks, HTML its visible text, a code block its lines; definitions, rules and
 * markup-only blocks are lines of markup. Nothing here knows what a card is.
 *
 * @module
 */
import type { Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContentLine } from '../../grammar/content-line.js';
import { createPointMapper, type PointMapper } from '../../lines/points.js';
import { endsWithHyphen } from '../../lines/text-field.js';
import type { Point } from '../../schema.js';
import { closesLink } from '../broken-links.js';
import { LineText } from '../line-text.js';
import { calloutEnd } from './callout.js';
import { type Definitions, definitionsOf, inlineDelta, normalizeLabel } from './definitions.js';
import { appendHtml } from './html.js';
import { appendInline, type InlineContext, isPandocSyntax } from './inline.js';
import { parseMarkdown } from './parse.js';

/** A heading line this long may have been wrapped. */
const WRAPPED_HEADING = 60;
/** html2text's width, which LangChain's and LlamaIndex's loaders keep. */
const WRAP_WIDTH = 78;

/** A heading's wrapped tail: words (or a bracket), no clause's or label's end. */
const TAIL = /^[\p{L}\d(][^·]{0,79}(?<![.:;,])$/u;

/** A card's line right under its title, which no tail is: a footer, a label, a date. */
const CARD_LINE =
  /^(?:Published|Submitted|Upvote|Authors?:)|\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? \d{1,2}\b|^\S+: /;

/** A line whose text pandoc's attribute block opened and a later line ends (`[![](…){.inline-block`). */
const PANDOC_OPENED = /\{[.#][^\s{}]*$/;

/** What lowering needs. */
export interface Lowering {
  /** The whole input the user gave. */
  readonly input: string;
  /** Tree points → input points. */
  readonly points: PointMapper;
  /** Input offset before which blocks are not read (front matter, already reported). */
  readonly skipBefore: number;
  readonly emit: (line: ContentLine) => void;
  /** The tree's definitions, when the caller has them already. */
  readonly definitions?: Definitions;
  /** Links are citation markers (`⟨12⟩`, see `citations.ts`): they leave the text. */
  readonly citations?: boolean;
}

interface Span {
  readonly start: Point;
  readonly end: Point;
}

/**
 * Emit the content lines of every block of `root`, in order.
 *
 * @example
 * ```ts
 * lowerMarkdown(fromMarkdown(text), { input: text, points, skipBefore: 0, emit });
 * ```
 */
export function lowerMarkdown(root: Root, lowering: Lowering): void {
  const { input, points, emit } = lowering;
  const definitions = lowering.definitions ?? definitionsOf(root);
  const resolve = (label: string) => definitions.get(normalizeLabel(label));
  const context: InlineContext = {
    input,
    definitions,
    ...(lowering.citations === true ? { citations: { input } } : {}),
    offsetOf: (node, end) => {
      const position = node.position;
      if (position === undefined) return 0;
      return points.fromUnist(end ? position.end : position.start).offset;
    },
  };
  // The end of the last line emitted: the source between it and the next is its gap.
  let lastEnd = lowering.skipBefore;
  // A heading line held one block, in case an indented line right after continues it.
  let heading: ContentLine | undefined;
  // How much longer a heading's source line is with its references written inline.
  const inlineWidth = new WeakMap<ContentLine, number>();

  const spanOf = (node: Nodes): Span | undefined => {
    const position = node.position;
    if (position === undefined) return undefined;
    return { start: points.fromUnist(position.start), end: points.fromUnist(position.end) };
  };

  function out(line: ContentLine): void {
    if (heading !== undefined) {
      const held = heading;
      heading = undefined;
      emit(held);
    }
    if (line.heading !== undefined) heading = line;
    else emit(line);
  }

  function gap(span: Span): string {
    const from = Math.min(lastEnd, span.start.offset);
    lastEnd = span.end.offset;
    return input.slice(from, span.start.offset);
  }

  /**
   * A block's lines, its gap before the first. The next gap starts where the last line
   * ends, not the block: what the block holds after its text (a line of a lone `\f`),
   * or a block with no text at all, is source between too.
   */
  function linesOf(text: LineText, span: Span): ContentLine[] {
    const before = lastEnd;
    const lines = text.lines(span, gap(span));
    const last = lines[lines.length - 1];
    lastEnd = last === undefined ? before : last.end.offset;
    return withSkippedSyntax(withLeadingMarkup(lines, span), span);
  }

  /**
   * A block's lines with the source lines of pandoc's syntax its text left out between
   * them (`:::`, `{.size-4` / `.rounded-full}`) as lines of markup of their own, so they
   * are accounted for as chrome, not left in a gap.
   */
  function withSkippedSyntax(lines: ContentLine[], span: Span): ContentLine[] {
    if (lines.length === 0) return lines;
    const out: ContentLine[] = [];
    const skipped = (from: number, to: number): void => {
      let at = input.indexOf('\n', from);
      while (at !== -1 && at < to) {
        const start = at + 1;
        let end = input.indexOf('\n', start);
        if (end === -1 || end > to) end = to;
        const raw = input.slice(start, end).replace(/\r$/, '');
        const trimmed = raw.trim();
        if (trimmed !== '' && (isPandocSyntax(trimmed) || PANDOC_OPENED.test(trimmed))) {
          const lead = raw.length - raw.trimStart().length;
          const first = start + lead;
          const last = first + trimmed.length;
          out.push({
            text: trimmed,
            raw: trimmed,
            start: points.at(first),
            end: points.at(last),
            gap: input.slice(start, first),
            markup: true,
          });
          if (last > lastEnd) lastEnd = last;
        }
        at = end < to ? end : -1;
      }
    };
    lines.forEach((line, index) => {
      out.push(line);
      const next = lines[index + 1];
      skipped(line.end.offset, next === undefined ? span.end.offset : next.start.offset);
    });
    return out;
  }

  /**
   * A block whose text starts on a later source line than the block (`[![logo](…)` /
   * `Hugging Face](/)`: a link whose first line holds only an image): that first line
   * is markup of its own, so it is accounted for as chrome, not left in a gap.
   */
  function withLeadingMarkup(lines: ContentLine[], span: Span): ContentLine[] {
    const [head] = lines;
    if (head === undefined || head.start.offset <= span.start.offset) return lines;
    const lead = input.slice(span.start.offset, head.start.offset);
    const cut = lead.lastIndexOf('\n');
    const raw = cut === -1 ? '' : lead.slice(0, cut).trimEnd();
    if (raw.trim() === '') return lines;
    const end = span.start.offset + raw.length;
    const gapBefore = (head.gap ?? '').slice(0, Math.max(0, (head.gap ?? '').length - lead.length));
    const line: ContentLine = {
      text: raw.trim(),
      raw,
      start: span.start,
      end: points.at(end),
      gap: gapBefore,
      markup: true,
    };
    return [line, { ...head, gap: input.slice(end, head.start.offset) }, ...lines.slice(1)];
  }

  function markup(span: Span): void {
    const raw = input.slice(span.start.offset, span.end.offset);
    out({ text: raw.trim(), raw, start: span.start, end: span.end, gap: gap(span), markup: true });
  }

  function inline(nodes: readonly PhrasingContent[], span: Span): ContentLine[] {
    const text = new LineText(input, points);
    appendInline(text, nodes, context);
    return linesOf(text, span);
  }

  function block(node: RootContent, depth: number): void {
    const span = spanOf(node);
    if (span === undefined || span.start.offset < lowering.skipBefore) return;
    switch (node.type) {
      case 'heading': {
        if (input.charCodeAt(span.start.offset) !== 0x23) {
          // A setext heading: a scraper never writes one; a stray `-` or `=` line made it.
          // Its text is a paragraph's; the underline, a line of its own, is markup.
          paragraph({ type: 'paragraph', children: node.children }, span);
          const underline = input.lastIndexOf('\n', span.end.offset - 1) + 1;
          if (underline > span.start.offset && underline >= lastEnd) {
            markup({ start: points.at(underline), end: span.end });
          }
          return;
        }
        const [line] = inline(node.children, span);
        if (line === undefined) markup(span);
        else {
          const held = { ...line, heading: node.depth };
          const delta = inlineDelta(node.children, definitions);
          if (delta !== 0) inlineWidth.set(held, delta);
          out(held);
        }
        return;
      }
      case 'paragraph':
        paragraph(node, span);
        return;
      case 'list':
        for (const item of node.children) {
          const itemSpan = spanOf(item);
          const [first] = item.children;
          const firstSpan = first === undefined ? undefined : spanOf(first);
          if (item.children.length === 0) {
            if (itemSpan !== undefined) markup(itemSpan);
          } else if (itemSpan !== undefined && firstSpan !== undefined) {
            // A marker alone on its line (`*` over a nested list): the bullet is markup.
            const marker = input.slice(itemSpan.start.offset, firstSpan.start.offset);
            const cut = marker.indexOf('\n');
            if (cut !== -1 && marker.slice(0, cut).trim() !== '') {
              markup({
                start: itemSpan.start,
                end: points.at(itemSpan.start.offset + marker.slice(0, cut).trimEnd().length),
              });
            }
          }
          for (const child of item.children) block(child, depth + 1);
        }
        return;
      case 'blockquote':
        for (const child of node.children) block(child, depth + 1);
        return;
      case 'html':
        html(node.value, span);
        return;
      case 'code':
        code(span);
        return;
      case 'table':
        // Each row a line of its cells' text.
        for (const row of node.children) {
          const rowSpan = spanOf(row);
          if (rowSpan === undefined) continue;
          const text = new LineText(input, points);
          row.children.forEach((cell, index) => {
            if (index > 0) text.space(context.offsetOf(cell.children[0] ?? (cell as never), false));
            appendInline(text, cell.children, context);
          });
          for (const line of linesOf(text, rowSpan)) out(line);
        }
        return;
      default:
        // Definitions, thematic breaks, tables and anything else: markup.
        markup(span);
    }
  }

  /**
   * An HTML block. CommonMark ends one only at a blank line, so an exporter's
   * `<article class="…">` line swallows the Markdown lines after it: those are read
   * as Markdown again, the tag lines as HTML.
   */
  function html(value: string, span: Span): void {
    const markdownAt = markdownAfterTags(value);
    const htmlEnd = markdownAt === undefined ? span.end : points.at(span.start.offset + markdownAt);
    const htmlSpan = { start: span.start, end: htmlEnd };
    const text = new LineText(input, points);
    const source = markdownAt === undefined ? value : value.slice(0, markdownAt);
    const lines = appendHtml(text, source, span.start.offset) ? linesOf(text, htmlSpan) : [];
    for (const line of lines) out(line);
    // Tags with no text (`</div>`, an `<article …>` line before Markdown): markup.
    if (lines.length === 0 && source.trim().length > 0) {
      markup({ start: span.start, end: points.at(span.start.offset + source.trimEnd().length) });
    }
    if (markdownAt === undefined) return;
    const from = span.start.offset + markdownAt;
    const tree = parseMarkdown(input.slice(from, span.end.offset));
    const inner = createPointMapper(input, points.at(from));
    lowerMarkdown(tree, {
      input,
      points: inner,
      skipBefore: from,
      emit: (line) => out(line),
      ...(lowering.citations === true ? { citations: true } : {}),
    });
  }

  function paragraph(node: Paragraph, span: Span): void {
    if (node.children.every(isMarkupOnly)) {
      markup(span);
      return;
    }
    const lines = inline(node.children, span);
    const [first] = lines;
    if (first === undefined) {
      markup(span);
      return;
    }
    const held = heading;
    if (held !== undefined && wrappedHeadingTail(held, first, lines.length)) {
      // `### The Other Half of … with Trained` / `Routing Prediction`: html2text wraps
      // every line at 78 columns, headings too, and starts no indentation.
      heading = undefined;
      emit(joinHeading(held, first));
      return;
    }
    if (
      held !== undefined &&
      first.start.line === held.end.line + 1 &&
      first.start.column > 1 &&
      // Indented by blanks (a quote's `>` is not a wrapped heading's indentation).
      input.slice(first.start.offset - first.start.column + 1, first.start.offset).trim() === '' &&
      first.links === undefined &&
      held.links === undefined &&
      // `### [Efficient … with` / `  PagedAttention](…)`: the link's end, which the
      // broken-link mender joins (as text, the title would hold the link's syntax).
      !closesLink(held, first, resolve)
    ) {
      // `### A long title for` / `  Efficient Access`: the scraper wrapped the heading.
      heading = undefined;
      emit(joinHeading(held, first));
      for (const line of lines.slice(1)) out({ ...line, continues: false });
      return;
    }
    for (const line of lines) out(line);
  }

  /** A fenced or indented code block: its lines, as plain lines. */
  function code(span: Span): void {
    const raw = input.slice(span.start.offset, span.end.offset);
    let offset = span.start.offset;
    for (const piece of raw.split(/\r\n|\r|\n/)) {
      const trimmed = piece.trim();
      if (trimmed.length > 0) {
        const from = offset + piece.indexOf(trimmed);
        const start = points.at(from);
        const lineSpan = { start, end: points.at(from + trimmed.length) };
        out({
          text: trimmed,
          raw: trimmed,
          ...lineSpan,
          gap: gap(lineSpan),
          ...(trimmed.startsWith('```') || trimmed.startsWith('~~~') ? { markup: true } : {}),
        });
      }
      offset += piece.length + 1;
      if (input.charCodeAt(offset - 1) === 0x0d && input.charCodeAt(offset) === 0x0a) offset++;
    }
  }

  /**
   * Whether a paragraph of one line right under a long heading is the heading's own
   * tail, wrapped by a converter that wraps at a width (html2text's 78 columns) with no
   * indentation: a few words with no link, no label's colon and no sentence's end.
   */
  function wrappedHeadingTail(held: ContentLine, first: ContentLine, count: number): boolean {
    if (count !== 1 || first.start.line !== held.end.line + 1 || first.start.column !== 1) {
      return false;
    }
    // The heading's source line filled the width: its next word would not have fit. With
    // references, the line as written or as it reads with its links inline may have.
    const width = held.end.offset - (held.start.offset - held.start.column + 1);
    const word = first.text.indexOf(' ');
    const next = word === -1 ? first.text.length : word;
    const filled = (at: number): boolean =>
      at >= WRAPPED_HEADING && at < WRAP_WIDTH + 2 && at + 1 + next > WRAP_WIDTH;
    const delta = inlineWidth.get(held) ?? 0;
    return (
      (filled(width) || (delta !== 0 && filled(width + delta))) &&
      first.links === undefined &&
      first.text.length <= 80 &&
      TAIL.test(first.text) &&
      !CARD_LINE.test(first.text) &&
      !closesLink(held, first, resolve)
    );
  }

  /** A heading and the indented line that continues it, as one heading line. */
  function joinHeading(held: ContentLine, next: ContentLine): ContentLine {
    // A word the wrap broke after its hyphen (`Audio-` / `Video`) joins without a space.
    const glue = endsWithHyphen(held.text, next.text) ? '' : ' ';
    const split = held.text.length + glue.length;
    const heldOffset = held.offsetAt;
    const nextOffset = next.offsetAt;
    return {
      ...held,
      text: `${held.text}${glue}${next.text}`,
      raw: input.slice(held.start.offset, next.end.offset),
      end: next.end,
      offsetAt: (index) =>
        index < held.text.length
          ? (heldOffset?.(index) ?? held.start.offset + index)
          : index < split
            ? held.end.offset
            : (nextOffset?.(index - split) ?? next.start.offset + index - split),
    };
  }

  const blocks = root.children;
  for (let at = 0; at < blocks.length; at++) {
    // A clipper's callout (Notion's `<aside>` / `💡 Clipped for …` / `</aside>`, a
    // `> [!note]` quote): the user's note, no part of the page: markup, block by block.
    const end = calloutEnd(blocks, at);
    if (end === undefined) {
      block(blocks[at] as RootContent, 0);
      continue;
    }
    const last = end === -1 ? at : end;
    for (; at <= last; at++) {
      const span = spanOf(blocks[at] as RootContent);
      if (span !== undefined && span.start.offset >= lowering.skipBefore) markup(span);
    }
    at = last;
  }
  if (heading !== undefined) emit(heading);
}

/** Elements whose content HTML never parses as markup. */
const RAW_TEXT = new Set(['script', 'style', 'pre', 'textarea', 'title']);

/**
 * Where Markdown starts in an HTML block: the first line after a tag line that is not
 * itself a tag line, or `undefined`.
 */
function markdownAfterTags(value: string): number | undefined {
  const lower = value.toLowerCase();
  let opened = false;
  let at = 0;
  while (at < value.length) {
    let end = value.indexOf('\n', at);
    if (end === -1) end = value.length;
    const line = value.slice(at, end);
    const trimmed = line.trim();
    if (trimmed.length > 0) {
      if (!TAG_LINE.test(trimmed)) {
        return opened && at > 0 ? at + line.indexOf(trimmed) : undefined;
      }
      for (const match of trimmed.matchAll(OPEN_TAG)) {
        const name = (match[1] ?? '').toLowerCase();
        if (RAW_TEXT.has(name)) return undefined;
        // Open when no closing tag follows it in the block.
        if (lower.indexOf(`</${name}`, at + (match.index ?? 0)) === -1) opened = true;
      }
    }
    at = end + 1;
  }
  return undefined;
}

/** A line of tags only (`</article>`, `<article class="…">`). */
const TAG_LINE = /^(?:<\/?[A-Za-z][^<>]{0,2000}>\s*){1,20}$/;
const OPEN_TAG = /<([A-Za-z][\w-]{0,30})[\s>]/g;

/** Inline nodes that are markup only: tags and the blanks between them. */
function isMarkupOnly(node: PhrasingContent): boolean {
  if (node.type === 'html') return true;
  return node.type === 'text' && node.value.trim().length === 0;
}
