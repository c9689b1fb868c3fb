/**
 * Build what the benchmark runs: the library and the CLI bundled from `src` with
 * esbuild (which tsup uses underneath, same targets, dependencies left external), into
 * a scratch directory. No type declarations, so it takes well under a second and works
 * on a fresh clone. `--dist` measures an existing `npm run build` output instead.
 *
 * @module
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundle `src/index.ts` and `src/cli/index.ts` into `outdir`, and the CLI's record
 * writer (`toPaperRecord`, `toJson`) as `records.js`, for the hostile table.
 *
 * @example
 * ```js
 * await buildForBench('/repo', '/repo/.bench-cache/build');
 * // { lib: '…/index.js', cli: '…/cli.js', records: '…/records.js' }
 * ```
 */
export async function buildForBench(root, outdir) {
  const common = {
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    packages: 'external',
    outdir,
    logLevel: 'error',
  };
  await build({
    ...common,
    entryPoints: { index: 'src/index.ts' },
    target: 'es2022',
    platform: 'neutral',
    mainFields: ['module', 'main'],
  });
  await build({
    ...common,
    entryPoints: { cli: 'src/cli/index.ts' },
    target: 'node20',
    platform: 'node',
  });
  await build({
    ...common,
    outdir: undefined,
    outfile: join(outdir, 'records.js'),
    stdin: {
      contents:
        "export { toJson } from './src/cli/json.ts';\nexport { toPaperRecord } from './src/record/from-paper.ts';\n",
      resolveDir: root,
      loader: 'ts',
    },
    target: 'node20',
    platform: 'node',
  });
  return {
    lib: join(outdir, 'index.js'),
    cli: join(outdir, 'cli.js'),
    records: join(outdir, 'records.js'),
    from: 'src (esbuild bundle)',
  };
}

/**
 * The `npm run build` output, if it is there.
 *
 * @example
 * ```js
 * distForBench('/repo'); // { lib: '/repo/dist/index.js', cli: '/repo/dist/cli.js', from: 'dist' }
 * // (no `records`: dist does not export the CLI's record writer)
 * ```
 */
export function distForBench(root) {
  const lib = join(root, 'dist', 'index.js');
  if (!existsSync(lib)) throw new Error('dist/index.js is missing: run `npm run build` first');
  return { lib, cli: join(root, 'dist', 'cli.js'), from: 'dist (npm run build)' };
}

/**
 * Export `ref`'s `src` and `package.json` into a fresh `dir` with `git archive`, with the
 * work tree's `node_modules` linked in, for a before/after build.
 *
 * @example
 * ```js
 * exportRef('/repo', 'main', '/repo/.bench-cache/compare/base'); // '/repo/.bench-cache/compare/base'
 * ```
 */
export function exportRef(root, ref, dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // `src` passed execFileSync's default 1 MB buffer with the normalizer's tables.
  const archive = execFileSync('git', ['archive', ref, 'src', 'package.json'], {
    cwd: root,
    maxBuffer: 256 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  if (!existsSync(join(dir, 'node_modules'))) {
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  }
  return dir;
}

/**
 * Bundle `tree`'s `src/index.ts` alone into `outfile`, for Node, dependencies left
 * external and resolved from `root`'s `node_modules`: all a normalizer comparison calls.
 *
 * @example
 * ```js
 * await bundleIndex('/repo', '/repo/.bench-cache/blind/now.mjs', '/repo');
 * ```
 */
export async function bundleIndex(tree, outfile, root = tree) {
  await build({
    entryPoints: [join(tree, 'src', 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    nodePaths: [join(root, 'node_modules')],
    outfile,
    logLevel: 'error',
  });
  return outfile;
}
