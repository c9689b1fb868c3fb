/**
 * An upvote button's text: `Upvote 117`, `117`, `1.09k`, or `-` when nobody voted.
 * Comments never print `-`, so a dash is an upvote count wherever it stands.
 *
 * @module
 */
import { readCount } from './count.js';

/**
 * Read upvote text: `{ count }`, `{}` for `-`, or `undefined`.
 *
 * @example
 * ```ts
 * readUpvotes('Upvote 117'); // { count: 117 }
 * readUpvotes('-');          // {}
 * readUpvotes('[-] 12');     // { count: 12 } (a bare-URL dump's button)
 * readUpvotes('Upvote');     // undefined (the button alone is chrome)
 * ```
 */
export function readUpvotes(text: string): { count?: number } | undefined {
  let rest = text;
  if (rest.startsWith('Upvote')) {
    rest = rest.slice(6).trim();
    if (rest.length === 0) return undefined;
  }
  if (rest.startsWith('[-]')) rest = rest.slice(3).trim();
  if (rest === '-') return {};
  const count = readCount(rest);
  return count === undefined ? undefined : { count };
}

/**
 * Whether text is upvote-only syntax: a dash, or the button word with a count.
 *
 * @example
 * ```ts
 * isUpvoteText('Upvote 117'); // true
 * isUpvoteText('117');        // false (a bare number: upvotes or comments by context)
 * ```
 */
export function isUpvoteText(text: string): boolean {
  return text === '-' || text.startsWith('Upvote') || text.startsWith('[-]');
}
