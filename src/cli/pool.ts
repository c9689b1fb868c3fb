/**
 * `--jobs`: a pool of worker threads, each parsing one input at a time. A worker sends
 * each batch as a message and waits for an acknowledgement once a few are unanswered,
 * so a worker ahead of the output holds at most a few batches.
 *
 * @module
 */
import type { Runner } from './ordered.js';
import type { Item, ItemSink, Outcome, TaskInput } from './task.js';

/** Messages from the main thread to a worker. */
export type ToWorker =
  | { readonly type: 'task'; readonly id: number; readonly input: TaskInput }
  | { readonly type: 'ack'; readonly id: number };

/** Messages from a worker to the main thread. */
export type FromWorker =
  | { readonly type: 'items'; readonly id: number; readonly items: Item[] }
  | { readonly type: 'done'; readonly id: number; readonly outcome: Outcome }
  | { readonly type: 'failed'; readonly id: number; readonly error: string };

/** What the pool needs of a worker: `node:worker_threads`' `Worker`, or a test double. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  on(event: 'message', listener: (message: FromWorker) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  terminate(): Promise<unknown>;
}

/** A pool: a `Runner` for `runOrdered`, and a way to end the workers. */
export interface Pool {
  readonly run: Runner;
  close(): Promise<void>;
}

interface Busy {
  readonly sink: ItemSink;
  resolve(outcome: Outcome): void;
  reject(error: Error): void;
}

/**
 * Create a pool of `size` workers, started as needed with `spawn`.
 *
 * @example
 * ```ts
 * const pool = createPool(2, () => new Worker(new URL(import.meta.url), { workerData: settings }));
 * const outcome = await pool.run({ kind: 'file', name: 'a.txt' }, sink);
 * await pool.close();
 * ```
 */
export function createPool(size: number, spawn: () => WorkerLike): Pool {
  const workers: WorkerLike[] = [];
  const idle: WorkerLike[] = [];
  const waiting: ((worker: WorkerLike) => void)[] = [];
  const busy = new Map<number, Busy>();
  let nextId = 0;

  function add(): WorkerLike {
    const worker = spawn();
    workers.push(worker);
    worker.on('message', (message) => {
      const task = busy.get(message.id);
      if (task === undefined) return;
      switch (message.type) {
        case 'items': {
          const wait = task.sink(message.items);
          const ack = (): void => worker.postMessage({ type: 'ack', id: message.id });
          if (wait === undefined) ack();
          else void wait.then(ack);
          break;
        }
        case 'done':
          busy.delete(message.id);
          release(worker);
          task.resolve(message.outcome);
          break;
        case 'failed':
          busy.delete(message.id);
          release(worker);
          task.reject(new Error(message.error));
          break;
      }
    });
    worker.on('error', (error) => {
      for (const [id, task] of busy) {
        busy.delete(id);
        task.reject(error);
      }
    });
    return worker;
  }

  function release(worker: WorkerLike): void {
    const next = waiting.shift();
    if (next === undefined) idle.push(worker);
    else next(worker);
  }

  function acquire(): Promise<WorkerLike> | WorkerLike {
    const worker = idle.pop();
    if (worker !== undefined) return worker;
    if (workers.length < size) return add();
    return new Promise((resolve) => waiting.push(resolve));
  }

  return {
    async run(input, sink) {
      const worker = await acquire();
      const id = nextId++;
      return new Promise<Outcome>((resolve, reject) => {
        busy.set(id, { sink, resolve, reject });
        worker.postMessage({ type: 'task', id, input });
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
      for (const task of busy.values()) task.resolve('done');
      busy.clear();
    },
  };
}
