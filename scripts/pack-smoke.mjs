// Pack smoke test: what users install is the tarball, not this checkout. Pack it,
// install it offline into an empty temporary project, and use it the ways users do:
// `require` from CommonJS, `import` from ESM, the JSON Schemas by subpath, the bin.
// Also check the tarball holds only what `files` promises (no tests, no fixtures, no
// source maps), that the install brings no CLI-only package (the bin bundles them),
// and print what the install weighs (docs/package.md).
//
// Usage: node scripts/pack-smoke.mjs   (after `npm run build`; takes a few seconds)
// Offline: the install uses only the npm cache, which `npm ci` has filled (see step 2).
import { execFileSync, spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Files the tarball must hold. */
const REQUIRED = [
  'package.json',
  'README.md',
  'LICENSE',
  'dist/index.js',
  'dist/index.cjs',
  'dist/index.d.ts',
  'dist/index.d.cts',
  'dist/text.js',
  'dist/text.cjs',
  'dist/text.d.ts',
  'dist/text.d.cts',
  'dist/node/index.js',
  'dist/node.cjs',
  'dist/node/index.d.ts',
  'dist/node/index.d.cts',
  'dist/schema.js',
  'dist/cli.js',
  'dist/cli.licenses.txt',
  'schema/paper.schema.json',
  'schema/listing.schema.json',
  'schema/record.schema.json',
];
/** The only places a packed file may come from. */
const ALLOWED = [
  /^dist\//,
  /^schema\/[\w.-]+\.schema\.json$/,
  /^(package\.json|README\.md|LICENSE)$/,
];
/** Things that must never ship, even inside an allowed folder. */
const FORBIDDEN = [
  /(^|\/)(test|tests|fixtures|__tests__)\//,
  /\.test\.[cm]?[jt]s$/,
  /\.tgz$/,
  /\.map$/, // no source maps: docs/package.md, "What dist/ holds, and why"
  /metafile-[a-z]+\.json$/,
];
/**
 * Packages only the command uses: bundled into dist/cli.js, never installed for users.
 * These two by name, and whatever else dist/cli.licenses.txt says the bundle carries.
 */
function cliOnlyPackages() {
  const notices = readFileSync(join(root, 'dist/cli.licenses.txt'), 'utf8').split('\n');
  const bundled = notices.flatMap(
    (line) => /^((?:@[^/\s]+\/)?[^@\s]+)@\S+ \(/.exec(line)?.[1] ?? [],
  );
  return [...new Set(['commander', 'csv-stringify', ...bundled])];
}

const failures = [];
function check(ok, message) {
  if (ok) console.log(`ok   ${message}`);
  else {
    console.log(`FAIL ${message}`);
    failures.push(message);
  }
}

function run(command, args, options = {}) {
  return spawnSync(command, args, { encoding: 'utf8', ...options });
}

if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('pack-smoke: dist/ is missing; run `npm run build` first');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'paper-listing-smoke-'));
try {
  // 1. Pack. --ignore-scripts: the build already ran; a prepack hook must not rebuild here.
  const packed = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  )[0];
  const files = packed.files.map((file) => file.path);
  console.log(`packed ${packed.filename}: ${files.length} files, ${packed.size} bytes`);
  for (const file of REQUIRED) check(files.includes(file), `tarball has ${file}`);
  const stray = files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file)));
  check(stray.length === 0, `tarball holds only dist, schemas and docs${fmt(stray)}`);
  const forbidden = files.filter((file) => FORBIDDEN.some((pattern) => pattern.test(file)));
  check(forbidden.length === 0, `tarball holds no tests, fixtures or maps${fmt(forbidden)}`);

  // 2. Install into an empty project, from the npm cache only. `npm ci` with a lockfile
  // caches the dependency tarballs but not always their registry metadata; when the
  // cache lacks it (ENOTCACHED), retry preferring the cache and say so.
  // PACK_SMOKE_OFFLINE=1 makes offline mandatory.
  const project = join(work, 'consumer');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), '{ "name": "consumer", "private": true }\n');
  const tarball = join(work, packed.filename);
  const installWith = (mode) =>
    run(npm, ['install', mode, '--no-audit', '--no-fund', '--ignore-scripts', tarball], {
      cwd: project,
    });
  let mode = '--offline';
  let install = installWith(mode);
  if (install.status !== 0 && /ENOTCACHED/.test(install.stderr)) {
    if (process.env.PACK_SMOKE_OFFLINE === '1') {
      check(false, 'npm install --offline <tgz>: the npm cache lacks some dependency');
    } else {
      console.log('note: the npm cache lacks some metadata; retrying with --prefer-offline');
      mode = '--prefer-offline';
      install = installWith(mode);
    }
  }
  check(install.status === 0, `npm install ${mode} <tgz>${out(install)}`);
  if (install.status !== 0) throw new Error('install failed; nothing else to check');

  const installed = installedPackages(join(project, 'node_modules'));
  const cliPackages = cliOnlyPackages();
  const cliOnly = cliPackages.filter((name) => installed.has(name));
  check(
    cliOnly.length === 0,
    `the install brings no CLI-only package (${cliPackages.join(', ')})${fmt(cliOnly)}`,
  );
  const weight = [...installed.values()].reduce((sum, bytes) => sum + bytes, 0);
  console.log(
    `install: ${installed.size} packages (paper-listing included), ${weight} bytes of files; ` +
      `zod ${installed.get('zod') ?? 0}, paper-listing ${installed.get('paper-listing') ?? 0}`,
  );

  // A one-card listing, as the plain-text captures print it, as a JS string literal.
  const input = JSON.stringify(
    'Dec 11\n\nEMO: Earth Mover Distance Optimization\n\nNeural language models are ' +
      'probabilistic models of human text. They are trained.\n\n  • 3 authors\n·\nOct 7, 2023\n',
  );
  const expected = '[["EMO: Earth Mover Distance Optimization",3,"2023-10-07"]]';
  const node = (args) => run(process.execPath, args, { cwd: project });

  // 3. CommonJS consumer, every entry.
  const cjs = node([
    '-e',
    `const { parseListing, ListingParseError } = require('paper-listing');
     const { createListingTransform } = require('paper-listing/node');
     const text = require('paper-listing/text');
     const listing = parseListing(${input});
     if (typeof ListingParseError !== 'function') throw new Error('no ListingParseError');
     if (typeof createListingTransform !== 'function') throw new Error('no createListingTransform');
     if (JSON.stringify(text.parseListing(${input}).papers) !== JSON.stringify(listing.papers)) {
       throw new Error('paper-listing/text disagrees');
     }
     console.log(JSON.stringify(listing.papers.map((p) => [p.title, p.authorCount, p.publishedAt])));`,
  ]);
  check(
    cjs.status === 0 && cjs.stdout.trim() === expected,
    `require('paper-listing'), '/text' and '/node'${out(cjs)}`,
  );

  // 4. ESM consumer.
  const esm = node([
    '--input-type=module',
    '-e',
    `import { parseListing } from 'paper-listing';
     import 'paper-listing/node';
     console.log(JSON.stringify(parseListing(${input}).papers.map((p) => [p.title, p.authorCount, p.publishedAt])));`,
  ]);
  check(
    esm.status === 0 && esm.stdout.trim() === expected,
    `import from 'paper-listing'${out(esm)}`,
  );

  // 4b. One copy of the code for both module systems, and ListingParseError recognised
  // whichever entry or module system threw it.
  const shared = node([
    '--input-type=module',
    '-e',
    `import { createRequire } from 'node:module';
     import * as esm from 'paper-listing';
     import * as esmText from 'paper-listing/text';
     const require = createRequire(import.meta.url);
     const cjs = require('paper-listing');
     if (cjs.parseListing !== esm.parseListing) throw new Error('require and import load two copies');
     const bad = 'Mar 11\\n\\n-----\\n';
     const thrown = [];
     for (const parse of [esm.parseListing, esmText.parseListing, require('paper-listing/text').parseListing]) {
       try { parse(bad, { strict: true }); } catch (error) { thrown.push(error); }
     }
     if (thrown.length !== 3) throw new Error('strict parse did not throw');
     for (const error of thrown) {
       for (const Class of [esm.ListingParseError, esmText.ListingParseError, cjs.ListingParseError]) {
         if (!(error instanceof Class)) throw new Error('instanceof ListingParseError failed across entries');
       }
     }
     console.log('shared');`,
  ]);
  check(
    shared.status === 0 && shared.stdout.trim() === 'shared',
    `require and import share one copy; instanceof ListingParseError holds across entries${out(shared)}`,
  );

  // 5. The JSON Schemas, through the exports map, match the shipped zod schemas.
  const schema = node([
    '--input-type=module',
    '-e',
    `import { createRequire } from 'node:module';
     import { readFileSync } from 'node:fs';
     import { PaperSchema, ListingSchema, PaperRecordSchema } from 'paper-listing';
     const require = createRequire(import.meta.url);
     for (const [name, zod] of [['paper', PaperSchema], ['listing', ListingSchema], ['record', PaperRecordSchema]]) {
       const file = require.resolve('paper-listing/schema/' + name + '.schema.json');
       const shipped = JSON.parse(readFileSync(file, 'utf8'));
       const { z } = await import(require.resolve('zod', { paths: [file] }));
       const { $schema, title, $comment, ...rest } = shipped;
       const fresh = z.toJSONSchema(zod, { target: 'draft-2020-12', io: 'output' });
       delete fresh.$schema;
       if (JSON.stringify(rest) !== JSON.stringify(fresh)) throw new Error(name + ' schema is stale');
     }
     console.log('schemas ok');`,
  ]);
  check(
    schema.status === 0,
    `paper-listing/schema/*.schema.json resolve and match the code${out(schema)}`,
  );

  // 6. The bin: linked, executable, and it starts (its shebang and ESM load work).
  const bin = join(project, 'node_modules/.bin/paper-listing');
  let executable = true;
  try {
    accessSync(bin, constants.X_OK);
  } catch {
    executable = false;
  }
  check(executable, 'node_modules/.bin/paper-listing is an executable');
  if (executable) {
    const version = run(bin, ['--version'], { cwd: project });
    check(
      version.status === 0 && version.stdout.trim() === manifest.version,
      `paper-listing --version prints ${manifest.version}${out(version)}`,
    );
    const parsed = run(bin, [], { cwd: project, input: JSON.parse(input) });
    const titles = parsed.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).title);
    check(
      parsed.status === 0 && titles.join() === 'EMO: Earth Mover Distance Optimization',
      `paper-listing reads stdin and prints one JSON line per paper${out(parsed)}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`\npack-smoke: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('\npack-smoke: the packed tarball works');

/** Each package under `node_modules` (scoped ones by `@scope/name`), with its bytes. */
function installedPackages(dir) {
  const found = new Map();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    if (entry.name.startsWith('@')) {
      for (const inner of readdirSync(join(dir, entry.name), { withFileTypes: true })) {
        if (inner.isDirectory()) {
          found.set(`${entry.name}/${inner.name}`, bytesUnder(join(dir, entry.name, inner.name)));
        }
      }
    } else {
      found.set(entry.name, bytesUnder(join(dir, entry.name)));
    }
  }
  return found;
}

/** Bytes of the files under `dir` (their sizes, not their disk blocks). */
function bytesUnder(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath ?? entry.path, entry.name)).size;
  }
  return total;
}

function fmt(list) {
  return list.length === 0 ? '' : `: ${list.join(', ')}`;
}

function out(result) {
  return result.status === 0 ? '' : `\n${result.stdout}${result.stderr}`;
}
