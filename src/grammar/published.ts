/**
 * The published date as the Trending and search pages print it: `Published on Oct 4,
 * 2026`, with or without the separator before it.
 *
 * @module
 */
import { type DateLine, parseDateLine } from './date-line.js';

const PREFIX = 'Published on ';

/**
 * Read `Published on <date>`, or `undefined`.
 *
 * @example
 * ```ts
 * readPublishedOn('Published on Oct 4, 2026');   // { month: 10, day: 4, year: 2026, valid: true }
 * readPublishedOn('· Published on Oct 4, 2026'); // the same
 * readPublishedOn('Oct 4, 2026');                // undefined (a plain date line)
 * ```
 */
export function readPublishedOn(text: string): DateLine | undefined {
  let rest = text;
  if (rest.startsWith('·')) rest = rest.slice(1).trimStart();
  if (!rest.startsWith(PREFIX)) return undefined;
  return parseDateLine(rest.slice(PREFIX.length).trim());
}
