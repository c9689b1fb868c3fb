/**
 * Words that open no card part, only the rest of a phrase (`and Simulating 3D Worlds`,
 * `via Reinforcement Learning`): a line opening with one in lower case is a wrapped
 * title's tail, never a name or a title of its own.
 *
 * @module
 */

/** Lower-case words that join a phrase's parts. */
export const CONNECTING_WORDS: ReadonlySet<string> = new Set(
  'and or of for with in via to on from by using towards toward into through without across'.split(
    ' ',
  ),
);

/** Articles: a phrase goes on after them too, though the layouts' joins ask only for the above. */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * Whether `text` opens with a connecting word or an article and a space: the rest of a
 * phrase, no name (`with Routing Harness`, `the Wild`).
 *
 * @example
 * ```ts
 * opensPhraseTail('with Routing Harness'); // true
 * opensPhraseTail('inclusionAI'); // false
 * ```
 */
export function opensPhraseTail(text: string): boolean {
  const space = text.indexOf(' ');
  if (space === -1) return false;
  const word = text.slice(0, space);
  return CONNECTING_WORDS.has(word) || ARTICLES.has(word);
}
