/**
 * Script capitals (`\mathcal{O}` → `𝒪`), computed from the Unicode layout: the
 * Mathematical Alphanumeric Symbols block holds them in order, except eight that
 * Unicode had already encoded in Letterlike Symbols.
 *
 * @module
 */

const LETTERLIKE: Readonly<Record<string, string>> = {
  B: 'ℬ',
  E: 'ℰ',
  F: 'ℱ',
  H: 'ℋ',
  I: 'ℐ',
  L: 'ℒ',
  M: 'ℳ',
  R: 'ℛ',
};

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
  const letterlike = LETTERLIKE[char];
  if (letterlike !== undefined) return letterlike;
  const code = char.charCodeAt(0);
  if (code >= 0x41 && code <= 0x5a) return String.fromCodePoint(0x1d49c + code - 0x41);
  return undefined;
}
