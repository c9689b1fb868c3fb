/**
 * A partial date as ISO 8601 text.
 *
 * @module
 */
import type { PartialDate } from '../schema.js';

/**
 * `2024-03-11`, or `--03-11` when the year is unknown (ISO 8601's month-and-day form).
 *
 * @example
 * ```ts
 * partialIsoDate({ month: 3, day: 11 }); // '--03-11'
 * partialIsoDate({ year: 2024, month: 3, day: 11 }); // '2024-03-11'
 * ```
 */
export function partialIsoDate(date: PartialDate): string {
  const month = String(date.month).padStart(2, '0');
  const day = String(date.day).padStart(2, '0');
  return `${date.year === undefined ? '-' : String(date.year).padStart(4, '0')}-${month}-${day}`;
}
