/**
 * The record contract, as tests check it: the SHIPPED JSON Schema
 * (`schema/record.schema.json`) with a real draft 2020-12 validator (ajv), and the zod
 * schema, on every record. Shared by the unit tests and the end-to-end CLI tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { type PaperRecord, PaperRecordSchema } from '../../src/index.js';

const schemaPath = fileURLToPath(new URL('../../schema/record.schema.json', import.meta.url));

/** The shipped record schema, as a user reads it from the package. */
export const RECORD_JSON_SCHEMA = JSON.parse(readFileSync(schemaPath, 'utf8')) as {
  properties: Record<string, object>;
  required: string[];
};

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validateFull = ajv.compile(RECORD_JSON_SCHEMA);

/** Every key a record has without --raw/--explain, in order. */
export const RECORD_KEYS: readonly string[] = RECORD_JSON_SCHEMA.required;

/**
 * Problems ajv and zod find in `record`, as strings; empty when both accept it. With
 * `fields`, the record is a projection (`--fields`): exactly those keys, each valid.
 */
export function recordProblems(record: unknown, fields?: readonly string[]): string[] {
  const problems: string[] = [];
  if (fields === undefined) {
    if (!validateFull(record)) {
      problems.push(
        ...(validateFull.errors ?? []).map((e) => `ajv ${e.instancePath} ${e.message}`),
      );
    }
    const parsed = PaperRecordSchema.safeParse(record);
    if (!parsed.success)
      problems.push(...parsed.error.issues.map((i) => `zod ${i.path} ${i.message}`));
    return problems;
  }
  const validate = ajv.compile({
    ...RECORD_JSON_SCHEMA,
    $comment: undefined,
    properties: Object.fromEntries(fields.map((f) => [f, RECORD_JSON_SCHEMA.properties[f]])),
    required: [...fields],
  });
  if (!validate(record)) {
    problems.push(...(validate.errors ?? []).map((e) => `ajv ${e.instancePath} ${e.message}`));
  }
  const mask = Object.fromEntries(fields.map((f) => [f, true])) as {
    [K in keyof PaperRecord]?: true;
  };
  const parsed = PaperRecordSchema.pick(mask).strict().safeParse(record);
  if (!parsed.success)
    problems.push(...parsed.error.issues.map((i) => `zod ${i.path} ${i.message}`));
  return problems;
}

/** Every capture fixture of every layout (new layouts' fixtures are picked up too). */
export function captureFixtures(): string[] {
  const root = fileURLToPath(new URL('../../fixtures/', import.meta.url));
  const top = readdirSync(root).filter((name) => /\.(txt|md|html|json)$/.test(name));
  const handmade = readdirSync(`${root}handmade`)
    .filter((name) => name !== 'README.md' && /\.\w+$/.test(name))
    .map((name) => `handmade/${name}`);
  // The layout fixtures: every capture, not the labels, notes or generator scripts.
  const layouts = readdirSync(`${root}handmade/layouts`, { recursive: true, encoding: 'utf8' })
    .filter(
      (name) => /\.(txt|md)$/.test(name) && !name.startsWith('make') && !name.endsWith('README.md'),
    )
    .map((name) => `handmade/layouts/${name}`);
  return [...top, ...handmade, ...layouts];
}
