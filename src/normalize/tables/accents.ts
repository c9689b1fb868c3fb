/**
 * LaTeX accent commands and the Unicode combining mark each puts on its letter. The
 * letter and mark are then composed with `String.prototype.normalize('NFC')`, so no
 * table of precomposed letters is needed: Unicode's own composition data does it.
 *
 * @module
 */

/**
 * Accents written as a symbol after the backslash: `\"o`, `\'{e}`.
 *
 * @example
 * ```ts
 * SYMBOL_ACCENTS['"']; // '\u0308' (diaeresis)
 * ```
 */
export const SYMBOL_ACCENTS: Readonly<Record<string, string>> = {
  '"': '\u0308',
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
};

/**
 * Accents written as a letter after the backslash. Only their braced form is
 * recognised (`\v{c}`), since `\v c` or `\t x` could be a path or an escape sequence
 * in code quoted by an abstract.
 *
 * @example
 * ```ts
 * LETTER_ACCENTS.v; // '\u030c' (caron)
 * ```
 */
export const LETTER_ACCENTS: Readonly<Record<string, string>> = {
  u: '\u0306',
  v: '\u030c',
  H: '\u030b',
  c: '\u0327',
  k: '\u0328',
  r: '\u030a',
  d: '\u0323',
  b: '\u0331',
};

/**
 * Math mode's accents by name, always braced: `\hat{y}` is ŷ, `\acute{e}` é,
 * `\widetilde{O}` Õ, `\vec{x}` x⃗ (a combining arrow: no letter has it composed),
 * `\overline{X}` X̄ (on one letter a bar reads as `\bar`'s macron: `p̄`, `x̄`, as plain
 * text writes an antiparticle or a mean).
 *
 * @example
 * ```ts
 * MATH_ACCENTS.hat; // '\u0302' (circumflex)
 * ```
 */
export const MATH_ACCENTS: Readonly<Record<string, string>> = {
  acute: '\u0301',
  grave: '\u0300',
  hat: '\u0302',
  tilde: '\u0303',
  bar: '\u0304',
  dot: '\u0307',
  ddot: '\u0308',
  check: '\u030c',
  breve: '\u0306',
  widehat: '\u0302',
  widetilde: '\u0303',
  mathring: '\u030a',
  vec: '\u20d7',
  // Only ever on one letter (`\overline{AB}` stays), where the line reads as a macron.
  overline: '\u0304',
};

/**
 * Bases written as macros inside an accent: `\"\i` is ï.
 *
 * @example
 * ```ts
 * DOTLESS_BASES.i; // 'i'
 * ```
 */
export const DOTLESS_BASES: Readonly<Record<string, string>> = { i: 'i', j: 'j' };
