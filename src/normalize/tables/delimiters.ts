/**
 * Sized delimiters: the commands that size the delimiter after them (`\\left(`,
 * `\\big|`), and the delimiters written as a name (`\\langle`). Read by `symbols`;
 * known to `code` and `unknown-macros`.
 *
 * @example
 * ```ts
 * SIZERS.has('left'); // true
 * NAMED_DELIMITERS[0]; // ['langle', '⟨']
 * ```
 *
 * @module
 */

/** Commands that size the delimiter after them, which prints as itself. */
export const SIZERS: ReadonlySet<string> = new Set(
  'left right middle big Big bigg Bigg bigl bigr Bigl Bigr biggl biggr Biggl Biggr'.split(' '),
);

/** Delimiters written as a name after a sizer, with what each prints. */
export const NAMED_DELIMITERS: readonly (readonly [string, string])[] = [
  ['langle', '⟨'],
  ['lbrace', '{'],
  ['rbrace', '}'],
  ['lbrack', '['],
  ['rbrack', ']'],
  ['rangle', '⟩'],
  ['lVert', '‖'],
  ['rVert', '‖'],
  ['lvert', '|'],
  ['rvert', '|'],
  ['Vert', '‖'],
  ['vert', '|'],
  ['lfloor', '⌊'],
  ['rfloor', '⌋'],
  ['lceil', '⌈'],
  ['rceil', '⌉'],
];

/**
 * The bars among the named delimiters, which print as themselves sized or not
 * (`\vert`, `\lVert`): read by `symbols`, and no command's name to `unknown-macros`.
 *
 * @example
 * ```ts
 * NAMED_BARS.get('lVert'); // '‖'
 * ```
 */
export const NAMED_BARS: ReadonlyMap<string, string> = new Map(
  NAMED_DELIMITERS.filter(([, glyph]) => glyph === '|' || glyph === '‖'),
);
