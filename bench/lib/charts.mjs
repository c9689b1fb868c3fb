/**
 * The charts of docs/performance.md, from a run's figures, drawn by
 * `throughputChart` (bench/lib/report.mjs).
 *
 * @module
 */
import { throughputChart } from './report.mjs';
import { MB } from './units.mjs';

/**
 * Plain-text throughput against input size: the parser with and without the
 * normalizer, beside the line split and the char loop (dashed), from the growth
 * suite's `scaling` (`[{ bytes, times }]`, times by task name).
 *
 * @example
 * ```js
 * growthChart(scaling); // '<svg xmlns="http://www.w3.org/2000/svg" …'
 * ```
 */
export function growthChart(scaling) {
  const series = (name, key, dashed) => ({
    name,
    ...(dashed ? { dashed } : {}),
    points: scaling.map(({ bytes, times }) => ({
      x: bytes,
      y: bytes / MB / (times.get(key).median / 1000),
    })),
  });
  return throughputChart(
    [
      series('split (baseline)', 'split', true),
      series('char loop (baseline)', 'charLoop', true),
      series('parse, normalize: false', 'parse-raw'),
      series('parse (defaults)', 'parse'),
    ],
    'Throughput against input size (plain text, unique copies)',
  );
}

/** The Markdown CLI's throughput target, MB/s (bench/suites/markdown-scale.mjs). */
const MARKDOWN_TARGET = 2;

/**
 * Markdown through the CLI: throughput against input size, one line per capture
 * (firecrawl at several sizes, the clipper capture), from the Markdown-at-scale suite's
 * `{ rows, remark }`. Dashed reference lines, with no points of their own: remark alone
 * on 4 KB pieces of the capture (measured on one capture in the same run; its speed does
 * not depend on the input's length, so the CLI line can be read against it) and the
 * 2 MB/s target. Undefined when no run succeeded.
 *
 * @example
 * ```js
 * markdownChart(report.markdownScale); // '<svg xmlns="http://www.w3.org/2000/svg" …'
 * ```
 */
export function markdownChart({ rows, remark }) {
  const runs = rows.filter((r) => r.status === 0 && r.bytes > 0 && r.mbPerSecond > 0);
  if (runs.length === 0) return undefined;
  const captures = [...new Set(runs.map((r) => r.capture))];
  const level = (name, y) => ({ name, level: y, dashed: true });
  return throughputChart(
    [
      ...captures.map((capture) => ({
        name: `${capture} capture`,
        points: runs
          .filter((r) => r.capture === capture)
          .map((r) => ({ x: r.bytes, y: r.mbPerSecond })),
      })),
      ...(remark?.pieces > 0 ? [level('remark alone', remark.pieces)] : []),
      level(`target (${MARKDOWN_TARGET} MB/s)`, MARKDOWN_TARGET),
    ],
    'Markdown through the CLI: throughput against input size',
  );
}
