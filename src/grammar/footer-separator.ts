/**
 * The middle dot between a card's authors and its date: a line holding only `·`.
 *
 * @module
 */

/**
 * Whether a trimmed line is the footer separator.
 *
 * @example
 * ```ts
 * isFooterSeparator('·'); // true
 * isFooterSeparator('· Published on Oct 4'); // false
 * ```
 */
export function isFooterSeparator(line: string): boolean {
  return line === '·';
}
