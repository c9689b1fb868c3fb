/**
 * Rows of one measured group: each candidate beside the group's baselines (the line
 * split, the char loop, remark), by the task names given to `measureGroup`.
 *
 * @module
 */
import { row } from './report.mjs';

/** The baseline rows' labels, by task name. */
export const BASELINE_LABELS = {
  split: 'baseline: text.split("\\n")',
  charLoop: 'baseline: charCodeAt loop',
  remark: 'baseline: remark (mdast-util-from-markdown)',
};

/**
 * The medians of a group's baselines, for the ratio columns; a baseline the group did
 * not run is undefined and gets no ratio.
 *
 * @example
 * ```js
 * base(times); // { split: 4.1, charLoop: 20.3, remark: undefined }
 * ```
 */
export function base(times) {
  return {
    split: times.get('split')?.median,
    charLoop: times.get('charLoop')?.median,
    remark: times.get('remark')?.median,
  };
}

/**
 * A list of rows with two ways to fill it: `add` one measured task as a row, and
 * `addBaselines` the baseline tasks by key, each beside the group's own baselines.
 *
 * @example
 * ```js
 * const { rows, add, addBaselines } = rowCollector();
 * addBaselines(group, ['split', 'charLoop'], times, input);
 * add(group, 'tokenize', 'tokenize', times, input, base(times));
 * ```
 */
export function rowCollector() {
  const rows = [];
  const add = (group, label, key, times, input, baselines) =>
    rows.push(row(group, label, { ...input, ms: times.get(key).median }, baselines));
  const addBaselines = (group, keys, times, input) => {
    for (const key of keys) add(group, BASELINE_LABELS[key], key, times, input, base(times));
  };
  return { rows, add, addBaselines };
}
