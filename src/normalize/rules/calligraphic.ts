/**
 * `calligraphic`: `\mathcal{O}` and its flattened `mathcal{O}` (also `\mathscr`, and
 * `\mathcal O` with a space) become the script capital `𝒪`, as the page would show
 * it. Only capitals: anything else in the braces is left to `text-style`, which keeps
 * the text. The flattened form needs its braces: `mathcal O` alone would cost every
 * text a search for `mathcal`, and is not seen in captures.
 *
 * @example
 * ```text
 * a mathcal{O}(T^{1/2}) regret and \mathcal{L}_{KL} → a 𝒪(T^{1/2}) regret and ℒ_{KL}
 * in \mathcal{O}(n) time, \mathscr{F} and \mathcal L → in 𝒪(n) time, ℱ and ℒ
 * the mathcal library, mathcalO → the mathcal library, mathcalO
 * ```
 *
 * @module
 */
import { isLetter, isWordChar } from '../scan.js';
import { scriptCapital } from '../tables/script.js';
import type { Rule } from '../types.js';
import { alphabetArgument } from './blackboard-bold.js';

const NAMES = ['mathcal', 'mathscr'];

export const calligraphic: Rule = {
  name: 'calligraphic',
  prefilter: {
    triggers: '\\{',
    anchors: ['\\', '{'],
  },
  match(text, at) {
    const code = text.charCodeAt(at);
    if (code === 0x5c) {
      const name = nameAt(text, at + 1);
      return name === undefined
        ? undefined
        : alphabetArgument(text, at, at + 1 + name.length, scriptCapital);
    }
    // `mathcal{O}`, seen from its brace.
    if (code !== 0x7b) return undefined;
    const start = at - 7;
    if (start < 0 || nameAt(text, start) === undefined) return undefined;
    const before = text.charCodeAt(start - 1);
    if (before === 0x5c || isWordChar(before)) return undefined;
    return alphabetArgument(text, start, at, scriptCapital);
  },
};

/** `mathcal` or `mathscr` at `from`, ending there (no letter after). */
function nameAt(text: string, from: number): string | undefined {
  for (const name of NAMES) {
    if (text.startsWith(name, from) && !isLetter(text.charCodeAt(from + name.length))) return name;
  }
  return undefined;
}
