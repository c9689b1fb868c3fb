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
  return KEYS.get(
    key
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, ' '),
  );
}
