/**
 * `parseListing` for plain-text captures only: the same parser without the Markdown,
 * bare-URL and reference-link layouts, so a bundle that imports it leaves remark out.
 * `format: 'auto'` means plain text here; any other layout is a usage error.
 *
 * @module
 */
import type { Listing } from '../schema.js';
import { parseWith } from './core.js';
import type { ParseOptions } from './options.js';

/**
 * Parse a plain-text capture into papers, page chrome and diagnostics.
 *
 * @example
 * ```ts
 * import { parseListing } from 'paper-listing/text';
 * parseListing('Mar 11\n\nA Title Here\n\nWe study X. We find Y.\n').papers[0]?.title; // → 'A Title Here'
 * ```
 */
export function parseTextListing(input: string, options?: ParseOptions): Listing {
  return parseWith(input, options, {}, 'parseListing');
}
