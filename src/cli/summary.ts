/**
 * The run's tally: the one-line summary at the end, and `--fail-on`.
 *
 * @module
 */

/** What a run counted. */
export interface Tally {
  /** Inputs read: files, stdin, or JSONL captures. */
  inputs: number;
  /** Inputs that could not be read (or JSONL lines that were not captures). */
  unreadable: number;
  /** Records written. */
  papers: number;
  /** Diagnostics by severity (skipped binary inputs are errors). */
  errors: number;
  warnings: number;
}

/**
 * The summary line, without its newline.
 *
 * @example
 * ```ts
 * summaryLine({ inputs: 4, unreadable: 0, papers: 248, errors: 0, warnings: 2 });
 * // 'paper-listing: 248 papers from 4 inputs; 0 errors, 2 warnings'
 * ```
 */
export function summaryLine(tally: Tally): string {
  const plural = (count: number, word: string): string =>
    `${count} ${word}${count === 1 ? '' : 's'}`;
  const unreadable = tally.unreadable > 0 ? `, ${tally.unreadable} unreadable` : '';
  return `paper-listing: ${plural(tally.papers, 'paper')} from ${plural(tally.inputs, 'input')}; ${plural(
    tally.errors,
    'error',
  )}, ${plural(tally.warnings, 'warning')}${unreadable}`;
}

/**
 * Whether `--fail-on` fails the run: any error, or (for `warning`) any diagnostic.
 *
 * @example
 * ```ts
 * failsOn({ inputs: 1, unreadable: 0, papers: 4, errors: 0, warnings: 1 }, 'warning'); // true
 * ```
 */
export function failsOn(tally: Tally, level: 'error' | 'warning' | undefined): boolean {
  if (level === undefined) return false;
  return tally.errors > 0 || (level === 'warning' && tally.warnings > 0);
}
