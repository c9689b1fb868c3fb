/**
 * `mergeListings`: captures of several days or pages as one set of papers.
 *
 * @module
 */
import type { MergedListing, SourcedDiagnostic } from '../record/schema.js';
import type { Listing } from '../schema.js';
import { createMerger } from './merger.js';

/**
 * A listing and the name of the input it came from.
 *
 * @example
 * ```ts
 * const input: SourcedListing = { source: 'day1.md', listing: parseListing(text) };
 * ```
 */
export interface SourcedListing {
  readonly source: string;
  readonly listing: Listing;
}

/**
 * Merge listings, in the order given, into one paper per arXiv id (else per normalized
 * title). A merged paper keeps every input it was seen in (`sources`) and every listing
 * date (`listingDates`); its text and `position` are its first sighting's (the first
 * with an abstract), so `source` names the input `position` points into. Fields it lacks
 * come from later sightings; `upvotes`, `comments` and `githubStars` come from the
 * latest sighting showing them, judged by listing date when both dates have a year, else
 * by the order given. An id seen under another title gives a `conflicting-title` warning.
 * Every input's diagnostics are kept, each with its `source`.
 *
 * A bare `Listing` is named by its `metadata.url`, else by its index (`'0'`, `'1'`, …).
 *
 * @example
 * ```ts
 * import { mergeListings, parseListing } from 'paper-listing';
 * const page = (day: string, upvotes: number) =>
 *   `${day}\n\n[${upvotes}](https://huggingface.co/login)\n\n` +
 *   '### [A Title](https://huggingface.co/papers/2401.00001)\n\nAn abstract. It is short.\n';
 * const options = { referenceDate: '2024-12-11' };
 * const merged = mergeListings([
 *   { source: 'tue.md', listing: parseListing(page('Dec 11', 9), options) },
 *   { source: 'mon.md', listing: parseListing(page('Dec 10', 3), options) },
 * ]);
 * merged.papers.length; // → 1
 * const [paper] = merged.papers;
 * [paper?.sources, paper?.upvotes]; // → [['tue.md', 'mon.md'], 9]
 * paper?.listingDates.map((d) => d.day); // → [10, 11]
 * ```
 */
export function mergeListings(inputs: readonly (Listing | SourcedListing)[]): MergedListing {
  const merger = createMerger();
  const diagnostics: SourcedDiagnostic[] = [];
  inputs.forEach((input, index) => {
    const sourced = 'listing' in input ? input : undefined;
    const listing = sourced?.listing ?? (input as Listing);
    const source = sourced?.source ?? listing.metadata?.url ?? String(index);
    for (const found of listing.diagnostics) diagnostics.push({ ...found, source });
    for (const paper of listing.papers) {
      const conflict = merger.add(paper, source);
      if (conflict !== undefined) diagnostics.push(conflict);
    }
  });
  return { papers: merger.papers(), diagnostics };
}
