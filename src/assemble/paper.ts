/**
 * Turn a layout's paper draft into a `Paper`: clean and normalize the text fields,
 * map fixes back to source offsets, resolve years. Every layout ends here, so a
 * `Paper` means the same whatever the capture looked like.
 *
 * @module
 */
import type { PaperDraft } from '../grammar/draft.js';
import type { TextField } from '../lines/text-field.js';
import { collapseWhitespace } from '../lines/whitespace.js';
import { explainNormalization, type NormalizeOptions } from '../normalize/index.js';
import type { Paper, PaperFix } from '../schema.js';
import { type FullDate, resolveYear, toIsoDate } from './dates.js';
import { collectLinks } from './links.js';

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
  if (draft.authors !== undefined) paper.authors = draft.authors;
  if (draft.authorCount !== undefined) paper.authorCount = draft.authorCount;
  if (draft.published) {
    const published = resolveYear(draft.published, settings.reference);
    paper.published = published;
    const iso = draft.publishedTime ?? toIsoDate(published);
    if (iso !== undefined) paper.publishedAt = iso;
  }
  if (draft.comments !== undefined) paper.comments = draft.comments;
  if (draft.arxivId !== undefined) paper.arxivId = draft.arxivId;
  if (draft.url !== undefined) paper.url = draft.url;
  if (draft.arxivUrl !== undefined) paper.arxivUrl = draft.arxivUrl;
  if (draft.upvotes !== undefined) paper.upvotes = draft.upvotes;
  if (draft.organization) paper.organization = draft.organization;
  if (draft.submittedBy !== undefined) paper.submittedBy = draft.submittedBy;
  if (draft.githubUrl !== undefined) paper.githubUrl = draft.githubUrl;
  if (draft.githubStars !== undefined) paper.githubStars = draft.githubStars;
  if (draft.aiSummary !== undefined) paper.aiSummary = draft.aiSummary;
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
    // The text's end maps to where the next text starts, which can lie past skipped
    // whitespace (a Markdown line's trailing space): never past the field's own end.
    const end = Math.min(
      offsetAt === undefined ? base + fix.end : offsetAt(fix.end),
      Math.max(start, field.end.offset),
    );
    fixes.push({
      field: name,
      rule: fix.rule,
      start,
      end,
      // (A plain field whose TAB or NBSP the layout read as a space has its source in `raw`.)
      before:
        offsetAt === undefined && field.raw === field.text
          ? fix.before
          : sourceSlice(field, start, end, fix.before),
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
