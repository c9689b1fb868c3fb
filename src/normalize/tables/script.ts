/**
 * Script capitals (`\mathcal{O}` → `𝒪`), computed from the Unicode layout: the
 * Mathematical Alphanumeric Symbols block holds them in order, except eight that
 * Unicode had already encoded in Letterlike Symbols.
 *
 * @module
 */

/** The eight capitals in Letterlike Symbols, and their letters, in the same order. */
const LETTERLIKE = 'ℬℰℱℋℐℒℳℛ';
const LETTERLIKE_OF = 'BEFHILMR';

/**
 * The script form of an ASCII capital, or `undefined`.
 *
 * @example
 * ```ts
 * scriptCapital('O'); // '𝒪'
 * scriptCapital('L'); // 'ℒ'
 * scriptCapital('o'); // undefined
 * ```
 */
export function scriptCapital(char: string): string | undefined {
  if (char.length !== 1) return undefined;
  const letterlike = LETTERLIKE_OF.indexOf(char);
  if (letterlike >= 0) return LETTERLIKE[letterlike];
  const code = char.charCodeAt(0);
  if (code >= 0x41 && code <= 0x5a) return String.fromCodePoint(0x1d49c + code - 0x41);
  return undefined;
}
