/**
 * A paper card as the grammar found it: fields with their source, before cleaning.
 * The assembler turns a draft into a `Paper`.
 *
 * @module
 */
import { quote } from '../diagnostics.js';
import type { TextField } from '../lines/text-field.js';
import type { Organization, PartialDate, Point } from '../schema.js';
import { printedDate } from './date-line.js';
import type { CardSink } from './machine.js';
import type { Part } from './parts.js';

/** Everything the grammar knows about one card. */
export interface PaperDraft {
  title: TextField;
  abstract?: TextField;
  listingDate?: PartialDate;
  authors?: string[];
  authorCount?: number;
  published?: PartialDate;
  /** A full ISO date-time, where the capture gives one (page data). */
  publishedTime?: string;
  comments?: number;
  arxivId?: string;
  url?: string;
  arxivUrl?: string;
  upvotes?: number;
  organization?: Organization;
  submittedBy?: string;
  githubUrl?: string;
  githubStars?: number;
  aiSummary?: string;
  /** Links the card itself gave (its code button), before those its abstract names. */
  links?: string[];
  /** The card's range: its first part to its last. */
  start: Point;
  end: Point;
}

/** The links each draft holds, as a set: a card's links are added one by one. */
const SEEN = new WeakMap<string[], Set<string>>();

/**
 * Add URLs to a draft's links, each once, in order (`first`: before the others, as the
 * code button's goes). Whether a URL is there already is a set's lookup, not a scan of
 * the card's list.
 *
 * @example
 * ```ts
 * addLinks(draft, ['https://github.com/a/b'], true); // draft.links: ['https://github.com/a/b', …]
 * addLinks(draft, ['https://x.org', 'https://x.org']); // added once
 * ```
 */
export function addLinks(
  draft: { links?: string[] },
  urls: readonly string[],
  first = false,
): void {
  draft.links ??= [];
  const links = draft.links;
  let seen = SEEN.get(links);
  if (seen === undefined) {
    seen = new Set(links);
    SEEN.set(links, seen);
  }
  for (const url of urls) {
    if (seen.has(url)) continue;
    seen.add(url);
    if (first) links.unshift(url);
    else links.push(url);
  }
}

/**
 * A collection item line's facts into its paper's draft: the date (a day its month does
 * not have is an `invalid-date` diagnostic and is not used) and the upvotes. Both the
 * card machine and the item page machine read items.
 *
 * @example
 * ```ts
 * addItemFacts(draft, itemPart, sink); // draft.published = { year: 2025, month: 5, day: 14 }, draft.upvotes = 343
 * ```
 */
export function addItemFacts(
  draft: PaperDraft,
  item: Part,
  sink: Pick<CardSink, 'diagnostic'>,
): void {
  const date = item.date;
  if (date?.valid === true) draft.published = printedDate(date);
  else if (date !== undefined) {
    sink.diagnostic(
      'invalid-date',
      `Date names a day the month does not have: ${quote(item.text)}`,
      item,
    );
  }
  if (item.count !== undefined) draft.upvotes = item.count;
}

/**
 * A part whose link names another paper than the card it stands in: reported as a
 * `mismatched-link` and an `unknown` token, never attached. Both machines meet it.
 *
 * @example
 * ```ts
 * reportMismatch('2304.04820', '2505.09388', part, sink); // mismatched-link: "Link names paper 2304.04820 inside the card of paper 2505.09388; …"
 * ```
 */
export function reportMismatch(
  named: string,
  card: string,
  part: Part,
  sink: Pick<CardSink, 'diagnostic' | 'token'>,
): void {
  sink.diagnostic(
    'mismatched-link',
    `Link names paper ${named} inside the card of paper ${card}; not attached: ${quote(part.text)}`,
    part,
  );
  sink.token?.('unknown', part);
}
