/**
 * A line cut before its phrase ended, in a capture whose wrap could not be measured (a
 * short `pandoc -t plain` or `w3m` copy: too few long lines to find the width). A
 * title never ends on a comma or a word such as `via`, and no card part starts with a
 * lower-case `and`: where either shows, the next line goes on with this one.
 *
 * ```text
 * DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via   ← ends on `via`
 * Reinforcement Learning                                        ← continues it
 * HY-World 2.0: A Multi-Modal World Model for Reconstructing, Generating,
 * and Simulating 3D Worlds                                      ← continues it
 * ```
 *
 * @module
 */

import { CONNECTING_WORDS } from '../grammar/connecting-words.js';
import { firstNonSpace } from './wrap.js';

/** Shortest line taken as cut: a wrap cuts near its width, far past a card's words. */
const MIN_CUT = 40;

/** Words no title or sentence ends on: a phrase goes on after them. */
const DANGLING = new Set(
  (
    'a an the and or of for with in via to on from by using towards toward into ' +
    'through at as versus without under over between across beyond within its their'
  ).split(' '),
);

/**
 * Whether `next` goes on with `previous`: `previous` is long and ends on a comma or a
 * dangling word, or `next` opens with a connecting word after an unfinished line. Both
 * are whole source lines, untrimmed; they must share their indentation.
 *
 * @example
 * ```ts
 * continuesDangling('DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via', 'Reinforcement Learning'); // true
 * continuesDangling('HY-World 2.0: A Multi-Modal World Model for Reconstructing, Generating', 'and Simulating 3D Worlds'); // true
 * continuesDangling('MMVU: Measuring Expert-Level Multi-Discipline Video Understanding', 'Yale NLP'); // false
 * continuesDangling('Submitted by', 'akhaliq'); // false (too short to be cut)
 * ```
 */
export function continuesDangling(previous: string, next: string): boolean {
  const kept = previous.trimEnd();
  const indent = firstNonSpace(previous);
  if (kept.length - indent < MIN_CUT || firstNonSpace(next) !== indent) return false;
  const first = next.charCodeAt(indent);
  const letter = (first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a);
  if (!letter && !(first >= 0x30 && first <= 0x39)) return false;
  if (kept.endsWith(',')) return true;
  const space = kept.lastIndexOf(' ');
  if (space > indent && DANGLING.has(kept.slice(space + 1))) return true;
  // `… Generating` / `and Simulating 3D Worlds`: the line after opens on a connecting
  // word, and the line before did not end a sentence or a label.
  const end = kept.charCodeAt(kept.length - 1);
  const finished = end === 0x2e || end === 0x21 || end === 0x3f || end === 0x3a || end === 0x2026;
  if (finished) return false;
  const word = next.indexOf(' ', indent);
  return word !== -1 && CONNECTING_WORDS.has(next.slice(indent, word));
}

/**
 * {@link continuesDangling} as a wrap's join (with a space), or `undefined`.
 *
 * @example
 * ```ts
 * danglingJoin('DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via', 'Reinforcement Learning'); // { tight: false }
 * ```
 */
export function danglingJoin(
  previous: string,
  next: string,
): { readonly tight: false } | undefined {
  return continuesDangling(previous, next) ? LOOSE : undefined;
}

const LOOSE = { tight: false } as const;
