// Size budget for what a browser or bundler user pays: each entry below is bundled
// with its dependencies by esbuild (minified, tree-shaken, platform "browser", so a
// `node:` import in the core fails the check too) and gzipped with node:zlib.
// Entries with a budget fail the check when over it; the others are measured and
// printed for docs/package.md. Raise a budget only on purpose, in the same commit
// as the growth, with the reason in the commit message and docs/package.md.
//
// Usage: node scripts/size-budget.mjs [--json]   (after `npm run build`)
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The runtime dependencies: external when measuring only our own code. */
const DEPENDENCIES = [
  'zod',
  'entities',
  'mdast-util-from-markdown',
  'remark-parse',
  'unified',
  'parse5',
];

/**
 * What is measured. `budget` is in gzipped bytes; see docs/package.md for how each
 * was set. `ownCode` leaves the dependencies out, to watch the code we write.
 */
const TEXT_BUDGET = 42_000;

export const ENTRIES = [
  {
    // ~152 KiB when set: zod ~91, remark ~21, entities ~22, our code ~19. Raised for
    // issue 19 (HTML pages, Hub JSON): 175.9 KiB with parse5's tokenizer (~17 KiB, the
    // entities decoder now shared at ^9, which is itself ~8 KiB smaller) and ~9 KiB of
    // our code; about 10% headroom. docs/package.md has the numbers with and without
    // the HTML reader, and the layout that brings this down.
    name: 'paper-listing (every export)',
    source: "export * from './dist/index.js';",
    budget: 198_000,
  },
  {
    // The plain-text entry: no remark, no zod. Set at v0.1.0 plus ~10%.
    name: 'paper-listing/text (every export)',
    source: "export * from './dist/text.js';",
    budget: TEXT_BUDGET,
  },
  {
    name: 'paper-listing: parseListing only',
    source: "export { parseListing } from './dist/index.js';",
  },
  {
    name: 'paper-listing: own code, deps external',
    source: "export * from './dist/index.js';",
    ownCode: true,
    // 19.0 KiB when first set; 23.2 KiB once the stream, the remaining normalizer rules
    // and the other capture layouts landed (v0.1.0). 33.6 KiB with the HTML and Hub-JSON
    // readers, the JSON locator and the Hub schemas (issue 19). ~10% headroom on that.
    budget: 38_000,
  },
  {
    // The Markdown parser alone, without unified (the core uses unified + remark-parse).
    name: 'dep: mdast-util-from-markdown',
    source: "export { fromMarkdown } from 'mdast-util-from-markdown';",
  },
  {
    name: 'dep: unified + remark-parse',
    source:
      "import { unified } from 'unified'; import remarkParse from 'remark-parse';\n" +
      'export const processor = unified().use(remarkParse);',
  },
  {
    name: 'dep: entities (decodeHTMLStrict)',
    source: "export { decodeHTMLStrict } from 'entities';",
  },
  {
    // What the HTML layout adds: the WHATWG tokenizer and its foreign-content tables.
    name: 'dep: parse5 tokenizer (entities external)',
    source: "export { Tokenizer, TokenizerMode, foreignContent, html } from 'parse5';",
    external: ['entities'],
  },
  {
    name: 'dep: zod (classic API, as src/schema.ts uses it)',
    source: "import { z } from 'zod'; export const S = z.object({ a: z.string() });",
  },
  {
    name: 'dep: zod/mini (the same schema)',
    source: "import * as z from 'zod/mini'; export const S = z.object({ a: z.string() });",
  },
];

/**
 * Bundle `source` (resolved from the package root) and measure it.
 *
 * @param {string} source an ES module importing from the package
 * @param {boolean} [ownCode] leave the runtime dependencies out
 * @param {string[]} [external] packages to leave out otherwise
 * @returns {Promise<{ minified: number, gzipped: number }>}
 */
export async function measure(source, ownCode = false, external = []) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'js', sourcefile: 'entry.js' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    external: ownCode ? DEPENDENCIES : external,
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

async function main() {
  if (!existsSync(join(root, 'dist/index.js'))) {
    console.error('size-budget: dist/ is missing; run `npm run build` first');
    process.exit(1);
  }
  const rows = [];
  for (const entry of ENTRIES) {
    rows.push({ ...entry, ...(await measure(entry.source, entry.ownCode, entry.external)) });
  }
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(rows, null, 2));
  } else {
    const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`.padStart(10);
    console.log(`${'entry'.padEnd(50)}${'min'.padStart(10)}${'min+gz'.padStart(10)}  budget`);
    for (const row of rows) {
      const budget = row.budget === undefined ? '' : `${kb(row.budget).trim()}`;
      console.log(`${row.name.padEnd(50)}${kb(row.minified)}${kb(row.gzipped)}  ${budget}`);
    }
  }
  const over = rows.filter((row) => row.budget !== undefined && row.gzipped > row.budget);
  for (const row of over) {
    console.error(`size-budget: ${row.name} is ${row.gzipped} B gzipped, over ${row.budget} B`);
  }
  if (over.length > 0) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
