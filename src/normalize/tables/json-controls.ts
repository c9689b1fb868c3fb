/**
 * The control characters a JSON decoder makes of a LaTeX backslash that was not doubled:
 * `"\times"` decodes to TAB + `imes`, `"\frac"` to a form feed + `rac`, `"\beta"` to a
 * backspace + `eta`, `"\rho"` to a carriage return + `ho`. A Python string literal also
 * makes a bell of `\alpha` (BEL + `lpha`) and a vertical tab of `\vec` (VT + `ec`). (`\n`
 * is a line break, which text keeps.) One table, so the rules that read them agree on
 * the set.
 *
 * @module
 */

/**
 * Each control character and the escape letter it stands for.
 *
 * @example
 * ```ts
 * JSON_CONTROLS['\t']; // 't'
 * ```
 */
export const JSON_CONTROLS: Readonly<Record<string, string>> = {
  '\t': 't',
  '\f': 'f',
  '\b': 'b',
  '\r': 'r',
  '\x07': 'a',
  '\v': 'v',
};

/**
 * Matches any of {@link JSON_CONTROLS}' characters.
 *
 * @example
 * ```ts
 * JSON_CONTROL.test('$\beta$'); // true: a backspace stands for the lost backslash
 * ```
 */
export const JSON_CONTROL = new RegExp(`[${Object.keys(JSON_CONTROLS).join('')}]`);
