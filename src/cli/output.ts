/**
 * Writing to stdout with backpressure: wait for `drain` when the stream says so, and
 * stop quietly when the reader went away (`| head` closes the pipe: EPIPE).
 *
 * @module
 */
import type { Writable } from 'node:stream';

/** A writable that can be waited on. */
export interface Output {
  /**
   * Write `text` (or bytes, for Parquet). Returns a promise to wait on when the stream is
   * full (it resolves on `drain`, or on close), else nothing: most writes cost no
   * promise. Does nothing once closed.
   */
  write(text: string | Uint8Array): Promise<void> | undefined;
  /** Hand on what is held back, if anything: call it when a batch of papers is done. */
  flush(): void;
  /** True once the stream failed or was closed by its reader. */
  readonly closed: boolean;
  /** The failure that closed it, unless it was a closed pipe (which is not a failure). */
  readonly failure: Error | undefined;
}

/**
 * Wrap `stream`. Its `error` event is handled here, so a closed pipe never becomes an
 * uncaught exception with a stack trace.
 *
 * @example
 * ```ts
 * const out = createOutput(process.stdout);
 * await out.write('{"title":"A"}\n'); // awaiting `undefined` is fine too
 * if (out.closed) return; // the reader is gone: stop working
 * ```
 */
export function createOutput(stream: Writable): Output {
  let closed = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const stop = (): void => {
    closed = true;
    wake?.();
  };
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') failure = error;
    stop();
  });
  stream.on('close', stop);
  return {
    write(text) {
      if (closed || text.length === 0 || stream.write(text)) return undefined;
      return new Promise<void>((resolve) => {
        const done = (): void => {
          stream.removeListener('drain', done);
          wake = undefined;
          resolve();
        };
        wake = done;
        stream.on('drain', done);
      });
    },
    flush() {},
    get closed() {
      return closed;
    },
    get failure() {
      return failure;
    },
  };
}
