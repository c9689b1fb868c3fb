/**
 * One measurement in a fresh process, so its memory figures are its own and a
 * runaway (super-linear) case can be killed by a timeout. Called by `run.mjs` as
 * `node --expose-gc child.mjs '<job json>'`; prints one JSON object.
 *
 * @module
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { measureHostile } from './hostile.mjs';

const job = JSON.parse(process.argv[2]);
const lib = job.kind === 'build' ? undefined : await import(pathToFileURL(job.lib).href);
const MiB = 1024 * 1024;

if (job.kind === 'build') {
  // In its own process, so the measuring process never hosts esbuild's service.
  const { buildForBench } = await import('./build.mjs');
  print(await buildForBench(job.root, job.outdir));
} else if (job.kind === 'hostile') {
  const records = job.records ? await import(pathToFileURL(job.records).href) : undefined;
  print(
    await measureHostile(lib, job.name, job.bytes, job.runs, job.normalize, job.stream, records),
  );
} else if (job.kind === 'memory') {
  const bytes = statSync(job.file).size;
  globalThis.gc();
  const base = process.memoryUsage();
  let papers = 0;
  let inputHeld = 0;
  const start = performance.now();
  if (job.mode === 'stream') {
    // The stream reads the file itself: the whole input is never in memory.
    const source = createReadStream(job.file, { encoding: 'utf8', highWaterMark: 64 * 1024 });
    for await (const _paper of lib.parseListingStream(source)) papers++;
  } else {
    const text = readFileSync(job.file, 'utf8');
    globalThis.gc();
    inputHeld = process.memoryUsage().heapUsed - base.heapUsed;
    const listing = lib.parseListing(text, job.mode === 'parse-raw' ? { normalize: false } : {});
    papers = listing.papers.length;
    const afterParse = process.memoryUsage();
    globalThis.gc();
    const retained = process.memoryUsage().heapUsed - base.heapUsed - inputHeld;
    print({
      bytes,
      papers,
      ms: performance.now() - start,
      inputHeldMB: inputHeld / MiB,
      resultHeldMB: retained / MiB,
      heapAfterMB: afterParse.heapUsed / MiB,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
      baseRssMB: base.rss / MiB,
      listingAlive: listing.papers.length > 0,
    });
    process.exit(0);
  }
  print({
    bytes,
    papers,
    ms: performance.now() - start,
    heapAfterMB: process.memoryUsage().heapUsed / MiB,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    baseRssMB: base.rss / MiB,
  });
}

function print(value) {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}
