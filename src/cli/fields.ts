/**
 * The record's fields as the CLI writes them: a name (a `PaperRecord` key) and a kind,
 * which says how each output format types it. One table, so `--fields`, `--help`, the
 * CSV cells, the Parquet columns and `docs/cli.md` agree.
 *
 * @module
 */
import type { RecordOptions } from '../record/from-paper.js';
import type { PaperRecord } from '../record/schema.js';

/** What a field holds, and so how CSV and Parquet write it. */
export type FieldKind =
  /** Text, always present. */
  | 'string'
  /** Text or `null`. */
  | 'text'
  /** A whole number, always present (positions). */
  | 'int'
  /** A count or `null`. */
  | 'count'
  /** An ISO date or `null`: a Parquet DATE. */
  | 'date'
  /** An ISO date, or date and time, or `null`: a Parquet DATE holding its day. */
  | 'datetime'
  /** A printed date, `2024-07-25` or `--07-25`, or `null`: text everywhere. */
  | 'partial'
  /** A list of strings, `[]` when empty. */
  | 'list'
  /** A list of strings or `null`. */
  | 'nullable-list'
  /** `fixes`: a list of objects, JSON text in CSV and Parquet. */
  | 'json';

/** Every field, in record order, with its kind. */
export const FIELDS: Readonly<Record<keyof PaperRecord, FieldKind>> = {
  source: 'string',
  sources: 'list',
  title: 'string',
  abstract: 'string',
  listingDate: 'partial',
  listingDates: 'list',
  listedAt: 'date',
  authors: 'nullable-list',
  authorCount: 'count',
  published: 'partial',
  publishedAt: 'datetime',
  comments: 'count',
  upvotes: 'count',
  arxivId: 'text',
  url: 'text',
  arxivUrl: 'text',
  organization: 'text',
  organizationUrl: 'text',
  submittedBy: 'text',
  githubUrl: 'text',
  githubStars: 'count',
  aiSummary: 'text',
  links: 'list',
  line: 'int',
  column: 'int',
  offset: 'int',
  endLine: 'int',
  endColumn: 'int',
  endOffset: 'int',
  rawTitle: 'string',
  rawAbstract: 'string',
  fixes: 'json',
};

/** A field name. */
export type FieldName = keyof PaperRecord;

/** The names `--fields` accepts. */
export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

/** Fields written only when asked for (`--raw`, `--explain`, or `--fields`). */
const ON_REQUEST: ReadonlySet<FieldName> = new Set(['rawTitle', 'rawAbstract', 'fixes']);

/** CSV's columns without `--fields`: the ones a spreadsheet wants first. */
export const CSV_DEFAULT_FIELDS: readonly FieldName[] = [
  'source',
  'line',
  'title',
  'listedAt',
  'publishedAt',
  'authorCount',
  'comments',
  'upvotes',
  'arxivId',
  'url',
  'abstract',
];

/**
 * The fields to write: `--fields` as given, else the format's default (every field for
 * JSON and Parquet); then `rawTitle`/`rawAbstract` with `--raw` and `fixes` with
 * `--explain`, unless already named.
 *
 * @example
 * ```ts
 * chooseFields(undefined, 'csv', { raw: true, explain: false }); // [...CSV_DEFAULT_FIELDS, 'rawTitle', 'rawAbstract']
 * chooseFields(['title'], 'jsonl', { raw: false, explain: true }); // ['title', 'fixes']
 * ```
 */
export function chooseFields(
  fields: readonly FieldName[] | undefined,
  format: string,
  flags: { readonly raw: boolean; readonly explain: boolean },
): readonly FieldName[] {
  const base =
    fields ??
    (format === 'csv' ? CSV_DEFAULT_FIELDS : FIELD_NAMES.filter((name) => !ON_REQUEST.has(name)));
  const asked: FieldName[] = [
    ...(flags.raw ? (['rawTitle', 'rawAbstract'] as const) : []),
    ...(flags.explain ? (['fixes'] as const) : []),
  ];
  return [...base, ...asked.filter((name) => !base.includes(name))];
}

/**
 * Parse `--fields`: comma-separated names. Returns the names, or the first unknown one.
 *
 * @example
 * ```ts
 * parseFieldList('title, arxivId'); // { fields: ['title', 'arxivId'] }
 * parseFieldList('title,color'); // { unknown: 'color' }
 * ```
 */
export function parseFieldList(
  value: string,
): { readonly fields: FieldName[] } | { readonly unknown: string } {
  const names = value.split(',').map((name) => name.trim());
  const unknown = names.find((name) => !Object.hasOwn(FIELDS, name));
  if (unknown !== undefined) return { unknown };
  return { fields: names as FieldName[] };
}

/**
 * How to build records that hold `fields`: the raw text and the fixes only when named.
 *
 * @example
 * ```ts
 * recordOptionsFor('a.txt', ['title', 'fixes']); // { source: 'a.txt', raw: false, explain: true }
 * ```
 */
export function recordOptionsFor(source: string, fields: readonly FieldName[]): RecordOptions {
  return {
    source,
    raw: fields.includes('rawTitle') || fields.includes('rawAbstract'),
    explain: fields.includes('fixes'),
  };
}
