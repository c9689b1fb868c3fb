/**
 * Card lines every layout shares, read from collapsed text: author counts with or
 * without a bullet, `· Published on …`, upvote texts.
 *
 * @module
 */
import { type DateLine, parseDateLine } from '../../grammar/date-line.js';

const AUTHORS = /^(?:[•*-] ?)?(\d{1,6}) authors?$/;

/**
 * `- 3 authors`, `* 671 authors`, `3 authors` → the count.
 *
 * @example
 * ```ts
 * readAuthors('* 671 authors'); // 671
 * readAuthors('authors');       // undefined
 * ```
 */
export function readAuthors(text: string): number | undefined {
  if (text.length > 24) return undefined;
  const match = AUTHORS.exec(text);
  return match === null ? undefined : Number(match[1]);
}

/**
 * `· Published on Oct 4, 2026` (the Trending page footer) → the date.
 *
 * @example
 * ```ts
 * readPublishedOn('· Published on Oct 4, 2026'); // { month: 10, day: 4, year: 2026, valid: true }
 * ```
 */
export function readPublishedOn(text: string): DateLine | undefined {
  let rest = text;
  if (rest.startsWith('·')) rest = rest.slice(1).trimStart();
  if (!rest.startsWith('Published on ')) return undefined;
  return parseDateLine(rest.slice(13).trim());
}

/**
 * An upvote button's text: `101`, `-`, `Upvote 117` → `{ count }`; anything else
 * `undefined`.
 *
 * @example
 * ```ts
 * readUpvotes('-');          // {}
 * readUpvotes('Upvote 117'); // { count: 117 }
 * ```
 */
export function readUpvotes(text: string): { count?: number } | undefined {
  let rest = text.startsWith('Upvote') ? text.slice(6).trim() : text;
  if (rest.startsWith('[-]')) rest = rest.slice(3).trim();
  if (rest === '-' || rest === '') return {};
  if (rest.length > 9) return undefined;
  for (let i = 0; i < rest.length; i++) {
    const code = rest.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return undefined;
  }
  return { count: Number(rest) };
}

/**
 * A bare comment count: digits only.
 *
 * @example
 * ```ts
 * readCount('6'); // 6
 * ```
 */
export function readCount(text: string): number | undefined {
  const upvotes = text.startsWith('Upvote') || text === '' ? undefined : readUpvotes(text);
  return upvotes?.count;
}
