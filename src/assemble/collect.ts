/**
 * Collect a layout's results into a `Listing`: the sink behind `parseListing` and the
 * remark plugin, so both build the same object the same way.
 *
 * @module
 */
import type { ChromeLine, Diagnostic, Listing, Paper, PartialDate, Position } from '../schema.js';
import type { CaptureInfo, ListingInfo, ListingSink } from './sink.js';

function byStart(a: { position: Position }, b: { position: Position }): number {
  return a.position.start.offset - b.position.start.offset;
}

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
  let capture: CaptureInfo | undefined;
  let info: ListingInfo = {};
  return {
    sink: {
      paper: (paper) => papers.push(paper),
      chrome: (line) => chrome.push(line),
      listingDate(found) {
        date ??= found;
      },
      capture(found) {
        capture ??= found;
      },
      diagnostic(found) {
        onDiagnostic?.(found);
        diagnostics.push(found);
      },
      info(found) {
        info = { ...info, ...found };
      },
    },
    listing(): Listing {
      // Keys in schema order, so JSON output reads the same for every listing.
      const listing = {} as Listing;
      if (date !== undefined) listing.date = date;
      if (capture !== undefined) listing.layout = capture.layout;
      // What the page's own head says comes first; the envelope fills what it lacks.
      const metadata = { ...capture?.metadata, ...info.metadata };
      if (Object.keys(metadata).length > 0) listing.metadata = metadata;
      if (capture?.referenceDate !== undefined) listing.referenceDate = capture.referenceDate;
      if (capture?.page !== undefined) listing.page = capture.page;
      listing.papers = papers;
      // In input order: the grammar decides a card's opening parts when its title comes,
      // after what lies between; sorting (stable, nearly sorted) puts them back in place.
      listing.chrome = chrome.sort(byStart);
      listing.diagnostics = diagnostics.sort(byStart);
      if (info.source !== undefined) listing.source = info.source;
      return listing;
    },
  };
}
