/**
 * The record contract: what the `paper-listing` command writes, in every output format,
 * and what `toPaperRecord` and `mergeListings` give library users. zod schemas, so the
 * types, the runtime check and the shipped JSON Schema (`schema/record.schema.json`)
 * cannot drift.
 *
 * @module
 */
import { z } from 'zod';
import {
  DiagnosticSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  PaperFixSchema,
  PaperSchema,
  PartialDateSchema,
} from '../schema.js';

/**
 * A calendar date as ISO 8601 text, with its year (`2024-07-25`) or without one
 * (`--07-25`, ISO 8601's form for a month and day), as the page printed it.
 *
 * @example
 * ```ts
 * PartialIsoDateSchema.parse('--07-25'); // '--07-25'
 * PartialIsoDateSchema.parse('2024-07-25'); // '2024-07-25'
 * ```
 */
export const PartialIsoDateSchema = z.string().regex(/^(?:\d{4}|-)-\d{2}-\d{2}$/);

const count = z.number().int().min(0);
const line = z.number().int().min(1);

/**
 * One paper as a flat record: what the CLI writes as a JSON line, a CSV row or a Parquet
 * row, and what `toPaperRecord` returns. Every `Paper` field has a place; every key is
 * present, `null` when the page does not show it, so data tools see one shape. Lists
 * are arrays, empty when there is nothing. Only `rawTitle`, `rawAbstract` (`--raw`) and
 * `fixes` (`--explain`) are left out unless asked for.
 *
 * `listedAt` and `publishedAt` are ISO dates, `null` while the year is unknown; the
 * printed form, perhaps yearless (`--07-25`), stays in `listingDate` and `published`.
 *
 * @example
 * ```ts
 * import { PaperRecordSchema, parseListing, toPaperRecord } from 'paper-listing';
 * const [paper] = parseListing('Dec 11\n\nA Title\n\nAn abstract. It has two sentences.\n').papers;
 * const record = paper && toPaperRecord(paper, { source: 'a.txt' });
 * PaperRecordSchema.safeParse(record).success; // → true
 * [record?.listingDate, record?.listedAt, record?.links]; // → ['--12-11', null, []]
 * ```
 */
export const PaperRecordSchema = z
  .object({
    /** The input the paper was read from: a file name, `-` for stdin, or a capture's id. */
    source: z.string(),
    /** Every input the paper was seen in, `source` first: one unless merged. */
    sources: z.array(z.string()).min(1),
    /** The title, cleaned. */
    title: z.string().min(1),
    /** The abstract, cleaned; `''` when the card has none. */
    abstract: z.string(),
    /** The listing date of the paper's page section, as printed: `2024-12-11` or `--12-11`. */
    listingDate: PartialIsoDateSchema.nullable(),
    /** Every listing date the paper was seen on, earliest first: one unless merged. */
    listingDates: z.array(PartialIsoDateSchema),
    /** `listingDate` as an ISO date, `null` while its year is unknown. */
    listedAt: IsoDateSchema.nullable(),
    /** The authors' names, where the capture lists them. */
    authors: z.array(z.string()).nullable(),
    /** How many authors the card names. */
    authorCount: count.nullable(),
    /** The date printed on the card: `2023-10-07` or `--07-25`. */
    published: PartialIsoDateSchema.nullable(),
    /** `published` as an ISO date (or date and time), `null` while its year is unknown. */
    publishedAt: IsoDateTimeSchema.nullable(),
    /** The card's comment count. */
    comments: count.nullable(),
    /** The upvote count. */
    upvotes: count.nullable(),
    /** The arXiv identifier, always a string (`2207.06220`, never a number). */
    arxivId: z.string().nullable(),
    /** The paper page on Hugging Face. */
    url: z.string().nullable(),
    /** The paper's arXiv page. */
    arxivUrl: z.string().nullable(),
    /** The organization the card shows. */
    organization: z.string().min(1).nullable(),
    /** The organization's page. */
    organizationUrl: z.string().nullable(),
    /** Who submitted the paper. */
    submittedBy: z.string().nullable(),
    /** The code repository the card links. */
    githubUrl: z.string().nullable(),
    /** The star count beside the GitHub link. */
    githubStars: count.nullable(),
    /** The page's AI-generated summary. */
    aiSummary: z.string().nullable(),
    /** URLs the abstract mentions, the code repository first; `[]` when none. */
    links: z.array(z.string()),
    /** Where the card starts in `source`: 1-based line and column, 0-based offset. */
    line,
    column: line,
    offset: count,
    /** Where the card ends in `source`. */
    endLine: line,
    endColumn: line,
    endOffset: count,
    /** The title's exact source text (with `--raw`). */
    rawTitle: z.string().optional(),
    /** The abstract's exact source text (with `--raw`). */
    rawAbstract: z.string().optional(),
    /** What normalization changed, with offsets into `source` (with `--explain`). */
    fixes: z.array(PaperFixSchema).optional(),
  })
  .strict();

/**
 * A paper after `mergeListings`: the `Paper` from its first sighting (fields it lacked
 * filled in from later ones, counts from the latest), with where it was seen.
 *
 * @example
 * ```ts
 * const merged: MergedPaper = { ...paper, source: 'day1.md', sources: ['day1.md', 'day2.md'],
 *   listingDates: [{ year: 2024, month: 12, day: 10 }, { year: 2024, month: 12, day: 11 }] };
 * ```
 */
export const MergedPaperSchema = PaperSchema.extend({
  /** The input whose text and `position` the paper keeps: its first sighting's. */
  source: z.string(),
  /** Every input the paper was seen in, in input order, each once. */
  sources: z.array(z.string()).min(1),
  /** Every listing date the paper was seen on, each once, earliest first. */
  listingDates: z.array(PartialDateSchema),
}).strict();

/**
 * A diagnostic with the input it is about, for results that span several inputs.
 *
 * @example
 * ```ts
 * const found: SourcedDiagnostic = { ...diagnostic, source: 'day2.md' };
 * ```
 */
export const SourcedDiagnosticSchema = DiagnosticSchema.extend({ source: z.string() }).strict();

/**
 * The result of `mergeListings`: one paper per arXiv id (else per normalized title),
 * in the order first seen, and every input's diagnostics plus the merge's own.
 *
 * @example
 * ```ts
 * const merged: MergedListing = mergeListings([{ source: 'a.md', listing }]);
 * ```
 */
export const MergedListingSchema = z
  .object({
    papers: z.array(MergedPaperSchema),
    diagnostics: z.array(SourcedDiagnosticSchema),
  })
  .strict();

export type PaperRecord = z.infer<typeof PaperRecordSchema>;
export type MergedPaper = z.infer<typeof MergedPaperSchema>;
export type SourcedDiagnostic = z.infer<typeof SourcedDiagnosticSchema>;
export type MergedListing = z.infer<typeof MergedListingSchema>;
