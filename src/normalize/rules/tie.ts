/**
 * `tie`: LaTeX's tie `~` (a non-breaking space) glued between a word and what follows
 * becomes a space. A `~` after a space or bracket (`~30% of the parameters`) means
 * "about" and stays, and so does one between quantities (`3~5`, `8 Mbps~10 Gbps`:
 * a range).
 *
 * @example
 * ```text
 * The project website can be found at~https://x.io/vae/. → The project website can be found at https://x.io/vae/.
 * compared to traditional codecs~(H.264, H.265) → compared to traditional codecs (H.264, H.265)
 * see Figure~2, with ~30% of the parameters, (~7%) and 3~5 → see Figure 2, with ~30% of the parameters, (~7%) and 3~5
 * from 8 Mbps~10 Gbps, 7B~13B and 10%~20% → from 8 Mbps~10 Gbps, 7B~13B and 10%~20%
 * ```
 *
 * @module
 */
import { isDigit, isLetter, isSpace, lettersStart } from '../scan.js';
import { type Rule, single } from '../types.js';

export const tie: Rule = {
  name: 'tie',
  prefilter: {
    triggers: '~',
    anchors: ['~'],
  },
  match(text, at) {
    if (at === 0 || text.charCodeAt(at) !== 0x7e) return undefined;
    const before = text.charCodeAt(at - 1);
    if (isSpace(before) || OPENERS.includes(text[at - 1] as string)) return undefined;
    const after = text.charCodeAt(at + 1);
    const fits =
      isLetter(after) ||
      after === 0x28 ||
      after === 0x5b ||
      after === 0x5c ||
      (isDigit(after) && !isDigit(before) && !afterQuantity(text, at));
    return fits ? single(at, at + 1, ' ') : undefined;
  },
};

/**
 * Does a quantity end right before the `~` at `at` (`8 Mbps~10 Gbps`, `7B~13B`,
 * `10%~20%`)? Then a `~` before a number is a range, not a tie.
 *
 * @example
 * ```ts
 * afterQuantity('8 Mbps~10 Gbps', 6); // true
 * afterQuantity('Figure~2', 6); // false
 * ```
 */
function afterQuantity(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (before === 0x25) return true;
  if (!isLetter(before)) return false;
  const start = lettersStart(text, at, 8);
  if (at - start > 6) return false;
  const previous = text.charCodeAt(start - 1);
  if (isDigit(previous)) return true;
  return previous === 0x20 && isDigit(text.charCodeAt(start - 2));
}

/** After these, a `~` starts something ("(~7%)", "/~user") rather than tying a word. */
const OPENERS = '([{/~=<>$:+-*';
