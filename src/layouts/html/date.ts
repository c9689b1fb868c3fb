/**
 * A listing page's day: from its data (`dateString`), else its URL
 * (`/papers/date/2026-10-02`, `?date=2026-10-02`). The Trending page has none: its
 * cards span many days.
 *
 * @module
 */
import type { PartialDate } from '../../schema.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The day a page lists, if it says.
 *
 * @example
 * ```ts
 * pageDate({ dateString: '2026-10-02' }, undefined); // { year: 2026, month: 10, day: 2 }
 * pageDate({}, 'https://huggingface.co/papers/date/2024-01-10'); // { year: 2024, month: 1, day: 10 }
 * pageDate({ isTrending: true, dateString: '2026-10-02' }, undefined); // undefined
 * ```
 */
export function pageDate(props: unknown, url: string | undefined): PartialDate | undefined {
  const data =
    typeof props === 'object' && props !== null ? (props as Record<string, unknown>) : {};
  if (data.isTrending === true || url?.includes('/papers/trending') === true) return undefined;
  const fromData = typeof data.dateString === 'string' ? day(data.dateString) : undefined;
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
  if (path !== -1) return day(url.slice(path + 13, path + 23));
  for (const mark of ['?date=', '&date=']) {
    const query = url.indexOf(mark);
    if (query !== -1) return day(url.slice(query + 6, query + 16));
  }
  return undefined;
}

/**
 * A real `YYYY-MM-DD` day, or `undefined`.
 *
 * @example
 * ```ts
 * day('2024-02-30'); // undefined
 * ```
 */
function day(text: string): PartialDate | undefined {
  const match = ISO_DAY.exec(text);
  if (match === null) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const probe = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return probe.getUTCMonth() === date.month - 1 && probe.getUTCDate() === date.day
    ? date
    : undefined;
}
