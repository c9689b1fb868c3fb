/**
 * `node bench/compare-normalizer.mjs [ref]`: the normalizer's rows, before and after,
 * in one process. Builds `src` of `ref` (default `main`, through `git archive`) and of
 * the work tree, then times both interleaved on the same inputs: `normalizeText` over
 * the clean abstracts and over the abstracts full of artifacts (the sets of
 * `npm run bench`, chosen by the baseline's verdict so both get the same strings), and
 * `parseListing` with defaults over the 8 MB plain-text corpus. It reports process CPU
 * time, minimum and median of the samples, with the order alternated round by round:
 * on a shared machine wall-clock medians move by ±20 % between identical builds.
 * `AFTER_RULES='{"arrows":false}'` passes `rules` to the work tree's calls only, to
 * measure what a rule costs against the ref.
 *
 * A fourth row isolates the normalizer's share of the parse: this tree's parser with
 * the ref's `src/normalize` copied over its own, against this tree as it is. The
 * third row also carries everything else that changed in the parser since the ref.
 *
 * @module
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { buildForBench, bundleIndex, exportRef } from './lib/build.mjs';
import { copiesFor, corpus, readFixtures, textTemplate } from './lib/corpora.mjs';
import { cleanAbstracts, withArtifacts } from './lib/inputs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ref = process.argv[2] ?? 'main';
const rounds = Number(process.argv[3] ?? 15);
const afterOptions = process.env.AFTER_RULES
  ? { rules: JSON.parse(process.env.AFTER_RULES) }
  : undefined;
const cache = join(root, '.bench-cache', 'compare');

/** Export `ref`'s tree and bundle its `src`; the work tree's bundle beside it. */
async function builds() {
  const base = exportRef(root, ref, join(cache, 'base'));
  const after = await buildForBench(root, join(cache, 'after'));
  // A ref older than the bench's build entries (c736a1b, before issue 16's work) is
  // bundled from its `src/index.ts` alone, which is all this comparison calls.
  const before = await buildForBench(base, join(base, 'build')).catch(async () => ({
    lib: await bundleIndex(base, join(base, 'build', 'index.mjs')),
  }));
  return { before: before.lib, after: after.lib, hybrid: await hybridBuild(base) };
}

/**
 * This tree's `parseListing` with the ref's normalizer: a copy of `src` whose
 * `normalize/` folder is the ref's. `undefined` when that does not build (a ref whose
 * normalizer exports something else).
 */
async function hybridBuild(base) {
  const tree = join(cache, 'hybrid');
  rmSync(tree, { recursive: true, force: true });
  mkdirSync(tree, { recursive: true });
  cpSync(join(root, 'src'), join(tree, 'src'), { recursive: true });
  // Over this tree's files, not instead of them: the layouts may import a table the
  // ref's normalizer did not have yet (the HTML reader's entity names).
  cpSync(join(base, 'src', 'normalize'), join(tree, 'src', 'normalize'), { recursive: true });
  const lib = join(tree, 'parse.mjs');
  try {
    await build({
      stdin: {
        contents: "export { parseListing } from './src/parse/index.ts';\n",
        resolveDir: tree,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      nodePaths: [join(root, 'node_modules')],
      outfile: lib,
      logLevel: 'silent',
    });
    return lib;
  } catch {
    return undefined;
  }
}

const files = await builds();
const A = await import(pathToFileURL(files.before).href);
const B = await import(pathToFileURL(files.after).href);
const H = files.hybrid && (await import(pathToFileURL(files.hybrid).href));
const fixtures = readFixtures(root);
const template = textTemplate(fixtures.text, A.tokenize);
const text = corpus(template, copiesFor(template, 8e6));
const abstractsOf = (set) =>
  A.tokenize(set)
    .filter((token) => token.kind === 'abstract')
    .map((token) => token.value);
const all = [];
for (let k = 0; k < 8; k++) all.push(...abstractsOf(template.copy(k)));
const clean = cleanAbstracts(all, A.explainNormalization);
const dirty = withArtifacts(clean);

const cpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const tasks = {
  'normalizeText, clean abstracts': [
    () => {
      for (const a of clean) A.normalizeText(a);
    },
    () => {
      for (const a of clean) B.normalizeText(a, afterOptions);
    },
  ],
  'normalizeText, abstracts full of artifacts': [
    () => {
      for (const a of dirty) A.normalizeText(a);
    },
    () => {
      for (const a of dirty) B.normalizeText(a, afterOptions);
    },
  ],
  'parseListing (defaults, normalizing), 8 MB': [
    () => A.parseListing(text),
    () => B.parseListing(text, afterOptions && { normalize: afterOptions }),
  ],
};
if (H) {
  tasks['parseListing, this parser: ref normalizer → own'] = [
    () => H.parseListing(text),
    () => B.parseListing(text, afterOptions && { normalize: afterOptions }),
  ];
}
const samples = Object.fromEntries(Object.keys(tasks).map((name) => [name, [[], []]]));
for (let round = 0; round < rounds; round++) {
  for (const [name, pair] of Object.entries(tasks)) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const which of order) {
      const start = cpu();
      pair[which]();
      samples[name][which].push(cpu() - start);
    }
  }
}
const stats = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return { min: sorted[0], median: sorted[sorted.length >> 1] };
};
console.log(
  `before: ${ref}; after: work tree${afterOptions ? ` with rules ${process.env.AFTER_RULES}` : ''}; ${rounds} rounds; CPU ms (min / median)`,
);
for (const [name, [before, after]] of Object.entries(samples)) {
  const a = stats(before);
  const b = stats(after);
  console.log(
    `${name.padEnd(46)} ${a.min.toFixed(1)} / ${a.median.toFixed(1)}  →  ${b.min.toFixed(1)} / ${b.median.toFixed(1)}  (min ${((b.min / a.min - 1) * 100).toFixed(1)} %, median ${((b.median / a.median - 1) * 100).toFixed(1)} %)`,
  );
}
