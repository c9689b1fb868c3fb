// The steps of `npm run build` after tsup (see tsup.config.ts):
//
// 1. The CommonJS entries. For each subpath of package.json's `exports` with both an
//    `import` and a `require` file, write the `require` file as a one-line wrapper
//    that loads the ES module build with Node's require(esm) (on by default from
//    Node 20.19, this package's `engines`). Both module systems then run one copy of
//    the code: one `ListingParseError` class, one set of tables, no CommonJS twin of
//    every module in the tarball.
// 2. The notices of what the command bundles. dist/cli.js carries its CLI-only
//    packages (commander, csv-stringify: devDependencies, so library users do not
//    install them); their licenses ask for their notices to travel with the copy.
//    tsup's metafile for the command names them; their LICENSE files go into
//    dist/cli.licenses.txt, and the metafile is removed.
//
// Usage: node scripts/finish-dist.mjs   (after tsup)
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The `require` → `import` file pairs of an exports map, as package-relative paths.
 *
 * @example
 * ```js
 * commonJsEntries({ '.': { import: { default: './dist/index.js' }, require: { default: './dist/index.cjs' } } });
 * // [{ require: 'dist/index.cjs', import: 'dist/index.js' }]
 * ```
 * @param {Record<string, unknown>} exportsMap
 * @returns {{ require: string, import: string }[]}
 */
export function commonJsEntries(exportsMap) {
  const pairs = [];
  for (const target of Object.values(exportsMap)) {
    if (target === null || typeof target !== 'object') continue;
    const esm = target.import?.default;
    const cjs = target.require?.default;
    if (typeof esm === 'string' && typeof cjs === 'string' && cjs.endsWith('.cjs')) {
      pairs.push({ require: cjs.replace(/^\.\//, ''), import: esm.replace(/^\.\//, '') });
    }
  }
  return pairs;
}

/**
 * The CommonJS wrapper for one entry: `require` the ES module file next to it.
 *
 * @example
 * ```js
 * wrapper('dist/node.cjs', 'dist/node/index.js'); // "…module.exports = require('./node/index.js');\n"
 * ```
 * @param {string} cjsFile package-relative path of the wrapper
 * @param {string} esmFile package-relative path of the ES module it loads
 * @returns {string}
 */
export function wrapper(cjsFile, esmFile) {
  let specifier = relative(dirname(cjsFile), esmFile).split('\\').join('/');
  if (!specifier.startsWith('.')) specifier = `./${specifier}`;
  return [
    "'use strict';",
    '// CommonJS entry of paper-listing: the ES module build, loaded with require(esm)',
    '// (Node >= 20.19), so both module systems share one copy. See docs/package.md.',
    `module.exports = require(${JSON.stringify(specifier).replaceAll('"', "'")});`,
    '',
  ].join('\n');
}

/**
 * The packages bundled into an output, from an esbuild metafile: every
 * `node_modules/<name>` an input comes from, with where the package sits.
 *
 * @example
 * ```js
 * bundledPackages({ inputs: { 'node_modules/commander/index.js': {}, 'src/cli/run.ts': {} } });
 * // [{ name: 'commander', dir: 'node_modules/commander' }]
 * ```
 * @param {{ inputs: Record<string, unknown> }} metafile
 * @returns {{ name: string, dir: string }[]}
 */
export function bundledPackages(metafile) {
  const found = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /^(.*node_modules\/)((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match?.[1] !== undefined && match[2] !== undefined) {
      found.set(match[2], `${match[1]}${match[2]}`);
    }
  }
  return [...found]
    .map(([name, dir]) => ({ name, dir }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** The license text a package ships, by the usual file names. */
function licenseText(dir) {
  const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name));
  return file === undefined ? undefined : readFileSync(join(dir, file), 'utf8').trim();
}

function writeCommonJs(manifest) {
  for (const pair of commonJsEntries(manifest.exports)) {
    if (!existsSync(join(root, pair.import))) {
      throw new Error(`finish-dist: ${pair.import} is missing; did tsup run?`);
    }
    writeFileSync(join(root, pair.require), wrapper(pair.require, pair.import));
    console.log(`${pair.require} -> ${pair.import}`);
  }
}

function writeNotices() {
  const metafilePath = join(root, 'dist/metafile-esm.json');
  const metafile = JSON.parse(readFileSync(metafilePath, 'utf8'));
  rmSync(metafilePath);
  const sections = [];
  for (const { name, dir } of bundledPackages(metafile)) {
    const packageDir = resolve(root, dir);
    const { version, license } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    const text = licenseText(packageDir);
    if (text === undefined) throw new Error(`finish-dist: ${name} ships no license file`);
    sections.push(`${name}@${version} (${license})\n\n${text}\n`);
  }
  const header =
    'dist/cli.js bundles the packages below (the command needs them, the library does not).\n' +
    'Their licenses follow.\n';
  writeFileSync(
    join(root, 'dist/cli.licenses.txt'),
    [header, ...sections].join(`\n${'-'.repeat(72)}\n\n`),
  );
  console.log(`dist/cli.licenses.txt: ${sections.length} bundled package(s)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  writeCommonJs(manifest);
  writeNotices();
}
