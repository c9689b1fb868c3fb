/**
 * The card grammar: content lines in, cards out. Lines are read into parts
 * (`parts.ts`), lines that continue a wrapped paragraph are joined to it, and the card
 * machine (`machine.ts`) decides what each part is by its place in the card.
 *
 * ```text
 * layout → ContentLine → readParts → (join continued text) → card machine → CardSink
 * ```
 *
 * @module
 */
import { joinFields, type TextField } from '../lines/text-field.js';
import type { PartialDate } from '../schema.js';
import type { ContentLine } from './content-line.js';
import { type CardSink, createCardMachine } from './machine.js';
import { lineAsText, type Part, readParts } from './parts.js';
import { shapeOf } from './shape.js';

export type { ContentLine, LineLink } from './content-line.js';
export type { PaperDraft } from './draft.js';
export type { CardSink, CardTokenKind, Span } from './machine.js';
export type { Part, PartKind } from './parts.js';

/** Feed content lines in order. */
export interface CardGrammar {
  line(line: ContentLine): void;
  end(): void;
}

/** A paragraph held while the lines after it may continue it. */
interface Held {
  first: Part;
  fields: TextField[];
  gaps: string[];
  tight: boolean[];
  /** The last line held had a link: the link's text ended there (a bare-URL dump). */
  closed: boolean;
}

/**
 * Create the grammar writing to `sink`. `pageDate` is the listing date the capture
 * names for itself (its URL's date), used until a date line says otherwise.
 *
 * @example
 * ```ts
 * const grammar = createCardGrammar(sink);
 * grammar.line(plainLine('Mar 11', start));
 * grammar.end(); // sink.listingDate(…)
 * ```
 */
export function createCardGrammar(sink: CardSink, pageDate?: PartialDate): CardGrammar {
  const machine = createCardMachine(sink, pageDate);
  let held: Held | undefined;

  function flush(): void {
    if (held === undefined) return;
    const { first, fields, gaps, tight } = held;
    held = undefined;
    if (fields.length === 1) {
      machine.part(first);
      return;
    }
    const field = joinFields(fields, gaps, tight);
    const text = field.text.replace(/\s+/g, ' ').trim();
    machine.part({ ...first, text, end: field.end, field, shape: shapeOf(text) });
  }

  return {
    line(line) {
      if (
        held !== undefined &&
        !held.closed &&
        line.continues === true &&
        line.heading === undefined
      ) {
        const continued = lineAsText(line);
        if (continued.field !== undefined && continuable(readParts(line))) {
          held.fields.push(continued.field);
          held.gaps.push(line.gap ?? '\n');
          held.tight.push(line.tight === true);
          if (continued.arxivId !== undefined && held.first.arxivId === undefined) {
            // The run's text ends with its link (a bare-URL dump's title or abstract).
            held.first = { ...held.first, arxivId: continued.arxivId, url: continued.url ?? '' };
          }
          held.closed = line.links !== undefined;
          return;
        }
      }
      flush();
      const parts = readParts(line);
      const last = parts[parts.length - 1];
      for (const part of parts) {
        const holds =
          part === last &&
          part.kind === 'text' &&
          part.field !== undefined &&
          part.heading === undefined;
        if (holds && part.field !== undefined) {
          held = {
            first: part,
            fields: [part.field],
            gaps: [],
            tight: [],
            closed: line.links !== undefined,
          };
        } else {
          machine.part(part);
        }
      }
    },
    end() {
      flush();
      machine.end();
    },
  };
}

/** A line that can continue a paragraph: free text, or a word that only looks like a part. */
function continuable(parts: readonly Part[]): boolean {
  if (parts.length !== 1) return false;
  const kind = parts[0]?.kind;
  return kind === 'text' || kind === 'name' || kind === 'count' || kind === 'chrome';
}
