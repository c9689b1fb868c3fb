/**
 * The CLI end to end: a corpus piped through `node cli.js --format jsonl > /dev/null`,
 * timed from outside, with the CLI process's own peak RSS (a preload writes
 * `process.resourceUsage().maxRSS` at exit, so no `time` binary is needed).
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PRELOAD = fileURLToPath(new URL('./report-rss.mjs', import.meta.url));

/**
 * Whether `cli` is a real CLI: the fixture piped through it gives one JSON line per
 * paper. Returns `{ ok: true }` or `{ ok: false, reason }`.
 *
 * @example
 * ```js
 * probeCli('dist/cli.js', 'fixtures/001_3000abd2b438303c.txt', 41); // { ok: true }
 * ```
 */
export function probeCli(cli, fixture, papers) {
  const run = spawnSync(process.execPath, [cli, '--format', 'jsonl'], {
    input: readFileSync(fixture),
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) return { ok: false, reason: `could not run ${cli}: ${run.error.message}` };
  if (run.status !== 0) {
    const why = run.stderr.trim().split('\n')[0] ?? '';
    return { ok: false, reason: `${cli} exited with ${run.status}: ${why}` };
  }
  const lines = run.stdout.split('\n').filter((line) => line.trim() !== '');
  let objects = 0;
  for (const line of lines) {
    try {
      if (typeof JSON.parse(line) === 'object') objects++;
    } catch {
      return { ok: false, reason: `${cli} --format jsonl wrote a line that is not JSON` };
    }
  }
  if (objects !== papers) {
    return {
      ok: false,
      reason: `${cli} --format jsonl wrote ${objects} lines for ${papers} papers`,
    };
  }
  return { ok: true };
}

/**
 * Pipe `file` through the CLI with `cat`, output to /dev/null.
 *
 * @example
 * ```js
 * measureCli('dist/cli.js', '.bench-cache/…/text-400mb.txt', '.bench-cache');
 * // { bytes, ms, mbPerSecond, peakRssMB, status }
 * ```
 */
export function measureCli(cli, file, scratch) {
  const rssFile = join(scratch, 'cli-rss.txt');
  rmSync(rssFile, { force: true });
  const bytes = statSync(file).size;
  const start = performance.now();
  const run = spawnSync(
    'sh',
    [
      '-c',
      'cat "$1" | "$2" --import "$3" "$4" --format jsonl > /dev/null',
      'sh',
      file,
      process.execPath,
      PRELOAD,
      cli,
    ],
    { env: { ...process.env, BENCH_RSS_FILE: rssFile }, encoding: 'utf8', timeout: 600_000 },
  );
  const ms = performance.now() - start;
  let peakRssMB;
  try {
    peakRssMB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  } catch {
    peakRssMB = undefined;
  }
  return {
    bytes,
    ms,
    mbPerSecond: bytes / 1e6 / (ms / 1000),
    peakRssMB,
    status: run.status,
    stderr: (run.stderr ?? '').trim().split('\n').slice(0, 3).join(' '),
  };
}

/**
 * The CLI over many files with `--jobs`: `node cli --jobs N files… > /dev/null`, timed
 * from outside. Returns files per second, so `--jobs 1` and `--jobs N` compare.
 *
 * @example
 * ```js
 * measureJobs('dist/cli.js', files, 2); // { jobs: 2, files: 200, ms, filesPerSecond, status }
 * ```
 */
export function measureJobs(cli, files, jobs) {
  const start = performance.now();
  const run = spawnSync(process.execPath, [cli, '--jobs', String(jobs), '--quiet', ...files], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    timeout: 600_000,
  });
  const ms = performance.now() - start;
  return {
    jobs,
    files: files.length,
    ms,
    filesPerSecond: files.length / (ms / 1000),
    status: run.status,
    stderr: (run.stderr ?? '').trim().split('\n').slice(0, 3).join(' '),
  };
}
