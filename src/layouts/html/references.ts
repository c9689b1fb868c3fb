/**
 * Character references as HTML's tokenizer reads them, in text and in attribute values:
 * `&#8211;` and `&#x2013;` (0 → U+FFFD, surrogates and code points past U+10FFFF →
 * U+FFFD, 0x80–0x9F as windows-1252), and named ones from the compact table
 * (`normalize/tables/html-entities.ts`), with the legacy rule: `&copy`, `&amp`… also
 * decode without their semicolon, except in an attribute value when `=` or a letter or
 * digit follows (`?a=1&copy=2` stays as written). One decoder: the tokenizer and the
 * attribute offset map both call {@link readReference}.
 *
 * A name not in the table is kept as written, never guessed: `&bigstar;` stays
 * `&bigstar;` where a browser shows ★. So is an HTML name that merely starts with a
 * legacy one (`&notinva;` is not `&not` + `inva;`).
 *
 * @module
 */
import { numericValue } from '../../decode/windows-1252.js';
import { LEGACY_NAMES, NAMED_REFERENCES } from '../../normalize/tables/html-entities.js';

/** A reference read at an `&`: what it stands for, and where it ends (exclusive). */
export interface CharacterReference {
  readonly value: string;
  readonly end: number;
}

/**
 * HTML names that are not in the table but start with a legacy name: without this list
 * `&copysr;` would read as `&copy` + `sr;`.
 */
const KEPT = new Set(
  (
    'centerdot copysr divideontimes gtcc gtcir gtdot gtlPar gtquest gtrapprox gtrarr ' +
    'gtrdot gtreqless gtreqqless gtrless gtrsim ltcc ltcir ltdot lthree ltimes ltlarr ' +
    'ltquest ltrPar ltri ltrie ltrif notinE notindot notinva notinvb notinvc notni ' +
    'notniva notnivb notnivc parallel timesb timesbar timesd'
  ).split(' '),
);

/** Past this many letters and digits no name in the table (or in {@link KEPT}) matches. */
const LONGEST = 16;

/**
 * Whether a UTF-16 code unit is an ASCII letter or digit.
 *
 * @example
 * ```ts
 * isAlphanumeric(0x61); // true ('a')
 * ```
 */
export function isAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

/**
 * The reference at `input[at]` (an `&`), or `undefined` when the `&` is just an
 * ampersand (HTML then keeps what follows as written).
 *
 * @example
 * ```ts
 * readReference('a &amp; b', 2, false); // { value: '&', end: 7 }
 * readReference('&copy 2024', 0, false); // { value: '©', end: 5 }
 * readReference('?a=1&copy=2', 4, true); // undefined: an attribute keeps it
 * readReference('&#150;', 0, false); // { value: '–', end: 6 }
 * ```
 */
export function readReference(
  input: string,
  at: number,
  inAttribute: boolean,
): CharacterReference | undefined {
  if (input.charCodeAt(at + 1) === 0x23) return readNumeric(input, at);
  const start = at + 1;
  const limit = Math.min(input.length, start + LONGEST + 1);
  let end = start;
  while (end < limit && isAlphanumeric(input.charCodeAt(end))) end++;
  if (end === start) return undefined;
  const name = input.slice(start, end);
  if (input.charCodeAt(end) === 0x3b) {
    const value = NAMED_REFERENCES.get(name);
    if (value !== undefined) return { value, end: end + 1 };
    if (KEPT.has(name)) return undefined;
  }
  // The longest legacy name it starts with (they are at most 6 characters).
  for (let length = Math.min(name.length, 6); length >= 2; length--) {
    const prefix = name.slice(0, length);
    if (!LEGACY_NAMES.has(prefix)) continue;
    const next = input.charCodeAt(start + length);
    if (inAttribute && (next === 0x3d || isAlphanumeric(next))) return undefined;
    return { value: NAMED_REFERENCES.get(prefix) as string, end: start + length };
  }
  return undefined;
}

/**
 * `&#…` at `at`: decimal or `x`/`X` hexadecimal digits, an optional `;`.
 *
 * @example
 * ```ts
 * readNumeric('&#x41;', 0); // { value: 'A', end: 6 }
 * readNumeric('&#;', 0); // undefined: no digits
 * ```
 */
function readNumeric(input: string, at: number): CharacterReference | undefined {
  let i = at + 2;
  const hex = (input.charCodeAt(i) | 0x20) === 0x78;
  if (hex) i++;
  const first = i;
  let code = 0;
  for (; i < input.length; i++) {
    const c = input.charCodeAt(i);
    let digit = c - 0x30;
    if (hex && (digit < 0 || digit > 9)) {
      const lower = c | 0x20;
      digit = lower >= 0x61 && lower <= 0x66 ? lower - 0x57 : -1;
    }
    if (digit < 0 || digit > (hex ? 15 : 9)) break;
    // Past U+10FFFF the value no longer matters: it is U+FFFD.
    if (code <= 0x10ffff) code = code * (hex ? 16 : 10) + digit;
  }
  if (i === first) return undefined;
  if (input.charCodeAt(i) === 0x3b) i++;
  return { value: numericValue(code), end: i };
}
