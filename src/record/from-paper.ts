/**
 * `toPaperRecord`: a `Paper` (or a merged one) as the flat record the CLI writes.
 *
 * @module
 */
import type { Paper } from '../schema.js';
import { partialIsoDate } from './partial-date.js';
import type { MergedPaper, PaperRecord } from './schema.js';

/**
 * How a paper becomes a record.
 *
 * @example
 * ```ts
 * const options: RecordOptions = { source: 'day1.md', raw: true, explain: false };
 * ```
 */
export interface RecordOptions {
  /** The input the paper came from (a merged paper's own `source` wins). */
  readonly source: string;
  /** Add `rawTitle` and `rawAbstract`, the exact source text. Default `false`. */
  readonly raw?: boolean;
  /** Add `fixes` (an empty array when normalization changed nothing). Default `false`. */
  readonly explain?: boolean;
}

/**
 * The record for `paper`: every field present (`null` when the page does not show it),
 * `links` always an array, positions flattened, dates as ISO text. A `MergedPaper` keeps
 * its `source`, `sources` and `listingDates`.
 *
 * @example
 * ```ts
 * import { parseListing, toPaperRecord } from 'paper-listing';
 * const text = 'Dec 11\n\nA Title\n\nAn abstract. It has two sentences.\n\n  • 3 authors\n·\nJul 25\n';
 * const [paper] = parseListing(text, { referenceDate: '2024-12-11' }).papers;
 * const record = paper && toPaperRecord(paper, { source: 'a.txt' });
 * [record?.listedAt, record?.publishedAt, record?.authorCount, record?.comments]; // → ['2024-12-11', '2024-07-25', 3, null]
 * [record?.sources, record?.listingDates, record?.line]; // → [['a.txt'], ['2024-12-11'], 3]
 * ```
 */
export function toPaperRecord(paper: Paper | MergedPaper, options: RecordOptions): PaperRecord {
  const merged = 'sources' in paper ? paper : undefined;
  const source = merged?.source ?? options.source;
  const listingDate = paper.listingDate === undefined ? null : partialIsoDate(paper.listingDate);
  const { start, end } = paper.position;
  // Keys in schema order: every record reads the same, and JSON text keeps this order.
  const record: PaperRecord = {
    source,
    sources: merged?.sources ?? [source],
    title: paper.title,
    abstract: paper.abstract,
    listingDate,
    listingDates:
      merged?.listingDates.map(partialIsoDate) ?? (listingDate === null ? [] : [listingDate]),
    listedAt: paper.listedAt ?? null,
    authors: paper.authors ?? null,
    authorCount: paper.authorCount ?? null,
    published: paper.published === undefined ? null : partialIsoDate(paper.published),
    publishedAt: paper.publishedAt ?? null,
    comments: paper.comments ?? null,
    upvotes: paper.upvotes ?? null,
    arxivId: paper.arxivId ?? null,
    url: paper.url ?? null,
    arxivUrl: paper.arxivUrl ?? null,
    organization: paper.organization?.name ?? null,
    organizationUrl: paper.organization?.url ?? null,
    submittedBy: paper.submittedBy ?? null,
    githubUrl: paper.githubUrl ?? null,
    githubStars: paper.githubStars ?? null,
    aiSummary: paper.aiSummary ?? null,
    links: paper.links ?? [],
    line: start.line,
    column: start.column,
    offset: start.offset,
    endLine: end.line,
    endColumn: end.column,
    endOffset: end.offset,
  };
  if (options.raw === true) {
    record.rawTitle = paper.raw.title;
    record.rawAbstract = paper.raw.abstract;
  }
  if (options.explain === true) record.fixes = paper.fixes ?? [];
  return record;
}
