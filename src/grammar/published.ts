/**
 * The published date as the Trending and search pages print it: `Published on Oct 4,
 * 2026`, with or without the separator before it. A tool that prints the day first
 * (`Published on 6 Apr, 2024`), or the prefix twice (`Published on Published on 6 Apr,
 * 2024`, Hugging Face's MCP server's paper search), says the same.
 *
 * @module
 */
import { type DateLine, parseDateLine } from './date-line.js';

const PREFIX = 'Published on ';

/** `6 Apr, 2024`: the day before the month, the year after a comma. */
const DAY_FIRST = /^(\d{1,2}) ([A-Z][a-z]{2,8}\.?),? (\d{4})$/;

/**
 * Read `Published on <date>`, or `undefined`.
 *
 * @example
 * ```ts
 * readPublishedOn('Published on Oct 4, 2026');   // { month: 10, day: 4, year: 2026, valid: true }
 * readPublishedOn('· Published on Oct 4, 2026'); // the same
 * readPublishedOn('Published on Published on 6 Apr, 2024'); // { month: 4, day: 6, year: 2024, valid: true }
 * readPublishedOn('Oct 4, 2026');                // undefined (a plain date line)
 * ```
 */
export function readPublishedOn(text: string): DateLine | undefined {
  let rest = text;
  if (rest.startsWith('·')) rest = rest.slice(1).trimStart();
  if (!rest.startsWith(PREFIX)) return undefined;
  rest = rest.slice(PREFIX.length).trim();
  // The prefix printed twice (a caller adding it to a date that already had it).
  if (rest.startsWith(PREFIX)) rest = rest.slice(PREFIX.length).trim();
  const dayFirst = DAY_FIRST.exec(rest);
  if (dayFirst !== null) {
    const [, day, month, year] = dayFirst;
    const date = parseDateLine(`${month} ${day}, ${year}`);
    // A day-first date has no comment count after it.
    return date?.comments === undefined ? date : undefined;
  }
  return parseDateLine(rest);
}
