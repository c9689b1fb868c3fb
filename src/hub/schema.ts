/**
 * The Hugging Face Hub's paper records, as zod schemas: the entries of
 * `/api/daily_papers` and `/api/papers/search`, the papers in a listing page's data,
 * and what {@link toHubPaper} writes. Only the keys `paper-listing` maps are named;
 * others are stripped (`z.object` drops unknown keys), so a new Hub field never breaks
 * a parse.
 *
 * @module
 */
import { z } from 'zod';
import { IsoDateTimeSchema } from '../schema.js';

/**
 * A Hub user as the Hub names one: `user` (in `submittedOnDailyBy`) or `name` (in
 * `submittedBy`) is the user name, `fullname` the display name.
 *
 * @example
 * ```ts
 * HubUserSchema.parse({ _id: '…', user: 'akhaliq', fullname: 'AK' }); // { user: 'akhaliq', fullname: 'AK' }
 * ```
 */
export const HubUserSchema = z.object({
  user: z.string().min(1).optional(),
  name: z.string().min(1).optional(),
  fullname: z.string().min(1).optional(),
});

/**
 * A Hub organization: `name` is its slug (`https://huggingface.co/<name>`), `fullname`
 * what a card shows.
 *
 * @example
 * ```ts
 * HubOrganizationSchema.parse({ name: 'CarnegieMellonU', fullname: 'Carnegie Mellon University' });
 * ```
 */
export const HubOrganizationSchema = z.object({
  name: z.string().min(1).optional(),
  fullname: z.string().min(1).optional(),
});

/**
 * A paper author: the Hub writes `{ name, _id, hidden, user? }`; mirrors write the name alone.
 *
 * @example
 * ```ts
 * HubAuthorSchema.parse({ _id: '…', name: 'Ada Lovelace', hidden: false }); // { name: 'Ada Lovelace' }
 * ```
 */
export const HubAuthorSchema = z.object({ name: z.string() });

/**
 * The `paper` object of a Hub entry (and the whole record of `/api/papers/<id>`).
 *
 * @example
 * ```ts
 * HubPaperSchema.parse({ id: '2401.00001', title: 'A Title', upvotes: 3 });
 * ```
 */
export const HubPaperSchema = z.object({
  /** The arXiv id. */
  id: z.string().min(1).optional(),
  title: z.string(),
  /** The abstract. */
  summary: z.string().optional(),
  authors: z.array(HubAuthorSchema).optional(),
  /** When the paper was published (arXiv), ISO date and time. */
  publishedAt: IsoDateTimeSchema.optional(),
  /** When the paper was listed in Daily Papers, ISO date and time. */
  submittedOnDailyAt: IsoDateTimeSchema.optional(),
  submittedOnDailyBy: HubUserSchema.optional(),
  upvotes: z.number().int().min(0).optional(),
  organization: HubOrganizationSchema.optional(),
  githubRepo: z.string().optional(),
  githubStars: z.number().int().min(0).optional(),
  /** The Hub's AI-generated one-sentence summary. */
  ai_summary: z.string().optional(),
});

/**
 * One entry of `/api/daily_papers` (and of a listing page's `dailyPapers`): the paper,
 * and what the listing adds to it.
 *
 * @example
 * ```ts
 * HubDailyPaperSchema.parse({ paper: { id: '2401.00001', title: 'A Title' }, numComments: 2 });
 * ```
 */
export const HubDailyPaperSchema = z.object({
  paper: HubPaperSchema,
  title: z.string().optional(),
  summary: z.string().optional(),
  publishedAt: IsoDateTimeSchema.optional(),
  numComments: z.number().int().min(0).optional(),
  submittedBy: HubUserSchema.optional(),
  organization: HubOrganizationSchema.optional(),
});

export type HubUser = z.infer<typeof HubUserSchema>;
export type HubOrganization = z.infer<typeof HubOrganizationSchema>;
export type HubPaper = z.infer<typeof HubPaperSchema>;
export type HubDailyPaper = z.infer<typeof HubDailyPaperSchema>;
