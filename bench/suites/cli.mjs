/**
 * Suite: the CLI end to end. First a probe (does the CLI write one JSON line per paper
 * of a fixture?); then the plain-text corpus piped through `node cli.js --format jsonl`,
 * timed from outside, with the CLI's own peak RSS. A trial on the main corpus's size
 * tells whether the full size (400 MB) fits the plan's time budget; if not, the trial
 * is reported, with a note.
 *
 * Returns `{ rows, checks, cli, probe }`: `cli` is the run for the report (undefined
 * when the probe failed), `probe` tells the later CLI suites whether to run.
 *
 * @module
 */
import { join } from 'node:path';
import { measureCli, probeCli } from '../lib/cli.mjs';
import { copiesFor, corpusFile, PAPERS_PER_TEXT_SET, TEXT_FIXTURES } from '../lib/corpora.mjs';
import { MB } from '../lib/units.mjs';

/**
 * Run the suite; `copies` is the text suite's corpus size, `corpusDir` where the corpus
 * files are cached.
 *
 * @example
 * ```js
 * const { checks, cli, probe } = await cliSuite({ plan, root, cache, built, template, corpusDir, copies, target, log });
 * ```
 */
export async function cliSuite({
  plan,
  root,
  cache,
  built,
  template,
  corpusDir,
  copies,
  target,
  log,
}) {
  const checks = [];
  const probe = probeCli(built.cli, join(root, 'fixtures', TEXT_FIXTURES[1]), 41);
  if (!probe.ok) {
    checks.push(
      target(
        'CLI end to end, peak RSS and MB/s',
        undefined,
        '≤ 150 MB, ≥ 40 MB/s',
        undefined,
        `not measured: ${probe.reason}`,
      ),
    );
    return { rows: [], checks, cli: undefined, probe };
  }
  let cli;
  // A first pass on the main corpus size tells whether the full run fits the time budget.
  const trialCopies = Math.min(copies, copiesFor(template, plan.cliBytes));
  const trialFile = corpusFile(corpusDir, `text-${trialCopies}-copies.txt`, template, trialCopies);
  log(`cli: trial, ${trialCopies} copies through ${built.cli}`);
  const trial = measureCli(built.cli, trialFile, cache);
  const cliCopies = copiesFor(template, plan.cliBytes);
  const projected = (trial.ms / trialCopies) * cliCopies;
  if (projected > plan.cliBudget) {
    cli = { ...trial, papers: trialCopies * PAPERS_PER_TEXT_SET };
    cli.note = `the ${(plan.cliBytes / MB).toFixed(0)} MB run was skipped: at this speed it would take about ${(projected / 1000).toFixed(0)} s`;
  } else {
    const cliFile = corpusFile(corpusDir, `text-${cliCopies}-copies.txt`, template, cliCopies);
    log(`cli: ${cliCopies} copies through ${built.cli}`);
    cli = { ...measureCli(built.cli, cliFile, cache), papers: cliCopies * PAPERS_PER_TEXT_SET };
  }
  checks.push(
    target(
      'CLI end to end, peak RSS (MB)',
      cli.peakRssMB,
      '≤ 150 MB',
      cli.peakRssMB <= 150,
      cli.status === 0 ? (cli.note ?? '') : `exit ${cli.status}: ${cli.stderr}`,
    ),
    target(
      'CLI end to end, throughput (MB/s)',
      cli.mbPerSecond,
      '≥ 40 MB/s',
      cli.mbPerSecond >= 40,
      cli.note ?? '',
    ),
  );
  return { rows: [], checks, cli, probe };
}
