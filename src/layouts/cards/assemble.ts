/**
 * The card grammar shared by the link-keeping layouts. A card is
 *
 * ```text
 * card   = [ upvotes ] title [ abstract ] [ authors | organization ] [ "·" ] [ date [ comments ] ]
 *          [ upvotes ] [ code ]            ; the Trending page puts these last
 * ```
 *
 * A title opens a card; the next title, upvote count for another paper, chrome or the
 * end closes it. Anything out of place becomes a diagnostic and never a paper.
 *
 * @module
 */
import { resolveYear } from '../../assemble/dates.js';
import { type AssembleSettings, finishPaper, type PaperDraft } from '../../assemble/paper.js';
import type { ListingSink } from '../../assemble/sink.js';
import { diagnostic, quote } from '../../diagnostics.js';
import { printedDate } from '../../grammar/date-line.js';
import type { PartialDate, Position } from '../../schema.js';
import type { CardEvent, Span } from './events.js';

/** Consumes card events in input order. */
export interface CardAssembler {
  event(event: CardEvent): void;
  end(): void;
}

const FOOTER_NONE = 0;
const FOOTER_BYLINE = 1;
const FOOTER_SEPARATOR = 2;
const FOOTER_DATE = 3;

interface PendingUpvotes extends Span {
  readonly count?: number;
  readonly arxivId?: string;
}

/** Just the range of an event, for a diagnostic. */
function rangeOf(event: Span): Position {
  return { start: event.start, end: event.end };
}

/**
 * Create a card assembler writing to `sink`.
 *
 * @example
 * ```ts
 * const cards = createCardAssembler(sink, { normalize: {} });
 * cards.event({ kind: 'title', field, start, end });
 * cards.end(); // sink.paper(…) with a missing-abstract warning
 * ```
 */
export function createCardAssembler(sink: ListingSink, settings: AssembleSettings): CardAssembler {
  let draft: PaperDraft | undefined;
  let hasAbstract = false;
  let footer = FOOTER_NONE;
  let publishedOn = false;
  let upvotesSeen = false;
  let lastFooter: Span | undefined;
  let pending: PendingUpvotes | undefined;
  let sectionDate: PartialDate | undefined;
  let sectionHasPapers = false;

  function close(): void {
    if (draft === undefined) return;
    if (!hasAbstract) {
      sink.diagnostic(
        diagnostic(
          'missing-abstract',
          `Title has no abstract after it: ${quote(draft.title.raw)}`,
          {
            start: draft.title.start,
            end: draft.title.end,
          },
        ),
      );
    }
    if (lastFooter !== undefined && footer > FOOTER_NONE && footer < FOOTER_DATE) {
      sink.diagnostic(
        diagnostic('incomplete-footer', 'Card footer ends before its date', {
          start: lastFooter.start,
          end: lastFooter.end,
        }),
      );
    }
    sink.paper(finishPaper(draft, settings));
    draft = undefined;
  }

  function dropPending(): void {
    if (pending === undefined) return;
    sink.diagnostic(
      diagnostic('unexpected-footer', 'Upvote count with no paper title after it', {
        start: pending.start,
        end: pending.end,
      }),
    );
    pending = undefined;
  }

  function misplaced(event: Span, what: string): void {
    sink.diagnostic(
      diagnostic(
        'unexpected-footer',
        `${what} outside a paper card, or out of order`,
        rangeOf(event),
      ),
    );
  }

  function extend(event: Span): PaperDraft | undefined {
    if (draft === undefined) return undefined;
    draft.end = event.end;
    return draft;
  }

  function footerPart(event: Span, stage: number): PaperDraft | undefined {
    if (draft === undefined || footer >= stage) return undefined;
    footer = stage;
    lastFooter = event;
    return extend(event);
  }

  function upvotes(event: PendingUpvotes): void {
    const sameCard =
      draft !== undefined &&
      !upvotesSeen &&
      (event.arxivId !== undefined ? event.arxivId === draft.arxivId : publishedOn);
    if (sameCard && draft !== undefined) {
      // The Trending page prints the count after the card's date.
      upvotesSeen = true;
      if (event.count !== undefined) draft.upvotes = event.count;
      extend(event);
      return;
    }
    close();
    dropPending();
    pending = event;
  }

  function title(event: Extract<CardEvent, { kind: 'title' }>): void {
    close();
    draft = { title: event.field, start: event.start, end: event.end };
    hasAbstract = false;
    footer = FOOTER_NONE;
    publishedOn = false;
    upvotesSeen = false;
    lastFooter = undefined;
    if (event.arxivId !== undefined) draft.arxivId = event.arxivId;
    if (event.url !== undefined) draft.url = event.url;
    if (sectionDate !== undefined) draft.listingDate = sectionDate;
    sectionHasPapers = true;
    if (pending !== undefined) {
      const matches =
        pending.arxivId === undefined ||
        event.arxivId === undefined ||
        pending.arxivId === event.arxivId;
      if (matches) {
        upvotesSeen = true;
        if (pending.count !== undefined) draft.upvotes = pending.count;
        if (draft.arxivId === undefined && pending.arxivId !== undefined) {
          draft.arxivId = pending.arxivId;
        }
        pending = undefined;
      } else {
        dropPending();
      }
    }
  }

  function date(event: Extract<CardEvent, { kind: 'date' }>): void {
    const parsed = event.date;
    if (!parsed.valid) {
      sink.diagnostic(
        diagnostic(
          'invalid-date',
          `Date line names a day the month does not have: ${quote(event.text)}`,
          rangeOf(event),
        ),
      );
      return;
    }
    const bare = parsed.year === undefined && parsed.comments === undefined;
    const inFooter = footer === FOOTER_BYLINE || footer === FOOTER_SEPARATOR;
    const afterAbstract = footer === FOOTER_NONE && hasAbstract && !bare;
    if (draft !== undefined && (inFooter || afterAbstract || event.publishedOn === true)) {
      const open = footerPart(event, FOOTER_DATE);
      if (open === undefined) {
        misplaced(event, 'Date');
        return;
      }
      publishedOn = event.publishedOn === true;
      open.published = printedDate(parsed);
      if (parsed.comments !== undefined) open.comments = parsed.comments;
      return;
    }
    if (bare && pending === undefined) {
      close();
      sink.chrome({ text: event.text, position: { start: event.start, end: event.end } });
      sectionDate = printedDate(parsed);
      sectionHasPapers = false;
      sink.listingDate(resolveYear(sectionDate, settings.reference));
      return;
    }
    misplaced(event, 'Date');
  }

  return {
    event(event: CardEvent): void {
      switch (event.kind) {
        case 'upvotes':
          upvotes(event);
          return;
        case 'title':
          title(event);
          return;
        case 'abstract': {
          const fits =
            draft !== undefined &&
            !hasAbstract &&
            footer === FOOTER_NONE &&
            (event.arxivId === undefined ||
              draft.arxivId === undefined ||
              event.arxivId === draft.arxivId);
          if (!fits || draft === undefined) {
            sink.diagnostic(
              diagnostic(
                'orphan-abstract',
                `Abstract-shaped text with no title before it: ${quote(event.field.text)}`,
                rangeOf(event),
              ),
            );
            return;
          }
          hasAbstract = true;
          draft.abstract = event.field;
          if (draft.arxivId === undefined && event.arxivId !== undefined) {
            draft.arxivId = event.arxivId;
          }
          extend(event);
          return;
        }
        case 'authors': {
          const open = footerPart(event, FOOTER_BYLINE);
          if (open === undefined) {
            misplaced(event, 'Author count');
            return;
          }
          open.authorCount = event.count;
          return;
        }
        case 'organization': {
          const open = footerPart(event, FOOTER_BYLINE);
          if (open === undefined) {
            misplaced(event, 'Organization');
            return;
          }
          open.organization =
            event.url === undefined ? { name: event.name } : { name: event.name, url: event.url };
          return;
        }
        case 'separator':
          if (footerPart(event, FOOTER_SEPARATOR) === undefined) misplaced(event, 'Separator');
          return;
        case 'date':
          date(event);
          return;
        case 'comments': {
          const open = footer >= FOOTER_SEPARATOR ? extend(event) : undefined;
          if (open === undefined || open.comments !== undefined) {
            misplaced(event, 'Comment count');
            return;
          }
          open.comments = event.count;
          return;
        }
        case 'code': {
          const open = extend(event);
          if (open === undefined) {
            misplaced(event, 'Code link');
            return;
          }
          // The Trending page ends a card with its code links, not a date.
          if (footer > FOOTER_NONE) footer = FOOTER_DATE;
          if (event.url !== undefined) {
            open.links ??= [];
            open.links.push(event.url);
          }
          if (open.arxivId === undefined && event.arxivId !== undefined) {
            open.arxivId = event.arxivId;
          }
          return;
        }
        case 'syntax':
          if (draft === undefined) misplaced(event, 'Card syntax');
          else extend(event);
          return;
        case 'chrome':
          close();
          sink.chrome({ text: event.text, position: { start: event.start, end: event.end } });
          if (sectionHasPapers) {
            sectionDate = undefined;
            sectionHasPapers = false;
          }
          return;
        case 'unknown':
          sink.diagnostic(
            diagnostic(
              event.code,
              `Block could not be placed: ${quote(event.text)}`,
              rangeOf(event),
            ),
          );
          return;
      }
    },
    end(): void {
      close();
      dropPending();
    },
  };
}
