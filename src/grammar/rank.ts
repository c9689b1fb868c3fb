/**
 * A digest's rank before a linked title: `## 1. [Title](…/papers/…)`, `### 12) […](…)`,
 * `#3 […](…)`, `(4) […](…)`. The title is the link's text, as the card it numbers shows
 * it; the rank is no part of it. At most three digits with `.` or `)` (a year with a
 * colon, `2023: [Title](…)`, is a timeline's, not a rank).
 *
 * @module
 */

/** A rank's forms: `#3`, `1.`, `12)`, `(4)`. */
const FORMS = String.raw`(?:#\d{1,4}|\d{1,3}[.)]|\(\d{1,3}\))`;
const RANK = new RegExp(`^${FORMS}$`);
/** A rank, one space, then the link's bracket. */
const RANK_LINK = new RegExp(`^${FORMS} \\[`);
/** A rank, spaces, then a title's first letter, digit or quote. */
const RANK_TITLE = new RegExp(`^${FORMS} +(?=[\\p{L}\\p{N}"“'‘])`, 'u');

/**
 * Whether trimmed text is a rank.
 *
 * @example
 * ```ts
 * isRank('1.'); // true
 * isRank('(12)'); // true
 * isRank('2023:'); // false
 * isRank('1.5'); // false
 * ```
 */
export function isRank(text: string): boolean {
  return RANK.test(text);
}

/**
 * Where the link's `[` stands after a rank that opens the text, or `-1`.
 *
 * @example
 * ```ts
 * rankedLinkAt('2. [ChatGPT-steered Editing'); // 3
 * rankedLinkAt('[Title'); // -1
 * ```
 */
export function rankedLinkAt(text: string): number {
  const found = RANK_LINK.exec(text);
  return found === null ? -1 : found[0].length - 1;
}

/**
 * Where a title starts after a rank that opens a heading's text (`2. ChatGPT-steered …`,
 * an unlinked digest heading), or `-1`.
 *
 * @example
 * ```ts
 * rankedTitleAt('2. ChatGPT-steered Editing'); // 3
 * rankedTitleAt('1.5 Times Faster'); // -1
 * ```
 */
export function rankedTitleAt(text: string): number {
  const found = RANK_TITLE.exec(text);
  return found === null ? -1 : found[0].length;
}
