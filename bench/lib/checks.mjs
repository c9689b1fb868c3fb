/**
 * Target checks and paper-count checks. A check is one line of the report's "Targets"
 * table: a measured value against a goal, with a verdict.
 *
 * @module
 */

/**
 * A `target(name, value, goal, met, note)` for this run. `met` undefined gives the
 * verdict 'n/a'; a smoke run's corpora are too small to time, so it reports the value
 * with the verdict 'smoke' and never judges.
 *
 * @example
 * ```js
 * const target = makeTarget(false);
 * target('parse ÷ char loop', 0.42, '≥ 0.5×', 0.42 >= 0.5);
 * // { name: 'parse ÷ char loop', value: '0.420', goal: '≥ 0.5×', verdict: 'MISS', note: '' }
 * ```
 */
export function makeTarget(smoke) {
  return function target(name, value, goal, met, note = '') {
    // Three significant digits below 1, so a value just under a threshold never reads as on it.
    const shown =
      value === undefined || !Number.isFinite(value)
        ? 'n/a'
        : value >= 10
          ? value.toFixed(0)
          : value >= 1
            ? value.toFixed(2)
            : value.toPrecision(3);
    const verdict = met === undefined ? 'n/a' : smoke ? 'smoke' : met ? 'met' : 'MISS';
    return { name, value: shown, goal, verdict, note };
  };
}

/**
 * Whether a corpus gave the paper count it was built for. A wrong count means the
 * corpus would lie about papers per second: `fatal` throws, otherwise it logs a warning
 * and returns false, so the case is reported as missing.
 *
 * @example
 * ```js
 * expectCount('markdown corpus', 240, 240, false, log); // true
 * ```
 */
export function expectCount(what, got, expected, fatal, log) {
  if (got === expected) return true;
  const message = `${what}: ${got} papers, expected ${expected}`;
  if (fatal) throw new Error(message);
  log(`warning: ${message}`);
  return false;
}
