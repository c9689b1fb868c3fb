/**
 * Links a scraper broke across blocks. An extractor that puts blank lines inside a
 * link's text (`[Upvote` … `117](…)`), a heading whose link text wraps
 * (`### [Efficient Memory … with` / `PagedAttention](…)`), or a clipper's link around a
 * list (`[` / `- ·` / `45 authors` / `](…)`) leaves Markdown that no parser reads as
 * one link. This joins such runs back into one linked content line, so the grammar
 * sees the link the page had. A link around a heading and the blocks under it (a
 * collection item's `[#### Title` / `Paper • 2505.09388 • …](/papers/…)`) is a card
 * whose lines stay lines: each block is one, linked, the first a heading.
 *
 * @module
 */
import { type ContentLine, type Mutable, withField } from '../grammar/content-line.js';
import { rankedLinkAt } from '../grammar/rank.js';
import { joinFields, sliceField, type TextField } from '../lines/text-field.js';
import type { Point } from '../schema.js';

/** `[#### `: a link whose text opens with a heading's markup. */
const HEADING = /^\[(#{1,6}) +\S/;
/** A blank line in the source between two lines. */
const BLANK_LINE = /\n[ \t]*\r?\n/;
/**
 * Longest run of lines a broken link may span: an abstract html2text wrapped at 78
 * columns inside its link runs to thirty lines and more.
 */
const MAX_LINES = 64;
/**
 * `](url)` or `](url "title")` at a line's end, or before a card's `·` and what follows
 * it (html2text's `](/papers/…) ·`, a clipper's `- 4 authors](…) · Published on …`),
 * tried from the line's last `](`.
 */
const CLOSER = /\]\((\S{1,2000}?)(?:\s+"[^"\n]{0,200}")?\)(?=$|[ \t]+·)/y;
/** `][label]` in the same places: a reference-style link's end (`- 3 authors][r4]`). */
const REFERENCE_CLOSER = /\]\[([^[\]]{1,999})\](?=$|[ \t]+·)/y;

/**
 * A reference label → its definition's destination, or `undefined` (the Markdown
 * layout's definitions; layouts without references give none).
 */
export type ResolveLabel = (label: string) => string | undefined;

/** A link's end found on a line: `](url)` or `][label]` at `index`, `length` long. */
interface Closer {
  readonly index: number;
  readonly length: number;
  readonly url: string;
}

/** A content-line consumer that holds an open bracket until its closer comes. */
export interface LinkMender {
  line(line: ContentLine): void;
  end(): void;
}

/**
 * Create a mender writing repaired lines to `emit`.
 *
 * @example
 * ```ts
 * const mender = mendBrokenLinks((line) => grammar.line(line));
 * mender.line(upvoteOpener); // '[Upvote'
 * mender.line(upvoteCloser); // '117](https://huggingface.co/login?next=…)'
 * mender.end(); // one line: 'Upvote 117', linked
 * ```
 */
export function mendBrokenLinks(
  emit: (line: ContentLine) => void,
  resolve?: ResolveLabel,
): LinkMender {
  let held: ContentLine[] = [];

  function release(): void {
    const [opener, ...rest] = held;
    held = [];
    if (opener === undefined) return;
    // A link cut off before its `](`: its `[` is syntax, not text, and so is a ranked
    // heading's rank before it (`### 1. [WIP Efficient …`: the title is `WIP Efficient …`).
    emit(withoutBracket(opener, linkAt(opener) + 1));
    for (const line of rest) emit(line);
  }

  return {
    line(line) {
      if (held.length === 0) {
        if (opens(line)) held.push(line);
        else
          emit(
            isCutInDestination(line) ? withoutBracket(line) : (strayCloser(line, resolve) ?? line),
          );
        return;
      }
      const closer = closerOf(line, resolve);
      if (closer !== null) {
        const url = closer.url;
        // What follows the link on its line (`· Published on …`) is a line of its own.
        const [head, tail] = splitAt(line, closer.index + closer.length);
        if (HEADING.test((held[0] as ContentLine).text)) {
          for (const block of blocks(held, head, closer.index, url)) emit(block);
        } else emit(joined(held, head, closer.index, url));
        held = [];
        if (tail !== undefined) emit(tail);
        return;
      }
      if (
        opens(line) ||
        line.heading !== undefined ||
        held.length >= MAX_LINES ||
        // A heading's link wraps onto the lines right below it, no paragraph between
        // (`### 1. [WIP …` / blank / an abstract: the heading's bracket never closed).
        ((held[0] as ContentLine).heading !== undefined && BLANK_LINE.test(line.gap ?? ''))
      ) {
        release();
        if (opens(line)) held.push(line);
        else emit(line);
        return;
      }
      held.push(line);
    },
    end: release,
  };
}

/**
 * Whether `line` closes the link that `opener` opens (`[Efficient … with` /
 * `PagedAttention](…)`): a wrapped heading's indented next line is no part of the heading
 * then, but the link's end, which the mender joins.
 *
 * @example
 * ```ts
 * closesLink(headingLine('2. [ChatGPT-steered … Abstractive'), plainLine('Summarization](…)')); // true
 * closesLink(headingLine('A long title for'), plainLine('Efficient Access')); // false
 * ```
 */
export function closesLink(
  opener: ContentLine,
  line: ContentLine,
  resolve?: ResolveLabel,
): boolean {
  return opens(opener) && closerOf(line, resolve) !== null;
}

/**
 * `](url)`, or `][label]` that `resolve` knows, ending a line with no link and no `[`
 * before it, or `null`.
 */
function closerOf(line: ContentLine, resolve?: ResolveLabel): Closer | null {
  if (line.links !== undefined) return null;
  // One try, at the last `](` (a try at each would be quadratic on a line of many).
  const last = line.text.lastIndexOf('](');
  if (last !== -1) {
    CLOSER.lastIndex = last;
    const found = CLOSER.exec(line.text);
    if (found !== null && !line.text.slice(0, found.index).includes('[')) {
      return { index: found.index, length: found[0].length, url: found[1] ?? '' };
    }
  }
  return resolve === undefined ? null : referenceCloserOf(line.text, resolve);
}

/**
 * `][label]` ending `text` (or before its `·`), its label defined: the end of a
 * reference-style link a list broke (`- 3 authors][r4]`), or `null`.
 *
 * @example
 * ```ts
 * referenceCloserOf('3 authors][r4]', (label) => (label === 'r4' ? '/papers/2502.20581' : undefined));
 * // { index: 9, length: 5, url: '/papers/2502.20581' }
 * ```
 */
function referenceCloserOf(text: string, resolve: ResolveLabel): Closer | null {
  const last = text.lastIndexOf('][');
  if (last === -1 || text.slice(0, last).includes('[')) return null;
  REFERENCE_CLOSER.lastIndex = last;
  const found = REFERENCE_CLOSER.exec(text);
  const url = found === null ? undefined : resolve(found[1] ?? '');
  return found === null || url === undefined
    ? null
    : { index: found.index, length: found[0].length, url };
}

/**
 * The line without the `[` it opens with (and, with `lead`, that many characters: a
 * heading's markup after it).
 */
function withoutBracket(line: ContentLine, lead = 1): ContentLine {
  const at = locatorOf(line);
  // Cut inside its destination, `[Title](https://hug`: the title ends at `](`.
  const destination = line.text.indexOf('](');
  const closed = line.text.endsWith(']') ? line.text.length - 1 : line.text.length;
  const end = destination === -1 ? closed : destination;
  const field = sliceField(fieldOf(line), lead, end, at);
  const text = field.text.trimStart();
  const cut = sliceField(field, field.text.length - text.length, field.text.length, at);
  // The `[` cut off joins the gap before the line, a `]` cut off stays in its raw: the
  // raw remains the exact source from the new start to the line's end.
  const skipped = line.raw.slice(0, Math.max(0, cut.start.offset - line.start.offset));
  return {
    ...line,
    text: cut.text,
    start: cut.start,
    raw: line.raw.slice(skipped.length),
    ...(cut.offsetAt === undefined ? {} : { offsetAt: cut.offsetAt }),
    ...(line.gap === undefined && skipped === '' ? {} : { gap: (line.gap ?? '') + skipped }),
  };
}

/**
 * A link's end whose `[` opened on a line of another block that no join could reach
 * (markdownify's `[Abstract …](/papers/…) [* ![](…)` / `* 3 authors](/papers/…) · Sep 9`):
 * the text before its `](` linked, as the page had it, where a card's `·` follows it
 * (what follows stays on the line). `undefined` for any other line.
 *
 * @example
 * ```ts
 * strayCloser(plainLine('3 authors](/papers/2609.11115) · Sep 9, 2026'));
 * // '3 authors · Sep 9, 2026', the first 9 characters linked to /papers/2609.11115
 * ```
 */
function strayCloser(line: ContentLine, resolve?: ResolveLabel): ContentLine | undefined {
  if (line.markup === true || line.heading !== undefined) return undefined;
  // Links after it are the footer's (`· Feb 27, 2025 [1](…#community)`), not before it.
  const bare = line.links === undefined ? line : { ...line, links: undefined };
  const closer = closerOf(bare, resolve);
  if (closer === null || closer.index === 0) return undefined;
  const end = closer.index + closer.length;
  // Only a footer's link, its `·` after it: an abstract's or a note's end (`its
  // performance.](…)`) stays as it was, an error, rather than a guess.
  if (end >= line.text.length) return undefined;
  if (line.links?.some((link) => link.from < end) === true) return undefined;
  const rest = line.text.slice(end);
  const tailStart = end + rest.length - rest.trimStart().length;
  const at = locatorOf(line);
  const field = fieldOf(line);
  const head = sliceField(field, 0, closer.index, at);
  const joined = joinFields(
    [head, sliceField(field, tailStart, line.text.length, at)],
    [line.text.slice(closer.index, tailStart)],
  );
  const shift = head.text.length + 1 - tailStart;
  const out: Mutable<ContentLine> = {
    ...line,
    text: joined.text,
    raw: line.raw,
    links: [
      { url: closer.url, from: 0, to: head.text.length },
      ...(line.links ?? []).map((link) => ({
        ...link,
        from: link.from + shift,
        to: link.to + shift,
      })),
    ],
  };
  if (joined.offsetAt === undefined) delete out.offsetAt;
  else out.offsetAt = joined.offsetAt;
  return out;
}

/** `[Title](https://hug`: a link the capture cut inside its destination. */
function isCutInDestination(line: ContentLine): boolean {
  return (
    line.links === undefined &&
    line.text.charCodeAt(0) === 0x5b &&
    line.text.length <= 4000 &&
    // A heading cut right after its link text (`### [Title]`) is one too.
    (/^\[[^[\]]*\]\([^)\s]*$/.test(line.text) ||
      (line.heading !== undefined && /^\[[^[\]]*\]$/.test(line.text)))
  );
}

/**
 * Where a line's link opens: `0` for `[…`, after a heading's rank (`2. [ChatGPT-steered
 * … Abstractive`, a digest's wrapped heading) the bracket's index, else `-1`.
 *
 * @example
 * ```ts
 * linkAt(headingLine('2. [ChatGPT-steered Editing')); // 3
 * linkAt(plainLine('2. [ChatGPT-steered Editing')); // -1 (a list's text)
 * ```
 */
function linkAt(line: ContentLine): number {
  if (line.text.charCodeAt(0) === 0x5b) return 0;
  return line.heading === undefined ? -1 : rankedLinkAt(line.text);
}

/** A line that opens a bracket it never closes, and has no parsed link but images. */
function opens(line: ContentLine): boolean {
  if (line.markup === true) return false;
  // Images inside the open bracket are the link's avatars (`[* ![](…/a.svg)` / `* 3
  // authors](/papers/…)`, markdownify's list in a link); any other link is the line's own.
  if (line.links !== undefined && !line.links.every((link) => link.image === true)) return false;
  const at = linkAt(line);
  if (at === -1) return false;
  let depth = 0;
  for (let i = at; i < line.text.length; i++) {
    const code = line.text.charCodeAt(i);
    if (code === 0x5b) depth++;
    else if (code === 0x5d) depth--;
  }
  return depth > 0;
}

/** Input offset → point on the line (its own locator, or columns on one source line). */
function locatorOf(line: ContentLine): (offset: number) => Point {
  return (
    line.locate ??
    ((offset: number) => ({
      ...line.start,
      column: line.start.column + offset - line.start.offset,
      offset,
    }))
  );
}

function fieldOf(line: ContentLine): TextField {
  return line.offsetAt === undefined
    ? { raw: line.raw, text: line.text, start: line.start, end: line.end }
    : { raw: line.raw, text: line.text, start: line.start, end: line.end, offsetAt: line.offsetAt };
}

/**
 * The run `[#### heading, …middle, closer)` as its blocks, each a line linked to `url`:
 * the heading without its `[` and markup (at its depth), the closer without its `](…)`.
 *
 * @example
 * ```ts
 * blocks([opener], closer, 48, '/papers/2505.09388');
 * // [{ text: 'Qwen3 Technical Report', heading: 4, links: […] },
 * //  { text: 'Paper • 2505.09388 • Published May 14, 2025 • 343', links: […] }]
 * ```
 */
function blocks(
  held: readonly ContentLine[],
  closer: ContentLine,
  closeAt: number,
  url: string,
): ContentLine[] {
  const opener = held[0] as ContentLine;
  const marks = HEADING.exec(opener.text)?.[1]?.length ?? 1;
  const heading = withoutBracket(opener, marks + 1);
  const last = cut(closer, closeAt);
  const out: ContentLine[] = [];
  for (const line of [{ ...heading, heading: marks }, ...held.slice(1), last]) {
    if (line.text.trim().length > 0)
      out.push({ ...line, links: [{ url, from: 0, to: line.text.length }] });
  }
  return out;
}

/**
 * The line cut at `at`: the part before, and the rest after its white space (or
 * `undefined` when nothing follows), each with its own source.
 *
 * @example
 * ```ts
 * splitAt(plainLine('](/papers/2207.06220) ·'), 21); // [`](/papers/2207.06220)`, `·`]
 * ```
 */
function splitAt(line: ContentLine, at: number): [ContentLine, ContentLine | undefined] {
  if (at >= line.text.length) return [line, undefined];
  const locate = locatorOf(line);
  const field = fieldOf(line);
  const head = sliceField(field, 0, at, locate);
  const rest = line.text.slice(at);
  const lead = rest.length - rest.trimStart().length;
  const tail = sliceField(field, at + lead, line.text.length, locate);
  const first = withField(line, head);
  const second: ContentLine = withField(
    { text: '', raw: '', start: tail.start, end: tail.end, gap: rest.slice(0, lead) },
    tail,
  );
  if (line.locate !== undefined) return [first, { ...second, locate: line.locate }];
  return [first, second];
}

/** The line's text up to `end` (its `](…)` cut off stays in its raw). */
function cut(line: ContentLine, end: number): ContentLine {
  const field = sliceField(fieldOf(line), 0, end, locatorOf(line));
  const text = field.text.trimEnd();
  return {
    ...line,
    text,
    ...(field.offsetAt === undefined ? {} : { offsetAt: field.offsetAt }),
  };
}

/** The run `[opener, …middle, closer)` as one linked line. */
function joined(
  held: readonly ContentLine[],
  closer: ContentLine,
  closeAt: number,
  url: string,
): ContentLine {
  const opener = held[0] as ContentLine;
  const locate = opener.locate ?? closer.locate;
  const at = locate ?? ((offset: number) => ({ ...opener.start, offset }));
  const fields: TextField[] = [];
  const gaps: string[] = [];
  const add = (field: TextField, gap: string): void => {
    if (field.text.trim().length === 0) return;
    if (fields.length > 0) gaps.push(gap);
    fields.push(field);
  };
  // A ranked heading's rank stays before the link (`2. ` + the linked title).
  const bracket = linkAt(opener);
  if (bracket > 0) add(sliceField(fieldOf(opener), 0, bracket - 1, at), '');
  const from = fields.length === 0 ? 0 : (fields[0] as TextField).text.length + 1;
  add(sliceField(fieldOf(opener), bracket + 1, opener.text.length, at), ' [');
  for (const line of held.slice(1)) add(fieldOf(line), line.gap ?? ' ');
  add(sliceField(fieldOf(closer), 0, closeAt, at), closer.gap ?? ' ');
  const raws = [opener.raw];
  for (const line of [...held.slice(1), closer]) raws.push(line.gap ?? ' ', line.raw);
  const text = fields.length === 0 ? undefined : joinFields(fields, gaps);
  return {
    text: text?.text ?? '',
    raw: raws.join(''),
    start: opener.start,
    end: closer.end,
    ...(text?.offsetAt === undefined ? {} : { offsetAt: text.offsetAt }),
    ...(locate === undefined ? {} : { locate }),
    links: [{ url, from, to: text?.text.length ?? 0 }],
    ...(opener.heading === undefined ? {} : { heading: opener.heading }),
    ...(opener.gap === undefined ? {} : { gap: opener.gap }),
  };
}
