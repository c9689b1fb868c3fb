/**
 * Output formats. A record becomes text on its own (`createRecordEncoder`, which a
 * worker runs), and the format's framing (a JSON array's brackets, CSV's header) is
 * added in input order where output is written (`createFraming`). Parquet is binary
 * and has its own writer (`parquet.ts`).
 *
 * @module
 */
import type { PaperRecord } from '../record/schema.js';
import { cellText, csvRow } from './csv.js';
import { FIELD_NAMES, FIELDS, type FieldName } from './fields.js';
import { toJson } from './json.js';

/** Fields every record has, whatever was asked for. */
const BASE_FIELDS = FIELD_NAMES.length - 3;

/** `--format` values. */
export type OutputFormat = 'jsonl' | 'json' | 'csv' | 'parquet';

/** Text formats: each record is text of its own. */
export type TextFormat = Exclude<OutputFormat, 'parquet'>;

/**
 * The text for one record in `format`, with only `fields`, in their order.
 *
 * @example
 * ```ts
 * createRecordEncoder('jsonl', ['title', 'arxivId'])(record); // '{"title":"A","arxivId":"2207.06220"}\n'
 * createRecordEncoder('csv', ['title', 'arxivId'])(record); // 'A,"2207.06220"\n'
 * ```
 */
export function createRecordEncoder(
  format: TextFormat,
  fields: readonly FieldName[],
): (record: PaperRecord) => string {
  const project = projector(fields);
  switch (format) {
    case 'jsonl':
      return (record) => `${toJson(project(record))}\n`;
    case 'json':
      return (record) => toJson(project(record));
    case 'csv': {
      const kinds = fields.map((name) => FIELDS[name]);
      const quoted = fields.map((name) => name === 'arxivId');
      return (record) =>
        csvRow(
          fields.map((name, index) => cellText(record[name], kinds[index] ?? 'text')),
          quoted,
        );
    }
  }
}

/**
 * A record with only `fields`, in their order: the record itself when that is every
 * field it has, in order (the default for JSON).
 *
 * @example
 * ```ts
 * projector(['title'])(record); // { title: 'A' }
 * ```
 */
export function projector(
  fields: readonly FieldName[],
): (record: PaperRecord) => Partial<PaperRecord> {
  const whole = FIELD_NAMES.filter((name) => fields.includes(name));
  const inOrder = whole.length === fields.length && whole.every((name, i) => fields[i] === name);
  // Records are built with every base field, plus the raw pair and `fixes` when named:
  // when `fields` is exactly that, in order, the record is its own projection.
  const raw = fields.includes('rawTitle');
  const identity =
    inOrder &&
    raw === fields.includes('rawAbstract') &&
    fields.length === BASE_FIELDS + (raw ? 2 : 0) + (fields.includes('fixes') ? 1 : 0);
  return (record) => {
    if (identity) return record;
    const picked: Record<string, unknown> = {};
    for (const name of fields) picked[name] = record[name] ?? null;
    return picked as Partial<PaperRecord>;
  };
}

/** The text around records: before each one, and at the end. */
export interface Framing {
  /** The text to write for the next record's encoded text. */
  record(text: string): string;
  /** The text that ends the output. */
  end(): string;
}

/**
 * The framing of `format`: JSON's `[`, commas and `]`; CSV's header row.
 *
 * @example
 * ```ts
 * const json = createFraming('json', []);
 * json.record('{"a":1}') + json.record('{"a":2}') + json.end(); // '[\n{"a":1},\n{"a":2}\n]\n'
 * ```
 */
export function createFraming(format: TextFormat, fields: readonly FieldName[]): Framing {
  let count = 0;
  switch (format) {
    case 'jsonl':
      return { record: (text) => text, end: () => '' };
    case 'json':
      return {
        record: (text) => `${count++ === 0 ? '[\n' : ',\n'}${text}`,
        end: () => (count === 0 ? '[]\n' : '\n]\n'),
      };
    case 'csv': {
      const header = csvRow(fields, []);
      return {
        record: (text) => (count++ === 0 ? header + text : text),
        end: () => (count === 0 ? header : ''),
      };
    }
  }
}
