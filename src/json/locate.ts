/**
 * Find where the members of a container sit in JSON text that `JSON.parse` already
 * accepted: one container's level at a time, skipping nested values with native
 * searches. The Hub readers locate only the containers they map (the papers array, an
 * entry, its `paper` object), so most of the text is skipped, not read twice.
 *
 * @module
 */

/** A `[start, end)` range of code units in the text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** An object member: its key (decoded) and the span of its value. */
export interface Member extends Span {
  readonly key: string;
}

/**
 * The members of the object whose `{` is at `at`, in source order (a repeated key
 * appears each time; `JSON.parse` keeps the last).
 *
 * @example
 * ```ts
 * objectMembers('{"a": [1, {"b": 2}], "c": "x"}', 0);
 * // [{ key: 'a', start: 6, end: 19 }, { key: 'c', start: 26, end: 29 }]
 * ```
 */
export function objectMembers(text: string, at: number): Member[] {
  const members: Member[] = [];
  let i = skipSpace(text, at + 1);
  while (i < text.length && text.charCodeAt(i) === 0x22) {
    const keyEnd = stringEnd(text, i);
    const key = decodeKey(text.slice(i, keyEnd));
    // After the key: whitespace, the colon, whitespace.
    const start = skipSpace(text, skipSpace(text, keyEnd) + 1);
    const end = valueEnd(text, start);
    members.push({ key, start, end });
    i = skipSpace(text, end);
    if (text.charCodeAt(i) !== 0x2c) break;
    i = skipSpace(text, i + 1);
  }
  return members;
}

/**
 * The spans of the items of the array whose `[` is at `at`.
 *
 * @example
 * ```ts
 * arrayItems('[1, "two", [3]]', 0); // [{ start: 1, end: 2 }, { start: 4, end: 9 }, { start: 11, end: 14 }]
 * ```
 */
export function arrayItems(text: string, at: number): Span[] {
  const items: Span[] = [];
  let i = skipSpace(text, at + 1);
  while (i < text.length && text.charCodeAt(i) !== 0x5d) {
    const end = valueEnd(text, i);
    if (end <= i) break;
    items.push({ start: i, end });
    i = skipSpace(text, end);
    if (text.charCodeAt(i) !== 0x2c) break;
    i = skipSpace(text, i + 1);
  }
  return items;
}

/**
 * Where the value starting at `at` ends.
 *
 * @example
 * ```ts
 * valueEnd('{"a": "}"} tail', 0); // 10
 * ```
 */
export function valueEnd(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code === 0x22) return stringEnd(text, at);
  if (code !== 0x7b && code !== 0x5b) {
    let i = at;
    while (i < text.length && !endsScalar(text.charCodeAt(i))) i++;
    return i;
  }
  let depth = 0;
  let i = at;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      i = stringEnd(text, i);
      continue;
    }
    if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return text.length;
}

/**
 * Where the string literal opened at `at` ends: after the first unescaped quote.
 *
 * @example
 * ```ts
 * stringEnd('"a\\"b" x', 0); // 6
 * ```
 */
function stringEnd(text: string, at: number): number {
  let close = text.indexOf('"', at + 1);
  while (close !== -1 && escaped(text, close, at)) close = text.indexOf('"', close + 1);
  return close === -1 ? text.length : close + 1;
}

/** True when the quote at `at` follows an odd run of backslashes. */
function escaped(text: string, at: number, floor: number): boolean {
  let count = 0;
  for (let k = at - 1; k > floor && text.charCodeAt(k) === 0x5c; k--) count++;
  return count % 2 === 1;
}

/**
 * A key literal's value.
 *
 * @example
 * ```ts
 * decodeKey('"\\u0061"'); // 'a'
 * ```
 */
function decodeKey(literal: string): string {
  if (literal.indexOf('\\') === -1) return literal.slice(1, -1);
  try {
    return JSON.parse(literal) as string;
  } catch {
    return literal.slice(1, -1);
  }
}

/** `,`, `]`, `}` or JSON whitespace: what may follow a number or literal. */
function endsScalar(code: number): boolean {
  return (
    code === 0x2c ||
    code === 0x5d ||
    code === 0x7d ||
    code === 0x20 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x09
  );
}

/**
 * Past JSON's white space (space, tab, line feed, carriage return) from `at`.
 *
 * @example
 * ```ts
 * skipSpace('{"a":1}\n {"b":2}', 7); // 9
 * ```
 */
export function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) break;
    i++;
  }
  return i;
}
