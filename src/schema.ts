/**
 * zod schemas for everything `paper-listing` returns. The TypeScript types are
 * inferred from these, so the runtime check and the static type cannot drift.
 *
 * @module
 */
import { z } from 'zod';

/**
 * A place in the input: `line` and `column` are 1-based, `offset` is 0-based,
 * all counted in UTF-16 code units (as `String.prototype.slice` counts), as in unist.
 *
 * @example
 * ```ts
 * // In "new\nMar 11", the "M" of the date line is at:
 * const point: Point = { line: 2, column: 1, offset: 4 };
 * ```
 */
export const PointSchema = z
  .object({
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    offset: z.number().int().min(0),
  })
  .strict();

/**
 * A `[start, end)` range in the input. `input.slice(start.offset, end.offset)` is the
 * source text the range claims.
 *
 * @example
 * ```ts
 * const position: Position = {
 *   start: { line: 1, column: 1, offset: 0 },
 *   end: { line: 1, column: 4, offset: 3 },
 * };
 * ```
 */
export const PositionSchema = z.object({ start: PointSchema, end: PointSchema }).strict();

/**
 * A calendar date that may lack its year, as listing pages print them (`Mar 11`,
 * `Oct 7, 2023`).
 *
 * @example
 * ```ts
 * const printed: PartialDate = { month: 3, day: 11 };
 * const resolved: PartialDate = { year: 2025, month: 3, day: 11 };
 * ```
 */
export const PartialDateSchema = z
  .object({
    year: z.number().int().min(1000).max(9999).optional(),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
  })
  .strict();

/**
 * One change a normalization rule made. `start`/`end` are offsets into the text that
 * was normalized (for `explainNormalization`) or into the parsed input (for
 * `Paper.fixes`); the input sliced at `[start, end)` is `before`.
 *
 * @example
 * ```ts
 * const fix: Fix = { rule: 'times', start: 4, end: 9, before: 'times', after: '×' };
 * ```
 */
export const FixSchema = z
  .object({
    rule: z.string().min(1),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    before: z.string(),
    after: z.string(),
  })
  .strict();

/**
 * A fix on a paper: which field it changed, with offsets into the parsed input.
 *
 * @example
 * ```ts
 * const fix: PaperFix = { field: 'abstract', rule: 'times', start: 812, end: 817, before: 'times', after: '×' };
 * ```
 */
export const PaperFixSchema = FixSchema.extend({ field: z.enum(['title', 'abstract']) }).strict();

/**
 * The organization a paper card shows instead of an author list (Markdown captures).
 *
 * @example
 * ```ts
 * const org: Organization = { name: 'Carnegie Mellon University', url: 'https://huggingface.co/CarnegieMellonU' };
 * ```
 */
export const OrganizationSchema = z
  .object({ name: z.string().min(1), url: z.string().optional() })
  .strict();

/**
 * One paper card of a listing page.
 *
 * @example
 * ```ts
 * import { parseListing } from 'paper-listing';
 * const text = 'Mar 11\n\nAttention Is All You Need\n\nWe propose the Transformer. It is simple.\n';
 * const [paper] = parseListing(text).papers;
 * paper?.title; // 'Attention Is All You Need'
 * ```
 */
export const PaperSchema = z
  .object({
    /** The title, whitespace collapsed and (by default) normalized. */
    title: z.string().min(1),
    /** The abstract, whitespace collapsed and (by default) normalized; `''` when the card had none. */
    abstract: z.string(),
    /** The exact source text of the title and abstract, before any cleaning. */
    raw: z.object({ title: z.string(), abstract: z.string() }).strict(),
    /** The listing date of the page section the paper was found in. */
    listingDate: PartialDateSchema.optional(),
    /** `• 3 authors` → 3. */
    authorCount: z.number().int().min(0).optional(),
    /** The date printed on the card, with its year where printed or resolved. */
    published: PartialDateSchema.optional(),
    /** `published` as ISO `YYYY-MM-DD`, only when its year is known or resolved. */
    publishedAt: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    /** The card's comment count. */
    comments: z.number().int().min(0).optional(),
    /** The arXiv identifier, from the paper link (Markdown captures). */
    arxivId: z.string().optional(),
    /** The paper page on Hugging Face (Markdown captures). */
    url: z.string().optional(),
    /** The upvote count; absent when the card shows `-`. */
    upvotes: z.number().int().min(0).optional(),
    /** The organization the card shows, if any. */
    organization: OrganizationSchema.optional(),
    /** URLs the abstract mentions, the code repository first. */
    links: z.array(z.string()).optional(),
    /** What normalization changed, with offsets into the input. */
    fixes: z.array(PaperFixSchema).optional(),
    /** From the first character of the title to the last of the card's footer. */
    position: PositionSchema,
  })
  .strict();

/**
 * Codes of everything the parser reports instead of throwing. Closed: a new code is a
 * minor version bump, and `docs/diagnostics.md` explains each one.
 *
 * @example
 * ```ts
 * DiagnosticCodeSchema.options.includes('missing-abstract'); // true
 * const code: DiagnosticCode = 'unrecognized-line';
 * ```
 */
export const DiagnosticCodeSchema = z.enum([
  'missing-abstract',
  'orphan-abstract',
  'unrecognized-line',
  'unexpected-footer',
  'incomplete-footer',
  'invalid-date',
  'unknown-block',
  'unsupported-layout',
  'input-too-long',
  'block-too-large',
  'binary-input',
]);

/**
 * How bad a diagnostic is. `strict` mode throws at the first `error`.
 *
 * @example
 * ```ts
 * const errors = listing.diagnostics.filter((d) => d.severity === 'error');
 * SeveritySchema.parse('warning'); // 'warning'
 * ```
 */
export const SeveritySchema = z.enum(['error', 'warning']);

/**
 * Something the parser could not place, or placed with a guess.
 *
 * @example
 * ```ts
 * const d: Diagnostic = {
 *   code: 'unrecognized-line',
 *   severity: 'error',
 *   message: 'Line could not be placed: "-----"',
 *   position: { start: { line: 9, column: 1, offset: 120 }, end: { line: 9, column: 6, offset: 125 } },
 * };
 * ```
 */
export const DiagnosticSchema = z
  .object({
    code: DiagnosticCodeSchema,
    severity: SeveritySchema,
    message: z.string(),
    position: PositionSchema,
  })
  .strict();

/**
 * A line of page chrome (navigation, banners, the listing date line), kept so that
 * every non-blank input line is accounted for.
 *
 * @example
 * ```ts
 * const line: ChromeLine = { text: 'Subscribe', position: { start: { line: 5, column: 1, offset: 47 }, end: { line: 5, column: 10, offset: 56 } } };
 * ```
 */
export const ChromeLineSchema = z.object({ text: z.string(), position: PositionSchema }).strict();

/**
 * The result of `parseListing`.
 *
 * @example
 * ```ts
 * import { parseListing } from 'paper-listing';
 * const listing: Listing = parseListing('Mar 11\n');
 * listing.date; // { month: 3, day: 11 }
 * ```
 */
export const ListingSchema = z
  .object({
    /** The first listing date line of the input (`Mar 11`). */
    date: PartialDateSchema.optional(),
    papers: z.array(PaperSchema),
    /** Page chrome lines, including listing date lines. */
    chrome: z.array(ChromeLineSchema),
    diagnostics: z.array(DiagnosticSchema),
  })
  .strict();

export type Point = z.infer<typeof PointSchema>;
export type Position = z.infer<typeof PositionSchema>;
export type PartialDate = z.infer<typeof PartialDateSchema>;
export type Fix = z.infer<typeof FixSchema>;
export type PaperFix = z.infer<typeof PaperFixSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type Paper = z.infer<typeof PaperSchema>;
export type DiagnosticCode = z.infer<typeof DiagnosticCodeSchema>;
export type Severity = z.infer<typeof SeveritySchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type ChromeLine = z.infer<typeof ChromeLineSchema>;
export type Listing = z.infer<typeof ListingSchema>;
