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
