/**
 * Suite: hostile inputs. Each shape in bench/lib/inputs.mjs (long lines, runs of one
 * character, artifacts by the thousand, …) at two sizes, through `parseListing`,
 * `parseListingStream`, `normalizeText` and the CLI's record writer: linear cost keeps
 * ms per MB flat, so the check is the worst ratio large ÷ small. In the full run each
 * case runs in its own killable process; the smoke run's inputs are tiny and run here.
 *
 * Returns `{ rows, checks, hostile }` (`rows` empty: the report has its own hostile
 * table, built from `hostile`).
 *
 * @module
 */
import { pathToFileURL } from 'node:url';
import { binarySize } from '../lib/doc.mjs';
import { measureHostile } from '../lib/hostile.mjs';
import { HOSTILE } from '../lib/inputs.mjs';
import { perMB } from '../lib/units.mjs';

/**
 * Run the suite.
 *
 * @example
 * ```js
 * const { checks, hostile } = await hostileSuite({ plan, smoke, lib, features, built, target, runChild, log });
 * ```
 */
export async function hostileSuite({ plan, smoke, lib, features, built, target, runChild, log }) {
  const [smallBytes, largeBytes] = plan.hostileBytes;
  const hostile = [];
  // The CLI's record writer, from the bench build only (dist does not export it).
  const records = built.records ? await import(pathToFileURL(built.records).href) : undefined;
  for (const shape of HOSTILE) {
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
  const worst = Math.max(
    ...hostile.flatMap(({ small, large }) =>
      ['parse', 'stream', 'normalize', 'records'].map((k) =>
        small.value?.[k] && large.value?.[k]
          ? perMB(large.value[k], largeBytes) / perMB(small.value[k], smallBytes)
          : 0,
      ),
    ),
  );
  const failed = hostile
    .filter(({ small, large }) => small.error || large.error)
    .map(({ name }) => name);
  const checks = [
    target(
      `hostile inputs, worst ms/MB ratio ${binarySize(largeBytes)} ÷ ${binarySize(smallBytes)}`,
      worst,
      '≈ 1× (≤ 1.5×)',
      worst <= 1.5 && failed.length === 0,
      failed.length > 0 ? `failed or timed out: ${failed.join(', ')}` : '',
    ),
  ];
  return { rows: [], checks, hostile };
}
