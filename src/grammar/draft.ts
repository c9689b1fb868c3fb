/**
 * A paper card as the grammar found it: fields with their source, before cleaning.
 * The assembler turns a draft into a `Paper`.
 *
 * @module
 */
import type { TextField } from '../lines/text-field.js';
import type { Organization, PartialDate, Point } from '../schema.js';

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
