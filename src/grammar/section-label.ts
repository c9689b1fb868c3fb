/**
 * A card's section label: a heading (or a line of its own, bold, or with a colon) that
 * names the text under it, as a digest, a note or a tool prints a card with its parts
 * labelled. It is never a title: it introduces the open card's abstract, or the page's
 * AI-generated summary, which is not the paper's abstract (`Paper.aiSummary`, as on a
 * paper's own page).
 *
 * ```text
 * ## KazQAD: Kazakh Open-Domain Question Answering Dataset   → title
 * Published on Published on 6 Apr, 2024                      → published
 * ### Abstract                                               → label: the abstract follows
 * We introduce KazQAD …                                      → abstract
 * ### AI Generated Summary                                   → label: the AI summary follows
 * ```
 *
 * @module
 */
import { bareLabel, isAbstractLabel } from './page-label.js';

/** Which text a section label introduces. */
export type Section = 'abstract' | 'summary';

/** Labels over the paper's abstract besides `Abstract`: a digest's own words for it. */
const ABSTRACT = /^(?:summary|paper summary|tl;? ?dr)$/i;

/** Labels over the page's AI-generated summary. */
const SUMMARY = /^(?:ai[- ]generated summary|ai summary)$/i;

/**
 * Which section a label introduces, or `undefined` when the text is no label. Heading
 * and emphasis marks and a trailing colon are no part of it.
 *
 * @example
 * ```ts
 * readSectionLabel('Abstract');             // 'abstract'
 * readSectionLabel('TL;DR:');               // 'abstract'
 * readSectionLabel('AI Generated Summary'); // 'summary'
 * readSectionLabel('Summary: We present X.'); // undefined (a label with its text)
 * ```
 */
export function readSectionLabel(text: string): Section | undefined {
  if (text.length > 40) return undefined;
  if (isAbstractLabel(text)) return 'abstract';
  // (A full-width colon too: `TL;DR：`, as Chinese and Japanese digests write it.)
  const bare = bareLabel(text).replace(/：$/, '').trim();
  if (ABSTRACT.test(bare)) return 'abstract';
  if (SUMMARY.test(bare)) return 'summary';
  return undefined;
}
