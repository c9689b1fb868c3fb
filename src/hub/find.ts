/**
 * Find the papers in a JSON value by their shape, not by one key: a listing page's data
 * holds them under `dailyPapers` (daily and Trending pages) or `searchResults` (search),
 * the Hub API returns a bare array, mirrors wrap it (`{ "papers": […] }`, or rows of a
 * dataset viewer, `{ "rows": [{ "row": {…} }] }`) or key it by id (`{ "2312.17653": {…} }`). Only the first few levels are
 * searched, so a deeply nested value costs nothing more.
 *
 * @module
 */
import { ARXIV_ID, isPaperLike, isRecord, valueAt } from './record.js';

/** Keys down to a list of entries (or to a single entry). */
export type ListPath = readonly string[];

/** A list of paper entries found in a value. */
export interface EntryList {
  readonly path: ListPath;
  /** The key holding the list (`''` for a root array). */
  readonly key: string;
  /** The items; a dataset viewer's `{ row: {…} }` wrappers are still on them. */
  readonly items: readonly unknown[];
  /** Items that look like paper entries. */
  readonly papers: number;
  /** The items are an object's values, keyed by these keys (a cache keyed by arXiv id). */
  readonly keys?: readonly string[];
}

/** How deep the search goes: root, `props.x`, `props.x.y`. */
const MAX_DEPTH = 3;

/** Keys that hold a listing's papers, most specific first. */
const KNOWN_KEYS = ['searchResults', 'dailyPapers', 'trendingPapers', 'papers', 'data', 'rows'];

/**
 * Every list of paper entries in `value` (root included), in document order.
 *
 * @example
 * ```ts
 * findEntryLists({ dailyPapers: [{ paper: { id: '2401.00001', title: 'T' } }] });
 * // [{ path: ['dailyPapers'], key: 'dailyPapers', items: [...], papers: 1 }]
 * ```
 */
export function findEntryLists(value: unknown): EntryList[] {
  const found: EntryList[] = [];
  visit(value, [], '', 0, found);
  // A document with a list of papers and an index of them by id (`byId`): the list. An
  // index is one whose every key a list's entry names; other keyed maps are read too.
  const listed = new Set(found.flatMap((list) => (list.keys === undefined ? idsOf(list) : [])));
  return found.filter((list) => list.keys === undefined || !list.keys.every((k) => listed.has(k)));
}

/**
 * The paper ids of a list's entries (`paper.id`, else `id`).
 *
 * @example
 * ```ts
 * idsOf({ items: [{ paper: { id: '2401.00001', title: 'T' } }], … }); // ['2401.00001']
 * ```
 */
export function idsOf(list: EntryList): string[] {
  const ids: string[] = [];
  for (const item of list.items) {
    const entry = unwrapEntry(item)?.entry;
    const id = valueAt(entry, ['paper', 'id']) ?? valueAt(entry, ['id']);
    if (typeof id === 'string') ids.push(id);
  }
  return ids;
}

/**
 * Collect the lists of entries in `value`, down to {@link MAX_DEPTH} levels.
 *
 * @example
 * ```ts
 * visit({ papers: [entry] }, [], '', 0, found); // found: [{ path: ['papers'], … }]
 * ```
 */
function visit(
  value: unknown,
  path: ListPath,
  key: string,
  depth: number,
  found: EntryList[],
): void {
  if (Array.isArray(value)) {
    const papers = countPapers(value);
    // The root or a known key holds a (maybe empty, maybe partly broken) list of papers;
    // elsewhere, most items must look like papers.
    const known = depth === 0 || KNOWN_KEYS.includes(key);
    if (known ? papers > 0 || value.length === 0 : papers > 0 && papers * 2 >= value.length) {
      found.push({ path, key, items: value, papers });
    }
    return;
  }
  if (!isRecord(value) || isPaperLike(value)) return;
  const keys = Object.keys(value);
  // An object of entries keyed by their arXiv ids (`{"2312.17653": {title, …}, …}`): a
  // list of its entries; its other members (`count`, `updated`) are the cache's own.
  const ids = keys.filter((name) => ARXIV_ID.test(name) && isRecord(value[name]));
  if (ids.length >= 2 && ids.length * 2 >= keys.length) {
    const items = ids.map((name) => value[name]);
    const papers = countPapers(items);
    if (papers * 2 >= items.length) {
      found.push({ path, key, items, papers, keys: ids });
      return;
    }
  }
  if (depth >= MAX_DEPTH) return;
  for (const name of keys) {
    visit(value[name], [...path, name], name, depth + 1, found);
  }
}

/**
 * The entry itself when `item` looks like a paper, else the `row` it wraps (a dataset
 * viewer's rows) when that does.
 *
 * @example
 * ```ts
 * unwrapEntry({ row_idx: 0, row: { title: 'T', id: '2401.00001' } }); // { entry: {…}, path: ['row'] }
 * ```
 */
export function unwrapEntry(item: unknown): { entry: unknown; path: ListPath } | undefined {
  if (isPaperLike(item)) return { entry: item, path: [] };
  if (isRecord(item) && Object.hasOwn(item, 'row') && isPaperLike(item.row)) {
    return { entry: item.row, path: ['row'] };
  }
  return undefined;
}

/**
 * How many items look like paper entries (dataset-viewer rows included).
 *
 * @example
 * ```ts
 * countPapers([{ title: 'T', id: '2401.00001' }, 3]); // 1
 * ```
 */
function countPapers(items: readonly unknown[]): number {
  let count = 0;
  for (const item of items) if (unwrapEntry(item) !== undefined) count++;
  return count;
}

/**
 * Pick the list a listing shows. With the ids of the page's rendered cards, the list
 * that shares most of them; else by key (`searchResults` when it has papers, then
 * `dailyPapers`, …), then the longest.
 *
 * @example
 * ```ts
 * chooseList(lists, ['2401.00001']); // the list holding that paper
 * ```
 */
export function chooseList<T extends EntryList>(
  lists: readonly T[],
  cardIds: ReadonlySet<string>,
  idOf: (list: T) => readonly string[],
): T | undefined {
  let best: T | undefined;
  let bestScore: number[] = [];
  for (const list of lists) {
    const shared = cardIds.size === 0 ? 0 : idOf(list).filter((id) => cardIds.has(id)).length;
    const known = KNOWN_KEYS.indexOf(list.key);
    const score = [
      shared,
      list.papers > 0 ? 1 : 0,
      known === -1 ? 0 : KNOWN_KEYS.length - known,
      list.papers,
    ];
    if (best === undefined || greater(score, bestScore)) {
      best = list;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Lexicographic comparison of two scores.
 *
 * @example
 * ```ts
 * greater([1, 0, 3], [1, 0, 2]); // true
 * ```
 */
function greater(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return false;
}
