/**
 * A one-line progress bar on stderr: files done, MB/s, papers so far. Shown only when
 * stderr is a terminal and the work is large, redrawn at most ten times a second, and
 * never written into a pipe or a file.
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
  fileDone(): void;
  /** Erase the bar, before a message line or at the end. */
  clear(): void;
}

/** A stream that may be a terminal (as `process.stderr` is). */
export type MaybeTTY = Writable & { readonly isTTY?: boolean };

/**
 * Create the bar for `files` inputs. `enabled: false` (or a stderr that is not a
 * terminal) gives a bar that never draws.
 *
 * @example
 * ```ts
 * const progress = createProgress(process.stderr, { files: 40, enabled: true, now: Date.now });
 * progress.advance(65536, 3); // "[#####     ] 10/40 files  48.1 MB/s  812 papers"
 * ```
 */
export function createProgress(
  stream: MaybeTTY,
  options: { files: number; enabled: boolean; now: () => number },
): Progress {
  const { files, now } = options;
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
    if (files < PROGRESS_MIN_FILES && bytes < PROGRESS_MIN_BYTES) return;
    lastDraw = time;
    const seconds = Math.max((time - started) / 1000, 0.001);
    const filled = Math.round((done / Math.max(files, 1)) * WIDTH);
    const bar = `[${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}]`;
    const rate = (bytes / 1e6 / seconds).toFixed(1);
    stream.write(`\r${bar} ${done}/${files} files  ${rate} MB/s  ${papers} papers\x1b[K`);
    shown = true;
  }

  return {
    advance(moreBytes, morePapers) {
      bytes += moreBytes;
      papers += morePapers;
      if (enabled) draw();
    },
    fileDone() {
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
