/**
 * Build a `TextField` from pieces of source, remembering where every character of
 * the cleaned text came from, so normalization fixes point into the user's file.
 *
 * @module
 */

import type { Point } from '../schema.js';
import type { TextField } from './text-field.js';
import { isInlineSpace, isSpace } from './whitespace.js';

/**
 * Accumulates text and, per character, its input offset.
 *
 * @example
 * ```ts
 * const builder = new FieldBuilder(input);
 * builder.appendAligned('a_b', 10, 14); // source 'a\_b' at [10, 14)
 * builder.finish(start, end).offsetAt?.(2); // 13
 * ```
 */
export class FieldBuilder {
  private readonly parts: string[] = [];
  private readonly offsets: number[] = [];

  constructor(private readonly input: string) {}

  /** Characters so far. */
  get length(): number {
    return this.offsets.length;
  }

  /**
   * Append text copied verbatim from `input[from, from + text.length)`.
   *
   * @example
   * ```ts
   * builder.appendSource(42, 'Title'); // maps 'T' → 42, 'i' → 43 …
   * ```
   */
  appendSource(from: number, text: string): void {
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.offsets.push(from + i);
  }

  /**
   * Append a separator that has no source of its own (a space between lines).
   *
   * @example
   * ```ts
   * builder.appendVirtual(' ', 99);
   * ```
   */
  appendVirtual(text: string, at: number): void {
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.offsets.push(at);
  }

  /**
   * Append an unescaped `value` whose source is `input[from, to)`, aligning the two, and
   * return what was kept:
   * backslash escapes, character references and stripped line indentation are
   * skipped in the source. Markdown artifacts are dropped on the way: a backslash
   * before whitespace or at the end (`Engage\  with`, arXiv's `\\` line ends). A TAB
   * or NBSP is kept as a plain space.
   *
   * @example
   * ```ts
   * // source 'x\\_y\\\nz' (a Markdown text node) → value 'x_y\\\nz' → appended 'x_y\nz'
   * ```
   */
  appendAligned(value: string, from: number, to: number): string {
    const input = this.input;
    let i = from;
    let kept = '';
    for (let j = 0; j < value.length; j++) {
      const code = value.charCodeAt(j);
      if (code === 0x5c && (j + 1 === value.length || isSpace(value.charCodeAt(j + 1)))) {
        // A backslash before whitespace: Markdown's hard-break or escaped-space artifact.
        if (input.charCodeAt(i) === 0x5c) i++;
        if (input.charCodeAt(i) === 0x5c) i++;
        continue;
      }
      i = this.locate(value, j, i, to);
      // A TAB or NBSP is read as a space, as plain text's lines are (`plainSpaces`).
      kept += isInlineSpace(code) ? ' ' : value[j];
      this.offsets.push(i);
      if (i < to) i++;
    }
    this.parts.push(kept);
    return kept;
  }

  /** Find the source index of `value[j]`, starting at `i`. */
  private locate(value: string, j: number, i: number, to: number): number {
    const input = this.input;
    const code = value.charCodeAt(j);
    if (i >= to) return to;
    const at = input.charCodeAt(i);
    if (at === code) return i;
    if (at === 0x5c && input.charCodeAt(i + 1) === code) return i + 1;
    if (isSpace(code) && isSpace(at)) {
      // Soft line break: the value's one space or newline covers the source's run.
      let k = i;
      while (k < to && isSpace(input.charCodeAt(k)) && input.charCodeAt(k) !== code) k++;
      return k < to && input.charCodeAt(k) === code ? k : i;
    }
    if (isSpace(at)) {
      // Indentation the value dropped: skip it.
      let k = i;
      while (k < to && isSpace(input.charCodeAt(k))) k++;
      if (input.charCodeAt(k) === code) return k;
      if (input.charCodeAt(k) === 0x5c && input.charCodeAt(k + 1) === code) return k + 1;
    }
    // A character reference (`&amp;`) or anything else: resynchronize a few characters on.
    const limit = Math.min(to, i + 40);
    for (let k = i + 1; k < limit; k++) {
      if (input.charCodeAt(k) === code && input.charCodeAt(k - 1) === 0x3b) return k;
    }
    return i;
  }

  /**
   * The field. `start`/`end` are the raw source range.
   *
   * @example
   * ```ts
   * builder.finish(start, end); // { raw, text, start, end, offsetAt }
   * ```
   */
  finish(start: Point, end: Point): TextField {
    const text = this.parts.join('');
    const offsets = this.offsets;
    const endOffset = end.offset;
    return {
      raw: this.input.slice(start.offset, end.offset),
      text,
      start,
      end,
      offsetAt: (index) => (index < offsets.length ? (offsets[index] ?? endOffset) : endOffset),
    };
  }
}
