/**
 * The grammar's results as a listing: finished papers, chrome lines, listing dates and
 * diagnostics, written to a `ListingSink` in the order the grammar decides them.
 *
 * @module
 */
import { diagnostic } from '../diagnostics.js';
import type { CardSink } from '../grammar/machine.js';
import type { Position } from '../schema.js';
import { resolveYear } from './dates.js';
import { type AssembleSettings, finishPaper } from './paper.js';
import type { ListingSink } from './sink.js';

/**
 * A card sink that finishes each card into a `Paper` for `sink`.
 *
 * @example
 * ```ts
 * const grammar = createCardGrammar(cardsTo(collector.sink, { normalize: {} }));
 * ```
 */
export function cardsTo(sink: ListingSink, settings: AssembleSettings): CardSink {
  return {
    card: (draft) => sink.paper(finishPaper(draft, settings)),
    chrome: (part) => sink.chrome({ text: part.text, position: rangeOf(part) }),
    listingDate(part, date) {
      sink.chrome({ text: part.text, position: rangeOf(part) });
      sink.listingDate(resolveYear(date, settings.reference));
    },
    diagnostic: (code, message, range) =>
      sink.diagnostic(diagnostic(code, message, rangeOf(range))),
    end: () => sink.end?.(),
  };
}

function rangeOf(range: {
  readonly start: Position['start'];
  readonly end: Position['end'];
}): Position {
  return { start: range.start, end: range.end };
}
