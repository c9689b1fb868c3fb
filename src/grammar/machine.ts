/**
 * The plain-text grammar: a small state machine over classified lines with one line
 * of lookahead. State is three fields: is a paper open, has it an abstract, and how
 * far its footer got.
 *
 * ```text
 * listing   = { chrome | listing-date | paper | unknown }
 * paper     = title [ abstract ] [ authors ] [ "·" ] [ published ]
 * ```
 *
 * @module
 */
import type { DiagnosticCode, Point } from '../schema.js';
import { classifyLine, type LineClass } from './classify.js';
import type { DateLine } from './date-line.js';

/** A trimmed content line with its source range. Blank lines never get here. */
export interface ContentLine {
  /** The line's text without leading and trailing whitespace: the exact source slice. */
  readonly text: string;
  /** `text` with whitespace runs collapsed to one space (what classification reads). */
  readonly collapsed: string;
  readonly start: Point;
  readonly end: Point;
}

/** The kinds a content line can take. */
export type ContentKind =
  | 'chrome'
  | 'listing-date'
  | 'title'
  | 'abstract'
  | 'authors'
  | 'separator'
  | 'published'
  | 'unknown';

/** A content line with the kind the grammar gave it, and what it says. */
export interface GrammarToken extends ContentLine {
  readonly kind: ContentKind;
  /** For `listing-date` and `published`. */
  readonly date?: DateLine;
  /** For `authors`. */
  readonly count?: number;
  /** For `unknown`: why the line could not be placed. */
  readonly code?: DiagnosticCode;
}

/** Feed content lines in order; tokens come out in the same order. */
export interface Grammar {
  line(line: ContentLine): void;
  end(): void;
}

const FOOTER_NONE = 0;
const FOOTER_AUTHORS = 1;
const FOOTER_SEPARATOR = 2;
const FOOTER_DATE = 3;

interface Classified {
  readonly line: ContentLine;
  readonly class: LineClass;
}

/**
 * Create the grammar; `emit` receives every line exactly once, in order.
 *
 * @example
 * ```ts
 * const kinds: string[] = [];
 * const grammar = createGrammar((token) => kinds.push(token.kind));
 * // feed 'Mar 11', 'A Title', 'An abstract. With sentences. Many.' then end():
 * // kinds → ['listing-date', 'title', 'abstract']
 * ```
 */
export function createGrammar(emit: (token: GrammarToken) => void): Grammar {
  let pending: Classified | undefined;
  let open = false;
  let hasAbstract = false;
  let footer = FOOTER_NONE;

  function give(line: ContentLine, kind: ContentKind, extra?: Partial<GrammarToken>): GrammarToken {
    // Spelled out, not spread: one object shape for every token keeps V8 on its fast
    // path (spreads made this the hottest function on a megabyte of short lines).
    const token: {
      -readonly [Key in keyof GrammarToken]: GrammarToken[Key];
    } = { text: line.text, collapsed: line.collapsed, start: line.start, end: line.end, kind };
    if (extra?.date !== undefined) token.date = extra.date;
    if (extra?.count !== undefined) token.count = extra.count;
    if (extra?.code !== undefined) token.code = extra.code;
    return token;
  }

  function unknown(line: ContentLine, code: DiagnosticCode): GrammarToken {
    return give(line, 'unknown', { code });
  }

  function title(line: ContentLine): GrammarToken {
    open = true;
    hasAbstract = false;
    footer = FOOTER_NONE;
    return give(line, 'title');
  }

  function closeSection(line: ContentLine, kind: ContentKind, date?: DateLine): GrammarToken {
    open = false;
    footer = FOOTER_NONE;
    return give(line, kind, date === undefined ? undefined : { date });
  }

  function resolve(current: Classified, next: Classified | undefined): GrammarToken {
    const { line } = current;
    const kind = current.class;
    switch (kind.type) {
      case 'chrome':
        return closeSection(line, 'chrome');
      case 'separator':
        if (open && footer < FOOTER_SEPARATOR) {
          footer = FOOTER_SEPARATOR;
          return give(line, 'separator');
        }
        return unknown(line, 'unexpected-footer');
      case 'authors':
        if (open && footer < FOOTER_AUTHORS) {
          footer = FOOTER_AUTHORS;
          return give(line, 'authors', { count: kind.count });
        }
        return unknown(line, 'unexpected-footer');
      case 'date':
        return date(line, kind.date);
      case 'text':
        return text(line, kind, next);
    }
  }

  function date(line: ContentLine, parsed: DateLine): GrammarToken {
    if (!parsed.valid) return unknown(line, 'invalid-date');
    const bare = parsed.year === undefined && parsed.comments === undefined;
    const inFooter = footer === FOOTER_AUTHORS || footer === FOOTER_SEPARATOR;
    // A dated line straight after an abstract is a footer whose other lines are missing.
    if (open && (inFooter || (footer === FOOTER_NONE && hasAbstract && !bare))) {
      footer = FOOTER_DATE;
      return give(line, 'published', { date: parsed });
    }
    if (bare) return closeSection(line, 'listing-date', parsed);
    return unknown(line, 'unexpected-footer');
  }

  function text(
    line: ContentLine,
    kind: Extract<LineClass, { type: 'text' }>,
    next: Classified | undefined,
  ): GrammarToken {
    if (!kind.letters) return unknown(line, 'unrecognized-line');
    const nextIsAbstract = next?.class.type === 'text' && next.class.abstract;
    if (open && !hasAbstract && footer === FOOTER_NONE) {
      // Expecting an abstract. A title-shaped line followed by an abstract is the next
      // title (this paper has none); otherwise it is this paper's (short) abstract.
      if (kind.abstract || !nextIsAbstract) {
        hasAbstract = true;
        return give(line, 'abstract');
      }
      return kind.title ? title(line) : unknown(line, 'unrecognized-line');
    }
    // Expecting a title.
    if (kind.abstract) return unknown(line, 'orphan-abstract');
    if (nextIsAbstract || kind.title) return title(line);
    return unknown(line, 'unrecognized-line');
  }

  return {
    line(line: ContentLine): void {
      const current: Classified = { line, class: classifyLine(line.collapsed) };
      if (pending !== undefined) emit(resolve(pending, current));
      pending = current;
    },
    end(): void {
      if (pending !== undefined) emit(resolve(pending, undefined));
      pending = undefined;
    },
  };
}
