/**
 * `toHubPaper`: a `Paper` as the Hub writes an `/api/daily_papers` entry, for pipelines
 * that mix captured pages with live API data. It is the mapping `parseListing` reads
 * Hub JSON with, run backwards (see `docs/formats.md`): parsing `[toHubPaper(paper)]` as
 * Hub JSON gives back the paper's fields.
 *
 * @module
 */
import type { Paper } from '../schema.js';
import type { HubDailyPaper, HubOrganization, HubPaper } from './schema.js';

/** The Hub's home, whose first path segment is a user or organization. */
const HUB = 'https://huggingface.co/';

/**
 * Write a paper as a Hub daily-papers entry. Fields a `Paper` does not have are left
 * out, and so are the ones the Hub cannot say: `links` (except the GitHub repository),
 * positions and fixes, an `authorCount` without the names, a date without its year.
 *
 * @example
 * ```ts
 * import { parseListing, toHubPaper } from 'paper-listing';
 * const [paper] = parseListing(savedPage).papers;
 * toHubPaper(paper);
 * // { paper: { id: '2401.00001', title: '…', summary: '…', authors: [{ name: '…' }], upvotes: 12, … },
 * //   title: '…', summary: '…', numComments: 3, submittedBy: { name: 'akhaliq' } }
 * ```
 */
export function toHubPaper(paper: Paper): HubDailyPaper {
  const id = paper.arxivId ?? idFromUrl(paper.url);
  const organization =
    paper.organization === undefined ? undefined : toOrganization(paper.organization);
  const listedAt = paper.listedAt ?? isoDay(paper.listingDate);
  const publishedAt = paper.publishedAt ?? isoDay(paper.published);
  const hubPaper: HubPaper = {
    ...(id === undefined ? {} : { id }),
    title: paper.title,
    ...(paper.abstract === '' ? {} : { summary: paper.abstract }),
    ...(paper.authors === undefined ? {} : { authors: paper.authors.map((name) => ({ name })) }),
    ...(publishedAt === undefined ? {} : { publishedAt }),
    ...(listedAt === undefined ? {} : { submittedOnDailyAt: listedAt }),
    ...(paper.submittedBy === undefined ? {} : { submittedOnDailyBy: { user: paper.submittedBy } }),
    ...(paper.upvotes === undefined ? {} : { upvotes: paper.upvotes }),
    ...(organization === undefined ? {} : { organization }),
    ...(paper.githubUrl === undefined ? {} : { githubRepo: paper.githubUrl }),
    ...(paper.githubStars === undefined ? {} : { githubStars: paper.githubStars }),
    ...(paper.aiSummary === undefined ? {} : { ai_summary: paper.aiSummary }),
  };
  return {
    paper: hubPaper,
    title: paper.title,
    ...(paper.abstract === '' ? {} : { summary: paper.abstract }),
    ...(paper.comments === undefined ? {} : { numComments: paper.comments }),
    ...(paper.submittedBy === undefined ? {} : { submittedBy: { name: paper.submittedBy } }),
    ...(organization === undefined ? {} : { organization }),
  };
}

/**
 * `https://huggingface.co/papers/<id>` → `<id>`.
 *
 * @example
 * ```ts
 * idFromUrl('https://huggingface.co/papers/hf-1'); // 'hf-1'
 * ```
 */
function idFromUrl(url: string | undefined): string | undefined {
  const prefix = `${HUB}papers/`;
  if (url === undefined || !url.startsWith(prefix)) return undefined;
  const id = url.slice(prefix.length);
  return id === '' || id.includes('/') || id.includes('#') || id.includes('?') ? undefined : id;
}

/**
 * A paper's organization as the Hub writes one: the slug from its Hub URL as `name`.
 *
 * @example
 * ```ts
 * toOrganization({ name: 'Carnegie Mellon University', url: 'https://huggingface.co/CarnegieMellonU' });
 * // { name: 'CarnegieMellonU', fullname: 'Carnegie Mellon University' }
 * ```
 */
function toOrganization(organization: NonNullable<Paper['organization']>): HubOrganization {
  const slug = organization.url?.startsWith(HUB) ? organization.url.slice(HUB.length) : undefined;
  const name = slug !== undefined && slug !== '' && !slug.includes('/') ? slug : undefined;
  return name === undefined
    ? { fullname: organization.name }
    : { name, fullname: organization.name };
}

/**
 * `YYYY-MM-DD` for a date with its year.
 *
 * @example
 * ```ts
 * isoDay({ year: 2024, month: 3, day: 1 }); // '2024-03-01'
 * ```
 */
function isoDay(date: Paper['published']): string | undefined {
  if (date?.year === undefined) return undefined;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}
