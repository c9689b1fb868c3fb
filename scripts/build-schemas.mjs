// Write the JSON Schemas of `Paper` and `Listing` into `schema/`, generated from the
// zod schemas of the BUILT package (run after tsup: `npm run build`), so the shipped
// schemas describe exactly what the shipped code validates. zod stays the one source
// of truth; these files are for users in other languages and data-lake tooling.
// The files are committed so that a schema change shows up in review as the API
// change it is; test/package/json-schema.test.ts fails when they are stale.
//
// Usage: node scripts/build-schemas.mjs [path/to/entry.js]   (default: dist/index.js)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Which zod export becomes which file. */
export const SCHEMA_FILES = [
  { file: 'paper.schema.json', exportName: 'PaperSchema', title: 'Paper' },
  { file: 'listing.schema.json', exportName: 'ListingSchema', title: 'Listing' },
  { file: 'record.schema.json', exportName: 'PaperRecordSchema', title: 'PaperRecord' },
];

/**
 * The JSON Schema documents for the given module's zod schemas. The test suite calls
 * this with the source module, so the recipe lives in one place.
 *
 * @param {Record<string, unknown>} api the package's exports
 * @returns {{ file: string, schema: Record<string, unknown> }[]}
 */
export function jsonSchemas(api) {
  return SCHEMA_FILES.map(({ file, exportName, title }) => {
    const zodSchema = api[exportName];
    if (!(zodSchema instanceof z.ZodType)) throw new Error(`${exportName} is not a zod schema`);
    // `io: 'output'`: describe what parseListing returns. `unrepresentable: 'throw'`:
    // a schema feature JSON Schema cannot express must fail the build, not vanish.
    const generated = z.toJSONSchema(zodSchema, {
      target: 'draft-2020-12',
      io: 'output',
      unrepresentable: 'throw',
    });
    const { $schema, ...rest } = generated;
    return {
      file,
      schema: {
        $schema,
        title,
        $comment: `Generated from paper-listing's ${exportName} by scripts/build-schemas.mjs (npm run build). Do not edit.`,
        ...rest,
      },
    };
  });
}

const LINE_WIDTH = 100;

/**
 * JSON laid out the way the repository's formatter (biome) lays it out: objects
 * expanded, arrays of scalars on one line when they fit. So a generated file never
 * fails `biome check`, wherever it sits.
 *
 * @param {unknown} value
 * @param {string} indent the current line's indentation
 * @param {number} used columns already taken on the current line (indent, key, comma)
 * @returns {string}
 */
export function formatJson(value, indent = '', used = 0) {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((item) => item === null || typeof item !== 'object')) {
      const flat = `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
      if (used + flat.length + 1 <= LINE_WIDTH) return flat;
    }
    const items = value.map((item) => `${inner}${formatJson(item, inner, inner.length + 1)}`);
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([key, item]) => {
      const head = `${inner}${JSON.stringify(key)}: `;
      return `${head}${formatJson(item, inner, head.length + 1)}`;
    });
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

async function main() {
  const entry = resolve(root, process.argv[2] ?? 'dist/index.js');
  const api = await import(pathToFileURL(entry).href);
  const outDir = join(root, 'schema');
  mkdirSync(outDir, { recursive: true });
  for (const { file, schema } of jsonSchemas(api)) {
    writeFileSync(join(outDir, file), `${formatJson(schema)}\n`);
    console.log(`schema/${file}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
