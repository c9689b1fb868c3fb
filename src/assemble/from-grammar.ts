/**
 * Group the plain-text grammar's tokens into paper drafts, sections and diagnostics.
 * A paper opens at its title and closes at the next title, page chrome, listing date
 * or the end of input; unknown lines become diagnostics and never join a paper.
 *
 * @module
 */
import { diagnostic, quote } from '../diagnostics.js';
import { printedDate } from '../grammar/date-line.js';
import type { GrammarToken } from '../grammar/machine.js';
import type { DiagnosticCode, PartialDate, Position } from '../schema.js';
import { resolveYear } from './dates.js';
import { type AssembleSettings, finishPaper, type PaperDraft } from './paper.js';
import type { ListingSink } from './sink.js';

/** Consumes grammar tokens in order. */
export interface GrammarAssembler {
  token(token: GrammarToken): void;
  end(): void;
}

const MESSAGES: Partial<Record<DiagnosticCode, string>> = {
  'orphan-abstract': 'Abstract-shaped text with no title before it',
  'unrecognized-line': 'Line could not be placed',
  'unexpected-footer': 'Footer line outside a paper card, or out of order',
  'invalid-date': 'Date line names a day the month does not have',
};

function positionOf(token: GrammarToken): Position {
  return { start: token.start, end: token.end };
}

/**
 * Create an assembler writing to `sink`.
 *
 * @example
 * ```ts
 * const assembler = createGrammarAssembler(sink, { normalize: {} });
 * // token(title), token(abstract), end() → sink.paper({ title, abstract, … })
 * ```
 */
export function createGrammarAssembler(
  sink: ListingSink,
  settings: AssembleSettings,
): GrammarAssembler {
  let draft: PaperDraft | undefined;
  let lastFooter: GrammarToken | undefined;
  let footerDone = false;
  let sectionDate: PartialDate | undefined;
  let sectionHasPapers = false;

  function close(): void {
    if (draft === undefined) return;
    if (draft.abstract === undefined) {
      sink.diagnostic(
        diagnostic(
          'missing-abstract',
          `Title has no abstract after it: ${quote(draft.title.raw)}`,
          { start: draft.title.start, end: draft.title.end },
        ),
      );
    }
    if (lastFooter !== undefined && !footerDone) {
      sink.diagnostic(
        diagnostic('incomplete-footer', 'Card footer ends before its date', positionOf(lastFooter)),
      );
    }
    sink.paper(finishPaper(draft, settings));
    draft = undefined;
    lastFooter = undefined;
    footerDone = false;
  }

  function footer(token: GrammarToken): PaperDraft | undefined {
    if (draft === undefined) return undefined;
    lastFooter = token;
    draft.end = token.end;
    return draft;
  }

  return {
    token(token: GrammarToken): void {
      switch (token.kind) {
        case 'title':
          close();
          draft = {
            title: { raw: token.text, text: token.text, start: token.start, end: token.end },
            start: token.start,
            end: token.end,
          };
          if (sectionDate !== undefined) draft.listingDate = sectionDate;
          sectionHasPapers = true;
          return;
        case 'abstract':
          if (draft === undefined) return;
          draft.abstract = {
            raw: token.text,
            text: token.text,
            start: token.start,
            end: token.end,
          };
          draft.end = token.end;
          return;
        case 'authors': {
          const open = footer(token);
          if (open !== undefined && token.count !== undefined) open.authorCount = token.count;
          return;
        }
        case 'separator':
          footer(token);
          return;
        case 'published': {
          const open = footer(token);
          const date = token.date;
          if (open === undefined || date === undefined) return;
          footerDone = true;
          open.published = printedDate(date);
          if (date.comments !== undefined) open.comments = date.comments;
          return;
        }
        case 'chrome':
        case 'listing-date':
          close();
          sink.chrome({ text: token.text, position: positionOf(token) });
          if (token.kind === 'listing-date' && token.date !== undefined) {
            sectionDate = printedDate(token.date);
            sectionHasPapers = false;
            sink.listingDate(resolveYear(sectionDate, settings.reference));
          } else if (sectionHasPapers) {
            // Chrome after papers is a repeated page header: a new section, its date yet to come.
            sectionDate = undefined;
            sectionHasPapers = false;
          }
          return;
        case 'unknown': {
          const code = token.code ?? 'unrecognized-line';
          const message = `${MESSAGES[code] ?? 'Line could not be placed'}: ${quote(token.text)}`;
          sink.diagnostic(diagnostic(code, message, positionOf(token)));
          return;
        }
      }
    },
    end: close,
  };
}
