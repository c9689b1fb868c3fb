/**
 * The worker side of `--jobs`: run each task it is sent with `runTask` and post its
 * batches back, waiting for acknowledgements once `MAX_UNANSWERED` are out.
 *
 * @module
 */
import type { FromWorker, ToWorker } from './pool.js';
import { type ItemSink, runTask, type TaskSettings } from './task.js';

/** Batches a worker may have sent and not yet had acknowledged. */
export const MAX_UNANSWERED = 4;

/** The end of a message channel a worker serves: `parentPort`, or a test's port. */
export interface PortLike {
  postMessage(message: FromWorker): void;
  on(event: 'message', listener: (message: ToWorker) => void): unknown;
}

const NO_STDIN = {
  [Symbol.asyncIterator]: (): AsyncIterator<Uint8Array> => {
    throw new Error('a worker has no stdin');
  },
};

/**
 * Serve tasks on `port` with `settings`, one at a time (the pool sends one at a time).
 *
 * @example
 * ```ts
 * if (!isMainThread && parentPort) serveWorker(parentPort, workerData);
 * ```
 */
export function serveWorker(port: PortLike, settings: TaskSettings): void {
  let unanswered = 0;
  let wake: (() => void) | undefined;
  port.on('message', (message) => {
    if (message.type === 'ack') {
      unanswered--;
      const waiting = wake;
      wake = undefined;
      waiting?.();
      return;
    }
    const { id, input } = message;
    const sink = ((items) => {
      port.postMessage({ type: 'items', id, items });
      unanswered++;
      if (unanswered < MAX_UNANSWERED) return undefined;
      return new Promise<void>((resolve) => {
        wake = resolve;
      });
    }) as ItemSink;
    Object.defineProperty(sink, 'closed', { value: false });
    runTask(input, settings, NO_STDIN, sink).then(
      (outcome) => port.postMessage({ type: 'done', id, outcome }),
      (error: unknown) =>
        port.postMessage({
          type: 'failed',
          id,
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        }),
    );
  });
}
