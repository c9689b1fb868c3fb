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
 * The title is the run of text just above the page's first field (`Published on`,
 * `Submitted by`, `Upvote`, `Authors:`, `Abstract`); runs before it (the site's menu)
 * are chrome, and a title is never taken after that first field. The abstract runs to
 * the first button. Nothing after the trailer's first heading (comments, their dates,
 * their reactions, citing lists) reaches the paper, so a commenter is never its
 * organization and a reaction never its upvotes; but a second page's badge there starts
 * a second paper page, and a heading that links a paper below the citing lists hands the
 * rest to the card machine (a crawler's file of several pages; a comment's such heading
 * is chrome). Each paper is written when its page ends: the
 * citing lists' own sentence (`Cite arxiv.org/abs/<id> in a model README.md …`) can
 * still give the id.
 *
 * @module
 */
import { quote } from '../diagnostics.js';
import { collapseWhitespace } from '../lines/whitespace.js';
import type { ContentLine } from './content-line.js';
import { printedDate } from './date-line.js';
import { addLinks, type PaperDraft } from './draft.js';
import { isFieldLine } from './field-label.js';
import { paperPageUrl, readLinkTarget } from './link-target.js';
import {
  type CardMachine,
  type CardSink,
  type CardTokenKind,
  createCardMachine,
  type MachineOptions,
} from './machine.js';
import {
  isAbstractLabel,
  isAgentLabel,
  isPageButton,
  isPageSection,
  isSummaryLabel,
  isTrailerLabel,
  readAgentId,
  readArxivBadge,
  readAuthorsLabel,
  readButtonRow,
  readCiteId,
  readHeaderLine,
  readPageUpvotes,
  readSubmittedOn,
  readUserOn,
} from './page-label.js';
import { asWritten, joinParts, type Part } from './parts.js';
import { isAbstractShaped, isTitleShaped, shapeOf } from './shape.js';
import { isUserName } from './submitter.js';

/** Where the page has got to. */
type Stage = 'head' | 'authors' | 'body' | 'trailer';

/**
 * An author's name as a page lists it: letters, initials, hyphens, apostrophes, a
 * nickname in parentheses (`Changran (Frank) Hu`); ten words at most.
 */
const NAME = /^[\p{L}\p{M}'’][\p{L}\p{M}\p{N}'’.\-() ]{0,100}$/u;
const NAME_WORDS = 10;

/** The shortest line a text browser wraps a list of names at. */
const WRAPPED = 60;

/** The most lines a title is wrapped over. */
const MAX_TITLE_LINES = 3;

/** The card fields the page's head and body fill. */
type Fields = Omit<PaperDraft, 'title' | 'start' | 'end'>;

/** The GitHub button's target and count, as a code link or a row of buttons gives them. */
interface Code {
  readonly url?: string;
  readonly stars?: number;
}

/**
 * Create the machine for one paper's page. `options` are the card machine's, for a
 * listing that follows the page in the same capture.
 *
 * @example
 * ```ts
 * const machine = createPaperPageMachine(sink);
 * for (const line of lines) for (const part of readParts(line)) machine.part(part, line);
 * machine.end(); // sink.card(…) once, with the page's title and abstract
 * ```
 */
export function createPaperPageMachine(sink: CardSink, options: MachineOptions = {}): CardMachine {
  let stage: Stage = 'head';
  // Consecutive text that may be the title, and the title once the first field fixed it.
  let run: Part[] = [];
  let title: Part[] | undefined;
  // The first field was read: no title is taken after it.
  let fielded = false;
  let badgeSeen = false;
  let previous: Part | undefined;
  let first: Part | undefined;
  // The content line the current part was read from.
  let line: ContentLine | undefined;
  let last: Part | undefined;
  const fields: Fields = {};
  const authors: string[] = [];
  // A name between commas that is no name: the count would be short, so none is given.
  let authorsBroken = false;
  // Authors the page folded (`+ 8 authors`): counted, not named.
  let authorsMore = 0;
  // The last line of names ended inside a name (no comma after it).
  let nameOpen = false;
  let paragraphs: Part[] = [];
  let summary: Part[] | undefined;
  // The summary's label came first: the next paragraph is the summary.
  let summaryNext = false;
  // Something not the abstract's came after it began (a button): the abstract is over.
  let interrupted = false;
  let awaitingName = false;
  let upvoteButton = false;
  let upvoteNext = false;
  // A `GitHub` button without its count: the count may stand on the next line.
  let starsNext = false;
  let starsNow = false;
  // The ids the page's own trailer names (its citing lists' sentence, its agent box).
  const trailerIds = new Set<string>();
  let agentNext = false;
  // What the paper took, by kind: tokens once the paper is known (chrome if it has none).
  const taken: Array<readonly [CardTokenKind, Part]> = [];
  // Taken parts already kept in the chrome as well (a header line read whole).
  const kept = new Set<Part>();
  // A second page, or a listing, after this page's trailer.
  let next: CardMachine | undefined;
  // A citing list or the agent box was read: the page's own sections are under way.
  let sectionSeen = false;
  // The trailer's last text run, held: a second page's title may be one.
  let held: Part[] = [];

  const token = (kind: CardTokenKind, part: Part): void => sink.token?.(kind, part);

  function chrome(part: Part): void {
    token('chrome', part);
    furniture(part);
  }

  /**
   * Another paper's mark among the comments (a badge, a heading that links it): a
   * `mismatched-link` that says it, and the line is the page's chrome.
   *
   * @example
   * ```ts
   * said('A badge of paper 2401.00001 below the comments …; not read as a page', part);
   * ```
   */
  function said(message: string, part: Part): void {
    sink.diagnostic('mismatched-link', `${message}: ${quote(part.text)}`, part);
    token('chrome', part);
    furniture(part);
  }

  /** A line to the chrome; lines the grammar joined (a wrapped list) as the source has them. */
  function furniture(part: Part): void {
    sink.chrome(asWritten(part));
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

  /**
   * The page's first field arrived: the text run just above it is the title, a line or
   * a few (a heading whatever its shape; plain text that reads as sentences is not).
   */
  function fixTitle(): void {
    if (fielded) return;
    fielded = true;
    const [head] = run;
    if (head === undefined) return;
    const sentences = head.heading === undefined && isAbstractShaped(shapeOf(joinParts(run).text));
    if (run.length > MAX_TITLE_LINES || sentences) {
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

  /** The abstract is over when something not its own comes after it. */
  function interrupt(): void {
    if (stage === 'body' && paragraphs.length > 0) interrupted = true;
  }

  /** Labels, whatever kind of part the line was read as. */
  function label(part: Part): boolean {
    const text = part.text;
    const badge = readArxivBadge(text);
    if (badge !== undefined) {
      // The badge stands above the title: text before it is the site's menu.
      if (title === undefined) dropRun();
      interrupt();
      badgeSeen = true;
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
      agentNext = isAgentLabel(text);
      sectionSeen = isPageSection(text);
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
        for (const moved of summary) taken.push(['summary', moved]);
      } else if (summary === undefined) summaryNext = true;
      else interrupt(); // a second label: not this abstract's
      stage = 'body';
      chrome(part);
      return true;
    }
    if (part.kind === 'github' || part.kind === 'arxiv') return false;
    const header = stage === 'body' ? undefined : readHeaderLine(text);
    if (header !== undefined) {
      fixTitle();
      const date = header.published;
      if (date?.valid === true && date.comments === undefined) {
        fields.published ??= printedDate(date);
      }
      if (header.submittedBy !== undefined) fields.submittedBy ??= header.submittedBy;
      // Read, and kept as the page's line too: a wrapped header ends mid-button (`#5 Paper of`).
      take('published', part);
      furniture(part);
      kept.add(part);
      return true;
    }
    const row = readButtonRow(text);
    if (row !== undefined && title !== undefined) {
      code(linkedCode(row, part));
      interrupt();
      chrome(part);
      return true;
    }
    if (stage === 'body') return pageButton(part);
    const more = stage === 'authors' ? /^\+\s?(\d{1,4})\s+authors?$/i.exec(text) : null;
    if (more !== null) {
      // `+ 8 authors`: the page folded the rest of its list; the count is the page's.
      authorsMore += Number(more[1]);
      take('authors', part);
      return true;
    }
    const submitter = readSubmittedOn(text);
    if (submitter !== undefined) {
      fixTitle();
      if (fields.submittedBy === undefined) {
        fields.submittedBy = submitter;
        take('submitter', part);
      } else chrome(part);
      return true;
    }
    const count = readPageUpvotes(text);
    if (count !== undefined && part.kind !== 'upvotes') {
      upvotes({ ...part, count });
      return true;
    }
    const names = readAuthorsLabel(text);
    if (names !== undefined) {
      fixTitle();
      stage = 'authors';
      addAuthors(names, text.length);
      chrome(part);
      return true;
    }
    return pageButton(part);
  }

  /** `View PDF`, `Add to collection`, a lone `Upvote` (its count may follow). */
  function pageButton(part: Part): boolean {
    if (!isPageButton(part.text)) return false;
    upvoteButton = /^upvote$/i.test(part.text);
    interrupt();
    chrome(part);
    return true;
  }

  /** A row of buttons with its links: the GitHub button's and arXiv's targets. */
  function linkedCode(row: Code, part: Part): Code {
    let url = row.url;
    for (const link of part.links ?? []) {
      const target = readLinkTarget(link);
      if (target.kind === 'code') url ??= link;
      if (target.kind === 'arxiv') {
        setId(target.arxivId, part);
        if (target.arxivId === fields.arxivId) fields.arxivUrl ??= target.url;
      }
    }
    return { ...row, ...(url === undefined ? {} : { url }) };
  }

  /**
   * Names separated by commas. A list wrapped in the middle of a name (`…, Tomás` /
   * `Villanueva, Eun-ji Park`) goes on with the name the line before left open. Returns
   * whether the text held a name.
   */
  function addAuthors(text: string, lineLength = text.length): boolean {
    const names = text.split(',');
    const open = nameOpen && !text.trimStart().startsWith(',');
    // Only a line as long as a wrapped one (a text browser's 72–80 columns) is cut inside a name.
    nameOpen = names.length > 1 && !text.trimEnd().endsWith(',') && lineLength >= WRAPPED;
    let found = false;
    names.forEach((name, index) => {
      const trimmed = collapseWhitespace(name).trim();
      if (trimmed === '') return;
      if (!NAME.test(trimmed) || trimmed.split(' ').length > NAME_WORDS) {
        // One entry of a list that is no name: the list is not whole.
        if (names.length > 1) authorsBroken = true;
        return;
      }
      found = true;
      const end = authors.length - 1;
      if (index === 0 && open && end >= 0) authors[end] = `${authors[end]} ${trimmed}`;
      else authors.push(trimmed);
    });
    return found;
  }

  function head(part: Part): void {
    switch (part.kind) {
      case 'date':
        if (part.publishedOn === true && fields.published === undefined && part.date?.valid) {
          fixTitle();
          fields.published = printedDate(part.date);
          take('published', part);
        } else chrome(part);
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
        const name = part.name === undefined ? undefined : (readUserOn(part.name) ?? part.name);
        if (awaitingName && name !== undefined && isUserName(name)) {
          awaitingName = false;
          if (fields.submittedBy === undefined) {
            fields.submittedBy = name;
            take('submitter', part);
          } else chrome(part);
        } else if (stage === 'authors') author(part);
        else if (part.kind === 'name') text(part);
        else chrome(part);
        return;
      }
      case 'upvotes':
        upvotes(part);
        return;
      case 'count':
        if (upvoteNext) upvotes(part);
        else if (starsNow && part.count !== undefined) stars(part, part.count);
        else chrome(part);
        return;
      case 'github':
      case 'arxiv':
        if (title === undefined)
          chrome(part); // the site's menu (`GitHub`), above the title
        else linkPart(part);
        return;
      case 'text':
        text(part);
        return;
      default:
        chrome(part);
    }
  }

  /** `GitHub` / `2.3k`: the button's count on a line of its own. */
  function stars(part: Part, count: number): void {
    code({ stars: count });
    take('github', part);
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

  /** A code or arXiv link below the title. */
  function linkPart(part: Part): void {
    if (part.kind === 'github') {
      // `GitHub` / `2.3k`: a copy that puts the button's count on a line of its own.
      starsNext = part.stars === undefined && fields.githubStars === undefined;
      const found = { ...optional('url', part.url), ...optional('stars', part.stars) };
      if (found.url === undefined && found.stars === undefined) chrome(part);
      else if (code(found)) take('github', part);
      else chrome(part);
      return;
    }
    if (part.arxivId !== undefined) setId(part.arxivId, part);
    if (part.url !== undefined && part.url !== '' && part.arxivId === fields.arxivId) {
      fields.arxivUrl ??= part.url;
    }
    take('arxiv', part);
  }

  /**
   * The GitHub button's target and count, where the page has given none yet; a second
   * repository (a comment's, another button's) is not the page's. Returns whether taken.
   */
  function code(found: Code): boolean {
    const { url, stars } = found;
    if (url !== undefined && fields.githubUrl !== undefined && url !== fields.githubUrl) {
      return false;
    }
    if (url === undefined && stars !== undefined && fields.githubStars !== undefined) return false;
    if (url !== undefined && fields.githubUrl === undefined) {
      fields.githubUrl = url;
      addLinks(fields, [url], true);
    }
    if (stars !== undefined) fields.githubStars ??= stars;
    return true;
  }

  function author(part: Part): void {
    if (addAuthors(part.text)) {
      take('authors', part);
      return;
    }
    // A line that is no name ends the list.
    stage = 'head';
    chrome(part);
  }

  function text(part: Part): void {
    const shape = part.shape ?? shapeOf(part.text);
    if (title !== undefined || fielded) {
      if (stage === 'authors' && part.text.length <= 120 && !isAbstractShaped(shape)) {
        if (part.text === ',') chrome(part);
        else author(part);
      } else if (isAbstractShaped(shape)) paragraph(part);
      else chrome(part);
      return;
    }
    if (part.heading === undefined && isAbstractShaped(shape)) {
      // An abstract before any field: the page of a reader mode, badge, heading and
      // abstract alone; or the site's own text, before its badge and title.
      const [head] = run;
      if (head?.heading !== undefined && badgeSeen) {
        fixTitle();
        paragraph(part);
      } else chrome(part);
      return;
    }
    if (!shape.letters || isFieldLine(part.text)) {
      chrome(part);
      return;
    }
    const continues = extendsRun(run, part);
    if (!continues && run.length > 0 && outranks(run, part)) {
      // A title, then a button, then a short line (an organization): the title stands.
      chrome(part);
      return;
    }
    if (!continues) dropRun();
    run.push(part);
  }

  function body(part: Part): void {
    if (starsNow && part.kind === 'count' && part.count !== undefined) {
      stars(part, part.count);
      return;
    }
    const paragraphPart = part.field === undefined ? markOf(part, line) : part;
    if (paragraphPart !== undefined) {
      paragraph(paragraphPart);
      return;
    }
    interrupt();
    if (part.kind === 'github' || part.kind === 'arxiv') linkPart(part);
    else chrome(part);
  }

  /** A paragraph of the abstract (or the summary's, after its label). */
  function paragraph(part: Part): void {
    if (interrupted) {
      // Below the abstract and its buttons: the page's furniture or its comments.
      chrome(part);
      return;
    }
    stage = 'body';
    if (summaryNext && summary === undefined) {
      summaryNext = false;
      summary = [part];
      take('summary', part);
      return;
    }
    paragraphs.push(part);
    if (part.links !== undefined) addLinks(fields, part.links);
    take('abstract', part);
  }

  function trailer(part: Part): void {
    const text = part.text;
    const badge = readArxivBadge(text);
    if (badge !== undefined && badge !== fields.arxivId) {
      releaseHeld();
      if (sectionSeen) {
        // A second page's badge below this page's lists: the capture holds more pages
        // than one (a crawl).
        startNext(createPaperPageMachine(sink, options), [part]);
        return;
      }
      // Among the comments: another paper's, or a digest's next entry; said, not read.
      said(
        `A badge of paper ${badge} below the comments of this paper's page; not read as a page`,
        part,
      );
      return;
    }
    if (sectionSeen && isAbstractLabel(text) && held.length > 0) {
      // An `Abstract` heading below the citing lists (a comment's own stands above them):
      // a second page without its badge, its title the text just above.
      startNext(createPaperPageMachine(sink, options), [...held, part]);
      return;
    }
    if (part.kind === 'text' && part.heading !== undefined && part.arxivId !== undefined) {
      if (sectionSeen) {
        // A heading that links a paper (`### [Title](…/papers/<id>)`) below the citing
        // lists: a listing after the page (the site's menu and a comment's `Subscribe`
        // are none).
        releaseHeld();
        startNext(createCardMachine(sink, options), [part]);
        return;
      }
      if (part.arxivId !== fields.arxivId) {
        // Above them: a comment's (a pasted digest), or a listing after a page cut short
        // before its lists (a crawl); said, not read.
        releaseHeld();
        said(
          `A heading that links paper ${part.arxivId} among the comments of this paper's page; not read as a paper`,
          part,
        );
        return;
      }
    }
    const id = readCiteId(text) ?? (agentNext ? readAgentId(text) : undefined);
    if (id !== undefined) trailerIds.add(id);
    agentNext = isAgentLabel(text);
    if (isPageSection(text)) sectionSeen = true;
    // Text runs are held a moment: a second page's title may be one.
    if (part.kind !== 'text') {
      releaseHeld();
      chrome(part);
      return;
    }
    if (!extendsRun(held, part)) releaseHeld();
    held.push(part);
  }

  /**
   * Whether `part` goes on with a run of text (a title wrapped over lines): right after
   * its last part, and neither is a heading (a heading is a run of its own).
   */
  function extendsRun(parts: readonly Part[], part: Part): boolean {
    const [head] = parts;
    return (
      head !== undefined &&
      previous === parts[parts.length - 1] &&
      part.heading === undefined &&
      head.heading === undefined
    );
  }

  function releaseHeld(): void {
    for (const part of held) chrome(part);
    held = [];
  }

  /** This page is over: the next parts go to `machine`, these first. */
  function startNext(machine: CardMachine, parts: readonly Part[]): void {
    held = [];
    finish();
    next = machine;
    for (const part of parts)
      machine.part(part, part === parts[parts.length - 1] ? line : undefined);
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
      if (summary !== undefined) {
        const text = joinParts(summary);
        sink.diagnostic(
          'orphan-abstract',
          `A paper page's AI summary with no title before it: ${quote(text.text)}`,
          text,
        );
      }
      if (abstract !== undefined) {
        sink.diagnostic(
          'orphan-abstract',
          `A paper page's abstract with no title before it (the capture starts below the title, or the title was not found): ${quote(abstract.text)}`,
          abstract,
        );
      } else if (first !== undefined && summary === undefined) {
        sink.diagnostic(
          'no-paper-data',
          'A paper page whose title was not found: its lines are chrome',
          first,
        );
      }
      return;
    }
    // The citing lists' own sentence, where the page named its paper nowhere else.
    const [id] = trailerIds;
    if (fields.arxivId === undefined && id !== undefined && trailerIds.size === 1) {
      fields.arxivId = id;
      fields.url ??= paperPageUrl(id);
    }
    const start = (title[0] as Part).start;
    const end = (last ?? (title[title.length - 1] as Part)).end;
    const draft: PaperDraft = { ...fields, title: joinParts(title), start, end };
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
    if (authors.length > 0 && !authorsBroken) {
      // A folded list: the names it shows, and the page's count.
      draft.authors = authors;
      draft.authorCount = authors.length + authorsMore;
    }
    // Opened and closed at once: the sink lets the card before (a page before) go.
    sink.opened?.(draft);
    sink.card(draft);
  }

  return {
    part(part, from) {
      if (next !== undefined) {
        next.part(part, from);
        return;
      }
      line = from;
      first ??= part;
      // A lone `Upvote`'s count, or a lone `GitHub`'s, is the part right after it, or none.
      upvoteNext = upvoteButton;
      upvoteButton = false;
      starsNow = starsNext;
      starsNext = false;
      // A name comes right after `Submitted by`, or not at all.
      if (awaitingName && !['chrome', 'name', 'profile', 'submitter'].includes(part.kind)) {
        awaitingName = false;
      }
      // Markup lines (the envelope's front matter, a crawler's header, a bare `-`) are
      // never the page's labels; in the abstract, a `-` may be its glue.
      if (from?.markup === true) {
        if (stage === 'body') body(part);
        else chrome(part);
      } else if (stage === 'trailer') trailer(part);
      else if (!label(part)) {
        if (stage === 'body') body(part);
        else head(part);
      }
      previous = part;
    },
    end() {
      if (next !== undefined) {
        next.end();
        return;
      }
      releaseHeld();
      finish();
      sink.end?.();
    },
  };
}

/** `{ [key]: value }`, or `{}` for `undefined` (an optional property left out). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
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

/**
 * Whether a title run stands against a later line: a heading against plain text, a
 * title-shaped run against text that is none (`Stanford University`).
 *
 * @example
 * ```ts
 * outranks([titlePart], orgPart); // true
 * ```
 */
function outranks(run: readonly Part[], part: Part): boolean {
  const [head] = run;
  if (head === undefined) return false;
  if (head.heading !== undefined) return part.heading === undefined;
  const shape = part.shape ?? shapeOf(part.text);
  return isTitleShaped(shapeOf(joinParts(run).text)) && !isTitleShaped(shape);
}
