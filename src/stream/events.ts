/**
 * The stream as an async sequence of listing events. `parseListingStream`, the CLI and
 * the tests read it; it holds no more than the events one chunk produces.
 *
 * @module
 */
import { createStreamCore, type ListingEvent } from './core.js';
import type { StreamOptions } from './options.js';
import { chunksOf, type StreamSource } from './source.js';

/**
 * Parse `source` into events, in input order. Options are checked before the first
 * `next()`, when this is called.
 *
 * @example
 * ```ts
 * for await (const event of listingEvents(file.stream(), { format: 'text' })) {
 *   if (event.type === 'paper') console.log(event.paper.title);
 * }
 * ```
 */
export function listingEvents(
  source: StreamSource,
  options?: StreamOptions,
): AsyncGenerator<ListingEvent, void, undefined> {
  const queue: ListingEvent[] = [];
  const core = createStreamCore(options, (event) => queue.push(event));
  const chunks = chunksOf(source);
  return drain();

  async function* drain(): AsyncGenerator<ListingEvent, void, undefined> {
    for await (const chunk of chunks) {
      core.write(chunk);
      if (queue.length > 0) yield* take();
      // Stop reading: leaving the loop cancels the source.
      if (core.stopped) return;
    }
    core.end();
    yield* take();
  }

  function* take(): Generator<ListingEvent, void, undefined> {
    yield* queue.splice(0, queue.length);
  }
}
