/**
 * Where a layout's results go. The batch parser collects them into a `Listing`; the
 * stream yields papers as they arrive.
 *
 * @module
 */
import type {
  CaptureMetadata,
  ChromeLine,
  Diagnostic,
  LayoutName,
  Listing,
  PageKind,
  Paper,
  PartialDate,
  ReferenceDate,
} from '../schema.js';

/** What a layout learns about the listing as a whole (an HTML page's head, its data). */
export type ListingInfo = Partial<Pick<Listing, 'metadata' | 'source'>>;

/**
 * What the parser learned about the capture before its cards: layout, metadata, dates.
 *
 * @example
 * ```ts
 * await parseListingStream(source, {
 *   onCapture: (capture) => console.error(capture.layout, capture.referenceDate),
 * });
 * ```
 */
export interface CaptureInfo {
  readonly layout: LayoutName;
  readonly metadata?: CaptureMetadata;
  readonly referenceDate?: ReferenceDate;
  /**
   * `'paper'`: the capture is a single paper's page, read as its one paper;
   * `'items'`: a page whose papers are collection items only (a model's, a dataset's
   * or a blog article's sidebar, a collection).
   */
  readonly page?: PageKind;
}

/** Receives a layout's results in input order. */
export interface ListingSink {
  paper(paper: Paper): void;
  diagnostic(diagnostic: Diagnostic): void;
  chrome(line: ChromeLine): void;
  /** A listing date line (also reported through `chrome`). */
  listingDate(date: PartialDate): void;
  /** Once, before the first card: the capture's layout and what it says about itself. */
  capture(info: CaptureInfo): void;
  /** The input is over: nothing more will come. */
  end?(): void;
  /** Facts about the whole listing a layout learns (an HTML page's head, which path read it). */
  info?(info: ListingInfo): void;
}
