/**
 * An attribute value decoded with a map back to the page: `data-props` holds JSON with
 * its quotes written `&quot;`, so an offset into the JSON is not an offset into the
 * page. The value is decoded again here, character reference by character reference
 * (with the tokenizer's own reader, `references.ts`, in attribute mode), recording each
 * one; the result must equal the tokenizer's value, or no map is given.
 *
 * @module
 */
import { createOffsetMapBuilder, type OffsetMap } from '../../json/offset-map.js';
import { readReference } from './references.js';

/** A decoded value and the way back to the input. */
export interface DecodedAttribute {
  readonly value: string;
  /** Index in `value` → offset in the input. */
  readonly offsetAt: OffsetMap;
}

/**
 * Where the value of the attribute `input.slice(start, end)` (as the tokenizer locates it,
 * name to closing quote) sits: after `name=` and an opening quote, before the closing one.
 *
 * @example
 * ```ts
 * valueRange('<a data-props="{}">', 3, 18); // { start: 15, end: 17 }
 * ```
 */
export function valueRange(
  input: string,
  start: number,
  end: number,
): { start: number; end: number } {
  let i = input.indexOf('=', start);
  if (i === -1 || i >= end) return { start: end, end };
  i++;
  while (i < end && ' \t\n\f\r'.includes(input[i] ?? '')) i++;
  const quote = input[i];
  if ((quote === '"' || quote === "'") && input[end - 1] === quote && end - 1 > i) {
    return { start: i + 1, end: end - 1 };
  }
  return { start: i, end };
}

/**
 * Decode `input.slice(start, end)` as an attribute value, mapping every character back.
 * `undefined` when the result differs from `expected` (the tokenizer's own decoding).
 *
 * @example
 * ```ts
 * const decoded = decodeAttribute('x="a&quot;b"', 3, 11, 'a"b');
 * decoded?.offsetAt(2); // 10 (the "b")
 * ```
 */
export function decodeAttribute(
  input: string,
  start: number,
  end: number,
  expected: string,
): DecodedAttribute | undefined {
  const raw = input.slice(start, end);
  if (raw === expected) return { value: expected, offsetAt: (index) => start + index };
  const builder = createOffsetMapBuilder(start);
  const parts: string[] = [];
  const special = createSpecialFinder(raw);
  let i = 0;
  while (i < raw.length) {
    const next = special(i);
    builder.copy(start + i, next - i);
    parts.push(raw.slice(i, next));
    if (next === raw.length) break;
    const code = raw.charCodeAt(next);
    const common = code === 0x26 ? commonReference(raw, next) : undefined;
    if (common !== undefined) {
      // The references Svelte writes, without the general decoder.
      builder.replace(start + next, common.length, 1);
      parts.push(common.char);
      i = next + common.length;
    } else if (code === 0x26) {
      const reference = readReference(raw, next, true);
      if (reference === undefined) {
        builder.copy(start + next, 1);
        parts.push('&');
        i = next + 1;
      } else {
        builder.replace(start + next, reference.end - next, reference.value.length);
        parts.push(reference.value);
        i = reference.end;
      }
    } else if (code === 0x0d) {
      // The input stream turns CRLF and CR into LF.
      const width = raw.charCodeAt(next + 1) === 0x0a ? 2 : 1;
      builder.replace(start + next, width, 1);
      parts.push('\n');
      i = next + width;
    } else {
      builder.replace(start + next, 1, 1);
      parts.push('\uFFFD');
      i = next + 1;
    }
  }
  const value = parts.join('');
  return value === expected ? { value, offsetAt: builder.build() } : undefined;
}

/** Character references attribute values are escaped with, and what they stand for. */
const COMMON: ReadonlyArray<readonly [string, string]> = [
  ['&quot;', '"'],
  ['&amp;', '&'],
  ['&lt;', '<'],
  ['&gt;', '>'],
  ['&#39;', "'"],
  ['&#x27;', "'"],
];

/**
 * The common reference at `at`, if it is one.
 *
 * @example
 * ```ts
 * commonReference('a&quot;b', 1); // { char: '"', length: 6 }
 * ```
 */
export function commonReference(
  raw: string,
  at: number,
): { char: string; length: number } | undefined {
  for (const [reference, char] of COMMON) {
    if (raw.startsWith(reference, at)) return { char, length: reference.length };
  }
  return undefined;
}

/**
 * A finder of the next `&`, CR or NUL at or after an offset (or the end), for offsets
 * that only grow: each character's search resumes where it stopped, so the whole value
 * is searched once per character, however many references it holds.
 *
 * @example
 * ```ts
 * const next = createSpecialFinder('a&b\rc');
 * [next(0), next(2), next(4)]; // [1, 3, 5]
 * ```
 */
export function createSpecialFinder(raw: string): (from: number) => number {
  const chars = ['&', '\r', '\0'];
  const found = chars.map(() => -2);
  return (from) => {
    let next = raw.length;
    for (let k = 0; k < chars.length; k++) {
      let at = found[k] ?? -1;
      if (at !== -1 && at < from) {
        at = raw.indexOf(chars[k] ?? '', from);
        found[k] = at;
      }
      if (at !== -1 && at < next) next = at;
    }
    return next;
  };
}
