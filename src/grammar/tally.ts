/**
 * A card's counts said in a sentence below its abstract, as Hugging Face's MCP server's
 * paper search prints them:
 *
 * ```text
 * Upvoted 92 times. The authors are participating in a discussion with 1 comments.   → upvotes, comments
 * Upvoted 1 times                                                                    → upvotes
 * . There is a community discussion with 3 comments.                                 → comments
 * ```
 *
 * Said of the card above it, never a lead of the next one (as an upvote button before a
 * title may be).
 *
 * @module
 */
import { readCount } from './count.js';

/** A count the sentence gives, and where it stands in the text. */
export interface Tallied {
  readonly count: number;
  readonly from: number;
  readonly to: number;
}

/** What a tally sentence says. */
export interface Tally {
  readonly upvotes?: Tallied;
  readonly comments?: Tallied;
}

// Anchored, no nested quantifiers: linear on any input.
const UPVOTED = /^Upvoted (\d[\d,]{0,12}) times?/;
const DISCUSSION =
  /^\.? ?(?:There is a community discussion|The authors are participating in a discussion) with (\d[\d,]{0,12}) comments?\.?$/;

/**
 * Read a tally sentence, or `undefined` when the line is anything else.
 *
 * @example
 * ```ts
 * readTally('Upvoted 1 times'); // { upvotes: { count: 1, from: 0, to: 15 } }
 * readTally('Upvoted 33 times. There is a community discussion with 1 comments.');
 * // { upvotes: { count: 33, from: 0, to: 16 }, comments: { count: 1, from: 16, to: 68 } }
 * readTally('Upvoted by the community'); // undefined
 * ```
 */
export function readTally(text: string): Tally | undefined {
  if (text.length > 160) return undefined;
  const upvoted = UPVOTED.exec(text);
  const at = upvoted === null ? 0 : upvoted[0].length;
  const rest = text.slice(at);
  const discussion = rest === '' ? null : DISCUSSION.exec(rest);
  if (rest !== '' && discussion === null) return undefined;
  if (upvoted === null && discussion === null) return undefined;
  const upvotes = upvoted === null ? undefined : readCount(upvoted[1] ?? '');
  const comments = discussion === null ? undefined : readCount(discussion[1] ?? '');
  const tally: { upvotes?: Tallied; comments?: Tallied } = {};
  if (upvotes !== undefined) tally.upvotes = { count: upvotes, from: 0, to: at };
  if (comments !== undefined) {
    // The comments' sentence starts after the full stop and space that close the upvotes'.
    const from = at + (/^\.? ?/.exec(rest)?.[0].length ?? 0);
    tally.comments = { count: comments, from, to: text.length };
  }
  return tally.upvotes === undefined && tally.comments === undefined ? undefined : tally;
}
