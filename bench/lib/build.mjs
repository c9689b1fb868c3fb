/**
 * Build what the benchmark runs: the library and the CLI bundled from `src` with
 * esbuild (which tsup uses underneath, same targets, dependencies left external), into
 * a scratch directory. No type declarations, so it takes well under a second and works
 * on a fresh clone. `--dist` measures an existing `npm run build` output instead.
 *
 * @module
 */
import { existsSync } from 'node:fs';
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
