/**
 * Page chrome: the banner, navigation and byline lines a listing page repeats above
 * its papers. Matched exactly (after whitespace is collapsed): chrome is data, not a guess.
 *
 * @module
 */

/** Lines that start a page header: seeing one after papers starts a new section. */
const HEADER_LINES: readonly string[] = [
  'new',
  'Get trending papers in your email inbox!',
  'Get trending papers in your email inbox once a day!',
  'Subscribe',
  'Daily Papers',
  'byAK and the research community',
  'by AK and the research community',
];

/** Navigation the same pages show between header and papers. */
const NAVIGATION_LINES: readonly string[] = [
  'Daily',
  'Weekly',
  'Monthly',
  'Trending Papers',
  'Previous',
  'Next',
];

const CHROME = new Set([...HEADER_LINES, ...NAVIGATION_LINES]);
const LONGEST = Math.max(...[...CHROME].map((line) => line.length));

/**
 * Whether a trimmed, collapsed line is page chrome.
 *
 * @example
 * ```ts
 * isChrome('Subscribe'); // true
 * isChrome('Subscribe to our model'); // false
 * ```
 */
export function isChrome(line: string): boolean {
  return line.length <= LONGEST && CHROME.has(line);
}
