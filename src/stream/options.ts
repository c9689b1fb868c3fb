/**
 * Options of `parseListingStream` and the Node transform: the batch options, plus the
 * input layout, the block limit and callbacks for what is not a paper.
 *
 * @module
 */
import type { CaptureInfo } from '../assemble/sink.js';
import type { ParseOptions } from '../parse/options.js';
import type { ChromeLine, Diagnostic, PartialDate } from '../schema.js';

export type { CaptureInfo };

/**
 * Longest line, in UTF-16 code units, the stream holds while it waits for the line's
 * end: 1 Mi (about 2 MB). Real abstracts are a few thousand characters; a paper block is
 * a few lines, so a stream's memory stays within a small multiple of this.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_BLOCK_LENGTH } from 'paper-listing';
 * DEFAULT_MAX_BLOCK_LENGTH; // → 1048576
 * ```
 */
export const DEFAULT_MAX_BLOCK_LENGTH = 1024 * 1024;

/**
 * Options for `parseListingStream` (and `createListingTransform` from `paper-listing/node`).
 *
 * `format` works as in `parseListing`: `'text'` is parsed as it arrives; `'auto'` (the
 * default) first holds the first 16 KiB to read the capture's envelope and detect the
 * layout, exactly as `parseListing` does. Markdown is parsed in pieces as it arrives
 * (memory: the largest piece; a piece held for a block still open is bounded by
 * `maxBlockLength`, then cut with a `markdown-cut` warning). Bare URLs, reference links,
 * HTML pages and Hub JSON documents are held whole, up to `maxInputLength`, and lowered
 * at the end, so their memory is the input's size; Hub JSON Lines go line by line.
 *
 * `dedupe` works as in `parseListing`. The default, `'adjacent'`, holds each paper until
 * the next one shows whether it is a copy, so a paper is yielded with every field. With
 * `true`, the fields a later copy adds are merged into the earlier paper object, which
 * was already yielded, and one entry per distinct paper is kept: leave it off for an
 * endless stream.
 *
 * @example
 * ```ts
 * import { parseListingStream } from 'paper-listing';
 * const codes: string[] = [];
 * const chunks = ['Mar 11\n\n-----\n'];
 * for await (const paper of parseListingStream(chunks, { onDiagnostic: (d) => codes.push(d.code) })) {
 *   console.log(paper.title);
 * }
 * codes; // → ['unrecognized-line']
 * ```
 */
export interface StreamOptions extends ParseOptions {
  /**
   * Longest line held while waiting for its end; see {@link DEFAULT_MAX_BLOCK_LENGTH}.
   * A longer line gives a `block-too-large` error, and the stream stops there.
   * `maxInputLength` does not apply to streamed plain text or Markdown: this limit bounds
   * memory instead (for Markdown, also the piece held for a block still open).
   */
  maxBlockLength?: number;
  /** Called with each diagnostic, in input order, between the papers around it. */
  onDiagnostic?: (diagnostic: Diagnostic) => void;
  /** Called with each line of page chrome, in input order. */
  onChrome?: (line: ChromeLine) => void;
  /** Called with each listing date line's date (years resolved against `referenceDate`). */
  onListingDate?: (date: PartialDate) => void;
  /**
   * Called once, before the first paper, with the capture's layout, its metadata
   * (front matter, envelope) and the reference date in use: what `Listing.layout`,
   * `Listing.metadata` and `Listing.referenceDate` hold in `parseListing`.
   */
  onCapture?: (capture: CaptureInfo) => void;
}

/**
 * Check the stream-only options. A wrong option is a programming error: `TypeError`.
 *
 * @example
 * ```ts
 * resolveStreamOptions({ maxBlockLength: 4096 }); // { maxBlockLength: 4096 }
 * ```
 */
export function resolveStreamOptions(options: StreamOptions | undefined): {
  maxBlockLength: number;
} {
  const { maxBlockLength = DEFAULT_MAX_BLOCK_LENGTH } = options ?? {};
  if (typeof maxBlockLength !== 'number' || !(maxBlockLength >= 1)) {
    throw new TypeError('options.maxBlockLength must be a positive number');
  }
  for (const name of ['onDiagnostic', 'onChrome', 'onListingDate', 'onCapture'] as const) {
    const value = options?.[name];
    if (value !== undefined && typeof value !== 'function') {
      throw new TypeError(`options.${name} must be a function`);
    }
  }
  return { maxBlockLength };
}
