/**
 * Where a pass stops: the positions at which some rule may apply. One native `indexOf`
 * search per trigger character, word ending or needle walks the text once; their hits
 * go into one typed array, sorted natively, which the pass reads in order. A text dense
 * with candidates is walked character by character through a table instead.
 *
 * @module
 */
import { isLetter } from './scan.js';

/**
 * A native search for one trigger: a character, or a word ending (whose trigger is
 * its last letter, and only where the word ends), or a needle (its last character,
 * wherever the whole needle stands).
 */
export interface Searcher {
  /** What `indexOf` looks for: `\\`; `q` for the ending `eq`; `cdot` for `cdot`; `w` for `arrow`. */
  readonly needle: string;
  /** What must come right before the needle: `e` for `eq`, `arro` for `arrow`, else `''`. */
  readonly prefix: string;
  /** Only where a word ends: the character after the trigger is no ASCII letter. */
  readonly wordEnd: boolean;
}

/**
 * English letters, most frequent first. `indexOf` stops at every occurrence of its
 * needle's first character, so a word ending or a needle is searched from its rarest letter.
 */
const LETTERS_BY_FREQUENCY = 'etaoinshrdlcumwfgypbvkjxqz';

/**
 * The searches for the rules' triggers, word endings and needles, one per distinct
 * needle. One whose last character is a trigger anyway needs no search of its own.
 *
 * @example
 * ```ts
 * searchersFor([{ triggers: '\\', wordEndings: ['eq', 'cdot'], needles: ['arrow'] }]);
 * // [{ needle: '\\', prefix: '', wordEnd: false },
 * //  { needle: 'q', prefix: 'e', wordEnd: true }, { needle: 'cdot', prefix: '', wordEnd: true },
 * //  { needle: 'w', prefix: 'arro', wordEnd: false }]
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
    if (triggers.has(needle.slice(-1))) continue;
    // From its rarest letter too: `arrow` is searched as `w` after `arro`, so the pass
    // stops at no other `w`; `--`, no letter, as a whole.
    const from = rarestLetter(needle);
    searchers.push({ needle: needle.slice(from), prefix: needle.slice(0, from), wordEnd: false });
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
 * The searches, and the same candidates as a table of the ASCII codes for a walk over
 * the text: per code, never a candidate, always (a trigger), or when one of the word
 * endings and needles whose last character it is stands there.
 */
export interface Finder {
  readonly searchers: readonly Searcher[];
  /** Per ASCII code: {@link NEVER}, {@link ALWAYS} or {@link CHECK}. */
  readonly kinds: Uint8Array;
  /** Per ASCII code of kind {@link CHECK}: the searchers whose trigger it is. */
  readonly checks: readonly (readonly Searcher[] | undefined)[];
  /**
   * The trigger characters above ASCII (UTF-16 code units: `\uD835`, the lead of the
   * mathematical alphanumerics), each a candidate wherever it stands.
   */
  readonly wide: readonly number[];
  /**
   * How far before a candidate the text decides it: the longest needle with its prefix,
   * less one. A candidate at `at` depends on the characters `at - reach` to `at + 1`.
   */
  readonly reach: number;
}

export const NEVER = 0;
export const ALWAYS = 1;
export const CHECK = 2;

/**
 * The finder for the rules' triggers, word endings and needles.
 *
 * @example
 * ```ts
 * const finder = finderFor([{ triggers: '~', wordEndings: ['eq'] }]);
 * finder.kinds[0x7e]; // ALWAYS (`~`)
 * finder.kinds[0x71]; // CHECK (a `q` after an `e`, where the word ends)
 * ```
 */
export function finderFor(rules: Parameters<typeof searchersFor>[0]): Finder {
  const searchers = searchersFor(rules);
  const kinds = new Uint8Array(128);
  const checks: Searcher[][] = [];
  const wide: number[] = [];
  let reach = 0;
  for (const searcher of searchers) {
    reach = Math.max(reach, searcher.prefix.length + searcher.needle.length - 1);
    const code = searcher.needle.charCodeAt(searcher.needle.length - 1);
    const single = searcher.needle.length === 1 && searcher.prefix === '' && !searcher.wordEnd;
    // The walk's table is ASCII's; a wider character is a trigger of its own, never a
    // word ending's or a needle's last.
    if (code >= 128) {
      if (!single) throw new RangeError(searcher.needle);
      wide.push(code);
      continue;
    }
    if (single) {
      kinds[code] = ALWAYS;
    } else if (kinds[code] !== ALWAYS) {
      kinds[code] = CHECK;
      checks[code] ??= [];
      checks[code].push(searcher);
    }
  }
  return { searchers, kinds, checks, wide, reach };
}

/**
 * Where a pass stands among one text's candidates. Most texts a pass reads hold a few
 * dozen: each search walks the text once, natively, and one native sort orders their
 * hits. Merging the searches by next hit instead (a heap) paid a search call and a heap
 * step at each candidate. A text dense with candidates (more than one in
 * {@link DENSE} characters, hits of two searches counted twice: artifact-laden, or
 * hostile) is walked instead, through the
 * finder's table, which costs a few nanoseconds a character and little a candidate;
 * the sort would grow faster than the text.
 */
export interface Cursor {
  readonly text: string;
  readonly finder: Finder;
  /** The candidates' positions, ascending; `undefined` when the text is walked. */
  readonly positions: Int32Array | undefined;
  /** The first position in `positions` not yet passed over. */
  next: number;
}

/** A text with more than one candidate in this many characters is walked. */
const DENSE = 8;

/**
 * How many candidates a text of `length` characters may hold before it is walked.
 *
 * @example
 * ```ts
 * denseLimit(800); // 108
 * ```
 */
function denseLimit(length: number): number {
  return Math.floor(length / DENSE) + DENSE;
}

/**
 * The cursor that walks `text` through the finder's table: a dense text's.
 *
 * @example
 * ```ts
 * walked('~~~~', finderFor([{ triggers: '~' }])).positions; // undefined
 * ```
 */
function walked(text: string, finder: Finder): Cursor {
  return { text, finder, positions: undefined, next: 0 };
}

/**
 * The cursor for `text`: its candidates found and sorted, or none when it is dense.
 *
 * @example
 * ```ts
 * createCursor('a~b\\c', finderFor([{ triggers: '\\~' }])).positions; // Int32Array [1, 3]
 * createCursor('~~~~', finderFor([{ triggers: '~' }])).positions; // undefined (walked)
 * ```
 */
export function createCursor(text: string, finder: Finder): Cursor {
  const end = text.length;
  const limit = denseLimit(end);
  const hits = new Int32Array(limit);
  let count = 0;
  const { searchers } = finder;
  for (let k = 0; k < searchers.length; k++) {
    const searcher = searchers[k] as Searcher;
    for (let at = search(text, searcher, 0); at < end; at = search(text, searcher, at + 1)) {
      if (count === limit) return walked(text, finder);
      hits[count++] = at;
    }
  }
  // A typed array sorts numerically, natively, with no comparator to call.
  const positions = hits.subarray(0, count).sort();
  return { text, finder, positions, next: 0 };
}

/**
 * The cursor for `text`, which a pass made from `previous`'s text by the `edits`: flat
 * triples of a replaced span's start and end in the previous text and its replacement's
 * length, in order. A pass after a pass that changed something reads text that is
 * mostly the same: a candidate depends only on the characters from {@link Finder.reach}
 * before it to one after it, so where those did not change the previous candidates
 * stand, moved by the edits' shift, and only the text around each edit is looked at
 * again (through the table). The searches of a second pass cost as much as the first's;
 * this costs the candidates and the edits.
 *
 * @example
 * ```ts
 * const finder = finderFor([{ triggers: '\\~' }]);
 * const first = createCursor('a~b \\x c~d', finder); // positions [1, 4, 8]
 * // `\\x` (4..6) became `ξ~` (2 characters): 'a~b ξ~ c~d'
 * carriedCursor(first, 'a~b ξ~ c~d', [4, 6, 2]).positions; // Int32Array [1, 5, 8]
 * ```
 */
export function carriedCursor(previous: Cursor, text: string, edits: readonly number[]): Cursor {
  const { finder, positions: old } = previous;
  if (old === undefined) return createCursor(text, finder);
  const { reach } = finder;
  const end = text.length;
  const limit = denseLimit(end);
  const hits = new Int32Array(limit);
  let count = 0;
  let k = 0;
  // Output position minus input position in the unchanged text being carried over.
  let shift = 0;
  // Candidates before this output position are collected.
  let from = 0;
  for (let e = 0; e <= edits.length; e += 3) {
    const last = e === edits.length;
    // Unchanged up to the character before the edit, whose word may end there now.
    const start = last ? end + 1 : (edits[e] as number) + shift;
    const until = start - 1;
    for (; k < old.length && (old[k] as number) + shift < until; k++) {
      const at = (old[k] as number) + shift;
      if (at < from) continue;
      if (count === limit) return walked(text, finder);
      hits[count++] = at;
    }
    if (last) break;
    from = Math.max(from, until);
    const changed = Math.min(end, start + (edits[e + 2] as number) + reach);
    for (let at = walk(text, finder, from, changed); at < changed; ) {
      if (count === limit) return walked(text, finder);
      hits[count++] = at;
      at = walk(text, finder, at + 1, changed);
    }
    from = Math.max(from, changed);
    shift += (edits[e + 2] as number) - ((edits[e + 1] as number) - (edits[e] as number));
  }
  return { text, finder, positions: hits.subarray(0, count), next: 0 };
}

/**
 * The first candidate at or after `from`, or the text's length when there is none.
 * Calls for one cursor must come with `from` never decreasing.
 *
 * @example
 * ```ts
 * const cursor = createCursor('a~b\\c', finderFor([{ triggers: '\\~' }]));
 * nextCandidate(cursor, 0); // 1
 * nextCandidate(cursor, 2); // 3
 * nextCandidate(cursor, 4); // 5 (none)
 * ```
 */
export function nextCandidate(cursor: Cursor, from: number): number {
  const { positions } = cursor;
  if (positions === undefined) return walk(cursor.text, cursor.finder, from, cursor.text.length);
  let k = cursor.next;
  while (k < positions.length && (positions[k] as number) < from) k++;
  cursor.next = k;
  return k < positions.length ? (positions[k] as number) : cursor.text.length;
}

/**
 * The first candidate at or after `from` and before `end` (`end` when there is none),
 * found by a look at each character.
 *
 * @example
 * ```ts
 * walk('a leq b', finderFor([{ triggers: '', wordEndings: ['eq'] }]), 0, 7); // 4
 * ```
 */
function walk(text: string, finder: Finder, from: number, end: number): number {
  const { kinds, checks, wide } = finder;
  for (let at = from; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code >= 128) {
      if (wide.length !== 0 && wide.includes(code)) return at;
      continue;
    }
    const kind = kinds[code];
    if (kind === NEVER) continue;
    if (kind === ALWAYS || endsHere(text, at, checks[code] as readonly Searcher[])) return at;
  }
  return end;
}

/**
 * Whether one of `searchers` (whose trigger is the character at `at`) finds it.
 *
 * @example
 * ```ts
 * endsHere('a leq b', 4, [{ needle: 'q', prefix: 'e', wordEnd: true }]); // true
 * endsHere('equal', 1, [{ needle: 'q', prefix: 'e', wordEnd: true }]); // false
 * ```
 */
function endsHere(text: string, at: number, searchers: readonly Searcher[]): boolean {
  for (let k = 0; k < searchers.length; k++) {
    const searcher = searchers[k] as Searcher;
    const { needle } = searcher;
    const index = at + 1 - needle.length;
    if (index < 0 || (needle.length > 1 && !text.startsWith(needle, index))) continue;
    if (found(text, searcher, index)) return true;
  }
  return false;
}

/**
 * One searcher's first hit at or after `from` (`text.length` when none). A needle
 * longer than one character may start before `from`: only its trigger must not.
 *
 * @example
 * ```ts
 * search('equal leq', { needle: 'q', prefix: 'e', wordEnd: true }, 0); // 8
 * ```
 */
function search(text: string, searcher: Searcher, from: number): number {
  const { needle } = searcher;
  // The trigger is the needle's last character.
  const offset = needle.length - 1;
  let index = text.indexOf(needle, from > offset ? from - offset : 0);
  while (index !== -1) {
    if (found(text, searcher, index)) return index + offset;
    index = text.indexOf(needle, index + 1);
  }
  return text.length;
}

/**
 * Whether the searcher's needle, found standing at `index`, is a hit: its prefix before
 * it, and for a word ending no ASCII letter after it.
 *
 * @example
 * ```ts
 * found('a leq b', { needle: 'q', prefix: 'e', wordEnd: true }, 4); // true
 * ```
 */
function found(text: string, searcher: Searcher, index: number): boolean {
  const { needle, prefix, wordEnd } = searcher;
  if (prefix !== '' && (index < prefix.length || !text.startsWith(prefix, index - prefix.length))) {
    return false;
  }
  return !(wordEnd && isLetter(text.charCodeAt(index + needle.length)));
}
