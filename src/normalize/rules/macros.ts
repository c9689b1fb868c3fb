/**
 * `macros`: macros the user defined through `options.macros` become their text. They
 * win over every built-in table, so a user can also override a known macro.
 *
 * @example
 * ```text
 * we introduce \model, an efficient → we introduce KDiT, an efficient
 * ```
 * (with `options.macros = { model: 'KDiT' }`, as the tests run it)
 *
 * @module
 */
import { type Rule, single } from '../types.js';

export const macros: Rule = {
  name: 'macros',
  prefilter: {
    triggers: '\\',
    anchors: ['\\'],
  },
  match(text, at, ctx) {
    if (text.charCodeAt(at) !== 0x5c) return undefined;
    const name = ctx.macroName(text, at);
    if (name === '') return undefined;
    const end = at + 1 + name.length;
    if (!Object.hasOwn(ctx.macros, name)) return undefined;
    const value = ctx.macros[name];
    if (typeof value !== 'string') return undefined;
    // `\model{}` is the usual way to end a macro before a letter; the `{}` goes too.
    const stop = text.startsWith('{}', end) ? end + 2 : end;
    return single(at, stop, value);
  },
};
