/**
 * The worker side of `--jobs`: run each task it is sent with `runTask` and post its
 * batches back, waiting for acknowledgements once `MAX_UNANSWERED` are out.
 *
 * @module
 */
import type { FromWorker, ToWorker } from './pool.js';
import { type Item, type ItemSink, runTask, type TaskSettings } from './task.js';

/** Batches a worker may have sent and not yet had acknowledged. */
export const MAX_UNANSWERED = 4;

/** The end of a message channel a worker serves: `parentPort`, or a test's port. */
export interface PortLike {
  postMessage(message: FromWorker, transfer?: ArrayBuffer[]): void;
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
  const pack = settings.format === 'jsonl' || settings.format === 'csv' ? packText : undefined;
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
      if (pack === undefined) {
        port.postMessage({ type: 'items', id, items });
      } else {
        const packed = pack(items);
        port.postMessage({ type: 'items', id, items: packed.items }, packed.transfer);
      }
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

const encoder = new TextEncoder();

/**
 * Join each run of records' text into one UTF-8 buffer, moved (not copied) to the main
 * thread: cloning thousands of small strings cost more than the encoding, which this way
 * happens on the worker, beside the parse.
 *
 * @example
 * ```ts
 * packText([{ type: 'text', text: '{"a":1}\n' }, { type: 'text', text: '{"a":2}\n' }]);
 * // { items: [{ type: 'bytes', bytes: <16 bytes> }], transfer: [<ArrayBuffer>] }
 * ```
 */
export function packText(items: readonly Item[]): { items: Item[]; transfer: ArrayBuffer[] } {
  const packed: Item[] = [];
  const transfer: ArrayBuffer[] = [];
  let texts: string[] = [];
  const flush = (): void => {
    if (texts.length === 0) return;
    const bytes = encoder.encode(texts.join(''));
    packed.push({ type: 'bytes', bytes });
    transfer.push(bytes.buffer as ArrayBuffer);
    texts = [];
  };
  for (const item of items) {
    if (item.type === 'text') {
      texts.push(item.text);
    } else {
      flush();
      packed.push(item);
    }
  }
  flush();
  return { items: packed, transfer };
}
