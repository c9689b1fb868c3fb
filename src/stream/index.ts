/**
 * `parseListingStream`: papers from a stream of chunks, each as soon as its block is
 * complete, in memory bounded by the largest block. Web APIs only (`TextDecoder`,
 * async iterables, `ReadableStream`), so it runs in browsers, Deno, Bun and Node alike.
 *
 * @module
 */
import { ListingParseError } from '../diagnostics.js';
import type { Paper } from '../schema.js';
import { listingEvents } from './events.js';
import type { StreamOptions } from './options.js';
import type { StreamSource } from './source.js';

export type { ListingEvent } from './core.js';
export { listingBatches, listingEvents } from './events.js';
export { DEFAULT_MAX_BLOCK_LENGTH, type StreamOptions } from './options.js';
export type { StreamChunk, StreamSource } from './source.js';

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
  const events = listingEvents(source, options);
  const strict = options?.strict === true;
  return papers();

  async function* papers(): AsyncGenerator<Paper, void, undefined> {
    for await (const event of events) {
      switch (event.type) {
        case 'paper':
          yield event.paper;
          break;
        case 'diagnostic':
          if (strict && event.diagnostic.severity === 'error') {
            throw new ListingParseError(event.diagnostic);
          }
          options?.onDiagnostic?.(event.diagnostic);
          break;
        case 'chrome':
          options?.onChrome?.(event.line);
          break;
        case 'listing-date':
          options?.onListingDate?.(event.date);
          break;
      }
    }
  }
}
