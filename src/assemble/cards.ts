/**
 * The grammar's results as a listing: finished papers, chrome lines, listing dates and
 * diagnostics, written to a `ListingSink` in the order the grammar decides them.
 *
 * @module
 */
import { diagnostic } from '../diagnostics.js';
import type { PaperDraft } from '../grammar/draft.js';
import type { CardSink } from '../grammar/machine.js';
import { sameCollapsed } from '../lines/whitespace.js';
import type { Position } from '../schema.js';
import { resolveYear } from './dates.js';
import { type AssembleSettings, finishPaper } from './paper.js';
import type { ListingSink } from './sink.js';

/**
 * A card sink that finishes each card into a `Paper` for `sink`. With `adjacent`, a card
 * repeated right after itself (some extractors print every card twice) is one paper:
 * each card is held until the next card's title shows whether it is a copy, which is
 * when the card closes anyway, so nothing waits longer. The copy's fields fill what the
 * first lacked, and the copy's title goes to the chrome, so nothing vanishes.
 *
 * @example
 * ```ts
 * const grammar = createCardGrammar(cardsTo(collector.sink, { normalize: {} }, true));
 * ```
 */
export function cardsTo(sink: ListingSink, settings: AssembleSettings, adjacent = false): CardSink {
  // A closed card waiting for the next title, and the card it turned out to repeat.
  let held: PaperDraft | undefined;
  let original: PaperDraft | undefined;
  const emit = (draft: PaperDraft): void => sink.paper(finishPaper(draft, settings));
  const release = (): void => {
    if (held !== undefined) emit(held);
    held = undefined;
  };
  return {
    card(draft) {
      if (original !== undefined) {
        fill(original, draft);
        emit(original);
        sink.chrome({ text: draft.title.raw, position: rangeOf(draft.title) });
        original = undefined;
        return;
      }
      if (adjacent) held = draft;
      else emit(draft);
    },
    opened(draft) {
      if (held !== undefined && isCopy(held, draft)) {
        original = held;
        held = undefined;
        return;
      }
      release();
    },
    chrome: (part) => sink.chrome({ text: part.source ?? part.text, position: rangeOf(part) }),
    listingDate(part, date) {
      sink.chrome({ text: part.source ?? part.text, position: rangeOf(part) });
      sink.listingDate(resolveYear(date, settings.reference));
    },
    diagnostic: (code, message, range) =>
      sink.diagnostic(diagnostic(code, message, rangeOf(range))),
    end() {
      release();
      sink.end?.();
    },
  };
}

/** The same paper in the same section: same arXiv id, or no ids and the same title. */
function isCopy(first: PaperDraft, next: PaperDraft): boolean {
  const a = first.listingDate;
  const b = next.listingDate;
  const sameSection =
    a === b ||
    (a !== undefined &&
      b !== undefined &&
      a.year === b.year &&
      a.month === b.month &&
      a.day === b.day);
  if (!sameSection) return false;
  if (first.arxivId !== undefined || next.arxivId !== undefined)
    return first.arxivId === next.arxivId;
  return sameCollapsed(first.title.text, next.title.text);
}

/**
 * Fields only the copy showed, into the first. The paper's range then runs over the
 * copy too: every field it holds lies inside it, and the copy's lines are accounted
 * for (its title is also a chrome line).
 */
function fill(first: PaperDraft, copy: PaperDraft): void {
  const target = first as unknown as Record<string, unknown>;
  const source = copy as unknown as Record<string, unknown>;
  for (const key of FILLED) {
    if (target[key] === undefined && source[key] !== undefined) target[key] = source[key];
  }
  if (copy.end.offset > first.end.offset) target.end = copy.end;
}

const FILLED = [
  'abstract',
  'authors',
  'authorCount',
  'published',
  'publishedTime',
  'comments',
  'arxivId',
  'url',
  'arxivUrl',
  'upvotes',
  'organization',
  'submittedBy',
  'githubUrl',
  'githubStars',
  'aiSummary',
  'links',
] as const;

function rangeOf(range: {
  readonly start: Position['start'];
  readonly end: Position['end'];
}): Position {
  return { start: range.start, end: range.end };
}
