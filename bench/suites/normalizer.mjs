/**
 * Suite: the normalizer. `normalizeText` over the corpus's abstracts with nothing to
 * repair, and over the same abstracts with a real artifact after every sixth word,
 * each beside a char loop over the same strings: the cost of looking, and the cost of
 * fixing.
 *
 * Returns `{ rows, checks }` (no target: `checks` is empty).
 *
 * @module
 */
import { charLoopAll } from '../lib/baselines.mjs';
import { rowCollector } from '../lib/groups.mjs';
import { abstractsOf, cleanAbstracts, withArtifacts } from '../lib/inputs.mjs';
import { measureGroup } from '../lib/measure.mjs';
import { missing } from '../lib/report.mjs';
import { MB, utf8 } from '../lib/units.mjs';

/**
 * Run the suite.
 *
 * @example
 * ```js
 * const { rows } = await normalizerSuite({ plan, lib, features, template, log });
 * ```
 */
export async function normalizerSuite({ plan, lib, features, template, log }) {
  const { rows, add } = rowCollector();
  const explain = features.normalize.ok ? lib.explainNormalization : undefined;
  const abstractSet = abstractsOf(lib, template.copy(0));
  const perCopy = abstractSet.reduce((sum, a) => sum + a.length, 0);
  const abstractCopies = Math.max(1, Math.round(plan.abstractBytes / perCopy));
  const allAbstracts = [];
  for (let k = 0; k < abstractCopies; k++) allAbstracts.push(...abstractsOf(lib, template.copy(k)));
  const clean = cleanAbstracts(allAbstracts, explain);
  const dirty = withArtifacts(clean);
  const cleanBytes = clean.reduce((sum, a) => sum + utf8(a), 0);
  const dirtyBytes = dirty.reduce((sum, a) => sum + utf8(a), 0);
  const group = `normalizeText over abstracts (${clean.length} clean abstracts, ${(cleanBytes / MB).toFixed(1)} MB; the same with artifacts, ${(dirtyBytes / MB).toFixed(1)} MB)`;
  log(group);
  if (!features.normalize.ok) {
    rows.push(missing(group, 'normalizeText, clean abstracts', features.normalize.reason));
    rows.push(
      missing(group, 'normalizeText, abstracts full of artifacts', features.normalize.reason),
    );
    return { rows, checks: [] };
  }
  const times = await measureGroup(
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
  const cleanBase = { charLoop: times.get('loop-clean').median };
  const dirtyBase = { charLoop: times.get('loop-dirty').median };
  const cleanInput = { bytes: cleanBytes };
  const dirtyInput = { bytes: dirtyBytes };
  add(group, 'baseline: charCodeAt loop, clean', 'loop-clean', times, cleanInput, cleanBase);
  add(group, 'normalizeText, clean abstracts', 'clean', times, cleanInput, cleanBase);
  add(group, 'baseline: charCodeAt loop, artifacts', 'loop-dirty', times, dirtyInput, dirtyBase);
  add(group, 'normalizeText, abstracts full of artifacts', 'dirty', times, dirtyInput, dirtyBase);
  rows.at(-1).note = `${fixes} fixes (${(fixes / (dirtyBytes / MB)).toFixed(0)} per MB)`;
  return { rows, checks: [] };
}
