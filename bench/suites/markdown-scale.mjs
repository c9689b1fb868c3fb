/**
 * Suite: Markdown at pipeline scale (issue 15). The CLI reads a firecrawl capture
 * repeated to 8 MB and 20 MB, and a web-clipper capture repeated to 2 MB; each run is
 * timed from outside, with the CLI's own peak RSS and the time its first record takes.
 * Beside them, in the same process and run: remark alone on 4 KB pieces of the same
 * capture, and on the whole capture.
 *
 * Returns `{ rows, checks, remark }`: a row per run for the report's table and chart
 * (`capture` names the capture, `bytes` is the input's size), target checks, and remark's own speed in MB/s
 * (`{ pieces, whole }`).
 *
 * @module
 */
import { spawn } from 'node:child_process';
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureCli } from '../lib/cli.mjs';
import { copiesFor, corpusFile, corpusKey, markdownTemplate } from '../lib/corpora.mjs';

const MB = 1e6;

/**
 * Milliseconds from spawning the CLI on `file` (streamed to its stdin) to its first
 * byte of output; the run is then stopped.
 *
 * @example
 * ```js
 * await firstRecordMs('dist/cli.js', 'big.md'); // 180
 * ```
 */
function firstRecordMs(cli, file) {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, [cli, '--format', 'jsonl'], {
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    let done = false;
    // Unreferenced, and cleared: the timer must not keep the bench process alive.
    const timer = setTimeout(() => finish(undefined), 120_000).unref();
    const finish = (value) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      child.kill();
      resolve(value);
    };
    child.stdout.once('data', () => finish(performance.now() - start));
    child.once('exit', () => finish(undefined));
    child.stdin.on('error', () => {});
    createReadStream(file)
      .pipe(child.stdin)
      .on('error', () => {});
  });
}

/**
 * Run the suite.
 *
 * @example
 * ```js
 * const { rows, checks } = await markdownScale({ cli, cache, firecrawl, clipper, smoke, target, remark, log });
 * ```
 */
export async function markdownScale({
  cli,
  cache,
  firecrawl,
  clipper,
  smoke,
  target,
  remark,
  log,
}) {
  const dir = join(cache, 'markdown-scale');
  const fire = readFileSync(firecrawl, 'utf8');
  const clip = readFileSync(clipper, 'utf8');
  const sizes = smoke
    ? [
        ['firecrawl', fire, 0.2 * MB],
        ['firecrawl', fire, 0.4 * MB],
        ['clipper', clip, 0.1 * MB],
      ]
    : [
        ['firecrawl', fire, 1 * MB],
        ['firecrawl', fire, 8 * MB],
        ['firecrawl', fire, 20 * MB],
        ['clipper', clip, 2 * MB],
      ];
  const runs = [];
  for (const [name, text, bytes] of sizes) {
    // Unique copies (tagged titles, shifted ids) after the capture's front matter, as the
    // other Markdown corpora: no copy is a duplicate for dedupe to drop.
    const template = markdownTemplate(text);
    const copies = copiesFor(template, bytes);
    const file = corpusFile(
      join(dir, corpusKey([text])),
      `${name}-${copies}-copies.md`,
      template,
      copies,
      template.frontMatter,
    );
    log(`markdown: ${name} ${(bytes / MB).toFixed(1)} MB through ${cli}`);
    const run = measureCli(cli, file, cache);
    const first = await firstRecordMs(cli, file);
    runs.push({ name, copies, ...run, firstRecordMs: first });
  }

  // remark alone, in this process: whole capture and 4 KB pieces of it.
  const pieces = [];
  let piece = '';
  for (const block of fire.split(/\n\n(?=[^\s\-+*\d])/)) {
    piece += `${block}\n\n`;
    if (piece.length >= 4096) {
      pieces.push(piece);
      piece = '';
    }
  }
  if (piece.length > 0) pieces.push(piece);
  const time = (fn) => {
    fn();
    let best = Number.POSITIVE_INFINITY;
    for (let k = 0; k < 3; k++) {
      const start = performance.now();
      fn();
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };
  const bytes = Buffer.byteLength(fire);
  const remarkPieces =
    bytes /
    MB /
    (time(() => {
      for (const p of pieces) remark(p);
    }) /
      1000);
  const remarkWhole = bytes / MB / (time(() => remark(fire)) / 1000);

  const fireRuns = runs.filter((run) => run.name === 'firecrawl');
  const small = fireRuns[0];
  const large = fireRuns[fireRuns.length - 1];
  const ok = (run) => run.status === 0;
  const checks = [];
  if (small !== undefined && large !== undefined && small !== large) {
    const factor = large.bytes / small.bytes;
    const growth = large.ms / small.ms / factor;
    checks.push(
      target(
        `Markdown CLI: time per MB, ${(large.bytes / MB).toFixed(1)} MB ÷ ${(small.bytes / MB).toFixed(1)} MB`,
        growth,
        '≤ 1.25× (8× input in ≤ 10× time)',
        ok(small) && ok(large) ? growth <= 1.25 : false,
      ),
    );
  }
  for (const run of runs) {
    const label = `${run.name} ${(run.bytes / MB).toFixed(1)} MB`;
    const note = run.status === 0 ? '' : `exit ${run.status}: ${run.stderr}`;
    checks.push(
      target(
        `Markdown CLI, ${label}: throughput (MB/s)`,
        run.mbPerSecond,
        '≥ 2 MB/s',
        ok(run) && run.mbPerSecond >= 2,
        `${note}remark alone on 4 KB pieces of the capture: ${remarkPieces.toFixed(2)} MB/s in this run`,
      ),
    );
    checks.push(
      target(
        `Markdown CLI, ${label}: peak RSS (MB)`,
        run.peakRssMB,
        '≤ 200 MB',
        ok(run) && run.peakRssMB <= 200,
        note,
      ),
    );
    checks.push(
      target(
        `Markdown CLI, ${label}: first record (s)`,
        run.firstRecordMs === undefined ? undefined : run.firstRecordMs / 1000,
        '≤ 2 s',
        run.firstRecordMs === undefined ? false : run.firstRecordMs <= 2000,
      ),
    );
  }
  if (large !== undefined) {
    const ratio = large.mbPerSecond / remarkPieces;
    checks.push(
      target(
        'Markdown CLI ÷ remark alone on 4 KB pieces, speed',
        ratio,
        '≥ 0.5×',
        ok(large) ? ratio >= 0.5 : false,
        `remark on the whole capture: ${remarkWhole.toFixed(2)} MB/s`,
      ),
    );
  }
  const rows = runs.map((run) => ({
    input: `${run.name} ×${run.copies} (${(run.bytes / MB).toFixed(1)} MB)`,
    capture: run.name,
    bytes: run.bytes,
    seconds: run.ms / 1000,
    mbPerSecond: run.mbPerSecond,
    peakRssMB: run.peakRssMB,
    firstRecordS: run.firstRecordMs === undefined ? undefined : run.firstRecordMs / 1000,
    status: run.status,
  }));
  return { rows, checks, remark: { pieces: remarkPieces, whole: remarkWhole } };
}
