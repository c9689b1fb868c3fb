/**
 * Date lines: the listing date (`Mar 11`) and a card's footer date (`Oct 7, 2023`,
 * `Jul 25`), optionally followed by the card's comment count (`Sep 25 2`,
 * `Apr 17, 2024 2`). The year needs its comma, as the pages print it, so a bare
 * number after the day is always the comment count. A text extractor that joins
 * elements with nothing between glues the count to a year (`Feb 13, 20252`): the year
 * is the first four digits, 19xx or 20xx, and the rest the count.
 *
 * @module
 */
import type { PartialDate } from '../schema.js';

/** What a date line says. */
export interface DateLine {
  readonly month: number;
  readonly day: number;
  readonly year?: number;
  readonly comments?: number;
  /** False for a day the month does not have (`Feb 30`). */
  readonly valid: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// Anchored, no nested quantifiers: linear on any input.
const DATE_LINE =
  /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? (\d{1,2})(?:, ((?:19|20)\d\d|\d{4}(?!\d))(\d{1,5})?)?(?: (\d{1,7}))?$/;

/**
 * Read a trimmed, collapsed line as a date line, or return `undefined`.
 *
 * @example
 * ```ts
 * parseDateLine('Apr 17, 2024 2'); // { month: 4, day: 17, year: 2024, comments: 2, valid: true }
 * parseDateLine('Mar 11');         // { month: 3, day: 11, valid: true }
 * parseDateLine('Feb 13, 20252');  // { month: 2, day: 13, year: 2025, comments: 2, valid: true }
 * parseDateLine('March madness');  // undefined
 * ```
 */
export function parseDateLine(line: string): DateLine | undefined {
  // Cheap checks before the regular expression: short, starts with a capital.
  if (line.length < 5 || line.length > 32) return undefined;
  const first = line.charCodeAt(0);
  if (first < 0x41 || first > 0x5a) return undefined;
  const match = DATE_LINE.exec(line);
  if (match === null) return undefined;
  const [, monthName = '', dayText = '', yearText, gluedText, spacedText] = match;
  // One count: spaced, or glued to the year by a text extractor (`Feb 13, 20252`).
  if (gluedText !== undefined && spacedText !== undefined) return undefined;
  const commentsText = gluedText ?? spacedText;
  const month = MONTHS.indexOf(monthName.toLowerCase()) + 1;
  const day = Number(dayText);
  const year = yearText === undefined ? undefined : Number(yearText);
  const valid =
    day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 0) && !isBadLeapDay(year, month, day);
  return {
    month,
    day,
    valid,
    ...(year === undefined ? {} : { year }),
    ...(commentsText === undefined ? {} : { comments: Number(commentsText) }),
  };
}

/**
 * The calendar date a date line prints, without its comment count or validity flag.
 *
 * @example
 * ```ts
 * printedDate({ month: 4, day: 17, year: 2024, comments: 2, valid: true }); // { year: 2024, month: 4, day: 17 }
 * printedDate({ month: 3, day: 11, valid: true });                          // { month: 3, day: 11 }
 * ```
 */
export function printedDate(line: DateLine): PartialDate {
  return line.year === undefined
    ? { month: line.month, day: line.day }
    : { year: line.year, month: line.month, day: line.day };
}

function isBadLeapDay(year: number | undefined, month: number, day: number): boolean {
  if (year === undefined || month !== 2 || day !== 29) return false;
  return !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A real `YYYY-MM-DD` day, or `undefined` (one the calendar has: no `2023-02-29`).
 *
 * @example
 * ```ts
 * calendarDay('2024-08-01'); // { year: 2024, month: 8, day: 1 }
 * calendarDay('2024-02-30'); // undefined
 * ```
 */
export function calendarDay(text: string): PartialDate | undefined {
  const match = ISO_DAY.exec(text);
  if (match === null) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const probe = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return probe.getUTCMonth() === date.month - 1 && probe.getUTCDate() === date.day
    ? date
    : undefined;
}
