/**
 * Writing to stdout with backpressure: wait for `drain` when the stream says so, and
 * stop quietly when the reader went away (`| head` closes the pipe: EPIPE).
 *
 * @module
 */
import type { Writable } from 'node:stream';

/** A writable that can be waited on. */
export interface Output {
  /** Write `text`; resolves when the stream can take more. Does nothing once closed. */
  write(text: string): Promise<void>;
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
 * await out.write('{"title":"A"}\n');
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
    async write(text) {
      if (closed || text.length === 0) return;
      if (stream.write(text)) return;
      await new Promise<void>((resolve) => {
        const done = (): void => {
          stream.removeListener('drain', done);
          wake = undefined;
          resolve();
        };
        wake = done;
        stream.on('drain', done);
      });
    },
    get closed() {
      return closed;
    },
    get failure() {
      return failure;
    },
  };
}
