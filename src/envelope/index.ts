/**
 * The capture envelope: what a tool wrote around the page it saved. Front matter
 * (`---` `url:` `retrieved:` `---`), a reader's header (jina's `Title: …` / `URL Source:
 * …` / `Markdown Content:`), a "web source" header (`# Web source`, `- URL: …`,
 * `- Captured (UTC): …`) and a fence holding the page (```` ```text ````) are read
 * here, once, at the start of the input. They give the capture's metadata, the date
 * yearless dates resolve against, and where the page itself starts; their lines are
 * page chrome.
 *
 * ```text
 * # Web source                                  → metadata.title? no: chrome
 * - URL: https://huggingface.co/papers/date/2026-05-30   → metadata.url, page date
 * - Captured (UTC): 2026-06-29T16:31:22Z        → metadata.capturedAt, reference date
 * ```text                                       → the page starts on the next line
 * ```
 *
 * @module
 */
import type { ContentLine } from '../grammar/content-line.js';
import { plainSpaces } from '../lines/whitespace.js';
import type { CaptureMetadata, PartialDate, Point } from '../schema.js';
import { readCaptureDate, urlListingDate } from './dates.js';
import { fieldKey, isToolKey, type MetadataKey } from './keys.js';

/** What the envelope says, and where the page starts. */
export interface Envelope {
  readonly metadata: CaptureMetadata;
  /** The capture's own date (`YYYY-MM-DD`) and where it came from. */
  readonly captured?: { readonly date: string; readonly source: 'front-matter' | 'envelope' };
  /** The listing date the page's URL names (`/papers/date/2026-05-30`, `?date=…`). */
  readonly urlDate?: PartialDate & { readonly year: number };
  /** The envelope's own lines, as markup (page chrome). */
  readonly lines: readonly ContentLine[];
  /** Where the page starts. */
  readonly body: Point;
  /** The page sits in a fence opened with this marker (```` ``` ````, `~~~`). */
  readonly fence?: string;
}

/** One source line of the head. */
interface HeadLine {
  /** The line as the grammar reads it: a TAB or NBSP as a space (`plainSpaces`). */
  readonly text: string;
  /** The line as in the source. */
  readonly raw: string;
  readonly start: Point;
  /** The point after the line's ending. */
  readonly next: Point;
}

/** Lines of front matter or header read before giving up on finding their end. */
const MAX_LINES = 200;
/** `Key: value`, maybe bulleted, the key maybe bold (`- **URL:** …`, `**Source**: …`). */
const KEY_VALUE =
  /^(?:[-*+] )?(?:\*\*)?([A-Za-z][\w ()./-]{0,40}?)(?::\*\*|(?:\*\*)?\s*:)\s*(.{0,2000})$/;

/**
 * Read the envelope at the start of `head`. `complete` says `head` is the whole input;
 * otherwise an envelope still open at its end gives `undefined` (read more first).
 *
 * @example
 * ```ts
 * readEnvelope('---\nurl: https://huggingface.co/papers?date=2026-10-02\nretrieved: 2026-10-02\n---\nnew\n', true);
 * // { metadata: { url: …, capturedAt: '2026-10-02' }, captured: { date: '2026-10-02', source: 'front-matter' },
 * //   urlDate: { year: 2026, month: 10, day: 2 }, lines: [ …4 markup lines ], body: { line: 5, column: 1, offset: 81 } }
 * ```
 */
export function readEnvelope(head: string, complete: boolean): Envelope | undefined {
  const lines = splitHead(head, complete);
  const metadata: { url?: string; title?: string; capturedAt?: string } = {};
  let captured: Envelope['captured'];
  const envelopeLines: ContentLine[] = [];
  let index = 0;
  // Nothing read yet: the page starts at the very start (a BOM is the layout's to skip).
  let body: Point = { line: 1, column: 1, offset: 0 };

  const take = (line: HeadLine): void => {
    if (line.text.trim().length > 0) envelopeLines.push(markup(line));
    body = line.next;
  };
  const record = (key: MetadataKey, value: string, source: 'front-matter' | 'envelope'): void => {
    const clean = unquote(value);
    if (key === 'url' && metadata.url === undefined && looksLikeUrl(clean)) metadata.url = clean;
    if (key === 'title' && metadata.title === undefined && clean.length > 0) metadata.title = clean;
    if (key === 'captured' && metadata.capturedAt === undefined) {
      const date = readCaptureDate(clean);
      if (date !== undefined) {
        metadata.capturedAt = date.iso;
        captured = { date: date.day, source };
      }
    }
  };

  /** Header lines `[from, to)` as chrome, their known `Key: value`s (those `wanted`) recorded. */
  const takeKeyLines = (
    from: number,
    to: number,
    wanted: (key: MetadataKey) => boolean = () => true,
  ): void => {
    for (let i = from; i < to; i++) {
      const line = lines[i] as HeadLine;
      const match = KEY_VALUE.exec(line.text.trim());
      const key = match === null ? undefined : fieldKey(match[1] ?? '');
      if (key !== undefined && match !== null && wanted(key)) {
        record(key, match[2] ?? '', 'envelope');
      }
      take(line);
    }
  };

  // Front matter: `---` … `---` (or `...`).
  if (lines[0]?.text.trimEnd() === '---') {
    let end = -1;
    for (let i = 1; i < lines.length && i < MAX_LINES; i++) {
      const text = (lines[i] as HeadLine).text.trimEnd();
      if (text === '---' || text === '...') {
        end = i;
        break;
      }
    }
    if (end === -1 && !complete && lines.length < MAX_LINES) return undefined;
    if (end !== -1) {
      for (let i = 0; i <= end; i++) {
        const line = lines[i] as HeadLine;
        const match = i === 0 || i === end ? null : KEY_VALUE.exec(line.text.trim());
        const key = match === null ? undefined : fieldKey(match[1] ?? '');
        if (key !== undefined && match !== null) record(key, match[2] ?? '', 'front-matter');
        take(line);
      }
      index = end + 1;
    }
  }

  // A reader's header (jina's `r.jina.ai`): `Title: …`, `URL Source: …`, `Published
  // Time: …`, then `Markdown Content:`, the page after it.
  const reader = readerHeaderEnd(lines, index);
  if (
    reader === undefined &&
    !complete &&
    lines.length < MAX_LINES &&
    startsReaderHeader(lines, index)
  ) {
    return undefined;
  }
  if (reader !== undefined) {
    // Only the page's own address and title: `Published Time` is the page's, not the capture's.
    takeKeyLines(index, reader + 1, (key) => key !== 'captured');
    index = reader + 1;
  } else {
    // A bare header: `Source URL: …` / `Title: …` lines, one naming the page's URL,
    // then a blank line (a text extractor's, an agent's fetch).
    const bare = bareHeaderEnd(lines, index, complete);
    if (bare === null) return undefined;
    if (bare !== undefined) {
      takeKeyLines(index, bare);
      index = bare;
    }
  }

  // A header: an optional `# …` heading, then `Key: value` lines naming the source,
  // bulleted (`- URL: …`), or bold or plain under the heading (`**URL:** …`, `URL: …`).
  const header = headerEnd(lines, index, complete);
  if (header === null) return undefined;
  if (header !== undefined) {
    takeKeyLines(skipBlank(lines, index), header);
    index = header;
  }

  // A fence holding the page.
  const at = skipBlank(lines, index);
  const fenceLine = lines[at];
  const marker = fenceLine === undefined ? undefined : /^(`{3,}|~{3,})/.exec(fenceLine.text.trim());
  let fence: string | undefined;
  if (fenceLine !== undefined && marker !== null && marker !== undefined) {
    for (let i = index; i <= at; i++) take(lines[i] as HeadLine);
    fence = marker[1];
  }

  const urlDate = metadata.url === undefined ? undefined : urlListingDate(metadata.url);
  return {
    metadata,
    ...(captured === undefined ? {} : { captured }),
    ...(urlDate === undefined ? {} : { urlDate }),
    lines: envelopeLines,
    body,
    ...(fence === undefined ? {} : { fence }),
  };
}

/** A thematic break or a heading: where a header of bold or plain keys must end. */
const HEADER_BOUNDARY =
  /^(?:-[ \t]*-[ \t]*-[- \t]*$|\*[ \t]*\*[ \t]*\*[* \t]*$|_[ \t]*_[ \t]*_[_ \t]*$|#{1,6}[ \t])/;

/**
 * Where a header ends, when the head opens with one: an optional `# …` heading, then
 * `Key: value` lines (blank lines between), one of them a key this library reads.
 * Bulleted lines (`- URL: …`, `- Captured (UTC): …`) make a header as they are. Bold
 * or plain ones (`**URL:** …` / `**Page Title:** …`; `URL: …` / `Accessed: …`, as
 * crawlers write them over the page) need more, since a digest's card or a note may
 * open the same way (`# Title` / `Link: …` / `Date: …` / `Authors: …`): a heading with
 * no link, a URL key (not `Link`) with a URL, a key only a capture tool writes beside it
 * (`Page Title`, `Accessed`, `Fetched`), no long value under another key, and a
 * thematic break (the whole line) or a heading right after, which a card's abstract is
 * not. The break is the header's too. `null` when more input is needed; `undefined`
 * when the head opens with none.
 *
 * @example
 * ```ts
 * headerEnd(headLines('# Web source\n- URL: https://huggingface.co/papers\n\nMar 11'), 0, true); // 3
 * headerEnd(headLines('# T\n**URL:** https://huggingface.co/papers/2306.07944\n**Page Title:** P\n---\n'), 0, true); // 4
 * headerEnd(headLines('# T\nLink: https://arxiv.org/abs/2306.07944\nAuthors: A, B\n\nWe study.'), 0, true); // undefined
 * ```
 */
function headerEnd(
  lines: readonly HeadLine[],
  from: number,
  complete: boolean,
): number | null | undefined {
  const start = skipBlank(lines, from);
  let end = start;
  // A heading with a link is a card's title (`# [Title](…/papers/…)`), never a header's.
  const heading = lines[end]?.text.startsWith('# ') === true;
  const linked = heading && /\]\(|\]\[/.test((lines[end] as HeadLine).text);
  if (heading) end = skipBlank(lines, end + 1);
  let known = 0;
  // Whether the header's lines are bold or plain; one header is all one or the other.
  let loose: boolean | undefined;
  let named = false;
  let described = false;
  for (; end < lines.length && end - start < MAX_LINES; end++) {
    const text = (lines[end] as HeadLine).text.trim();
    if (text.length === 0) continue;
    const bulleted = /^[-*+] /.test(text);
    if (!bulleted && !text.startsWith('**') && !BARE_KEY_VALUE.test(text)) break;
    const match = KEY_VALUE.exec(text);
    if (match === null || loose === bulleted) break;
    loose = !bulleted;
    const name = (match[1] ?? '').trim();
    const key = fieldKey(name);
    if (key === undefined) {
      // A crawler's other keys hold a word or a code (`Year: unknown`, `HTTP: 200`); a
      // longer value is a note's field or its prose (`Abstract: We study …`).
      if (loose && (match[2] ?? '').length > 40) break;
      continue;
    }
    known++;
    if (isToolKey(name)) described = true;
    else if (!/^link$/i.test(name) && looksLikeUrl(unquote(match[2] ?? ''))) named = true;
  }
  if (known === 0) return undefined;
  if (end === lines.length && !complete) return null;
  if (loose === false) return end;
  const boundary = lines[end]?.text.trim();
  if (linked || !named || !described || boundary === undefined || !HEADER_BOUNDARY.test(boundary)) {
    return undefined;
  }
  return /^#/.test(boundary) ? end : end + 1;
}

/** A bare header's line: a capitalised key, a colon, a value. */
const BARE_KEY_VALUE = /^([A-Z][A-Za-z ()_-]{0,30}):[ \t]+(\S.{0,2000})$/;
/** The most lines a bare header holds. */
const BARE_LINES = 12;

/**
 * Where a bare header ends (the blank line after it), when the head opens with one:
 * `Key: value` lines only, one of them a URL key with a URL (`Source: https://…`,
 * `SOURCE-URL: https://…`); `null` when the head may still be one and more input is
 * needed; `undefined` when it is none.
 *
 * @example
 * ```ts
 * bareHeaderEnd(headLines('Source URL: https://huggingface.co/blog/x\nTitle: T\n\nText'), 0, true); // 2
 * bareHeaderEnd(headLines('Title: A Note\nSome prose.\n'), 0, true); // undefined
 * ```
 */
function bareHeaderEnd(
  lines: readonly HeadLine[],
  from: number,
  complete: boolean,
): number | null | undefined {
  const start = skipBlank(lines, from);
  let url = false;
  for (let i = start; i < lines.length && i - start <= BARE_LINES; i++) {
    const text = (lines[i] as HeadLine).text.trimEnd();
    if (text.trim().length === 0) return url && i > start ? i : undefined;
    const match = BARE_KEY_VALUE.exec(text);
    if (match === null) return undefined;
    if (fieldKey(match[1] ?? '') === 'url' && looksLikeUrl((match[2] ?? '').trim())) url = true;
  }
  return complete || lines.length > start + BARE_LINES ? undefined : null;
}

/** The line a reader's header ends with, the page after it. */
const READER_BODY = 'Markdown Content:';
/** The most lines a reader's header holds before its body line. */
const READER_LINES = 16;

/** Whether the head opens, at `from`, with a reader's `Title: …` line. */
function startsReaderHeader(lines: readonly HeadLine[], from: number): boolean {
  return lines[skipBlank(lines, from)]?.text.startsWith('Title: ') === true;
}

/**
 * Where a reader's header ends (its `Markdown Content:` line), when the head opens with
 * one: `Title: …` first, then only `Key: value` lines and blank lines.
 *
 * @example
 * ```ts
 * readerHeaderEnd(headLines('Title: T\n\nURL Source: https://…\n\nMarkdown Content:\n# Page'), 0); // 4
 * ```
 */
function readerHeaderEnd(lines: readonly HeadLine[], from: number): number | undefined {
  if (!startsReaderHeader(lines, from)) return undefined;
  for (let i = skipBlank(lines, from); i < lines.length && i - from < READER_LINES; i++) {
    const text = (lines[i] as HeadLine).text.trim();
    if (text === READER_BODY) return i;
    if (text.length > 0 && !KEY_VALUE.test(text)) return undefined;
  }
  return undefined;
}

function skipBlank(lines: readonly HeadLine[], from: number): number {
  let at = from;
  while (at < lines.length && (lines[at] as HeadLine).text.trim().length === 0) at++;
  return at;
}

/** The head's lines with their points; the last, unfinished line only when complete. */
function splitHead(head: string, complete: boolean): HeadLine[] {
  const lines: HeadLine[] = [];
  let offset = head.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let column = offset + 1;
  while (offset < head.length && lines.length < MAX_LINES * 2) {
    let end = offset;
    while (end < head.length && head.charCodeAt(end) !== 0x0a && head.charCodeAt(end) !== 0x0d)
      end++;
    if (end === head.length && !complete) break;
    let next = end;
    if (head.charCodeAt(next) === 0x0d) next++;
    if (head.charCodeAt(next) === 0x0a && (next === end || head.charCodeAt(end) === 0x0d)) next++;
    const raw = head.slice(offset, end);
    lines.push({
      text: plainSpaces(raw),
      raw,
      start: { line, column, offset },
      next: { line: line + 1, column: 1, offset: next },
    });
    if (next === end) break;
    offset = next;
    line++;
    column = 1;
  }
  return lines;
}

function markup(line: HeadLine): ContentLine {
  const text = line.text;
  const from = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const source = line.raw.slice(from, from + trimmed.length);
  const start = {
    line: line.start.line,
    column: line.start.column + from,
    offset: line.start.offset + from,
  };
  return {
    text: trimmed,
    raw: source,
    start,
    end: {
      line: start.line,
      column: start.column + trimmed.length,
      offset: start.offset + trimmed.length,
    },
    markup: true,
  };
}

function unquote(value: string): string {
  const text = value.trim();
  const first = text.charCodeAt(0);
  if (
    (first === 0x22 || first === 0x27) &&
    text.length >= 2 &&
    text.charCodeAt(text.length - 1) === first
  ) {
    return text.slice(1, -1).trim();
  }
  // `<https://…>` autolinks and `` `…` `` code spans around a value.
  if (
    (text.startsWith('<') && text.endsWith('>')) ||
    (text.startsWith('`') && text.endsWith('`'))
  ) {
    return text.slice(1, -1).trim();
  }
  return text;
}

function looksLikeUrl(value: string): boolean {
  return /^(?:https?:\/\/|www\.|\/)\S+$/.test(value);
}
