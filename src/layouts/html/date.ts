/**
 * A listing page's day: from its data (`dateString`, or `date` on pages of 2024), else its URL
 * (`/papers/date/2026-10-02`, `?date=2026-10-02`). The Trending page has none: its
 * cards span many days.
 *
 * @module
 */
import { calendarDay } from '../../grammar/date-line.js';
import type { PartialDate } from '../../schema.js';

/**
 * The day a page lists, if it says.
 *
 * @example
 * ```ts
 * pageDate({ dateString: '2026-10-02' }, undefined); // { year: 2026, month: 10, day: 2 }
 * pageDate({}, 'https://huggingface.co/papers/date/2024-01-10'); // { year: 2024, month: 1, day: 10 }
 * pageDate({ date: '2024-08-01T00:00:00.000Z' }, undefined); // { year: 2024, month: 8, day: 1 }
 * pageDate({ isTrending: true, dateString: '2026-10-02' }, undefined); // undefined
 * ```
 */
export function pageDate(props: unknown, url: string | undefined): PartialDate | undefined {
  const data =
    typeof props === 'object' && props !== null ? (props as Record<string, unknown>) : {};
  if (data.isTrending === true || url?.includes('/papers/trending') === true) return undefined;
  // Pages of 2024 name the day `date`, an ISO date-time at midnight UTC.
  const named = typeof data.dateString === 'string' ? data.dateString : data.date;
  const fromData = typeof named === 'string' ? isoDay(named) : undefined;
  return fromData ?? (url === undefined ? undefined : urlDate(url));
}

/**
 * The day in a listing URL.
 *
 * @example
 * ```ts
 * urlDate('https://huggingface.co/papers?date=2024-01-10'); // { year: 2024, month: 1, day: 10 }
 * ```
 */
function urlDate(url: string): PartialDate | undefined {
  const path = url.indexOf('/papers/date/');
  if (path !== -1) return calendarDay(url.slice(path + 13, path + 23));
  for (const mark of ['?date=', '&date=']) {
    const query = url.indexOf(mark);
    if (query !== -1) return calendarDay(url.slice(query + 6, query + 16));
  }
  return undefined;
}

/**
 * The day of an ISO date, or of a date-time at midnight UTC (a day's name, not a time).
 *
 * @example
 * ```ts
 * isoDay('2024-08-01T00:00:00.000Z'); // { year: 2024, month: 8, day: 1 }
 * isoDay('2024-08-01T17:30:00.000Z'); // undefined
 * ```
 */
function isoDay(text: string): PartialDate | undefined {
  if (text.length === 10) return calendarDay(text);
  return MIDNIGHT.test(text.slice(10)) ? calendarDay(text.slice(0, 10)) : undefined;
}

const MIDNIGHT = /^T00:00(?::00(?:\.0{1,9})?)?Z$/;
