/**
 * The bare-URL layout: plain text where every link became its URL on its own line,
 * right after the link's text.
 *
 * ```text
 *  [-] 12
 * https://huggingface.co/login?next=%2Fpapers%2F2606.00683
 * Title
 * https://huggingface.co/papers/2606.00683
 * Abstract …
 * https://huggingface.co/papers/2606.00683
 * [
 *
 * 6 authors](https://huggingface.co/papers/2606.00683)
 * ·
 * May 29
 * 6
 * https://huggingface.co/papers/2606.00683#community
 * ```
 *
 * Text lines gather until a URL line; the URL says what they were. Footer lines
 * (`·`, dates, `[`, author counts) stand alone.
 *
 * @module
 */
import { parseDateLine } from '../../grammar/date-line.js';
import { isFooterSeparator } from '../../grammar/footer-separator.js';
import type { CardEvent } from '../cards/events.js';
import { readAuthors, readPublishedOn } from '../cards/lines.js';
import { linkEvent } from '../cards/link-event.js';
import { contentLines, createSegmentReader, type TextPart } from '../cards/segment.js';
import { isMarkdownChrome } from '../markdown/chrome.js';

const AUTHORS_TAIL = /^(\d{1,6} authors?)\]\((\S{1,2000})\)$/;

/**
 * Read a bare-URL capture and emit its card events.
 *
 * @example
 * ```ts
 * readBareUrls(text, (event) => cards.event(event));
 * ```
 */
export function readBareUrls(input: string, emit: (event: CardEvent) => void): void {
  const reader = createSegmentReader(input);
  let group: TextPart[] = [];

  function flushUnlinked(): void {
    for (const line of group) {
      emit(
        isMarkdownChrome(line.text)
          ? { kind: 'chrome', text: line.text, start: line.start, end: line.end }
          : reader.segment([line], undefined, false),
      );
    }
    group = [];
  }

  for (const line of contentLines(input)) {
    if (isUrlLine(line.text)) {
      if (group.length === 0) {
        emit({ kind: 'unknown', code: 'unrecognized-line', text: line.text, ...range(line) });
        continue;
      }
      // Chrome lines before the linked text are their own (`Daily`, `Weekly`, …).
      let first = 0;
      while (first < group.length - 1 && isMarkdownChrome(group[first]?.text ?? '')) {
        const chrome = group[first];
        if (chrome) emit({ kind: 'chrome', text: chrome.text, ...range(chrome) });
        first++;
      }
      const event = reader.segment(group.slice(first), line.text, false);
      emit({ ...event, end: line.end } as CardEvent);
      group = [];
      continue;
    }
    const standalone = footerLine(line);
    if (standalone !== undefined) {
      flushUnlinked();
      emit(standalone);
      continue;
    }
    group.push(line);
  }
  flushUnlinked();
}

function range(line: TextPart): { start: TextPart['start']; end: TextPart['end'] } {
  return { start: line.start, end: line.end };
}

/** A line that is a card part on its own, never link text. */
function footerLine(line: TextPart): CardEvent | undefined {
  const text = line.text;
  const span = range(line);
  if (isFooterSeparator(text)) return { kind: 'separator', ...span };
  if (text === '[') return { kind: 'syntax', ...span };
  const publishedOn = readPublishedOn(text);
  if (publishedOn !== undefined) {
    return { kind: 'date', date: publishedOn, text, publishedOn: true, ...span };
  }
  const date = parseDateLine(text);
  if (date !== undefined) return { kind: 'date', date, text, ...span };
  const authors = readAuthors(text);
  if (authors !== undefined) return { kind: 'authors', count: authors, ...span };
  const tail = text.length <= 2100 ? AUTHORS_TAIL.exec(text) : null;
  if (tail !== null) return linkEvent(tail[1] ?? '', tail[2] ?? '', false, span);
  return undefined;
}

/**
 * A line holding only an `http(s)://` URL.
 *
 * @example
 * ```ts
 * isUrlLine('https://huggingface.co/papers/2606.00683'); // true
 * ```
 */
export function isUrlLine(text: string): boolean {
  return (
    (text.startsWith('https://') || text.startsWith('http://')) &&
    text.indexOf(' ') === -1 &&
    text.indexOf('](') === -1
  );
}
