/**
 * `blackboard-bold`: `\mathbb R` and its flattened `mathbb R` become `ℝ`, with or
 * without braces around the letter. The bare form needs a word boundary before it
 * and a lone letter after it. A braced symbol that has no double-struck form is
 * drawn as it is (`\mathbb{\times}` → `×`). AMS-TeX's `\Bbb` (old math abstracts,
 * MathSciNet's titles) is the same command, with its backslash only.
 *
 * @example
 * ```text
 * in continuous space mathbb R^d and → in continuous space ℝ^d and
 * x \in \mathbb{R}^{n}, over mathbb{Z} and \mathbb N → x ∈ ℝ^{n}, over ℤ and ℕ
 * the projective plane \mathbb{CP}^2 → the projective plane ℂℙ^2
 * an input x in mathbb{R}^d, with f(x) in mathbb R, but data in mathbb{R} → an input x ∈ ℝ^d, with f(x) ∈ ℝ, but data in ℝ
 * a 960$\mathbb{\times}$540 frame, \mathbb{-} and \mathbb{R}{\times}, but \mathbb{é} → a 960×540 frame, - and ℝ×, but \mathbb{é}
 * where $k\in\Bbb N$, on {$\Bbb{R}^N$}, but \Bbbk and Bbb{R} → where k∈ℕ, on ℝ^N, but \Bbbk and Bbb{R}
 * defined on \mathbbR^n, but \mathbbm1 and \mathbbRe → defined on ℝ^n, but \mathbbm1 and \mathbbRe
 * in \(H^s(\R^3)\) and $f:\R\to\R$, but $x\sim\N(0,1)$ and \R^3 → in H^s(ℝ^3) and f:ℝ→ℝ, but x∼\N(0,1) and \R^3
 * a map $ f:\mathbb{R}^n\to\mathbb{R} $ with, but copy C:\Users\me\x → a map f:ℝ^n→ℝ with, but copy C:\Users\me\x
 * ```
 *
 * Authors' shorthand for the reals (`\R`, defined in their preambles as `\mathbb R`) is
 * read only inside a formula whose delimiters go (`\(H^s(\R^3)\)`). Elsewhere it stays
 * a user's macro, and so do the other capitals' (`\N` is as often a normal
 * distribution as the naturals).
 *
 * @module
 */

import { isLetter, isUpper, isWordChar } from '../scan.js';
import { doubleStruck } from '../tables/math-alphabets.js';
import { type Context, type Outcome, type Rule, single } from '../types.js';
import { insideFormula } from './math-delimiters.js';
import { bracelessCommand } from './unknown-macros.js';

const NAME = 'mathbb';
/** AMS-TeX's name for it (`\Bbb R`), read only with its backslash. */
const AMS_NAME = 'Bbb';

export const blackboardBold: Rule = {
  name: 'blackboard-bold',
  prefilter: {
    triggers: '\\',
    wordEndings: ['bb'],
    // `{` finds `mathbb{R}`; the gate finds `mathbb R`.
    anchors: ['\\', '{'],
    gate: hasBareName,
  },
  match(text, at, ctx) {
    if (text.charCodeAt(at) === 0x5c) {
      const name = text.startsWith(NAME, at + 1)
        ? NAME
        : text.startsWith(AMS_NAME, at + 1)
          ? AMS_NAME
          : undefined;
      if (name === undefined) return shorthand(text, at, ctx);
      const from = at + 1 + name.length;
      const glued = bracelessCommand(text, at, [name], ctx) !== undefined;
      return alphabetArgument(text, at, from, doubleStruck, glued) ?? bracedSymbol(text, at, from);
    }
    // Triggered on the final "b" of a bare `mathbb`.
    const start = at - NAME.length + 1;
    if (start < 0 || !text.startsWith(NAME, start)) return undefined;
    const before = text.charCodeAt(start - 1);
    if (before === 0x5c || isWordChar(before)) return undefined;
    return alphabetArgument(text, start, at + 1, doubleStruck);
  },
};

/**
 * `\R` at `at` as `ℝ`, inside a formula whose delimiters go and with no letter after
 * it: an author's shorthand for the reals. Not the other capitals: `\N` is as often a
 * normal distribution (`$x\sim\N(0,1)$`), `\C` a category or Celsius, `\Z` a boson.
 *
 * @example
 * ```ts
 * // in '\\(H^s(\\R^3)\\)', once the opening `\\(` was read:
 * shorthand('\\(H^s(\\R^3)\\)', 6, ctx); // one hit: '\\R' → 'ℝ'
 * shorthand('$x\\sim\\N(0,1)$', 6, ctx); // undefined
 * ```
 */
function shorthand(text: string, at: number, ctx: Context): Outcome | undefined {
  if (text[at + 1] !== 'R' || isLetter(text.charCodeAt(at + 2))) return undefined;
  return insideFormula(ctx, at) ? single(at, at + 2, 'ℝ') : undefined;
}

/**
 * `\mathbb{×}`: the alphabet has no such letter, and TeX draws the symbol as it is.
 * One character in braces, no ASCII letter or digit, no brace or backslash (a macro
 * not yet read, like `\mathbb{\times}`, waits for `symbols`).
 *
 * @example
 * ```ts
 * bracedSymbol('960\\mathbb{×}540', 3, 10); // one hit: '\\mathbb{×}' → '×'
 * ```
 */
function bracedSymbol(text: string, start: number, from: number): Outcome | undefined {
  if (text.charCodeAt(from) !== 0x7b || text.charCodeAt(from + 2) !== 0x7d) return undefined;
  const symbol = text.charCodeAt(from + 1);
  if (
    isWordChar(symbol) ||
    symbol < 0x21 ||
    symbol === 0x5c ||
    symbol === 0x7b ||
    symbol === 0x7d
  ) {
    return undefined;
  }
  return single(start, from + 3, text[from + 1] as string);
}

/**
 * The gate for a bare `mathbb` before a space: a search for `bb` (`b` is rarer than
 * `m`), then a look back for `math`. A plain `bb` (`bbox`, `rabbit`) lets no pass run.
 *
 * @example
 * ```ts
 * hasBareName('over mathbb R'); // true
 * hasBareName('a bbox and a rabbit'); // false
 * ```
 */
function hasBareName(text: string): boolean {
  for (let at = text.indexOf('bb'); at !== -1; at = text.indexOf('bb', at + 2)) {
    if (text.startsWith('math', at - 4)) return true;
  }
  return false;
}

/**
 * The letter after a math alphabet's name at `from` (`mathbb`, `mathcal`): ` R`,
 * `{R}`, ` {R}`, or up to four in braces (`{CP}`), as `letter` maps each; `R` glued is
 * one only when `glued` (a text that lost its braces). Shared with `calligraphic`.
 *
 * @example
 * ```ts
 * alphabetArgument('mathbb{R}', 0, 6, doubleStruck); // one hit: 'mathbb{R}' → 'ℝ'
 * ```
 */
export function alphabetArgument(
  text: string,
  start: number,
  from: number,
  letter: (char: string) => string | undefined,
  glued = false,
): Outcome | undefined {
  let k = from;
  if (text.charCodeAt(k) === 0x20) k++;
  const braced = text.charCodeAt(k) === 0x7b;
  if (braced) k++;
  // Glued, only a capital (`\mathbbR^n` in a text that lost its braces; bbm's
  // `\mathbbm1` is its own command).
  else if (k === from && !(glued && isUpper(text.charCodeAt(k)))) return undefined;
  let symbol = letter(text[k] ?? '');
  if (symbol === undefined) return undefined;
  k++;
  if (braced) {
    // A few capitals in one group are each set in the alphabet (`\mathcal{NP}` → `𝒩𝒫`).
    const first = k - 1;
    for (let more = letter(text[k] ?? ''); more !== undefined && k - first < 4; ) {
      symbol += more;
      more = letter(text[++k] ?? '');
    }
    if (text.charCodeAt(k) !== 0x7d) return undefined;
    k++;
  } else if (isLetter(text.charCodeAt(k))) return undefined;
  // `x in mathbb{R}^d`: the flattened `\in` before a set is membership, once a one-letter
  // variable (or a closed group) stands before it.
  const member = /(?:(?:^|[^A-Za-z])[A-Za-z]|[)}\]]) in $/.test(
    text.slice(Math.max(0, start - 6), start),
  );
  if (!member) return single(start, k, symbol);
  return {
    hits: [
      { start: start - 3, end: start - 1, text: '∈' },
      { start, end: k, text: symbol },
    ],
    resume: k,
  };
}
