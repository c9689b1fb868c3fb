/**
 * Preloaded into the measured CLI (`node --import report-rss.mjs cli.js`): at exit,
 * writes the process's peak RSS in KiB to `$BENCH_RSS_FILE`.
 *
 * @module
 */
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.BENCH_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
