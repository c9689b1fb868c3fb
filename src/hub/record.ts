/**
 * One Hub entry, whatever its form, read into the fields `paper-listing` maps. The Hub
 * nests the paper (`{ paper: { id, title, … }, numComments, submittedBy }`); its paper
 * API and mirrors write it flat (`{ id, title, … }`), in snake case (`num_comments`) or
 * with dotted keys (`paper.title`, as `pandas.json_normalize` writes). Each field has
 * one list of places to look, first found first; each value is checked by a small
 * hand-written check (not zod: parsing a Hub capture must not pull zod into a bundle).
 *
 * @module
 */
import { readLinkTarget } from '../grammar/link-target.js';
import type { Organization } from '../schema.js';

/** An arXiv identifier: `2401.00001`, `2401.00001v2`, `cs/0112017`. */
export const ARXIV_ID = /^(?:\d{4}\.\d{4,5}|[a-z-]{2,20}(?:\.[A-Z]{2})?\/\d{7})(?:v\d{1,3})?$/;

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
  /** A link to the paper's page (a mirror's or a feed's `url`). */
  readonly url?: Found<string>;
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

/** A checked value, or why it was refused. */
type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string };

/** A field's check: the value as `Paper` takes it, or a message. */
type Check<T> = (value: unknown) => Checked<T>;

/**
 * A refusal naming what was expected and what came.
 *
 * @example
 * ```ts
 * refuse('a count', '1,234'); // { ok: false, message: 'expected a count, got string "1,234"' }
 * ```
 */
function refuse(expected: string, value: unknown): { ok: false; message: string } {
  const got =
    typeof value === 'string'
      ? `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`
      : Array.isArray(value)
        ? 'array'
        : typeof value === 'number'
          ? `number ${value}`
          : typeof value;
  return { ok: false, message: `expected ${expected}, got ${got}` };
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

/** The ISO forms `IsoDateTimeSchema` accepts (kept in step with it; a test checks). */
export const ISO_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/**
 * An ISO date or date-time on a real calendar day.
 *
 * @example
 * ```ts
 * DateTime('2024-02-29T10:00:00.000Z'); // { ok: true, value: '2024-02-29T10:00:00.000Z' }
 * ```
 */
const DateTime: Check<string> = (value) =>
  typeof value === 'string' && ISO_DATE_TIME.test(value) && realDate(value)
    ? { ok: true, value }
    : refuse('an ISO date on a real calendar day', value);

/**
 * A whole number, zero or more.
 *
 * @example
 * ```ts
 * Count(-1); // { ok: false, message: 'expected a count (whole number ≥ 0), got number -1' }
 * ```
 */
const Count: Check<number> = (value) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
    ? { ok: true, value }
    : refuse('a count (whole number ≥ 0)', value);

/**
 * Any string.
 *
 * @example
 * ```ts
 * Text('An abstract.'); // { ok: true, value: 'An abstract.' }
 * ```
 */
const Text: Check<string> = (value) =>
  typeof value === 'string' ? { ok: true, value } : refuse('a string', value);

/**
 * A non-empty string.
 *
 * @example
 * ```ts
 * Name(''); // { ok: false, … }
 * ```
 */
const Name: Check<string> = (value) =>
  typeof value === 'string' && value !== ''
    ? { ok: true, value }
    : refuse('a non-empty string', value);

/**
 * The non-empty string under the first of `keys` that has one.
 *
 * @example
 * ```ts
 * firstName({ user: 'akhaliq', fullname: 'AK' }, ['user', 'name', 'fullname']); // 'akhaliq'
 * ```
 */
function firstName(record: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = Object.hasOwn(record, key) ? record[key] : undefined;
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

/**
 * Author names: strings or `{ name }` objects.
 *
 * @example
 * ```ts
 * Authors(['Ada', { name: 'Alan', _id: '…' }]); // { ok: true, value: ['Ada', 'Alan'] }
 * ```
 */
const Authors: Check<string[]> = (value) => {
  if (!Array.isArray(value)) return refuse('a list of authors', value);
  const names: string[] = [];
  for (const author of value) {
    if (typeof author === 'string') names.push(author);
    else if (isRecord(author) && typeof author.name === 'string') names.push(author.name);
    else return refuse('an author name or { name }', author);
  }
  return { ok: true, value: names };
};

/**
 * A Hub user: a user name, or `{ user | username | name | fullname }`.
 *
 * @example
 * ```ts
 * User({ user: 'akhaliq', fullname: 'AK' }); // { ok: true, value: 'akhaliq' }
 * ```
 */
const User: Check<string> = (value) => {
  if (typeof value === 'string' && value !== '') return { ok: true, value };
  const name = isRecord(value)
    ? firstName(value, ['user', 'username', 'name', 'fullname'])
    : undefined;
  return name === undefined
    ? refuse('a user name or { user, username, name, fullname }', value)
    : { ok: true, value: name };
};

/**
 * A Hub organization: a name, or `{ name, fullname }` (its page from `name`).
 *
 * @example
 * ```ts
 * Org({ name: 'nvidia', fullname: 'NVIDIA' }); // { ok: true, value: { name: 'NVIDIA', url: 'https://huggingface.co/nvidia' } }
 * ```
 */
const Org: Check<Organization> = (value) => {
  if (typeof value === 'string' && value !== '') return { ok: true, value: { name: value } };
  if (!isRecord(value)) return refuse('an organization name or { name, fullname }', value);
  const slug = firstName(value, ['name']);
  const name = firstName(value, ['fullname', 'name']);
  if (name === undefined) return refuse('an organization name or { name, fullname }', value);
  return {
    ok: true,
    value: slug === undefined ? { name } : { name, url: `https://huggingface.co/${slug}` },
  };
};

/**
 * An http(s) URL.
 *
 * @example
 * ```ts
 * Url('not a url'); // { ok: false, … }
 * ```
 */
const Url: Check<string> = (value) =>
  typeof value === 'string' && /^https?:\/\/\S{1,2000}$/.test(value)
    ? { ok: true, value }
    : refuse('an http(s) URL', value);

/**
 * A link: an http(s) URL or a site path (`/papers/2403.01779`, as scrapers keep them).
 *
 * @example
 * ```ts
 * Link('/papers/2403.01779'); // { ok: true, value: '/papers/2403.01779' }
 * ```
 */
const Link: Check<string> = (value) =>
  typeof value === 'string' && /^(?:https?:\/\/|\/(?!\/))\S{1,2000}$/.test(value)
    ? { ok: true, value }
    : refuse('a URL or a site path', value);

/** Where each field may be, in order; the check its value must pass. */
const FIELDS = {
  id: {
    paths: [['paper', 'id'], ['paper.id'], ['id'], ['arxiv_id'], ['arxivId'], ['paper_id']],
    check: Name,
  },
  url: {
    paths: [['paper', 'url'], ['paper.url'], ['url'], ['paperUrl'], ['paper_url'], ['link']],
    check: Link,
  },
  summary: {
    paths: [['paper', 'summary'], ['paper.summary'], ['summary'], ['abstract']],
    check: Text,
  },
  authors: { paths: [['paper', 'authors'], ['paper.authors'], ['authors']], check: Authors },
  publishedAt: {
    paths: [
      ['paper', 'publishedAt'],
      ['paper.publishedAt'],
      ['publishedAt'],
      ['published_at'],
      ['publication_date'],
    ],
    check: DateTime,
  },
  listedAt: {
    paths: [
      ['paper', 'submittedOnDailyAt'],
      ['paper.submittedOnDailyAt'],
      ['submittedOnDailyAt'],
      ['submitted_on_daily_at'],
    ],
    check: DateTime,
  },
  upvotes: { paths: [['paper', 'upvotes'], ['paper.upvotes'], ['upvotes']], check: Count },
  comments: {
    paths: [['numComments'], ['paper', 'numComments'], ['num_comments']],
    // `hf papers ls --format json` writes the count as `comments` (review39); a record
    // whose `comments` are the comments themselves (a list, a text) is not reported.
    loose: [['comments']],
    check: Count,
  },
  submittedBy: {
    paths: [
      ['submittedBy'],
      ['paper', 'submittedOnDailyBy'],
      ['paper.submittedOnDailyBy'],
      ['submittedOnDailyBy'],
      ['submitted_by'],
    ],
    check: User,
  },
  organization: {
    paths: [['organization'], ['paper', 'organization'], ['paper.organization']],
    check: Org,
  },
  githubUrl: {
    paths: [['paper', 'githubRepo'], ['paper.githubRepo'], ['githubRepo'], ['github_repo']],
    check: Url,
  },
  githubStars: {
    paths: [['paper', 'githubStars'], ['paper.githubStars'], ['githubStars'], ['github_stars']],
    check: Count,
  },
  aiSummary: {
    paths: [['paper', 'ai_summary'], ['paper.ai_summary'], ['ai_summary'], ['aiSummary']],
    check: Text,
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
 * isPaperLike({ id: 'https://huggingface.co/Qwen/Qwen3-8B', title: 'Qwen/Qwen3-8B' }); // false
 * isPaperLike({ id: 'falcon3-7b-instruct', title: 'Falcon3-7B-Instruct' }); // false (a heading's anchor)
 * ```
 */
export function isPaperLike(value: unknown): boolean {
  if (!isRecord(value)) return false;
  if (isRecord(value.paper) && typeof value.paper.title === 'string') return true;
  if (typeof value.title !== 'string' && typeof value['paper.title'] !== 'string') return false;
  let keys = 0;
  for (const key of PAPER_KEYS) if (Object.hasOwn(value, key)) keys++;
  if (keys !== 1 || typeof value.id !== 'string') return keys > 0;
  // A title and an id, nothing else a paper has: a paper when the id is an arXiv id, or
  // when the entry links one, by its id or its link (a feed's item: `oai:arXiv.org:…`
  // with its page's `url`). A page's table of contents (`{ id: 'model-details', title }`)
  // and a feed of models or posts link none.
  if (ARXIV_ID.test(value.id) || prefixedArxivId(value.id) !== undefined) return true;
  return LINK_KEYS.some((key) => linkedArxivId(value[key]) !== undefined);
}

/** An arXiv id written with its scheme: `arXiv:…`, OAI's `oai:arXiv.org:…`, the DOI. */
const PREFIXED_ARXIV_ID =
  /^(?:arxiv:|oai:arxiv\.org:|(?:https?:\/\/doi\.org\/)?10\.48550\/arxiv\.)(\d{4}\.\d{4,5})(?:v\d{1,3})?$/i;

/**
 * The arXiv id an id names with its scheme, or `undefined`.
 *
 * @example
 * ```ts
 * prefixedArxivId('arXiv:2505.09388'); // '2505.09388'
 * prefixedArxivId('10.48550/arXiv.2505.09388'); // '2505.09388'
 * prefixedArxivId('model-details'); // undefined
 * ```
 */
export function prefixedArxivId(id: string): string | undefined {
  return PREFIXED_ARXIV_ID.exec(id)?.[1];
}

/** Where a feed's item links its page: its `id`, and the plain keys of `FIELDS.url`. */
const LINK_KEYS = [
  'id',
  ...FIELDS.url.paths.flatMap((path) =>
    path.length === 1 && !path[0]?.includes('.') ? [path[0] as string] : [],
  ),
];

/**
 * The arXiv id a link names (its Hub page, its comments, its upvote button's login, its
 * arXiv page), or `undefined`.
 *
 * @example
 * ```ts
 * linkedArxivId('https://hf.co/papers/2401.00001#community'); // '2401.00001'
 * linkedArxivId('https://huggingface.co/Qwen/Qwen3-8B'); // undefined
 * ```
 */
export function linkedArxivId(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const target = readLinkTarget(value);
  return 'arxivId' in target ? target.arxivId : undefined;
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
  for (const [field, spec] of Object.entries(FIELDS)) {
    const { paths, check } = spec;
    let found = false;
    for (const path of paths) {
      const value = valueAt(entry, path);
      if (value === undefined) continue;
      found = true;
      const checked = (check as Check<unknown>)(value);
      if (checked.ok) record[field] = { value: checked.value, path };
      else issues.push({ field, path, message: checked.message });
      break;
    }
    // Paths a field may be at, whose other values mean something else: taken when they
    // pass the check, skipped silently when they do not.
    const loose: readonly (readonly string[])[] = 'loose' in spec ? spec.loose : [];
    for (const path of found ? [] : loose) {
      const value = valueAt(entry, path);
      const checked = value === undefined ? undefined : (check as Check<unknown>)(value);
      if (checked?.ok === true) {
        record[field] = { value: checked.value, path };
        break;
      }
    }
  }
  return { record: record as unknown as HubRecord, issues };
}
