/**
 * Counts as cards print them: `117`, `1,090`, `1.09k`, `12k`, `3.2M`. One reader for
 * upvotes, comments and GitHub stars, so `1.09k` means 1090 wherever it appears.
 *
 * @module
 */

/**
 * A count as a pattern's source, for patterns that read one among other words (a button
 * row's `GitHub 1.54k`). No nested quantifiers: linear on any input.
 */
export const COUNT_SOURCE = '\\d{1,3}(?:,\\d{3})+|\\d{1,9}|\\d{1,4}(?:\\.\\d{1,3})?[kKmM]';

const COUNT = new RegExp(`^(${COUNT_SOURCE})$`);

/**
 * Read a count, or `undefined` when `text` is not one.
 *
 * @example
 * ```ts
 * readCount('1.09k'); // 1090
 * readCount('1,090'); // 1090
 * readCount('12k');   // 12000
 * readCount('12 k');  // undefined
 * ```
 */
export function readCount(text: string): number | undefined {
  if (text.length === 0 || text.length > 13) return undefined;
  const first = text.charCodeAt(0);
  if (first < 0x30 || first > 0x39) return undefined;
  const match = COUNT.exec(text);
  if (match === null) return undefined;
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0x30 && last <= 0x39) return Number(text.replace(/,/g, ''));
  const scale = last === 0x6b || last === 0x4b ? 1_000 : 1_000_000;
  // Rounded: `1.09k` is 1090, not 1090.0000000000002.
  return Math.round(Number(text.slice(0, -1)) * scale);
}
