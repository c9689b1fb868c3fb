/**
 * A JSON string literal as a text field: its exact source, its decoded value, and
 * where each decoded character came from.
 *
 * @module
 */

import type { Span } from './locate.js';
import { createOffsetMapBuilder, type OffsetMap } from './offset-map.js';
import { escapeEnd } from './syntax.js';

/** A string literal's content. */
export interface Literal {
  /** The source between the quotes, escapes as written. */
  readonly raw: string;
  /** The decoded value. */
  readonly text: string;
  /** Offset of the first code unit after the opening quote. */
  readonly start: number;
  /** Offset of the closing quote. */
  readonly end: number;
  /** Decoded index → offset in the text; absent when no escape changed a length. */
  readonly offsetAt?: OffsetMap;
}

/**
 * Read the literal at `span` (quotes included) of `text`, which `JSON.parse` accepted.
 *
 * @example
 * ```ts
 * const field = readLiteral('{"t":"a\\"b"}', { start: 5, end: 11 });
 * [field.raw, field.text, field.offsetAt?.(2)]; // ['a\\"b', 'a"b', 9]
 * ```
 */
export function readLiteral(text: string, span: Span): Literal {
  const start = span.start + 1;
  const end = span.end - 1;
  const raw = text.slice(start, end);
  if (raw.indexOf('\\') === -1) return { raw, text: raw, start, end };
  const builder = createOffsetMapBuilder(start);
  let decoded = '';
  let from = start;
  let at = text.indexOf('\\', start);
  while (at !== -1 && at < end) {
    builder.copy(from, at - from);
    decoded += text.slice(from, at);
    // JSON.parse accepted the literal, so every escape is valid.
    const next = escapeEnd(text, at, end) ?? at + 2;
    builder.replace(at, next - at, 1);
    decoded += JSON.parse(`"${text.slice(at, next)}"`) as string;
    from = next;
    at = text.indexOf('\\', from);
  }
  builder.copy(from, end - from);
  decoded += text.slice(from, end);
  return { raw, text: decoded, start, end, offsetAt: builder.build() };
}
