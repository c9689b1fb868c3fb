/**
 * The shape of a title when nothing confirms it. A line followed by an abstract is a
 * title whatever it says; a line that stands alone must look like one: letters, and
 * three words or more (hyphenated parts count), or a colon. That keeps navigation
 * such as `Load more` or `Sign in` out of the papers.
 *
 * @module
 */

/**
 * Whether an unconfirmed line can stand as a title.
 *
 * @example
 * ```ts
 * looksLikeTitle('Grammar-Aligned Decoding'); // true (three parts)
 * looksLikeTitle('mGPT: Few-Shot');           // true (colon)
 * looksLikeTitle('Load more');                // false
 * ```
 */
export function looksLikeTitle(line: string): boolean {
  if (line.length > 400 || !hasLetter(line)) return false;
  let words = 0;
  let inWord = false;
  let colon = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 0x3a) colon = true;
    const separator = code === 0x20 || code === 0x2d;
    if (!separator && !inWord) words++;
    inWord = !separator;
  }
  return words >= 3 || (colon && words >= 2);
}

const LETTER = /\p{L}/u;

/**
 * Whether a line has at least one letter: a line of only digits and punctuation is
 * never a title or an abstract.
 *
 * @example
 * ```ts
 * hasLetter('-----'); // false
 * hasLetter('3D');    // true
 * ```
 */
export function hasLetter(line: string): boolean {
  return LETTER.test(line);
}
