/**
 * Trademark ornaments written as superscripts: `Intel^circledR` → `Intel®`,
 * `Core^{tiny TM}` → `Core™`.
 *
 * @module
 */

/**
 * Ornament names after `^` (with or without braces and backslash).
 *
 * @example
 * ```ts
 * ORNAMENTS.circledR; // '®'
 * ```
 */
export const ORNAMENTS: Readonly<Record<string, string>> = {
  circledR: '®',
  textregistered: '®',
  registered: '®',
  TM: '™',
  texttrademark: '™',
  trademark: '™',
  circledC: '©',
  textcopyright: '©',
  copyright: '©',
  circ: '°',
  dagger: '†',
  ddagger: '‡',
};

/**
 * Size commands that lost their backslash inside an ornament (`^{tiny TM}`).
 *
 * @example
 * ```ts
 * ORNAMENT_SIZES.has('tiny'); // true
 * ```
 */
export const ORNAMENT_SIZES: ReadonlySet<string> = new Set([
  'tiny',
  'scriptsize',
  'footnotesize',
  'small',
  'textsuperscript',
]);

/**
 * Marks that plain text writes on the line, raised or not: a superscript around one
 * (`\\textsuperscript{®}`, `RRT^{*}`, `Doe^†`) adds nothing.
 *
 * @example
 * ```ts
 * RAISED_MARKS.includes('†'); // true
 * ```
 */
export const RAISED_MARKS = '®™†‡*©℠';
