/**
 * The grammar's input: one content line as a layout lowers it. Every layout (plain
 * text, Markdown, text-browser dumps, bare URLs, rendered HTML) turns its syntax into
 * these and decides nothing about cards; the card grammar reads them all the same way.
 *
 * ```text
 * ### [OCC-RAG: Optimal Cognitive Core](https://huggingface.co/papers/2606.00683)
 *   → { text: 'OCC-RAG: Optimal Cognitive Core', heading: 3,
 *       links: [{ url: 'https://huggingface.co/papers/2606.00683', from: 0, to: 31 }] }
 * ```
 *
 * @module
 */
import type { TextField } from '../lines/text-field.js';
import type { Point } from '../schema.js';

/** A link on a content line, by the range of `text` its visible text covers. */
export interface LineLink {
  /** The link target; `''` when the capture lost it (an unresolved reference). */
  readonly url: string;
  readonly from: number;
  readonly to: number;
  /** The link holds an image (a thumbnail, an avatar). */
  readonly image?: boolean;
}

/**
 * A record while it is built: optional members are set one by one, since an object
 * spread per line (`...(x === undefined ? {} : { x })`) costs a clone each time.
 *
 * @example
 * ```ts
 * const line: Mutable<ContentLine> = { text, raw: text, start, end };
 * if (heading !== undefined) line.heading = heading;
 * ```
 */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** One line of content, trimmed, with its links and source range. */
export interface ContentLine {
  /** The visible text: the exact source for plain text, syntax removed for markup. */
  readonly text: string;
  /** The exact source slice `[start, end)`. */
  readonly raw: string;
  readonly start: Point;
  readonly end: Point;
  /** Index in `text` → input offset; absent when `text` is `raw`. */
  readonly offsetAt?: (index: number) => number;
  /** Input offset → point, for lines whose text spans several source lines. */
  readonly locate?: (offset: number) => Point;
  /** Links, in order, by the text they cover. */
  readonly links?: readonly LineLink[];
  /** Heading depth (Markdown `###`, a text browser's `###`, HTML `<h3>`). */
  readonly heading?: number;
  /**
   * The line continues the previous one's paragraph (a soft line break, or a hard wrap
   * the layout detected), rather than starting a block. `gap` is the source between.
   */
  readonly continues?: boolean;
  readonly gap?: string;
  /** A continued line joins without a space: a hard wrap cut a word here. */
  readonly tight?: boolean;
  /**
   * The line's one link ends a run of lines it is the text of (a bare-URL dump prints a
   * link's text, over as many lines as it takes, then its URL): joined with the lines it
   * continues, the link covers them all.
   */
  readonly linksRun?: boolean;
  /** Images on the line that left no text (avatars, thumbnails, placeholders). */
  readonly images?: number;
  /** Markup with nothing to read: an HTML anchor, a fence, a rule. */
  readonly markup?: boolean;
}

/**
 * A content line for a plain line of text: `text` is the source.
 *
 * @example
 * ```ts
 * plainLine('Mar 11', { line: 9, column: 1, offset: 80 });
 * // { text: 'Mar 11', raw: 'Mar 11', start: …, end: { line: 9, column: 7, offset: 86 } }
 * ```
 */
export function plainLine(text: string, start: Point): ContentLine {
  return {
    text,
    raw: text,
    start,
    end: {
      line: start.line,
      column: start.column + text.length,
      offset: start.offset + text.length,
    },
  };
}

/**
 * `line` narrowed to `field` (a slice of its own text): the field's text, source, range
 * and offset map, the line's other members kept.
 *
 * @example
 * ```ts
 * withField(line, sliceField(fieldOf(line), 0, 9, locate)); // the line's first 9 characters
 * ```
 */
export function withField(line: ContentLine, field: TextField): Mutable<ContentLine> {
  const out: Mutable<ContentLine> = {
    ...line,
    text: field.text,
    raw: field.raw,
    start: field.start,
    end: field.end,
  };
  if (field.offsetAt === undefined) delete out.offsetAt;
  else out.offsetAt = field.offsetAt;
  return out;
}
