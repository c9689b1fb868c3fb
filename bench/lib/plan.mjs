/**
 * The bench's plan: corpus sizes, repetitions and time limits. The full run
 * (`npm run bench`) measures at sizes where the figures mean something and writes
 * docs/; the smoke run (`--smoke`) only proves that every path still runs, on tiny
 * corpora, and writes under .bench-cache/smoke/.
 *
 * @module
 */
import { join } from 'node:path';
import { MB, MiB } from './units.mjs';

/**
 * Sizes and repetitions for one run; `out` is where the doc and its charts go.
 *
 * @example
 * ```js
 * planFor(true, '/repo').textBytes; // 400000
 * ```
 */
export function planFor(smoke, root) {
  return smoke
    ? {
        textBytes: 0.4 * MB,
        scale: [1, 2],
        largeBytes: 1.2 * MB,
        cliBytes: 0.8 * MB,
        jobsFiles: 6,
        markdownBytes: 0.2 * MB,
        abstractBytes: 0.1 * MB,
        hostileBytes: [16 * 1024, 64 * 1024],
        htmlBytes: 0.2 * MB,
        hubBytes: 0.2 * MB,
        rounds: 1,
        iterations: 1,
        largeIterations: 1,
        remarkIterations: 1,
        hostileRuns: 1,
        timeout: 20_000,
        cliBudget: 60_000,
        out: join(root, '.bench-cache', 'smoke'),
      }
    : {
        textBytes: 8 * MB,
        scale: [1, 4, 16],
        largeBytes: 200 * MB,
        cliBytes: 400 * MB,
        jobsFiles: 200,
        markdownBytes: 1 * MB,
        abstractBytes: 2 * MB,
        hostileBytes: [1 * MiB, 4 * MiB],
        htmlBytes: 1.5 * MB,
        hubBytes: 4 * MB,
        rounds: 3,
        iterations: 5,
        largeIterations: 1,
        remarkIterations: 1,
        hostileRuns: 3,
        timeout: 60_000,
        cliBudget: 180_000,
        out: join(root, 'docs'),
      };
}
