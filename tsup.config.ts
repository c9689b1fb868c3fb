import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library entries: ESM + CJS with types. The core stays free of node: imports.
    entry: { index: 'src/index.ts', text: 'src/text.ts', node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false, // `npm run build` empties dist once; two configs cleaning would race
    target: 'es2022',
    splitting: false,
    treeshake: true,
  },
  {
    // The command: ESM only, with its shebang.
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
