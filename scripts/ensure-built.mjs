// Build only when dist/ is stale: `npm start` and the end-to-end tests call this, so a
// run after an unchanged build takes a moment, not the 20 s of `npm run build`.
//
// dist/ is stale when one of its files is missing, or older than the newest file the
// build reads: src/**, package.json, tsconfig.json, tsup.config.ts and the schema script.
//
// Usage: node scripts/ensure-built.mjs [--quiet]
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What `npm run build` writes; the oldest of them must be newer than every input. */
const OUTPUTS = [
  'dist/index.js',
  'dist/index.cjs',
  'dist/index.d.ts',
  'dist/text.js',
  'dist/node/index.js',
  'dist/node.cjs',
  'dist/cli.js',
  'schema/record.schema.json',
];
const INPUTS = [
  'src',
  'package.json',
  'tsconfig.json',
  'tsup.config.ts',
  'scripts/build-schemas.mjs',
];

/** @param {string} path @returns {number} the newest mtime under path (0 if absent) */
function newest(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/**
 * Why dist/ needs a build, or undefined when it is fresh.
 *
 * @returns {string | undefined}
 */
export function staleReason() {
  let oldest = Number.POSITIVE_INFINITY;
  for (const output of OUTPUTS) {
    try {
      oldest = Math.min(oldest, statSync(join(root, output)).mtimeMs);
    } catch {
      return `${output} is missing`;
    }
  }
  for (const input of INPUTS) {
    if (newest(join(root, input)) > oldest) return `${input} changed since the last build`;
  }
  return undefined;
}

/**
 * Build when stale. Returns true when it built.
 *
 * @param {{ quiet?: boolean }} [options]
 * @returns {boolean}
 */
export function ensureBuilt(options = {}) {
  const reason = staleReason();
  if (reason === undefined) return false;
  if (!options.quiet) console.error(`paper-listing: building (${reason})…`);
  const build = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status})`);
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    ensureBuilt({ quiet: process.argv.includes('--quiet') });
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    process.exitCode = 1;
  }
}
