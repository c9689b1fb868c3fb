/**
 * Dates an envelope states: the capture time (`2026-06-29T16:31:22.481Z`,
 * `2026-10-02`, `2026-04-18 10:22`) and the listing day a page URL names.
 *
 * @module
 */
import type { PartialDate } from '../schema.js';

// A date, then optionally a time and a zone. Anchored, bounded.
const CAPTURE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?/;
const URL_DATE =
  /\/papers\/date\/(\d{4})-(\d{2})-(\d{2})(?![\d])|[?&]date=(\d{4})-(\d{2})-(\d{2})(?![\d])/;

/**
 * Read a capture time: its calendar day as written, and an ISO form (a date, or a date
 * and time with its zone; a time without a zone keeps only the date).
 *
 * @example
 * ```ts
 * readCaptureDate('2026-06-29T16:31:22.481Z'); // { day: '2026-06-29', iso: '2026-06-29T16:31:22.481Z' }
 * readCaptureDate('2026-04-18 10:22');         // { day: '2026-04-18', iso: '2026-04-18' }
 * readCaptureDate('yesterday');                // undefined
 * ```
 */
export function readCaptureDate(value: string): { day: string; iso: string } | undefined {
  const match = CAPTURE.exec(value.trim());
  if (match === null) return undefined;
  const [, year = '', month = '', day = '', hours, minutes, seconds, fraction, zone] = match;
  if (!isRealDay(Number(year), Number(month), Number(day))) return undefined;
  const date = `${year}-${month}-${day}`;
  if (hours === undefined || zone === undefined) return { day: date, iso: date };
  const offset =
    zone === 'Z' || zone === 'UTC' || zone === 'GMT'
      ? 'Z'
      : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const time = `${hours}:${minutes}${seconds === undefined ? '' : `:${seconds}${fraction ?? ''}`}`;
  return { day: date, iso: `${date}T${time}${offset}` };
}

/**
 * The listing day a Hugging Face page URL names, or `undefined`.
 *
 * @example
 * ```ts
 * urlListingDate('https://huggingface.co/papers/date/2026-04-17'); // { year: 2026, month: 4, day: 17 }
 * urlListingDate('https://huggingface.co/papers?date=2026-10-02'); // { year: 2026, month: 10, day: 2 }
 * urlListingDate('https://huggingface.co/papers/trending');        // undefined
 * ```
 */
export function urlListingDate(url: string): (PartialDate & { year: number }) | undefined {
  if (url.length > 2000) return undefined;
  const match = URL_DATE.exec(url);
  if (match === null) return undefined;
  const year = Number(match[1] ?? match[4]);
  const month = Number(match[2] ?? match[5]);
  const day = Number(match[3] ?? match[6]);
  return isRealDay(year, month, day) ? { year, month, day } : undefined;
}

function isRealDay(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return (
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day
  );
}
