/**
 * `--format parquet`: records as a typed Parquet file, written a row group at a time
 * with hyparquet-writer (pure JavaScript). Strings are UTF-8 (`arxivId` too), counts
 * INT32 with nulls, `listedAt` and `publishedAt` DATE (a date and time keeps its UTC
 * day), lists LIST<STRING>, `fixes` JSON.
 *
 * @module
 */
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import type { PaperRecord } from '../record/schema.js';
import { FIELDS, type FieldKind, type FieldName } from './fields.js';

/** Rows per row group: a few MB of text, and few enough groups for readers. */
export const ROW_GROUP_ROWS = 10_000;

type SchemaElement = ConstructorParameters<typeof ParquetWriter>[0]['schema'][number];

const MS_PER_DAY = 86_400_000;

/** Receives records; writes Parquet bytes through `write`. */
export interface ParquetOutput {
  record(record: PaperRecord): Promise<void> | undefined;
  end(): Promise<void> | undefined;
}

/**
 * Write records with `fields` as Parquet. `write` gets the bytes of each row group, and
 * of the header and footer; it may return a promise to wait on (backpressure).
 *
 * @example
 * ```ts
 * const parquet = createParquetOutput(['title', 'arxivId'], (bytes) => out.write(bytes));
 * await parquet.record(record);
 * await parquet.end();
 * ```
 */
export function createParquetOutput(
  fields: readonly FieldName[],
  write: (bytes: Uint8Array) => Promise<void> | undefined,
): ParquetOutput {
  const writer = new ByteWriter();
  const parquet = new ParquetWriter({
    writer,
    schema: parquetSchema(fields),
    createdBy: 'paper-listing',
  });
  const kinds = fields.map((name) => FIELDS[name]);
  let columns: unknown[][] = fields.map(() => []);
  let rows = 0;

  function drain(): Promise<void> | undefined {
    if (writer.index === 0) return undefined;
    const bytes = new Uint8Array(writer.buffer.slice(0, writer.index));
    writer.index = 0;
    return write(bytes);
  }

  function flushGroup(): Promise<void> | undefined {
    if (rows === 0) return drain();
    parquet.write({
      columnData: fields.map((name, index) => ({ name, data: columns[index] as unknown[] })),
      rowGroupSize: rows,
    });
    columns = fields.map(() => []);
    rows = 0;
    return drain();
  }

  return {
    record(record) {
      for (let index = 0; index < fields.length; index++) {
        const name = fields[index] as FieldName;
        (columns[index] as unknown[]).push(cellValue(record[name], kinds[index] as FieldKind));
      }
      rows++;
      return rows >= ROW_GROUP_ROWS ? flushGroup() : undefined;
    },
    end() {
      const pending = flushGroup();
      const finish = (): Promise<void> | undefined => {
        parquet.finish();
        return drain();
      };
      return pending === undefined ? finish() : pending.then(finish);
    },
  };
}

/**
 * A record value as hyparquet-writer takes it: dates as days since 1970 (a date and
 * time gives its day), everything else as is.
 *
 * @example
 * ```ts
 * cellValue('2024-07-25T13:00:00Z', 'datetime'); // 19929
 * ```
 */
function cellValue(value: unknown, kind: FieldKind): unknown {
  if (value === undefined) return null;
  if ((kind === 'date' || kind === 'datetime') && typeof value === 'string') {
    const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [
      number,
      number,
      number,
    ];
    return Date.UTC(year, month - 1, day) / MS_PER_DAY;
  }
  return value;
}

/**
 * The Parquet schema for `fields`.
 *
 * @example
 * ```ts
 * parquetSchema(['arxivId']); // [{ name: 'root', num_children: 1 }, { name: 'arxivId', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' }]
 * ```
 */
export function parquetSchema(fields: readonly FieldName[]): SchemaElement[] {
  const schema: SchemaElement[] = [{ name: 'root', num_children: fields.length }];
  for (const name of fields) schema.push(...columnSchema(name, FIELDS[name]));
  return schema;
}

function columnSchema(name: string, kind: FieldKind): SchemaElement[] {
  const utf8 = { type: 'BYTE_ARRAY', converted_type: 'UTF8' } as const;
  switch (kind) {
    case 'string':
      return [{ name, ...utf8, repetition_type: 'REQUIRED' }];
    case 'text':
    case 'partial':
      return [{ name, ...utf8, repetition_type: 'OPTIONAL' }];
    case 'int':
      return [{ name, type: 'INT32', repetition_type: 'REQUIRED' }];
    case 'count':
      return [{ name, type: 'INT32', repetition_type: 'OPTIONAL' }];
    case 'date':
    case 'datetime':
      return [{ name, type: 'INT32', converted_type: 'DATE', repetition_type: 'OPTIONAL' }];
    case 'json':
      return [{ name, type: 'BYTE_ARRAY', converted_type: 'JSON', repetition_type: 'OPTIONAL' }];
    case 'list':
    case 'nullable-list':
      return [
        {
          name,
          repetition_type: kind === 'list' ? 'REQUIRED' : 'OPTIONAL',
          converted_type: 'LIST',
          num_children: 1,
        },
        { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
        { name: 'element', ...utf8, repetition_type: 'REQUIRED' },
      ];
  }
}
