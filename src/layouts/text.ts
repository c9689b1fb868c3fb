/**
 * The plain-text layout: split lines, drop blanks, trim, hand content lines to the
 * grammar. Push-based, so the stream and the batch parser share it.
 *
 * @module
 */
import { createGrammar, type GrammarToken } from '../grammar/machine.js';
import { createLineSplitter, type Line, pointIn } from '../lines/split.js';
import { collapseWhitespace, contentEnd, contentStart } from '../lines/whitespace.js';

/** Lines longer than this are classified by length alone (see `grammar/abstract.ts`). */
const CLASSIFY_LENGTH = 400;

/** A push-based plain-text layout. */
export interface TextLayout {
  push(chunk: string): void;
  end(): void;
  /** Code units held for the line in progress. */
  readonly pendingLength: number;
}

/**
 * Create the plain-text layout. `onLine` (optional) sees every raw line, blank or not.
 *
 * @example
 * ```ts
 * const layout = createTextLayout((token) => console.log(token.kind, token.text));
 * layout.push('Mar 11\n\nA Title\n');
 * layout.end(); // listing-date Mar 11, then title A Title
 * ```
 */
export function createTextLayout(
  onToken: (token: GrammarToken) => void,
  onLine?: (line: Line) => void,
): TextLayout {
  const grammar = createGrammar(onToken);
  const splitter = createLineSplitter((line) => {
    onLine?.(line);
    const { text } = line;
    const from = contentStart(text);
    if (from === text.length) return;
    const to = contentEnd(text, from);
    const content = from === 0 && to === text.length ? text : text.slice(from, to);
    grammar.line({
      text: content,
      // Only short lines are matched against chrome, dates and footers; a long line is an
      // abstract by its length alone, so it is not scanned twice.
      collapsed: content.length > CLASSIFY_LENGTH ? content : collapseWhitespace(content),
      start: pointIn(line, from),
      end: pointIn(line, to),
    });
  });
  return {
    push: (chunk) => splitter.push(chunk),
    end(): void {
      splitter.end();
      grammar.end();
    },
    get pendingLength() {
      return splitter.pendingLength;
    },
  };
}
