/**
 * Page chrome the Markdown captures add to what the plain-text grammar knows.
 *
 * @module
 */
import { isChrome } from '../../grammar/chrome.js';

const EXTRA = new Set([
  'Trending Papers ranked by GitHub stars activity',
  'Load more',
  'Submitted by',
  'References',
  'and the research community',
]);

/**
 * Whether a collapsed block text is page chrome.
 *
 * @example
 * ```ts
 * isMarkdownChrome('Subscribe'); // true
 * isMarkdownChrome('Trending Papers ranked by GitHub stars activity'); // true
 * ```
 */
export function isMarkdownChrome(text: string): boolean {
  return isChrome(text) || (text.length <= 60 && EXTRA.has(text));
}
