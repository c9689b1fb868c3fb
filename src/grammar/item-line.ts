/**
 * A collection item's line: the line under an item's name on a collection page and in a
 * repository page's sidebar (`Papers for Qwen/Qwen3-8B`, `Collection including …`), its
 * facts separated by `•`. A paper's names its id, its date and its upvotes; a model's, a
 * dataset's or a collection's says when it was updated, and is no paper:
 *
 * ```text
 * Paper • 2505.09388 • Published May 14, 2025 • 343   → a paper: id, date, upvotes
 * Text Generation • 8B • Updated Oct 15 • 1.2M • 343  → a repository
 * 37 items • Updated Dec 31, 2025 • 767               → a collection
 * ```
 *
 * Scrapers keep the facts' spacing loosely (`•Published 6 days ago•`), some drop a
 * relative date's text, leaving `Published  •` or `Updated     •`, and some keep the
 * upvote button's arrow (`• △ 347`).
 *
 * @module
 */
import { readCount } from './count.js';
import { type DateLine, parseDateLine } from './date-line.js';
import { isArxivId } from './link-target.js';
import { isAbstractShaped, isMachineText, type TextShape } from './shape.js';

/** What an item line says. */
export interface ItemLine {
  /** A paper's item, or another repository's (a model, a dataset, a Space, a collection). */
  readonly kind: 'paper' | 'repo';
  readonly arxivId?: string;
  /** `Published May 14, 2025`; absent when the page printed a relative date. */
  readonly published?: DateLine;
  readonly upvotes?: number;
}

/**
 * A repository page's sidebar section over its items, naming the repository, maybe with
 * a count: `Papers for Qwen/Qwen3-8B`, `Collection including Qwen/Qwen3-8B`, `Spaces
 * using Qwen/Qwen3-8B 95`; a blog article's, `Papers mentioned in this article 3`.
 */
const SECTION =
  /^(?:#{1,6} +)?(?:(?:Papers? for|Collections? including|Model tree for|Models trained or fine-tuned on|Datasets? used to train|Spaces? using|Articles? mentioning) [\w.-]{1,96}\/[\w.-]{1,96}|(?:Papers|Models|Datasets|Spaces) mentioned in this article|More from this author|More Articles from our Blog)(?: \d{1,7})?/;

/** The upvote arrow before a count, as text copies print the button's icon. */
const UPVOTE_GLYPH = /^[△▲▵↑⬆]\uFE0F? ?/u;

/** A full stop after a word of three lower-case letters or more, then a capital. */
const MID_SENTENCE_STOP = /([A-Za-z]*[a-z)]{3})\. +[A-Z]/g;
/** Abbreviations whose stop a title may hold (`etc.`, `Prof.`, `Approx.`). */
const ABBREVIATIONS = new Set([
  'etc',
  'approx',
  'prof',
  'incl',
  'resp',
  'viz',
  'fig',
  'vol',
  'sec',
  'eqn',
  'cf',
  'ibid',
  'est',
  'dept',
  'univ',
  'jan',
  'feb',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/**
 * Whether text holds a sentence's end inside it (`… models. Built upon …`): a full stop
 * after a lower-case word that is no abbreviation, then a capital.
 *
 * @example
 * ```ts
 * endsSentenceInside('models. Built upon extensive training'); // true
 * endsSentenceInside('Vision, Language, etc. A Survey'); // false
 * ```
 */
function endsSentenceInside(text: string): boolean {
  MID_SENTENCE_STOP.lastIndex = 0;
  for (
    let match = MID_SENTENCE_STOP.exec(text);
    match !== null;
    match = MID_SENTENCE_STOP.exec(text)
  ) {
    if (!ABBREVIATIONS.has((match[1] ?? '').toLowerCase())) return true;
  }
  return false;
}

/** Longest item name: a long title. */
const LONGEST_NAME = 300;

/** Longest item line: a task name, a size, a date and two counts. */
const LONGEST = 120;
/** The kind line a collection's own item prints above its facts. */
const KIND_WORDS = new Set(['Collection']);

/**
 * Read an item line, or `undefined`.
 *
 * @example
 * ```ts
 * readItemLine('Paper • 2505.09388 • Published May 14, 2025 • 343');
 * // { kind: 'paper', arxivId: '2505.09388', published: { month: 5, day: 14, year: 2025, valid: true }, upvotes: 343 }
 * readItemLine('37 items • Updated Dec 31, 2025 • 767'); // { kind: 'repo' }
 * readItemLine('Collection');                              // { kind: 'repo' }
 * readItemLine('Published May 14, 2025');                  // undefined (a footer date)
 * ```
 */
export function readItemLine(text: string): ItemLine | undefined {
  if (text.length > LONGEST) return undefined;
  if (KIND_WORDS.has(text)) return { kind: 'repo' };
  if (!text.includes('•')) return undefined;
  const facts = text.split('•').map((fact) => fact.trim());
  return facts[0] === 'Paper' ? paperItem(facts) : repoItem(facts);
}

/** A paper's item line's start: `Paper •` and an id. */
const ITEM_START = String.raw`Paper ?• ?\d{4}\.\d{4,5}(?:v\d{1,3})?\b`;
const HELD_ITEM = new RegExp(String.raw`(?:^|\s)${ITEM_START}`);
const GLUED_ITEM = new RegExp(ITEM_START);

/**
 * Whether text holds a paper's item line somewhere in it (a dump that ran several items
 * and their syntax into one line): a paper the page lists that was not read. With
 * `glued`, also where it follows other text with no space (a scraper's section title
 * run into it: `…DatasetPaper • 2509.00576 • …`).
 *
 * @example
 * ```ts
 * holdsItem('#### A ][83][ #### B Paper • 2111.09543 • Published Nov 18, 2021'); // true
 * holdsItem('Paper • Qwen3'); // false
 * holdsItem('## Paper for a/bPaper • 2509.00576', true); // true
 * ```
 */
export function holdsItem(text: string, glued = false): boolean {
  return (glued ? GLUED_ITEM : HELD_ITEM).test(text);
}

/**
 * Where a repository page's sidebar section title ends, when `text` opens with one
 * (`## Paper for OpenGalaxea/Galaxea-Open-World-Dataset[Paper • …]` is one run into an
 * item); `undefined` when it does not.
 *
 * @example
 * ```ts
 * itemSectionEnd('Papers for Qwen/Qwen3-VL-8B-Instruct'); // 36
 * itemSectionEnd('Spaces using Qwen/Qwen3-8B 95'); // 29
 * itemSectionEnd('Papers for the curious reader'); // undefined
 * ```
 */
export function itemSectionEnd(text: string): number | undefined {
  const match = SECTION.exec(text);
  return match === null ? undefined : match[0].length;
}

/**
 * `Paper • <id>`, then `Published <date>` and the upvote count, each optional in that
 * order; anything else and it is no paper's item line.
 *
 * @example
 * ```ts
 * paperItem(['Paper', '2505.09388', '343']); // { kind: 'paper', arxivId: '2505.09388', upvotes: 343 }
 * paperItem(['Paper', 'Qwen3']);             // undefined
 * ```
 */
function paperItem(facts: readonly string[]): ItemLine | undefined {
  // A version a scraper added (`2505.09388v2`): the paper is the same.
  const arxivId = facts[1]?.replace(/v\d{1,3}$/, '');
  if (arxivId === undefined || !isArxivId(arxivId)) return undefined;
  let at = 2;
  let published: DateLine | undefined;
  const date = facts[at];
  if (date === 'Published' || date?.startsWith('Published ')) {
    published = parseDateLine(date.replace(/^Published\s*(?:on\s+)?/, ''));
    at++;
  }
  let upvotes: number | undefined;
  const count = facts[at];
  if (count !== undefined) {
    // The upvote button's arrow, where a text copy kept it as a glyph (`△ 347`).
    upvotes = readCount(count.replace(UPVOTE_GLYPH, ''));
    if (upvotes === undefined) return undefined;
    at++;
  }
  if (at < facts.length) return undefined;
  return {
    kind: 'paper',
    arxivId,
    ...(published === undefined ? {} : { published }),
    ...(upvotes === undefined ? {} : { upvotes }),
  };
}

/**
 * A repository's item line: one fact says when it was updated, and every fact is short
 * (a task, a size, a count), no sentence.
 *
 * @example
 * ```ts
 * repoItem(['Viewer', 'Updated Jan 5', '10k', '52']); // { kind: 'repo' }
 * repoItem(['Updated weekly', 'see the notes below for what changed.']); // undefined
 * ```
 */
function repoItem(facts: readonly string[]): ItemLine | undefined {
  if (!facts.some((fact) => fact === 'Updated' || fact.startsWith('Updated '))) return undefined;
  const short = facts.every((fact) => fact.length > 0 && fact.length <= 40 && !/[.!?]$/.test(fact));
  return short ? { kind: 'repo' } : undefined;
}

/**
 * Whether text can be an item's name: letters, not ending as a sentence does, not
 * abstract-shaped or machine text, not long, and no full stop after a word inside (a
 * sentence that ends mid-line, `… (MoE) models. Built upon …`, is prose). A question
 * inside is a title's (`How Far Can Camels Go? Exploring …`), and so is an
 * abbreviation's stop (`Dr. LLaMA: …`, `vs. Post-hoc`, `St. Petersburg`).
 *
 * @example
 * ```ts
 * isItemName('Qwen3 Technical Report', shapeOf('Qwen3 Technical Report')); // true
 * isItemName("Who's Harry Potter? Approximate Unlearning in LLMs", shape); // true
 * isItemName('We study things at length, with results.', shape); // false
 * isItemName('mixture-of-experts (MoE) models. Built upon extensive training', shape); // false
 * ```
 */
export function isItemName(text: string, shape: TextShape): boolean {
  return (
    shape.letters &&
    !shape.endsSentence &&
    shape.length <= LONGEST_NAME &&
    !isAbstractShaped(shape) &&
    !isMachineText(shape) &&
    !endsSentenceInside(text)
  );
}
