/**
 * `symbols`: one-symbol macros that kept their backslash (`\times`, `\leq`, `\alpha`,
 * `\ss`) become the symbol. An empty group after the macro (`\ldots{}`) goes too.
 * `\sim` is `∼` wherever it stands, as the page shows it (and as the bare `sim7%`
 * becomes).
 *
 * @example
 * ```text
 * a 256\times256 grid, p\leq 0.01, \alpha-blending → a 256×256 grid, p≤ 0.01, α-blending
 * and so on\ldots{} with \sim7\% → and so on… with ∼7%
 * ```
 *
 * @module
 */
import { SYMBOL_MACROS } from '../tables/symbols.js';
import { type Rule, single } from '../types.js';

export const symbols: Rule = {
  name: 'symbols',
  prefilter: {
    triggers: '\\',
    anchors: ['\\'],
  },
  examples: [
    ['a 256\\times256 grid, p\\leq 0.01, \\alpha-blending', 'a 256×256 grid, p≤ 0.01, α-blending'],
    ['and so on\\ldots{} with \\sim7\\%', 'and so on… with ∼7%'],
  ],
  match(text, at, ctx) {
    if (text.charCodeAt(at) !== 0x5c) return undefined;
    const name = ctx.macroName(text, at);
    const end = at + 1 + name.length;
    if (!Object.hasOwn(SYMBOL_MACROS, name)) return undefined;
    const stop = text.startsWith('{}', end) ? end + 2 : end;
    return single(at, stop, SYMBOL_MACROS[name] as string);
  },
};
