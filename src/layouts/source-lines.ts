/**
 * The non-blank lines of a capture with their places: what the line-based layouts
 * (reference links, bare URLs) lower from.
 *
 * @module
 */
import { createLineSplitter, pointIn } from '../lines/split.js';
import { contentEnd, contentStart } from '../lines/whitespace.js';
import type { Point } from '../schema.js';

/** A non-blank source line. */
export interface SourceLine {
  /** The line without its leading and trailing whitespace. */
  readonly text: string;
  /** The whole line, as in the source, without its ending. */
  readonly line: string;
  readonly start: Point;
  readonly end: Point;
  /** A blank line (or the start of the text) comes right before it. */
  readonly blankBefore: boolean;
  /** The source between the previous non-blank line and this one. */
  readonly gap: string;
}

/**
 * The non-blank lines of `input` from `from` on.
 *
 * @example
 * ```ts
 * sourceLines('  a\n\nb', { line: 1, column: 1, offset: 0 }).map((line) => line.text); // ['a', 'b']
 * ```
 */
export function sourceLines(input: string, from: Point): SourceLine[] {
  const lines: SourceLine[] = [];
  let gap = '';
  let blank = true;
  const splitter = createLineSplitter(
    (line) => {
      const { text } = line;
      const start = contentStart(text);
      if (start === text.length) {
        gap += text + line.eol;
        blank = true;
        return;
      }
      const end = contentEnd(text, start);
      lines.push({
        text: text.slice(start, end),
        line: text,
        start: pointIn(line, start),
        end: pointIn(line, end),
        blankBefore: blank,
        gap: gap + text.slice(0, start),
      });
      gap = text.slice(end) + line.eol;
      blank = false;
    },
    { from },
  );
  splitter.push(from.offset === 0 ? input : input.slice(from.offset));
  splitter.end();
  return lines;
}
