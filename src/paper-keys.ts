/**
 * `Paper`'s keys in `PaperSchema`'s order, without zod: code that builds papers
 * orders their keys with this, so papers from every layout serialize alike and a
 * bundle that only parses does not carry the schemas. A test keeps it equal to
 * `Object.keys(PaperSchema.shape)`.
 *
 * @example
 * ```ts
 * PAPER_KEYS[0]; // 'title'
 * ```
 *
 * @module
 */
import type { Paper } from './schema.js';

export const PAPER_KEYS: readonly (keyof Paper)[] = [
  'title',
  'abstract',
  'raw',
  'listingDate',
  'listedAt',
  'authors',
  'authorCount',
  'published',
  'publishedAt',
  'comments',
  'arxivId',
  'url',
  'arxivUrl',
  'upvotes',
  'organization',
  'submittedBy',
  'githubUrl',
  'githubStars',
  'aiSummary',
  'links',
  'fixes',
  'position',
];
