/**
 * The middle dot between a card's byline and its date: `·` on a line of its own, or
 * between pieces of one line (`Org · Published on Oct 4, 2026`).
 *
 * @module
 */

/** The separator character. */
export const SEPARATOR = '·';

/**
 * Whether a trimmed piece of text is the footer separator.
 *
 * @example
 * ```ts
 * isSeparator('·'); // true
 * isSeparator('· Published on Oct 4'); // false
 * ```
 */
export function isSeparator(text: string): boolean {
  return text === SEPARATOR;
}
