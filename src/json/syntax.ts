/**
 * JSON syntax without values: where a JSON value ends, or where and why the text stops
 * being JSON. `JSON.parse` builds the values (natively, and `__proto__` keys become own
 * properties there); this says what `JSON.parse` does not: the offset of an error, and
 * where the first of several values (JSON Lines) ends.
 *
 * Iterative, with the open brackets kept in an array, so nesting of any depth costs
 * linear time and never overflows the call stack. It never throws.
 *
 * @module
 */

/** Where a value ends, or what is wrong and where. */
export type SyntaxResult =
  | {
      readonly ok: true;
      /** Where the value ends, after any whitespace that follows it. */
      readonly end: number;
    }
  | { readonly ok: false; readonly message: string; readonly offset: number };

/**
 * Check the JSON value in `text` from `start` (leading whitespace skipped) up to
 * `limit`. Text after the value is not an error: `end` says where the value and the
 * whitespace after it stop, and the caller decides.
 *
 * @example
 * ```ts
 * checkJson('{"a": [1, 2]} {"b": 3}'); // { ok: true, end: 14 }
 * checkJson('{"a": [1, 2}'); // { ok: false, message: 'Unexpected "}"', offset: 11 }
 * ```
 */
export function checkJson(text: string, start = 0, limit = text.length): SyntaxResult {
  /** Open containers, innermost last: true for an object. */
  const open: boolean[] = [];
  let i = skip(text, start, limit);
  for (;;) {
    // A value at i.
    const code = codeAt(text, i, limit);
    if (code === 0x7b || code === 0x5b) {
      const object = code === 0x7b;
      i = skip(text, i + 1, limit);
      if (codeAt(text, i, limit) !== (object ? 0x7d : 0x5d)) {
        open.push(object);
        if (object) {
          const key = readKey(text, i, limit);
          if (!key.ok) return key;
          i = key.end;
        }
        continue;
      }
      i++;
    } else if (code === 0x22) {
      const end = stringEnd(text, i, limit);
      if (!end.ok) return end;
      i = end.end;
    } else {
      const end = scalarEnd(text, i, limit);
      if (end === undefined) return failure(text, i, limit);
      i = end;
    }
    // After a value: a comma, or the ends of the containers it completes.
    for (;;) {
      i = skip(text, i, limit);
      const object = open[open.length - 1];
      if (object === undefined) return { ok: true, end: i };
      const next = codeAt(text, i, limit);
      if (next === 0x2c) {
        i = skip(text, i + 1, limit);
        if (object) {
          const key = readKey(text, i, limit);
          if (!key.ok) return key;
          i = key.end;
        }
        break;
      }
      if (next !== (object ? 0x7d : 0x5d)) return failure(text, i, limit);
      open.pop();
      i++;
    }
  }
}

/**
 * A key and its colon: where the value after them starts.
 *
 * @example
 * ```ts
 * readKey('"a" : 1', 0, 7); // { ok: true, end: 6 }
 * ```
 */
function readKey(text: string, at: number, limit: number): SyntaxResult {
  if (codeAt(text, at, limit) !== 0x22) return failure(text, at, limit, 'a key');
  const end = stringEnd(text, at, limit);
  if (!end.ok) return end;
  const colon = skip(text, end.end, limit);
  if (codeAt(text, colon, limit) !== 0x3a) return failure(text, colon, limit, "':'");
  return { ok: true, end: skip(text, colon + 1, limit) };
}

/**
 * Where the string literal opened at `at` ends (after its closing quote).
 *
 * @example
 * ```ts
 * stringEnd('"a\\"b" x', 0, 8); // { ok: true, end: 6 }
 * ```
 */
export function stringEnd(text: string, at: number, limit: number): SyntaxResult {
  let i = at + 1;
  while (i < limit) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return { ok: true, end: i + 1 };
    if (code === 0x5c) {
      const end = escapeEnd(text, i, limit);
      if (end === undefined) return { ok: false, message: 'Invalid escape in string', offset: i };
      i = end;
    } else if (code < 0x20) {
      return { ok: false, message: 'Control character in string', offset: i };
    } else {
      i++;
    }
  }
  return { ok: false, message: 'Unterminated string', offset: at };
}

const SIMPLE_ESCAPES = '"\\/bfnrt';

/**
 * Where the backslash escape at `at` ends, or `undefined` when it is not JSON.
 *
 * @example
 * ```ts
 * escapeEnd('\\u00e9', 0, 6); // 6
 * escapeEnd('\\x', 0, 2); // undefined
 * ```
 */
export function escapeEnd(text: string, at: number, limit: number): number | undefined {
  if (at + 1 >= limit) return undefined;
  const kind = text.charCodeAt(at + 1);
  if (kind !== 0x75) return SIMPLE_ESCAPES.includes(text[at + 1] ?? '') ? at + 2 : undefined;
  if (at + 6 > limit) return undefined;
  for (let k = at + 2; k < at + 6; k++) {
    if (!isHex(text.charCodeAt(k))) return undefined;
  }
  return at + 6;
}

function isHex(code: number): boolean {
  const lower = code | 0x20;
  return (code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x66);
}

/**
 * Where `true`, `false`, `null` or a number at `at` ends.
 *
 * @example
 * ```ts
 * scalarEnd('-1.5e3,', 0, 7); // 6
 * ```
 */
function scalarEnd(text: string, at: number, limit: number): number | undefined {
  for (const word of ['true', 'false', 'null']) {
    if (at + word.length <= limit && text.startsWith(word, at)) return at + word.length;
  }
  const c = (k: number): number => codeAt(text, k, limit);
  let i = at;
  if (c(i) === 0x2d) i++;
  if (c(i) === 0x30) i++;
  else if (isDigit(c(i))) i = digits(text, i, limit);
  else return undefined;
  if (c(i) === 0x2e) {
    if (!isDigit(c(i + 1))) return undefined;
    i = digits(text, i + 1, limit);
  }
  if ((c(i) | 0x20) === 0x65) {
    i++;
    if (c(i) === 0x2b || c(i) === 0x2d) i++;
    if (!isDigit(c(i))) return undefined;
    i = digits(text, i, limit);
  }
  return i;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function digits(text: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** The code unit at `at`, or -1 at or past `limit`. */
function codeAt(text: string, at: number, limit: number): number {
  return at < limit ? text.charCodeAt(at) : -1;
}

/** The first offset at or after `at` that is not JSON whitespace. */
function skip(text: string, at: number, limit: number): number {
  let i = at;
  while (i < limit) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) break;
    i++;
  }
  return i;
}

function failure(text: string, at: number, limit: number, expected?: string): SyntaxResult {
  if (at >= limit) return { ok: false, message: 'Unexpected end of JSON', offset: at };
  const found = JSON.stringify(String.fromCodePoint(text.codePointAt(at) ?? 0));
  return {
    ok: false,
    message:
      expected === undefined ? `Unexpected ${found}` : `Unexpected ${found}: expected ${expected}`,
    offset: at,
  };
}
