/**
 * CSV columns: a name, and how to read it from a paper. One table, so `--help`,
 * `--fields` and `docs/cli.md` list the same names.
 *
 * @module
 */
import type { Paper, PartialDate } from '../schema.js';

/** A paper as the CLI writes it: with the input it came from. */
export type SourcedPaper = Paper & { readonly source: string };

type Cell = string | number | undefined;

/**
 * A partial date as ISO 8601: `2024-03-11`, or `--03-11` when the year is unknown.
 *
 * @example
 * ```ts
 * isoDate({ month: 3, day: 11 }); // '--03-11'
 * ```
 */
export function isoDate(date: PartialDate | undefined): string | undefined {
  if (date === undefined) return undefined;
  const month = String(date.month).padStart(2, '0');
  const day = String(date.day).padStart(2, '0');
  return `${date.year === undefined ? '-' : String(date.year).padStart(4, '0')}-${month}-${day}`;
}

/** Every column `--fields` accepts. */
export const FIELDS: Readonly<Record<string, (paper: SourcedPaper) => Cell>> = {
  source: (p) => p.source,
  line: (p) => p.position.start.line,
  column: (p) => p.position.start.column,
  offset: (p) => p.position.start.offset,
  endOffset: (p) => p.position.end.offset,
  title: (p) => p.title,
  abstract: (p) => p.abstract,
  rawTitle: (p) => p.raw.title,
  rawAbstract: (p) => p.raw.abstract,
  listingDate: (p) => isoDate(p.listingDate),
  published: (p) => isoDate(p.published),
  publishedAt: (p) => p.publishedAt,
  authorCount: (p) => p.authorCount,
  comments: (p) => p.comments,
  upvotes: (p) => p.upvotes,
  arxivId: (p) => p.arxivId,
  url: (p) => p.url,
  organization: (p) => p.organization?.name,
  organizationUrl: (p) => p.organization?.url,
  authors: (p) => p.authors?.join('; '),
  arxivUrl: (p) => p.arxivUrl,
  submittedBy: (p) => p.submittedBy,
  githubUrl: (p) => p.githubUrl,
  githubStars: (p) => p.githubStars,
  aiSummary: (p) => p.aiSummary,
  links: (p) => p.links?.join(' '),
  fixes: (p) => (p.fixes === undefined ? undefined : JSON.stringify(p.fixes)),
};

/** The columns without `--fields`. */
export const DEFAULT_FIELDS: readonly string[] = [
  'source',
  'line',
  'title',
  'published',
  'authorCount',
  'comments',
  'upvotes',
  'arxivId',
  'url',
  'abstract',
];
