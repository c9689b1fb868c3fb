/**
 * One Hub entry, whatever its form, read into the fields `paper-listing` maps. The Hub
 * nests the paper (`{ paper: { id, title, … }, numComments, submittedBy }`); its paper
 * API and mirrors write it flat (`{ id, title, … }`), in snake case (`num_comments`) or
 * with dotted keys (`paper.title`, as `pandas.json_normalize` writes). Each field has
 * one list of places to look, first found first; each value is checked with zod.
 *
 * @module
 */
import { z } from 'zod';
import { IsoDateTimeSchema, type Organization } from '../schema.js';
import { HubOrganizationSchema, HubUserSchema } from './schema.js';

/** Keys from an entry down to a value. */
export type Path = readonly string[];

/** A value and where in the entry it was found. */
export interface Found<T> {
  readonly value: T;
  readonly path: Path;
}

/** The fields of one entry that map to `Paper`. */
export interface HubRecord {
  readonly title: Found<string>;
  readonly id?: Found<string>;
  readonly summary?: Found<string>;
  readonly authors?: Found<string[]>;
  readonly publishedAt?: Found<string>;
  readonly listedAt?: Found<string>;
  readonly upvotes?: Found<number>;
  readonly comments?: Found<number>;
  readonly submittedBy?: Found<string>;
  readonly organization?: Found<Organization>;
  readonly githubUrl?: Found<string>;
  readonly githubStars?: Found<number>;
  readonly aiSummary?: Found<string>;
}

/** A field whose value has the wrong shape: left out of the paper. */
export interface FieldIssue {
  readonly field: string;
  readonly path: Path;
  readonly message: string;
}

/** What reading an entry gives: a record, or why there is none; and the bad fields. */
export interface RecordRead {
  readonly record?: HubRecord;
  readonly issues: readonly FieldIssue[];
}

/**
 * A real calendar date at the start of an ISO string.
 *
 * @example
 * ```ts
 * realDate('2024-02-30T00:00:00Z'); // false
 * ```
 */
function realDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day && year >= 1000;
}

const DateTime = IsoDateTimeSchema.refine(realDate, 'not a real calendar date');
const Count = z.number().int().min(0);
const Text = z.string();

const Authors = z
  .array(z.union([z.string(), z.object({ name: z.string() })]))
  .transform((list) => list.map((author) => (typeof author === 'string' ? author : author.name)));

const User = z
  .union([z.string().min(1), HubUserSchema])
  .transform((user) =>
    typeof user === 'string' ? user : (user.user ?? user.name ?? user.fullname),
  )
  .pipe(z.string());

const Org = z
  .union([z.string().min(1), HubOrganizationSchema])
  .transform((org): Organization | undefined => {
    if (typeof org === 'string') return { name: org };
    const name = org.fullname ?? org.name;
    if (name === undefined) return undefined;
    return org.name === undefined ? { name } : { name, url: `https://huggingface.co/${org.name}` };
  })
  .pipe(z.object({ name: z.string(), url: z.string().optional() }));

const Url = z.string().regex(/^https?:\/\/\S{1,2000}$/);

/** Where each field may be, in order; the schema its value must pass. */
const FIELDS = {
  id: {
    paths: [['paper', 'id'], ['paper.id'], ['id'], ['arxiv_id'], ['arxivId'], ['paper_id']],
    schema: z.string().min(1),
  },
  summary: {
    paths: [['paper', 'summary'], ['paper.summary'], ['summary'], ['abstract']],
    schema: Text,
  },
  authors: { paths: [['paper', 'authors'], ['paper.authors'], ['authors']], schema: Authors },
  publishedAt: {
    paths: [['paper', 'publishedAt'], ['paper.publishedAt'], ['publishedAt'], ['published_at']],
    schema: DateTime,
  },
  listedAt: {
    paths: [
      ['paper', 'submittedOnDailyAt'],
      ['paper.submittedOnDailyAt'],
      ['submittedOnDailyAt'],
      ['submitted_on_daily_at'],
    ],
    schema: DateTime,
  },
  upvotes: { paths: [['paper', 'upvotes'], ['paper.upvotes'], ['upvotes']], schema: Count },
  comments: { paths: [['numComments'], ['paper', 'numComments'], ['num_comments']], schema: Count },
  submittedBy: {
    paths: [
      ['submittedBy'],
      ['paper', 'submittedOnDailyBy'],
      ['paper.submittedOnDailyBy'],
      ['submittedOnDailyBy'],
      ['submitted_by'],
    ],
    schema: User,
  },
  organization: {
    paths: [['organization'], ['paper', 'organization'], ['paper.organization']],
    schema: Org,
  },
  githubUrl: {
    paths: [['paper', 'githubRepo'], ['paper.githubRepo'], ['githubRepo'], ['github_repo']],
    schema: Url,
  },
  githubStars: {
    paths: [['paper', 'githubStars'], ['paper.githubStars'], ['githubStars'], ['github_stars']],
    schema: Count,
  },
  aiSummary: {
    paths: [['paper', 'ai_summary'], ['paper.ai_summary'], ['ai_summary'], ['aiSummary']],
    schema: Text,
  },
} as const;

const TITLE_PATHS: readonly Path[] = [['paper', 'title'], ['paper.title'], ['title']];

/**
 * The value at `path` in `entry`, following own properties of plain objects only (an
 * inherited `constructor` or `__proto__` is never read); `null` counts as absent. A key
 * missing from a flattened mirror (`organization`, last in the path) is gathered from
 * its dotted keys (`organization.name`, `organization.fullname`).
 *
 * @example
 * ```ts
 * valueAt({ paper: { id: '2401.00001' } }, ['paper', 'id']); // '2401.00001'
 * valueAt({ paper: null }, ['paper', 'id']); // undefined
 * valueAt({ 'organization.name': 'nvidia' }, ['organization']); // { name: 'nvidia' }
 * ```
 */
export function valueAt(entry: unknown, path: Path): unknown {
  let value = entry;
  for (const [index, key] of path.entries()) {
    if (!isRecord(value)) return undefined;
    // Only the last key is gathered: a dotted value's own path then names it exactly.
    if (Object.hasOwn(value, key)) value = value[key];
    else value = index === path.length - 1 ? gather(value, key) : undefined;
  }
  return value === null ? undefined : value;
}

/** Whether a record has dotted keys: looked at once per record. */
const DOTTED = new WeakMap<object, boolean>();

/**
 * An object of the `key.…` members of a flattened record, or `undefined` if none.
 *
 * @example
 * ```ts
 * gather({ 'organization.name': 'nvidia' }, 'organization'); // { name: 'nvidia' }
 * ```
 */
function gather(record: Record<string, unknown>, key: string): unknown {
  let dotted = DOTTED.get(record);
  if (dotted === undefined) {
    dotted = Object.keys(record).some((name) => name.includes('.'));
    DOTTED.set(record, dotted);
  }
  if (!dotted) return undefined;
  const prefix = `${key}.`;
  let found: Record<string, unknown> | undefined;
  for (const name of Object.keys(record)) {
    if (!name.startsWith(prefix) || name.length === prefix.length) continue;
    found ??= {};
    // An own data property whatever the name (a `__proto__` member stays data).
    Object.defineProperty(found, name.slice(prefix.length), {
      value: record[name],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return found;
}

/**
 * A plain JSON object (not an array).
 *
 * @example
 * ```ts
 * isRecord({}); // true
 * isRecord([]); // false
 * ```
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The title of an entry, if it has a non-blank one.
 *
 * @example
 * ```ts
 * titleOf({ paper: { title: 'A Title' } }); // { value: 'A Title', path: ['paper', 'title'] }
 * ```
 */
export function titleOf(entry: unknown): Found<string> | undefined {
  for (const path of TITLE_PATHS) {
    const value = valueAt(entry, path);
    if (value === undefined) continue;
    return typeof value === 'string' && value.trim() !== '' ? { value, path } : undefined;
  }
  return undefined;
}

/** Keys whose presence beside a title says "a paper record". */
const PAPER_KEYS = [
  'paper',
  'id',
  'summary',
  'abstract',
  'authors',
  'upvotes',
  'publishedAt',
  'numComments',
  'arxiv_id',
  'paper.id',
  'submittedOnDailyAt',
];

/**
 * Whether `value` looks like a Hub paper entry: a title, and the `paper` object or
 * another key only paper records have.
 *
 * @example
 * ```ts
 * isPaperLike({ paper: { id: '2401.00001', title: 'T' } }); // true
 * isPaperLike({ title: 'Daily Papers', user: 'x' }); // false
 * ```
 */
export function isPaperLike(value: unknown): boolean {
  if (!isRecord(value)) return false;
  if (isRecord(value.paper) && typeof value.paper.title === 'string') return true;
  if (typeof value.title !== 'string' && typeof value['paper.title'] !== 'string') return false;
  return PAPER_KEYS.some((key) => Object.hasOwn(value, key));
}

/**
 * Read the mapped fields of an entry. No record when the entry has no usable title;
 * a field of the wrong shape is an issue and is left out.
 *
 * @example
 * ```ts
 * readRecord({ paper: { id: '2401.00001', title: 'T', upvotes: -1 } });
 * // { record: { title: …, id: … }, issues: [{ field: 'upvotes', path: ['paper', 'upvotes'], message: … }] }
 * ```
 */
export function readRecord(entry: unknown): RecordRead {
  const title = titleOf(entry);
  if (title === undefined) return { issues: [] };
  const record: Record<string, Found<unknown>> = { title };
  const issues: FieldIssue[] = [];
  for (const [field, { paths, schema }] of Object.entries(FIELDS)) {
    for (const path of paths) {
      const value = valueAt(entry, path);
      if (value === undefined) continue;
      const parsed = (schema as z.ZodType).safeParse(value);
      if (parsed.success) record[field] = { value: parsed.data, path };
      else issues.push({ field, path, message: describeIssue(parsed.error) });
      break;
    }
  }
  return { record: record as unknown as HubRecord, issues };
}

/**
 * The first zod issue's message.
 *
 * @example
 * ```ts
 * describeIssue(z.number().safeParse('1').error); // 'Invalid input: expected number, received string'
 * ```
 */
function describeIssue(error: z.ZodError): string {
  const [issue] = error.issues;
  return issue === undefined ? 'invalid value' : issue.message;
}
