/**
 * Whitespace as `String.prototype.trim` sees it: ASCII blanks, NBSP, the Unicode
 * space separators, line/paragraph separators and the BOM. One table for the whole
 * parser, so "blank" means the same everywhere.
 *
 * @module
 */

/**
 * Whether a UTF-16 code unit is whitespace.
 *
 * @example
 * ```ts
 * isSpace(0xa0); // true (NBSP)
 * isSpace(0x61); // false ('a')
 * ```
 */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

// Whitespace other than the plain space. `indexOf` and one character-class test run far
// faster than a charCodeAt loop, and clean text (nearly all of it) needs nothing more.
const OTHER_SPACE = /[^\S ]/;

/**
 * Collapse every run of whitespace to one space and trim. Returns the input itself
 * when it is already clean, so the common case allocates nothing.
 *
 * @example
 * ```ts
 * collapseWhitespace('  a\u00a0 b\t'); // 'a b'
 * ```
 */
export function collapseWhitespace(text: string): string {
  if (text.length === 0) return text;
  const clean =
    text.charCodeAt(0) !== 0x20 &&
    text.charCodeAt(text.length - 1) !== 0x20 &&
    text.indexOf('  ') === -1 &&
    !OTHER_SPACE.test(text);
  return clean ? text : text.replace(/\s+/g, ' ').trim();
}

// A line's blanks other than the plain space: a TAB, NBSP and the narrow, figure and
// typographic spaces a browser's copy keeps from `&nbsp;`/`&thinsp;` (not the
// ideographic space, which is Chinese, Japanese and Korean text's own).
const INLINE_SPACE = /[\t\u00a0\u2000-\u200a\u202f\u205f]/;
const INLINE_SPACES = /[\t\u00a0\u2000-\u200a\u202f\u205f]/g;

/**
 * Whether `code` is an inline blank other than the plain space that the grammar reads
 * as one: a TAB, NBSP, a narrow, figure or typographic space (see {@link plainSpaces}).
 *
 * @example
 * ```ts
 * isInlineSpace(0xa0); // true
 * isInlineSpace(0x3000); // false (the ideographic space)
 * ```
 */
export function isInlineSpace(code: number): boolean {
  return (
    code === 0x09 ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f
  );
}

/**
 * A line's text with each inline blank other than the plain space (a TAB, NBSP, a narrow
 * or figure space) written as a plain space, one for one: offsets into it are offsets
 * into the line. The grammar reads `Submitted by\u00a0AK`, `327\u202f3` and `Feb 13,
 * 2023\t1` as a browser's copy shows them. Returns the input itself when it holds none.
 *
 * @example
 * ```ts
 * plainSpaces('Submitted by\u00a0akhaliq'); // 'Submitted by akhaliq'
 * ```
 */
export function plainSpaces(text: string): string {
  return INLINE_SPACE.test(text) ? text.replace(INLINE_SPACES, ' ') : text;
}

/**
 * Whether two texts read the same once whitespace is collapsed, as
 * `collapseWhitespace(a) === collapseWhitespace(b)` says, without building either:
 * it walks both side by side and stops at the first difference, so comparing a
 * title with a whole abstract costs a few characters, not the abstract.
 *
 * @example
 * ```ts
 * sameCollapsed(' A \t b', 'A b'); // true
 * sameCollapsed('A b', 'Ab');       // false
 * ```
 */
export function sameCollapsed(a: string, b: string): boolean {
  let i = contentStart(a);
  let j = contentStart(b);
  const aEnd = contentEnd(a, i);
  const bEnd = contentEnd(b, j);
  while (i < aEnd && j < bEnd) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (isSpace(x)) {
      if (!isSpace(y)) return false;
      // Inside the content a run of spaces always ends before its end.
      while (isSpace(a.charCodeAt(i))) i++;
      while (isSpace(b.charCodeAt(j))) j++;
    } else {
      if (x !== y) return false;
      i++;
      j++;
    }
  }
  return i === aEnd && j === bEnd;
}

/**
 * Where a line's content starts once leading whitespace is dropped (`text.length` when
 * the line is blank). Numbers, not a pair: this runs once per line.
 *
 * @example
 * ```ts
 * contentStart('  ab \t'); // 2
 * contentStart(' \u00a0'); // 2
 * ```
 */
export function contentStart(text: string): number {
  let from = 0;
  while (from < text.length && isSpace(text.charCodeAt(from))) from++;
  return from;
}

/**
 * Where a line's content ends once trailing whitespace is dropped, never before `from`.
 *
 * @example
 * ```ts
 * contentEnd('  ab \t', 2); // 4
 * ```
 */
export function contentEnd(text: string, from: number): number {
  let to = text.length;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return to;
}
