/**
 * Run tasks side by side, hand their results on in input order. Every batch goes
 * through one delivery queue: the task at the head of the window queues its batches as
 * they come; the tasks after it hold theirs until they are the head, and are made to
 * wait once they hold too much, so memory stays bounded whichever input is slow.
 *
 * @module
 */
import type { Item, ItemSink, Outcome, TaskInput } from './task.js';

/** Starts a task; `sink` gets its batches. */
export type Runner = (input: TaskInput, sink: ItemSink) => Promise<Outcome>;

/** Characters of held output (roughly) after which a task that is not the head waits. */
export const HOLD_LIMIT = 8 * 1024 * 1024;

/** How the ordered run is set up. */
export interface OrderedOptions {
  /** At most this many tasks run at once. */
  readonly jobs: number;
  /** The runner for each input (a worker, or the main thread for stdin). */
  readonly runnerFor: (input: TaskInput) => Runner;
  /** Hands one batch on. Called one batch at a time, in input order. */
  readonly deliver: (items: Item[]) => Promise<void> | undefined;
  /** Called with each input's outcome after its batches, in input order; `false` stops the run. */
  readonly settled: (outcome: Outcome) => boolean;
  /** True when output is closed: stop. */
  readonly closed: () => boolean;
  /** Override {@link HOLD_LIMIT} (tests). */
  readonly holdLimit?: number;
  /** Called once when the run stops early (an outcome said stop, or output closed). */
  readonly onStop?: () => void;
}

interface Slot {
  readonly held: Item[][];
  heldBytes: number;
  head: boolean;
  outcome: Outcome | undefined;
  /** Wakes a task waiting to become the head. */
  wake: (() => void) | undefined;
}

/**
 * Run each input of `inputs` (read only as room frees up) and deliver results in input
 * order. Resolves once every started task has settled and its batches are delivered,
 * or the run was stopped.
 *
 * @example
 * ```ts
 * await runOrdered(inputs, { jobs: 2, runnerFor: () => pool.run, deliver, settled, closed });
 * ```
 */
export async function runOrdered(
  inputs: AsyncIterable<TaskInput>,
  options: OrderedOptions,
): Promise<void> {
  const window: Slot[] = [];
  let stopped = false;
  let failure: unknown;
  let running = 0;
  let queue: Promise<void> = Promise.resolve();
  /** Wakes the reader when a task finishes or the window moves. */
  let progressed: (() => void) | undefined;
  const nudge = (): void => {
    const wake = progressed;
    progressed = undefined;
    wake?.();
  };
  const isStopped = (): boolean => stopped || options.closed();
  const fail = (error: unknown): void => {
    stopped = true;
    failure ??= error;
  };
  const then = (step: () => Promise<void> | undefined | void): Promise<void> => {
    queue = queue.then(step).catch(fail);
    return queue;
  };
  const enqueue = (items: Item[]): Promise<void> =>
    then(() => (isStopped() ? undefined : options.deliver(items)));

  /** Move the head along: queue its held batches, and settle heads that are done. */
  function advance(): void {
    while (window.length > 0) {
      const head = window[0] as Slot;
      if (!head.head) {
        head.head = true;
        for (const batch of head.held.splice(0)) enqueue(batch);
        head.heldBytes = 0;
        const wake = head.wake;
        head.wake = undefined;
        if (wake !== undefined) void queue.then(wake);
      }
      const { outcome } = head;
      if (outcome === undefined) return;
      window.shift();
      void then(() => {
        if (!isStopped() && !options.settled(outcome)) stopped = true;
      });
      nudge();
    }
  }

  function start(input: TaskInput): void {
    const slot: Slot = { held: [], heldBytes: 0, head: false, outcome: undefined, wake: undefined };
    window.push(slot);
    const sink = ((items: Item[]) => {
      if (isStopped()) return undefined;
      if (slot.head) return enqueue(items);
      slot.held.push(items);
      slot.heldBytes += sizeOf(items);
      if (slot.heldBytes < (options.holdLimit ?? HOLD_LIMIT)) return undefined;
      return new Promise<void>((resolve) => {
        slot.wake = resolve;
      });
    }) as ItemSink;
    Object.defineProperty(sink, 'closed', { get: isStopped });
    running++;
    advance();
    options
      .runnerFor(input)(input, sink)
      .then(
        (outcome) => {
          slot.outcome = outcome;
        },
        (error: unknown) => {
          // A bug: stop the run, and let it surface at the end.
          fail(error);
          slot.outcome = 'done';
        },
      )
      .finally(() => {
        running--;
        advance();
        nudge();
      });
  }

  const waitForProgress = (): Promise<void> =>
    new Promise<void>((resolve) => {
      progressed = resolve;
    });

  const iterator = inputs[Symbol.asyncIterator]();
  try {
    while (!isStopped()) {
      // Room: fewer than `jobs` running, and a window of at most 4 × jobs.
      while (!isStopped() && (running >= options.jobs || window.length >= 4 * options.jobs)) {
        await waitForProgress();
      }
      if (isStopped()) break;
      const next = await iterator.next();
      if (next.done) break;
      start(next.value);
    }
  } finally {
    if (isStopped()) await iterator.return?.();
  }
  // A stopped run's tasks see `closed` and end soon; wake those waiting to be the head.
  if (isStopped()) options.onStop?.();
  while (running > 0) {
    if (isStopped()) for (const slot of window) slot.wake?.();
    await waitForProgress();
  }
  await queue;
  if (failure !== undefined) throw failure;
}

/**
 * About how many characters a batch holds, for the hold limit.
 *
 * @example
 * ```ts
 * sizeOf([{ type: 'text', text: 'abc' }]); // 3
 * ```
 */
function sizeOf(items: readonly Item[]): number {
  let size = 0;
  for (const item of items) {
    if (item.type === 'text') size += item.text.length;
    else if (item.type === 'bytes') size += item.bytes.length;
    else if (item.type === 'record') size += item.record.abstract.length + 256;
    else if (item.type === 'paper') size += item.paper.raw.abstract.length * 2 + 512;
  }
  return size;
}
