/**
 * `parseListingStream`: papers from a stream of chunks, each as soon as its block is
 * complete, in memory bounded by the largest block. Web APIs only (`TextDecoder`,
 * async iterables, `ReadableStream`), so it runs in browsers, Deno, Bun and Node alike.
 *
 * @module
 */
import type { LayoutReaders } from '../parse/pipeline.js';
import type { Paper } from '../schema.js';
import { listingEvents } from './events.js';
import type { StreamOptions } from './options.js';
import type { StreamSource } from './source.js';

export type { ListingEvent } from './core.js';
export { listingBatches, listingEvents } from './events.js';
export { DEFAULT_MAX_BLOCK_LENGTH, type StreamOptions } from './options.js';
export type { StreamChunk, StreamSource } from './source.js';

/**
 * The stream over the layouts an entry ships: `parseListingStream` from
 * `paper-listing` passes every layout, the one from `paper-listing/text` plain text only.
 *
 * @example
 * ```ts
 * for await (const paper of streamWith(chunks, { format: 'text' }, {})) console.log(paper.title);
 * ```
 */
export function streamWith(
  source: StreamSource,
  options: StreamOptions | undefined,
  readers: LayoutReaders,
): AsyncGenerator<Paper, void, undefined> {
  const events = listingEvents(source, options, readers);
  const strict = options?.strict === true;
  return papers();

  async function* papers(): AsyncGenerator<Paper, void, undefined> {
    for await (const event of events) {
      switch (event.type) {
        case 'paper':
          yield event.paper;
          break;
        case 'diagnostic':
          // In strict mode the error itself is thrown by the events, once they are out.
          if (!(strict && event.diagnostic.severity === 'error')) {
            options?.onDiagnostic?.(event.diagnostic);
          }
          break;
        case 'chrome':
          options?.onChrome?.(event.line);
          break;
        case 'listing-date':
          options?.onListingDate?.(event.date);
          break;
        case 'capture':
          options?.onCapture?.(event.capture);
          break;
      }
    }
  }
}
