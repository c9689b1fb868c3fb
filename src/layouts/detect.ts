/**
 * Guess a capture's layout from its first few kilobytes. Cheap: a handful of
 * `indexOf` calls and one pass over at most {@link DETECT_WINDOW} characters.
 *
 * It reads the page: the capture's envelope (front matter, a header, a fence) is read
 * before, by `envelope/`. Order matters, most specific first:
 * 1. markup first (`<!doctype html>`, `<html>`…, or a tag and page markers) → `html`;
 * 2. a JSON object or array first → `hub-json`;
 * 3. `[text][12]` reference links, or lynx `[12]` markers with a numbered URL list →
 *    `reflinks` (text-browser dump); not where a Markdown image (`![`) or a Markdown
 *    definition with blocks after it (`[12]: https://…` after each block) says a
 *    Markdown converter wrote the references (turndown's `linkStyle: 'referenced'`);
 * 4. lines that are nothing but a Hugging Face URL (or its autolink `<https://…>`), two
 *    or more → `bare-urls`;
 * 5. front matter (`---` first), a `### ` heading, a `](http` link or a reference
 *    definition (`[r1]: https://…`) → `markdown`;
 * 6. anything else → `text`.
 *
 * @module
 */

import { holdsItem, itemSectionEnd, readItemLine } from '../grammar/item-line.js';
import { isItemsPageUrl } from '../grammar/link-target.js';
import {
  isAbstractLabel,
  isPageSection,
  isSummaryLabel,
  isTrailerLabel,
  readArxivBadge,
} from '../grammar/page-label.js';
import { plainSpaces } from '../lines/whitespace.js';
import type { PageKind } from '../schema.js';
import { autolinkUrl } from './autolink.js';

/** A concrete layout, as `parseListing`'s `format` option names them. */
export type Layout = 'text' | 'markdown' | 'bare-urls' | 'reflinks' | 'html' | 'hub-json';

/** How much of the input detection reads. */
export const DETECT_WINDOW = 16 * 1024;

/**
 * Detect the layout of a capture.
 *
 * @example
 * ```ts
 * detectLayout('---\nurl: x\n---\n### [T](https://huggingface.co/papers/2606.00683)\n'); // 'markdown'
 * detectLayout('Mar 11\n\nA Title\n\nAn abstract.\n'); // 'text'
 * ```
 */
export function detectLayout(input: string): Layout {
  const head = input.length > DETECT_WINDOW ? input.slice(0, DETECT_WINDOW) : input;
  const body = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  const structured = detectStructured(body);
  if (structured !== undefined) return structured;
  const lines = scanLines(body);
  const converted = lines.images > 0 || lines.definitionsBetween > 0;
  if (lines.referenceLinks >= 2 && !converted) return 'reflinks';
  if (lines.markers >= 5 && lines.numberedUrls >= 3) return 'reflinks';
  // Bare URLs of the site itself: an abstract's own URL on a wrapped line is not one.
  // (Autolinks are a Markdown digest's, as pandoc writes a bare link, where headings
  // stand about as often as the links or titles are bold or listed: review41's R4,
  // review42's M6; a page's title heading or two over a hundred cards is a bare-URL page's.)
  if (
    lines.hubUrlLines >= 2 &&
    lines.urlLines * 4 >= lines.markdownLinks &&
    !(lines.autolinkLines > 0 && (lines.headings * 3 >= lines.hubUrlLines || lines.markedLines > 0))
  ) {
    return 'bare-urls';
  }
  if (body.startsWith('---\n') || body.startsWith('---\r')) return 'markdown';
  if (lines.headings > 0 || lines.markdownLinks > 0 || lines.definitions > 0) return 'markdown';
  return 'text';
}

/**
 * `hub-json` as soon as a prefix of the page settles it: the JSON openings decide on
 * their first two non-blank characters (three after `[[` or `[]`), whatever follows,
 * so a stream of JSON Lines need not wait for {@link DETECT_WINDOW} characters.
 * `detectLayout` on the whole window gives the same answer.
 *
 * @example
 * ```ts
 * detectEarly('{"id": "2401.00001", "ti'); // 'hub-json'
 * detectEarly('Mar 11\n'); // undefined: wait for the window
 * ```
 */
export function detectEarly(prefix: string): Layout | undefined {
  const body = prefix.charCodeAt(0) === 0xfeff ? prefix.slice(1) : prefix;
  let i = 0;
  while (i < body.length && isBlank(body.charCodeAt(i))) i++;
  if (body.charCodeAt(i) !== 0x7b && body.charCodeAt(i) !== 0x5b) return undefined;
  return detectStructured(body, false);
}

/**
 * Whether text that opens with a tag but names no page is markup all the same: elements
 * copied from a page (DevTools' "Copy outerHTML" of the cards), with links in `href`s
 * and closing tags, and no Markdown link anywhere (a Markdown capture that opens with
 * an HTML block, `<aside>` or `<div>`, links in Markdown).
 *
 * @example
 * ```ts
 * isMarkupFragment('<article><a href="/papers/2501.13074">…</a></div></div></article>'); // true
 * isMarkupFragment('<aside>\n💡 note\n</aside>\n\n### [Title](https://…)'); // false
 * ```
 */
function isMarkupFragment(lower: string): boolean {
  if (lower.includes('](') || !lower.includes('href=')) return false;
  let closing = 0;
  for (let at = lower.indexOf('</'); at !== -1 && closing < 3; at = lower.indexOf('</', at + 2)) {
    closing++;
  }
  return closing >= 3;
}

/** Markers of an HTML page (lower case), after a first tag. */
const HTML_MARKERS = ['<html', '<!doctype html', '<head', '<body', 'data-props='];

/** An XML feed's root element first (RSS, Atom, RDF), after a declaration and comments. */
const FEED_ROOT =
  /^\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--[\s\S]{0,2000}?-->[ \t\r\n]{0,20}){0,8}<(?:rss|feed|rdf:RDF)[\s>]/i;

/**
 * Whether `text` opens as an XML feed: its root element, first after the declaration and
 * any comments, is `<rss`, `<feed` or `<rdf:RDF`.
 *
 * @example
 * ```ts
 * isXmlFeed('<?xml version="1.0"?>\n<rss version="2.0">'); // true
 * isXmlFeed('<div>the <feedback> form</div>'); // false
 * ```
 */
export function isXmlFeed(text: string): boolean {
  return FEED_ROOT.test(text.slice(0, 4096));
}

/**
 * `html` when the first non-blank character opens a tag and a page marker follows,
 * `hub-json` when it opens a JSON object (`{"` or `{}`) or an array of values
 * (`[{`, `[]` not followed by a link's `(` or `[`, or `[[` before `{`, `[`, `]` or
 * `"`); else `undefined`. With `complete` false, `body` is a prefix that may go on.
 *
 * @example
 * ```ts
 * detectStructured('<!DOCTYPE html><html>'); // 'html'
 * detectStructured('[{"paper": {}}]'); // 'hub-json'
 * detectStructured('[Subscribe](https://…)'); // undefined
 * detectStructured("[[Hugging Face's logo] Hugging Face][1]"); // undefined
 * detectStructured('[](https://huggingface.co/papers/2304.04820)'); // undefined
 * ```
 */
function detectStructured(body: string, complete = true): Layout | undefined {
  let i = 0;
  while (i < body.length && isBlank(body.charCodeAt(i))) i++;
  const first = body.charCodeAt(i);
  if (first === 0x3c) {
    const next = body.charCodeAt(i + 1);
    const tag = (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a;
    if (!tag && next !== 0x21 && next !== 0x3f) return undefined;
    // A feed's items are not read, but its markup must not reach the text layouts, which
    // would make papers of its `<link>` lines: the markup reader reports it.
    if (isXmlFeed(body.slice(i))) return 'html';
    const lower = body.toLowerCase();
    if (HTML_MARKERS.some((marker) => lower.includes(marker))) return 'html';
    return isMarkupFragment(lower) ? 'html' : undefined;
  }
  if (first !== 0x7b && first !== 0x5b) return undefined;
  let j = i + 1;
  while (j < body.length && isBlank(body.charCodeAt(j))) j++;
  const next = body.charCodeAt(j);
  if (first === 0x7b) return next === 0x22 || next === 0x7d ? 'hub-json' : undefined;
  if (next === 0x7b) return 'hub-json';
  if (next === 0x5d) return emptyArray(body, j + 1, complete);
  if (next !== 0x5b) return undefined;
  // `[[` opens Markdown's linked image or a text-browser's logo link (`[[Hugging Face's
  // logo] Hugging Face][1]`) as often as a list of lists: JSON only before a value.
  let k = j + 1;
  while (k < body.length && isBlank(body.charCodeAt(k))) k++;
  const third = body.charCodeAt(k);
  if (third === 0x7b || third === 0x5b || third === 0x5d || third === 0x22) return 'hub-json';
  // A list of lists of numbers or literals (`[[12, "2401.00001"]]`, `[[null, 1]]`).
  return JSON_SCALAR.test(body.slice(k, k + 24)) ? 'hub-json' : undefined;
}

/**
 * `[]` at `after - 2`: an empty JSON array, unless a link's target or label follows
 * (`[](https://huggingface.co/papers/…)`, a card's thumbnail link as a clipping's first
 * line; `[][1]`). Undecided at the end of a prefix that may go on.
 *
 * @example
 * ```ts
 * emptyArray('[]\n', 2, true); // 'hub-json'
 * emptyArray('[](https://x.io)', 2, true); // undefined
 * emptyArray('[]', 2, false); // undefined: wait for the next character
 * ```
 */
function emptyArray(body: string, after: number, complete: boolean): Layout | undefined {
  if (after >= body.length) return complete ? 'hub-json' : undefined;
  const code = body.charCodeAt(after);
  return code === 0x28 || code === 0x5b ? undefined : 'hub-json';
}

/** A JSON number, `true`, `false` or `null`, then a comma or a bracket. */
const JSON_SCALAR = /^(?:-?\d{1,16}(?:\.\d{1,16})?(?:[eE][+-]?\d{1,4})?|true|false|null)\s*[,\]]/;

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

interface LineCounts {
  /** Lines holding `][N]`: a reference-style link's end. */
  referenceLinks: number;
  /** Markdown images (`![`): no text browser writes one. */
  images: number;
  /** Markdown reference definitions (`[r1]: https://…`). */
  definitions: number;
  /** Definitions with a line of another kind after them: written after each block. */
  definitionsBetween: number;
  /** Lines that are only a URL. */
  urlLines: number;
  /** Lines that are only a Hugging Face URL. */
  hubUrlLines: number;
  /** URL lines written as autolinks (`<https://…>`). */
  autolinkLines: number;
  /** Lines that open with Markdown's emphasis or a list marker (`**Title**`, `- item`). */
  markedLines: number;
  /** `### ` headings (ATX, any depth up to 4). */
  headings: number;
  /** `](http` occurrences. */
  markdownLinks: number;
  /** Lines with a lynx link marker `[12]` before text. */
  markers: number;
  /** Lines `12. https://…` (lynx's reference list). */
  numberedUrls: number;
}

function scanLines(text: string): LineCounts {
  const counts: LineCounts = {
    referenceLinks: 0,
    images: 0,
    definitions: 0,
    definitionsBetween: 0,
    urlLines: 0,
    hubUrlLines: 0,
    autolinkLines: 0,
    markedLines: 0,
    headings: 0,
    markdownLinks: 0,
    markers: 0,
    numberedUrls: 0,
  };
  let start = 0;
  // The line before was a definition: a line of another kind now ends a run of them.
  let definition = false;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).trim();
    const indent = end - start - text.slice(start, end).trimStart().length;
    start = end + 1;
    if (line.length === 0) continue;
    const defines = indent <= 3 && DEFINITION.test(line);
    if (defines) counts.definitions++;
    else if (definition) counts.definitionsBetween++;
    definition = defines;
    if (line.includes('![')) counts.images++;
    if (isUrlLine(line)) {
      counts.urlLines++;
      if (line.startsWith('<')) counts.autolinkLines++;
      if (/^<?https?:\/\/(?:www\.)?huggingface\.co\//.test(line)) counts.hubUrlLines++;
    } else if (/^\d{1,6}\. https?:\/\/\S+$/.test(line)) counts.numberedUrls++;
    if (/^(?:\*\*|__|[-*+] |\d{1,3}\. )/.test(line)) counts.markedLines++;
    if (/\[\d{1,6}\]\S/.test(line) || /^\[\d{1,6}\]$/.test(line)) counts.markers++;
    else if (line.startsWith('#') && /^#{1,4} /.test(line)) counts.headings++;
    if (line.includes('](http')) counts.markdownLinks++;
    if (hasReferenceEnd(line)) counts.referenceLinks++;
  }
  return counts;
}

/** A Markdown reference definition's line: `[label]: destination`. */
const DEFINITION = /^\[[^\]]{1,999}\]:[ \t]*<?[^\s>]/;

function isUrlLine(line: string): boolean {
  return (
    autolinkUrl(line) !== undefined ||
    ((line.startsWith('https://') || line.startsWith('http://')) &&
      line.indexOf(' ') === -1 &&
      line.indexOf('](') === -1 &&
      !line.endsWith('\\'))
  );
}

/** `][12]` somewhere in the line. */
function hasReferenceEnd(line: string): boolean {
  let at = line.indexOf('][');
  while (at !== -1) {
    let i = at + 2;
    while (i < line.length && line.charCodeAt(i) >= 0x30 && line.charCodeAt(i) <= 0x39) i++;
    if (i > at + 2 && line.charCodeAt(i) === 0x5d) return true;
    at = line.indexOf('][', at + 2);
  }
  return false;
}

export type { PageKind };

/** A repository page's tab row, its card's tab first: the start of a line. */
const REPOSITORY_TABS = /^\[? *(?:Model|Dataset) card\b/;
/** A blog article's link back to the blog, above its title. */
const BLOG_HEADER = 'Back to Articles';
/**
 * What a repository page prints beside its card's tab, and no listing or paper page
 * does: its files tab (on the tab row, or a line of its own), or a line that starts with
 * the download count or a button.
 */
const REPOSITORY_MARK =
  /^(?:Files and versions|Downloads last month|Use this (?:model|dataset)|Data Studio)/;
const FILES_TAB = 'Files and versions';

/** What the window shows of a page of collection items (see {@link isItemsPage}). */
interface ItemsEvidence {
  tabs: boolean;
  marks: boolean;
  /** A sidebar's section title on a line of its own. */
  sections: boolean;
  /** A blog article's `Back to Articles`. */
  blog: boolean;
  /** Item lines, a paper's or another repository's. */
  items: number;
  /** `Submitted by` lines and `· 9 authors` footers: a listing's cards. */
  footers: number;
  /** Headings that link a paper (`### [Title](…/papers/<id>)`). */
  linkedTitles: number;
}

/**
 * A listing card's mark: `Submitted by`, a footer's author count (`· 9 authors`), a title
 * linking its paper (`### [Title](https://huggingface.co/papers/2605.06021)`). A paper
 * page's head has one `Submitted by` at most, names instead of a count, no linked title.
 */
const FOOTER_CARD = /^(?:(?:· )?Submitted by\b|(?:[·•-] ?)?\d+ authors?\b)/;
const LINKED_TITLE =
  /^#{1,6} \[.{3,300}\]\((?:https?:\/\/huggingface\.co)?\/papers\/\d{4}\.\d{4,5}\)/;

/** The page's own title and its `Authors:` label with the names below it. */
const PAPER_MARK = /^(?:paper page - \S|authors:$)/i;

/**
 * `'items'` when a capture is a page that lists papers only as collection items (see
 * {@link isItemsPage}). `'paper'` when a capture's first {@link DETECT_WINDOW} characters are a single paper's
 * page (`huggingface.co/papers/<id>`), not a listing: one `Abstract` heading above the
 * page's comments and citing lists, and the page's own marks beside it (the `arxiv:`
 * badge, `Authors:` over the names, the `AI-generated summary` label, `Paper page - `
 * before the title, or a citing list's line). Without the heading, three of the citing
 * lists' lines, or two and one other mark. A listing's cards have no `Abstract` heading; a
 * digest that labels each abstract has several above its first `Community`, or badges of
 * several papers; a listing that a page follows has its cards' marks above. A comment may
 * hold an `Abstract` heading of its own: headings after `Community` are not counted.
 *
 * @example
 * ```ts
 * detectPage('arxiv:2409.16040\n\n## Time-MoE\n\n## Abstract\n\nWe …\n'); // 'paper'
 * detectPage('Mar 11\n\nA Title\n\nAn abstract.\n'); // undefined
 * detectPage('arxiv:2409.16040\n## Abstract\narxiv:2409.12136\n## Abstract\n'); // undefined (a digest)
 * detectPage('## Papers for Qwen/Qwen3-8B\n'); // 'items'
 * ```
 */
export function detectPage(sample: string, url?: string): PageKind | undefined {
  let abstracts = 0;
  const evidence: ItemsEvidence = {
    tabs: false,
    marks: false,
    sections: false,
    blog: false,
    items: 0,
    footers: 0,
    linkedTitles: 0,
  };
  let marks = 0;
  let sections = 0;
  let trailer = false;
  // Listing cards' marks above the first `Abstract`: a listing that a page follows.
  let cards = 0;
  const badges = new Set<string>();
  for (const source of sample.split('\n')) {
    // A TAB or NBSP reads as a space, as the layouts read it (`plainSpaces`).
    const raw = plainSpaces(source);
    const line = visibleText(raw);
    if (line.length === 0 || line.length > 200) continue;
    const card = readItemsEvidence(line, raw.trim(), evidence);
    const badge = readArxivBadge(line);
    // Badges above the comments: another paper's in a comment, or the next page of a
    // crawl after this page's lists, is no digest.
    if (badge !== undefined && !trailer) badges.add(badge);
    if (abstracts === 0 && card) cards++;
    if (isPageSection(line)) {
      // Below the abstract, the page's sections end the card (an excerpt may open with them).
      trailer = abstracts > 0;
      sections++;
    } else if (trailer) continue;
    else if (isAbstractLabel(line)) abstracts++;
    else if (abstracts > 0 && isTrailerLabel(line)) trailer = true;
    else if (badge !== undefined || isPaperMark(line)) marks++;
  }
  if (isItemsPage(evidence, url)) return 'items';
  // The badges of several papers (a digest), or a listing's cards above the page.
  if (badges.size > 1 || cards > 1) return undefined;
  if (abstracts === 1 && marks + sections > 0) return 'paper';
  return abstracts === 0 && (sections > 2 || (sections > 1 && marks > 0)) ? 'paper' : undefined;
}

/**
 * Read one visible line's evidence of a page of items into `evidence`; whether the line
 * is a listing card's mark (a footer, a heading that links its paper).
 *
 * @example
 * ```ts
 * readItemsEvidence('Model card Files and versions', raw, evidence); // evidence.tabs, evidence.marks
 * readItemsEvidence('Papers for Qwen/Qwen3-8B', raw, evidence); // evidence.sections
 * ```
 */
function readItemsEvidence(line: string, raw: string, evidence: ItemsEvidence): boolean {
  if (REPOSITORY_TABS.test(line)) {
    evidence.tabs = true;
    if (line.includes(FILES_TAB)) evidence.marks = true;
  } else if (REPOSITORY_MARK.test(line)) evidence.marks = true;
  else if (line === BLOG_HEADER) evidence.blog = true;
  else if (itemSectionEnd(line) === line.length) evidence.sections = true;
  // A paper's item line anywhere in a line (a scraper may glue it to a section title).
  if (readItemLine(line) !== undefined || holdsItem(line, true)) evidence.items++;
  if (FOOTER_CARD.test(raw)) {
    evidence.footers++;
    return true;
  }
  if (LINKED_TITLE.test(raw)) {
    evidence.linkedTitles++;
    return true;
  }
  return false;
}

/**
 * A page whose papers are collection items only, unless a listing's cards stand in the
 * window (two `Submitted by` lines or `· 9 authors` footers: its cards are its papers).
 * Any of: a model's or a dataset's page (a line that starts with its card's tab, and
 * the files tab on it or a line that starts with the download count or a `Use this
 * model` button); a blog article's `Back to Articles`; a sidebar's section title on a
 * line of its own (`Papers for Qwen/Qwen3-8B`) with an item line or one of those marks; a capture whose URL
 * names such a page, with an item line or a repository page's mark and at most one
 * heading that links a paper. A model card may hold an `Abstract` heading and an
 * `arxiv:` badge, so this comes before the paper page's test.
 *
 * @example
 * ```ts
 * isItemsPage({ ...none, tabs: true, marks: true }); // true
 * isItemsPage({ ...none, sections: true }); // false (no item line)
 * isItemsPage(none, 'https://huggingface.co/blog/x'); // false (the URL alone)
 * ```
 */
function isItemsPage(evidence: ItemsEvidence, url?: string): boolean {
  if (evidence.footers > 1) return false;
  if ((evidence.tabs && evidence.marks) || evidence.blog) return true;
  if (evidence.sections && (evidence.items > 0 || evidence.marks) && evidence.linkedTitles <= 1) {
    return true;
  }
  // The URL alone is a claim (a crawler's header may name another page): with an item
  // line or one of the page's marks, and no listing's linked titles.
  const named = url !== undefined && isItemsPageUrl(url);
  return named && (evidence.items > 0 || evidence.marks) && evidence.linkedTitles <= 1;
}

/** The summary's label, the page's title or `Authors:` over the names. */
function isPaperMark(line: string): boolean {
  return isSummaryLabel(line) || PAPER_MARK.test(line);
}

/**
 * A line's visible text, roughly: Markdown's images dropped, links' texts kept, list
 * and quote marks gone (enough to read a label; the layouts lower the page properly).
 *
 * @example
 * ```ts
 * visibleText('* [Browse 5 models citing this paper](https://…)'); // 'Browse 5 models citing this paper'
 * ```
 */
function visibleText(line: string): string {
  // Trimmed first: a CR or a trailing blank would keep `**…**`'s marks on (review40's F2).
  return line
    .trimEnd()
    .replace(/!\[[^\]\n]{0,200}\]\([^)\n]{0,500}\)/g, '')
    .replace(/\[([^\]\n]{0,200})\]\([^)\n]{0,500}\)/g, '$1')
    .replace(/^[\s>]*(?:[-*+]\s+)?/, '')
    .replace(/^[*_]{1,3}(.*?)[*_]{1,3}$/, '$1')
    .trim();
}
