/**
 * The paper page machine: a single paper's page (`huggingface.co/papers/<id>`) read as
 * the one card it is. The page prints the listing card's parts with labels and in its
 * own order, then sections that belong to no card:
 *
 * ```text
 * page    = { chrome } [ badge ] title { head } [ abstract-label ] body trailer
 * head    = published | submitter | upvotes | authors-label { name } | code | chrome
 * body    = { text } [ summary-label { text } ]   (the text before the label is the AI summary)
 * trailer = ( "Community" | "Models citing this paper 5" | … ) { anything }   → chrome
 * ```
 *
 * The title is the run of text just before the first of the page's fields (`Published
 * on`, `Submitted by`, `Upvote`, `Authors:`, `Abstract`); runs before it (the site's
 * menu) are chrome. Nothing after the trailer's first heading (comments, their dates,
 * their reactions, citing lists) reaches the paper, so a commenter is never its
 * organization and a reaction never its upvotes. The one paper is written at the end:
 * the trailer's own sentences (`Cite arxiv.org/abs/<id> in a model README.md …`) can
 * still give the id.
 *
 * @module
 */
import { quote } from '../diagnostics.js';
import { joinFields, type TextField } from '../lines/text-field.js';
import { collapseWhitespace, sameCollapsed } from '../lines/whitespace.js';
import type { DiagnosticCode } from '../schema.js';
import type { ContentLine } from './content-line.js';
import { parseDateLine, printedDate } from './date-line.js';
import type { PaperDraft } from './draft.js';
import { isFieldLine } from './field-label.js';
import { paperPageUrl } from './link-target.js';
import type { CardMachine, CardSink, CardTokenKind } from './machine.js';
import {
  isAbstractLabel,
  isPageButton,
  isSummaryLabel,
  isTrailerLabel,
  readArxivBadge,
  readAuthorsLabel,
  readButtonRow,
  readHeaderLine,
  readPageUpvotes,
  readSubmittedOn,
  readTrailerId,
} from './page-label.js';
import type { Part } from './parts.js';
import { isAbstractShaped, shapeOf } from './shape.js';
import { isUserName } from './submitter.js';

/** Where the page has got to. */
type Stage = 'head' | 'authors' | 'body' | 'trailer';

/** An author's name as a page lists it: letters, initials, hyphens; six words at most. */
const NAME = /^\p{L}[\p{L}\p{M}'’.\- ]{0,80}$/u;

/** The most lines a title is wrapped over. */
const MAX_TITLE_LINES = 3;

/** The card fields the page's head and body fill. */
type Fields = Omit<PaperDraft, 'title' | 'start' | 'end'>;

/**
 * Create the machine for one paper's page.
 *
 * @example
 * ```ts
 * const machine = createPaperPageMachine(sink);
 * for (const line of lines) for (const part of readParts(line)) machine.part(part);
 * machine.end(); // sink.card(…) once, with the page's title and abstract
 * ```
 */
export function createPaperPageMachine(sink: CardSink): CardMachine {
  let stage: Stage = 'head';
  // Consecutive text that may be the title, and the title once a field fixed it.
  let run: Part[] = [];
  let title: Part[] | undefined;
  let previous: Part | undefined;
  // The content line the current part was read from.
  let line: ContentLine | undefined;
  // Something not the abstract's came after it began (a button): the abstract is over.
  let interrupted = false;
  let last: Part | undefined;
  const fields: Fields = {};
  const authors: string[] = [];
  let paragraphs: Part[] = [];
  let summary: Part[] | undefined;
  let awaitingName = false;
  // A `GitHub` button without its count: the count may stand on the next line.
  let starsNext = false;
  // The last line of names ended inside a name (no comma after it).
  let nameOpen = false;
  let upvoteButton = false;
  let trailerId: string | undefined;
  // What the paper took, by kind: tokens once the paper is known (chrome if it has no title).
  const taken: Array<readonly [CardTokenKind, Part]> = [];
  // Taken parts already kept in the chrome as well (a header line read whole).
  const kept = new Set<Part>();
  // A field of the page's head was read (`Published on`, `Submitted by`, `Upvote`, `Authors:`).
  let fielded = false;

  const token = (kind: CardTokenKind, part: Part): void => sink.token?.(kind, part);

  function chrome(part: Part): void {
    token('chrome', part);
    furniture(part);
  }

  /** A line to the chrome; lines the grammar joined (a wrapped list) as the source has them. */
  function furniture(part: Part): void {
    const raw = part.field?.raw;
    sink.chrome(
      raw !== undefined && raw !== part.text && sameCollapsed(raw, part.text)
        ? { ...part, text: raw }
        : part,
    );
  }

  function problem(code: DiagnosticCode, message: string, part: Part): void {
    token('unknown', part);
    sink.diagnostic(code, `${message}: ${quote(part.text)}`, part);
  }

  /** A part the paper took. */
  function take(kind: CardTokenKind, part: Part): void {
    taken.push([kind, part]);
    if (last === undefined || part.end.offset > last.end.offset) last = part;
  }

  function dropRun(): void {
    for (const part of run) chrome(part);
    run = [];
  }

  /** A page field arrived: the text run before it is the title. */
  function fixTitle(): void {
    fielded = true;
    if (title !== undefined || run.length === 0) return;
    // A title is a line or a few; sentences are the site's or a comment's text.
    const joined = joinParts(run);
    if (run.length > MAX_TITLE_LINES || isAbstractShaped(shapeOf(joined.text))) {
      dropRun();
      return;
    }
    title = run;
    run = [];
    for (const part of title) take('title', part);
  }

  /** The paper's id: the first place that names it; one that names another is reported. */
  function setId(id: string, part: Part): void {
    if (fields.arxivId === undefined) {
      fields.arxivId = id;
      fields.url ??= paperPageUrl(id);
      return;
    }
    if (fields.arxivId !== id) {
      sink.diagnostic(
        'mismatched-link',
        `Link names paper ${id} on the page of paper ${fields.arxivId}; not attached: ${quote(part.text)}`,
        part,
      );
    }
  }

  function paragraph(part: Part): void {
    const mark = part.field === undefined ? markOf(part, line) : undefined;
    const field = part.field ?? mark?.field;
    if (field === undefined) {
      chrome(part);
      return;
    }
    if (interrupted) {
      // Text after the page's buttons: the abstract's source must stay one run.
      problem('orphan-abstract', "Text below a paper page's abstract and buttons", part);
      return;
    }
    stage = 'body';
    const entry = mark ?? part;
    paragraphs.push(entry);
    if (part.links !== undefined) {
      fields.links ??= [];
      for (const url of part.links) if (!fields.links.includes(url)) fields.links.push(url);
    }
    take('abstract', entry);
  }

  /** Labels, whatever kind of part the line was read as. */
  function label(part: Part): boolean {
    const text = part.text;
    const badge = readArxivBadge(text);
    if (badge !== undefined) {
      // The badge stands above the title: text before it is the site's menu.
      dropRun();
      setId(badge, part);
      chrome(part);
      return true;
    }
    if (isTrailerLabel(text)) {
      // Before the page's fields: the site's menu (its `Community`), or an excerpt that
      // opens in the trailer and reaches the card below.
      if (!fielded && paragraphs.length === 0) {
        chrome(part);
        return true;
      }
      fixTitle();
      stage = 'trailer';
      chrome(part);
      return true;
    }
    if (isAbstractLabel(text)) {
      fixTitle();
      // A second heading once the abstract was read: the page printed twice, or a
      // section of its own; the paper is whole.
      stage = paragraphs.length > 0 ? 'trailer' : 'body';
      chrome(part);
      return true;
    }
    if (isSummaryLabel(text)) {
      fixTitle();
      // The summary is printed above its label: what the body took so far.
      if (summary === undefined && paragraphs.length > 0) {
        summary = paragraphs;
        paragraphs = [];
        for (const part of summary) taken.push(['summary', part]);
      }
      stage = 'body';
      chrome(part);
      return true;
    }
    const header = stage === 'body' ? undefined : readHeaderLine(text);
    if (header !== undefined) {
      fixTitle();
      const date = header.published === undefined ? undefined : parseDateLine(header.published);
      if (date?.valid === true && date.comments === undefined)
        fields.published ??= printedDate(date);
      if (header.submittedBy !== undefined) fields.submittedBy ??= header.submittedBy;
      // Read, and kept as the page's line too: a wrapped header ends mid-button (`#5 Paper of`).
      take('published', part);
      furniture(part);
      kept.add(part);
      return true;
    }
    const row = part.kind === 'github' || part.kind === 'arxiv' ? undefined : readButtonRow(text);
    if (row !== undefined && title !== undefined) {
      buttons(row);
      if (paragraphs.length > 0) interrupted = true;
      chrome(part);
      return true;
    }
    const submitter = stage === 'body' ? undefined : readSubmittedOn(text);
    if (submitter !== undefined) {
      fixTitle();
      fields.submittedBy ??= submitter;
      take('submitter', part);
      return true;
    }
    const count = stage === 'body' ? undefined : readPageUpvotes(text);
    if (count !== undefined && part.kind !== 'upvotes') {
      upvotes({ ...part, count });
      return true;
    }
    const names = readAuthorsLabel(text);
    if (names !== undefined && stage !== 'body') {
      fixTitle();
      stage = 'authors';
      addAuthors(names);
      chrome(part);
      return true;
    }
    // `View arXiv page` and `View PDF` are buttons that link the paper: read as links.
    if (part.kind !== 'arxiv' && part.kind !== 'github' && isPageButton(text)) {
      upvoteButton = /^upvote$/i.test(text);
      chrome(part);
      return true;
    }
    return false;
  }

  /**
   * Names separated by commas. A list wrapped in the middle of a name (`…, Tomás` /
   * `Villanueva, Eun-ji Park`) goes on with the name the line before left open.
   */
  function addAuthors(text: string): void {
    const names = text.split(',');
    const open = nameOpen && !text.trimStart().startsWith(',');
    nameOpen = names.length > 1 && !text.trimEnd().endsWith(',');
    names.forEach((name, index) => {
      const trimmed = collapseWhitespace(name).trim();
      if (trimmed === '' || !NAME.test(trimmed) || trimmed.split(' ').length > 6) return;
      const last = authors.length - 1;
      if (index === 0 && open && last >= 0) authors[last] = `${authors[last]} ${trimmed}`;
      else authors.push(trimmed);
    });
  }

  function head(part: Part): void {
    switch (part.kind) {
      case 'date':
        if (part.publishedOn === true && fields.published === undefined && part.date?.valid) {
          fixTitle();
          fields.published = printedDate(part.date);
          take('published', part);
          return;
        }
        chrome(part);
        return;
      case 'submitter':
        fixTitle();
        if (part.name !== undefined) fields.submittedBy ??= part.name;
        else awaitingName = true;
        take('submitter', part);
        return;
      case 'name':
      case 'profile': {
        // `nielsr on Apr 10`: a text-browser dump runs the link's text on to the date.
        const name = part.name?.replace(/\s+on\s+\S.*$/, '');
        if (awaitingName && name !== undefined && isUserName(name)) {
          awaitingName = false;
          fields.submittedBy ??= name;
          take('submitter', part);
          return;
        }
        if (stage === 'authors') {
          author(part);
          return;
        }
        if (part.kind === 'name') {
          text(part);
          return;
        }
        chrome(part);
        return;
      }
      case 'upvotes':
        upvotes(part);
        return;
      case 'count':
        if (upvoteButton) {
          upvotes(part);
          return;
        }
        chrome(part);
        return;
      case 'github':
      case 'arxiv':
        code(part);
        return;
      case 'text':
        text(part);
        return;
      default:
        chrome(part);
        return;
    }
  }

  /** The row of buttons: the GitHub button's URL and stars, where the code link has none. */
  function buttons(row: { stars?: number; url?: string }): void {
    if (row.url !== undefined && fields.githubUrl === undefined) {
      fields.githubUrl = row.url;
      fields.links ??= [];
      if (!fields.links.includes(row.url)) fields.links.unshift(row.url);
    }
    if (row.stars !== undefined && (row.url === undefined || row.url === fields.githubUrl)) {
      fields.githubStars ??= row.stars;
    }
  }

  function upvotes(part: Part): void {
    upvoteButton = false;
    if (fields.upvotes !== undefined || part.count === undefined) {
      chrome(part);
      return;
    }
    fixTitle();
    fields.upvotes = part.count;
    take('upvotes', part);
  }

  function code(part: Part): void {
    // Above the title: the site's menu (`[GitHub](https://github.com/huggingface)`).
    if (title === undefined) {
      chrome(part);
      return;
    }
    if (part.kind === 'github') {
      // A second code link, or a count beside one already read: not the page's button.
      const other = fields.githubUrl !== undefined && fields.githubUrl !== part.url;
      if (other || (part.url === undefined && fields.githubStars !== undefined)) {
        chrome(part);
        return;
      }
      buttons({
        ...(part.url === undefined ? {} : { url: part.url }),
        ...(part.stars === undefined ? {} : { stars: part.stars }),
      });
      // `GitHub` / `2.3k`: a copy that puts the button's count on a line of its own.
      starsNext = part.stars === undefined;
      take('github', part);
      return;
    }
    if (part.arxivId !== undefined) setId(part.arxivId, part);
    if (part.url !== undefined && part.url !== '' && part.arxivId === fields.arxivId) {
      fields.arxivUrl ??= part.url;
    }
    take('arxiv', part);
  }

  function author(part: Part): void {
    const before = authors.length;
    addAuthors(part.text);
    if (authors.length > before) {
      take('authors', part);
      return;
    }
    stage = 'head';
    chrome(part);
  }

  function text(part: Part): void {
    const shape = part.shape;
    if (title === undefined) {
      if (shape !== undefined && isAbstractShaped(shape) && part.heading === undefined) {
        // An abstract with no heading over it, after the page's fields: the run before
        // them was the title (none when the capture starts below the title: then the
        // abstract has no paper). Before any field, it is the site's text.
        if (!fielded) {
          chrome(part);
          return;
        }
        fixTitle();
        paragraph(part);
        return;
      }
      if (shape?.letters !== true || isFieldLine(part.text)) {
        chrome(part);
        return;
      }
      const continues =
        run.length > 0 &&
        previous === run[run.length - 1] &&
        part.heading === undefined &&
        run[0]?.heading === undefined;
      if (!continues) dropRun();
      run.push(part);
      return;
    }
    if (stage === 'authors' && part.text === ',') {
      chrome(part);
      return;
    }
    if (
      stage === 'authors' &&
      part.text.length <= 120 &&
      !isAbstractShaped(shape ?? fallbackShape)
    ) {
      author(part);
      return;
    }
    if (shape !== undefined && isAbstractShaped(shape)) {
      paragraph(part);
      return;
    }
    chrome(part);
  }

  function body(part: Part): void {
    if (starsNext && part.kind === 'count' && part.count !== undefined) {
      starsNext = false;
      buttons({ stars: part.count });
      take('github', part);
      return;
    }
    starsNext = false;
    if (part.field !== undefined || markOf(part, line) !== undefined) {
      paragraph(part);
      return;
    }
    if (paragraphs.length > 0) interrupted = true;
    if (part.kind === 'github' || part.kind === 'arxiv') code(part);
    else chrome(part);
  }

  function trailer(part: Part): void {
    chrome(part);
  }

  /** Write the one paper, or say why there is none. */
  function finish(): void {
    dropRun();
    const abstract = paragraphs.length > 0 ? joinParts(paragraphs) : undefined;
    // A summary's parts were first taken for the abstract: their last kind stands.
    const kinds = new Map(taken.map(([kind, part]) => [part, kind]));
    for (const [part, kind] of kinds) {
      if (title !== undefined) token(kind, part);
      else if (kind === 'abstract' || kind === 'summary') token('unknown', part);
      else if (kept.has(part)) token('chrome', part);
      else chrome(part);
    }
    if (title === undefined) {
      if (abstract !== undefined) {
        sink.diagnostic(
          'orphan-abstract',
          `A paper page's abstract with no title before it (the capture starts below the title): ${quote(abstract.text)}`,
          abstract,
        );
      }
      return;
    }
    if (fields.arxivId === undefined && trailerId !== undefined) {
      fields.arxivId = trailerId;
      fields.url ??= paperPageUrl(trailerId);
    }
    const first = title[0] as Part;
    const end = (last ?? (title[title.length - 1] as Part)).end;
    const draft: PaperDraft = { ...fields, title: joinParts(title), start: first.start, end };
    if (abstract !== undefined) draft.abstract = abstract;
    else {
      sink.diagnostic(
        'missing-abstract',
        `Title has no abstract after it: ${quote(draft.title.raw)}`,
        draft.title,
      );
    }
    if (summary !== undefined) {
      draft.aiSummary = collapseWhitespace(summary.map((part) => part.text).join(' ')).trim();
    }
    if (authors.length > 0) {
      draft.authors = authors;
      draft.authorCount = authors.length;
    }
    sink.card(draft);
  }

  return {
    part(part, from) {
      line = from;
      // The page's own sentences that name its paper, wherever an excerpt put them.
      trailerId ??= readTrailerId(part.text);
      if (stage === 'trailer') trailer(part);
      else if (!label(part)) {
        if (stage === 'body') body(part);
        else head(part);
      }
      previous = part;
    },
    end() {
      finish();
      sink.end?.();
    },
  };
}

/**
 * A paragraph's glue a layout split off on a line of its own (`-`, `(`, `:` between the
 * highlighted words of an abstract), as a text part: its source is its text, and the
 * source before it is its line's gap, so it joins the abstract with its raw text exact.
 *
 * @example
 * ```ts
 * markOf(dashPart, line); // { …dashPart, field: { raw: '-', text: '-', … }, gap: '\n\n' }
 * markOf(imagePart, line); // undefined
 * ```
 */
function markOf(part: Part, line: ContentLine | undefined): Part | undefined {
  const text = part.text;
  if (text.length === 0 || text.length > 3 || /[\p{L}\p{N}]/u.test(text)) return undefined;
  if (part.end.offset - part.start.offset !== text.length) return undefined;
  if (line?.gap === undefined || line.start.offset !== part.start.offset) return undefined;
  return { ...part, field: { raw: text, text, start: part.start, end: part.end }, gap: line.gap };
}

/** A shape no text has: for a part read without one. */
const fallbackShape = {
  length: 0,
  letters: false,
  words: 0,
  breaks: 0,
  endsSentence: false,
  colon: false,
  spaced: false,
  symbols: 0,
} as const;

/** Parts' fields as one field, the source between them kept in `raw`. */
function joinParts(parts: readonly Part[]): TextField {
  const fields = parts.map((part) => part.field as TextField);
  return joinFields(
    fields,
    parts.slice(1).map((part) => part.gap ?? '\n'),
  );
}
