/**
 * A digest's labelled facts under a card's title: the card's own fields, as a bot or a
 * note prints them with labels instead of in the card's places.
 *
 * ```text
 * ## 1. [Personalize Segment Anything Model with One Shot](…/papers/2305.03048)
 * **ArXiv ID**: [2305.03048](https://arxiv.org/abs/2305.03048)             → arxivId
 * **Authors**: Renrui Zhang, Ziyu Guo, Shilin Yan                          → authors
 * **Published**: 2023-05-04 | **Submitted**: 2023-05-04 by AK              → published, submittedBy
 * **Upvotes**: 10                                                          → upvotes
 * **Links**: [GitHub](https://github.com/zrrskywalker/personalize-sam)     → githubUrl
 * **Link to paper:** [https://hf.co/papers/2404.04487](…)                   → arxivId
 * **AI Keywords**: open-domain question answering, reading comprehension   → no field (kept)
 * ```
 *
 * An author list may name each author's Hub profile (`Rustem Yeshpanov
 * ([yeshpanovrustem](https://hf.co/yeshpanovrustem))`) and end folded (`…, and 7 more.`):
 * the names shown, and the count with the folded ones.
 *
 * A line is read only when every labelled piece of it is one of these and its value
 * reads whole (names, a count, a date, an id, a repository's link); else it is no fact
 * (`Tags: …`, `Authors: the MetaMath team`), and the grammar reports it as before.
 *
 * @module
 */
import type { PartialDate } from '../schema.js';
import { readCount } from './count.js';
import { calendarDay, parseDateLine, printedDate } from './date-line.js';
import { isButtonText } from './field-label.js';
import { isCodeUrl, readLinkTarget } from './link-target.js';
import { isUserName } from './submitter.js';

/** What a fact line gives a card. */
export interface Facts {
  authors?: string[];
  /** The authors with those a folded list leaves out (`…, and 7 more.`). */
  authorCount?: number;
  upvotes?: number;
  published?: PartialDate;
  submittedBy?: string;
  arxivId?: string;
  githubUrl?: string;
  /** The line's other links (a project page's, a PDF's). */
  links?: string[];
  /** The papers the line names (its id, its links' targets): the card's own, or another's. */
  papers?: string[];
  /** The id came from a labelled link to the paper's page (`Link to paper: …`). */
  paperLink?: boolean;
  /** Labels read with no card field for their value (`Keywords`): kept as the page's. */
  kept?: string[];
}

/** `Label: value` (an ASCII or full-width colon). */
const PIECE = /^([^:：]{1,24})[:：]\s*(\S.*)$/;
/** Pieces of one line: `Published: … | Submitted: …`. */
const BETWEEN = /\s+[|·•]\s+/;
/** A name's words: capitalised, or a family name's particle. */
const WORD =
  /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|van|von|der|den|de|di|da|du|la|le|del|dos|das|bin|ibn|al|ten|ter|y)$/u;
/** A name written in a script without letter case (`王小明`, `김민수`, `山田太郎`). */
const UNCASED =
  /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}·・]{2,8}$/u;
/** `王小明等`, `山田太郎ほか`: "and others" after a name, the list is cut. */
const OTHERS_AFTER = /(?:等人?|ほか|他|など|외)$/u;
/** Words that are no person's name: placeholders, groups, institutions. */
const NO_NAME = new Set(
  (
    'anonymous others other team tbd tba author authors corresponding unknown contributors ' +
    'various university institute laboratory lab labs college school inc inc. corp corp. ' +
    'company group research academy center centre foundation ai deepmind'
  ).split(' '),
);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?$/;
const ARXIV_ID = /^(?:arXiv:)?(\d{4}\.\d{4,5})(?:v\d{1,2})?$/i;
const BADGE = /^arxiv:\S/i;
const SUBMITTED = /^(?:(.*?)\s+)?by\s+(\S+)$/;

/**
 * Read a fact line's facts, or `undefined` when any piece of it is no fact this reads.
 * `links` are the line's link targets (its text keeps only their words).
 *
 * @example
 * ```ts
 * readFacts('Upvotes: 10'); // { upvotes: 10 }
 * readFacts('Published: 2023-05-04 | Submitted: 2023-05-04 by AK'); // { published: { year: 2023, month: 5, day: 4 }, submittedBy: 'AK' }
 * readFacts('Links: GitHub', ['https://github.com/a/b']); // { githubUrl: 'https://github.com/a/b' }
 * readFacts('Authors: Ann Lee (annlee), Bo Chen, and 7 more.', ['https://hf.co/annlee']);
 * // { authors: ['Ann Lee', 'Bo Chen'], authorCount: 9 }
 * readFacts('Link to paper: https://hf.co/papers/2404.04487', ['https://hf.co/papers/2404.04487']);
 * // { arxivId: '2404.04487', paperLink: true, papers: ['2404.04487'] }
 * readFacts('Tags: diffusion, video'); // undefined
 * readFacts('arxiv:2510.04618'); // undefined (a paper page's badge)
 * ```
 */
export function readFacts(text: string, links: readonly string[] = []): Facts | undefined {
  // `arxiv:2510.04618`, no space: a paper page's badge, above the next page's title.
  if (text.length > 2000 || BADGE.test(text)) return undefined;
  const facts: Facts = {};
  const pieces: [string, string][] = [];
  for (const piece of text.split(BETWEEN)) {
    const found = PIECE.exec(piece);
    const last = pieces[pieces.length - 1];
    if (found !== null) pieces.push([(found[1] ?? '').trim().toLowerCase(), found[2] ?? '']);
    // `Links: GitHub | Project Page`: a piece with no label goes on with the one before.
    else if (last !== undefined) last[1] = `${last[1]} | ${piece}`;
    else return undefined;
  }
  for (const [label, value] of pieces) {
    if (!readPiece(facts, label, value.trim(), links)) return undefined;
  }
  const papers = new Set<string>();
  if (facts.arxivId !== undefined) papers.add(facts.arxivId);
  for (const url of links) {
    const target = readLinkTarget(url);
    if (target.kind === 'paper' || target.kind === 'arxiv') papers.add(target.arxivId);
  }
  // `ArXiv ID: [2305.03048](…/abs/2305.02483)`: which one is meant, the line cannot say.
  if (facts.arxivId !== undefined && papers.size > 1) return undefined;
  if (papers.size > 0) facts.papers = [...papers];
  return Object.keys(facts).length > 0 ? facts : undefined;
}

/** Read one `label: value` piece into `facts`; whether it read. */
function readPiece(facts: Facts, label: string, value: string, links: readonly string[]): boolean {
  switch (label) {
    case 'author':
    case 'authors': {
      const more = MORE.exec(value);
      const names = readNames(
        withoutHandles(more === null ? value : value.slice(0, more.index), links),
      );
      if (names === undefined || facts.authors !== undefined) return false;
      facts.authors = names;
      if (more !== null) facts.authorCount = names.length + Number(more[1]);
      return true;
    }
    case 'keywords':
    case 'ai keywords':
      facts.kept = [...(facts.kept ?? []), label];
      return true;
    case 'link to paper':
    case 'paper link':
      return readPaperLink(facts, value, links);
    case 'upvote':
    case 'upvotes':
    case 'vote':
    case 'votes': {
      const count = /^\d[\d,.]*k?$/i.test(value) ? readCount(value) : undefined;
      if (count === undefined || !Number.isInteger(count)) return false;
      facts.upvotes = count;
      return true;
    }
    case 'published':
    case 'published on': {
      const date = readDate(value);
      if (date === undefined) return false;
      facts.published = date;
      return true;
    }
    case 'submitted':
    case 'submitted by':
      return readSubmitted(facts, label, value);
    case 'arxiv':
    case 'arxiv id': {
      const id = ARXIV_ID.exec(value)?.[1];
      if (id === undefined) return false;
      facts.arxivId = id;
      return true;
    }
    case 'code':
    case 'github':
    case 'link':
    case 'links':
      return readLinks(facts, value, links);
    default:
      return false;
  }
}

/** A folded author list's end: `, and 7 more.` (the count of names not shown). */
const MORE = /,?\s+and (\d{1,5}) more\.?$/;

/** A name's Hub handle in brackets after it: `Rustem Yeshpanov (yeshpanovrustem)`. */
const HANDLE = /\s*\(([\w.-]{1,40})\)(?=\s*(?:[,;]|$))/g;

/**
 * An author list without the Hub handles in brackets after names, where the line links
 * each one to its profile (`Ann Lee ([annlee](https://hf.co/annlee))`); a bracket that
 * links nothing (a nickname, `Changran (Frank) Hu`) stays.
 *
 * @example
 * ```ts
 * withoutHandles('Ann Lee (annlee), Bo Chen', ['https://hf.co/annlee']); // 'Ann Lee, Bo Chen'
 * withoutHandles('Ann Lee (annlee), Bo Chen', []); // 'Ann Lee (annlee), Bo Chen'
 * ```
 */
function withoutHandles(value: string, links: readonly string[]): string {
  if (links.length === 0 || !value.includes('(')) return value;
  const handles = new Set<string>();
  for (const url of links) {
    if (readLinkTarget(url).kind !== 'profile') continue;
    const handle = /\/([\w.-]+)\/?$/.exec(url)?.[1];
    if (handle !== undefined) handles.add(handle);
  }
  return value.replace(HANDLE, (whole, handle: string) => (handles.has(handle) ? '' : whole));
}

/**
 * `Link to paper: https://hf.co/papers/<id>`: the one link the value holds, to the
 * paper's Hub page or its arXiv page, gives the id. The value is the URL or a button's
 * words.
 */
function readPaperLink(facts: Facts, value: string, links: readonly string[]): boolean {
  if (links.length !== 1 || value.length > 120) return false;
  if (!/^https?:\/\/\S+$/.test(value) && !isButtonText(value)) return false;
  const target = readLinkTarget(links[0] as string);
  if (target.kind !== 'paper' && target.kind !== 'arxiv') return false;
  if (facts.arxivId !== undefined && facts.arxivId !== target.arxivId) return false;
  facts.arxivId = target.arxivId;
  facts.paperLink = true;
  return true;
}

/**
 * The names of an author list (`Renrui Zhang, Ziyu Guo and Peng Gao`), or `undefined`
 * when an entry is no person's name (`et al.`, `the MetaMath team`).
 *
 * @example
 * ```ts
 * readNames('Renrui Zhang, Ziyu Guo and Peng Gao'); // ['Renrui Zhang', 'Ziyu Guo', 'Peng Gao']
 * readNames('Jane Doe et al.'); // undefined
 * ```
 */
function readNames(value: string): string[] | undefined {
  const names = value.split(/\s*[,;]\s*(?:and\s+)?|\s+and\s+/);
  if (names.length > 200) return undefined;
  for (const name of names) if (!isPersonName(name)) return undefined;
  return names;
}

function isPersonName(name: string): boolean {
  if (name.length === 0 || name.length > 60) return false;
  if (UNCASED.test(name)) return !OTHERS_AFTER.test(name);
  const words = name.split(' ');
  return (
    words.length <= 6 &&
    /^\p{Lu}/u.test(name) &&
    words.every((word) => WORD.test(word) && !NO_NAME.has(word.toLowerCase())) &&
    !/^(?:et|al\.?)$/i.test(words[words.length - 1] ?? '')
  );
}

/**
 * A fact's date: ISO (`2023-05-04`, a time after it) or as cards print it with its
 * year (`May 4, 2023`).
 *
 * @example
 * ```ts
 * readDate('2023-05-04'); // { year: 2023, month: 5, day: 4 }
 * readDate('May 4, 2023'); // { year: 2023, month: 5, day: 4 }
 * readDate('2023-13-04'); // undefined
 * ```
 */
function readDate(value: string): PartialDate | undefined {
  if (ISO_DATE.test(value)) {
    // (A time after the day is the capture's; the day is the fact.)
    const date = calendarDay(value.slice(0, 10));
    return date?.year !== undefined && date.year >= 1900 ? date : undefined;
  }
  const printed = parseDateLine(value);
  return printed?.valid === true && printed.year !== undefined && printed.comments === undefined
    ? printedDate(printed)
    : undefined;
}

/** `Submitted: 2023-05-04 by AK`, `Submitted by: akhaliq`: the submitter's name. */
function readSubmitted(facts: Facts, label: string, value: string): boolean {
  if (label === 'submitted by') {
    if (!isUserName(value)) return false;
    facts.submittedBy = value;
    return true;
  }
  const found = SUBMITTED.exec(value);
  const [, date, name] = found ?? [];
  if (name === undefined || !isUserName(name)) return false;
  // The day it was submitted is no card field; it must read as a date all the same.
  if (date !== undefined && readDate(date) === undefined) return false;
  facts.submittedBy = name;
  return true;
}

/**
 * `Links: GitHub | Project Page` with their targets: the first repository's is the
 * card's code link, the others its links. Words only (no sentence), and at least one
 * link.
 */
function readLinks(facts: Facts, value: string, links: readonly string[]): boolean {
  if (links.length === 0 || value.length > 120) return false;
  if (!value.split(/\s*[|,]\s*/).every(isButtonText)) return false;
  const code = links.find(isCodeUrl);
  if (code !== undefined) facts.githubUrl = code;
  const others = links.filter((url) => url !== code);
  if (others.length > 0) facts.links = [...(facts.links ?? []), ...others];
  return true;
}
