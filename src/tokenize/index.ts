/**
 * `tokenize`: the plain-text layout's tokens, lossless. Every content line becomes
 * one token of the kind the grammar gave it; everything between content lines
 * (line endings, blank lines, leading and trailing whitespace, a BOM) becomes one
 * `blank` token. Concatenating the tokens' `value`s gives back the input exactly.
 *
 * @module
 */

import { describeValue } from '../describe-value.js';
import type { ContentKind } from '../grammar/machine.js';
import { createTextLayout } from '../layouts/text.js';
import type { Line } from '../lines/split.js';
import type { Point } from '../schema.js';

/**
 * What a token is: a content line's kind (`listing-date`, `title`, `abstract`,
 * `authors`, `separator`, `published`, `chrome`, `unknown`), or `blank` for the
 * whitespace between content lines.
 *
 * @example
 * ```ts
 * const titles = tokenize(text).filter((token) => token.kind === 'title');
 * ```
 */
export type TokenKind = ContentKind | 'blank';

/**
 * A slice of the input with its kind and range.
 *
 * @example
 * ```ts
 * const [first] = tokenize('Mar 11\n');
 * // { kind: 'listing-date', value: 'Mar 11',
 * //   start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 7, offset: 6 } }
 * ```
 */
export interface Token {
  readonly kind: TokenKind;
  /** The exact source text: `input.slice(start.offset, end.offset)`. */
  readonly value: string;
  readonly start: Point;
  readonly end: Point;
}

const ORIGIN: Point = { line: 1, column: 1, offset: 0 };

/**
 * Split plain text into lossless, positioned tokens.
 *
 * @example
 * ```ts
 * import { tokenize } from 'paper-listing';
 * tokenize('Mar 11\n\nA Title\n').map((token) => token.kind);
 * // ['listing-date', 'blank', 'title', 'blank']
 * ```
 */
export function tokenize(input: string): Token[] {
  if (typeof input !== 'string') {
    throw new TypeError(`tokenize expects a string, got ${describeValue(input)}`);
  }
  const tokens: Token[] = [];
  let cursor = ORIGIN;
  let last: Line | undefined;
  const layout = createTextLayout(
    (token) => {
      if (token.start.offset > cursor.offset) {
        tokens.push(gap(input, cursor, token.start));
      }
      tokens.push({ kind: token.kind, value: token.text, start: token.start, end: token.end });
      cursor = token.end;
    },
    (line) => {
      last = line;
    },
  );
  layout.push(input);
  layout.end();
  if (last !== undefined && cursor.offset < input.length) {
    const end: Point =
      last.eol === ''
        ? { line: last.line, column: last.text.length + 1, offset: input.length }
        : { line: last.line + 1, column: 1, offset: input.length };
    tokens.push(gap(input, cursor, end));
  }
  return tokens;
}

function gap(input: string, start: Point, end: Point): Token {
  return { kind: 'blank', value: input.slice(start.offset, end.offset), start, end };
}
