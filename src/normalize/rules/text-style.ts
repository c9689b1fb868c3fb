/**
 * `text-style`: styling macros (`\textbf{…}`, `\emph{…}`, `{\bf …}`) lose the macro
 * and their braces and keep their text. Groups are tracked on a stack, so a closing
 * brace is dropped only when it closes a styling group; an opener whose brace never
 * closes (as in the fixtures' `\textbf{Positional \textbf{Integrity Encoding} (PIE)`)
 * simply goes, and other braces stay as written.
 *
 * @example
 * ```text
 * we introduce \textbf{D}irect → we introduce Direct
 * Lion (Evo\textbf{Lved Sign Momentum}). → Lion (EvoLved Sign Momentum).
 * introducing \textbf{Positional \textbf{Integrity Encoding} (PIE). → introducing Positional Integrity Encoding (PIE).
 * a {\em fast} and \emph{simple {set}} → a fast and simple {set}
 * ```
 *
 * @module
 */
import { lettersEnd } from '../scan.js';
import { STYLE_COMMANDS, STYLE_DECLARATIONS } from '../tables/text-styles.js';
import { type Rule, single } from '../types.js';

export const textStyle: Rule = {
  name: 'text-style',
  prefilter: {
    triggers: '\\{}',
    anchors: ['\\'],
  },
  examples: [
    ['we introduce \\textbf{D}irect', 'we introduce Direct'],
    ['Lion (Evo\\textbf{Lved Sign Momentum}).', 'Lion (EvoLved Sign Momentum).'],
    [
      'introducing \\textbf{Positional \\textbf{Integrity Encoding} (PIE).',
      'introducing Positional Integrity Encoding (PIE).',
    ],
    ['a {\\em fast} and \\emph{simple {set}}', 'a fast and simple {set}'],
  ],
  match(text, at, ctx) {
    const code = text.charCodeAt(at);
    if (code === 0x7d) {
      // Only a brace that closes a styling group goes.
      return ctx.braces.pop() === true ? single(at, at + 1, '') : undefined;
    }
    if (code === 0x5c) {
      const end = lettersEnd(text, at + 1);
      if (text.charCodeAt(end) !== 0x7b || !STYLE_COMMANDS.has(text.slice(at + 1, end))) {
        return undefined;
      }
      ctx.braces.push(true);
      return single(at, end + 1, '');
    }
    if (code !== 0x7b) return undefined;
    // `{\bf fast}`: the declaration goes with its group's braces.
    if (text.charCodeAt(at + 1) === 0x5c) {
      const end = lettersEnd(text, at + 2);
      const after = text.charCodeAt(end);
      if (
        STYLE_DECLARATIONS.has(text.slice(at + 2, end)) &&
        (after === 0x20 || after === 0x5c || after === 0x7d)
      ) {
        ctx.braces.push(true);
        return single(at, after === 0x20 ? end + 1 : end, '');
      }
    }
    ctx.braces.push(false);
    return undefined;
  },
};
