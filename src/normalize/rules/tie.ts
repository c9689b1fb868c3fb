/**
 * `tie`: LaTeX's tie `~` (a non-breaking space) glued between a word and what follows
 * becomes a space. A `~` after a space or bracket (`~30% of the parameters`) means
 * "about" and stays, and so does one between digits (`3~5`, a range).
 *
 * @example
 * ```text
 * The project website can be found at~https://x.io/vae/. → The project website can be found at https://x.io/vae/.
 * compared to traditional codecs~(H.264, H.265) → compared to traditional codecs (H.264, H.265)
 * see Figure~2, with ~30% of the parameters, (~7%) and 3~5 → see Figure 2, with ~30% of the parameters, (~7%) and 3~5
 * ```
 *
 * @module
 */
import { isDigit, isLetter, isSpace } from '../scan.js';
import { type Rule, single } from '../types.js';

export const tie: Rule = {
  name: 'tie',
  prefilter: {
    triggers: '~',
    anchors: ['~'],
  },
  examples: [
    [
      'The project website can be found at~https://x.io/vae/.',
      'The project website can be found at https://x.io/vae/.',
    ],
    [
      'compared to traditional codecs~(H.264, H.265)',
      'compared to traditional codecs (H.264, H.265)',
    ],
    [
      'see Figure~2, with ~30% of the parameters, (~7%) and 3~5',
      'see Figure 2, with ~30% of the parameters, (~7%) and 3~5',
    ],
  ],
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
      (isDigit(after) && !isDigit(before));
    return fits ? single(at, at + 1, ' ') : undefined;
  },
};

/** After these, a `~` starts something ("(~7%)", "/~user") rather than tying a word. */
const OPENERS = '([{/~=<>$:+-*';
