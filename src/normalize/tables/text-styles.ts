/**
 * Macros that only style their text. Their text stays; the macro and its braces go.
 *
 * @module
 */

/**
 * Styling commands taking a braced argument: `\textbf{D}irect` → `Direct`. Also the
 * acronym packages' short forms (`\ac{BCS}`, `\acs{LLM}`), which print the acronym
 * itself (its long form is the glossary's, which no abstract holds).
 *
 * @example
 * ```ts
 * STYLE_COMMANDS.has('textbf'); // true
 * ```
 */
export const STYLE_COMMANDS: ReadonlySet<string> = new Set([
  'textbf',
  'textit',
  'texttt',
  'textsc',
  'textsf',
  'textrm',
  'textup',
  'textsl',
  'textmd',
  'textnormal',
  'emph',
  'underline',
  'mbox',
  'text',
  'mathrm',
  'mathbf',
  'mathit',
  'mathsf',
  'mathtt',
  'mathcal',
  'boldsymbol',
  'bm',
  'operatorname',
  'mathop',
  'mathbin',
  'mathrel',
  'mathord',
  'ul',
  'uline',
  'hl',
  'uwave',
  'mathnormal',
  'mathbfit',
  'hbox',
  'sout',
  'smash',
  'pmb',
  'ensuremath',
  'ac',
  'acs',
]);

/**
 * Styling commands that take a colour before their text: `\textcolor{red}{Name}`.
 *
 * @example
 * ```ts
 * COLOUR_COMMANDS.has('textcolor'); // true
 * ```
 */
export const COLOUR_COMMANDS: ReadonlySet<string> = new Set(['textcolor', 'colorbox']);

/**
 * Styling commands recognised without their backslash, before a brace (`mathbf{7.9×}`):
 * long names no English word or identifier spells.
 *
 * @example
 * ```ts
 * BARE_STYLE_COMMANDS.has('mathbf'); // true
 * BARE_STYLE_COMMANDS.has('text'); // false
 * ```
 */
export const BARE_STYLE_COMMANDS: ReadonlySet<string> = new Set(
  [...STYLE_COMMANDS].filter(
    (name) =>
      name.startsWith('math') ||
      (name.startsWith('text') && name.length > 4) ||
      name === 'emph' ||
      name === 'boldsymbol' ||
      name === 'underline' ||
      name === 'operatorname',
  ),
);

/**
 * LaTeX's size declarations, from the smallest.
 *
 * @example
 * ```ts
 * SIZE_DECLARATIONS.includes('LARGE'); // true
 * ```
 */
export const SIZE_DECLARATIONS: readonly string[] = [
  'tiny',
  'scriptsize',
  'footnotesize',
  'small',
  'normalsize',
  'large',
  'Large',
  'LARGE',
  'huge',
  'Huge',
];

/**
 * Old-style declarations used inside a group: `{\bf fast}` → `fast`.
 *
 * @example
 * ```ts
 * STYLE_DECLARATIONS.has('em'); // true
 * ```
 */
export const STYLE_DECLARATIONS: ReadonlySet<string> = new Set([
  'bf',
  'it',
  'em',
  'sc',
  'tt',
  'rm',
  'sf',
  'sl',
  'bfseries',
  'itshape',
  'scshape',
  'ttfamily',
  ...SIZE_DECLARATIONS,
  'displaystyle',
  'textstyle',
  'scriptstyle',
  'scriptscriptstyle',
]);
