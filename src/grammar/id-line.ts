/**
 * A paper's id with its upvote count, on a line of its own above the card's title, as
 * an agent tool prints a listing (`## <id> (<n> upvotes)`, then `**<title>**`): the lead
 * of the card below, as an upvote button linking its paper is.
 *
 * ```text
 * ## 2505.09666 (27 upvotes)                         → id and upvotes of the card below
 * **System Prompt Optimization with Meta-Learning**  → title
 * ```
 *
 * @module
 */
import { readCount } from './count.js';

/** What an id line says. */
export interface IdLine {
  readonly arxivId: string;
  readonly upvotes: number;
}

// Anchored, linear.
const ID_LINE = /^(?:arXiv:)?(\d{4}\.\d{4,5})(?:v\d{1,2})? \((\d[\d,.]{0,12}[kK]?) upvotes?\)$/;

/**
 * Read an id line, or `undefined`.
 *
 * @example
 * ```ts
 * readIdLine('2505.09666 (27 upvotes)'); // { arxivId: '2505.09666', upvotes: 27 }
 * readIdLine('2505.09666 (1 upvote)');   // { arxivId: '2505.09666', upvotes: 1 }
 * readIdLine('2505.09666');              // undefined
 * ```
 */
export function readIdLine(text: string): IdLine | undefined {
  if (text.length > 40) return undefined;
  const match = ID_LINE.exec(text);
  if (match === null) return undefined;
  const upvotes = readCount(match[2] ?? '');
  return upvotes === undefined ? undefined : { arxivId: match[1] as string, upvotes };
}
