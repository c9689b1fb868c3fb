/**
 * `json-escapes`: a JSON dump whose LaTeX backslashes were not doubled turned `\t`
 * and `\f` into control characters, so `3.6\times` reads `3.6`, TAB, `imes`. Where
 * the control character and the letters after it spell a macro some rule knows
 * (`times`, `theta`, `textbf{`, `frac{`), the backslash and the letter come back, and
 * the next pass reads the macro. `\b`, `\r` and `\n` are left out: a search for each
 * would cost every clean text about 1.5 % more, and a line break before a word is
 * ordinary text.
 *
 * In the examples `<TAB>`, `<FF>`, `<BS>`, `<CR>` and `<LF>` stand for the characters.
 *
 * @example
 * ```text
 * over 3.6<TAB>imes faster, 1.44$<TAB>imes$ fewer, a <FF>rac{1}{2} step → over 3.6× faster, 1.44× fewer, a 1/2 step
 * ImageNet $256<TAB>imes 256$ images → ImageNet 256×256 images
 * <TAB>heta=0.9, <FF>orall x, <TAB>extbf{dense} map → θ=0.9, ∀ x, dense map
 * name<TAB>items<TAB>au, a <TAB>ext column, <TAB>o, <BS>eta, CR<CR><LF>next → name<TAB>items<TAB>au, a <TAB>ext column, <TAB>o, <BS>eta, CR<CR><LF>next
 * ```
 *
 * @module
 */
import { lettersEnd } from '../scan.js';
import { type Rule, single } from '../types.js';
import { readsName } from './unknown-macros.js';

/** Each control character and the escape's letter it stands for. */
const LETTERS: Readonly<Record<string, string>> = { '\t': 't', '\f': 'f' };

export const jsonEscapes: Rule = {
  name: 'json-escapes',
  prefilter: {
    triggers: '\t\f',
    anchors: ['\t', '\f'],
  },
  match(text, at, ctx) {
    const letter = LETTERS[text[at] as string];
    if (letter === undefined) return undefined;
    // A TAB is also a column's start: after one, three letters at least (not `o`, `au`
    // for `\to`, `\tau`); after a form feed, which no clean text holds, two.
    const end = lettersEnd(text, at + 1);
    if (end - at <= (letter === 't' ? 3 : 2)) return undefined;
    const name = letter + text.slice(at + 1, end);
    // A command needs its argument's brace (a TAB before `ext` is no `\text`).
    return readsName(name, text.charCodeAt(end) === 0x7b, ctx)
      ? single(at, at + 1, `\\${letter}`)
      : undefined;
  },
};
