/**
 * paper-listing/node: Node stream helpers, the only library entry that imports `node:`
 * modules. `createListingTransform()` is `parseListingStream` as an object-mode
 * `Transform`, for `stream.pipeline`.
 *
 * @packageDocumentation
 */
import { Transform, type TransformCallback } from 'node:stream';
import type { ListingParseError } from '../diagnostics.js';
import { READERS } from '../parse/index.js';
import type { Diagnostic } from '../schema.js';
import { createStreamCore, type ListingEvent, type StreamCore } from '../stream/core.js';
import type { StreamOptions } from '../stream/options.js';

export { DEFAULT_MAX_BLOCK_LENGTH, type StreamOptions } from '../stream/options.js';

/**
 * A `Transform` from text or UTF-8 bytes (written side) to `Paper` objects (read side,
 * object mode). Diagnostics go to `options.onDiagnostic` and are emitted as
 * `'diagnostic'` events; with `strict`, the first error fails the stream with
 * `ListingParseError`, after the papers before it. Backpressure is the `Transform`'s
 * own: while the reader does not read, writes wait.
 *
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs';
 * import { pipeline } from 'node:stream/promises';
 * import { createListingTransform } from 'paper-listing/node';
 *
 * await pipeline(
 *   createReadStream('listing.txt'),
 *   createListingTransform({ referenceDate: '2024-12-11' }),
 *   async function* (papers) {
 *     for await (const paper of papers) yield `${JSON.stringify(paper)}\n`;
 *   },
 *   process.stdout,
 * );
 * ```
 */
export function createListingTransform(options?: StreamOptions): Transform {
  return new ListingTransform(options);
}

class ListingTransform extends Transform {
  readonly #core: StreamCore;
  readonly #options: StreamOptions | undefined;
  #failure: ListingParseError | undefined;

  constructor(options: StreamOptions | undefined) {
    super({ readableObjectMode: true });
    this.#options = options;
    // Options are checked here: a wrong one throws TypeError from the factory.
    this.#core = createStreamCore(options, (event) => this.#event(event), READERS);
  }

  #event(event: ListingEvent): void {
    if (this.#failure !== undefined) return;
    switch (event.type) {
      case 'paper':
        this.push(event.paper);
        return;
      case 'diagnostic':
        this.#diagnostic(event.diagnostic);
        return;
      case 'chrome':
        this.#options?.onChrome?.(event.line);
        return;
      case 'listing-date':
        this.#options?.onListingDate?.(event.date);
        return;
      case 'capture':
        this.#options?.onCapture?.(event.capture);
        return;
    }
  }

  #diagnostic(found: Diagnostic): void {
    // Strict mode: the core stops at the first error and hands it over (#failOnceRead).
    if (this.#options?.strict === true && found.severity === 'error') return;
    this.#options?.onDiagnostic?.(found);
    this.emit('diagnostic', found);
  }

  override _transform(chunk: unknown, _encoding: BufferEncoding, done: TransformCallback): void {
    done(this.#step(() => this.#core.write(chunk as string | Uint8Array)));
  }

  override _flush(done: TransformCallback): void {
    done(this.#step(() => this.#core.end()));
  }

  /** Run one step of the core unless failed already; a throw (a bad chunk) is returned. */
  #step(work: () => void): Error | undefined {
    if (this.#failure !== undefined) return undefined;
    try {
      work();
    } catch (error) {
      return error as Error;
    }
    this.#failOnceRead();
    return undefined;
  }

  /**
   * A strict failure ends the readable side after the papers already pushed, and fails
   * the stream once they were read: failing at once would drop them unread.
   */
  #failOnceRead(): void {
    this.#failure ??= this.#core.failure;
    const failure = this.#failure;
    if (failure === undefined) return;
    this.once('end', () => this.destroy(failure));
    this.push(null);
  }
}
