import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

const root = dirname(fileURLToPath(import.meta.url));
const src = resolve(root, 'src');

/**
 * The library as ES modules, one file per source module (`src/parse/core.ts` →
 * `dist/parse/core.js`), not bundled. The entries share every module, a bundler
 * sees each module on its own (with `sideEffects: false`, whatever a user does not
 * import is dropped, zod included when only parsing), and a stack trace names the
 * source module. No source maps: the output is unminified, with the source's names
 * and layout (docs/package.md, "Source maps"). The CommonJS entries are thin
 * `require(esm)` wrappers that `scripts/finish-dist.mjs` writes after this.
 */
export const library: Options = {
  entry: ['src/**/*.ts', '!src/cli/**'],
  bundle: false,
  format: ['esm'],
  target: 'es2022',
  sourcemap: false,
  // Whitespace and syntax minified, names kept: a stack trace still names the source's
  // functions and modules, and the tarball stays within its budget (issue 18).
  minifyWhitespace: true,
  minifySyntax: true,
  removeNodeProtocol: false,
  clean: false, // `npm run build` empties dist once; configs cleaning would race
};

/**
 * Type declarations, bundled per entry, for `import` (`.d.ts`) and `require`
 * (`.d.cts`). Declarations only: the JavaScript comes from `library`.
 */
export const types: Options = {
  entry: { index: 'src/index.ts', text: 'src/text.ts', 'node/index': 'src/node/index.ts' },
  format: ['esm'],
  dts: { only: true },
  target: 'es2022',
  clean: false,
};

/**
 * The same declarations for `require` (`.d.cts`), without their doc comments: editors
 * show docs from the `.d.ts` twin for `import`, and the comments would otherwise ship
 * twice (13 kB of the packed tarball, whose budget is 150 kB).
 */
export const cjsTypes: Options = {
  ...types,
  format: ['cjs'],
  dts: { only: true, compilerOptions: { removeComments: true } },
};

/**
 * The command: one ES module with its shebang. The library's modules stay imports of
 * `library`'s files (`./stream/index.js`), so the core ships once. Packages that are not
 * runtime `dependencies` (commander, csv-stringify: devDependencies) are bundled, which
 * tsup does by default, so library users do not install them. commander is CommonJS and
 * calls `require('node:events')`; the banner gives the bundle a `require`.
 */
export const cli: Options = {
  entry: { cli: 'src/cli/index.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  sourcemap: false,
  removeNodeProtocol: false,
  clean: false,
  metafile: true, // for scripts/finish-dist.mjs: which packages' notices to ship
  // Minified: the bundled CLI packages (commander, csv-stringify, hyparquet-writer) are
  // most of its bytes, and the tarball budget (issue 18) counts them. The library's own
  // modules stay external and unminified, so a stack trace still names them.
  minify: true,
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __createRequire } from 'node:module';",
      'const require = __createRequire(import.meta.url);',
    ].join('\n'),
  },
  esbuildPlugins: [
    {
      name: 'library-modules-external',
      setup(build) {
        build.onResolve({ filter: /^\.\.?\// }, (args) => {
          const target = resolve(args.resolveDir, args.path);
          const inCli = target.startsWith(`${src}${sep}cli${sep}`);
          if (!target.startsWith(`${src}${sep}`) || inCli) return undefined;
          const path = `./${relative(src, target).split(sep).join('/')}`;
          return { path: path.replace(/\.ts$/, '.js'), external: true };
        });
      },
    },
  ],
};

export default defineConfig([library, types, cjsTypes, cli]);
