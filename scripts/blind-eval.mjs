/**
 * `node scripts/blind-eval.mjs [--ref <git ref>] [--quiet] <cases.json>…`: score the
 * normalizer on a blind evaluation set, as issue 16's pairs were scored. The sets live
 * outside the repository (they are the point of being blind); their cases land in
 * `fixtures/normalize/` afterwards.
 *
 * A case file is a JSON array. A broken case is `{ id, input, expected, accept? }`: it
 * counts as repaired when `normalizeText(input)` is `expected` or one of `accept`. A
 * clean case is `{ id, input, group? }`: it counts as kept when `normalizeText(input)` is
 * `input`. Misses and changes are printed with what came out, unless `--quiet`.
 *
 * The work tree's `src` is bundled with esbuild into `.bench-cache/blind/`; with
 * `--ref`, that ref's `src` is scored as well, side by side (`main`, a commit), so a
 * stop can report its sets at its start and now.
 *
 * @example
 * ```sh
 * node scripts/blind-eval.mjs --ref 08a0e87 /tmp/eval/broken.json /tmp/eval/clean.json
 * # /tmp/eval/broken.json: 150 broken, repaired 122 (81.3 %) at 08a0e87, 127 (84.7 %) now
 * ```
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleIndex, exportRef } from '../bench/lib/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, '.bench-cache', 'blind');
const args = process.argv.slice(2);
let ref;
let quiet = false;
const files = [];
for (let k = 0; k < args.length; k++) {
  if (args[k] === '--ref') ref = args[++k];
  else if (args[k] === '--quiet') quiet = true;
  else files.push(resolve(args[k]));
}
if (files.length === 0) {
  console.error('usage: node scripts/blind-eval.mjs [--ref <git ref>] [--quiet] <cases.json>…');
  process.exit(2);
}

/** Bundle `src/index.ts` under `tree` into `out`, and load it. */
async function bundle(tree, out) {
  return import(pathToFileURL(await bundleIndex(tree, out, root)).href);
}

/** The ref's `src`, exported with `git archive` and bundled. */
async function atRef(name) {
  const tree = exportRef(root, name, join(cache, 'ref'));
  return bundle(tree, join(tree, 'lib.mjs'));
}

const now = await bundle(root, join(cache, 'now.mjs'));
const before = ref === undefined ? undefined : await atRef(ref);
const percent = (n, of) => `${((n / of) * 100).toFixed(1)} %`;

for (const file of files) {
  const cases = JSON.parse(readFileSync(file, 'utf8'));
  const broken = cases.filter((c) => typeof c.expected === 'string');
  const clean = cases.filter((c) => typeof c.expected !== 'string');
  const good = (lib, c) => {
    const out = lib.normalizeText(c.input);
    return [c.expected, ...(c.accept ?? [])].includes(out);
  };
  if (broken.length > 0) {
    for (const c of broken) {
      if (quiet || good(now, c)) continue;
      const out = now.normalizeText(c.input);
      console.log(`--- ${c.id}\n in: ${c.input}\nexp: ${c.expected}\ngot: ${out}`);
    }
    const repaired = broken.filter((c) => good(now, c)).length;
    const then = before && broken.filter((c) => good(before, c)).length;
    console.log(
      `${file}: ${broken.length} broken, repaired ${then === undefined ? '' : `${then} (${percent(then, broken.length)}) at ${ref}, `}${repaired} (${percent(repaired, broken.length)}) now`,
    );
  }
  if (clean.length > 0) {
    const changed = (lib) => clean.filter((c) => lib.normalizeText(c.input) !== c.input);
    const list = changed(now);
    if (!quiet)
      for (const c of list)
        console.log(
          `--- ${c.id} (${c.group ?? 'clean'})\n in: ${c.input}\ngot: ${now.normalizeText(c.input)}`,
        );
    const then = before && changed(before).length;
    console.log(
      `${file}: ${clean.length} clean, changed ${then === undefined ? '' : `${then} at ${ref}, `}${list.length} now`,
    );
  }
}
