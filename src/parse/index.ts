/**
 * `parseListing` and `parseListingStream` with every layout: plain text, Markdown, bare
 * URLs, reference links, saved HTML pages and the Hub's JSON.
 *
 * @module
 */
import { readBareUrls } from '../layouts/bare-urls/index.js';
import { readHtml } from '../layouts/html/index.js';
import { createHubJsonReader, readHubJson } from '../layouts/hub-json/index.js';
import { createMarkdownPieces } from '../layouts/markdown/pieces.js';
import { readReflinks } from '../layouts/reflinks/index.js';
import type { Listing, Paper } from '../schema.js';
import { streamWith } from '../stream/index.js';
import type { StreamOptions } from '../stream/options.js';
import type { StreamSource } from '../stream/source.js';
import { parseWith } from './core.js';
import type { ParseOptions } from './options.js';
import type { LayoutReaders } from './pipeline.js';

/** Every layout besides plain text: each lowers its syntax into content lines. */
export const READERS: LayoutReaders = {
  markdown: { pieces: createMarkdownPieces },
  'bare-urls': readBareUrls,
  reflinks: readReflinks,
  html: { toSink: readHtml },
  'hub-json': { toSink: readHubJson, push: createHubJsonReader },
};

/**
 * Parse a captured listing page into papers, page chrome and diagnostics.
 *
 * @example
 * ```ts
 * import { parseListing } from 'paper-listing';
 *
 * const listing = parseListing(text, { referenceDate: '2024-12-11' }); // format: 'auto'
 * for (const paper of listing.papers) console.log(paper.publishedAt, paper.title);
 * for (const d of listing.diagnostics) console.warn(d.code, d.position.start.line);
 * ```
 */
export function parseListing(input: string, options?: ParseOptions): Listing {
  return parseWith(input, options, READERS, 'parseListing');
}

/**
 * Parse a stream of text or UTF-8 bytes into papers. For the same input, the papers,
 * diagnostics, chrome and listing dates equal `parseListing`'s, whatever the chunking
 * (a UTF-8 sequence, a CRLF or a footer may be split anywhere). Diagnostics go to
 * `options.onDiagnostic`; with `strict`, the iterator throws `ListingParseError` at the
 * first error instead, after yielding the papers before it. Options are checked at
 * call time (`TypeError`).
 *
 * @example
 * ```ts
 * import { parseListingStream } from 'paper-listing';
 *
 * const response = await fetch(url);
 * for await (const paper of parseListingStream(response.body!, {
 *   onDiagnostic: (d) => console.warn(d.code, d.position.start.line),
 * })) {
 *   console.log(paper.title);
 * }
 * ```
 */
export function parseListingStream(
  source: StreamSource,
  options?: StreamOptions,
): AsyncGenerator<Paper, void, undefined> {
  return streamWith(source, options, READERS);
}
