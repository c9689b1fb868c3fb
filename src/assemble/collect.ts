/**
 * Collect a layout's results into a `Listing`: the sink behind `parseListing` and the
 * remark plugin, so both build the same object the same way.
 *
 * @module
 */
import type { ChromeLine, Diagnostic, Listing, Paper, PartialDate } from '../schema.js';
import type { ListingInfo, ListingSink } from './sink.js';

/** A sink that remembers everything, and the listing it adds up to. */
export interface ListingCollector {
  readonly sink: ListingSink;
  listing(): Listing;
}

/**
 * Create a collector. `onDiagnostic` sees each diagnostic before it is kept (strict mode
 * throws from there; the plugin files a vfile message).
 *
 * @example
 * ```ts
 * const collector = collectListing();
 * collector.sink.listingDate({ month: 3, day: 11 });
 * collector.listing(); // { date: { month: 3, day: 11 }, papers: [], chrome: [], diagnostics: [] }
 * ```
 */
export function collectListing(onDiagnostic?: (found: Diagnostic) => void): ListingCollector {
  const papers: Paper[] = [];
  const chrome: ChromeLine[] = [];
  const diagnostics: Diagnostic[] = [];
  let date: PartialDate | undefined;
  let info: ListingInfo = {};
  return {
    sink: {
      paper: (paper) => papers.push(paper),
      chrome: (line) => chrome.push(line),
      listingDate(found) {
        date ??= found;
      },
      diagnostic(found) {
        onDiagnostic?.(found);
        diagnostics.push(found);
      },
      info(found) {
        info = { ...info, ...found };
      },
    },
    listing() {
      // Keys in schema order.
      const listing: Listing = date === undefined ? ({} as Listing) : ({ date } as Listing);
      if (info.metadata !== undefined) listing.metadata = info.metadata;
      listing.papers = papers;
      listing.chrome = chrome;
      listing.diagnostics = diagnostics;
      if (info.source !== undefined) listing.source = info.source;
      return listing;
    },
  };
}
