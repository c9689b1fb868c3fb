/**
 * A one-line progress bar on stderr, by bytes read: how far through the inputs' total
 * size, MB/s, papers so far, inputs done. Shown only when stderr is a terminal and the
 * work is large, redrawn at most ten times a second, and never written into a pipe or a
 * file.
 *
 * @module
 */
import type { Writable } from 'node:stream';

/** Work above either threshold shows the bar. */
export const PROGRESS_MIN_FILES = 20;
export const PROGRESS_MIN_BYTES = 16 * 1024 * 1024;
const REDRAW_MS = 100;
const WIDTH = 20;

/** What the run tells the bar. */
export interface Progress {
  /** Bytes read and papers found since the last call; redraws when due. */
  advance(bytes: number, papers: number): void;
  /** One more input finished. */
  inputDone(): void;
  /** Erase the bar, before a message line or at the end. */
  clear(): void;
}

/** A stream that may be a terminal (as `process.stderr` is). */
export type MaybeTTY = Writable & { readonly isTTY?: boolean };

/** What the bar knows before the run. */
export interface ProgressOptions {
  /** The inputs' total size in bytes, when every input is a file (not stdin). */
  readonly totalBytes: number | undefined;
  /** How many inputs, when known (files); `undefined` for JSONL captures. */
  readonly inputs: number | undefined;
  readonly enabled: boolean;
  readonly now: () => number;
}

/**
 * Create the bar. `enabled: false` (or a stderr that is not a terminal) gives a bar
 * that never draws.
 *
 * @example
 * ```ts
 * const progress = createProgress(process.stderr, { totalBytes: 48e6, inputs: 3, enabled: true, now: Date.now });
 * progress.advance(16e6, 812); // "[#######             ] 16.0/48.0 MB  48.1 MB/s  812 papers  0/3 inputs"
 * ```
 */
export function createProgress(stream: MaybeTTY, options: ProgressOptions): Progress {
  const { totalBytes, inputs, now } = options;
  const enabled = options.enabled && stream.isTTY === true;
  const started = now();
  let done = 0;
  let bytes = 0;
  let papers = 0;
  let lastDraw = 0;
  let shown = false;

  function draw(): void {
    const time = now();
    if (time - lastDraw < REDRAW_MS) return;
    if ((inputs ?? done) < PROGRESS_MIN_FILES && bytes < PROGRESS_MIN_BYTES) return;
    lastDraw = time;
    const seconds = Math.max((time - started) / 1000, 0.001);
    const rate = (bytes / 1e6 / seconds).toFixed(1);
    const mb = (bytes / 1e6).toFixed(1);
    const counts = `${rate} MB/s  ${papers} papers  ${
      inputs === undefined ? `${done} captures` : `${done}/${inputs} inputs`
    }`;
    let line: string;
    if (totalBytes === undefined || totalBytes === 0) {
      line = `${mb} MB  ${counts}`;
    } else {
      const filled = Math.min(WIDTH, Math.round((bytes / totalBytes) * WIDTH));
      const bar = `[${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}]`;
      line = `${bar} ${mb}/${(totalBytes / 1e6).toFixed(1)} MB  ${counts}`;
    }
    stream.write(`\r${line}\x1b[K`);
    shown = true;
  }

  return {
    advance(moreBytes, morePapers) {
      bytes += moreBytes;
      papers += morePapers;
      if (enabled) draw();
    },
    inputDone() {
      done++;
      if (enabled) draw();
    },
    clear() {
      if (!shown) return;
      stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
