/**
 * Blackboard-bold letters (`\mathbb R` → `ℝ`). Computed from the Unicode layout, not
 * tabulated: the Mathematical Alphanumeric Symbols block holds them in order, except
 * seven capitals that Unicode had already encoded in Letterlike Symbols.
 *
 * @module
 */

/** The seven capitals in Letterlike Symbols, and their letters, in the same order. */
const LETTERLIKE = 'ℂℍℕℙℚℝℤ';
const LETTERLIKE_OF = 'CHNPQRZ';

/**
 * The blackboard-bold form of an ASCII letter or digit, or `undefined`.
 *
 * @example
 * ```ts
 * doubleStruck('R'); // 'ℝ'
 * doubleStruck('A'); // '𝔸'
 * ```
 */
export function doubleStruck(char: string): string | undefined {
  if (char.length !== 1) return undefined;
  const letterlike = LETTERLIKE_OF.indexOf(char);
  if (letterlike >= 0) return LETTERLIKE[letterlike];
  const code = char.charCodeAt(0);
  if (code >= 0x41 && code <= 0x5a) return String.fromCodePoint(0x1d538 + code - 0x41);
  if (code >= 0x61 && code <= 0x7a) return String.fromCodePoint(0x1d552 + code - 0x61);
  if (code >= 0x30 && code <= 0x39) return String.fromCodePoint(0x1d7d8 + code - 0x30);
  return undefined;
}
