/**
 * Text gathered from markup into content lines: characters with their input offsets,
 * links by the text they cover, and the places where a line ends. Markdown inline
 * content and HTML blocks both write into one of these; `lines()` cuts it into the
 * content lines the card grammar reads.
 *
 * @module
 */
import type { ContentLine, LineLink } from '../grammar/content-line.js';
import { FieldBuilder } from '../lines/field-builder.js';
import type { PointMapper } from '../lines/points.js';
import { isSpace } from '../lines/whitespace.js';
import type { Point } from '../schema.js';

/** A link being written: where its text started. */
export interface OpenLink {
  readonly url: string;
  readonly from: number;
  image: boolean;
}

/**
 * Accumulates a block's text, links and line ends.
 *
 * @example
 * ```ts
 * const text = new LineText(input, points);
 * text.append('Submitted by', 0, 12);
 * text.lineEnd(12);
 * text.append('akhaliq', 13, 20);
 * text.lines({ start, end }); // two content lines, the second continuing the first
 * ```
 */
export class LineText {
  private readonly builder: FieldBuilder;
  private readonly links: LineLink[] = [];
  /** Text indices where a line ends (the character there is a break, not text). */
  private readonly ends: number[] = [];
  /** Where each image stands in the text. */
  private readonly images: number[] = [];
  /** Text ranges a heading covers, with its depth. */
  private readonly headings: { from: number; to: number; depth: number }[] = [];

  constructor(
    private readonly input: string,
    private readonly points: PointMapper,
  ) {
    this.builder = new FieldBuilder(input);
  }

  /** Characters so far. */
  get length(): number {
    return this.builder.length;
  }

  /**
   * Append `value` (unescaped) whose source is `input[from, to)`. With `split`, each
   * line ending in it ends a content line.
   *
   * @example
   * ```ts
   * text.append('a\nb', 10, 13, true); // two lines: 'a', 'b'
   * ```
   */
  append(value: string, from: number, to: number, split = false): void {
    const before = this.builder.length;
    const kept = this.builder.appendAligned(value, from, to);
    if (!split) return;
    // In order (consumers walk the ends sorted): LF, CRLF (at its LF) and a lone CR.
    for (let i = 0; i < kept.length; i++) {
      const code = kept.charCodeAt(i);
      if (code === 0x0a || (code === 0x0d && kept.charCodeAt(i + 1) !== 0x0a)) {
        this.ends.push(before + i);
      }
    }
  }

  /**
   * End the current line at input offset `at` (a hard break, `<br>`, a block element).
   *
   * @example
   * ```ts
   * text.lineEnd(42);
   * ```
   */
  lineEnd(at: number): void {
    this.ends.push(this.builder.length);
    this.builder.appendVirtual('\n', at);
  }

  /**
   * A space with no source of its own (a line ending inside a link).
   *
   * @example
   * ```ts
   * text.space(42);
   * ```
   */
  space(at: number): void {
    this.builder.appendVirtual(' ', at);
  }

  /**
   * Start a link here.
   *
   * @example
   * ```ts
   * const link = text.openLink('https://huggingface.co/papers/2606.00683');
   * ```
   */
  openLink(url: string): OpenLink {
    return { url, from: this.builder.length, image: false };
  }

  /**
   * End a link started with {@link openLink}.
   *
   * @example
   * ```ts
   * text.closeLink(link);
   * ```
   */
  closeLink(link: OpenLink): void {
    this.links.push({
      url: link.url,
      from: link.from,
      to: this.builder.length,
      ...(link.image ? { image: true } : {}),
    });
  }

  /**
   * Mark the text written from `from` to now as a heading of `depth` (`<h3>`).
   *
   * @example
   * ```ts
   * const from = text.length; …; text.heading(3, from);
   * ```
   */
  heading(depth: number, from: number): void {
    if (this.builder.length > from) this.headings.push({ from, to: this.builder.length, depth });
  }

  /**
   * An image: no text, but the line and the link it is in hold one.
   *
   * @example
   * ```ts
   * text.image(link);
   * ```
   */
  image(link: OpenLink | undefined): void {
    this.images.push(this.builder.length);
    if (link !== undefined) link.image = true;
  }

  /**
   * Cut the text into content lines. The first starts at `block.start` (so its `raw`
   * holds the block's syntax), the last ends at `block.end`; lines after the first
   * continue it (`continues`), as a paragraph's soft line breaks do.
   *
   * @example
   * ```ts
   * text.lines({ start, end }).map((line) => line.text); // ['Submitted by', 'akhaliq']
   * ```
   */
  lines(block: { readonly start: Point; readonly end: Point }, gapBefore: string): ContentLine[] {
    const field = this.builder.finish(block.start, block.end);
    const text = field.text;
    const offsetAt = field.offsetAt as (index: number) => number;
    const cuts = [...this.ends, text.length];
    const out: ContentLine[] = [];
    let from = 0;
    let previousEnd = block.start.offset;
    for (const cut of cuts) {
      const lineStart = from;
      let a = from;
      let b = cut;
      from = cut + 1;
      while (a < b && isSpace(text.charCodeAt(a))) a++;
      while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
      const links = this.linksIn(a, b, lineStart, cut);
      const images = this.images.filter((at) => at >= lineStart && at <= cut).length;
      // A line of images only (an avatar row, a figure) is kept: markup, but nothing lost.
      if (a === b && links.length === 0 && images === 0) continue;
      const first = out.length === 0;
      const last = cut === text.length;
      // From the first visible character to the last: a title's or an abstract's source
      // is its text, not the `### [` and `](…)` around it.
      const empty = a === b;
      const startOffset = empty ? (first ? block.start.offset : offsetAt(a)) : offsetAt(a);
      const endOffset = empty
        ? last
          ? block.end.offset
          : Math.max(startOffset, offsetAt(cut))
        : Math.max(startOffset, offsetAt(b - 1) + 1);
      const base = a;
      const length = b - a;
      const heading = this.headings.find((range) => range.from <= a && b <= range.to)?.depth;
      const line: ContentLine = {
        text: text.slice(a, b),
        raw: this.input.slice(startOffset, endOffset),
        start: startOffset === block.start.offset ? block.start : this.points.at(startOffset),
        end: endOffset === block.end.offset ? block.end : this.points.at(endOffset),
        // The block maps an index past its last line's text to the block's end, after
        // markup with no text (an image, a link's `](…)`); the line ends at its text, and
        // so does a slice from there (`[` cut off an image as syntax).
        offsetAt: (index) =>
          index < length ? offsetAt(base + index) : Math.min(offsetAt(base + index), endOffset),
        locate: (offset) => this.points.at(offset),
        // The first line's gap runs to its text: what the block trimmed before it
        // (`\u2028`, a space) is source between too.
        gap: first
          ? gapBefore +
            this.input.slice(block.start.offset, Math.max(block.start.offset, startOffset))
          : this.input.slice(previousEnd, startOffset),
        ...(links.length > 0 ? { links } : {}),
        ...(first ? {} : { continues: true }),
        ...(images > 0 ? { images } : {}),
        ...(heading === undefined ? {} : { heading }),
      };
      previousEnd = endOffset;
      out.push(line);
    }
    return out;
  }

  /** The links inside `[a, b)` of a line `[lineStart, cut)`, shifted to the line. */
  private linksIn(a: number, b: number, lineStart: number, cut: number): LineLink[] {
    const found: LineLink[] = [];
    for (const link of this.links) {
      // A link with no text (an image) anywhere on the line, blanks around it included.
      if (link.from === link.to) {
        if (link.from < lineStart || link.from > cut) continue;
        found.push({ url: link.url, from: 0, to: 0, ...(link.image ? { image: true } : {}) });
        continue;
      }
      if (link.to < a || link.from > cut) continue;
      const from = Math.max(link.from, a) - a;
      const to = Math.min(link.to, b) - a;
      if (to < from) continue;
      found.push(
        link.image ? { url: link.url, from, to, image: true } : { url: link.url, from, to },
      );
    }
    return found;
  }
}
