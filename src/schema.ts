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
 * An ISO calendar date, `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * IsoDateSchema.parse('2026-10-04'); // '2026-10-04'
 * ```
 */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * An ISO calendar date, or an ISO date and UTC time where the capture gives one.
 *
 * @example
 * ```ts
 * IsoDateTimeSchema.parse('2026-10-04'); // '2026-10-04'
 * IsoDateTimeSchema.parse('2026-10-04T13:00:00.000Z'); // '2026-10-04T13:00:00.000Z'
 * ```
 */
export const IsoDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/);

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
    /** `listingDate` as ISO `YYYY-MM-DD`, only when its year is known or resolved. */
    listedAt: IsoDateSchema.optional(),
    /** The authors' names, where the capture lists them (HTML page data, Hub JSON). */
    authors: z.array(z.string()).optional(),
    /** `• 3 authors` → 3; the length of `authors` where names are listed. */
    authorCount: z.number().int().min(0).optional(),
    /** The date printed on the card, with its year where printed or resolved. */
    published: PartialDateSchema.optional(),
    /**
     * `published` as ISO `YYYY-MM-DD`, only when its year is known or resolved; the full
     * ISO date and time (`2026-10-04T13:00:00.000Z`) where the capture gives one.
     */
    publishedAt: IsoDateTimeSchema.optional(),
    /** The card's comment count. */
    comments: z.number().int().min(0).optional(),
    /** The arXiv identifier, from the paper link (Markdown captures). */
    arxivId: z.string().optional(),
    /** The paper page on Hugging Face (`https://huggingface.co/papers/<id>`). */
    url: z.string().optional(),
    /** The paper's arXiv page, where the card links it (`[arXiv Page](…)`). */
    arxivUrl: z.string().optional(),
    /** The upvote count; absent when the card shows `-`. */
    upvotes: z.number().int().min(0).optional(),
    /** The organization the card shows, if any. */
    organization: OrganizationSchema.optional(),
    /** The user who submitted the paper (`Submitted by <user>`). */
    submittedBy: z.string().optional(),
    /** The code repository the card links (`[GitHub 131](…)`). */
    githubUrl: z.string().optional(),
    /** The star count the card shows beside its GitHub link (`GitHub 3.29k` → 3290). */
    githubStars: z.number().int().min(0).optional(),
    /**
     * The page's AI-generated summary, where the capture has one: HTML page data, Hub JSON,
     * a paper's page, or a card's `AI Generated Summary` section (an MCP search's cards).
     */
    aiSummary: z.string().optional(),
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
  'mismatched-link',
  'glued-page',
  'mojibake-repaired',
  'decoded-windows-1252',
  'conflicting-title',
  'invalid-json',
  'invalid-entry',
  'invalid-field',
  'no-paper-data',
  'rendered-cards-only',
  'cards-data-mismatch',
  'markdown-cut',
  'markdown-not-parsed',
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
 * The layouts `parseListing` reads: what `Listing.layout` reports.
 *
 * @example
 * ```ts
 * LayoutSchema.options.includes('markdown'); // true
 * ```
 */
export const LayoutSchema = z.enum([
  'text',
  'markdown',
  'bare-urls',
  'reflinks',
  'html',
  'hub-json',
]);

/**
 * The kind of page a capture holds where it is not a listing (`Listing.page`).
 *
 * @example
 * ```ts
 * PageKindSchema.options; // ['paper', 'items']
 * ```
 */
export const PageKindSchema = z.enum(['paper', 'items']);

/**
 * What a capture says about itself: the page's URL and title, and when it was captured,
 * from front matter (`url:`, `retrieved:`), a capture envelope (`- URL: …`,
 * `- Captured (UTC): …`) or an HTML page's head.
 *
 * @example
 * ```ts
 * const metadata: CaptureMetadata = {
 *   url: 'https://huggingface.co/papers?date=2026-10-02',
 *   capturedAt: '2026-10-02',
 * };
 * ```
 */
export const CaptureMetadataSchema = z
  .object({
    /** The captured page's URL. */
    url: z.string().optional(),
    /** The captured page's title. */
    title: z.string().optional(),
    /** When the page was captured: an ISO date, or date and time, as the capture states it. */
    capturedAt: IsoDateTimeSchema.optional(),
  })
  .strict();

/**
 * The date yearless dates were resolved against, and its source: the `referenceDate`
 * option, else the capture's own date (front matter, envelope, the page URL's date or
 * the page data).
 *
 * @example
 * ```ts
 * const reference: ReferenceDate = { date: '2026-10-02', source: 'front-matter' };
 * ```
 */
export const ReferenceDateSchema = z
  .object({
    date: IsoDateSchema,
    source: z.enum(['option', 'front-matter', 'envelope', 'url', 'page-data']),
  })
  .strict();

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
    /** The layout that was read (detected, or given as `format`). */
    layout: LayoutSchema.optional(),
    /** What the capture says about itself: its front matter, envelope or HTML head. */
    metadata: CaptureMetadataSchema.optional(),
    /** The date that gave yearless dates their year, and where it came from. */
    referenceDate: ReferenceDateSchema.optional(),
    /**
     * `'paper'` when the capture opens with a single paper's page
     * (`huggingface.co/papers/<id>`), not a listing: its one paper is read from the page's
     * title, fields and abstract, and its comments and citing lists are chrome. A crawl
     * of several pages gives a paper each, and a listing after them its papers.
     * `'items'` when it is a page that lists papers only as collection items: a model's
     * or a dataset's page (its `Papers for <repo>` sidebar), a blog article (`Papers
     * mentioned in this article`), a collection. Those items are its papers (title, id,
     * date, upvotes); the rest (a model card, an article) is chrome.
     */
    page: PageKindSchema.optional(),
    papers: z.array(PaperSchema),
    /** Page chrome lines, including listing date lines. */
    chrome: z.array(ChromeLineSchema),
    diagnostics: z.array(DiagnosticSchema),
    /**
     * Where an HTML capture's papers came from: the page's embedded data (`data-props`
     * of its Svelte components), or its rendered cards.
     */
    source: z.enum(['embedded-data', 'rendered-cards']).optional(),
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
export type CaptureMetadata = z.infer<typeof CaptureMetadataSchema>;
export type ReferenceDate = z.infer<typeof ReferenceDateSchema>;
export type LayoutName = z.infer<typeof LayoutSchema>;
export type PageKind = z.infer<typeof PageKindSchema>;
