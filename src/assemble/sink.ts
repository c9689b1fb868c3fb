/**
 * Where a layout's results go. The batch parser collects them into a `Listing`; the
 * stream yields papers as they arrive.
 *
 * @module
 */
import type { ChromeLine, Diagnostic, Listing, Paper, PartialDate } from '../schema.js';

/** What a layout learns about the listing as a whole (an HTML page's head, its data). */
export type ListingInfo = Partial<Pick<Listing, 'metadata' | 'source'>>;

/** Receives a layout's results in input order. */
export interface ListingSink {
  paper(paper: Paper): void;
  diagnostic(diagnostic: Diagnostic): void;
  chrome(line: ChromeLine): void;
  /** A listing date line (also reported through `chrome`). */
  listingDate(date: PartialDate): void;
  /** Facts about the whole listing; the batch collector keeps them, the stream has no place for them. */
  info?(info: ListingInfo): void;
}
