/**
 * The record contract through the BUILT CLI: every output format (JSON lines, JSON,
 * CSV, Parquet), read back as a user's tool reads it, validates against the shipped
 * `schema/record.schema.json` (ajv, draft 2020-12) and `PaperRecordSchema` (zod), for
 * every capture fixture of every layout.
 */
import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { FIELDS, type FieldName } from '../../src/cli/fields.js';
import { parseCsv } from '../cli/io.js';
import { jsonLines, runBuilt } from '../support/built-cli.js';
import { captureFixtures, RECORD_KEYS, recordProblems } from '../support/records.js';

const files = captureFixtures().map((name) => `fixtures/${name}`);
const ALL = [...RECORD_KEYS, 'rawTitle', 'rawAbstract', 'fixes'];

/** The JSON lines every other format is compared with, with --raw and --explain. */
const baseline = runBuilt(['--quiet', '--raw', '--explain', ...files]);
const records = jsonLines(baseline.text);

/** A CSV cell back to the record value, by the field's documented kind. */
function fromCell(cell: string, name: FieldName): unknown {
  const kind = FIELDS[name];
  if (kind === 'string') return cell;
  if (cell === '') return kind === 'list' ? [] : null;
  switch (kind) {
    case 'int':
    case 'count':
      return Number(cell);
    case 'list':
    case 'nullable-list':
    case 'json':
      return JSON.parse(cell);
    default:
      return cell;
  }
}

/** A Parquet row back to record values: DATE columns come back as Dates. */
function fromParquet(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key,
      value instanceof Date ? value.toISOString().slice(0, 10) : value,
    ]),
  );
}

async function readParquet(bytes: Buffer): Promise<Record<string, unknown>[]> {
  const file = new Uint8Array(bytes).buffer;
  return (await parquetReadObjects({ file })) as Record<string, unknown>[];
}

describe('records of every layout, in every format, against the shipped schema', () => {
  it('JSON lines: every key present, in order, valid', () => {
    expect(baseline.code).toBe(0);
    expect(records.length).toBeGreaterThan(370);
    for (const record of records) {
      expect(Object.keys(record)).toEqual(ALL);
      expect(recordProblems(record), String(record.title)).toEqual([]);
    }
    const plain = jsonLines(runBuilt(['--quiet', ...files]).text);
    for (const record of plain) expect(Object.keys(record)).toEqual(RECORD_KEYS);
    // links is always a list; arxivId is text whenever it is there.
    expect(records.every((r) => Array.isArray(r.links))).toBe(true);
    expect(records.filter((r) => typeof r.arxivId === 'string').length).toBeGreaterThan(100);
    expect(records.every((r) => r.arxivId === null || typeof r.arxivId === 'string')).toBe(true);
  });

  it('JSON: one array of the same records', () => {
    const run = runBuilt(['--quiet', '--format', 'json', '--raw', '--explain', ...files]);
    expect(JSON.parse(run.text)).toEqual(records);
  });

  it('CSV with every field: each row decodes to its record, valid', () => {
    const run = runBuilt(['--quiet', '--format', 'csv', '--fields', ALL.join(','), ...files]);
    const [header, ...rows] = parseCsv(run.text);
    expect(header).toEqual(ALL);
    expect(rows).toHaveLength(records.length);
    rows.forEach((row, index) => {
      const decoded = Object.fromEntries(
        ALL.map((name, i) => [name, fromCell(row[i] ?? '', name as FieldName)]),
      );
      expect(recordProblems(decoded)).toEqual([]);
      expect(decoded).toEqual(records[index]);
    });
    // arxivId is quoted, so readers that honour quotes keep "2207.06220" as text.
    expect(run.text).toMatch(/,"\d{4}\.\d{4,5}",/);
  });

  it('Parquet: typed columns that read back as the records', async () => {
    const run = runBuilt(['--quiet', '--format', 'parquet', '--raw', '--explain', ...files]);
    expect(run.code).toBe(0);
    expect(run.stdout.subarray(0, 4).toString()).toBe('PAR1');
    const rows = (await readParquet(run.stdout)).map(fromParquet);
    expect(rows).toHaveLength(records.length);
    rows.forEach((row, index) => {
      const record = records[index] ?? {};
      expect(recordProblems(row)).toEqual([]);
      // A publishedAt with a time keeps its day in the DATE column.
      const day = typeof record.publishedAt === 'string' ? record.publishedAt.slice(0, 10) : null;
      expect(row).toEqual({ ...record, publishedAt: day });
    });
  });
});

describe('--fields, in every format', () => {
  const fields = ['source', 'arxivId', 'upvotes', 'links', 'publishedAt'] as const;
  // Small captures with ids, upvotes, links and dates: the fields are the point here.
  const small = ['fixtures/handmade/bare-urls.txt', 'fixtures/handmade/trending.md'];
  const args = ['--quiet', '--fields', fields.join(','), ...small];
  const expected = jsonLines(runBuilt(['--quiet', ...small]).text).map((record) =>
    Object.fromEntries(fields.map((name) => [name, record[name]])),
  );

  it('JSON lines and JSON: exactly those keys, in that order, each valid', () => {
    const lines = jsonLines(runBuilt(args).text);
    expect(lines).toEqual(expected);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(fields);
      expect(recordProblems(line, fields)).toEqual([]);
    }
    expect(JSON.parse(runBuilt(['--format', 'json', ...args]).text)).toEqual(expected);
  });

  it('CSV and Parquet: exactly those columns', async () => {
    const [header, ...rows] = parseCsv(runBuilt(['--format', 'csv', ...args]).text);
    expect(header).toEqual(fields);
    expect(
      rows.map((row) => Object.fromEntries(fields.map((f, i) => [f, fromCell(row[i] ?? '', f)]))),
    ).toEqual(expected);
    const parquet = await readParquet(runBuilt(['--format', 'parquet', ...args]).stdout);
    expect(parquet.map(fromParquet)).toEqual(expected);
    for (const row of parquet) expect(Object.keys(row)).toEqual(fields);
  });
});
