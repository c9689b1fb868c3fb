/**
 * Walk an mdast tree once, top-level blocks in order, and turn each into a card event.
 * No block is parsed twice; only short blocks are turned into text to classify them.
 *
 * @module
 */
import type {
  BlockContent,
  Heading,
  Link,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
} from 'mdast';
import { parseDateLine } from '../../grammar/date-line.js';
import { isFooterSeparator } from '../../grammar/footer-separator.js';
import { hasLetter, looksLikeTitle } from '../../grammar/title.js';
import { collapseWhitespace, isSpace } from '../../lines/whitespace.js';
import type { Point } from '../../schema.js';
import type { CardEvent } from '../cards/events.js';
import { FieldBuilder } from '../cards/field.js';
import { readAuthors, readPublishedOn } from '../cards/lines.js';
import { linkEvent } from '../cards/link-event.js';
import type { PointMapper } from '../cards/points.js';
import { isCodeUrl, readLinkTarget } from '../cards/urls.js';
import { isMarkdownChrome } from './chrome.js';
import { appendInline, hasImage, inlineText } from './inline.js';

/** What the walk needs. */
export interface MarkdownWalk {
  /** The whole input the user gave. */
  readonly input: string;
  /** Tree points → input points. */
  readonly points: PointMapper;
  /** Input offset before which blocks are front matter (already reported). */
  readonly skipBefore: number;
  readonly emit: (event: CardEvent) => void;
}

/** Text this short is classified; longer blocks are abstracts or unknown. */
const SHORT = 200;
const BROKEN_LINK_TAIL = /^([^\]]{0,80})\]\((\S{1,2000})\)$/;

interface Span {
  readonly start: Point;
  readonly end: Point;
}

/** A heading without a link, held until the next block says whether it continues. */
interface PendingHeading {
  readonly node: Heading;
  readonly builder: FieldBuilder & { span: Span };
  readonly start: Point;
  end: Point;
}

/**
 * Emit the events of every block of `root`.
 *
 * @example
 * ```ts
 * walkMarkdown(fromMarkdown(text), { input: text, points, skipBefore: 0, emit });
 * ```
 */
export function walkMarkdown(root: Root, walk: MarkdownWalk): void {
  const { points, emit, input } = walk;
  let previousTitle: PendingHeading | undefined;
  let afterSubmittedBy = false;
  let lastWasTitle = false;
  // Tree offsets count from the parsed text's start, which is `base` in the input.
  const base = points.fromUnist({ line: 1, column: 1, offset: 0 }).offset;
  const sourceAt = (treeOffset: number): number => {
    const at = base + treeOffset;
    return at < input.length ? input.charCodeAt(at) : -1;
  };

  const spanOf = (node: { position?: Root['position'] }): Span | undefined => {
    const position = node.position;
    if (position === undefined) return undefined;
    return { start: points.fromUnist(position.start), end: points.fromUnist(position.end) };
  };
  const offsetOf = (node: PhrasingContent, end: boolean): number => {
    const position = node.position;
    if (position === undefined) return 0;
    return points.fromUnist(end ? position.end : position.start).offset;
  };

  function field(nodes: readonly PhrasingContent[], fallback: Span): FieldBuilder & { span: Span } {
    const builder = new FieldBuilder(input) as FieldBuilder & { span: Span };
    appendInline(builder, nodes, offsetOf);
    const first = nodes[0]?.position;
    const last = nodes[nodes.length - 1]?.position;
    builder.span =
      first === undefined || last === undefined
        ? fallback
        : { start: points.fromUnist(first.start), end: points.fromUnist(last.end) };
    return builder;
  }

  function block(node: RootContent | BlockContent, inList: boolean): void {
    const span = spanOf(node);
    if (span === undefined || span.start.offset < walk.skipBefore) return;
    if (
      node.type === 'paragraph' &&
      previousTitle !== undefined &&
      continuesTitle(node, previousTitle)
    ) {
      titleContinuation(node, span);
      return;
    }
    flushTitle();
    const afterTitle = lastWasTitle;
    lastWasTitle = false;
    switch (node.type) {
      case 'heading':
        if (input.charCodeAt(span.start.offset) !== 0x23) {
          // A setext heading: a scraper never writes one; a stray `-` or `=` line made it.
          paragraph(
            { type: 'paragraph', children: node.children, position: node.position },
            span,
            inList,
            afterTitle,
          );
          return;
        }
        heading(node, span);
        return;
      case 'paragraph':
        paragraph(node, span, inList, afterTitle);
        return;
      case 'list':
        for (const item of node.children) {
          if (item.children.length === 0) {
            const itemSpan = spanOf(item);
            if (itemSpan) emit({ kind: 'syntax', ...itemSpan });
          }
          for (const child of item.children) block(child, true);
        }
        flushTitle();
        return;
      case 'blockquote':
        for (const child of node.children) block(child, inList);
        return;
      case 'definition':
        emit({ kind: 'chrome', text: input.slice(span.start.offset, span.end.offset), ...span });
        return;
      default:
        emit({
          kind: 'unknown',
          code: 'unknown-block',
          text: input.slice(span.start.offset, Math.min(span.end.offset, span.start.offset + 80)),
          ...span,
        });
    }
  }

  function heading(node: Heading, span: Span): void {
    const children = meaningful(node.children);
    const only = children.length === 1 ? children[0] : undefined;
    const text = inlineText(node.children, SHORT);
    if (text !== undefined && isMarkdownChrome(collapseWhitespace(text))) {
      emit({ kind: 'chrome', text: collapseWhitespace(text), ...span });
      return;
    }
    if (only?.type === 'link') {
      const target = readLinkTarget(only.url);
      const built = field(only.children, span);
      const arxivId = 'arxivId' in target ? target.arxivId : undefined;
      emit({
        kind: 'title',
        field: built.finish(built.span.start, built.span.end),
        ...(arxivId === undefined ? {} : { arxivId }),
        ...(target.kind === 'paper' ? { url: target.url } : {}),
        ...span,
      });
      lastWasTitle = true;
      return;
    }
    // Three words or a colon, as the plain-text grammar asks of a lone title line, so
    // that a stray `### [a` is no paper.
    if (node.depth >= 2 && text !== undefined && looksLikeTitle(collapseWhitespace(text))) {
      // A heading without a link: the Trending page as some scrapers keep it, or a
      // link cut off before its `](` (its `[` is syntax, not title).
      previousTitle = { node, builder: field(withoutOpenBracket(node.children), span), ...span };
      return;
    }
    emit({ kind: 'unknown', code: 'unknown-block', text: text ?? '', ...span });
  }

  function paragraph(node: Paragraph, span: Span, inList: boolean, afterTitle: boolean): void {
    const text = inlineText(node.children, SHORT);
    const collapsed = text === undefined ? undefined : collapseWhitespace(text);
    if (collapsed !== undefined && span.start.line !== span.end.line) {
      // Lines a scraper wrote without blank lines between (`- 3 authors` then a link,
      // `Submitted by` then a name) are one paragraph; read them line by line when
      // any line is something on its own (the others become diagnostics).
      const lines = afterTitle ? [] : splitLines(node.children, sourceAt);
      if (lines.length > 1) {
        const submitted = afterSubmittedBy;
        const events = lines.map((line) => paragraphEvent(line, lineSpan(line, span), inList));
        if (events.some((event) => event.kind !== 'unknown')) {
          for (const event of events) emit(event);
          return;
        }
        afterSubmittedBy = submitted;
      }
    }
    const event = paragraphEvent(node.children, span, inList);
    if (
      event.kind === 'unknown' &&
      afterTitle &&
      (collapsed === undefined || hasLetter(collapsed))
    ) {
      // Plain text right after a title: the summary of a card kept without links.
      const built = field(node.children, span);
      emit({ kind: 'abstract', field: built.finish(built.span.start, built.span.end), ...span });
      return;
    }
    emit(event);
  }

  /** One event for a paragraph's inline content (or one line of it). */
  function paragraphEvent(
    nodes: readonly PhrasingContent[],
    span: Span,
    inList: boolean,
  ): CardEvent {
    const submitter = afterSubmittedBy;
    afterSubmittedBy = false;
    const text = inlineText(nodes, SHORT);
    const collapsed = text === undefined ? undefined : collapseWhitespace(text);
    if (
      submitter &&
      collapsed !== undefined &&
      collapsed.length <= 40 &&
      !collapsed.includes(' ')
    ) {
      // The user name after `Submitted by` (Trending page).
      return { kind: 'chrome', text: collapsed, ...span };
    }
    const children = meaningful(nodes);
    const only = children.length === 1 ? children[0] : undefined;
    if (only?.type === 'link') return linkBlock(only, span, inList);
    if (collapsed === undefined) {
      return { kind: 'unknown', code: 'unknown-block', text: excerpt(span), ...span };
    }
    afterSubmittedBy = collapsed === 'Submitted by';
    return shortBlock(collapsed, children, span, inList);
  }

  /** The range of one line of a paragraph. */
  function lineSpan(nodes: readonly PhrasingContent[], fallback: Span): Span {
    const first = nodes[0]?.position;
    const last = nodes[nodes.length - 1]?.position;
    if (first === undefined || last === undefined) return fallback;
    return { start: points.fromUnist(first.start), end: points.fromUnist(last.end) };
  }

  function linkBlock(link: Link, span: Span, inList: boolean): CardEvent {
    const text = inlineText(link.children, SHORT);
    const collapsed = text === undefined ? undefined : collapseWhitespace(text);
    if (collapsed !== undefined && isMarkdownChrome(collapsed)) {
      return { kind: 'chrome', text: collapsed, ...span };
    }
    if (collapsed !== undefined) {
      const event = linkEvent(collapsed, link.url, hasImage(link.children), span, inList);
      if (event !== undefined) return event;
    }
    const target = readLinkTarget(link.url);
    if (target.kind === 'paper') {
      const built = field(link.children, span);
      return {
        kind: 'abstract',
        field: built.finish(built.span.start, built.span.end),
        arxivId: target.arxivId,
        ...span,
      };
    }
    return { kind: 'unknown', code: 'unknown-block', text: excerpt(span), ...span };
  }

  /** A short paragraph that is not one link. */
  function shortBlock(
    text: string,
    children: readonly PhrasingContent[],
    span: Span,
    inList: boolean,
  ): CardEvent {
    if (isFooterSeparator(text)) return { kind: 'separator', ...span };
    if (isMarkdownChrome(text) || text.startsWith('Submitted by')) {
      return { kind: 'chrome', text, ...span };
    }
    const publishedOn = readPublishedOn(text);
    if (publishedOn !== undefined)
      return { kind: 'date', date: publishedOn, text, publishedOn: true, ...span };
    const date = parseDateLine(text);
    if (date !== undefined) return { kind: 'date', date, text, ...span };
    const authors = readAuthors(inList ? `- ${text}` : text);
    if (authors !== undefined) return { kind: 'authors', count: authors, ...span };
    const links = children.filter((child): child is Link => child.type === 'link');
    if (links.length > 0 && links.length === children.length) {
      // `[GitHub 131](…) [arXiv Page](…)`: the Trending page's code links.
      let url: string | undefined;
      let arxivId: string | undefined;
      for (const link of links) {
        const target = readLinkTarget(link.url);
        if (target.kind === 'arxiv' || target.kind === 'paper') arxivId ??= target.arxivId;
        else if (isCodeUrl(link.url)) url ??= link.url;
      }
      if (url !== undefined || arxivId !== undefined) {
        return { kind: 'code', ...(url === undefined ? {} : { url }), ...withId(arxivId), ...span };
      }
    }
    // A link the scraper broke over blank lines or list items: `[Upvote` … `117](…)`.
    if (text.startsWith('[') && !text.includes('](') && text.length <= 40) {
      return { kind: 'syntax', ...span };
    }
    const tail = text.length <= SHORT ? BROKEN_LINK_TAIL.exec(text) : null;
    if (tail !== null) {
      const event = linkEvent((tail[1] ?? '').trim(), tail[2] ?? '', false, span, inList);
      if (event !== undefined) return event;
    }
    if (children.length > 0 && children.every(isAvatarPiece)) return { kind: 'syntax', ...span };
    return { kind: 'unknown', code: 'unknown-block', text, ...span };
  }

  function continuesTitle(node: Paragraph, title: PendingHeading): boolean {
    const start = node.position?.start;
    const end = title.node.position?.end;
    return (
      start !== undefined && end !== undefined && start.line === end.line + 1 && start.column > 1
    );
  }

  /** Emit a linkless heading's title, now that the next block is known. */
  function flushTitle(): void {
    if (previousTitle === undefined) return;
    const { builder, start, end } = previousTitle;
    previousTitle = undefined;
    emit({ kind: 'title', field: builder.finish(builder.span.start, end), start, end });
    lastWasTitle = true;
  }

  /** `### Long title` then `  continued` (and maybe the summary right after). */
  function titleContinuation(node: Paragraph, span: Span): void {
    const title = previousTitle;
    if (title === undefined) return;
    const first = node.children[0];
    const from = first === undefined ? span.start.offset : offsetOf(first, false);
    const lineEnd = first?.type === 'text' ? first.value.indexOf('\n') : -1;
    title.builder.appendVirtual(' ', from);
    if (first?.type !== 'text' || lineEnd === -1) {
      appendInline(title.builder, node.children, offsetOf);
      title.end = span.end;
      flushTitle();
      return;
    }
    const sourceEnd = lineEndAfter(input, from);
    title.builder.appendAligned(first.value.slice(0, lineEnd), from, sourceEnd);
    title.end = points.at(sourceEnd);
    flushTitle();
    let next = sourceEnd;
    while (next < input.length && isSpace(input.charCodeAt(next))) next++;
    const rest = new FieldBuilder(input);
    rest.appendAligned(first.value.slice(lineEnd + 1), next, offsetOf(first, true));
    appendInline(rest, node.children.slice(1), offsetOf);
    const restStart = points.at(next);
    emit({
      kind: 'abstract',
      field: rest.finish(restStart, span.end),
      start: restStart,
      end: span.end,
    });
  }

  function excerpt(span: Span): string {
    return input.slice(span.start.offset, Math.min(span.end.offset, span.start.offset + 80));
  }

  for (const node of root.children) block(node, false);
  flushTitle();
}

function withId(arxivId: string | undefined): { arxivId?: string } {
  return arxivId === undefined ? {} : { arxivId };
}

const LINE_ENDING = /[\r\n]/;
const LINE_ENDINGS = /\r\n|\r|\n/;

/**
 * Split inline content at its line endings. A text node holding a line ending is cut
 * in two; each piece's start is found in the source (after the line ending and the
 * indentation the value dropped), its end counted from the value: exact for the short,
 * escape-free lines this is used on, and never past the line's end otherwise.
 */
function splitLines(
  nodes: readonly PhrasingContent[],
  source: (treeOffset: number) => number,
): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const node of nodes) {
    const current = lines[lines.length - 1] ?? [];
    if (node.type !== 'text' || !LINE_ENDING.test(node.value) || node.position === undefined) {
      current.push(node);
      continue;
    }
    const start = node.position.start;
    let line = start.line;
    let column = start.column;
    let offset = start.offset ?? 0;
    node.value.split(LINE_ENDINGS).forEach((piece, index) => {
      if (index > 0) {
        // Past the source's line ending, then its indentation.
        while (source(offset) !== 0x0a && source(offset) !== 0x0d && source(offset) !== -1)
          offset++;
        if (source(offset) === 0x0d) offset++;
        if (source(offset) === 0x0a) offset++;
        line++;
        column = 1;
        while (source(offset) === 0x20 || source(offset) === 0x09) {
          offset++;
          column++;
        }
        lines.push([]);
      }
      if (piece.trim().length > 0) {
        lines[lines.length - 1]?.push({
          type: 'text',
          value: piece,
          position: {
            start: { line, column, offset },
            end: { line, column: column + piece.length, offset: offset + piece.length },
          },
        });
      }
      column += piece.length;
      offset += piece.length;
    });
  }
  return lines.filter((line) => line.length > 0);
}

/**
 * Drop the syntax of a link that never closed: `### [Title cut` → `Title cut`,
 * `### [Title](https://hug` → `Title`.
 */
function withoutOpenBracket(nodes: PhrasingContent[]): PhrasingContent[] {
  const first = nodes[0];
  if (first?.type !== 'text' || !first.value.startsWith('[') || first.position === undefined) {
    return nodes;
  }
  const { start, end } = first.position;
  const shifted = {
    line: start.line,
    column: start.column + 1,
    offset: (start.offset ?? 0) + 1,
  };
  // A cut inside the destination leaves `Title](https://…`: the title ends at `](`.
  let destination = nodes.length === 1 ? first.value.indexOf('](') : -1;
  if (destination === -1 && nodes.length === 1 && first.value.endsWith(']')) {
    destination = first.value.length - 1;
  }
  const value = destination === -1 ? first.value.slice(1) : first.value.slice(1, destination);
  const cutEnd =
    destination === -1
      ? end
      : {
          line: start.line,
          column: start.column + destination,
          offset: (start.offset ?? 0) + destination,
        };
  return [{ type: 'text', value, position: { start: shifted, end: cutEnd } }, ...nodes.slice(1)];
}

/** Children without whitespace-only text between them. */
function meaningful(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  return nodes.filter((node) => node.type !== 'text' || node.value.trim().length > 0);
}

/** Avatar list pieces: images and the `\\` the scraper left after them. */
function isAvatarPiece(node: PhrasingContent): boolean {
  if (node.type === 'image') return true;
  if (node.type !== 'text') return false;
  for (let i = 0; i < node.value.length; i++) {
    const code = node.value.charCodeAt(i);
    if (code !== 0x5c && code !== 0x20 && code !== 0x0a && code !== 0x5b && code !== 0x2d)
      return false;
  }
  return true;
}

function lineEndAfter(input: string, from: number): number {
  let end = from;
  while (end < input.length && input[end] !== '\n' && input[end] !== '\r') end++;
  return end;
}
