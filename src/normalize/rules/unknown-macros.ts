/**
 * `unknown-macros`: a macro no rule knows (`\model`, `\codestar`) is kept exactly as
 * written and reported in `explainNormalization(…).unknownMacros`, so a user can
 * supply its text through `options.macros`. It never counts as a fix.
 *
 * @example
 * ```text
 * we introduce \model, an efficient → we introduce \model, an efficient
 * with the FP6 quantization, \codestar-15B model → with the FP6 quantization, \codestar-15B model
 * ```
 *
 * @module
 */

import { isDigit, isWordChar } from '../scan.js';
import { ABBREVIATIONS } from '../tables/abbreviations.js';
import { LETTER_ACCENTS, MATH_ACCENTS } from '../tables/accents.js';
import { NAMED_BARS, SIZERS } from '../tables/delimiters.js';
import { NAMED_SPACING } from '../tables/spacing.js';
import { LOGOS, OPERATOR_NAMES, SYMBOL_MACROS } from '../tables/symbols.js';
import { STYLE_COMMANDS, STYLE_DECLARATIONS } from '../tables/text-styles.js';
import type { Context, Rule } from '../types.js';

/** Names `symbols` reads that take no argument: a bar, a comparison, a tilde or a colon by name. */
const BRACELESS = new Set([
  'lt',
  'gt',
  'textasciitilde',
  'textasciicircum',
  'textless',
  'textgreater',
  'colon',
  'slash',
  ...NAMED_BARS.keys(),
]);

/** Names other rules handle (a rule may be off, or its argument malformed). */
const HANDLED = new Set([
  ...BRACELESS,
  'romannumeral',
  'enquote',
  'hspace',
  'vspace',
  'SI',
  'si',
  'qty',
  'unit',
  'num',
  'ang',
  'frac',
  'stackrel',
  'not',
  'unicode',
  'ding',
  'tfrac',
  'dfrac',
  'cfrac',
  'nicefrac',
  'sfrac',
  'sqrt',
  'mathbb',
  'Bbb',
  'mathcal',
  'mathscr',
  'url',
  'href',
  'color',
  'textcolor',
  'colorbox',
  'hypersetup',
  'hyperlink',
  'hypertarget',
  'cite',
  'citep',
  'citealp',
  'parencite',
  'autocite',
  'footcite',
  'supercite',
  'Cite',
  'Citep',
]);

/**
 * Does a rule read `name` with a braced argument (`\frac`, `\sqrt`, `\cite`, `\href`)?
 *
 * @example
 * ```ts
 * takesArgument('cite'); // true
 * takesArgument('vert'); // false
 * ```
 */
export function takesArgument(name: string): boolean {
  return HANDLED.has(name) && !BRACELESS.has(name);
}

/**
 * Is `name` a macro some rule knows?
 *
 * @example
 * ```ts
 * isKnownMacro('textbf'); // true
 * isKnownMacro('model'); // false
 * ```
 */
export function isKnownMacro(name: string): boolean {
  return (
    HANDLED.has(name) ||
    Object.hasOwn(SYMBOL_MACROS, name) ||
    Object.hasOwn(LOGOS, name) ||
    Object.hasOwn(ABBREVIATIONS, name) ||
    Object.hasOwn(LETTER_ACCENTS, name) ||
    Object.hasOwn(MATH_ACCENTS, name) ||
    OPERATOR_NAMES.has(name) ||
    Object.hasOwn(NAMED_SPACING, name) ||
    SIZERS.has(name) ||
    STYLE_COMMANDS.has(name) ||
    STYLE_DECLARATIONS.has(name)
  );
}

/**
 * The command among `names` that starts the unknown macro at `at` in a text that lost
 * every brace, as a dump that drops them glues a command to its argument (PMLR's YAML:
 * `\emph{how}` → `\emphhow`, `\mathcal{O}` → `\mathcalO`): the command's name and
 * more letters at a word's start, no digit glued after them (`\emphx2014` is a name's),
 * the whole no macro a rule knows (`\mathbbm` is bbm's), and no brace in the text,
 * where a user's macro would have its argument's.
 *
 * @example
 * ```ts
 * bracelessCommand('We solve \\emphhow to', 9, ['emph'], ctx); // 'emph'
 * bracelessCommand('\\emph{a} and \\emphhow', 14, ['emph'], ctx); // undefined
 * ```
 */
export function bracelessCommand(
  text: string,
  at: number,
  names: readonly string[],
  ctx: Context,
): string | undefined {
  const name = ctx.macroName(text, at);
  const command = names.find((known) => name.length > known.length && name.startsWith(known));
  if (
    command === undefined ||
    isKnownMacro(name) ||
    isDigit(text.charCodeAt(at + 1 + name.length)) ||
    // At a word's start, unless a root's operand follows a variable (`O(K\sqrtn)`); a
    // path's segment is none (`data\emphysema\x`).
    (command !== 'sqrt' && isWordChar(text.charCodeAt(at - 1)))
  ) {
    return undefined;
  }
  // Once a pass: the text is the same at each name.
  return ctx.once(BRACES_LOST, () => bracesLost(text)) ? command : undefined;
}

const BRACES_LOST = 'unknown-macros:braces-lost';

/**
 * Whether `text` holds no brace, as a dump that dropped every one leaves it. (The text
 * as it stands: a fix that took a group's braces makes the same text, so reading it so
 * keeps the output a fixed point.)
 *
 * @example
 * ```ts
 * bracesLost('We solve \\emphhow to'); // true
 * ```
 */
function bracesLost(text: string): boolean {
  return !text.includes('{') && !text.includes('}');
}

/**
 * Will a rule read `\name` where a lost backslash is put back: a symbol, while `symbols`
 * is on, or a known command followed by its brace? For the rules that put one back
 * (`json-escapes`, a flattened formula in `math-delimiters`): a backslash nothing reads
 * is a new artifact.
 *
 * @example
 * ```ts
 * readsName('sim', false, ctx); // true
 * readsName('frac', false, ctx); // false (no brace after it)
 * ```
 */
export function readsName(name: string, braced: boolean, ctx: Context): boolean {
  // A command that takes a brace; not an operator's name, an accent or a bar, which a
  // Perl hash's `$max{$k}` would name too.
  const command =
    !OPERATOR_NAMES.has(name) && !Object.hasOwn(MATH_ACCENTS, name) && !BRACELESS.has(name);
  if (braced && command && isKnownMacro(name)) return true;
  return Object.hasOwn(SYMBOL_MACROS, name) && ctx.enabled('symbols');
}

export const unknownMacros: Rule = {
  name: 'unknown-macros',
  prefilter: {
    triggers: '\\',
    anchors: ['\\'],
  },
  match(text, at, ctx) {
    if (text.charCodeAt(at) !== 0x5c) return undefined;
    const name = ctx.macroName(text, at);
    if (name === '') return undefined;
    const end = at + 1 + name.length;
    if (!isKnownMacro(name) && !Object.hasOwn(ctx.macros, name)) {
      ctx.reportUnknown({ name, start: at, end });
    }
    return { hits: [], resume: end };
  },
};
