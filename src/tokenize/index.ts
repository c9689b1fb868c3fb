/**
 * `tokenize`: the plain-text layout's tokens, lossless. Every part of a content line
 * becomes one token of the kind the card grammar gave it; everything between them
 * (line endings, blank lines, leading and trailing whitespace, a BOM) becomes a
 * `blank` token. Concatenating the tokens' `value`s gives back the input exactly.
 *
 * @module
 */

import { describeValue } from '../describe-value.js';
import { createCardGrammar } from '../grammar/index.js';
import type { CardTokenKind } from '../grammar/machine.js';
import { DETECT_WINDOW, detectPage } from '../layouts/detect.js';
import { createTextLayout } from '../layouts/text.js';
import { lineFeeds } from '../lines/split.js';
import type { PageKind, Point } from '../schema.js';

/**
 * What a token is: the kind the card grammar gave a part of a line (`listing-date`,
 * `title`, `abstract`, `authors`, `separator`, `published`, `submitter`, `upvotes`,
 * `comments`, `organization`, `github`, `arxiv`, `thumbnail`, `summary` (a paper page's AI
 * summary), `chrome`, `unknown`), or
 * `blank` for what lies between.
 *
 * @example
 * ```ts
 * const titles = tokenize(text).filter((token) => token.kind === 'title');
 * ```
 */
export type TokenKind = CardTokenKind | 'blank';

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
  const found: Token[] = [];
  const grammar = createCardGrammar(
    {
      card() {},
      chrome() {},
      listingDate() {},
      diagnostic() {},
      token(kind, part) {
        found.push({
          kind,
          value: input.slice(part.start.offset, part.end.offset),
          start: part.start,
          end: part.end,
        });
      },
    },
    // A single paper's page is read as the one paper it is, and a repository's page as
    // its sidebar's items, as `parseListing` reads them (after the front matter).
    pageOf(detectPage(lineFeeds(afterFrontMatter(input).slice(0, DETECT_WINDOW)))),
  );
  let lastLine = ORIGIN;
  let lastEol = '';
  let lastLength = 0;
  const layout = createTextLayout((line) => grammar.line(line), {
    onLine(line) {
      lastLine = { line: line.line, column: 1, offset: line.offset };
      lastEol = line.eol;
      lastLength = line.text.length;
    },
  });
  layout.push(input);
  layout.end();
  grammar.end();
  // The grammar decides a card's opening parts when its title arrives: order by place.
  found.sort((a, b) => a.start.offset - b.start.offset);
  const tokens: Token[] = [];
  let cursor = ORIGIN;
  for (const token of found) {
    if (token.start.offset < cursor.offset) continue;
    if (token.start.offset > cursor.offset) tokens.push(gap(input, cursor, token.start));
    tokens.push(token);
    cursor = token.end;
  }
  if (cursor.offset < input.length) {
    const end: Point =
      lastEol === ''
        ? { line: lastLine.line, column: lastLength + 1, offset: input.length }
        : { line: lastLine.line + 1, column: 1, offset: input.length };
    tokens.push(gap(input, cursor, end));
  }
  return tokens;
}

function gap(input: string, start: Point, end: Point): Token {
  return { kind: 'blank', value: input.slice(start.offset, end.offset), start, end };
}

/** The grammar's option for a page kind (none for a listing). */
function pageOf(page: PageKind | undefined): { page?: PageKind } {
  return page === undefined ? {} : { page };
}

/**
 * The input after a YAML front matter block (`---` … `---`), or the input.
 *
 * @example
 * ```ts
 * afterFrontMatter('---\narxiv: 2409.16040\n---\nText\n'); // 'Text\n'
 * ```
 */
function afterFrontMatter(input: string): string {
  const open = /^---\r?\n/.exec(input);
  if (open === null) return input;
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(input.slice(open[0].length));
  return close === null ? input : input.slice(open[0].length + close.index + close[0].length);
}
