/**
 * `parseListing`, with every layout: plain text, Markdown, bare URLs, reference links,
 * saved HTML pages and the Hub's JSON.
 *
 * @module
 */
import { readBareUrls } from '../layouts/bare-urls/index.js';
import { readHtml } from '../layouts/html/index.js';
import { readHubJson } from '../layouts/hub-json/index.js';
import { readMarkdown } from '../layouts/markdown/index.js';
import { readReflinks } from '../layouts/reflinks/index.js';
import type { Listing } from '../schema.js';
import { type CardReaders, parseWith } from './core.js';
import type { ParseOptions } from './options.js';

export { createListingParser, type ListingParser, tooLong } from './core.js';

/** The link-keeping layouts: each turns its syntax into card events. */
const READERS: CardReaders = {
  markdown: readMarkdown,
  'bare-urls': readBareUrls,
  reflinks: readReflinks,
  html: { toSink: readHtml },
  'hub-json': { toSink: readHubJson },
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
