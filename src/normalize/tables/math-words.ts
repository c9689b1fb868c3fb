/**
 * Math macros that appear in flattened abstracts without their backslash, and the
 * context each needs before it may become a symbol. English words among them (`le`,
 * `ge`, `sim`, `approx`, `pm`, `times`) need numbers or one-letter variables around
 * them; `leq`, `geq`, `neq` and `cdot` are not words, so one math-like operand will do.
 *
 * @module
 */

/**
 * How much context a bare math word needs.
 *
 * - `relation`: an operand on the right (number, one-letter variable, `(`, `|`), or a
 *   one-letter variable glued on the left: `p leq 0.01`, `(leq 256px)`, `kleq3`.
 * - `comparison`: a one-letter variable glued on the left and a number glued on the
 *   right (`kge3`), or spaced between two operands, one a number (`k ge 3`).
 * - `approximate`: a number glued on the right, word-initial, maybe with a unit
 *   (`sim7\%`, `approx30%`, `sim4.7M`), or spaced after an operand (`p approx 0.5`).
 * - `plusminus`: between two numbers (`0.5 pm 0.1`, `93.5pm1.2`).
 * - `bound`: no English word, so any number after it will do, glued or spaced, the word
 *   standing alone or glued to a one-letter variable (`lesssim10 K`, `zgtrsim3`,
 *   `U gtrsim 40 meV`).
 */
export type MathWordKind = 'relation' | 'comparison' | 'approximate' | 'plusminus' | 'bound';

/**
 * Bare math words and the context they need, and the symbol each becomes.
 *
 * @example
 * ```ts
 * MATH_WORDS.leq; // { kind: 'relation', symbol: '≤' }
 * ```
 */
export const MATH_WORDS: Readonly<Record<string, { kind: MathWordKind; symbol: string }>> = {
  leq: { kind: 'relation', symbol: '≤' },
  geq: { kind: 'relation', symbol: '≥' },
  neq: { kind: 'relation', symbol: '≠' },
  cdot: { kind: 'relation', symbol: '·' },
  le: { kind: 'comparison', symbol: '≤' },
  ge: { kind: 'comparison', symbol: '≥' },
  sim: { kind: 'approximate', symbol: '∼' },
  approx: { kind: 'approximate', symbol: '≈' },
  pm: { kind: 'plusminus', symbol: '±' },
  lesssim: { kind: 'bound', symbol: '≲' },
  gtrsim: { kind: 'bound', symbol: '≳' },
};
