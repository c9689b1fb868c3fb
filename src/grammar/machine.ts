/**
 * The card machine: one grammar of the Hugging Face paper card over the parts of every
 * layout. A card is
 *
 * ```text
 * card    = [ thumbnail ] [ submitter ] [ upvotes ] title [ abstract { abstract } ]
 *           [ authors | organization ] [ "·" ] [ published [ comments ] ]
 *           { upvotes | comments | github | arxiv }
 *         | title item                      (a collection's: `Paper • <id> • …`)
 * listing = { chrome | header | listing-date | card }
 * ```
 *
 * A card opens at its first part and closes at the next card's first part, a page
 * header, a listing date or the end. A card is a boundary: a part that names another
 * paper (a thumbnail, an upvote button) never attaches to this one. Where the order
 * alone cannot tell (an upvote count between two cards, a short line after a title),
 * the machine looks ahead to the next part that is not chrome.
 *
 * State is small: the open card and how far it got, the parts seen before a title
 * (the next card's prefix), the section's listing date, and a short lookahead queue.
 *
 * @module
 */
import { quote } from '../diagnostics.js';
import { lineBreaks } from '../lines/points.js';
import { joinFields, type TextField } from '../lines/text-field.js';
import { collapseWhitespace, sameCollapsed } from '../lines/whitespace.js';
import type { DiagnosticCode, PartialDate, Point } from '../schema.js';
import { LABEL_MAX } from './code-links.js';
import { opensPhraseTail } from './connecting-words.js';
import type { ContentLine } from './content-line.js';
import { type DateLine, printedDate } from './date-line.js';
import { addItemFacts, addLinks, type PaperDraft, reportMismatch } from './draft.js';
import { type Facts, readFacts } from './fact-line.js';
import { isButtonText, isFactLine, isFieldLine, isListLabel } from './field-label.js';
import { isItemName } from './item-line.js';
import { paperPageUrl } from './link-target.js';
import { isName, type Part, withoutAlt } from './parts.js';
import { isRank } from './rank.js';
import { readSectionLabel, type Section } from './section-label.js';
import { isAbstractShaped, isMachineText, isProse, isTitleShaped, shapeOf } from './shape.js';

/**
 * The kind each part of a card finally took, as `tokenize` reports it.
 *
 * @example
 * ```ts
 * const kinds: CardTokenKind[] = ['title', 'abstract', 'upvotes'];
 * ```
 */
export type CardTokenKind =
  | 'chrome'
  | 'listing-date'
  | 'submitter'
  | 'thumbnail'
  | 'upvotes'
  | 'title'
  | 'abstract'
  /** A paper page's AI-generated summary (`grammar/paper-page.ts`). */
  | 'summary'
  /** A collection item's line: the paper's id, date and upvotes (`grammar/item-line.ts`). */
  | 'item'
  | 'authors'
  | 'organization'
  | 'separator'
  | 'published'
  | 'comments'
  | 'github'
  | 'arxiv'
  | 'unknown';

/** Where the machine's results go, in input order of the decisions. */
export interface CardSink {
  /** A complete card. */
  card(draft: PaperDraft): void;
  /** A card's title was decided: the card before it is closed (`card` came first). */
  opened?(draft: PaperDraft): void;
  /** A part that is page chrome (`header` when it starts a page). */
  chrome(part: Part): void;
  /** A listing date line (also page chrome). */
  listingDate(part: Part, date: PartialDate): void;
  diagnostic(code: DiagnosticCode, message: string, range: Span): void;
  /** Every part's final kind, once. */
  token?(kind: CardTokenKind, part: Part): void;
  /** No more parts will come. */
  end?(): void;
}

/** A source range. */
export interface Span {
  readonly start: Point;
  readonly end: Point;
}

/** What the machine is told about the capture. */
export interface MachineOptions {
  /** The listing date the capture's URL names, until a date line says otherwise. */
  readonly pageDate?: PartialDate;
  /**
   * The layout marks titles (Markdown headings, links to the paper): plain text is a
   * title only when its abstract follows, and what cannot be placed is an
   * `unknown-block` rather than an `unrecognized-line`.
   */
  readonly marked?: boolean;
}

/** Feed parts in order; `end()` decides what is still waiting. */
export interface CardMachine {
  /** A part, and the content line it was read from (a paper page's glue needs its gap). */
  part(part: Part, line?: ContentLine): void;
  end(): void;
}

/** A field whose value is a URL (`Code: https://github.com/…`). */
const FIELD_URL = /:\s*https?:\/\/\S+$/;

/** A URL anywhere in a line, with its scheme or a code host's name: no title holds one. */
const URL_IN = /\bhttps?:\/\/\S|\b(?:github\.com|huggingface\.co|arxiv\.org)\/\S/;
const URLS = /\bhttps?:\/\/\S+|\b(?:github\.com|huggingface\.co|arxiv\.org)\/\S+/g;
/** A sentence closed inside brackets (`(Code will be released soon.)`). */
const CLOSED_SENTENCE = /[.!?][)\]]$/;
/** A company's name ends with an abbreviation's full stop (`Apple Inc.`), no sentence's. */
const ORG_SUFFIX = /\b(?:Inc|Ltd|Co|Corp|LLC|GmbH|Lab|Labs)\.$/;
/** A letter beside a line's URLs: words, not a URL alone. */
const WORD_BESIDE_URL = /\p{L}/u;

/** A thematic break (`---`, `***`, `___`): a digest's line between cards. */
const BREAK = /^(?:[-*_] ?){3,}$/;

/** How far the open card got. */
const TITLE = 1;
const ABSTRACT = 2;
const BYLINE = 3;
const SEPARATOR = 4;
const DATE = 5;

/** Parts held for lookahead before a decision is forced. */
const LOOKAHEAD = 48;

/** A thematic break's text (`---`, `* * *`, `___`), as a layout keeps it for markup. */
const THEMATIC_BREAK = /^(?:[-*_][ \t]{0,3}){3,80}$/;

/** A card's head parts between its title and a section label, at most (date, facts). */
const HEAD_PARTS = 4;

/** Parts seen before a card's title. */
interface Prefix {
  start: Point;
  thumbnail?: Part;
  submitter?: Part;
  /** The submitter's name on a line of its own (`Submitted by` / `akhaliq`). */
  name?: Part;
  submittedBy?: string;
  upvotes?: Part;
}

/**
 * Create the machine.
 *
 * @example
 * ```ts
 * const machine = createCardMachine(sink);
 * for (const line of lines) for (const part of readParts(line)) machine.part(part);
 * machine.end(); // sink.card(…) for every card
 * ```
 */
export function createCardMachine(sink: CardSink, options: MachineOptions = {}): CardMachine {
  const { pageDate } = options;
  // Link-keeping captures mark titles (headings, links) and place whole blocks.
  const marked = options.marked === true;
  const unknown: DiagnosticCode = marked ? 'unknown-block' : 'unrecognized-line';
  let card: PaperDraft | undefined;
  let stage = 0;
  let upvoted = false;
  // The open card is a collection's item: a title and its item line, no abstract.
  let itemCard = false;
  let separatorOnly: Part | undefined;
  let prefix: Prefix | undefined;
  let awaitingName = false;
  let sectionDate: PartialDate | undefined = pageDate;
  let sectionHasPapers = false;
  let seenCard = false;
  // What the page has shown so far: read the page, not one card. A page whose cards
  // show abstracts gives a short line after a title to the abstract; a page whose cards
  // carry no number before their title does not read one as upvotes.
  let abstractsSeen = 0;
  let cardsWithoutAbstract = 0;
  let cardsWithoutCount = 0;
  let cardsWithoutUpvotes = 0;
  // Cards whose upvote count came before their title (a daily page's order).
  let cardsWithLeadUpvotes = 0;
  // Titles the page marked as titles (a heading, a link to the paper).
  let markedTitles = 0;
  let leadCount = false;
  // The open card's abstract paragraphs and the source between them, joined at close.
  let paragraphs: TextField[] = [];
  let paragraphGaps: string[] = [];
  const queue: Part[] = [];
  let ended = false;
  // The part decided last, chrome included, and the last one the abstract took.
  let previous: Part | undefined;
  let lastAbstract: Part | undefined;
  // The open card may still take a digest's labelled facts: right under its title, until
  // anything the grammar could not place, another paper's link or a thematic break.
  let factsOpen = false;
  // Fact lines the page's cards took: a digest's, whose title-shaped headings over facts are
  // cards too.
  let factsRead = 0;
  // An open card's unplaced label over a list (`**Builds on:**`), then each paper link
  // right under it: the card's related work, never the next card's title.
  let label: Part | undefined;
  // The open card's upvote count, when a count part gave it.
  let upvoteCount: Part | undefined;
  // A `Published on` date right under the open card's title, its stage not yet moved on:
  // labelled facts and a section label may still follow it (a tool's card prints its
  // date, its `Authors:` and then `### Abstract`). Any other part moves the card to its
  // date's stage first, as the date alone always did.
  let headDate = false;
  // The open card's labelled section (`### Abstract`, `### AI Generated Summary`): the
  // text under its label, and the label just read, whose text is next.
  let section: Section | undefined;
  let sectionNext = false;
  // The open card's AI summary paragraphs (under a summary label) and the source between.
  let summaries: TextField[] = [];
  let summaryGaps: string[] = [];
  // Nothing was reported since the open card's labelled section began: its closing
  // `Link to paper:` is still the card's.
  let sectionClean = false;
  // A section label no card took: the text under it is no title.
  let orphanNext = false;

  const token = (kind: CardTokenKind, part: Part): void => sink.token?.(kind, part);

  function chrome(part: Part): void {
    if (factsOpen && BREAK.test(part.text)) factsOpen = false;
    token('chrome', part);
    sink.chrome(part);
  }

  function problem(code: DiagnosticCode, message: string, part: Part): void {
    factsOpen = false;
    sectionClean = false;
    // (A heading's list is the page's section, not the card's: `## More papers:`.)
    if (
      card !== undefined &&
      code === unknown &&
      part.heading === undefined &&
      isListLabel(part.text)
    )
      label = part;
    token('unknown', part);
    sink.diagnostic(code, `${message}: ${quote(part.text)}`, part);
  }

  function misplaced(part: Part, what: string): void {
    problem('unexpected-footer', `${what} outside a paper card, or out of order`, part);
  }

  function extend(part: Part): void {
    if (card !== undefined && part.end.offset > card.end.offset) card.end = part.end;
  }

  /** The open card's head date's stage, taken now (see `headDate`). */
  function commitHead(): void {
    if (!headDate) return;
    headDate = false;
    if (card !== undefined && stage === TITLE) stage = DATE;
  }

  /**
   * Whether a part keeps a head date's card at its title's stage: chrome, a labelled fact
   * on one line (read or reported) or a section label, all of a card's head.
   */
  function keepsHead(part: Part): boolean {
    if (part.kind === 'chrome') return true;
    return headFact(part) || labelOf(part) !== undefined;
  }

  /** A labelled fact on one line of its own, read or not (`Authors: …`, `Upvotes: 10`). */
  function headFact(part: Part): boolean {
    return (
      part.kind === 'text' &&
      part.heading === undefined &&
      part.arxivId === undefined &&
      part.start.line === part.end.line &&
      isFactLine(part.text)
    );
  }

  /** The section a part labels, if it is a section label (no link to a paper). */
  function labelOf(part: Part | undefined): Section | undefined {
    // (`Abstract` alone may read as a user's name: a word of a user name's shape.)
    if ((part?.kind !== 'text' && part?.kind !== 'name') || part.arxivId !== undefined) {
      return undefined;
    }
    return readSectionLabel(part.text);
  }

  /** A link that names another paper than the open card: never attached. */
  function sameCard(part: Part): boolean {
    if (card === undefined) return false;
    if (part.arxivId === undefined || card.arxivId === undefined) return true;
    if (part.arxivId === card.arxivId) return true;
    reportMismatch(part.arxivId, card.arxivId, part, sink);
    return false;
  }

  function close(): void {
    if (card === undefined) return;
    commitHead();
    const done = card;
    card = undefined;
    if (paragraphs.length > 0) {
      done.abstract = joinFields(paragraphs, paragraphGaps);
    }
    if (summaries.length > 0) {
      done.aiSummary = collapseWhitespace(joinFields(summaries, summaryGaps).text).trim();
    }
    // A card that shows text under its title (its abstract, or its AI summary under a label).
    if (paragraphs.length > 0 || summaries.length > 0) abstractsSeen++;
    paragraphs = [];
    paragraphGaps = [];
    summaries = [];
    summaryGaps = [];
    section = undefined;
    sectionNext = false;
    sectionClean = false;
    if (done.abstract === undefined && !itemCard) {
      if (done.aiSummary === undefined) cardsWithoutAbstract++;
      sink.diagnostic(
        'missing-abstract',
        `Title has no abstract after it: ${quote(done.title.raw)}`,
        done.title,
      );
    }
    if (separatorOnly !== undefined && stage < DATE) {
      sink.diagnostic('incomplete-footer', 'Card footer ends before its date', separatorOnly);
    }
    separatorOnly = undefined;
    // A card with neither abstract nor footer (a stray line taken for a title: `No papers
    // submitted on this date yet.`) is no evidence of how the page prints its counts.
    if (!upvoted && (stage >= ABSTRACT || done.abstract !== undefined)) cardsWithoutUpvotes++;
    stage = 0;
    sink.card(done);
  }

  /** Parts before a title that never got one. */
  function dropPrefix(): void {
    if (prefix === undefined) return;
    const { thumbnail, submitter, name, upvotes } = prefix;
    prefix = undefined;
    awaitingName = false;
    if (thumbnail !== undefined) chrome(thumbnail);
    if (submitter !== undefined) chrome(submitter);
    // The name went to no card: said with its `Submitted by`, never lost.
    if (name !== undefined) chrome(name);
    if (upvotes !== undefined) {
      problem('unexpected-footer', 'Upvote count with no paper title after it', upvotes);
    }
  }

  function startPrefix(part: Part): Prefix {
    close();
    prefix ??= { start: part.start };
    return prefix;
  }

  function openCard(title: Part): void {
    close();
    factsOpen = true;
    const field = title.field;
    if (field === undefined) return;
    const draft: PaperDraft = { title: field, start: title.start, end: title.end };
    if (title.heading !== undefined || title.arxivId !== undefined) markedTitles++;
    if (title.arxivId !== undefined) draft.arxivId = title.arxivId;
    if (title.url !== undefined && title.url !== '') draft.url = title.url;
    if (title.links !== undefined) draft.links = [...title.links];
    if (sectionDate !== undefined) draft.listingDate = sectionDate;
    card = draft;
    stage = TITLE;
    headDate = false;
    upvoted = false;
    itemCard = false;
    seenCard = true;
    sectionHasPapers = true;
    const before = prefix;
    prefix = undefined;
    awaitingName = false;
    if (before?.upvotes !== undefined) cardsWithLeadUpvotes++;
    if (leadCount) leadCount = false;
    else if (before?.upvotes === undefined) cardsWithoutCount++;
    if (before !== undefined) {
      draft.start = before.start;
      if (before.thumbnail !== undefined) attachThumbnail(draft, before.thumbnail);
      if (before.submittedBy !== undefined) draft.submittedBy = before.submittedBy;
      if (before.upvotes !== undefined) {
        if (sameCard(before.upvotes)) setUpvotes(before.upvotes);
      }
    }
    token('title', title);
    sink.opened?.(draft);
  }

  function attachThumbnail(draft: PaperDraft, thumbnail: Part): void {
    if (draft.arxivId === undefined && thumbnail.arxivId !== undefined) {
      draft.arxivId = thumbnail.arxivId;
      if (thumbnail.url !== undefined) draft.url ??= thumbnail.url;
      return;
    }
    if (thumbnail.arxivId !== draft.arxivId) sameCard(thumbnail);
  }

  /**
   * The paper a card part's Hub link names (its upvote button's `login?next=`, its comment
   * or author link), for a card whose title named none: the id, and the paper's page.
   *
   * @example
   * ```ts
   * adoptId(commentsPart); // card.arxivId = '2604.15311', card.url = 'https://huggingface.co/papers/2604.15311'
   * ```
   */
  function adoptId(part: Part): void {
    if (card === undefined || card.arxivId !== undefined || part.arxivId === undefined) return;
    card.arxivId = part.arxivId;
    card.url ??= paperPageUrl(part.arxivId);
  }

  function setUpvotes(part: Part): void {
    if (card === undefined) return;
    upvoted = true;
    upvoteCount = part;
    if (part.count !== undefined) card.upvotes = part.count;
    adoptId(part);
    extend(part);
    token('upvotes', part);
  }

  /** The queue's part at `from` or the first after it that is not plain chrome. */
  function afterChrome(from: number): Part | undefined {
    for (let i = from; i < queue.length; i++) {
      const part = queue[i] as Part;
      if (part.kind !== 'chrome') return part;
    }
    return undefined;
  }

  /** The next part in the queue after the head that is not plain chrome. */
  function next(): Part | undefined {
    return afterChrome(1);
  }

  /** The `k`-th part after the head that is not plain chrome (`aheadAt(1)` is `next()`). */
  function aheadAt(k: number): Part | undefined {
    let seen = 0;
    for (let i = 1; i < queue.length; i++) {
      const part = queue[i] as Part;
      if (part.kind !== 'chrome' && ++seen === k) return part;
    }
    return undefined;
  }

  /** Whether the next card's lead parts came (its submitter, its upvote count). */
  function cardBegun(): boolean {
    return prefix?.submittedBy !== undefined || prefix?.upvotes !== undefined;
  }

  /**
   * Whether a card's footer follows the head: a count or an author count next, or after
   * one short line (the organization: `EverMind` / `566`).
   */
  function countsAhead(): boolean {
    const footer = (part: Part | undefined) =>
      part?.kind === 'count' ||
      (part?.kind === 'upvotes' &&
        // (A plain id line set tight under the head is its own: see `upvotes`.)
        (part.lead !== true || (part.idLine === true && tight(part.gap)))) ||
      part?.kind === 'authors';
    const first = aheadAt(1);
    if (footer(first)) return true;
    if (first?.kind !== 'text' && first?.kind !== 'name' && first?.kind !== 'byline') return false;
    return first.heading === undefined && !abstractAhead(first) && footer(aheadAt(2));
  }

  function titleAhead(part: Part | undefined): boolean {
    if (part?.kind !== 'text') return false;
    if (part.heading !== undefined || part.arxivId !== undefined) return true;
    // A labelled fact (`Link to paper: …`) is a card's line, never its title.
    if (headFact(part)) return false;
    const shape = part.shape;
    return (
      shape !== undefined &&
      (isTitleShaped(shape) || (shape.letters && shape.words >= 2 && !isAbstractShaped(shape)))
    );
  }

  /** A card's head part: its `Published on` date, a labelled fact on its own line. */
  function isHeadPart(part: Part | undefined): boolean {
    if (part === undefined) return false;
    return (part.kind === 'date' && part.publishedOn === true) || headFact(part);
  }

  /** Which part after the head of the queue follows the head parts right after it. */
  function headEnd(): number {
    let k = 1;
    while (k <= HEAD_PARTS && isHeadPart(aheadAt(k))) k++;
    return k;
  }

  /**
   * Whether a section label (`### Abstract`) follows the head of the queue, past the
   * card's head parts: the head is a card's title, labelled as a tool prints its cards.
   *
   * @example
   * ```ts
   * // ## KazQAD: … / Published on 6 Apr, 2024 / **Authors:** … / ### Abstract
   * labelledAhead(); // true
   * ```
   */
  function labelledAhead(): boolean {
    return labelOf(aheadAt(headEnd())) !== undefined;
  }

  function abstractAhead(part: Part | undefined): boolean {
    return (
      part?.kind === 'text' &&
      part.heading === undefined &&
      part.shape !== undefined &&
      isAbstractShaped(part.shape)
    );
  }

  /** Whether a heading's text came after a digest's rank on its line (`## 2. GPT`). */
  function ranked(part: Part): boolean {
    return (
      previous?.kind === 'chrome' && previous.end.line === part.start.line && isRank(previous.text)
    );
  }

  function footerAhead(part: Part | undefined): boolean {
    if (part === undefined) return false;
    switch (part.kind) {
      case 'authors':
      case 'byline':
      case 'separator':
      case 'comments':
        return true;
      case 'profile':
        return !awaitingName;
      case 'date':
        return part.publishedOn === true || part.date?.year !== undefined;
      default:
        return false;
    }
  }

  function upvotes(part: Part): void {
    // A plain id line (no heading) is its card's by where it stands: set tight above a
    // title (no blank line between) it leads that card; set tight under the open card's
    // text, a blank line after it, it follows that card, if the id is not another
    // paper's. Tight on both sides or neither, it says nothing sure: reported, no value
    // (review41's R1; review42's M1 to M3 and M8 undid a page-wide guess).
    if (part.idLine === true) {
      const below = next();
      const leads = below?.kind === 'text' && tight(below.gap);
      const follows =
        card !== undefined &&
        tight(part.gap) &&
        (card.arxivId === undefined || card.arxivId === part.arxivId);
      if (leads === follows) {
        misplaced(part, 'Upvote count');
        return;
      }
      if (follows) {
        if (!upvoted && prefix === undefined) setUpvotes(part);
        else misplaced(part, 'Upvote count');
        return;
      }
    }
    if (part.tally === true) {
      // `Upvoted 92 times`: said of the card above, never the next card's lead.
      if (card !== undefined && !upvoted && prefix === undefined) setUpvotes(part);
      else misplaced(part, 'Upvote count');
      return;
    }
    if (part.lead === true) {
      // `2505.09666 (27 upvotes)`: the card below's id and count.
      const lead = startPrefix(part);
      if (lead.upvotes !== undefined) dropPrefix();
      startPrefix(part).upvotes = part;
      return;
    }
    // Once the next card has begun (its thumbnail, its submitter), nothing goes back.
    if (card !== undefined && !upvoted && prefix === undefined) {
      const ids = part.arxivId !== undefined && card.arxivId !== undefined;
      const trailing = ids
        ? part.arxivId === card.arxivId
        : !titleAhead(next()) || closesFooter(part);
      if (trailing) {
        setUpvotes(part);
        return;
      }
    }
    const lead = startPrefix(part);
    if (lead.upvotes !== undefined) {
      dropPrefix();
      startPrefix(part).upvotes = part;
      return;
    }
    lead.upvotes = part;
  }

  /**
   * Whether an `Upvote 117` with no link, right after the open card's byline or date,
   * ends that card: a Trending card's button below its footer, on a page where no card
   * so far had its count before its title. The next title after it does not take it.
   *
   * @example
   * ```ts
   * // ### Kandinsky 6.0 Video … / abstract / Kandinsky Lab · Published on Oct 4, 2026
   * closesFooter(upvote117); // true: `Upvote 117` / `### UniMate: …`
   * ```
   */
  function closesFooter(part: Part): boolean {
    return (
      cardsWithLeadUpvotes === 0 &&
      stage >= BYLINE &&
      (previous?.kind === 'date' || previous?.kind === 'byline') &&
      part.text.startsWith('Upvote')
    );
  }

  function count(part: Part): void {
    const ahead = next();
    if (previous?.text === '-' && previous.end.line === part.start.line) {
      // `- 2`: no votes, then the comment count, never an upvote count (the card's own,
      // or, with no card open, no card's).
      if (card !== undefined && card.comments === undefined) comments(part);
      else problem('unrecognized-line', 'Comment count with no paper card open', part);
      return;
    }
    if (prefix !== undefined && prefix.upvotes === undefined) {
      // The next card has begun (its thumbnail, its submitter): its upvote count.
      upvotes(part);
      return;
    }
    // `Upvote` then the count on a line of its own: the button's text, split.
    const button = previous?.kind === 'chrome' && previous.text === 'Upvote';
    if (titleAhead(ahead) && (button || part.arxivId !== undefined || cardsWithoutCount === 0)) {
      leadCount = true;
      upvotes(part);
      return;
    }
    if (
      card !== undefined &&
      stage >= TITLE &&
      previous?.kind === 'github' &&
      previous.stars === undefined &&
      card.githubStars === undefined &&
      !titleAhead(ahead)
    ) {
      // `GitHub` / `86.1k`: a text copy's code button, its star count on the next line
      // (`[GitHub](…)` / `86.1k` when the copy kept the link).
      card.githubStars = part.count as number;
      extend(part);
      token('github', part);
      return;
    }
    if (
      card !== undefined &&
      upvoted &&
      card.published === undefined &&
      card.comments === undefined &&
      ((stage >= BYLINE && previous === upvoteCount) ||
        (stage === SEPARATOR && previous?.kind === 'separator' && !titleAhead(ahead)))
    ) {
      // A daily card prints no date: its comment count comes right after its upvote count
      // (`Ai2` / `54` / `1`) or its `·` (`• 200 authors` / `·` / `4`), its footer whole.
      comments(part);
      separatorOnly = undefined;
      return;
    }
    if (card !== undefined && previous?.kind === 'date' && card.comments === undefined) {
      // Right after the card's date, nothing between: its comment count on a line of its own.
      comments(part);
      return;
    }
    if (card !== undefined && !upvoted && (button || cardsWithoutUpvotes === 0)) {
      setUpvotes(part);
      return;
    }
    problem('unrecognized-line', 'Number outside a paper card, or out of order', part);
  }

  /**
   * A digest's labelled facts (`grammar/fact-line.ts`) right under the open card's title
   * (its links, images and buttons between): fields the card has not got. Whether the
   * line was read; a line whose facts disagree with the card's is not. (Facts after an
   * abstract are not read: they may be the next card's, above a title not read.)
   *
   * @example
   * ```ts
   * facts(upvotesFactPart, { upvotes: 10 }); // card.upvotes = 10
   * ```
   */
  function facts(part: Part, found: Facts): boolean {
    if (card === undefined) return false;
    const clash = <T>(had: T | undefined, got: T | undefined): boolean =>
      had !== undefined && got !== undefined && JSON.stringify(had) !== JSON.stringify(got);
    const own = card.arxivId;
    const other = own === undefined ? undefined : found.papers?.find((id) => id !== own);
    if (other !== undefined && own !== undefined) {
      // Another paper's id or link: the facts of another card (its title not read).
      factsOpen = false;
      reportMismatch(other, own, part, sink);
      return true;
    }
    if (
      clash(card.authors, found.authors) ||
      clash(card.upvotes, found.upvotes) ||
      clash(card.published, found.published) ||
      clash(card.submittedBy, found.submittedBy) ||
      clash(card.githubUrl, found.githubUrl)
    ) {
      return false;
    }
    if (found.authors !== undefined) {
      card.authors = found.authors;
      card.authorCount ??= found.authorCount ?? found.authors.length;
    }
    if (found.upvotes !== undefined) {
      card.upvotes = found.upvotes;
      upvoted = true;
    }
    if (found.published !== undefined) card.published = found.published;
    if (found.submittedBy !== undefined) card.submittedBy = found.submittedBy;
    if (found.arxivId !== undefined) {
      card.arxivId = found.arxivId;
      card.url ??= paperPageUrl(found.arxivId);
    }
    if (found.githubUrl !== undefined) {
      card.githubUrl = found.githubUrl;
      addLinks(card, [found.githubUrl], true);
    }
    if (found.links !== undefined) addLinks(card, found.links);
    extend(part);
    token(factKind(found), part);
    factsRead++;
    return true;
  }

  function comments(part: Part): void {
    if (card === undefined || card.comments !== undefined) {
      misplaced(part, 'Comment count');
      return;
    }
    if (!sameCard(part)) return;
    if (part.count !== undefined) card.comments = part.count;
    // The comment link names the paper (`/papers/<id>#community`): a card whose title has
    // no link (a web clipper's) has its id from it, as from its upvote link.
    adoptId(part);
    extend(part);
    token('comments', part);
  }

  function byline(part: Part, kind: 'authors' | 'organization'): void {
    if (
      card !== undefined &&
      kind === 'authors' &&
      stage === BYLINE &&
      card.organization !== undefined &&
      card.authorCount === undefined
    ) {
      // `DeepSeek` / `• 200 authors`: a daily card shows its organization and its count.
      if (!sameCard(part)) return;
      if (part.count !== undefined) card.authorCount = part.count;
      adoptId(part);
      extend(part);
      token(kind, part);
      return;
    }
    if (
      card !== undefined &&
      kind === 'organization' &&
      stage === BYLINE &&
      previous?.kind === 'authors' &&
      card.organization === undefined &&
      part.url !== undefined &&
      part.name !== undefined
    ) {
      // `[· 8 authors](…)` / `[Tencent](/tencent)`: the organization's link after the count.
      card.organization = { name: part.name, url: part.url };
      extend(part);
      token(kind, part);
      return;
    }
    if (card === undefined || stage >= BYLINE) {
      misplaced(part, kind === 'authors' ? 'Author count' : 'Organization');
      return;
    }
    if (!sameCard(part)) return;
    stage = BYLINE;
    if (kind === 'authors' && part.count !== undefined) card.authorCount = part.count;
    // The author count links the paper (`[· 4 authors](/papers/<id>)`).
    adoptId(part);
    if (kind === 'organization' && part.name !== undefined) {
      card.organization =
        part.url === undefined ? { name: part.name } : { name: part.name, url: part.url };
    }
    extend(part);
    token(kind, part);
  }

  /** A name on a line of its own where a card's organization stands (`Phala` / `·`). */
  function organization(part: Part): void {
    byline({ ...part, name: withoutAlt(collapseWhitespace(part.text)) }, 'organization');
  }

  function profile(part: Part): void {
    if (awaitingName && prefix !== undefined && part.name !== undefined) {
      prefix.submittedBy = part.name;
      prefix.name = part;
      awaitingName = false;
      token('submitter', part);
      return;
    }
    const afterCount = stage === BYLINE && previous?.kind === 'authors';
    if (card !== undefined && stage >= TITLE && (stage < BYLINE || afterCount)) {
      byline(part, 'organization');
      return;
    }
    // A profile link outside a card's byline: navigation (`by AK`), an avatar.
    chrome(part);
  }

  function separator(part: Part): void {
    const named = aheadAt(1);
    const counted = aheadAt(2)?.kind;
    // `·` / `AI at Meta` / `71`: the dot before a daily card's organization, its counts next.
    const organizationNext =
      named !== undefined &&
      (named.kind === 'text' || named.kind === 'name') &&
      named.heading === undefined &&
      isBylineName(named) &&
      (counted === 'count' || counted === 'upvotes');
    if (card !== undefined && stage < BYLINE && (next()?.kind === 'authors' || organizationNext)) {
      // A daily card's `·` before its author count (`·` / `45 authors`, the avatars'
      // dot): the byline's, which the count then reads.
      extend(part);
      token('separator', part);
      return;
    }
    if (card === undefined || stage >= SEPARATOR) {
      misplaced(part, 'Separator');
      return;
    }
    stage = SEPARATOR;
    separatorOnly = part;
    extend(part);
    token('separator', part);
  }

  function date(part: Part): void {
    const parsed = part.date as DateLine;
    if (!parsed.valid) {
      problem('invalid-date', 'Date names a day the month does not have', part);
      return;
    }
    const bare = parsed.year === undefined && parsed.comments === undefined && !part.publishedOn;
    const inFooter = stage === BYLINE || stage === SEPARATOR;
    if (card !== undefined && stage === TITLE && part.publishedOn === true && !headDate) {
      // `Published on …` right under the title: the card's date, its stage taken once a
      // part that is no head fact or section label comes (`headDate`).
      card.published = printedDate(parsed);
      if (parsed.comments !== undefined) card.comments = parsed.comments;
      headDate = true;
      extend(part);
      token('published', part);
      return;
    }
    if (card !== undefined && stage < DATE && (inFooter || !bare)) {
      stage = DATE;
      card.published = printedDate(parsed);
      if (parsed.comments !== undefined) card.comments = parsed.comments;
      extend(part);
      token('published', part);
      return;
    }
    if (bare) {
      listingDate(part, parsed);
      return;
    }
    misplaced(part, 'Date');
  }

  function listingDate(part: Part, parsed: DateLine): void {
    close();
    dropPrefix();
    sectionDate = printedDate(parsed);
    sectionHasPapers = false;
    token('listing-date', part);
    sink.listingDate(part, sectionDate);
  }

  function header(part: Part): void {
    close();
    dropPrefix();
    if (part.glued === true) {
      sink.diagnostic(
        'glued-page',
        `A page header is glued to the line before it (a capture without its final newline, concatenated): ${quote(part.text)}`,
        part,
      );
    }
    if (sectionHasPapers) {
      // A page header after papers: a second page, whose listing date is yet to come.
      sectionDate = undefined;
      sectionHasPapers = false;
    }
    chrome(part);
  }

  function code(part: Part): void {
    if (card === undefined && !seenCard && prefix === undefined && part.kind === 'github') {
      // Above the first card, before any card has begun: the site's menu (`GitHub`).
      chrome(part);
      return;
    }
    if (part.kind === 'github' && part.url === undefined && part.stars === undefined) {
      // A bare `GitHub` (a text copy's button, no link, no count) says nothing of the card.
      chrome(part);
      return;
    }
    if (
      part.title !== undefined &&
      (card === undefined ||
        stage < TITLE ||
        (card.arxivId === undefined
          ? (stage >= ABSTRACT || isItemGap(part.gap)) && !echoesTitle(part.text, card.title.text)
          : card.arxivId !== part.arxivId ||
            (stage === TITLE &&
              part.title.text.length > LABEL_MAX &&
              !echoesTitle(part.text, card.title.text))))
    ) {
      // A title-shaped line of its own linking another paper than the open card's (or
      // with no card open, or a list's item or below the abstract of a card with no id):
      // the next card's title (a reading list's `- [Title](https://arxiv.org/abs/…)`).
      // Linking the card's own paper right under its title, too long for a button's
      // label and not its title again, it is the abstract, linked (`[A sparse mixture of
      // experts model …](…)`). Repeating its title, or a paragraph of its own above an
      // id-less card's abstract (a translated heading's English link), it is the card's
      // button.
      text(part.title);
      return;
    }
    if (card === undefined || stage < TITLE) {
      misplaced(part, part.kind === 'github' ? 'Code link' : 'arXiv link');
      return;
    }
    if (!sameCard(part)) return;
    if (part.kind === 'github') {
      if (card.githubUrl !== undefined && part.url !== undefined && part.url !== card.githubUrl) {
        misplaced(part, 'Second code link');
        return;
      }
      if (part.url !== undefined) {
        card.githubUrl = part.url;
        addLinks(card, [part.url], true);
      }
      if (part.stars !== undefined) card.githubStars = part.stars;
    } else {
      if (part.url !== undefined) card.arxivUrl = part.url;
      card.arxivId ??= part.arxivId;
    }
    extend(part);
    token(part.kind === 'github' ? 'github' : 'arxiv', part);
  }

  function text(part: Part): void {
    const below = queue[1];
    // Another repository's item line right below is no part of a card: look past it.
    const ahead = below?.kind === 'item' && below.arxivId === undefined ? afterChrome(2) : next();
    const shape = part.shape;
    if (shape === undefined || part.field === undefined) {
      problem(unknown, 'Line could not be placed', part);
      return;
    }
    const found = factsOf(part);
    if (found !== undefined) {
      if (isKeptOnly(found)) {
        // `AI Keywords: …`: a label whose value no card field holds, and no paper's value
        // to misplace: kept as the page's, wherever it stands.
        chrome(part);
        return;
      }
      // A digest's labelled fact: the open card's right under its title, else no card's
      // (a title not read above it, or another card's value): never a title or abstract.
      if (card !== undefined && stage === TITLE && factsOpen && facts(part, found)) return;
      if (
        card !== undefined &&
        found.paperLink === true &&
        section !== undefined &&
        sectionClean &&
        prefix === undefined &&
        facts(part, found)
      ) {
        // `Link to paper: https://hf.co/papers/<id>` closing a card whose text came under
        // its section label, nothing reported since: the card's own link, as its arXiv
        // button below the abstract is.
        return;
      }
      problem(unknown, 'Labelled fact with no paper title right above it to take it', part);
      return;
    }
    if (orphanNext) {
      orphanNext = false;
      if (part.heading === undefined && part.arxivId === undefined && shape.letters) {
        problem(
          'orphan-abstract',
          'Text under a section label with no paper title before it',
          part,
        );
        return;
      }
    }
    if (sectionNext && card !== undefined) {
      sectionNext = false;
      // Not a text another label follows, past a card's head (its date, its facts): that
      // is the next card's title, and this label stood over nothing (review41's R2: the
      // next title became this abstract).
      if (
        part.heading === undefined &&
        part.arxivId === undefined &&
        shape.letters &&
        !labelledAhead()
      ) {
        // The text right under a section label is that section's, whatever its shape.
        abstract(part);
        return;
      }
    }
    if (
      card !== undefined &&
      part.links?.length === 1 &&
      MEDIA.test(part.links[0] as string) &&
      isButtonText(part.text)
    ) {
      // `[Watch Video](….mp4)`, `[Teaser figure](….png)`: a button to the open card's
      // video or image, above its abstract or below it, is its furniture.
      chrome(part);
      return;
    }
    const lead = prefix?.upvotes?.arxivId;
    if (
      below?.kind === 'item' &&
      below.arxivId !== undefined &&
      isItemName(part.text, shape) &&
      (lead === undefined || lead === below.arxivId)
    ) {
      // A paper's collection item: its name right above its item line is its title. Text
      // that reads as an abstract or a sentence, or a name under the lead parts of
      // another paper's card (its upvote count), is read as ever, and the item line then
      // has no name (`unexpected-footer`).
      openCard(part);
      return;
    }
    if (
      below?.kind === 'item' &&
      part.arxivId === undefined &&
      isItemName(part.text, shape) &&
      !abstractAhead(afterChrome(2))
    ) {
      // Another repository's item (a model's, a collection's): its name is furniture,
      // unless an abstract follows its line (a title with a stray line under it). A
      // title that links its paper is one whatever follows.
      chrome(part);
      return;
    }
    const labelled = labelOf(part);
    if (
      card !== undefined &&
      labelled !== undefined &&
      (stage === TITLE ||
        // A second section right after the first's text (`### AI Summary` / … /
        // `### Abstract`): the card goes on.
        (stage === ABSTRACT &&
          section !== undefined &&
          section !== labelled &&
          previous === lastAbstract &&
          (labelled === 'abstract' ? paragraphs.length === 0 : summaries.length === 0)))
    ) {
      // `### Abstract`, `### AI Generated Summary` between a card's title (and its head:
      // its date, its labelled facts) and its text labels that text: no paper's title,
      // and the text below is the open card's abstract or AI summary. (With no card open
      // it is read as ever: a label there may stand over a page's own title or take its
      // pending id, which the next text must not.)
      section = labelled;
      sectionNext = true;
      sectionClean = true;
      chrome(part);
      return;
    }
    if (labelled !== undefined) {
      // A section label no open card can take (none is open, or its text was read): never
      // a title, and the text under it is no title either.
      chrome(part);
      orphanNext = true;
      return;
    }
    if (part.heading !== undefined) {
      // A heading is a title when it links its paper, reads as one, or an abstract
      // follows it; above the first card it is the page's own (`# Daily Papers`).
      // `#` and `##` are the page's title and sections: a card's only with its abstract.
      const page = part.heading <= 2;
      // (Unless a card has begun above it or its footer follows: docling sets every
      // heading as `##`, `Submitted by` / `LivXue` / `## Raven: …` / `EverMind` / `566`.)
      const titled = isTitleShaped(shape) && (!page || cardBegun() || countsAhead());
      // (A digest's facts may stand between its ranked heading and the abstract: `## 1.
      // Title` / `**Authors**: …` / `**Upvotes**: 10`, or a title's once its cards have
      // shown facts; a section's heading over a fact, `## Related Work` / `ArXiv ID: …`
      // on a page of no facts before, is none.)
      const body =
        abstractAhead(ahead) ||
        labelledAhead() ||
        ((ranked(part) || (factsRead > 0 && isTitleShaped(shape))) &&
          ahead !== undefined &&
          factsOf(ahead) !== undefined);
      if (part.arxivId !== undefined || titled || (shape.letters && body)) {
        openCard(part);
      } else if (!seenCard) {
        chrome(part);
      } else {
        problem(unknown, 'Heading could not be placed', part);
      }
      return;
    }
    if (card !== undefined && stage < BYLINE) {
      if (
        part.arxivId !== undefined &&
        card.arxivId !== undefined &&
        part.arxivId !== card.arxivId
      ) {
        openCard(part);
        return;
      }
      if (stage === ABSTRACT && isBylineName(part) && bylineAhead(ahead)) {
        // `Phala` / `·` / `May 10`: an organization a text dump kept without its link.
        organization(part);
        return;
      }
      if (
        stage === TITLE &&
        part.links === undefined &&
        sameCollapsed(part.text, card.title.text)
      ) {
        // The title again, right after itself: a repeated line, not the abstract.
        chrome(part);
        return;
      }
      if (
        stage === TITLE &&
        part.arxivId === undefined &&
        // Plain text's titles are bare lines (`AIME: 2025` may be one); a field with a
        // URL never is.
        (((isFieldLine(part.text) ||
          // One source line: a label wrapped into the abstract's paragraph keeps it.
          (isFactLine(part.text) && part.start.line === part.end.line)) &&
          (marked || FIELD_URL.test(part.text))) ||
          (marked && part.links !== undefined && isButtonText(part.text)))
      ) {
        // A digest's `Vote: 12` or `[Demo](…)` where a card has its abstract (the facts
        // below it are still the card's).
        const open = factsOpen;
        problem(unknown, 'Line could not be placed', part);
        factsOpen = open;
        return;
      }
      if (
        stage === TITLE &&
        (!marked || (part.heading === undefined && part.arxivId === undefined)) &&
        (ahead?.kind === 'count' || ahead?.kind === 'upvotes' || ahead?.kind === 'authors') &&
        isBylineName(part) &&
        (marked || !isTitleShaped(shape) || card.submittedBy !== undefined)
      ) {
        // A daily card with no abstract: its organization, then its counts (`Ai2` / `54`
        // / `1`), where a search card has its abstract. Under a card that opened with its
        // `Submitted by`, the next card's title would have its own first: a name there
        // is the organization however long (`Huazhong University of Science and
        // Technology` / `207`).
        organization(part);
        return;
      }
      if (stage === TITLE && expectsAbstract(part, ahead)) {
        abstract(part);
        return;
      }
      // Another paragraph of the abstract, right after it: nothing between, and one
      // blank line, as paragraphs are set; on a marked page only (an exporter keeps an
      // abstract's paragraphs, a plain-text card has one). A wider gap, or a plain-text
      // page, is where a card's title went missing: an orphan abstract, not this one's.
      if (
        stage === ABSTRACT &&
        previous?.kind === 'text' &&
        previous === lastAbstract &&
        isAbstractShaped(shape) &&
        marked &&
        blankLines(part.gap) === 1
      ) {
        abstract(part);
        return;
      }
      // The abstract's own last line, right under it and right above the card's footer
      // (`Code: https://…`, `We release all code and models.`, a copy that kept the
      // abstract's line break): no title holds a URL or ends a sentence, and the footer
      // after it is this card's, so the line is too. (A URL alone there is no sentence
      // of it, and a second paragraph as long as an abstract may be a card whose title
      // went missing: both are reported, as before.)
      if (
        stage === ABSTRACT &&
        previous === lastAbstract &&
        part.arxivId === undefined &&
        part.heading === undefined &&
        !isAbstractShaped(shape) &&
        (shape.endsSentence || CLOSED_SENTENCE.test(part.text) || URL_IN.test(part.text)) &&
        WORD_BESIDE_URL.test(part.text.replace(URLS, '')) &&
        footerAhead(ahead)
      ) {
        abstract(part);
        return;
      }
      // The next item of an abstract a digest set as a list (`- 기계가 …` / `- 이러한 …`,
      // its summary's points), right below the item before: a sentence, no paper's link.
      if (
        stage === ABSTRACT &&
        previous?.kind === 'text' &&
        previous === lastAbstract &&
        marked &&
        part.arxivId === undefined &&
        shape.endsSentence &&
        isProse(shape) &&
        isNextItem(previous.gap, part.gap)
      ) {
        abstract(part);
        return;
      }
    }
    // Expecting a title.
    if (part.arxivId !== undefined) {
      openCard(part);
      return;
    }
    if (
      isAbstractShaped(shape) &&
      !isTitleShaped(shape) &&
      // Paragraphs of sentences one after another (a text extractor that kept only the
      // `<p>`s): none is a title, however an abstract follows it.
      (!abstractAhead(ahead) || shape.length >= 1000 || (shape.breaks >= 2 && shape.length >= 200))
    ) {
      problem('orphan-abstract', 'Abstract-shaped text with no title before it', part);
      return;
    }
    // On a page whose titles are headings or paper links (as a link-keeping capture's
    // are), plain text is a title only when its abstract follows.
    if (markedTitles === 0 && !marked && isTitleShaped(shape)) {
      openCard(part);
      return;
    }
    if (shape.letters && abstractAhead(ahead) && (markedTitles === 0 || !marked)) {
      openCard(part);
      return;
    }
    if (
      !marked &&
      isProse(shape) &&
      !shape.endsSentence &&
      shape.words <= 12 &&
      (prefix?.submittedBy !== undefined ||
        (markedTitles === 0 &&
          (card === undefined || stage >= BYLINE) &&
          ahead?.kind === 'authors'))
    ) {
      // Where only a card's title stands, a short one is a title too: right after
      // `Submitted by` and its name (`Mistral 7B`), or right above its card's author count
      // with no abstract (`Deep Sets` / `• 6 authors`; not below an abstract whose footer
      // is yet to come: `ICLR 2024` there is that card's line).
      openCard(part);
      return;
    }
    if (
      !seenCard &&
      (marked || (shape.letters && shape.words <= 6 && shape.breaks === 0 && shape.symbols <= 2))
    ) {
      // Text above the first card that is no title: the page's own furniture.
      chrome(part);
      return;
    }
    problem(unknown, 'Line could not be placed', part);
  }

  /**
   * Blank lines in a gap: line breaks less one (`\n\n` is one blank line).
   *
   * @example
   * ```ts
   * blankLines('\n\n\n\n'); // 3
   * ```
   */
  function blankLines(gap: string | undefined): number {
    if (gap === undefined) return 1;
    return Math.max(0, lineBreaks(gap) - 1);
  }

  /**
   * Whether a known gap holds no blank line (`\n`, not `\n\n`): a line set tight
   * against the one before it.
   *
   * @example
   * ```ts
   * tight('\n'); // true
   * tight('\n  \n'); // false
   * ```
   */
  function tight(gap: string | undefined): boolean {
    return gap !== undefined && blankLines(gap) === 0;
  }

  /** A short name: no sentence, no full stop, a few words. */
  function isBylineName(part: Part): boolean {
    const shape = part.shape ?? shapeOf(part.text);
    return (
      shape.words <= 8 &&
      // `with Routing Harness`: a wrapped title's tail, never a name.
      !opensPhraseTail(part.text) &&
      (!shape.endsSentence || ORG_SUFFIX.test(part.text)) &&
      isName(withoutAlt(collapseWhitespace(part.text)))
    );
  }

  /** The footer's `·` or its `Published on` date comes next. */
  function bylineAhead(part: Part | undefined): boolean {
    return part?.kind === 'separator' || (part?.kind === 'date' && part.publishedOn === true);
  }

  /** Whether the part right after the head is a `Read more` button (chrome). */
  function readMoreNext(): boolean {
    const after = queue[1];
    return after?.kind === 'chrome' && /^read more$/i.test(after.text);
  }

  /** Right after a title: is this text the card's abstract, or the next title? */
  function expectsAbstract(part: Part, ahead: Part | undefined): boolean {
    const shape = part.shape;
    if (shape === undefined || !shape.letters) return false;
    if (part.arxivId !== undefined) return true;
    // Machine text (a config line, a path) is no abstract, whatever comes next.
    if (isMachineText(shape)) return false;
    if (isAbstractShaped(shape)) return true;
    // A mobile card's abstract, which the page cut with `…` and its `Read more` after.
    if (shape.words >= 8 && /(?:…|\.\.\.)$/.test(part.text) && readMoreNext()) return true;
    // A page whose cards show footers but no abstracts: a title-shaped line before a
    // footer is the next card's title, not this one's abstract.
    if (footerAhead(ahead))
      return !(isTitleShaped(shape) && abstractsSeen === 0 && cardsWithoutAbstract > 0);
    if (abstractAhead(ahead)) return !isTitleShaped(shape);
    // A title-shaped line after a title: the next card on a page of titles only, this
    // card's (cut) abstract on a page whose cards show theirs, or when it ends as a
    // sentence does (titles almost never end with a full stop).
    if (isTitleShaped(shape)) return abstractsSeen > 0 || shape.endsSentence;
    return true;
  }

  /**
   * A collection item's line (`Paper • 2505.09388 • Published May 14, 2025 • 343`): the
   * id, date and upvotes of the title right above it; a repository's item is furniture.
   *
   * @example
   * ```ts
   * item(paperItemPart); // card.arxivId = '2505.09388', card.published = {…}, card.upvotes = 343
   * ```
   */
  function item(part: Part): void {
    if (part.arxivId === undefined) {
      chrome(part);
      return;
    }
    if (card === undefined || stage !== TITLE) {
      problem('unexpected-footer', 'Collection item line with no title above it', part);
      return;
    }
    if (!sameCard(part)) return;
    adoptId(part);
    addItemFacts(card, part, sink);
    upvoted = true;
    itemCard = true;
    stage = DATE;
    extend(part);
    token('item', part);
  }

  function abstract(part: Part): void {
    if (card === undefined || part.field === undefined) return;
    const summary = section === 'summary';
    // Under a summary label: the page's AI summary, not the paper's abstract.
    const into = summary ? summaries : paragraphs;
    const gaps = summary ? summaryGaps : paragraphGaps;
    if (into.length > 0) gaps.push(part.gap ?? '\n\n');
    into.push(part.field);
    if (card.arxivId === undefined && part.arxivId !== undefined) card.arxivId = part.arxivId;
    if (part.links !== undefined) addLinks(card, part.links);
    stage = ABSTRACT;
    lastAbstract = part;
    extend(part);
    token(summary ? 'summary' : 'abstract', part);
  }

  function decide(part: Part): void {
    if (headDate && !keepsHead(part)) commitHead();
    if (orphanNext && part.kind !== 'chrome' && part.kind !== 'text' && part.kind !== 'name') {
      orphanNext = false;
    }
    if (label !== undefined) {
      if (underLabel(label, part)) {
        related(part);
        return;
      }
      label = undefined;
    }
    if (awaitingName && part.kind !== 'chrome' && part.kind !== 'name' && part.kind !== 'profile') {
      awaitingName = false;
    }
    switch (part.kind) {
      case 'chrome':
        // A thematic break ends what a section label vouched for: a `Link to paper:`
        // after it is no longer the open card's (review41's R5).
        if (THEMATIC_BREAK.test(part.text)) sectionClean = false;
        if (card !== undefined && stage === ABSTRACT && isBylineName(part) && bylineAhead(next())) {
          // `Hugging Face` / `·` / `Published on Feb 4, 2025`: the site's name where a
          // card's organization stands is that organization (its own papers).
          organization(part);
          return;
        }
        chrome(part);
        return;
      case 'header':
        header(part);
        return;
      case 'name':
        if (awaitingName && prefix !== undefined && part.name !== undefined) {
          prefix.submittedBy = part.name;
          prefix.name = part;
          awaitingName = false;
          token('submitter', part);
          return;
        }
        text(part);
        return;
      case 'submitter': {
        let lead = startPrefix(part);
        // Upvotes may stand before or after the submitter (HTML cards put them first).
        if (lead.submitter !== undefined) {
          dropPrefix();
          lead = startPrefix(part);
        }
        lead.submitter = part;
        if (part.name !== undefined) lead.submittedBy = part.name;
        awaitingName = part.name === undefined;
        token('submitter', part);
        return;
      }
      case 'thumbnail': {
        if (card !== undefined && part.arxivId !== undefined && part.arxivId === card.arxivId) {
          // The card's own picture or video after its title: part of this card.
          extend(part);
          token('thumbnail', part);
          return;
        }
        const lead = startPrefix(part);
        if (
          lead.thumbnail !== undefined ||
          lead.submitter !== undefined ||
          lead.upvotes !== undefined
        ) {
          dropPrefix();
          startPrefix(part).thumbnail = part;
        } else {
          lead.thumbnail = part;
        }
        token('thumbnail', part);
        return;
      }
      case 'upvotes':
        if (part.text === '-' && part.arxivId === undefined && !titleAhead(next())) {
          if (card !== undefined && stage === BYLINE && !upvoted && next()?.kind === 'count') {
            // A daily card's `-` where its upvote count stands (none shown), its comment
            // count after it: the count is no upvote count.
            setUpvotes(part);
            return;
          }
          // A lone `-` that no title follows: a list bullet, not a card with no votes.
          chrome(part);
          return;
        }
        upvotes(part);
        return;
      case 'count':
        count(part);
        return;
      case 'comments':
        comments(part);
        return;
      case 'authors':
        byline(part, 'authors');
        return;
      case 'byline':
        byline(part, 'organization');
        return;
      case 'profile':
        profile(part);
        return;
      case 'separator':
        separator(part);
        return;
      case 'date':
        date(part);
        return;
      case 'github':
      case 'arxiv':
        code(part);
        return;
      case 'item':
        item(part);
        return;
      case 'text':
        text(part);
        return;
    }
  }

  /**
   * Whether a part is a paper link a card's label lists: right under the label, or the
   * next item of its list, linking another paper than the open card's.
   *
   * @example
   * ```ts
   * // **Builds on:** / - [RT-2: Vision-Language-Action Models](https://arxiv.org/abs/2307.15818)
   * underLabel(label, rt2Link); // true
   * ```
   */
  function underLabel(above: Part, part: Part): boolean {
    if (card === undefined || previous !== above) return false;
    if (part.arxivId === undefined || part.arxivId === card.arxivId) return false;
    if (part.kind !== 'arxiv' && part.kind !== 'text') return false;
    // Not a heading (the next card's, under an empty `Tags:`), a link repeating an id-less
    // card's title (`Original paper:` over its own link), nor a listed card with its
    // abstract under it (`**Also trending:**` / `1. [Title](…)` / its abstract).
    if (part.heading !== undefined || abstractAhead(next())) return false;
    if (card.arxivId === undefined && echoesTitle(part.text, card.title.text)) return false;
    // The first link right under the label (a blank line at most), then its list's items.
    return above.arxivId === undefined
      ? blankLines(part.gap) <= 1
      : isNextItem(above.gap, part.gap);
  }

  /** A related paper a card's label lists (`- [RT-2: …](…)` under `**Builds on:**`). */
  function related(part: Part): void {
    if (card?.arxivId === undefined) {
      problem(
        unknown,
        'Paper link listed under a label in a card (its related work, not a card)',
        part,
      );
    } else {
      reportMismatch(part.arxivId as string, card.arxivId, part, sink);
      factsOpen = false;
    }
    label = part;
  }

  /** Whether the head of the queue can be decided with what is queued. */
  function ready(): boolean {
    const head = queue[0];
    if (head === undefined) return false;
    if (ended || queue.length >= LOOKAHEAD) return true;
    switch (head.kind) {
      case 'text':
      case 'name': {
        // Above another repository's item line, what follows that line decides too.
        const below = queue[1];
        if (below?.kind === 'item' && below.arxivId === undefined) {
          return afterChrome(2) !== undefined;
        }
        if (head.heading !== undefined) {
          // A heading over a card's head (its date, its labelled facts): the part after
          // the head decides (a section label there makes the heading a title).
          const after = headEnd();
          if (after > 1) return aheadAt(after) !== undefined;
        }
        // A page's heading may be a card's title: the two parts after it decide.
        if (head.heading !== undefined && head.heading <= 2) return aheadAt(2) !== undefined;
        return next() !== undefined;
      }
      case 'count':
      case 'upvotes':
        return next() !== undefined;
      // (A `·` may open a daily card's byline: the author count after it decides, or an
      // organization and the count after that.)
      case 'separator':
        return aheadAt(2) !== undefined;
      default:
        return true;
    }
  }

  function drain(): void {
    // The head stays queued while it is decided, so `next()` looks past it.
    while (ready()) {
      const head = queue[0] as Part;
      decide(head);
      previous = head;
      queue.shift();
    }
  }

  return {
    part(part) {
      queue.push(part);
      drain();
    },
    end() {
      ended = true;
      drain();
      close();
      dropPrefix();
      sink.end?.();
    },
  };
}

/**
 * Whether a link's text repeats a card's title, loosely: the same letters and digits,
 * case and punctuation aside, or one holding the other (a shortened title, 12 or more
 * and three fifths of the other at least).
 *
 * @example
 * ```ts
 * echoesTitle('RT-H: Action Hierarchies using Language.', 'RT-H: Action Hierarchies Using Language'); // true
 * echoesTitle('Action Hierarchies Using Language', 'RT-H: Action Hierarchies Using Language'); // true
 * echoesTitle('Twisting Lids Off with Two Hands', 'RT-H: Action Hierarchies Using Language'); // false
 * echoesTitle('Segment Anything', 'SAM 2: Segment Anything in Images and Videos'); // false
 * echoesTitle('RT-H: Action Hierarchies…', 'RT-H: Action Hierarchies Using Language'); // true
 * ```
 */
function echoesTitle(text: string, title: string): boolean {
  const a = text.toLowerCase().replace(NOT_WORD, '');
  const b = title.toLowerCase().replace(NOT_WORD, '');
  if (a === b) return true;
  // A repeat cut short with an ellipsis (`DeepSeek-R1: Incentivizing Reasoning…`) is the
  // title's start.
  if (/(?:…|\.\.\.)\s*$/.test(text) && a.length >= 12 && b.startsWith(a)) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  // Most of the longer one: `Segment Anything` is not `SAM 2: Segment Anything in
  // Images and Videos` shortened, but another paper's title holding it.
  return short.length >= 12 && short.length * 5 >= long.length * 3 && long.includes(short);
}

/** Whether a gap opens a list's item (`\n- `, `\n\n2. [`). */
function isItemGap(gap: string | undefined): boolean {
  return gap !== undefined && ITEM_GAP.test(gap);
}

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** A link to a video or an image file (a card's `[Watch Video](….mp4)`). */
const MEDIA = /\.(?:mp4|webm|mov|m4v|gif|png|jpe?g|webp)(?:[?#]\S*)?$/i;

/**
 * A list item's marker ending a gap (`\n- `, `\n\n  2. `, `\n- [` before a link's text,
 * `\n* **` before bold): its indent and its bullet.
 */
const ITEM_GAP = /\n([ \t]*)(?:([-*+])|\d{1,3}([.)]))[ \t]+[[*_]*$/;

/**
 * Whether a gap opens the next item of the list whose item the gap before opened: the
 * same indent and bullet (`-`, `*`, `+`, or a number's `.` or `)`; another bullet starts
 * another list), one line break between them, or one blank line (a loose list's).
 *
 * @example
 * ```ts
 * isNextItem('\n\n- ', '\n- '); // true
 * isNextItem('\n\n', '\n- ');   // false (a paragraph before, not an item)
 * isNextItem('\n- ', '\n\n\n- '); // false (two blank lines)
 * isNextItem('\n- ', '\n\n* '); // false (another list: a footer's)
 * ```
 */
function isNextItem(before: string | undefined, gap: string | undefined): boolean {
  if (before === undefined || gap === undefined || lineBreaks(gap) > 2) return false;
  const first = ITEM_GAP.exec(before);
  const next = ITEM_GAP.exec(gap);
  return (
    first !== null &&
    next !== null &&
    first[1] === next[1] &&
    first[2] === next[2] &&
    first[3] === next[3]
  );
}

/**
 * The token a fact line takes: the kind of its first field, in a card's order.
 *
 * @example
 * ```ts
 * factKind({ published: { year: 2023, month: 5, day: 4 }, submittedBy: 'AK' }); // 'published'
 * ```
 */
function factKind(facts: Facts): CardTokenKind {
  if (facts.arxivId !== undefined) return 'arxiv';
  if (facts.authors !== undefined) return 'authors';
  if (facts.published !== undefined) return 'published';
  if (facts.submittedBy !== undefined) return 'submitter';
  if (facts.upvotes !== undefined) return 'upvotes';
  return 'github';
}

/**
 * Whether a fact line gives only labels no card field holds (`AI Keywords: …`).
 *
 * @example
 * ```ts
 * isKeptOnly({ kept: ['ai keywords'] }); // true
 * isKeptOnly({ kept: ['keywords'], upvotes: 10 }); // false
 * ```
 */
function isKeptOnly(facts: Facts): boolean {
  return facts.kept !== undefined && Object.keys(facts).length === 1;
}

/**
 * The facts of a part that is a digest's labelled fact line (one source line, no link
 * that names its paper, not a heading), or `undefined`.
 *
 * @example
 * ```ts
 * factsOf(textPart('Upvotes: 10')); // { upvotes: 10 }
 * factsOf(textPart('Tags: video')); // undefined
 * ```
 */
function factsOf(part: Part): Facts | undefined {
  if (part.arxivId !== undefined || part.heading !== undefined) return undefined;
  if (part.start.line !== part.end.line || !isFactLine(part.text)) return undefined;
  return readFacts(part.text, part.links);
}
