/**
 * The bare-URL layout: plain text where every link became its URL on a line of its own,
 * right after the link's text.
 *
 * ```text
 *  [-] 12
 * https://huggingface.co/login?next=%2Fpapers%2F2606.00683
 * The Noisy Path from Source to Citation: Measuring How Scholars Engage
 * with Past Research
 * https://huggingface.co/papers/2502.20581
 * ```
 *
 * A URL written as an autolink (`<https://…>`) is that URL. A URL line links the line before it; the lines of the run before that (since the last
 * URL, blank line or the start) continue one another, so a link text the dump broke
 * over lines is read whole. Runs that no URL ends are left as they are. Links a scraper
 * broke as Markdown (`[` … `6 authors](…)`) are mended.
 *
 * @module
 */
import type { ContentLine } from '../../grammar/content-line.js';
import { plainSpaces } from '../../lines/whitespace.js';
import type { Point } from '../../schema.js';
import { autolinkUrl } from '../autolink.js';
import { mendBrokenLinks } from '../broken-links.js';
import { type SourceLine, sourceLines } from '../source-lines.js';

/** Longest run of lines a URL may link back over. */
const MAX_RUN = 64;

/**
 * Lower a bare-URL capture, from `body` on, into content lines.
 *
 * @example
 * ```ts
 * readBareUrls(text, (line) => grammar.line(line), { line: 1, column: 1, offset: 0 });
 * ```
 */
export function readBareUrls(
  input: string,
  emit: (line: ContentLine) => void,
  body: Point = { line: 1, column: 1, offset: 0 },
): void {
  const mender = mendBrokenLinks(emit);
  const spaced = doubleSpaced(input, body);
  let run: SourceLine[] = [];

  const release = (): void => {
    for (const line of run) mender.line(plain(line));
    run = [];
  };

  for (const line of sourceLines(input, body)) {
    const url = isUrlLine(line.text);
    const target = autolinkUrl(line.text) ?? line.text;
    // Double-spaced, a blank line says nothing: a URL links the line before the blank,
    // and no line continues another (each of the page's texts stands alone).
    if (spaced ? !url : line.blankBefore) release();
    if (!url) {
      if (run.length >= MAX_RUN) release();
      run.push(line);
      continue;
    }
    let last = run[run.length - 1];
    if (spaced && last !== undefined && NEVER_LINKED.test(last.text)) {
      // Double-spaced, a date or a `·` before a URL is the card's end, which no link
      // holds: the URL (the next card's thumbnail) stands alone.
      release();
      last = undefined;
    }
    if (last === undefined) {
      // A URL with no text before it: the URL is its own text.
      const alone = plain(line);
      mender.line({ ...alone, links: [{ url: target, from: 0, to: alone.text.length }] });
      continue;
    }
    run.forEach((part, index) => {
      const content = plain(part);
      // The linked line reaches over its URL line: the URL is the link's syntax.
      const linked =
        part === last
          ? {
              ...content,
              raw: input.slice(content.start.offset, line.end.offset),
              end: line.end,
              links: [{ url: target, from: 0, to: content.text.length }],
              linksRun: true,
            }
          : content;
      mender.line(index === 0 ? linked : { ...linked, continues: true });
    });
    run = [];
  }
  release();
  mender.end();
}

/** Lines a card never links: its date (`Jun 26, 2023`, `Published on Oct 4`) and `·`. */
const NEVER_LINKED =
  /^(?:·|(?:Published on )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}(?:, \d{4})?)$/;

/** Fewest non-blank lines a capture needs before its spacing says anything. */
const SPACING_SAMPLE = 24;

/**
 * Whether the capture puts a blank line between all its lines (an export that writes
 * each of the page's texts and each URL as a paragraph of its own: NotebookLM's web
 * sources): nine in ten non-blank lines after the first stand after a blank.
 *
 * @example
 * ```ts
 * doubleSpaced('Title\n\nhttps://huggingface.co/papers/2410.05434\n\n…'); // true, given 24 lines so
 * ```
 */
function doubleSpaced(input: string, body: Point): boolean {
  let lines = 0;
  let spaced = 0;
  for (const line of sourceLines(input, body)) {
    if (lines > 0 && line.blankBefore) spaced++;
    lines++;
  }
  return lines >= SPACING_SAMPLE && spaced * 10 >= (lines - 1) * 9;
}

/** A source line as content; an autolink's text is the URL it wraps (its `<>` are syntax). */
function plain(line: SourceLine): ContentLine {
  const content = {
    text: plainSpaces(line.text),
    raw: line.text,
    start: line.start,
    end: line.end,
    gap: line.gap,
  };
  const url = autolinkUrl(line.text);
  if (url === undefined) return content;
  const from = line.start.offset + 1;
  return { ...content, text: url, offsetAt: (index) => from + index };
}

/**
 * A line holding only an `http(s)://` URL, bare or as an autolink.
 *
 * @example
 * ```ts
 * isUrlLine('https://huggingface.co/papers/2606.00683'); // true
 * isUrlLine('<https://huggingface.co/papers/2606.00683>'); // true
 * isUrlLine('See https://example.org');                 // false
 * ```
 */
export function isUrlLine(text: string): boolean {
  return (
    autolinkUrl(text) !== undefined ||
    ((text.startsWith('https://') || text.startsWith('http://')) &&
      text.indexOf(' ') === -1 &&
      text.indexOf('](') === -1)
  );
}
