/**
 * Jobs run in a fresh, killable Node process (bench/lib/child.mjs): the build, the
 * memory measurements and the full run's hostile inputs, so one case's heap or a
 * runaway input cannot distort or stall the others.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * A `runChild(job, timeout)` that runs `job` in bench/lib/child.mjs under
 * `--expose-gc` and returns `{ value }` (the child's last stdout line, as JSON) or
 * `{ error }` (timed out, or a non-zero exit with the last stderr line).
 *
 * @example
 * ```js
 * const runChild = makeRunChild(root, 20_000);
 * runChild({ kind: 'memory', lib, file, mode: 'parse' }, 300_000); // { value: { … } }
 * ```
 */
export function makeRunChild(root, defaultTimeout) {
  const child = join(root, 'bench', 'lib', 'child.mjs');
  return function runChild(job, timeout = defaultTimeout) {
    const run = spawnSync(process.execPath, ['--expose-gc', child, JSON.stringify(job)], {
      encoding: 'utf8',
      timeout,
      maxBuffer: 16 * 1024 * 1024,
    });
    if (run.error?.code === 'ETIMEDOUT' || run.signal === 'SIGTERM')
      return { error: `timed out after ${timeout / 1000} s` };
    if (run.status !== 0)
      return { error: `exit ${run.status}: ${run.stderr.trim().split('\n').slice(-1)[0]}` };
    return { value: JSON.parse(run.stdout.trim().split('\n').at(-1)) };
  };
}

/**
 * A child's value, or a thrown error for a job the run cannot do without.
 *
 * @example
 * ```js
 * unwrap(runChild({ kind: 'build', root, outdir }, 120_000), 'build'); // { lib, cli, … }
 * ```
 */
export function unwrap(result, what) {
  if (result.error) throw new Error(`${what} failed: ${result.error}`);
  return result.value;
}
