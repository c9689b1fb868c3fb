/**
 * Accept the sources a stream can come from: an async iterable (a Node readable, an
 * async generator), a sync iterable of chunks, or a WHATWG `ReadableStream`, also where
 * it is not async-iterable (Safari).
 *
 * @module
 */
import { describeValue } from '../describe-value.js';

/**
 * A chunk of input: text, or UTF-8 bytes (a `Buffer` is a `Uint8Array`).
 *
 * @example
 * ```ts
 * import type { StreamChunk } from 'paper-listing';
 * const chunks: StreamChunk[] = ['Mar ', new TextEncoder().encode('11\n')];
 * ```
 */
export type StreamChunk = string | Uint8Array;

/**
 * Where `parseListingStream` reads from: an async iterable (a Node stream), an iterable,
 * or a WHATWG `ReadableStream` (a `fetch` body, `Blob.stream()`).
 *
 * @example
 * ```ts
 * import { parseListingStream, type StreamSource } from 'paper-listing';
 * const source: StreamSource = new Blob(['Mar 11\n']).stream();
 * for await (const paper of parseListingStream(source)) console.log(paper.title);
 * ```
 */
export type StreamSource =
  | AsyncIterable<StreamChunk>
  | Iterable<StreamChunk>
  | ReadableStream<StreamChunk>;

/**
 * The source as something `for await` reads. Breaking out of that loop cancels the source.
 *
 * @example
 * ```ts
 * for await (const chunk of chunksOf(new Blob(['Mar 11\n']).stream())) console.log(chunk);
 * ```
 */
export function chunksOf(source: StreamSource): AsyncIterable<StreamChunk> | Iterable<StreamChunk> {
  if (typeof source === 'string') return [source];
  if (typeof source === 'object' && source !== null) {
    if (Symbol.asyncIterator in source || Symbol.iterator in source) return source;
    if ('getReader' in source && typeof source.getReader === 'function') return readAll(source);
  }
  throw new TypeError(
    `parseListingStream expects an async iterable or a ReadableStream, got ${describeValue(source)}`,
  );
}

/**
 * Read a `ReadableStream` with its reader; an early exit cancels it.
 *
 * @example
 * ```ts
 * for await (const chunk of readAll(response.body)) …
 * ```
 */
async function* readAll(stream: ReadableStream<StreamChunk>): AsyncGenerator<StreamChunk> {
  const reader = stream.getReader();
  let done = false;
  try {
    while (true) {
      const result = await reader.read();
      if (result.done) {
        done = true;
        return;
      }
      yield result.value;
    }
  } finally {
    if (!done) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
