/**
 * The plain-text layout: split lines, drop blanks, trim, and lower each line into a
 * content line for the card grammar. Push-based, so the stream and the batch parser
 * share it.
 *
 * @module
 */

import { repairMojibake } from '../decode/mojibake.js';
import type { ContentLine, Mutable } from '../grammar/content-line.js';
import { createLineSplitter, type Line, pointIn, type SplitterOptions } from '../lines/split.js';
import { contentEnd, contentStart, plainSpaces } from '../lines/whitespace.js';
import type { Point } from '../schema.js';
import { danglingJoin } from './dangling-line.js';
import { type Wrap, wrapJoin } from './wrap.js';

/** The longest source gap kept between two content lines. */
const MAX_GAP = 4096;

/** A push-based layout: chunks in, content lines out. */
export interface TextLayout {
  push(chunk: string): void;
  end(): void;
  /** Code units held for the line in progress. */
  readonly pendingLength: number;
  /** True once a line passed `maxLength`. */
  readonly stopped: boolean;
}

/** Where the text starts, how it ends, and the longest line it holds. */
export interface TextLayoutOptions {
  /** Sees every raw line, blank or not (`tokenize`). */
  readonly onLine?: (line: Line) => void;
  /** Where the text starts in the input (after an envelope). */
  readonly from?: Point;
  /** The fence marker an envelope opened: a line starting with it is markup. */
  readonly fence?: string;
  readonly maxLength?: number;
  readonly onOverlong?: (line: number, offset: number) => void;
  /** The capture's hard wrap: lines that continue a full line are marked so. */
  readonly wrap?: Wrap;
  /** Repair mojibake in each line (the capture was decoded once as Windows-1252). */
  readonly repair?: boolean;
}

/**
 * Create the plain-text layout. `onLine` (optional) sees every raw line, blank or not.
 *
 * @example
 * ```ts
 * const layout = createTextLayout((line) => grammar.line(line));
 * layout.push('Mar 11\n\nA Title\n');
 * layout.end(); // two content lines: 'Mar 11', 'A Title'
 * ```
 */
export function createTextLayout(
  onContent: (line: ContentLine) => void,
  options: TextLayoutOptions = {},
): TextLayout {
  const { onLine, from, fence, wrap, repair } = options;
  // The last content line's whole source line, and whether a blank line came since.
  let previous: string | undefined;
  // The source between the last content line and the next: its line ending, blank lines
  // and indentation, kept so a joined field's `raw` is the exact source.
  let gap = '';
  const splitter: SplitterOptions = {
    ...(from === undefined ? {} : { from }),
    ...(options.maxLength === undefined ? {} : { maxLength: options.maxLength }),
    ...(options.onOverlong === undefined ? {} : { onOverlong: options.onOverlong }),
  };
  const lines = createLineSplitter((line) => {
    onLine?.(line);
    const { text } = line;
    const from = contentStart(text);
    if (from === text.length) {
      // Bounded: a joined field never spans blank lines, and a paragraph gap this long
      // is no paragraph gap.
      if (gap.length < MAX_GAP) gap += text + line.eol;
      previous = undefined;
      return;
    }
    // A browser's copy keeps `&nbsp;` as NBSP, a TSV or a dump a TAB: the grammar reads
    // them as spaces (one for one, so offsets hold), `raw` keeps them.
    const spaced = plainSpaces(text);
    // Without a measured wrap, only a line cut mid-phrase is known to go on.
    const join =
      previous === undefined
        ? undefined
        : wrap === undefined
          ? danglingJoin(previous, spaced)
          : wrapJoin(wrap, previous, spaced);
    previous = spaced;
    const to = contentEnd(text, from);
    const content = from === 0 && to === text.length ? text : text.slice(from, to);
    const visible = spaced === text ? content : spaced.slice(from, to);
    const start = pointIn(line, from);
    const lineGap = from === 0 ? gap : gap + text.slice(0, from);
    // (Mojibake is repaired from the source: a `Â` and NBSP are one broken character.)
    const repaired = repair === true ? repairMojibake(content) : undefined;
    // Optional members are added one by one: object spreads here cost a clone per line.
    const out: Mutable<ContentLine> = {
      text: repaired === undefined ? visible : plainSpaces(repaired.text),
      raw: content,
      start,
      end: pointIn(line, to),
      gap: lineGap,
    };
    if (repaired !== undefined) {
      out.offsetAt = (index: number) => start.offset + repaired.sourceIndex(index);
    }
    if (join !== undefined) {
      out.continues = true;
      if (join.tight) out.tight = true;
    }
    // The fence the envelope opened closes here: markup, not page.
    if (fence !== undefined && content.startsWith(fence)) out.markup = true;
    onContent(out);
    gap = to === text.length ? line.eol : text.slice(to) + line.eol;
  }, splitter);
  return {
    push: (chunk) => lines.push(chunk),
    end: () => lines.end(),
    get pendingLength() {
      return lines.pendingLength;
    },
    get stopped() {
      return lines.stopped;
    },
  };
}
