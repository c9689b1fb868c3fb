/**
 * JSON text for the CLI's records, byte for byte what `JSON.stringify(value)` gives,
 * in about half its time on papers. Three things make it cheaper:
 *
 * - a string with nothing to escape is quoted as it is. Native searches find what JSON
 *   escapes faster than `JSON.stringify`'s per-character escaping;
 * - a long string met twice in one record is escaped once. Most papers' `raw.abstract`
 *   equals their `abstract`, and the two are most of a paper's text;
 * - property names are quoted once per process, not once per record.
 *
 * @module
 */

/** C0 controls, which JSON escapes. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the controls are what JSON escapes.
const CONTROL = /[\u0000-\u001f]/;

/** Property names seen, as JSON literals; a record has a few dozen, always the same. */
const KEY_LITERALS = new Map<string, string>();

/** The cache stops growing here, in case a record's keys are data. */
const MAX_KEYS = 1024;

/** `String.prototype.isWellFormed`: ES2024, in Node 20, but not in this project's ES2022 lib. */
const { isWellFormed } = String.prototype as unknown as { isWellFormed(this: string): boolean };

/** Shorter strings are not worth remembering: comparing costs more than escaping. */
const REMEMBER_FROM = 64;

/** Long strings remembered per record, the first ones met. */
const REMEMBER_AT_MOST = 4;

/**
 * `record` as JSON text, equal to `JSON.stringify(record)` for the JSON-shaped values
 * the CLI writes: plain objects and arrays of strings, numbers, booleans, `null` and
 * `undefined` (left out of objects, `null` in arrays).
 *
 * @example
 * ```ts
 * toJson({ title: 'A "B"', raw: { title: 'A "B"' }, n: 2, gone: undefined });
 * // '{"title":"A \\"B\\"","raw":{"title":"A \\"B\\""},"n":2}'
 * ```
 */
export function toJson(record: object): string {
  return write(record, []) ?? 'null';
}

/** JSON text for `value`, or `undefined` where `JSON.stringify` leaves it out. */
function write(value: unknown, seen: string[]): string | undefined {
  switch (typeof value) {
    case 'string':
      return quote(value, seen);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? array(value, seen) : object(value, seen);
    default:
      // undefined, functions, symbols; bigint throws in JSON.stringify, so it does here.
      return JSON.stringify(value);
  }
}

/**
 * @example
 * ```ts
 * array([1, undefined, 'a'], []); // '[1,null,"a"]'
 * ```
 */
function array(items: readonly unknown[], seen: string[]): string {
  let text = '[';
  for (let index = 0; index < items.length; index++) {
    if (index > 0) text += ',';
    text += write(items[index], seen) ?? 'null';
  }
  return `${text}]`;
}

/**
 * @example
 * ```ts
 * object({ a: 1, b: undefined }, []); // '{"a":1}'
 * ```
 */
function object(record: object, seen: string[]): string {
  if (typeof (record as { toJSON?: unknown }).toJSON === 'function') {
    return JSON.stringify(record);
  }
  let text = '{';
  for (const key of Object.keys(record)) {
    const json = write((record as Record<string, unknown>)[key], seen);
    if (json === undefined) continue;
    if (text.length > 1) text += ',';
    text += `${keyLiteral(key)}:${json}`;
  }
  return `${text}}`;
}

/**
 * A JSON string literal; long strings already quoted in this record are found in
 * `seen`, which holds pairs of string and literal.
 *
 * @example
 * ```ts
 * quote('plain', []); // '"plain"'
 * quote('tab\there', []); // '"tab\\there"'
 * ```
 */
function quote(text: string, seen: string[]): string {
  if (text.length < REMEMBER_FROM) return literal(text);
  for (let index = 0; index < seen.length; index += 2) {
    if (seen[index] === text) return seen[index + 1] as string;
  }
  const json = literal(text);
  // Bounded, so a record with thousands of long strings (an abstract's links) stays
  // linear; the abstract and its `raw` copy come first, so they are always remembered.
  if (seen.length < 2 * REMEMBER_AT_MOST) seen.push(text, json);
  return json;
}

/**
 * @example
 * ```ts
 * keyLiteral('title'); // '"title"', from the cache from the second time on
 * ```
 */
function keyLiteral(key: string): string {
  let json = KEY_LITERALS.get(key);
  if (json === undefined) {
    json = literal(key);
    if (KEY_LITERALS.size < MAX_KEYS) KEY_LITERALS.set(key, json);
  }
  return json;
}

/**
 * `"` and `\` are found by `indexOf`, lone surrogates by `isWellFormed` (at once for a
 * string V8 keeps one byte per character), controls by one small class: four native
 * searches cost less than one regular expression for all of it.
 *
 * @example
 * ```ts
 * literal('2.44×'); // '"2.44×"'
 * literal('lone \ud800'); // '"lone \\ud800"'
 * ```
 */
function literal(text: string): string {
  const clean =
    text.indexOf('"') === -1 &&
    text.indexOf('\\') === -1 &&
    !CONTROL.test(text) &&
    isWellFormed.call(text);
  return clean ? `"${text}"` : JSON.stringify(text);
}
