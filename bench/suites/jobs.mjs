/**
 * Suite: the CLI over many files, with `--jobs 1` and with one job per core. Each file
 * is one unique set of the plain-text fixtures; the figure is files per second, and
 * with two cores or more, more jobs should read more files per second.
 *
 * Returns `{ rows, checks, jobs }` (`rows` empty; `jobs` is the two runs for the report).
 *
 * @module
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { measureJobs } from '../lib/cli.mjs';
import { corpusFile } from '../lib/corpora.mjs';

/**
 * Run the suite; the caller runs it only when the CLI suite's probe passed.
 *
 * @example
 * ```js
 * const { checks, jobs } = await jobsSuite({ plan, built, template, corpusDir, target, log });
 * ```
 */
export async function jobsSuite({ plan, built, template, corpusDir, target, log }) {
  const jobs = [];
  const files = Array.from({ length: plan.jobsFiles }, (_, k) =>
    corpusFile(join(corpusDir, 'jobs'), `set-${k}.txt`, template, 1, '', k),
  );
  for (const count of [1, availableParallelism()]) {
    log(`cli: ${files.length} files with --jobs ${count}`);
    jobs.push(measureJobs(built.cli, files, count));
  }
  const [one, many] = jobs;
  const fileKB = (statSync(files[0]).size / 1e3).toFixed(0);
  const checks = [
    target(
      'CLI --jobs 1, files per second',
      one.filesPerSecond,
      'reported',
      undefined,
      `${files.length} files of ${fileKB} kB${one.status === 0 ? '' : `; exit ${one.status}: ${one.stderr}`}`,
    ),
    target(
      `CLI --jobs ${many.jobs} (the cores), files per second`,
      many.filesPerSecond,
      '> --jobs 1 with 2+ cores',
      many.jobs > 1 ? many.filesPerSecond > one.filesPerSecond : undefined,
      `${(many.filesPerSecond / one.filesPerSecond).toFixed(2)}× --jobs 1${many.status === 0 ? '' : `; exit ${many.status}: ${many.stderr}`}`,
    ),
  ];
  return { rows: [], checks, jobs };
}
