/**
 * The stream as an async sequence of listing events. `parseListingStream`, the CLI and
 * the tests read it; it holds no more than the events one chunk produces.
 *
 * @module
 */
import type { LayoutReaders } from '../parse/pipeline.js';
import { createStreamCore, type ListingEvent } from './core.js';
import type { StreamOptions } from './options.js';
import { chunksOf, type StreamSource } from './source.js';

/**
 * Parse `source` into events, in input order. Options are checked before the first
 * `next()`, when this is called.
 *
 * @example
 * ```ts
 * for await (const event of listingEvents(file.stream(), { format: 'text' }, READERS)) {
 *   if (event.type === 'paper') console.log(event.paper.title);
 * }
 * ```
 */
export function listingEvents(
  source: StreamSource,
  options: StreamOptions | undefined,
  readers: LayoutReaders,
): AsyncGenerator<ListingEvent, void, undefined> {
  const batches = listingBatches(source, options, readers);
  return flatten();

  async function* flatten(): AsyncGenerator<ListingEvent, void, undefined> {
    for await (const batch of batches) yield* batch;
  }
}

/**
 * Parse `source` into the events each chunk completes: one array per chunk that
 * completes any, and one for the end if it completes any; never an empty one. A reader
 * that handles a chunk's events together saves a promise per event.
 *
 * @example
 * ```ts
 * for await (const events of listingBatches(process.stdin, {}, READERS)) {
 *   console.log(events.length); // 3, then 12 … (chunks completing nothing are skipped)
 * }
 * ```
 */
export function listingBatches(
  source: StreamSource,
  options: StreamOptions | undefined,
  readers: LayoutReaders,
): AsyncGenerator<ListingEvent[], void, undefined> {
  let queue: ListingEvent[] = [];
  const core = createStreamCore(options, (event) => queue.push(event), readers);
  const chunks = chunksOf(source);
  return drain();

  async function* drain(): AsyncGenerator<ListingEvent[], void, undefined> {
    for await (const chunk of chunks) {
      core.write(chunk);
      if (queue.length > 0) yield take();
      // Stop reading: leaving the loop cancels the source.
      if (core.stopped) break;
    }
    // A stop at an overlong line still ends the input read so far (the card it left
    // open is finished); a strict failure ends nothing more.
    if (core.failure === undefined) core.end();
    if (queue.length > 0) yield take();
    // Strict mode: the events decided before the error are out; now the error.
    if (core.failure !== undefined) throw core.failure;
  }

  function take(): ListingEvent[] {
    const batch = queue;
    queue = [];
    return batch;
  }
}
