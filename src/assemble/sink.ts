/**
 * Where a layout's results go. The batch parser collects them into a `Listing`; the
 * stream yields papers as they arrive.
 *
 * @module
 */
import type { ChromeLine, Diagnostic, Paper, PartialDate } from '../schema.js';

/** Receives a layout's results in input order. */
export interface ListingSink {
  paper(paper: Paper): void;
  diagnostic(diagnostic: Diagnostic): void;
  chrome(line: ChromeLine): void;
  /** A listing date line (also reported through `chrome`). */
  listingDate(date: PartialDate): void;
}
