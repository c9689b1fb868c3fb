/**
 * `npm run bench`: measure the parser beside its baselines on corpora built from the
 * fixtures, print a table, and regenerate docs/performance.md and its chart.
 *
 * Flags: `--smoke` (tiny corpora, a few seconds, writes only under .bench-cache/smoke/,
 * never docs/), `--dist` (measure `dist/` from `npm run build` instead of a fresh
 * esbuild bundle of `src`), `--no-write` (print only).
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  charLoop,
  charLoopAll,
  jsonParse,
  lineSplit,
  remarkParse,
  tokenizeHtml,
} from './lib/baselines.mjs';
import { distForBench } from './lib/build.mjs';
import { measureCli, measureJobs, probeCli } from './lib/cli.mjs';
import {
  copiesFor,
  corpus,
  corpusFile,
  corpusKey,
  markdownTemplate,
  PAPERS_PER_MARKDOWN_COPY,
  PAPERS_PER_TEXT_SET,
  readFixtures,
  TEXT_FIXTURES,
  textTemplate,
} from './lib/corpora.mjs';
import { binarySize, hostileTable, writePerformanceDoc } from './lib/doc.mjs';
import { measureHostile } from './lib/hostile.mjs';
import { cleanAbstracts, HOSTILE, withArtifacts } from './lib/inputs.mjs';
import { loadLibrary, streamCount } from './lib/library.mjs';
import { measureGroup } from './lib/measure.mjs';
import { htmlPage, hubJson } from './lib/pages.mjs';
import { consoleTable, missing, row, throughputChart } from './lib/report.mjs';
import { markdownScale } from './suites/markdown-scale.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = new Set(process.argv.slice(2));
const smoke = argv.has('--smoke');
const write = !argv.has('--no-write');
const MB = 1e6;
const MiB = 1024 * 1024;

/** Sizes and repetitions; the smoke run only proves that every path still runs. */
const plan = smoke
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

const started = performance.now();
const loadBefore = loadAverage();
const log = (message) =>
  process.stderr.write(
    `[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${message}\n`,
  );
const cache = join(root, '.bench-cache');
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

const rows = [];
const checks = [];
const template = textTemplate(fixtures.text, lib.tokenize);
const setPapers = lib.parseListing(template.copy(0), { normalize: false }).papers.length;
if (setPapers !== PAPERS_PER_TEXT_SET) {
  throw new Error(
    `one set of the four fixtures gives ${setPapers} papers, expected ${PAPERS_PER_TEXT_SET}: the corpus would lie`,
  );
}

const parseRaw = (text) => lib.parseListing(text, { normalize: false });
const parseDefault = (text) => lib.parseListing(text);
const utf8 = (text) => Buffer.byteLength(text, 'utf8');

// ---- Plain text, the main corpus: every candidate beside all three baselines. ----
const copies = copiesFor(template, plan.textBytes);
const text = corpus(template, copies);
const textPapers = copies * PAPERS_PER_TEXT_SET;
expectCount('plain-text corpus', parseRaw(text).papers.length, textPapers, true);
const textGroup = `plain text, ${copies} unique copies of the 4 fixtures (${(utf8(text) / MB).toFixed(1)} MB, ${textPapers} papers)`;
log(textGroup);
const streamOk = features.stream.ok && (await streamCount(lib, text, 64 * 1024)) === textPapers;
const textTimes = await measureGroup(
  [
    { name: 'split', fn: () => lineSplit(text) },
    { name: 'charLoop', fn: () => charLoop(text) },
    { name: 'remark', fn: () => remarkParse(text), iterations: plan.remarkIterations },
    { name: 'tokenize', fn: () => lib.tokenize(text) },
    { name: 'parse-raw', fn: () => parseRaw(text) },
    { name: 'parse', fn: () => parseDefault(text) },
    ...(streamOk ? [{ name: 'stream', fn: () => streamCount(lib, text, 64 * 1024) }] : []),
  ],
  { rounds: plan.rounds, iterations: plan.iterations },
);
const base = (times) => ({
  split: times.get('split')?.median,
  charLoop: times.get('charLoop')?.median,
  remark: times.get('remark')?.median,
});
const textInput = { bytes: utf8(text), papers: textPapers };
const add = (group, label, key, times, input, baselines) =>
  rows.push(row(group, label, { ...input, ms: times.get(key).median }, baselines));
/** The baseline rows of a group, by key, each beside the group's own baselines. */
const BASELINE_LABELS = {
  split: 'baseline: text.split("\\n")',
  charLoop: 'baseline: charCodeAt loop',
  remark: 'baseline: remark (mdast-util-from-markdown)',
};
const addBaselines = (group, keys, times, input) => {
  for (const key of keys) add(group, BASELINE_LABELS[key], key, times, input, base(times));
};
addBaselines(textGroup, ['split', 'charLoop', 'remark'], textTimes, textInput);
add(textGroup, 'tokenize', 'tokenize', textTimes, textInput, base(textTimes));
add(
  textGroup,
  'parseListing { normalize: false }',
  'parse-raw',
  textTimes,
  textInput,
  base(textTimes),
);
add(
  textGroup,
  'parseListing (defaults, normalizing)',
  'parse',
  textTimes,
  textInput,
  base(textTimes),
);
if (streamOk) {
  add(
    textGroup,
    'parseListingStream (64 KiB chunks)',
    'stream',
    textTimes,
    textInput,
    base(textTimes),
  );
} else {
  rows.push(
    missing(
      textGroup,
      'parseListingStream (64 KiB chunks)',
      features.stream.reason ?? 'paper count differs from parseListing',
    ),
  );
}
if (!features.normalize.ok) {
  const normalizing = rows.find(
    (r) => r.group === textGroup && r.name.startsWith('parseListing (defaults'),
  );
  normalizing.note = 'normalizer is a placeholder: not the real cost yet';
}
const parseVsLoop = textTimes.get('charLoop').median / textTimes.get('parse').median;
const parseVsRemark = textTimes.get('remark').median / textTimes.get('parse').median;
const rawVsSplit = textTimes.get('split').median / textTimes.get('parse-raw').median;
checks.push(
  target(
    'parseListing (defaults) ÷ char loop, throughput',
    parseVsLoop,
    '≥ 0.5×',
    parseVsLoop >= 0.5,
    features.normalize.ok ? '' : 'normalizer not landed',
  ),
);
checks.push(
  target(
    'parseListing (defaults) ÷ remark, throughput',
    parseVsRemark,
    '≥ 40×',
    parseVsRemark >= 40,
    features.normalize.ok ? '' : 'normalizer not landed',
  ),
);
checks.push(
  target(
    'parseListing { normalize: false } ÷ split, throughput',
    rawVsSplit,
    '≥ 0.1×',
    rawVsSplit >= 0.1,
  ),
);

// ---- Growth with input: 1×, 4×, 16× the corpus, and the large corpus. ----
const scaling = [{ bytes: utf8(text), times: textTimes }];
const largeCopies = copiesFor(template, plan.largeBytes);
const sizes = [...plan.scale.slice(1).map((factor) => copies * factor), largeCopies];
for (const n of sizes) {
  let big = corpus(template, n);
  const group = `growth: ${n} copies (${(utf8(big) / MB).toFixed(0)} MB, ${n * PAPERS_PER_TEXT_SET} papers)`;
  log(group);
  const times = await measureGroup(
    [
      { name: 'split', fn: () => lineSplit(big) },
      { name: 'charLoop', fn: () => charLoop(big) },
      { name: 'parse-raw', fn: () => parseRaw(big) },
      { name: 'parse', fn: () => parseDefault(big) },
    ],
    { rounds: plan.rounds, iterations: plan.largeIterations, warmup: 0 },
  );
  const input = { bytes: utf8(big), papers: n * PAPERS_PER_TEXT_SET };
  addBaselines(group, ['split', 'charLoop'], times, input);
  add(group, 'parseListing { normalize: false }', 'parse-raw', times, input, base(times));
  add(group, 'parseListing (defaults, normalizing)', 'parse', times, input, base(times));
  scaling.push({ bytes: input.bytes, times });
  big = undefined;
}
const growth = scaling.map(({ bytes, times }) => ({
  bytes,
  msPerMB: Object.fromEntries(
    ['split', 'charLoop', 'parse-raw', 'parse'].map((k) => [k, times.get(k).median / (bytes / MB)]),
  ),
}));

// ---- Markdown: the Markdown path beside remark alone, on the same capture. ----
const md = markdownTemplate(fixtures.markdown);
const mdCopies = copiesFor(md, plan.markdownBytes);
const mdCorpus = md.frontMatter + corpus(md, mdCopies);
const mdSingle = fixtures.markdown;
const mdGroup = `markdown, ${mdCopies} unique copies of the capture (${(utf8(mdCorpus) / MB).toFixed(1)} MB, ${mdCopies * PAPERS_PER_MARKDOWN_COPY} papers)`;
log(mdGroup);
let mdOk = features.markdown.ok;
if (mdOk) {
  const count = lib.parseListing(mdCorpus, { format: 'markdown' }).papers.length;
  mdOk = expectCount('markdown corpus', count, mdCopies * PAPERS_PER_MARKDOWN_COPY, false);
}
const mdTimes = await measureGroup(
  [
    { name: 'split', fn: () => lineSplit(mdCorpus) },
    { name: 'charLoop', fn: () => charLoop(mdCorpus) },
    { name: 'remark', fn: () => remarkParse(mdCorpus) },
    ...(smoke ? [] : [{ name: 'remark-single', fn: () => remarkParse(mdSingle) }]),
    ...(mdOk
      ? [{ name: 'markdown', fn: () => lib.parseListing(mdCorpus, { format: 'markdown' }) }]
      : []),
    ...(mdOk && !smoke
      ? [{ name: 'markdown-single', fn: () => lib.parseListing(mdSingle, { format: 'markdown' }) }]
      : []),
  ],
  // remark reads about a megabyte a second here: few iterations, or the run takes minutes.
  { rounds: plan.rounds, iterations: Math.max(1, plan.iterations - 3), warmup: smoke ? 0 : 1 },
);
const mdInput = { bytes: utf8(mdCorpus), papers: mdCopies * PAPERS_PER_MARKDOWN_COPY };
const singleInput = { bytes: utf8(mdSingle), papers: PAPERS_PER_MARKDOWN_COPY };
const singleBase = { remark: mdTimes.get('remark-single')?.median };
addBaselines(mdGroup, ['split', 'charLoop', 'remark'], mdTimes, mdInput);
if (!smoke)
  add(mdGroup, 'baseline: remark, one capture', 'remark-single', mdTimes, singleInput, singleBase);
if (mdOk) {
  add(mdGroup, "parseListing { format: 'markdown' }", 'markdown', mdTimes, mdInput, base(mdTimes));
  const corpusRatio = mdTimes.get('markdown').median / mdTimes.get('remark').median;
  checks.push(
    target('Markdown path ÷ remark alone, time, corpus', corpusRatio, '≤ 1.5×', corpusRatio <= 1.5),
  );
  if (!smoke) {
    add(
      mdGroup,
      "parseListing { format: 'markdown' }, one capture",
      'markdown-single',
      mdTimes,
      singleInput,
      singleBase,
    );
    const singleRatio = mdTimes.get('markdown-single').median / mdTimes.get('remark-single').median;
    checks.push(
      target(
        'Markdown path ÷ remark alone, time, one capture',
        singleRatio,
        '≤ 1.5×',
        singleRatio <= 1.5,
      ),
    );
  }
} else {
  rows.push(
    missing(
      mdGroup,
      "parseListing { format: 'markdown' }",
      features.markdown.reason ?? 'paper count differs',
    ),
  );
  checks.push(
    target(
      'Markdown path ÷ remark alone, time',
      undefined,
      '≤ 1.5×',
      undefined,
      features.markdown.reason ?? 'paper count differs',
    ),
  );
}

// ---- HTML pages: the embedded-data path beside the tokenizer it runs (issue 19). ----
{
  const page = htmlPage(plan.htmlBytes);
  const group = `HTML page, mostly CSS and SVG (${(utf8(page.html) / MB).toFixed(1)} MB, ${page.papers} papers in its data)`;
  log(group);
  let read;
  try {
    const listing = lib.parseListing(page.html, { format: 'html' });
    read =
      listing.papers.length === page.papers
        ? undefined
        : `${listing.papers.length} papers, expected ${page.papers}`;
  } catch (error) {
    read = `parseListing threw: ${error.message}`;
  }
  const times = await measureGroup(
    [
      { name: 'charLoop', fn: () => charLoop(page.html) },
      { name: 'tokenizer', fn: () => tokenizeHtml(page.html) },
      ...(read === undefined ? [{ name: 'html', fn: () => lib.parseListing(page.html) }] : []),
    ],
    { rounds: plan.rounds, iterations: plan.iterations },
  );
  const input = { bytes: utf8(page.html), papers: page.papers };
  const baselines = { charLoop: times.get('charLoop').median };
  addBaselines(group, ['charLoop'], times, input);
  add(
    group,
    'baseline: parse5 tokenizer alone (no handlers)',
    'tokenizer',
    times,
    input,
    baselines,
  );
  if (read === undefined) {
    add(group, "parseListing, embedded data (format 'auto')", 'html', times, input, baselines);
    const ratio = times.get('tokenizer').median / times.get('html').median;
    rows.at(-1).note = `${ratio.toFixed(2)}× the tokenizer alone`;
    const mbps = input.bytes / MB / (times.get('html').median / 1000);
    checks.push(
      target('HTML embedded-data path, throughput (MB/s)', mbps, '≥ 10 MB/s', mbps >= 10),
    );
  } else {
    rows.push(missing(group, "parseListing, embedded data (format 'auto')", read));
    checks.push(
      target('HTML embedded-data path, throughput (MB/s)', undefined, '≥ 10 MB/s', undefined, read),
    );
  }
  rows.push(
    missing(
      group,
      'parseListing, rendered cards',
      'not built: waits for the shared card grammar (issue 14)',
    ),
  );
}

// ---- Hub JSON: a document and JSON Lines beside JSON.parse. ----
{
  const json = hubJson(plan.hubBytes);
  const group = `Hub JSON, /api/daily_papers entries (${(utf8(json.document) / MB).toFixed(1)} MB, ${json.papers} papers)`;
  log(group);
  const count = (text) => lib.parseListing(text, { format: 'hub-json' }).papers.length;
  let read;
  try {
    read =
      count(json.document) === json.papers && count(json.lines) === json.papers
        ? undefined
        : 'paper count differs';
  } catch (error) {
    read = `parseListing threw: ${error.message}`;
  }
  const times = await measureGroup(
    [
      { name: 'charLoop', fn: () => charLoop(json.document) },
      { name: 'json', fn: () => jsonParse(json.document) },
      ...(read === undefined
        ? [
            { name: 'document', fn: () => count(json.document) },
            { name: 'lines', fn: () => count(json.lines) },
            ...(streamOk
              ? [{ name: 'stream', fn: () => streamCount(lib, json.lines, 64 * 1024) }]
              : []),
          ]
        : []),
    ],
    { rounds: plan.rounds, iterations: plan.iterations },
  );
  const input = { bytes: utf8(json.document), papers: json.papers };
  const lines = { bytes: utf8(json.lines), papers: json.papers };
  const baselines = { charLoop: times.get('charLoop').median };
  addBaselines(group, ['charLoop'], times, input);
  add(group, 'baseline: JSON.parse', 'json', times, input, baselines);
  if (read === undefined) {
    add(group, 'parseListing, one document', 'document', times, input, baselines);
    rows.at(-1).note =
      `${(times.get('json').median / times.get('document').median).toFixed(2)}× JSON.parse`;
    add(group, 'parseListing, JSON Lines', 'lines', times, lines, baselines);
    if (streamOk)
      add(
        group,
        'parseListingStream, JSON Lines (64 KiB chunks)',
        'stream',
        times,
        lines,
        baselines,
      );
  } else {
    rows.push(missing(group, 'parseListing, Hub JSON', read));
  }
}

// ---- The normalizer on clean abstracts and on abstracts full of artifacts. ----
const explain = features.normalize.ok ? lib.explainNormalization : undefined;
const abstractSet = abstractsOf(template.copy(0));
const perCopy = abstractSet.reduce((sum, a) => sum + a.length, 0);
const abstractCopies = Math.max(1, Math.round(plan.abstractBytes / perCopy));
const allAbstracts = [];
for (let k = 0; k < abstractCopies; k++) allAbstracts.push(...abstractsOf(template.copy(k)));
const clean = cleanAbstracts(allAbstracts, explain);
const dirty = withArtifacts(clean);
const cleanBytes = clean.reduce((sum, a) => sum + utf8(a), 0);
const dirtyBytes = dirty.reduce((sum, a) => sum + utf8(a), 0);
const normGroup = `normalizeText over abstracts (${clean.length} clean abstracts, ${(cleanBytes / MB).toFixed(1)} MB; the same with artifacts, ${(dirtyBytes / MB).toFixed(1)} MB)`;
log(normGroup);
if (features.normalize.ok) {
  const normTimes = await measureGroup(
    [
      { name: 'loop-clean', fn: () => charLoopAll(clean) },
      {
        name: 'clean',
        fn: () => {
          for (const a of clean) lib.normalizeText(a);
        },
      },
      { name: 'loop-dirty', fn: () => charLoopAll(dirty) },
      {
        name: 'dirty',
        fn: () => {
          for (const a of dirty) lib.normalizeText(a);
        },
      },
    ],
    { rounds: plan.rounds, iterations: plan.iterations },
  );
  const fixes = dirty.reduce((sum, a) => sum + lib.explainNormalization(a).fixes.length, 0);
  const cleanBase = { charLoop: normTimes.get('loop-clean').median };
  const dirtyBase = { charLoop: normTimes.get('loop-dirty').median };
  add(
    normGroup,
    'baseline: charCodeAt loop, clean',
    'loop-clean',
    normTimes,
    { bytes: cleanBytes },
    cleanBase,
  );
  add(
    normGroup,
    'normalizeText, clean abstracts',
    'clean',
    normTimes,
    { bytes: cleanBytes },
    cleanBase,
  );
  add(
    normGroup,
    'baseline: charCodeAt loop, artifacts',
    'loop-dirty',
    normTimes,
    { bytes: dirtyBytes },
    dirtyBase,
  );
  add(
    normGroup,
    'normalizeText, abstracts full of artifacts',
    'dirty',
    normTimes,
    { bytes: dirtyBytes },
    dirtyBase,
  );
  rows.at(-1).note = `${fixes} fixes (${(fixes / (dirtyBytes / MB)).toFixed(0)} per MB)`;
} else {
  rows.push(missing(normGroup, 'normalizeText, clean abstracts', features.normalize.reason));
  rows.push(
    missing(normGroup, 'normalizeText, abstracts full of artifacts', features.normalize.reason),
  );
}

// ---- Hostile inputs: ms per MB at two sizes, each in its own killable process. ----
const [smallBytes, largeBytes] = plan.hostileBytes;
const hostile = [];
// The CLI's record writer, from the bench build only (dist does not export it).
const records = built.records ? await import(pathToFileURL(built.records).href) : undefined;
// The smoke run (in CI) leaves out the Markdown runs: remark reads them at 0.07–0.25 MB/s,
// seconds each even at smoke sizes, and they only show that remark is slow there.
for (const shape of smoke ? HOSTILE.filter((s) => !s.name.startsWith('Markdown')) : HOSTILE) {
  log(`hostile: ${shape.name}`);
  const job = {
    kind: 'hostile',
    lib: built.lib,
    name: shape.name,
    normalize: features.normalize.ok,
    stream: features.stream.ok,
    records: built.records,
  };
  // The smoke run's inputs are tiny: measured in this process, no spawn per case.
  const measure = async (bytes, runs) =>
    smoke
      ? {
          value: await measureHostile(
            lib,
            shape.name,
            bytes,
            runs,
            job.normalize,
            job.stream,
            records,
          ),
        }
      : runChild({ ...job, bytes, runs });
  const small = await measure(smallBytes, plan.hostileRuns);
  const large = await measure(largeBytes, plan.hostileRuns);
  hostile.push({ name: shape.name, small, large });
}
const hostileWorst = Math.max(
  ...hostile.flatMap(({ small, large }) =>
    ['parse', 'stream', 'normalize', 'records'].map((k) =>
      small.value?.[k] && large.value?.[k]
        ? perMB(large.value[k], largeBytes) / perMB(small.value[k], smallBytes)
        : 0,
    ),
  ),
);
const hostileFailed = hostile
  .filter(({ small, large }) => small.error || large.error)
  .map(({ name }) => name);
checks.push(
  target(
    `hostile inputs, worst ms/MB ratio ${binarySize(largeBytes)} ÷ ${binarySize(smallBytes)}`,
    hostileWorst,
    '≈ 1× (≤ 1.5×)',
    hostileWorst <= 1.5 && hostileFailed.length === 0,
    hostileFailed.length > 0 ? `failed or timed out: ${hostileFailed.join(', ')}` : '',
  ),
);

// ---- Memory, each in a fresh process on the large corpus file. ----
const key = corpusKey([...fixtures.text, fixtures.markdown]);
const corpusDir = join(cache, 'corpora', key);
const largeFile = corpusFile(corpusDir, `text-${largeCopies}-copies.txt`, template, largeCopies);
const memory = [];
for (const mode of ['parse', 'parse-raw', ...(streamOk ? ['stream'] : [])]) {
  log(`memory: ${mode}`);
  memory.push({
    mode,
    ...runChild({ kind: 'memory', lib: built.lib, file: largeFile, mode }, 300_000),
  });
}

// ---- The CLI end to end. ----
let cli;
const cliProbe = probeCli(built.cli, join(root, 'fixtures', TEXT_FIXTURES[1]), 41);
if (cliProbe.ok) {
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
  );
  checks.push(
    target(
      'CLI end to end, throughput (MB/s)',
      cli.mbPerSecond,
      '≥ 40 MB/s',
      cli.mbPerSecond >= 40,
      cli.note ?? '',
    ),
  );
} else {
  checks.push(
    target(
      'CLI end to end, peak RSS and MB/s',
      undefined,
      '≤ 150 MB, ≥ 40 MB/s',
      undefined,
      `not measured: ${cliProbe.reason}`,
    ),
  );
}

// ---- Markdown at pipeline scale, through the CLI (bench/suites/markdown-scale.mjs). ----
let mdScale;
if (cliProbe.ok) {
  mdScale = await markdownScale({
    cli: built.cli,
    cache,
    firecrawl: join(root, 'fixtures', 'md-firecrawl-search.md'),
    clipper: join(root, 'fixtures', 'handmade', 'layouts', 'clipper', 'obsidian-2026-04-17.md'),
    smoke,
    target,
    remark: remarkParse,
    log,
  });
  checks.push(...mdScale.checks);
}

// ---- The CLI over many files, with one job and with one per core. ----
const jobs = [];
if (cliProbe.ok) {
  const files = Array.from({ length: plan.jobsFiles }, (_, k) =>
    corpusFile(join(corpusDir, 'jobs'), `set-${k}.txt`, template, 1, '', k),
  );
  for (const count of [1, availableParallelism()]) {
    log(`cli: ${files.length} files with --jobs ${count}`);
    jobs.push(measureJobs(built.cli, files, count));
  }
  const [one, many] = jobs;
  const fileKB = (statSync(files[0]).size / 1e3).toFixed(0);
  checks.push(
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
  );
}

// ---- Report. ----
const report = {
  smoke,
  date: new Date().toISOString(),
  machine: `${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; library from ${built.from}`,
  loadBefore,
  loadAfter: loadAverage(),
  seconds: (performance.now() - started) / 1000,
  rows,
  checks,
  growth,
  hostile,
  hostileBytes: plan.hostileBytes,
  memory,
  cli,
  markdownScale: mdScale,
  jobs,
  cliReason: cliProbe.ok ? undefined : cliProbe.reason,
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
const chart = throughputChart(
  [
    {
      name: 'split (baseline)',
      dashed: true,
      points: scaling.map(({ bytes, times }) => ({
        x: bytes,
        y: bytes / MB / (times.get('split').median / 1000),
      })),
    },
    {
      name: 'char loop (baseline)',
      dashed: true,
      points: scaling.map(({ bytes, times }) => ({
        x: bytes,
        y: bytes / MB / (times.get('charLoop').median / 1000),
      })),
    },
    {
      name: 'parse, normalize: false',
      points: scaling.map(({ bytes, times }) => ({
        x: bytes,
        y: bytes / MB / (times.get('parse-raw').median / 1000),
      })),
    },
    {
      name: 'parse (defaults)',
      points: scaling.map(({ bytes, times }) => ({
        x: bytes,
        y: bytes / MB / (times.get('parse').median / 1000),
      })),
    },
  ],
  'Throughput against input size (plain text, unique copies)',
);
// The raw figures, for comparing runs.
writeFileSync(
  join(cache, smoke ? 'last-smoke-report.json' : 'last-report.json'),
  JSON.stringify(report, null, 1),
);
if (write) {
  mkdirSync(plan.out, { recursive: true });
  const svgName = 'performance-throughput.svg';
  writeFileSync(join(plan.out, svgName), chart);
  writeFileSync(join(plan.out, 'performance.md'), writePerformanceDoc(report, svgName));
  log(`wrote ${join(plan.out, 'performance.md')} and ${svgName}`);
}
log('done');

function expectCount(what, got, expected, fatal) {
  if (got === expected) return true;
  const message = `${what}: ${got} papers, expected ${expected}`;
  if (fatal) throw new Error(message);
  log(`warning: ${message}`);
  return false;
}

function abstractsOf(set) {
  return lib
    .tokenize(set)
    .filter((t) => t.kind === 'abstract')
    .map((t) => t.value);
}

function target(name, value, goal, met, note = '') {
  // Three significant digits below 1, so a value just under a threshold never reads as on it.
  const shown =
    value === undefined || !Number.isFinite(value)
      ? 'n/a'
      : value >= 10
        ? value.toFixed(0)
        : value >= 1
          ? value.toFixed(2)
          : value.toPrecision(3);
  // A smoke run's corpora are too small to time: it reports, never judges.
  const verdict = met === undefined ? 'n/a' : smoke ? 'smoke' : met ? 'met' : 'MISS';
  return { name, value: shown, goal, verdict, note };
}

function runChild(job, timeout = plan.timeout) {
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', join(root, 'bench', 'lib', 'child.mjs'), JSON.stringify(job)],
    {
      encoding: 'utf8',
      timeout,
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  if (run.error?.code === 'ETIMEDOUT' || run.signal === 'SIGTERM')
    return { error: `timed out after ${timeout / 1000} s` };
  if (run.status !== 0)
    return { error: `exit ${run.status}: ${run.stderr.trim().split('\n').slice(-1)[0]}` };
  return { value: JSON.parse(run.stdout.trim().split('\n').at(-1)) };
}

function unwrap(result, what) {
  if (result.error) throw new Error(`${what} failed: ${result.error}`);
  return result.value;
}

function perMB(ms, bytes) {
  return ms / (bytes / MiB);
}

function loadAverage() {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}
