/**
 * `npm run bench`: measure the parser beside its baselines on corpora built from the
 * fixtures, print a table, and regenerate docs/performance.md and its charts.
 *
 * Flags: `--smoke` (tiny corpora, a few seconds, writes only under .bench-cache/smoke/,
 * never docs/), `--dist` (measure `dist/` from `npm run build` instead of a fresh
 * esbuild bundle of `src`), `--no-write` (print only).
 *
 * The measuring is in bench/suites/, one module per suite, each taking the run's
 * context and returning its rows and checks; this file runs them in order and writes
 * the report.
 *
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { remarkParse } from './lib/baselines.mjs';
import { distForBench } from './lib/build.mjs';
import { growthChart, markdownChart } from './lib/charts.mjs';
import { makeTarget } from './lib/checks.mjs';
import { corpusKey, PAPERS_PER_MARKDOWN_COPY, readFixtures, textTemplate } from './lib/corpora.mjs';
import { hostileTable, writePerformanceDoc } from './lib/doc.mjs';
import { loadLibrary } from './lib/library.mjs';
import { planFor } from './lib/plan.mjs';
import { consoleTable } from './lib/report.mjs';
import { makeRunChild, unwrap } from './lib/spawn.mjs';
import { loadAverage } from './lib/units.mjs';
import { cliSuite } from './suites/cli.mjs';
import { growthSuite } from './suites/growth.mjs';
import { hostileSuite } from './suites/hostile.mjs';
import { htmlSuite } from './suites/html.mjs';
import { hubJsonSuite } from './suites/hub-json.mjs';
import { jobsSuite } from './suites/jobs.mjs';
import { markdownSuite } from './suites/markdown.mjs';
import { markdownScale } from './suites/markdown-scale.mjs';
import { memorySuite } from './suites/memory.mjs';
import { normalizerSuite } from './suites/normalizer.mjs';
import { textSuite } from './suites/text.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = new Set(process.argv.slice(2));
const smoke = argv.has('--smoke');
const write = !argv.has('--no-write');
const plan = planFor(smoke, root);

const started = performance.now();
const loadBefore = loadAverage();
const log = (message) =>
  process.stderr.write(
    `[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${message}\n`,
  );
const cache = join(root, '.bench-cache');
const target = makeTarget(smoke);
const runChild = makeRunChild(root, plan.timeout);
const built = argv.has('--dist')
  ? distForBench(root)
  : unwrap(runChild({ kind: 'build', root, outdir: join(cache, 'build') }, 120_000), 'build');
const fixtures = readFixtures(root);
const { lib, features } = await loadLibrary(built.lib, fixtures.markdown, PAPERS_PER_MARKDOWN_COPY);
log(
  `library from ${built.from}; features: ${Object.entries(features)
    .map(([k, v]) => `${k}=${v.ok ? 'yes' : 'no'}`)
    .join(' ')}`,
);

/** What every suite may use; each takes the fields it needs, plus earlier suites' results. */
const ctx = {
  plan,
  smoke,
  root,
  cache,
  built,
  lib,
  features,
  fixtures,
  template: textTemplate(fixtures.text, lib.tokenize),
  corpusDir: join(cache, 'corpora', corpusKey([...fixtures.text, fixtures.markdown])),
  target,
  runChild,
  log,
};

// The suites, in order; rows and checks are reported in this order.
const text = await textSuite(ctx);
const growth = await growthSuite({
  ...ctx,
  copies: text.copies,
  bytes: text.bytes,
  times: text.times,
});
const markdown = await markdownSuite(ctx);
const html = await htmlSuite(ctx);
const hub = await hubJsonSuite({ ...ctx, streamOk: text.streamOk });
const normalizer = await normalizerSuite(ctx);
const hostile = await hostileSuite(ctx);
const memory = await memorySuite({ ...ctx, streamOk: text.streamOk });
const cli = await cliSuite({ ...ctx, copies: text.copies });
const mdScale = cli.probe.ok
  ? await markdownScale({
      cli: built.cli,
      cache,
      firecrawl: join(root, 'fixtures', 'md-firecrawl-search.md'),
      clipper: join(root, 'fixtures', 'handmade', 'layouts', 'clipper', 'obsidian-2026-04-17.md'),
      smoke,
      target,
      remark: remarkParse,
      log,
    })
  : undefined;
const jobs = cli.probe.ok ? await jobsSuite(ctx) : undefined;
const suites = [text, growth, markdown, html, hub, normalizer, hostile, memory, cli, mdScale, jobs];

// ---- Report. ----
const rows = [text, growth, markdown, html, hub, normalizer].flatMap((s) => s.rows);
const checks = suites.flatMap((s) => s?.checks ?? []);
const report = {
  smoke,
  date: new Date().toISOString(),
  machine: `${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; library from ${built.from}`,
  loadBefore,
  loadAfter: loadAverage(),
  seconds: (performance.now() - started) / 1000,
  rows,
  checks,
  growth: growth.growth,
  hostile: hostile.hostile,
  hostileBytes: plan.hostileBytes,
  memory: memory.memory,
  cli: cli.cli,
  markdownScale: mdScale,
  jobs: jobs?.jobs ?? [],
  cliReason: cli.probe.ok ? undefined : cli.probe.reason,
  features,
};
process.stdout.write(`${consoleTable(rows)}\n\n`);
process.stdout.write(`${hostileTable(report)}\n\n`);
if (smoke) {
  process.stdout.write(
    'Smoke run: tiny corpora, to show that every path still runs. It does not judge timings (verdict "smoke"); `npm run bench` does.\n',
  );
}
process.stdout.write(
  `${checks.map((c) => `${c.verdict.padEnd(5)} ${c.name}: ${c.value} (target ${c.goal})${c.note ? ` — ${c.note}` : ''}`).join('\n')}\n`,
);
// The raw figures, for comparing runs.
writeFileSync(
  join(cache, smoke ? 'last-smoke-report.json' : 'last-report.json'),
  JSON.stringify(report, null, 1),
);
if (write) {
  mkdirSync(plan.out, { recursive: true });
  const svgName = 'performance-throughput.svg';
  writeFileSync(join(plan.out, svgName), growthChart(growth.scaling));
  const mdChart = mdScale && markdownChart(mdScale);
  const mdSvgName = mdChart ? 'performance-markdown.svg' : undefined;
  if (mdChart) writeFileSync(join(plan.out, mdSvgName), mdChart);
  writeFileSync(join(plan.out, 'performance.md'), writePerformanceDoc(report, svgName, mdSvgName));
  log(`wrote ${[join(plan.out, 'performance.md'), svgName, mdSvgName].filter(Boolean).join(', ')}`);
}
log('done');
