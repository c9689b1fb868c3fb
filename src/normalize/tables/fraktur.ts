/**
 * Fraktur letters (`\mathfrak{g}` → `𝔤`), computed from the Unicode layout: the
 * Mathematical Alphanumeric Symbols block holds them in order, except five capitals
 * that Unicode had already encoded in Letterlike Symbols.
 *
 * @module
 */

/** The five capitals in Letterlike Symbols, and their letters, in the same order. */
const LETTERLIKE = 'ℭℌℑℜℨ';
const LETTERLIKE_OF = 'CHIRZ';

/**
 * The Fraktur form of an ASCII letter, or `undefined`.
 *
 * @example
 * ```ts
 * fraktur('g'); // '𝔤'
 * fraktur('R'); // 'ℜ'
 * fraktur('1'); // undefined
 * ```
 */
export function fraktur(char: string): string | undefined {
  if (char.length !== 1) return undefined;
  const letterlike = LETTERLIKE_OF.indexOf(char);
  if (letterlike >= 0) return LETTERLIKE[letterlike];
  const code = char.charCodeAt(0);
  if (code >= 0x41 && code <= 0x5a) return String.fromCodePoint(0x1d504 + code - 0x41);
  if (code >= 0x61 && code <= 0x7a) return String.fromCodePoint(0x1d51e + code - 0x61);
  return undefined;
}
