/**
 * `calligraphic`: `\mathcal{O}` and its flattened `mathcal{O}` (also `\mathscr`,
 * `\mathcal O` with a space, and plain TeX's `\cal L` and `{\cal L}`) become the script
 * capital `𝒪`, as the page would show it; `\mathfrak{g}`, the other math alphabet of
 * letters alone, becomes its Fraktur letters (`𝔤`, small ones too). Only capitals: anything else in the braces is left to `text-style`, which keeps
 * the text. The flattened form needs its braces: `mathcal O` alone would cost every
 * text a search for `mathcal`, and is not seen in captures.
 *
 * @example
 * ```text
 * a mathcal{O}(T^{1/2}) regret and \mathcal{L}_{KL} → a 𝒪(T^{1/2}) regret and ℒ_{KL}
 * in \mathcal{O}(n) time, \mathscr{F} and \mathcal L → in 𝒪(n) time, ℱ and ℒ
 * its $\mathcal{NP}$-hard core → its 𝒩𝒫-hard core
 * the mathcal library, mathcalO → the mathcal library, mathcalO
 * a {\cal L} loss, $\cal{F}$ and \cal G, but \calc{x} → a ℒ loss, ℱ and 𝒢, but \calc{x}
 * the Lie algebra \mathfrak{su}(2), an ideal \mathfrak p and $\mathfrak{R}$, but \mathfrak{x1} → the Lie algebra 𝔰𝔲(2), an ideal 𝔭 and ℜ, but \mathfrak{x1}
 * in \mathcalO(n^r) time, but \mathcalNP and \mathcalLoss → in 𝒪(n^r) time, but \mathcalNP and \mathcalLoss
 * ```
 *
 * @module
 */
import { isLetter, isWordChar } from '../scan.js';
import { fraktur, scriptCapital } from '../tables/math-alphabets.js';
import { type Outcome, type Rule, single } from '../types.js';
import { alphabetArgument } from './blackboard-bold.js';
import { bracelessCommand } from './unknown-macros.js';

const NAMES = ['mathcal', 'mathscr'];

export const calligraphic: Rule = {
  name: 'calligraphic',
  prefilter: {
    triggers: '\\{',
    anchors: ['\\', '{'],
  },
  match(text, at, ctx) {
    const code = text.charCodeAt(at);
    if (code === 0x5c) {
      // `\mathcalO(n)` in a text that lost its braces is `\mathcal{O}(n)`.
      const glued = bracelessCommand(text, at, NAMES, ctx);
      if (glued !== undefined) {
        return alphabetArgument(text, at, at + 1 + glued.length, scriptCapital, true);
      }
      // A Lie algebra's or an ideal's Fraktur letters (`\mathfrak{su}(2)` → `𝔰𝔲(2)`).
      if (text.startsWith('mathfrak', at + 1) && !isLetter(text.charCodeAt(at + 9))) {
        return alphabetArgument(text, at, at + 9, fraktur);
      }
      const name = text.startsWith('cal', at + 1) ? 'cal' : nameAt(text, at + 1);
      if (name === undefined || isLetter(text.charCodeAt(at + 1 + name.length))) return undefined;
      return alphabetArgument(text, at, at + 1 + name.length, scriptCapital);
    }
    // `mathcal{O}`, seen from its brace.
    if (code !== 0x7b) return undefined;
    if (text.startsWith('\\cal', at + 1)) return declaration(text, at);
    const start = at - 7;
    if (start < 0 || nameAt(text, start) === undefined) return undefined;
    const before = text.charCodeAt(start - 1);
    if (before === 0x5c || isWordChar(before)) return undefined;
    return alphabetArgument(text, start, at, scriptCapital);
  },
};

/**
 * Plain TeX's `{\cal L}`: the declaration and its one capital, braces and all.
 *
 * @example
 * ```ts
 * declaration('a {\\cal L} loss', 2); // one hit: '{\\cal L}' → 'ℒ'
 * ```
 */
function declaration(text: string, open: number): Outcome | undefined {
  const inner = alphabetArgument(text, open + 1, open + 5, scriptCapital);
  const hit = inner?.hits[0];
  if (hit === undefined || text.charCodeAt(hit.end) !== 0x7d) return undefined;
  return single(open, hit.end + 1, hit.text);
}

/** `mathcal` or `mathscr` at `from`, ending there (no letter after). */
function nameAt(text: string, from: number): string | undefined {
  for (const name of NAMES) {
    if (text.startsWith(name, from) && !isLetter(text.charCodeAt(from + name.length))) return name;
  }
  return undefined;
}
