/**
 * What a bundler keeps of the package when a user imports one function. The library's
 * JavaScript is built with the project's own tsup config (`library` in tsup.config.ts,
 * no types, about a second) into a scratch copy of the package under
 * `node_modules/.cache`, installed as `node_modules/paper-listing` with the real
 * `package.json`, so the exports map and `sideEffects` are the ones users get. Then
 * esbuild and rollup bundle small entry files that import from `paper-listing` the way
 * users do, and the test reads which modules each bundle kept.
 *
 * The point (issue 18): the zod schemas are evaluated at module load, so they must sit
 * in a module that parsing never imports; a bundler can then drop zod for users who only
 * parse. A control import of `PaperSchema` shows the check can see zod when it is there.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { build as esbuild } from 'esbuild';
import { type RollupCache, rollup } from 'rollup';
import { build as tsup } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { library } from '../../tsup.config.js';

const root = join(import.meta.dirname, '../..');
const work = join(root, 'node_modules/.cache', `paper-listing-tree-shaking-${process.pid}`);
const installed = join(work, 'node_modules/paper-listing');

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  // A project of its own, so `paper-listing` resolves to the copy installed below, not
  // (by self-reference) to this repository.
  writeFileSync(join(work, 'package.json'), '{ "name": "consumer", "private": true }\n');
  writeFileSync(join(installed, 'package.json'), readFileSync(join(root, 'package.json')));
  await tsup({ ...library, config: false, silent: true, outDir: join(installed, 'dist') });
}, 60_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** The packages (by name) and the package's own modules (by dist path) in a bundle. */
interface Kept {
  packages: Set<string>;
  modules: Set<string>;
}

/** Sort kept input paths into package names and our own `dist/…` modules. */
function classify(paths: Iterable<string>): Kept {
  const kept: Kept = { packages: new Set(), modules: new Set() };
  for (const path of paths) {
    const normal = path.split('\\').join('/');
    const own = /node_modules\/paper-listing\/(dist\/.*)$/.exec(normal);
    if (own?.[1] !== undefined) {
      kept.modules.add(own[1]);
      continue;
    }
    const match = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(normal);
    if (match?.[1] !== undefined) kept.packages.add(match[1]);
  }
  return kept;
}

/** Bundle `source` with esbuild for the browser, minified; what reached the output. */
async function withEsbuild(source: string): Promise<Kept> {
  const result = await esbuild({
    stdin: { contents: source, resolveDir: work, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  const inputs = Object.entries(output?.inputs ?? {});
  return classify(inputs.filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path));
}

/** Rollup's parsed modules, handed from one build to the next: the same result, sooner. */
let rollupCache: RollupCache | undefined;

/** Bundle `source` with rollup (node-resolve, commonjs); the modules it rendered. */
async function withRollup(source: string): Promise<Kept> {
  const entry = join(work, `entry-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(entry, source);
  const bundle = await rollup({
    input: entry,
    cache: rollupCache,
    // As a web app's rollup config would: node-resolve for the browser, in `production`
    // (else the plugin adds `development`, and micromark's development build imports
    // `debug`), and commonjs for the dependencies that are CommonJS (unified's `extend`).
    plugins: [nodeResolve({ browser: true, exportConditions: ['production'] }), commonjs()],
    onwarn: () => {},
  });
  rollupCache = bundle.cache;
  try {
    const { output } = await bundle.generate({ format: 'es' });
    const [chunk] = output;
    const modules = Object.entries(chunk.modules);
    return classify(modules.filter(([, module]) => module.renderedLength > 0).map(([id]) => id));
  } finally {
    await bundle.close();
  }
}

/** Each bundle once per bundler and source, however many tests read it. */
function memo(bundle: (source: string) => Promise<Kept>): (source: string) => Promise<Kept> {
  const results = new Map<string, Promise<Kept>>();
  return (source) => {
    let result = results.get(source);
    if (result === undefined) {
      result = bundle(source);
      results.set(source, result);
    }
    return result;
  };
}

const bundlers = [
  ['esbuild', memo(withEsbuild)],
  ['rollup', memo(withRollup)],
] as const;

describe.each(bundlers)('%s keeps only what the import needs', (_name, bundle) => {
  it.each([
    ['parseListing', "export { parseListing } from 'paper-listing';"],
    ['parseListingStream', "export { parseListingStream } from 'paper-listing';"],
    ['normalizeText', "export { normalizeText } from 'paper-listing';"],
    ['tokenize', "export { tokenize } from 'paper-listing';"],
    ['paper-listing/text', "export * from 'paper-listing/text';"],
  ])('%s: no zod, no schema module', async (_label, source) => {
    const kept = await bundle(source);
    expect(kept.modules.size).toBeGreaterThan(0);
    expect([...kept.packages]).not.toContain('zod');
    expect([...kept.modules]).not.toContain('dist/schema.js');
  });

  it('parseListing from paper-listing keeps the Markdown parser it uses, without unified', async () => {
    const kept = await bundle("export { parseListing } from 'paper-listing';");
    expect([...kept.packages]).toEqual(
      expect.arrayContaining(['mdast-util-from-markdown', 'micromark']),
    );
    // remark's parser is called without a processor (layouts/markdown/parse.ts).
    expect(
      [...kept.packages].filter((name) => /^(unified|vfile|remark-parse)$/.test(name)),
    ).toEqual([]);
    expect([...kept.modules]).toContain('dist/layouts/markdown/pieces.js');
  });

  it('normalizeText and paper-listing/text leave the Markdown stack out', async () => {
    for (const source of [
      "export { normalizeText } from 'paper-listing';",
      "export { parseListing } from 'paper-listing/text';",
    ]) {
      const kept = await bundle(source);
      expect(
        [...kept.packages].filter((name) => /remark|micromark|unified|mdast/.test(name)),
      ).toEqual([]);
      expect([...kept.modules].filter((path) => path.startsWith('dist/layouts/markdown/'))).toEqual(
        [],
      );
    }
  });

  it('control: importing a schema brings zod and the schema module', async () => {
    const kept = await bundle(
      "import { PaperSchema } from 'paper-listing'; export const ok = PaperSchema.safeParse({}).success;",
    );
    expect([...kept.packages]).toContain('zod');
    expect([...kept.modules]).toContain('dist/schema.js');
  });
});

describe('the schemas sit in their own module', () => {
  it('no module but the entry and other schema modules imports dist/schema.js at run time', () => {
    const sources = new Set<string>();
    const dist = join(installed, 'dist');
    for (const file of listJs(dist)) {
      const text = readFileSync(join(dist, file), 'utf8');
      // `import{…}from"../schema.js"` (whitespace-minified), not `import type` (erased).
      if (/from\s*["'](?:\.\.?\/)+schema\.js["']/.test(text)) sources.add(file);
    }
    expect([...sources].sort()).toEqual(['hub/schema.js', 'index.js', 'record/schema.js']);
  });
});

/** Every `.js` file under `dir`, as `/`-separated paths relative to it. */
function listJs(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => path.endsWith('.js'));
}
