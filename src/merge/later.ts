/**
 * Which of two sightings of a paper is the later one, for its counts.
 *
 * @module
 */
import type { PartialDate } from '../schema.js';

/**
 * True when a sighting on `next` (read after the one on `previous`) is the later one:
 * by listing date when both dates have a year and differ, else by reading order, so a
 * capture read later counts as newer.
 *
 * @example
 * ```ts
 * isLater({ year: 2024, month: 12, day: 10 }, { year: 2024, month: 12, day: 11 }); // false
 * isLater({ month: 12, day: 10 }, { year: 2024, month: 12, day: 11 }); // true (read later)
 * isLater(undefined, undefined); // true
 * ```
 */
export function isLater(next: PartialDate | undefined, previous: PartialDate | undefined): boolean {
  if (next?.year === undefined || previous?.year === undefined) return true;
  const a = next.year * 10_000 + next.month * 100 + next.day;
  const b = previous.year * 10_000 + previous.month * 100 + previous.day;
  return a === b || a > b;
}
