/**
 * Where a pass stops: the positions at which some rule may apply, found by native
 * `indexOf` searches instead of a look at every character. One search per trigger
 * character or word ending; each remembers its next hit, so every hit is found once
 * and text a fix consumed is never searched again.
 *
 * @module
 */
import { isLetter } from './scan.js';

/**
 * A native search for one trigger: a character, or a word ending (whose trigger is
 * its last letter, and only where the word ends).
 */
export interface Searcher {
  /** What `indexOf` looks for: `\\`; `q` for the ending `eq`; `cdot` for `cdot`. */
  readonly needle: string;
  /** What must come right before the needle: `e` for `eq`, else `''`. */
  readonly prefix: string;
  /** Only where a word ends: the character after the trigger is no ASCII letter. */
  readonly wordEnd: boolean;
}

/**
 * English letters, most frequent first. `indexOf` stops at every occurrence of its
 * needle's first character, so a word ending is searched from its rarest letter.
 */
const LETTERS_BY_FREQUENCY = 'etaoinshrdlcumwfgypbvkjxqz';

/**
 * The searches for the rules' triggers, word endings and needles, one per distinct
 * needle. One whose last character is a trigger anyway needs no search of its own.
 *
 * @example
 * ```ts
 * searchersFor([{ triggers: '\\', wordEndings: ['eq', 'cdot'] }]);
 * // [{ needle: '\\', prefix: '', wordEnd: false },
 * //  { needle: 'q', prefix: 'e', wordEnd: true }, { needle: 'cdot', prefix: '', wordEnd: true }]
 * ```
 */
export function searchersFor(
  rules: readonly {
    readonly triggers: string;
    readonly wordEndings?: readonly string[];
    readonly needles?: readonly string[];
  }[],
): Searcher[] {
  const triggers = new Set(rules.flatMap((rule) => [...rule.triggers]));
  const endings = new Set(rules.flatMap((rule) => rule.wordEndings ?? []));
  const searchers: Searcher[] = [...triggers].map((needle) => ({
    needle,
    prefix: '',
    wordEnd: false,
  }));
  for (const ending of endings) {
    if (triggers.has(ending.slice(-1))) continue;
    const from = rarestLetter(ending);
    searchers.push({ needle: ending.slice(from), prefix: ending.slice(0, from), wordEnd: true });
  }
  for (const needle of new Set(rules.flatMap((rule) => rule.needles ?? []))) {
    if (!triggers.has(needle.slice(-1))) searchers.push({ needle, prefix: '', wordEnd: false });
  }
  return searchers;
}

/**
 * Index of the least frequent letter in `word` (the first, on a tie).
 *
 * @example
 * ```ts
 * rarestLetter('eq'); // 1
 * rarestLetter('cdot'); // 0
 * ```
 */
function rarestLetter(word: string): number {
  let rarest = 0;
  for (let k = 1; k < word.length; k++) {
    if (rank(word[k] as string) > rank(word[rarest] as string)) rarest = k;
  }
  return rarest;
}

function rank(letter: string): number {
  const at = LETTERS_BY_FREQUENCY.indexOf(letter.toLowerCase());
  return at === -1 ? LETTERS_BY_FREQUENCY.length : at;
}

/**
 * Where each search stands in one text: its next hit (`-1` before the first search,
 * `text.length` when it has none left), and the searches ordered by it as a binary
 * heap, so the next candidate costs a few comparisons, not one per search.
 */
export interface Cursor {
  readonly found: number[];
  readonly heap: number[];
}

/**
 * A fresh cursor for `searchers` (each searches at its first use).
 *
 * @example
 * ```ts
 * createCursor(searchersFor([{ triggers: '\\~' }])); // { found: [-1, -1], heap: [0, 1] }
 * ```
 */
export function createCursor(searchers: readonly Searcher[]): Cursor {
  return { found: searchers.map(() => -1), heap: searchers.map((_, k) => k) };
}

/**
 * The first candidate at or after `from`, or `text.length` when there is none. Calls
 * for one text must come with `from` never decreasing. A search whose hit is behind
 * `from` searches again from `from`; the others keep theirs, so the whole text costs
 * each search one walk.
 *
 * @example
 * ```ts
 * const searchers = searchersFor([{ triggers: '\\~' }]);
 * const cursor = createCursor(searchers);
 * nextCandidate('a~b\\c', searchers, cursor, 0); // 1
 * nextCandidate('a~b\\c', searchers, cursor, 2); // 3
 * nextCandidate('a~b\\c', searchers, cursor, 4); // 5 (none)
 * ```
 */
export function nextCandidate(
  text: string,
  searchers: readonly Searcher[],
  cursor: Cursor,
  from: number,
): number {
  const { found, heap } = cursor;
  // Past the end nothing is left, and a search would come back with `text.length`.
  if (heap.length === 0 || from >= text.length) return text.length;
  for (;;) {
    const top = heap[0] as number;
    const at = found[top] as number;
    if (at >= from) return at;
    found[top] = search(text, searchers[top] as Searcher, from);
    siftDown(heap, found);
  }
}

/**
 * Restore the heap order after the top's key grew.
 *
 * @example
 * ```ts
 * const heap = [0, 1, 2];
 * siftDown(heap, [9, 3, 5]); // heap: [1, 0, 2]
 * ```
 */
function siftDown(heap: number[], found: readonly number[]): void {
  const size = heap.length;
  const item = heap[0] as number;
  const key = found[item] as number;
  let at = 0;
  for (;;) {
    let child = 2 * at + 1;
    if (child >= size) break;
    const right = child + 1;
    if (
      right < size &&
      (found[heap[right] as number] as number) < (found[heap[child] as number] as number)
    ) {
      child = right;
    }
    if ((found[heap[child] as number] as number) >= key) break;
    heap[at] = heap[child] as number;
    at = child;
  }
  heap[at] = item;
}

/**
 * One searcher's first hit at or after `from` (`text.length` when none).
 *
 * @example
 * ```ts
 * search('equal leq', { needle: 'q', prefix: 'e', wordEnd: true }, 0); // 8
 * ```
 */
function search(text: string, searcher: Searcher, from: number): number {
  const { needle, prefix, wordEnd } = searcher;
  // The trigger is the needle's last character.
  const offset = needle.length - 1;
  let index = text.indexOf(needle, from > offset ? from - offset : 0);
  while (index !== -1) {
    const at = index + offset;
    if (
      (prefix === '' ||
        (index >= prefix.length && text.startsWith(prefix, index - prefix.length))) &&
      !(wordEnd && isLetter(text.charCodeAt(at + 1)))
    ) {
      return at;
    }
    index = text.indexOf(needle, index + 1);
  }
  return text.length;
}
