/**
 * Year resolution for dates printed without one.
 *
 * @module
 */
import type { PartialDate } from '../schema.js';

/** A reference date: a date with its year. */
export type FullDate = PartialDate & { readonly year: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Read `options.referenceDate`: a `Date` (its calendar day in the local time zone, the
 * day `new Date(2024, 11, 11)` names wherever it runs) or `YYYY-MM-DD`.
 * Throws a `TypeError`/`RangeError` for anything else: a bad option is a programming
 * error, not a content problem.
 *
 * @example
 * ```ts
 * toReferenceDate('2024-12-11'); // { year: 2024, month: 12, day: 11 }
 * toReferenceDate(new Date(2024, 11, 11)); // { year: 2024, month: 12, day: 11 }, in any TZ
 * ```
 */
export function toReferenceDate(value: Date | string): FullDate {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('referenceDate is an invalid Date');
    return {
      // Local getters: the user wrote a day; UTC would shift it east of Greenwich.
      year: value.getFullYear(),
      month: value.getMonth() + 1,
      day: value.getDate(),
    };
  }
  if (typeof value !== 'string') {
    throw new TypeError(`referenceDate must be a Date or a YYYY-MM-DD string, got ${typeof value}`);
  }
  const match = ISO_DATE.exec(value);
  const date = match && {
    year: Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
  };
  if (!date || !isRealDay(date)) {
    throw new RangeError(
      `referenceDate must be a real YYYY-MM-DD date, got ${JSON.stringify(value)}`,
    );
  }
  return date;
}

function isRealDay({ year, month, day }: FullDate): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return (
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day
  );
}

/**
 * Give a yearless date the reference year, or the year before when that would put it
 * after the reference date.
 *
 * @example
 * ```ts
 * resolveYear({ month: 7, day: 25 }, { year: 2024, month: 12, day: 11 }); // { year: 2024, month: 7, day: 25 }
 * resolveYear({ month: 12, day: 20 }, { year: 2025, month: 1, day: 5 }); // { year: 2024, month: 12, day: 20 }
 * ```
 */
export function resolveYear(date: PartialDate, reference: FullDate | undefined): PartialDate {
  if (date.year !== undefined || reference === undefined) return date;
  const later =
    date.month > reference.month || (date.month === reference.month && date.day > reference.day);
  const year = later ? reference.year - 1 : reference.year;
  // Feb 29 in a year that has none cannot be the card's date: keep it yearless.
  if (date.month === 2 && date.day === 29 && !isRealDay({ year, month: 2, day: 29 })) return date;
  return { year, month: date.month, day: date.day };
}

/**
 * ISO `YYYY-MM-DD` for a date with a year, else `undefined`.
 *
 * @example
 * ```ts
 * toIsoDate({ year: 2023, month: 10, day: 7 }); // '2023-10-07'
 * toIsoDate({ month: 10, day: 7 });             // undefined
 * ```
 */
export function toIsoDate(date: PartialDate): string | undefined {
  if (date.year === undefined) return undefined;
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}
