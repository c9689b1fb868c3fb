/**
 * Macros that only style their text. Their text stays; the macro and its braces go.
 *
 * @module
 */

/**
 * Styling commands taking a braced argument: `\textbf{D}irect` → `Direct`.
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
]);

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
]);
