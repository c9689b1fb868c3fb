/**
 * LaTeX's spacing commands with a name (and `\nobreakdash`, a line-breaking one), and
 * what each prints in running text: a space, or nothing. Read by `escapes`; known to `unknown-macros`.
 *
 * @example
 * ```ts
 * NAMED_SPACING.quad; // ' '
 * NAMED_SPACING.noindent; // ''
 * ```
 *
 * @module
 */
export const NAMED_SPACING: Readonly<Record<string, string>> = {
  quad: ' ',
  qquad: ' ',
  enspace: ' ',
  enskip: ' ',
  thinspace: ' ',
  medspace: ' ',
  thickspace: ' ',
  hfill: ' ',
  // A space by name (`3 \space billion`): one, beside the space that ends the name.
  space: ' ',
  negthinspace: '',
  negmedspace: '',
  noindent: '',
  // amsmath's: the dash after it may not break from what is before it.
  nobreakdash: '',
};

/**
 * The control symbols that print a positive space, thin, medium or thick: `\,`, `\:`,
 * `\;` (`\!` is negative). A run of them prints one space (`escapes`), and one opening a
 * unit's group is that space (`text-style`).
 *
 * @example
 * ```ts
 * SPACE_MARKS.includes(','); // true
 * ```
 */
export const SPACE_MARKS = ',;:';
