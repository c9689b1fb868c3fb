/**
 * A tiny JSON Schema checker for the keywords our generated schemas use, so the
 * schema test needs no validator dependency. Any keyword it does not know is an
 * error: a new keyword in the generated schema must be taught here, not ignored.
 */

type JsonSchema = Record<string, unknown>;

/** Keywords that only annotate. */
const ANNOTATIONS = new Set(['$schema', '$id', '$comment', 'title', 'description']);
/** Keywords this checker enforces. */
const ASSERTIONS = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'minimum',
  'maximum',
  'minLength',
  'pattern',
]);

/**
 * Every violation of `schema` by `value`, as `path: problem` strings; empty when valid.
 *
 * @example
 * ```ts
 * schemaErrors({ type: 'integer', minimum: 1 }, 0); // ['$: 0 < minimum 1']
 * ```
 */
export function schemaErrors(schema: JsonSchema, value: unknown, path = '$'): string[] {
  const errors: string[] = [];
  for (const keyword of Object.keys(schema)) {
    if (!ANNOTATIONS.has(keyword) && !ASSERTIONS.has(keyword)) {
      errors.push(`${path}: unsupported keyword ${keyword}`);
    }
  }
  if ('type' in schema && !hasType(value, String(schema.type))) {
    return [...errors, `${path}: expected ${String(schema.type)}, got ${JSON.stringify(value)}`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) {
      errors.push(`${path}: ${value} < minimum ${schema.minimum}`);
    }
    if (typeof schema.maximum === 'number' && value > schema.maximum) {
      errors.push(`${path}: ${value} > maximum ${schema.maximum}`);
    }
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) {
      errors.push(`${path}: shorter than ${schema.minLength}`);
    }
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      errors.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
    }
  }
  if (Array.isArray(value) && isSchema(schema.items)) {
    const items = schema.items;
    value.forEach((item, index) => {
      errors.push(...schemaErrors(items, item, `${path}[${index}]`));
    });
  }
  if (isPlainObject(value)) errors.push(...objectErrors(schema, value, path));
  return errors;
}

function objectErrors(schema: JsonSchema, value: Record<string, unknown>, path: string): string[] {
  const errors: string[] = [];
  const properties = isSchema(schema.properties) ? schema.properties : {};
  for (const name of Array.isArray(schema.required) ? schema.required : []) {
    if (!(String(name) in value)) errors.push(`${path}: missing required ${String(name)}`);
  }
  for (const [name, propertyValue] of Object.entries(value)) {
    const propertySchema = properties[name];
    if (isSchema(propertySchema)) {
      errors.push(...schemaErrors(propertySchema, propertyValue, `${path}.${name}`));
    } else if (schema.additionalProperties === false) {
      errors.push(`${path}: unexpected property ${name}`);
    }
  }
  return errors;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return isPlainObject(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    default:
      throw new Error(`unsupported type ${type}`);
  }
}

function isSchema(value: unknown): value is JsonSchema {
  return isPlainObject(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
