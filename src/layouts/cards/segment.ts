/**
 * Line-based captures (bare URLs, reference links) as segments: a run of text with
 * the link target it was given, if any. One classifier turns a segment into a card
 * event, so both layouts read cards the same way.
 *
 * @module
 */

import { hasLetter, looksLikeTitle } from '../../grammar/title.js';
import { createLineSplitter, pointIn } from '../../lines/split.js';
import { collapseWhitespace, contentEnd, contentStart } from '../../lines/whitespace.js';
import type { Point } from '../../schema.js';
import { isMarkdownChrome } from '../markdown/chrome.js';
import type { CardEvent, Span } from './events.js';
import { FieldBuilder } from './field.js';
import { readUpvotes } from './lines.js';
import { linkEvent } from './link-event.js';
import { readLinkTarget } from './urls.js';

/** A trimmed, non-blank line with its range. */
export interface TextPart {
  readonly text: string;
  readonly start: Point;
  readonly end: Point;
}

/**
 * The trimmed non-blank lines of `input`.
 *
 * @example
 * ```ts
 * contentLines('  a\n\nb').map((line) => line.text); // ['a', 'b']
 * ```
 */
export function contentLines(input: string): TextPart[] {
  const lines: TextPart[] = [];
  const splitter = createLineSplitter((line) => {
    const { text } = line;
    const from = contentStart(text);
    if (from === text.length) return;
    const to = contentEnd(text, from);
    lines.push({
      text: text.slice(from, to),
      start: pointIn(line, from),
      end: pointIn(line, to),
    });
  });
  splitter.push(input);
  splitter.end();
  return lines;
}

/**
 * A part of a line: `text` starts `skip` code units after the line's start.
 *
 * @example
 * ```ts
 * subPart(line, 4, 'Title'); // for '### Title'
 * ```
 */
export function subPart(line: TextPart, skip: number, text: string): TextPart {
  const start = {
    line: line.start.line,
    column: line.start.column + skip,
    offset: line.start.offset + skip,
  };
  return {
    text,
    start,
    end: {
      line: start.line,
      column: start.column + text.length,
      offset: start.offset + text.length,
    },
  };
}

/** Reads segments in order; remembers which paper the last title named. */
export interface SegmentReader {
  /** A run of text parts and the URL it links to (if known). */
  segment(parts: readonly TextPart[], url: string | undefined, heading: boolean): CardEvent;
}

/**
 * Create a segment reader over `input`.
 *
 * @example
 * ```ts
 * const reader = createSegmentReader(input);
 * reader.segment([titleLine], 'https://huggingface.co/papers/2606.00683', false); // title
 * reader.segment(abstractLines, 'https://huggingface.co/papers/2606.00683', false); // abstract
 * ```
 */
export function createSegmentReader(input: string): SegmentReader {
  let titleId: string | undefined;
  let titled = false;
  let abstracted = false;

  function field(parts: readonly TextPart[]): {
    field: ReturnType<FieldBuilder['finish']>;
    span: Span;
  } {
    const builder = new FieldBuilder(input);
    parts.forEach((part, index) => {
      if (index > 0) builder.appendVirtual(' ', part.start.offset);
      builder.appendSource(part.start.offset, part.text);
    });
    const first = parts[0];
    const last = parts[parts.length - 1];
    const span = { start: first?.start ?? ORIGIN, end: last?.end ?? ORIGIN };
    return { field: builder.finish(span.start, span.end), span };
  }

  function title(
    parts: readonly TextPart[],
    span: Span,
    arxivId?: string,
    url?: string,
  ): CardEvent {
    titled = true;
    abstracted = false;
    titleId = arxivId;
    return {
      kind: 'title',
      field: field(parts).field,
      ...(arxivId === undefined ? {} : { arxivId }),
      ...(url === undefined ? {} : { url }),
      ...span,
    };
  }

  function abstract(parts: readonly TextPart[], span: Span, arxivId?: string): CardEvent {
    abstracted = true;
    return {
      kind: 'abstract',
      field: field(parts).field,
      ...(arxivId === undefined ? {} : { arxivId }),
      ...span,
    };
  }

  function chrome(text: string, span: Span): CardEvent {
    // Chrome closes the card: a profile link after it is navigation, not a byline.
    titled = false;
    return { kind: 'chrome', text, ...span };
  }

  return {
    segment(parts, url, heading) {
      const first = parts[0];
      const last = parts[parts.length - 1];
      const span: Span = { start: first?.start ?? ORIGIN, end: last?.end ?? ORIGIN };
      const text = collapseWhitespace(parts.map((part) => part.text).join(' '));
      if (text.length === 0 && url === undefined) return { kind: 'syntax', ...span };
      if (isMarkdownChrome(text)) return chrome(text, span);
      if (url !== undefined) {
        const target = readLinkTarget(url);
        if (target.kind === 'paper' && !heading && text.length > 24) {
          // Long text linking to the paper: the title first, then the abstract.
          if (titled && titleId === target.arxivId && !abstracted) {
            return abstract(parts, span, target.arxivId);
          }
          return title(parts, span, target.arxivId, target.url);
        }
        if (target.kind === 'paper' && heading) {
          return title(parts, span, target.arxivId, target.url);
        }
        if (target.kind === 'profile' && !titled) return chrome(text, span);
        const event = linkEvent(text, url, false, span);
        if (event !== undefined) return event;
        if (target.kind === 'paper' && looksLikeTitle(text)) {
          return title(parts, span, target.arxivId, target.url);
        }
        if (text.length <= 40 && !titled) return chrome(text, span);
        return { kind: 'unknown', code: 'unknown-block', text, ...span };
      }
      if (heading && hasLetter(text)) return title(parts, span);
      const upvotes = text.length <= 12 ? readUpvotes(text) : undefined;
      if (upvotes !== undefined) return { kind: 'upvotes', ...upvotes, ...span };
      if (titled && !abstracted && hasLetter(text)) return abstract(parts, span);
      return { kind: 'unknown', code: 'unknown-block', text, ...span };
    },
  };
}

const ORIGIN: Point = { line: 1, column: 1, offset: 0 };
