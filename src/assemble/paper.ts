/**
 * Turn a layout's paper draft into a `Paper`: clean and normalize the text fields,
 * map fixes back to source offsets, resolve years. Every layout ends here, so a
 * `Paper` means the same whatever the capture looked like.
 *
 * @module
 */
import { collapseWhitespace } from '../lines/whitespace.js';
import { explainNormalization, type NormalizeOptions } from '../normalize/index.js';
import type { Organization, Paper, PaperFix, PartialDate, Point } from '../schema.js';
import { type FullDate, resolveYear, toIsoDate } from './dates.js';
import { collectLinks } from './links.js';

/**
 * A text field as a layout found it.
 *
 * For plain text, `text` is `raw` and offsets map one to one. A layout that unescapes
 * (Markdown) gives the unescaped `text` and `offsetAt`, which maps an index into
 * `text` to an offset into the input.
 */
export interface TextField {
  /** The exact source slice. */
  readonly raw: string;
  /** The text to clean: `raw`, or `raw` with the layout's syntax removed. */
  readonly text: string;
  readonly start: Point;
  readonly end: Point;
  /** Index in `text` → offset in the input; defaults to `start.offset + index`. */
  readonly offsetAt?: (index: number) => number;
}

/** Everything a layout knows about one paper card. */
export interface PaperDraft {
  title: TextField;
  abstract?: TextField;
  listingDate?: PartialDate;
  authorCount?: number;
  published?: PartialDate;
  comments?: number;
  arxivId?: string;
  url?: string;
  upvotes?: number;
  organization?: Organization;
  links?: string[];
  start: Point;
  end: Point;
}

/** How drafts become papers. */
export interface AssembleSettings {
  /** Normalization options, or `false` to only collapse whitespace. */
  readonly normalize: NormalizeOptions | false;
  /** Year source for dates printed without one. */
  readonly reference?: FullDate;
}

/**
 * Finish a draft.
 *
 * @example
 * ```ts
 * finishPaper(draft, { normalize: {} }).title; // 'EMO: Earth Mover Distance …'
 * ```
 */
export function finishPaper(draft: PaperDraft, settings: AssembleSettings): Paper {
  const fixes: PaperFix[] = [];
  let title = cleanField(draft.title, 'title', settings, fixes);
  if (title === '') {
    // A title made only of markup (`\\textbf{}`) would normalize to nothing; a paper
    // keeps its title as written rather than lose it.
    title = collapseWhitespace(draft.title.text);
    fixes.length = 0;
  }
  const abstract = draft.abstract ? cleanField(draft.abstract, 'abstract', settings, fixes) : '';
  // Keys are added in schema order, position last, so JSON output reads the same for every paper.
  const paper = {
    title,
    abstract,
    raw: { title: draft.title.raw, abstract: draft.abstract?.raw ?? '' },
  } as Paper;
  if (draft.listingDate) {
    const listingDate = resolveYear(draft.listingDate, settings.reference);
    paper.listingDate = listingDate;
    const iso = toIsoDate(listingDate);
    if (iso !== undefined) paper.listedAt = iso;
  }
  if (draft.authorCount !== undefined) paper.authorCount = draft.authorCount;
  if (draft.published) {
    const published = resolveYear(draft.published, settings.reference);
    paper.published = published;
    const iso = toIsoDate(published);
    if (iso !== undefined) paper.publishedAt = iso;
  }
  if (draft.comments !== undefined) paper.comments = draft.comments;
  if (draft.arxivId !== undefined) paper.arxivId = draft.arxivId;
  if (draft.url !== undefined) paper.url = draft.url;
  if (draft.upvotes !== undefined) paper.upvotes = draft.upvotes;
  if (draft.organization) paper.organization = draft.organization;
  const links = collectLinks(draft.abstract?.text ?? '', draft.links);
  if (links.length > 0) paper.links = links;
  if (fixes.length > 0) paper.fixes = fixes;
  paper.position = { start: draft.start, end: draft.end };
  return paper;
}

function cleanField(
  field: TextField,
  name: PaperFix['field'],
  settings: AssembleSettings,
  fixes: PaperFix[],
): string {
  if (settings.normalize === false) return collapseWhitespace(field.text);
  const explained = explainNormalization(field.text, settings.normalize);
  const { offsetAt } = field;
  const base = field.start.offset;
  for (const fix of explained.fixes) {
    const start = offsetAt === undefined ? base + fix.start : offsetAt(fix.start);
    const end = offsetAt === undefined ? base + fix.end : offsetAt(fix.end);
    fixes.push({
      field: name,
      rule: fix.rule,
      start,
      end,
      before: offsetAt === undefined ? fix.before : sourceSlice(field, start, end, fix.before),
      after: fix.after,
    });
  }
  return collapseWhitespace(explained.text);
}

/**
 * The input text a fix replaces, for a layout that unescaped its field: the fix's
 * `before` is unescaped (`\%`), the input holds the escaped form (`\\%`), and a fix
 * promises `input.slice(start, end) === before`.
 *
 * @example
 * ```ts
 * sourceSlice({ raw: 'a \\\\% b', start: { offset: 10 }, … }, 12, 15, '\\%'); // '\\\\%'
 * ```
 */
function sourceSlice(field: TextField, start: number, end: number, fallback: string): string {
  const from = start - field.start.offset;
  const to = end - field.start.offset;
  return from >= 0 && to <= field.raw.length && from <= to ? field.raw.slice(from, to) : fallback;
}
