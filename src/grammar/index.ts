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
import type { PageKind, PartialDate } from '../schema.js';
import type { ContentLine, LineLink } from './content-line.js';
import { isFactLine } from './field-label.js';
import { createItemPageMachine } from './item-page.js';
import { type CardSink, createCardMachine } from './machine.js';
import { createPaperPageMachine } from './paper-page.js';
import { lineAsText, type Part, readParts } from './parts.js';

export type { ContentLine, LineLink } from './content-line.js';
export type { PaperDraft } from './draft.js';
export type { CardSink, CardTokenKind, Span } from './machine.js';
export type { Part, PartKind } from './parts.js';

/** Feed content lines in order. */
export interface CardGrammar {
  line(line: ContentLine): void;
  end(): void;
}

/** What the grammar is told about the capture. */
export interface GrammarOptions {
  /** The listing date the capture names for itself (its URL's), until a date line says otherwise. */
  readonly pageDate?: PartialDate;
  /**
   * Whether lines may continue the one before (`ContentLine.continues`). Without, no
   * line is held back to see whether the next continues it. Default `true`.
   */
  readonly joins?: boolean;
  /** The layout marks titles with headings or links (see `MachineOptions.marked`). */
  readonly marked?: boolean;
  /**
   * The capture is a single paper's page, or a page whose papers are collection items,
   * not a listing (`layouts/detect.ts`' `detectPage`).
   */
  readonly page?: PageKind;
}

/** A paragraph held while the lines after it may continue it. */
interface Held {
  /** The first line's text part (kept as is when nothing continues it). */
  readonly first: Part;
  readonly lines: ContentLine[];
  /** The last line held had a link: the link's text ended there (a bare-URL dump). */
  closed: boolean;
}

/**
 * Create the grammar writing to `sink`.
 *
 * @example
 * ```ts
 * const grammar = createCardGrammar(sink);
 * grammar.line(plainLine('Mar 11', start));
 * grammar.end(); // sink.listingDate(…)
 * ```
 */
export function createCardGrammar(sink: CardSink, options: GrammarOptions = {}): CardGrammar {
  const machineOptions = {
    ...(options.pageDate === undefined ? {} : { pageDate: options.pageDate }),
    marked: options.marked === true,
  };
  const machine =
    options.page === 'paper'
      ? createPaperPageMachine(sink, machineOptions)
      : options.page === 'items'
        ? createItemPageMachine(sink)
        : createCardMachine(sink, machineOptions);
  const joins = options.joins !== false;
  let held: Held | undefined;

  function flush(): void {
    if (held === undefined) return;
    const { first, lines } = held;
    held = undefined;
    if (lines.length === 1) {
      machine.part(first, lines[0]);
      return;
    }
    // A paragraph wrapped over lines: read it again whole. A footer a scraper wrapped
    // (`Prime` / `Intellect · Published on Aug 24,` / `2026`) reads as its parts.
    const last = lines[lines.length - 1] as ContentLine;
    const run = joinLines(lines);
    // A bare-URL dump's link covers the whole run of lines it ends.
    const joined: ContentLine =
      last.linksRun === true && last.links?.length === 1
        ? { ...run, links: [{ url: last.links[0]?.url ?? '', from: 0, to: run.text.length }] }
        : run;
    const parts = readParts(joined);
    if (parts.every((part) => part.kind !== 'text')) {
      for (const part of parts) machine.part(part, joined);
      return;
    }
    const whole = lineAsText(joined);
    machine.part(
      first.arxivId === undefined
        ? whole
        : { ...whole, arxivId: first.arxivId, url: first.url ?? '' },
      joined,
    );
  }

  return {
    line(line) {
      if (
        held !== undefined &&
        !held.closed &&
        line.continues === true &&
        line.heading === undefined
      ) {
        // Free text goes on; so does a line that only makes sense with the text before
        // it (`[13 authors](…) · Published on` / `Sep 17, 2026 [4](…)`). A labelled fact
        // under a labelled fact is a line of its own (`**AI Keywords**: …` / `**Link to
        // paper:** …`).
        if (
          !factUnderFacts(held.lines, line) &&
          (continuable(readParts(line)) || readsAsParts([...held.lines, line]))
        ) {
          held.lines.push(line);
          held.closed = line.links !== undefined && !isWholeLinkContinued(line);
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
        if (holds && joins) {
          held = {
            first: part,
            lines: [line],
            closed: line.links !== undefined && !isWholeLinkContinued(line),
          };
        } else machine.part(part, line);
      }
    },
    end() {
      flush();
      machine.end();
    },
  };
}

/**
 * Whether a line is a labelled fact right under lines that all are (`Authors: …` /
 * `Upvotes: 10`): one fact a line, never a paragraph of them.
 *
 * @example
 * ```ts
 * factUnderFacts([keywordsLine], linkToPaperLine); // true
 * factUnderFacts([abstractLine], linkToPaperLine); // false
 * ```
 */
function factUnderFacts(lines: readonly ContentLine[], line: ContentLine): boolean {
  return isFactLine(line.text) && lines.every((above) => isFactLine(above.text));
}

/** A line that can continue a paragraph: free text, or a word that only looks like a part. */
function continuable(parts: readonly Part[]): boolean {
  if (parts.length !== 1) return false;
  const kind = parts[0]?.kind;
  return kind === 'text' || kind === 'name' || kind === 'count' || kind === 'chrome';
}

/** Whether lines joined read as card parts only, no free text. */
function readsAsParts(lines: readonly ContentLine[]): boolean {
  if (lines.length > 8) return false;
  const parts = readParts(joinLines(lines));
  return parts.length > 0 && parts.every((part) => part.kind !== 'text');
}

/** A line whose links do not end it: the paragraph may go on. */
function isWholeLinkContinued(line: ContentLine): boolean {
  const last = line.links?.[line.links.length - 1];
  return last !== undefined && last.to < line.text.length;
}

/**
 * Lines of one paragraph as one content line: texts joined (see `joinFields`), links
 * moved to their place in the joined text.
 *
 * @example
 * ```ts
 * joinLines([first, second]).text; // 'Generation-Time vs. Post-hoc Citation: … of LLM Attribution'
 * ```
 */
export function joinLines(lines: readonly ContentLine[]): ContentLine {
  const fields: TextField[] = lines.map((line) =>
    line.offsetAt === undefined
      ? { raw: line.raw, text: line.text, start: line.start, end: line.end }
      : {
          raw: line.raw,
          text: line.text,
          start: line.start,
          end: line.end,
          offsetAt: line.offsetAt,
        },
  );
  const gaps = lines.slice(1).map((line) => line.gap ?? '\n');
  const tight = lines.slice(1).map((line) => line.tight === true);
  const field = joinFields(fields, gaps, tight);
  const links: LineLink[] = [];
  let at = 0;
  lines.forEach((line, index) => {
    if (index > 0)
      at += tight[index - 1] === true || joinsTight(lines[index - 1] as ContentLine, line) ? 0 : 1;
    for (const link of line.links ?? []) {
      links.push({ ...link, from: link.from + at, to: link.to + at });
    }
    at += line.text.length;
  });
  const [first] = lines as [ContentLine];
  const last = lines[lines.length - 1] as ContentLine;
  return {
    text: field.text,
    raw: field.raw,
    start: first.start,
    end: last.end,
    ...(field.offsetAt === undefined ? {} : { offsetAt: field.offsetAt }),
    ...(first.locate === undefined ? {} : { locate: first.locate }),
    ...(links.length > 0 ? { links } : {}),
    ...(first.gap === undefined ? {} : { gap: first.gap }),
  };
}

/** Whether `joinFields` glues these two without a space (a word broken at its hyphen). */
function joinsTight(previous: ContentLine, next: ContentLine): boolean {
  return (
    joinFields(
      [
        { raw: previous.raw, text: previous.text, start: previous.start, end: previous.end },
        { raw: next.raw, text: next.text, start: next.start, end: next.end },
      ],
      [''],
    ).text.length ===
    previous.text.length + next.text.length
  );
}
