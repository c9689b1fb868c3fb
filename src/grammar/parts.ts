/**
 * The card grammar's lexer: read one content line into the card parts it holds. A
 * line is usually one part (`Oct 7, 2023`, `• 3 authors`, a title); a line of links
 * and separators can hold several (`[207](…) [4](…#community)`, `[Org](…) · Published
 * on Oct 4, 2026`). What a part IS here is what it could be on its own; the card
 * machine decides from its place in the card.
 *
 * @module
 */

import { joinFields, pointAfter, sliceField, type TextField } from '../lines/text-field.js';
import { collapseWhitespace, isSpace, sameCollapsed } from '../lines/whitespace.js';
import type { Point } from '../schema.js';
import { readAuthors } from './authors.js';
import { gluedHeaderAt, isChrome, isPageHeader } from './chrome.js';
import { isArxivButton, isArxivTitle, LABEL_MAX, readGitHub } from './code-links.js';
import { type ContentLine, type LineLink, type Mutable, withField } from './content-line.js';
import { COUNT_SOURCE, readCount } from './count.js';
import { type DateLine, parseDateLine } from './date-line.js';
import { readIdLine } from './id-line.js';
import { type ItemLine, isItemName, itemSectionEnd, readItemLine } from './item-line.js';
import { isHubUrl, readLinkTarget } from './link-target.js';
import { withoutPlaceholders } from './placeholder.js';
import { readPublishedOn } from './published.js';
import { isRank, rankedTitleAt } from './rank.js';
import { isSeparator } from './separator.js';
import { isAbstractShaped, shapeOf, type TextShape } from './shape.js';
import { isUserName, readSubmitter } from './submitter.js';
import { readTally } from './tally.js';
import { isUpvoteText, readUpvotes } from './upvotes.js';

/** What a part could be on its own. */
export type PartKind =
  /** Page furniture; `header` starts a page (a new section after papers). */
  | 'chrome'
  | 'header'
  /** A date: the listing date or the card's published date, by place. */
  | 'date'
  | 'authors'
  /** A linked user or organization: byline, submitter or navigation, by place. */
  | 'profile'
  /** An organization name before `· date` (`Kandinsky Lab · Published on …`). */
  | 'byline'
  | 'separator'
  | 'submitter'
  /** A lone user-name-shaped word: the submitter's name after `Submitted by`. */
  | 'name'
  | 'thumbnail'
  | 'upvotes'
  /** A bare number: upvotes or a comment count, by place. */
  | 'count'
  | 'comments'
  | 'github'
  | 'arxiv'
  /**
   * A collection item's line (`Paper • 2505.09388 • Published May 14, 2025 • 343`): a
   * paper's when it has `arxivId` (with `date` and `count`, its upvotes), else another
   * repository's (a model, a dataset, a collection).
   */
  | 'item'
  /** Free text: a title or an abstract, by place and shape. */
  | 'text';

/** One part of a content line. */
export interface Part {
  readonly kind: PartKind;
  /** The visible text, trimmed (chrome keeps it; messages quote it). */
  readonly text: string;
  /** A plain line's source where its text read a TAB or NBSP as a space: chrome's text. */
  readonly source?: string;
  readonly start: Point;
  readonly end: Point;
  readonly date?: DateLine;
  /** `Published on …`: a footer date whatever stands before it. */
  readonly publishedOn?: boolean;
  /**
   * For `upvotes` and `comments`: said in a sentence of the card above (`Upvoted 92
   * times`, `grammar/tally.ts`), never a lead of the next card.
   */
  readonly tally?: boolean;
  /**
   * For `upvotes`: a paper's id and its count above its card's title (`2505.09666 (27
   * upvotes)`, `grammar/id-line.ts`), never a count of the card above.
   */
  readonly lead?: boolean;
  /**
   * An id line on a line of its own that no heading marks (`2505.09666 (27 upvotes)`):
   * above its card or below it, as the blank lines around it show.
   */
  readonly idLine?: boolean;
  /** Authors, upvotes (absent for `-`), comments or a bare count. */
  readonly count?: number;
  readonly arxivId?: string;
  readonly url?: string;
  /** A profile's, byline's or submitter's name. */
  readonly name?: string;
  readonly stars?: number;
  /** For `text`: the field, its shape, its heading depth and the URLs it links. */
  readonly field?: TextField;
  readonly shape?: TextShape;
  readonly heading?: number;
  readonly links?: readonly string[];
  /** The source between the previous content line and this one (a line's first part). */
  readonly gap?: string;
  /** For `header`: the line was glued onto the previous one (`… 2023 1new`). */
  readonly glued?: boolean;
  /**
   * For `arxiv`: the line read as a title linking its paper, when it is one of its own
   * and title-shaped (`[Twisting Lids Off with Two Hands](https://arxiv.org/abs/…)`);
   * the card grammar takes it where a title can stand, else the part is the card's link.
   */
  readonly title?: Part;
}

/** A piece of a line: plain text, or one link's text. */
interface Piece {
  readonly from: number;
  readonly to: number;
  readonly link?: LineLink;
}

/** Lines longer than this are free text: no card part is this long. */
const SHORT = 400;

/**
 * Read a content line into its parts, in order.
 *
 * @example
 * ```ts
 * readParts(plainLine('Oct 7, 2023 2', start)); // [{ kind: 'date', date: { …, comments: 2 } }]
 * readParts(plainLine('  • 3 authors', start));  // [{ kind: 'authors', count: 3 }]
 * ```
 */
export function readParts(line: ContentLine): Part[] {
  if (line.markup === true) return [plain(line, 'chrome', 0, line.text.length)];
  const links = line.links;
  if (links === undefined || links.length === 0) return plainParts(line);
  const collapsed = line.text.length > SHORT ? line.text : collapseWhitespace(line.text);
  const visible = withoutPlaceholders(collapsed);
  // The site's name linking an organization's page is that organization (`[Hugging
  // Face](https://huggingface.co/huggingface)` in a card's byline), not the site's logo.
  if (
    isChrome(visible) &&
    !(visible === SITE_NAME && links.length === 1 && isProfileLine(line, links[0] as LineLink))
  )
    return [plain(line, isPageHeader(visible) ? 'header' : 'chrome', 0, line.text.length)];
  const parts = linkedParts(line, links);
  return (
    parts ??
    nameThenItem(line) ??
    textThenParts(line, links) ?? [textPart(line, 0, line.text.length, links)]
  );
}

/**
 * A line that opens with a linked text and goes on with card parts only: a converter
 * that keeps a card's blocks on one line (markdownify: `[Recent progress … SLMs.](/papers/…)
 * [OCC](/occ-ai) · May 29[6](…#community)`). The text, then the parts.
 *
 * @example
 * ```ts
 * textThenParts(line, links); // [{ kind: 'text', text: 'Recent progress … SLMs.' }, { kind: 'profile', name: 'OCC' }, …]
 * ```
 */
function textThenParts(line: ContentLine, links: readonly LineLink[]): Part[] | undefined {
  const [lead] = links;
  if (lead === undefined || lead.from !== 0 || links.length < 2) return undefined;
  if (line.text.length - lead.to < 2) return undefined;
  // An abstract's text, or a title linking its paper (`[Title](…/papers/…) [PDF](…)
  // [Code](…)`, a digest's or an awesome-list's): any other text stays the line's.
  const abstract = isAbstractShaped(shapeOf(collapseWhitespace(line.text.slice(0, lead.to))));
  const target = readLinkTarget(lead.url);
  const paper = target.kind === 'paper' || target.kind === 'arxiv' ? target : undefined;
  if (!abstract && paper === undefined) return undefined;
  const pieces: Piece[] = [];
  let at = lead.to;
  for (const link of links.slice(1)) {
    if (link.from > at) pieces.push({ from: at, to: link.from });
    pieces.push({ from: link.from, to: link.to, link });
    at = link.to;
  }
  if (at < line.text.length) pieces.push({ from: at, to: line.text.length });
  const rest = separated(line, pieces);
  if (rest === undefined || rest.length === 0 || rest.every((part) => part.kind === 'chrome')) {
    return undefined;
  }
  const text = textPart(line, 0, lead.to, [lead]);
  // The lead link names its paper, as it would alone on its line.
  const named =
    paper !== undefined && text.arxivId === undefined
      ? { ...text, arxivId: paper.arxivId, url: paper.url }
      : text;
  return [named, ...rest];
}

/** The site's name, the logo's text, and its own organization's (`huggingface`). */
const SITE_NAME = 'Hugging Face';

/**
 * Whether a line is one link to a user's or an organization's page, whole
 * (`[Hugging Face](https://huggingface.co/huggingface)`; not `by [AK](…) and the
 * research community`).
 */
function isProfileLine(line: ContentLine, link: LineLink): boolean {
  return (
    link.from === 0 &&
    link.to === line.text.length &&
    link.url !== '' &&
    readLinkTarget(link.url).kind === 'profile'
  );
}

/** A line without links: one part, or footer pieces split at `·`. */
function plainParts(line: ContentLine): Part[] {
  const text = line.text;
  if (line.heading !== undefined) {
    // `## 2. ChatGPT-steered …`: a digest's rank before an unlinked title is no part of it.
    const title = rankedTitleAt(text);
    if (title !== -1) return [plain(line, 'chrome', 0, title), textPart(line, title, text.length)];
  }
  const button = gluedButtonEnd(text);
  if (button !== undefined) {
    // `SubscribeLLaDA2.0: Scaling Up …`: a mirror's text ran the button into the title.
    const rest = trimmed(text, button, text.length);
    if (rest !== undefined) {
      const piece = withoutPlaceholders(collapseWhitespace(text.slice(rest.from, rest.to)));
      return [
        plain(line, 'chrome', 0, button),
        plainPiece(line, piece, rest.from, rest.to) ?? textPart(line, rest.from, rest.to),
      ];
    }
  }
  if (text.length > SHORT) return [textPart(line, 0, text.length)];
  const collapsed = withoutPlaceholders(collapseWhitespace(text));
  if (collapsed.length === 0) return [plain(line, 'chrome', 0, text.length)];
  const one = plainPiece(line, collapsed, 0, text.length);
  if (one !== undefined) return [one];
  const glued =
    gluedParts(line, collapsed) ?? countPair(line) ?? buttonRow(line) ?? tallyParts(line);
  if (glued !== undefined) return glued;
  // Without a `·` the one piece is the line itself, which `plainPiece` just refused:
  // `separated` could only guess a byline with no date after it, and drop it.
  if (text.includes('·')) {
    const split = separated(line, [{ from: 0, to: text.length }]);
    if (split !== undefined) return split;
  }
  const named = nameThenItem(line);
  if (named !== undefined) return named;
  const whole = textPart(line, 0, text.length);
  return [isUserName(collapsed) ? { ...whole, kind: 'name', name: collapsed } : whole];
}

/**
 * A collection item's name and its item line on one line (`#### TimeChat-Captioner: …
 * Paper • 2602.08711 • Published Feb 9 • 29`, or one link around both): the name as
 * text, then the item. The item line starts at the last word `Paper`, after a space or
 * where a link starts. A sidebar's section title before it is no name: chrome, and the
 * item has none (`## Paper for OpenGalaxea/…[Paper • 2509.00576 • …](…)`).
 *
 * @example
 * ```ts
 * nameThenItem(plainLine('Qwen3 Technical Report Paper • 2505.09388 • 343', start));
 * // [{ kind: 'text', text: 'Qwen3 Technical Report' }, { kind: 'item', arxivId: '2505.09388', count: 343 }]
 * ```
 */
function nameThenItem(line: ContentLine): Part[] | undefined {
  const text = line.text;
  if (text.length > SHORT || !text.includes('•')) return undefined;
  const at = text.lastIndexOf('Paper');
  const opensLink = line.links?.some((link) => link.from === at) === true;
  if (at < 1 || !(isSpace(text.charCodeAt(at - 1)) || opensLink)) return undefined;
  const item = readItemLine(collapseWhitespace(text.slice(at)));
  const head = trimmed(text, 0, at);
  if (item?.kind !== 'paper' || head === undefined) return undefined;
  const itself = itemPart(plain(line, 'item', at, text.length), item);
  const section = collapseWhitespace(text.slice(head.from, head.to));
  if (itemSectionEnd(section) === section.length) {
    return [plain(line, 'chrome', head.from, head.to), itself];
  }
  // Only a name: not another item's facts, a link's syntax or a heading's markup that
  // a dump kept (`#### A … Paper • … ][83][ #### B`), which no layout lowered.
  if (section.includes('•') || section.includes('][') || /^#{1,6} /.test(section)) return undefined;
  if (!isItemName(section, shapeOf(section))) return undefined;
  const name = withField(line, sliceField(fieldOf(line), 0, head.to, locator(line)));
  // The name keeps the links over it, cut at its end: a link around both is the name's too.
  const links = line.links
    ?.filter((link) => link.from < head.to)
    .map((link) => ({ ...link, to: Math.min(link.to, head.to) }));
  if (links === undefined || links.length === 0) delete name.links;
  else name.links = links;
  return [textPart(name, 0, head.to, name.links), itself];
}

/**
 * A short piece of plain text as a card part, or `undefined` when it is free text.
 */
function plainPiece(line: ContentLine, text: string, from: number, to: number): Part | undefined {
  if (isSeparator(text)) return plain(line, 'separator', from, to);
  if (isChrome(text)) return plain(line, isPageHeader(text) ? 'header' : 'chrome', from, to);
  const item = readItemLine(text);
  if (item !== undefined) return itemPart(plain(line, 'item', from, to), item);
  if (text.length > 80) return undefined;
  // A repository page's sidebar section over its items (`Papers for Qwen/Qwen3-8B`).
  if (itemSectionEnd(text) === text.length) return plain(line, 'chrome', from, to);
  const publishedOn = readPublishedOn(text);
  if (publishedOn !== undefined) {
    return { ...plain(line, 'date', from, to), date: publishedOn, publishedOn: true };
  }
  const date = parseDateLine(text);
  if (date !== undefined) return { ...plain(line, 'date', from, to), date };
  const authors = readAuthors(text);
  if (authors !== undefined) return { ...plain(line, 'authors', from, to), count: authors };
  const submitter = readSubmitter(text);
  if (submitter !== undefined) {
    const part = plain(line, 'submitter', from, to);
    return submitter.name === undefined ? part : { ...part, name: submitter.name };
  }
  const id = readIdLine(text);
  if (id !== undefined) {
    const part = plain(line, 'upvotes', from, to);
    // A heading leads the card below (an agent tool's `## <id> (<n> upvotes)`); a plain
    // line may as well follow its card's text (review41's R1): the machine decides.
    return line.heading === undefined
      ? { ...part, count: id.upvotes, arxivId: id.arxivId, lead: true, idLine: true }
      : { ...part, count: id.upvotes, arxivId: id.arxivId, lead: true };
  }
  if (isUpvoteText(text)) {
    const upvotes = readUpvotes(text);
    if (upvotes !== undefined) return withCount(plain(line, 'upvotes', from, to), upvotes.count);
  }
  const count = readCount(text);
  if (count !== undefined) return { ...plain(line, 'count', from, to), count };
  const github = readGitHub(text);
  if (github !== undefined) return withStars(plain(line, 'github', from, to), github.stars);
  if (isArxivButton(text)) return plain(line, 'chrome', from, to);
  return undefined;
}

/**
 * Where the page's `Subscribe` button ends when a line starts with it glued to a
 * capital or a digit (a mirror's text extraction that ran it into the first title);
 * `undefined` otherwise (`Subscribe`, `Subscribers grew`).
 *
 * @example
 * ```ts
 * gluedButtonEnd('SubscribeLLaDA2.0: Scaling Up'); // 9
 * gluedButtonEnd('Subscribe to updates'); // undefined
 * ```
 */
function gluedButtonEnd(text: string): number | undefined {
  if (!text.startsWith('Subscribe')) return undefined;
  const next = text.charCodeAt(9);
  const capital = next >= 0x41 && next <= 0x5a;
  const digit = next >= 0x30 && next <= 0x39;
  return capital || digit ? 9 : undefined;
}

/**
 * Two counts on one line, as a copy that joins a card's footer buttons prints them
 * (`pandoc -t plain`, a reader view): the upvote count, then the comment count. Each
 * is a `count` part, read by its place as if it stood on its own line.
 *
 * @example
 * ```ts
 * countPair(plainLine('1.09k 4', start)); // [{ kind: 'count', count: 1090 }, { kind: 'count', count: 4 }]
 * countPair(plainLine('1.09k   4', start)); // the same, whatever the white space between
 * countPair(plainLine('- 2', start)); // [{ kind: 'upvotes' }, { kind: 'count', count: 2 }]
 * countPair(plainLine('12 k', start)); // undefined
 * ```
 */
function countPair(line: ContentLine): Part[] | undefined {
  const found = COUNT_PAIR.exec(line.text);
  if (found === null) return undefined;
  const [, left = '', gap = '', right = ''] = found;
  const second = readCount(right);
  const from = left.length + gap.length;
  if (second === undefined) return undefined;
  const last = { ...plain(line, 'count', from, from + right.length), count: second };
  // `- 2`: nobody voted (the upvote button's dash), then the comment count.
  if (left === '-') return [plain(line, 'upvotes', 0, 1), last];
  const first = readCount(left);
  if (first === undefined) return undefined;
  return [{ ...plain(line, 'count', 0, left.length), count: first }, last];
}

/**
 * A tally sentence (`Upvoted 92 times. There is a community discussion with 1
 * comments.`, `grammar/tally.ts`) as its counts: the upvotes' part and the comments'.
 *
 * @example
 * ```ts
 * tallyParts(plainLine('Upvoted 1 times', start)); // [{ kind: 'upvotes', count: 1, tally: true }]
 * ```
 */
function tallyParts(line: ContentLine): Part[] | undefined {
  if (line.text !== collapseWhitespace(line.text)) return undefined;
  const tally = readTally(line.text);
  if (tally === undefined) return undefined;
  const parts: Part[] = [];
  if (tally.upvotes !== undefined) {
    const { count, from, to } = tally.upvotes;
    parts.push({ ...plain(line, 'upvotes', from, to), count, tally: true });
  }
  if (tally.comments !== undefined) {
    const { count, from, to } = tally.comments;
    parts.push({ ...plain(line, 'comments', from, to), count, tally: true });
  }
  return parts;
}

/** Two counts (the first may be the upvote button's `-`) and the white space between. */
const COUNT_PAIR = /^(-|\d[\d,.]{0,12}[kKmM]?)([ \t]+)(\d[\d,.]{0,12}[kKmM]?)$/;

/**
 * A Trending card's buttons on one line, as a reading mode joins them (`GitHub 131
 * arXiv Page`, `Upvote 117   GitHub 131   arXiv Page`): each button a part of its own
 * (the upvote count, the code button with its stars, the arXiv or project page's as
 * chrome). Two buttons at least, and nothing else on the line.
 *
 * @example
 * ```ts
 * buttonRow(plainLine('GitHub 131 arXiv Page', start));
 * // [{ kind: 'github', stars: 131 }, { kind: 'chrome', text: 'arXiv Page' }]
 * ```
 */
function buttonRow(line: ContentLine): Part[] | undefined {
  const text = line.text;
  if (
    text.length > 120 ||
    !(text.startsWith('Upvote') || text.startsWith('GitHub') || text.startsWith('arXiv'))
  ) {
    return undefined;
  }
  const parts: Part[] = [];
  BUTTON.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    BUTTON.lastIndex = at;
    const found = BUTTON.exec(text);
    if (found === null) return undefined;
    const from = at + (found[1]?.length ?? 0);
    const to = found.index + found[0].length;
    const piece = collapseWhitespace(text.slice(from, to));
    const part = /^(?:arXiv(?: Page)?|Project Page)$/.test(piece)
      ? plain(line, 'chrome', from, to)
      : plainPiece(line, piece, from, to);
    if (part === undefined) return undefined;
    parts.push(part);
    at = to;
  }
  return parts.length >= 2 ? parts : undefined;
}

/** One button of a row, after the white space before it (sticky: read where the last ended). */
const BUTTON = new RegExp(
  `(\\s*)(?:Upvote(?:\\s+(?:-|${COUNT_SOURCE}))?|GitHub(?:\\s+(?:${COUNT_SOURCE}))?|arXiv(?: Page)?|Project Page)(?=\\s|$)`,
  'y',
);

/** `Feb 13, 2023 1new`: a line of its own, then a page header glued after it. */
function gluedParts(line: ContentLine, collapsed: string): Part[] | undefined {
  if (collapsed !== line.text) return undefined;
  const at = gluedHeaderAt(collapsed);
  if (at === undefined) return undefined;
  const head = collapsed.slice(0, at).trimEnd();
  const first = plainPiece(line, head, 0, head.length);
  if (first === undefined || first.kind === 'header') return undefined;
  return [first, { ...plain(line, 'header', at, line.text.length), glued: true }];
}

/**
 * Pieces that are all card parts once `·` splits them: `3 authors · Oct 7, 2023`,
 * `Kandinsky Lab · Published on Oct 4, 2026`. `undefined` when any piece is free text.
 */
function separated(line: ContentLine, pieces: readonly Piece[]): Part[] | undefined {
  const parts: Part[] = [];
  const linked = pieces.some((piece) => piece.link !== undefined);
  for (const piece of pieces) {
    if (piece.link !== undefined) {
      const part = linkPart(line, piece.link);
      if (part === undefined) return undefined;
      if (part.kind !== 'chrome' || part.text.length > 0) parts.push(part);
      continue;
    }
    let from = piece.from;
    const text = line.text;
    while (from < piece.to) {
      let dot = text.indexOf('·', from);
      if (dot === -1 || dot >= piece.to) dot = piece.to;
      const bit = trimmed(text, from, dot);
      if (bit !== undefined) {
        const visible = withoutPlaceholders(collapseWhitespace(text.slice(bit.from, bit.to)));
        // Beside links, bullets and brackets are syntax; on a line of plain text they are text.
        const syntax = linked && isIgnorable(visible);
        if (visible.length > 0 && !syntax) {
          const part = plainPiece(line, visible, bit.from, bit.to);
          // Link syntax left as text (`3 authors](/papers/…)`, a link a converter broke)
          // is no name.
          if (part === undefined && visible.includes('](')) return undefined;
          parts.push(part ?? { ...plain(line, 'byline', bit.from, bit.to), name: visible });
        }
      }
      if (dot < piece.to) parts.push(plain(line, 'separator', dot, dot + 1));
      from = dot + 1;
    }
  }
  return bylines(parts);
}

/**
 * Keep a `byline` guess only where it stands before `·` and a date; with a date or a
 * comment count right after a date, fold the count into the date.
 */
function bylines(parts: Part[]): Part[] | undefined {
  const out: Part[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as Part;
    if (part.kind === 'byline') {
      const next = parts[i + 1];
      const after = parts[i + 2];
      const dated = next?.kind === 'separator' && after?.kind === 'date';
      if (!dated || !isName(part.text)) return undefined;
    }
    const previous = out[out.length - 1];
    if (
      (part.kind === 'comments' || part.kind === 'count') &&
      previous?.kind === 'date' &&
      previous.date !== undefined &&
      previous.date.comments === undefined &&
      part.count !== undefined
    ) {
      out[out.length - 1] = {
        ...previous,
        end: part.end,
        date: { ...previous.date, comments: part.count },
      };
      continue;
    }
    out.push(part);
  }
  // Nothing but text-less chrome (a button's empty link): the caller makes it chrome.
  if (out.length === 0) return out;
  return out.length > 1 || out[0]?.kind !== 'text' ? out : undefined;
}

/**
 * An organization's name as a card prints it: short, a letter or digit first, no
 * control characters, no sentence, no URL (a dump's stray link is no name).
 *
 * @example
 * ```ts
 * isName('Kandinsky Lab'); // true
 * isName('\u0095 4 authors'); // false
 * isName('https://example.com/stray'); // false
 * ```
 */
export function isName(text: string): boolean {
  if (text.length > 80 || !/^[\p{L}\p{N}]/u.test(text) || text.includes('://')) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // C0 and C1 controls: bytes decoded with the wrong table, never part of a name.
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return false;
  }
  return shapeOf(text).breaks === 0;
}

/**
 * A linked name without the avatar's alt the link's text holds before it: in brackets,
 * as a text browser prints an image (`[microsoft] Microsoft`), or bare when it spells
 * the name in other letters (`openbmb OpenBMB`, `ByteDance-Seed ByteDance Seed`); a name
 * that repeats a word (`Yang Yang`) keeps it. Plain text keeps its words (the alt is
 * in no other field).
 *
 * @example
 * ```ts
 * withoutSlug('[SUDA] Soochow University'); // 'Soochow University'
 * withoutSlug('openbmb OpenBMB'); // 'OpenBMB'
 * withoutSlug('Wei Wei'); // 'Wei Wei'
 * ```
 */
function withoutSlug(name: string): string {
  const bare = withoutAlt(name);
  if (bare !== name) return bare;
  const space = name.indexOf(' ');
  if (space < 2) return name;
  const first = name.slice(0, space);
  const rest = name.slice(space + 1);
  const letters = (text: string) => text.toLowerCase().replace(/[\s._-]/g, '');
  return first !== rest && letters(rest) !== '' && letters(first) === letters(rest) ? rest : name;
}

/** Markdown's image syntax left as text, its URL perhaps broken by a space. */
const IMAGE_SYNTAX = /!\[[^\]\n]{0,200}\]\([^()\n]{0,2000}\)\s*/g;

/**
 * An avatar's alt before a name: any text in brackets and a space, or (`links -dump`,
 * which glues them) a handle in brackets right before a letter or digit
 * (`[inclusionai]inclusionAI`, `[01-ai]01.AI`; a lynx marker too, `[4]Google`).
 */
const ALT = /^\[[^[\]]{1,80}\] +(?=\S)|^\[[\w.-]{1,40}\](?=[\p{L}\d])/u;

/**
 * A name without an image's alt in brackets before it, as a text browser prints an
 * avatar (`[microsoft] Microsoft` → `Microsoft`); any other text as it is.
 *
 * @example
 * ```ts
 * withoutAlt('[SUDA] Soochow University'); // 'Soochow University'
 * withoutAlt('[umass]University of Massachusetts Amherst'); // 'University of Massachusetts Amherst' (links -dump)
 * withoutAlt('Soochow University'); // 'Soochow University'
 * ```
 */
export function withoutAlt(name: string): string {
  const alt = ALT.exec(name);
  return alt === null ? name : name.slice(alt[0].length);
}

/** A line with links: every piece a card part, or `undefined` (free text). */
function linkedParts(line: ContentLine, links: readonly LineLink[]): Part[] | undefined {
  const pieces: Piece[] = [];
  let at = 0;
  for (const link of links) {
    if (link.from > at) pieces.push({ from: at, to: link.from });
    pieces.push({ from: link.from, to: link.to, link });
    at = link.to;
  }
  if (at < line.text.length) pieces.push({ from: at, to: line.text.length });
  const parts = separated(line, pieces);
  if (parts === undefined) return undefined;
  if (parts.length === 0) {
    // Only images and syntax: a thumbnail without a paper link, an avatar row.
    return [plain(line, 'chrome', 0, line.text.length)];
  }
  return parts;
}

/**
 * One link as a card part by its target and text; `undefined` when it is free text
 * (a title or abstract linking the paper is read by {@link readParts} as `text`).
 */
function linkPart(line: ContentLine, link: LineLink): Part | undefined {
  const visible = withoutPlaceholders(collapseWhitespace(line.text.slice(link.from, link.to)));
  const from = link.from;
  const to = link.to;
  // A separator alone inside a link (a rendered card's `·` before its author count, in the
  // link around the avatars) is the card's syntax, whatever the link's target.
  if (isSeparator(visible)) return plain(line, 'chrome', from, to);
  // A collection item's facts, linked with its name: the text says what the item is.
  const item = readItemLine(visible);
  if (item !== undefined) return itemPart(plain(line, 'item', from, to), item);
  if (link.url === '') {
    // A reference the capture lost: the text alone decides.
    if (visible.length === 0) return plain(line, 'chrome', from, to);
    return plainPiece(line, visible, from, to);
  }
  const target = readLinkTarget(link.url);
  switch (target.kind) {
    case 'paper': {
      const withId = { arxivId: target.arxivId };
      // No text, or only the URL itself (a dump that printed a link's URL alone).
      if (visible.length === 0 || /^https?:\/\/\S+$/.test(visible)) {
        return { ...plain(line, 'thumbnail', from, to), ...withId, url: target.url };
      }
      const authors = readAuthors(visible);
      if (authors !== undefined)
        return { ...plain(line, 'authors', from, to), ...withId, count: authors };
      const upvotes = readUpvotes(visible);
      if (upvotes !== undefined)
        return { ...withCount(plain(line, 'upvotes', from, to), upvotes.count), ...withId };
      return undefined;
    }
    case 'community': {
      const count = readCount(visible);
      if (count !== undefined) {
        return { ...plain(line, 'comments', from, to), count, arxivId: target.arxivId };
      }
      return visible.length === 0 ? plain(line, 'chrome', from, to) : undefined;
    }
    case 'login': {
      const upvotes = readUpvotes(visible);
      if (upvotes === undefined) return plain(line, 'chrome', from, to);
      const part = withCount(plain(line, 'upvotes', from, to), upvotes.count);
      return target.arxivId === undefined ? part : { ...part, arxivId: target.arxivId };
    }
    case 'arxiv': {
      // A long text is a title linking its paper, and so is a short title-shaped heading
      // (a digest's `### [Twisting Lids Off with Two Hands](https://arxiv.org/abs/…)`).
      // A title-shaped line of its own may be either: the grammar decides by place.
      if (isArxivButton(visible)) {
        return { ...plain(line, 'arxiv', from, to), arxivId: target.arxivId, url: target.url };
      }
      // A long text of its own is a title too, but where it repeats the open card's title
      // (or links its paper) it is the card's link: it carries the title reading.
      const shaped = isArxivTitle(visible);
      const alone = from === 0 && to === line.text.length;
      if (line.heading !== undefined && shaped) return undefined;
      if (visible.length > LABEL_MAX && !(alone && shaped)) return undefined;
      const part = { ...plain(line, 'arxiv', from, to), arxivId: target.arxivId, url: target.url };
      return alone && shaped ? { ...part, title: textPart(line, from, to, line.links) } : part;
    }
    case 'code': {
      const github = readGitHub(visible);
      if (github === undefined && visible.length > 40) return undefined;
      return { ...withStars(plain(line, 'github', from, to), github?.stars), url: link.url };
    }
    case 'profile': {
      // An avatar whose image a converter broke as text (html2text wraps its URL:
      // `![ellamind](https://cdn- avatars…/avatar.png) ellamind`) is no part of the name.
      const named = visible.includes('![') ? visible.replace(IMAGE_SYNTAX, '').trim() : visible;
      if (named.length === 0 || named.length > 120) return plain(line, 'chrome', from, to);
      return { ...plain(line, 'profile', from, to), name: withoutSlug(named), url: target.url };
    }
    case 'listing':
      return plain(line, 'chrome', from, to);
    case 'other':
      // No text, or a page of the site printed as its own URL (a bare-URL export's footer
      // link to the home page): navigation.
      if (visible.length === 0 || (visible === link.url && isHubUrl(link.url))) {
        return plain(line, 'chrome', from, to);
      }
      return isChrome(visible) ? plain(line, 'chrome', from, to) : undefined;
  }
}

/**
 * A part as the source wrote it, for the chrome: text the grammar joined from wrapped
 * lines (`… returns a location` / `and confidence …`, `video-` / `based`, a word a
 * fixed-width dump cut) keeps its line breaks, so the chrome line slices back to the
 * input. Text whose source holds more than white space (Markdown's markup) stays as read.
 *
 * @example
 * ```ts
 * asWritten(joinedPart).text; // 'LiteHRNet is a machine … a location\nand confidence …'
 * ```
 */
export function asWritten(part: Part): Part {
  const raw = part.field?.raw;
  if (raw === undefined || raw === part.text) return part;
  if (sameCollapsed(raw, part.text) || withoutSpace(raw) === withoutSpace(part.text)) {
    return { ...part, text: raw };
  }
  return part;
}

/** Text without its white space, to compare a joined line with its source. */
function withoutSpace(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Text parts' fields as one field (a title wrapped over lines), the source between
 * them kept in `raw`.
 *
 * @example
 * ```ts
 * joinParts([first, second]).text; // 'Qwen2-VL: Enhancing … of the World at Any Resolution'
 * ```
 */
export function joinParts(parts: readonly Part[]): TextField {
  return joinFields(
    parts.map((part) => part.field as TextField),
    parts.slice(1).map((part) => part.gap ?? '\n'),
  );
}

/** A free-text part: a title or an abstract, the URLs it links kept for `links`. */
function textPart(line: ContentLine, from: number, to: number, links?: readonly LineLink[]): Part {
  const field = sliceField(fieldOf(line), from, to, locator(line));
  const text = field.text.trim();
  const collapsed = text.length > SHORT ? text : collapseWhitespace(text);
  const paper = paperOf(line, links);
  const urls = links?.flatMap((link) =>
    link.url === '' || link === paper?.link ? [] : [link.url],
  );
  // Optional members one by one: object spreads here cost a clone per text line.
  const part: Mutable<Part> = {
    kind: 'text',
    text,
    start: field.start,
    end: field.end,
    field:
      paper === undefined
        ? field
        : sliceField(field, paper.link.from, paper.link.to, locator(line)),
    shape: shapeOf(withoutPlaceholders(collapsed)),
  };
  if (line.heading !== undefined) part.heading = line.heading;
  if (paper !== undefined) {
    part.arxivId = paper.arxivId;
    part.url = paper.url;
  }
  if (urls !== undefined && urls.length > 0) part.links = urls;
  if (line.gap !== undefined) part.gap = line.gap;
  withSource(part, line, from, to);
  return part;
}

/**
 * A whole line as free text, whatever it says: a line that continues a wrapped
 * paragraph is part of it even when it reads `Models` or `2024` on its own.
 *
 * @example
 * ```ts
 * lineAsText(plainLine('2024', start)).kind; // 'text'
 * ```
 */
export function lineAsText(line: ContentLine): Part {
  return textPart(line, 0, line.text.length, line.links);
}

/** The paper link that is the whole of a line's visible text (a linked title or abstract). */
function paperOf(
  line: ContentLine,
  links: readonly LineLink[] | undefined,
): { link: LineLink; arxivId: string; url: string } | undefined {
  if (links === undefined) return undefined;
  for (const link of links) {
    const target = readLinkTarget(link.url);
    if (target.kind !== 'paper' && target.kind !== 'arxiv') continue;
    const before = collapseWhitespace(line.text.slice(0, link.from));
    const after = line.text.slice(link.to);
    if (
      !(isIgnorable(before) || isRank(before.trim())) ||
      !isIgnorable(collapseWhitespace(after))
    ) {
      return undefined;
    }
    return { link, arxivId: target.arxivId, url: target.kind === 'paper' ? target.url : '' };
  }
  return undefined;
}

/** Text around a link that says nothing: blanks, bullets, brackets, backslashes. */
function isIgnorable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (
      code !== 0x20 &&
      code !== 0x2d && // -
      code !== 0x2a && // *
      code !== 0x2022 && // •
      code !== 0x5b && // [
      code !== 0x5d && // ]
      code !== 0x5c && // \
      code !== 0x7c // |
    ) {
      return false;
    }
  }
  return true;
}

/** The text field of a whole line. */
function fieldOf(line: ContentLine): TextField {
  return line.offsetAt === undefined
    ? { raw: line.raw, text: line.text, start: line.start, end: line.end }
    : { raw: line.raw, text: line.text, start: line.start, end: line.end, offsetAt: line.offsetAt };
}

function locator(line: ContentLine): (offset: number) => Point {
  return line.locate ?? ((offset) => pointAfter(line.start, offset));
}

/** A part covering `text[from, to)` of a line, with nothing else to say. */
function plain(line: ContentLine, kind: PartKind, from: number, to: number): Part {
  const whole = from === 0 && to === line.text.length;
  const locate = locator(line);
  const at = (index: number): number =>
    line.offsetAt === undefined ? line.start.offset + index : line.offsetAt(index);
  const part: Mutable<Part> = {
    kind,
    // As written: chrome keeps its source text; vocabulary reads collapsed copies.
    text: line.text.slice(from, to).trim(),
    start: whole || from === 0 ? line.start : locate(at(from)),
    end: whole || to >= line.text.length ? line.end : locate(at(to)),
  };
  // The line's first part has its gap (a list item's bullet, the blank lines above).
  if (from === 0 && line.gap !== undefined) part.gap = line.gap;
  withSource(part, line, from, to);
  return part;
}

/**
 * Give `part` the source of `text[from, to)` when a plain line's text read a TAB or NBSP
 * as a space there (`plainSpaces`): chrome keeps the source's characters.
 *
 * @example
 * ```ts
 * withSource(part, plainLineWithNbsp, 0, 12); // part.source === 'Daily\u00a0Papers'
 * ```
 */
function withSource(part: Mutable<Part>, line: ContentLine, from: number, to: number): void {
  if (line.offsetAt !== undefined || line.raw === line.text) return;
  if (line.raw.length !== line.text.length) return;
  const source = line.raw.slice(from, to).trim();
  if (source !== part.text) part.source = source;
}

/** An item line's part: a paper's id, date and upvotes; nothing more for a repository's. */
function itemPart(part: Part, item: ItemLine): Part {
  if (item.kind === 'repo') return part;
  const withId = { ...part, arxivId: item.arxivId };
  const dated = item.published === undefined ? withId : { ...withId, date: item.published };
  return withCount(dated, item.upvotes);
}

function withCount(part: Part, count: number | undefined): Part {
  return count === undefined ? part : { ...part, count };
}

function withStars(part: Part, stars: number | undefined): Part {
  return stars === undefined ? part : { ...part, stars };
}

/** The non-blank range of `text[from, to)`, or `undefined`. */
function trimmed(text: string, from: number, to: number): { from: number; to: number } | undefined {
  let start = from;
  let end = to;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start < end ? { from: start, to: end } : undefined;
}
