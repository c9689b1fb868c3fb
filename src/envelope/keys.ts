/**
 * The metadata keys capture tools write, by what they mean. Front matter and envelope
 * headers name the same things many ways (`url`, `source`, `Source URL`; `retrieved`,
 * `created`, `Captured (UTC)`).
 *
 * @module
 */

/** What a key means. */
export type MetadataKey = 'url' | 'title' | 'captured';

const KEYS: ReadonlyMap<string, MetadataKey> = new Map([
  ['url', 'url'],
  ['source url', 'url'],
  ['url source', 'url'],
  ['source', 'url'],
  ['source link', 'url'],
  ['link', 'url'],
  ['canonical', 'url'],
  ['canonical url', 'url'],
  ['page url', 'url'],
  ['original url', 'url'],
  ['sourceurl', 'url'],
  ['title', 'title'],
  ['page title', 'title'],
  ['captured', 'captured'],
  ['captured at', 'captured'],
  ['captured (utc)', 'captured'],
  ['capture time', 'captured'],
  ['retrieved', 'captured'],
  ['retrieved at', 'captured'],
  ['retrieved (utc)', 'captured'],
  ['fetched', 'captured'],
  ['fetched at', 'captured'],
  ['saved', 'captured'],
  ['saved at', 'captured'],
  ['clipped', 'captured'],
  ['created', 'captured'],
  ['date', 'captured'],
  ['scraped', 'captured'],
  ['scraped at', 'captured'],
  ['crawled', 'captured'],
  ['crawled at', 'captured'],
  ['accessed', 'captured'],
  ['timestamp', 'captured'],
]);

/**
 * What a metadata key means, or `undefined` for a key this library does not read.
 *
 * @example
 * ```ts
 * fieldKey('Captured (UTC)'); // 'captured'
 * fieldKey('SOURCE-URL'); // 'url'
 * fieldKey('Source SHA256');  // undefined
 * ```
 */
export function fieldKey(key: string): MetadataKey | undefined {
  return KEYS.get(spelt(key));
}

/**
 * The keys only a capture tool writes (`Page Title`, `Accessed`, `Fetched at`): a note's
 * or a digest's `Date:` or `Created:` is no capture's.
 */
const TOOL_KEYS =
  /^(?:page title|(?:accessed|fetched|retrieved|captured|scraped|crawled|saved|clipped)(?: at| \(utc\))?)$/;

/**
 * Whether a key is one only a capture tool writes, however it is spelt.
 *
 * @example
 * ```ts
 * isToolKey('Page Title'); // true
 * isToolKey('FETCHED_AT'); // true
 * isToolKey('Created'); // false
 * ```
 */
export function isToolKey(key: string): boolean {
  return TOOL_KEYS.test(spelt(key));
}

/** A key as the tables spell it: lower case, one space for spaces, `_` and `-`. */
function spelt(key: string): string {
  return key
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}
