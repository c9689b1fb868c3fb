/**
 * `symbols`: one-symbol macros that kept their backslash (`\times`, `\leq`, `\alpha`,
 * `\ss`) become the symbol, and logos their name (`\LaTeX{}` → `LaTeX`). An empty
 * group after the macro (`\ldots{}`) goes too.
 * `\sim` is `∼` wherever it stands, as the page shows it (and as the bare `sim7%`
 * becomes).
 *
 * @example
 * ```text
 * a 256\times256 grid, p\leq 0.01, \alpha-blending → a 256×256 grid, p≤ 0.01, α-blending
 * and so on\ldots{} with \sim7\% → and so on… with ∼7%
 * an \ell_1 penalty, typeset in \LaTeX{} → an ℓ_1 penalty, typeset in LaTeX
 * ```
 *
 * @module
 */
import { LOGOS, SYMBOL_MACROS } from '../tables/symbols.js';
import { type Rule, single } from '../types.js';

export const symbols: Rule = {
  name: 'symbols',
  prefilter: {
    triggers: '\\',
    anchors: ['\\'],
  },
  match(text, at, ctx) {
    if (text.charCodeAt(at) !== 0x5c) return undefined;
    const name = ctx.macroName(text, at);
    const end = at + 1 + name.length;
    const symbol = Object.hasOwn(SYMBOL_MACROS, name)
      ? SYMBOL_MACROS[name]
      : Object.hasOwn(LOGOS, name)
        ? LOGOS[name]
        : undefined;
    if (symbol === undefined) return undefined;
    const stop = text.startsWith('{}', end) ? end + 2 : end;
    return single(at, stop, symbol);
  },
};
