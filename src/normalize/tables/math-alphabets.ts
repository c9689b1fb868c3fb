/**
 * The math alphabets of letters (`\mathbb R` → `ℝ`, `\mathcal{O}` → `𝒪`,
 * `\mathfrak{g}` → `𝔤`), computed from the Unicode layout, not tabulated: the
 * Mathematical Alphanumeric Symbols block holds each alphabet in order, except the
 * letters Unicode had already encoded in Letterlike Symbols.
 *
 * @module
 */

/** Where an alphabet starts in the block, and its letters encoded before it. */
interface Layout {
  /** The code point of its `A`. */
  readonly capitals: number;
  /** The code point of its `a`, when it has small letters. */
  readonly smalls?: number;
  /** The code point of its `0`, when it has digits. */
  readonly digits?: number;
  /** Its letters in Letterlike Symbols, in the order of {@link Layout.letterlikeOf}. */
  readonly letterlike: string;
  /** The ASCII letters those stand for. */
  readonly letterlikeOf: string;
}

/**
 * The function that maps one ASCII character to its form in an alphabet of `layout`,
 * or to `undefined` when the alphabet has none.
 *
 * @example
 * ```ts
 * alphabet({ capitals: 0x1d49c, letterlike: 'ℬ', letterlikeOf: 'B' })('A'); // '𝒜'
 * ```
 */
function alphabet(layout: Layout): (char: string) => string | undefined {
  const { capitals, smalls, digits, letterlike, letterlikeOf } = layout;
  return (char) => {
    if (char.length !== 1) return undefined;
    const index = letterlikeOf.indexOf(char);
    if (index >= 0) return letterlike[index];
    const code = char.charCodeAt(0);
    if (code >= 0x41 && code <= 0x5a) return String.fromCodePoint(capitals + code - 0x41);
    if (smalls !== undefined && code >= 0x61 && code <= 0x7a) {
      return String.fromCodePoint(smalls + code - 0x61);
    }
    if (digits !== undefined && code >= 0x30 && code <= 0x39) {
      return String.fromCodePoint(digits + code - 0x30);
    }
    return undefined;
  };
}

/**
 * The blackboard-bold form of an ASCII letter or digit, or `undefined`; seven capitals
 * are Letterlike.
 *
 * @example
 * ```ts
 * doubleStruck('R'); // 'ℝ'
 * doubleStruck('A'); // '𝔸'
 * ```
 */
export const doubleStruck = alphabet({
  capitals: 0x1d538,
  smalls: 0x1d552,
  digits: 0x1d7d8,
  letterlike: 'ℂℍℕℙℚℝℤ',
  letterlikeOf: 'CHNPQRZ',
});

/**
 * The script form of an ASCII capital, or `undefined`; eight are Letterlike.
 *
 * @example
 * ```ts
 * scriptCapital('O'); // '𝒪'
 * scriptCapital('L'); // 'ℒ'
 * scriptCapital('o'); // undefined
 * ```
 */
export const scriptCapital = alphabet({
  capitals: 0x1d49c,
  letterlike: 'ℬℰℱℋℐℒℳℛ',
  letterlikeOf: 'BEFHILMR',
});

/**
 * The Fraktur form of an ASCII letter, or `undefined`; five capitals are Letterlike.
 *
 * @example
 * ```ts
 * fraktur('g'); // '𝔤'
 * fraktur('R'); // 'ℜ'
 * fraktur('1'); // undefined
 * ```
 */
export const fraktur = alphabet({
  capitals: 0x1d504,
  smalls: 0x1d51e,
  letterlike: 'ℭℌℑℜℨ',
  letterlikeOf: 'CHIRZ',
});
