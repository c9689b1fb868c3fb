/**
 * A Hub entry → a `Paper`, with the mapping `docs/formats.md` documents. Titles and
 * abstracts go through `finishPaper` like every layout's; their source is the JSON
 * string literal (escapes as written), so positions and fixes point into the input.
 *
 * @module
 */
import { type AssembleSettings, finishPaper } from '../assemble/paper.js';
import type { ListingSink } from '../assemble/sink.js';
import { diagnostic, quote } from '../diagnostics.js';
import { paperPageUrl } from '../grammar/link-target.js';
import { readLiteral } from '../json/literal.js';
import type { Span } from '../json/locate.js';
import type { TextField } from '../lines/text-field.js';
import { PAPER_KEYS } from '../paper-keys.js';
import type { Paper, PartialDate } from '../schema.js';
import { unwrapEntry } from './find.js';
import { ARXIV_ID, type HubRecord, linkedArxivId, prefixedArxivId, readRecord } from './record.js';
import { type JsonSource, locatePath, type MemberCache, positionOf } from './source.js';

/** How the entries of one listing are read. */
export interface EntryContext {
  readonly source: JsonSource;
  readonly settings: AssembleSettings;
  /** The page's listing date (an HTML page's day); else each entry's Daily Papers day. */
  readonly listingDate?: PartialDate;
  /** Take an entry's listing date from its `submittedOnDailyAt` (Hub JSON), when no page date. */
  readonly entryListingDates: boolean;
}

/**
 * Map one item of a papers list (its span in the JSON text) to a paper, or report why
 * it is not one. Returns the paper it gave to the sink.
 *
 * @example
 * ```ts
 * readEntry(item, span, context, sink); // sink.paper({ title: …, arxivId: '2401.00001', … })
 * ```
 */
export function readEntry(
  item: unknown,
  span: Span,
  context: EntryContext,
  sink: ListingSink,
): Paper | undefined {
  const { source } = context;
  const unwrapped = unwrapEntry(item);
  const { record, issues } = readRecord(unwrapped?.entry);
  if (unwrapped === undefined || record === undefined) {
    sink.diagnostic(
      diagnostic(
        'invalid-entry',
        `Entry is not a paper (no title, or nothing else a paper has): ${quote(source.text.slice(span.start, span.end))}`,
        positionOf(source, span),
      ),
    );
    return undefined;
  }
  const cache: MemberCache = new Map();
  const at =
    unwrapped.path.length === 0
      ? span
      : (locatePath(source.text, span, unwrapped.path, cache) ?? span);
  for (const issue of issues) {
    sink.diagnostic(
      diagnostic(
        'invalid-field',
        `Field ${issue.path.join('.')} left out (${issue.field}): ${issue.message}`,
        positionOf(source, locatePath(source.text, at, issue.path, cache) ?? at),
      ),
    );
  }
  const paper = toPaper(record, at, context, cache);
  sink.paper(paper);
  return paper;
}

/**
 * A record and its entry's span → a finished paper, fields in schema order.
 *
 * @example
 * ```ts
 * toPaper(record, entrySpan, context, new Map()).url; // 'https://huggingface.co/papers/2401.00001'
 * ```
 */
function toPaper(record: HubRecord, at: Span, context: EntryContext, cache: MemberCache): Paper {
  const { source, settings } = context;
  const title = field(source, at, record.title.path, record.title.value, cache);
  const abstract =
    record.summary === undefined
      ? undefined
      : field(source, at, record.summary.path, record.summary.value, cache);
  const { arxivId, url } = paperRef(record.id?.value.trim(), record.url?.value);
  const listingDate =
    context.listingDate ??
    (context.entryListingDates && record.listedAt !== undefined
      ? dateOf(record.listedAt.value)
      : undefined);
  const published = record.publishedAt === undefined ? undefined : dateOf(record.publishedAt.value);
  const position = positionOf(source, at);
  const finished = finishPaper(
    {
      title,
      ...(abstract === undefined ? {} : { abstract }),
      ...(listingDate === undefined ? {} : { listingDate }),
      ...(record.authors === undefined ? {} : { authorCount: record.authors.value.length }),
      ...(published === undefined ? {} : { published }),
      ...(record.comments === undefined ? {} : { comments: record.comments.value }),
      ...(arxivId === undefined ? {} : { arxivId }),
      ...(url === undefined ? {} : { url }),
      ...(record.upvotes === undefined ? {} : { upvotes: record.upvotes.value }),
      ...(record.organization === undefined ? {} : { organization: record.organization.value }),
      ...(record.githubUrl === undefined ? {} : { links: [record.githubUrl.value] }),
      start: position.start,
      end: position.end,
    },
    settings,
  );
  return withFields(finished, {
    authors: record.authors?.value,
    publishedAt: record.publishedAt?.value,
    arxivUrl: arxivId === undefined ? undefined : `https://arxiv.org/abs/${arxivId}`,
    submittedBy: record.submittedBy?.value,
    githubUrl: record.githubUrl?.value,
    githubStars: record.githubStars?.value,
    aiSummary: record.aiSummary?.value.replace(/\s+/g, ' ').trim() || undefined,
  });
}

/** A paper id the Hub's pages take in their path: no slash, no space, no URL. */
const PAGE_ID = /^[\w.-]{1,100}$/;

/**
 * The arXiv id and the paper page an entry names: its `id` when that is an arXiv id or a
 * feed's paper URL, else its `url` when that links a paper page or arXiv, else a page
 * built from another kind of Hub paper id.
 * A URL is never taken for an id (`https://huggingface.co/papers/https://…`).
 *
 * @example
 * ```ts
 * paperRef('2401.00001', undefined); // { arxivId: '2401.00001', url: 'https://huggingface.co/papers/2401.00001' }
 * paperRef('https://huggingface.co/papers/2608.19880', undefined); // { arxivId: '2608.19880', url: 'https://huggingface.co/papers/2608.19880' }
 * paperRef('hf-native-1', undefined); // { url: 'https://huggingface.co/papers/hf-native-1' }
 * paperRef(undefined, 'https://arxiv.org/abs/2403.01779'); // { arxivId: '2403.01779', url: 'https://huggingface.co/papers/2403.01779' }
 * paperRef(undefined, 'https://example.com/post/1'); // {}
 * ```
 */
function paperRef(
  id: string | undefined,
  link: string | undefined,
): { arxivId?: string; url?: string } {
  if (id !== undefined && ARXIV_ID.test(id)) {
    return { arxivId: id, url: paperPageUrl(id) };
  }
  const prefixed = id === undefined ? undefined : prefixedArxivId(id);
  if (prefixed !== undefined) return { arxivId: prefixed, url: paperPageUrl(prefixed) };
  const fromId = id === undefined ? undefined : linkRef(id);
  if (fromId !== undefined) return fromId;
  // A link that names a paper beats a page built from an id of another kind
  // (`hf-paper-2501.15383` beside its page's `url`).
  const fromLink = link === undefined ? undefined : linkRef(link);
  if (fromLink !== undefined) return fromLink;
  return id !== undefined && PAGE_ID.test(id) ? { url: paperPageUrl(id) } : {};
}

/**
 * The arXiv id and paper page of a link that names a paper (its Hub page, a site path
 * to it, its comments, its arXiv page); `undefined` for any other text.
 *
 * @example
 * ```ts
 * linkRef('https://arxiv.org/pdf/2403.01779.pdf'); // { arxivId: '2403.01779', url: 'https://huggingface.co/papers/2403.01779' }
 * ```
 */
function linkRef(text: string): { arxivId: string; url: string } | undefined {
  if (!/^(?:https?:\/\/|\/(?!\/))/.test(text)) return undefined;
  const arxivId = linkedArxivId(text);
  return arxivId === undefined ? undefined : { arxivId, url: paperPageUrl(arxivId) };
}

/**
 * A title or abstract as a text field: the literal's exact source (escapes as written,
 * and an HTML attribute's character references) and its decoded value.
 *
 * @example
 * ```ts
 * field(source, entrySpan, ['paper', 'title'], 'A "B"', cache).raw; // 'A \\"B\\"'
 * ```
 */
function field(
  source: JsonSource,
  at: Span,
  path: readonly string[],
  value: string,
  cache: MemberCache,
): TextField {
  const span = locatePath(source.text, at, path, cache);
  const start = span === undefined ? undefined : source.toInput(span.start + 1);
  const end = span === undefined ? undefined : source.toInput(span.end - 1);
  if (span === undefined || start === undefined || end === undefined) {
    // Not found in the text (cannot happen for text JSON.parse read): no offsets to give.
    const point = source.point(source.toInput(at.start));
    return { raw: value, text: value, start: point, end: point, offsetAt: () => point.offset };
  }
  const literal = readLiteral(source.text, span);
  const map = literal.offsetAt;
  const verbatim = map === undefined && end - start === literal.raw.length;
  return {
    raw: source.slice(start, end),
    text: literal.text,
    start: source.point(start),
    end: source.point(end),
    ...(verbatim
      ? {}
      : {
          offsetAt: (index: number) =>
            source.toInput(map === undefined ? literal.start + index : map(index)),
        }),
  };
}

/**
 * `{ year, month, day }` of an ISO date or date-time, as written (no time zone shift).
 *
 * @example
 * ```ts
 * dateOf('2026-02-26T17:08:18.000Z'); // { year: 2026, month: 2, day: 26 }
 * ```
 */
export function dateOf(iso: string): PartialDate {
  return {
    year: Number(iso.slice(0, 4)),
    month: Number(iso.slice(5, 7)),
    day: Number(iso.slice(8, 10)),
  };
}

/**
 * `paper` with more fields, keys in schema order; `undefined` values are left out.
 *
 * @example
 * ```ts
 * withFields(paper, { aiSummary: 'One line.' }); // { title, …, aiSummary: 'One line.', links, fixes, position }
 * ```
 */
export function withFields(paper: Paper, extra: Partial<Record<keyof Paper, unknown>>): Paper {
  const merged: Record<string, unknown> = { ...paper };
  for (const [key, value] of Object.entries(extra)) {
    if (value !== undefined) merged[key] = value;
  }
  const ordered: Record<string, unknown> = {};
  for (const key of PAPER_KEYS) if (merged[key] !== undefined) ordered[key] = merged[key];
  return ordered as Paper;
}
