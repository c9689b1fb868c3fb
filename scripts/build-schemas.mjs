// Write the JSON Schemas of `Paper` and `Listing` into `schema/`, generated from the
// zod schemas of the BUILT package (run after tsup: `npm run build`), so the shipped
// schemas describe exactly what the shipped code validates. zod stays the one source
// of truth; these files are for users in other languages and data-lake tooling.
//
// Usage: node scripts/build-schemas.mjs [path/to/entry.js]   (default: dist/index.js)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Which zod export becomes which file. */
export const SCHEMA_FILES = [
  { file: 'paper.schema.json', exportName: 'PaperSchema', title: 'Paper' },
  { file: 'listing.schema.json', exportName: 'ListingSchema', title: 'Listing' },
];

/**
 * The JSON Schema documents for the given module's zod schemas. The test suite calls
 * this with the source module, so the recipe lives in one place.
 *
 * @param {Record<string, unknown>} api the package's exports
 * @returns {{ file: string, schema: Record<string, unknown> }[]}
 */
export function jsonSchemas(api) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
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
        $comment: `Generated from paper-listing@${version} ${exportName} by scripts/build-schemas.mjs. Do not edit.`,
        ...rest,
      },
    };
  });
}

async function main() {
  const entry = resolve(root, process.argv[2] ?? 'dist/index.js');
  const api = await import(pathToFileURL(entry).href);
  const outDir = join(root, 'schema');
  mkdirSync(outDir, { recursive: true });
  for (const { file, schema } of jsonSchemas(api)) {
    writeFileSync(join(outDir, file), `${JSON.stringify(schema, null, 2)}\n`);
    console.log(`schema/${file}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
