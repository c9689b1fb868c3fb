/**
 * The HTML layout: a saved Hugging Face listing page. The page is server-rendered
 * Svelte; beside the rendered cards, each component's data sits in its `data-props`
 * attribute as HTML-escaped JSON, the papers component's with every paper's full record.
 * That data is read first (`Listing.source: 'embedded-data'`): the list of paper entries
 * found by shape, the one the rendered cards show when several are found.
 *
 * A page without embedded data (re-saved by a tool that strips attributes) is read from
 * its rendered cards instead (`Listing.source: 'rendered-cards'`), through the card
 * grammar every text layout uses, with a `rendered-cards-only` warning.
 *
 * @module
 */

import { cardsTo } from '../../assemble/cards.js';
import type { AssembleSettings } from '../../assemble/paper.js';
import type { ListingSink } from '../../assemble/sink.js';
import { diagnostic } from '../../diagnostics.js';
import type { ContentLine } from '../../grammar/content-line.js';
import { createCardGrammar } from '../../grammar/index.js';
import { chooseList, type EntryList, findEntryLists, idsOf, unwrapEntry } from '../../hub/find.js';
import { readList, valueSpan } from '../../hub/listing.js';
import { readEntry } from '../../hub/paper.js';
import { jsonSource } from '../../hub/source.js';
import { readJson } from '../../json/read.js';
import { createPointMapper, type PointMapper } from '../../lines/points.js';
import type { CaptureMetadata, Paper, Position } from '../../schema.js';
import { isXmlFeed } from '../detect.js';
import { decodeAttribute, valueRange } from './attribute.js';
import { lowerRenderedPage } from './cards.js';
import { pageDate } from './date.js';
import { type Card, type PropsAttribute, scanPage } from './page.js';

/** A list of entries found in one component's data. */
interface Candidate extends EntryList {
  readonly component: number;
  readonly value: unknown;
  /** The component's data is itself one paper (a paper page). */
  readonly single: boolean;
}

/**
 * Read a saved page: papers from its embedded data, the head as metadata.
 *
 * @example
 * ```ts
 * readHtml(savedPage, sink, { normalize: {} }); // sink.paper(…) for each paper in the data
 * ```
 */
export function readHtml(input: string, sink: ListingSink, settings: AssembleSettings): void {
  const page = scanPage(input);
  const points = createPointMapper(input, { line: 1, column: 1, offset: 0 });
  const position = (start: number, end: number): Position => ({
    start: points.at(start),
    end: points.at(end),
  });
  const url = page.canonical ?? page.ogUrl;
  const metadata: CaptureMetadata = {
    ...(url === undefined ? {} : { url }),
    ...(page.title === undefined ? {} : { title: page.title.text }),
  };
  if (url !== undefined || page.title !== undefined) sink.info?.({ metadata });
  if (page.title !== undefined) {
    sink.chrome({ text: page.title.text, position: position(page.title.start, page.title.end) });
  }

  const candidates: Candidate[] = [];
  const values: unknown[] = [];
  page.props.forEach((props, component) => {
    const read = readJson(props.value);
    if (!read.ok) {
      reportInvalid(input, props, read, points, sink);
      values.push(undefined);
      return;
    }
    values.push(read.value);
    if (unwrapEntry(read.value) !== undefined) {
      candidates.push({
        component,
        value: read.value,
        single: true,
        path: [],
        key: '',
        items: [read.value],
        papers: 1,
      });
      return;
    }
    for (const list of findEntryLists(read.value)) {
      candidates.push({ ...list, component, value: read.value, single: false });
    }
  });

  const cardIds = new Set(page.cards.flatMap((card) => (card.id === undefined ? [] : [card.id])));
  const chosen = chooseList(candidates, cardIds, idsOf);
  if (chosen === undefined) {
    // Only an `<article>` that links a paper is a paper's card: a page of posts, blog
    // entries or models renders articles too, and its sidebar and counts are no paper.
    const paperCards = page.cards.filter(
      (card) => card.id !== undefined || card.linksPaper === true,
    ).length;
    if (paperCards > 0) {
      // No data to read: the cards the page rendered, through the card grammar.
      readCards(input, paperCards, points, pageDate(undefined, url), settings, sink, page.base);
    } else {
      reportNoData(page.props.length, position, sink, isXmlFeed(input));
    }
    summarize(page.props, undefined, candidates, position, sink);
    return;
  }
  const props = page.props[chosen.component] as PropsAttribute;
  const date = pageDate(chosen.value, url);
  if (date !== undefined) sink.listingDate(date);
  const papers = readComponent(input, props, chosen, points, settings, date, sink);
  sink.info?.({ source: 'embedded-data' });
  const unread = compareCards(page.cards, papers, position(props.start, props.end), sink);
  if (unread.length > 0) readExtraCards(input, unread, points, date, settings, sink, page.base);
  summarize(page.props, chosen, candidates, position, sink);
}

/**
 * The rendered cards the data does not hold (a page saved after "Load more": the data
 * is the first page's), read from the markup as a page without data is, after the
 * data's papers.
 *
 * @example
 * ```ts
 * readExtraCards(page, [{ id: '2501.14000', start: 900, end: 1100 }], points, undefined, settings, sink, undefined);
 * ```
 */
function readExtraCards(
  input: string,
  cards: readonly Card[],
  points: PointMapper,
  date: ReturnType<typeof pageDate>,
  settings: AssembleSettings,
  sink: ListingSink,
  base: string | undefined,
): void {
  const grammar = renderedGrammar(date, settings, sink);
  let k = 0;
  lowerRenderedPage(
    input,
    points,
    (line) => {
      const at = line.start.offset;
      while (k < cards.length && (cards[k] as Card).end <= at) k++;
      const card = cards[k];
      if (card !== undefined && card.start <= at) grammar.line(line);
    },
    base,
  );
  grammar.end();
}

/**
 * Read the chosen list of the chosen component, positions mapped into the page.
 *
 * @example
 * ```ts
 * readComponent(page, props, chosen, points, settings, { year: 2026, month: 3, day: 6 }, sink); // [paper, …]
 * ```
 */
function readComponent(
  input: string,
  props: PropsAttribute,
  chosen: Candidate,
  points: PointMapper,
  settings: AssembleSettings,
  listingDate: ReturnType<typeof pageDate>,
  sink: ListingSink,
): Paper[] {
  const range = valueRange(input, props.start, props.end);
  // When the value cannot be mapped back (it always can: one reader decodes both), every
  // offset falls on the attribute.
  const decoded = decodeAttribute(input, range.start, range.end, props.value) ?? {
    value: props.value,
    offsetAt: () => props.start,
  };
  const source = jsonSource(input, decoded.value, decoded.offsetAt, points);
  const context = {
    source,
    settings,
    ...(listingDate === undefined ? {} : { listingDate }),
    entryListingDates: false,
  };
  const span = valueSpan(decoded.value, 0);
  if (chosen.single) {
    const paper = readEntry(chosen.value, span, context, sink);
    return paper === undefined ? [] : [paper];
  }
  return readList(chosen, span, context, sink);
}

/**
 * `invalid-json` for a component whose data is not JSON, at the error where it maps.
 *
 * @example
 * ```ts
 * reportInvalid(page, props, { message: 'Unexpected end of JSON', offset: 40 }, points, sink);
 * ```
 */
function reportInvalid(
  input: string,
  props: PropsAttribute,
  read: { readonly message: string; readonly offset: number },
  points: PointMapper,
  sink: ListingSink,
): void {
  const range = valueRange(input, props.start, props.end);
  const decoded = decodeAttribute(input, range.start, range.end, props.value);
  const at = decoded === undefined ? props.start : decoded.offsetAt(read.offset);
  const name = props.target === undefined ? 'A component' : `Component ${props.target}`;
  sink.diagnostic(
    diagnostic('invalid-json', `${name}'s data-props is not JSON: ${read.message}`, {
      start: points.at(at),
      end: points.at(Math.max(at, props.end)),
    }),
  );
}

/**
 * The card grammar a page's rendered cards are read through: marked titles (headings and
 * links), the page's own day as the listing date.
 *
 * @example
 * ```ts
 * const grammar = renderedGrammar({ year: 2026, month: 3, day: 6 }, settings, sink);
 * ```
 */
function renderedGrammar(
  date: ReturnType<typeof pageDate>,
  settings: AssembleSettings,
  sink: ListingSink,
): ReturnType<typeof createCardGrammar> {
  return createCardGrammar(cardsTo(sink, settings, true), {
    marked: true,
    ...(date === undefined ? {} : { pageDate: date }),
  });
}

/**
 * Read the rendered cards: the page lowered into lines for the card grammar, with a
 * warning that the page data, and what only it holds (authors' names, times), is gone.
 *
 * @example
 * ```ts
 * readCards(strippedPage, 12, points, undefined, { normalize: {} }, sink, undefined); // sink.paper(…) per card
 * ```
 */
function readCards(
  input: string,
  cards: number,
  points: PointMapper,
  date: ReturnType<typeof pageDate>,
  settings: AssembleSettings,
  sink: ListingSink,
  base: string | undefined,
): void {
  sink.info?.({ source: 'rendered-cards' });
  const grammar = renderedGrammar(date, settings, sink);
  let first: ContentLine | undefined;
  lowerRenderedPage(
    input,
    points,
    (line) => {
      first ??= line;
      grammar.line(line);
    },
    base,
  );
  grammar.end();
  const at = first === undefined ? points.at(0) : first.start;
  sink.diagnostic(
    diagnostic(
      'rendered-cards-only',
      `The page has no embedded paper data (data-props): its ${cards} rendered card${cards === 1 ? '' : 's'} were read instead, without what only the data holds (authors' names, times)`,
      { start: at, end: at },
    ),
  );
}

/**
 * No papers in any data, and no cards.
 *
 * @example
 * ```ts
 * reportNoData(0, position, sink, false); // no-paper-data at the page's start
 * ```
 */
function reportNoData(
  components: number,
  position: (start: number, end: number) => Position,
  sink: ListingSink,
  feed: boolean,
): void {
  sink.diagnostic(
    diagnostic(
      'no-paper-data',
      feed
        ? 'The input is an XML feed (RSS or Atom): its items are not read as papers'
        : components === 0
          ? 'The page has no embedded data (data-props) and no paper cards'
          : `None of the page's ${components} data-props attributes holds paper entries, and the page has no paper cards`,
      position(0, 0),
    ),
  );
}

/**
 * `cards-data-mismatch` when the rendered cards and the data list different papers;
 * the cards the data does not hold, in page order.
 *
 * @example
 * ```ts
 * compareCards([{ id: '2401.00009', start: 0, end: 9 }], papers, at, sink); // warns: 1 card not in the data
 * ```
 */
function compareCards(
  cards: readonly Card[],
  papers: readonly Paper[],
  at: Position,
  sink: ListingSink,
): Card[] {
  const shown = cards.flatMap((card) => (card.id === undefined ? [] : [card.id]));
  if (shown.length === 0) return [];
  const read = new Set(papers.map((paper) => paper.url?.slice(30) ?? ''));
  const cardSet = new Set(shown);
  const missing = [...cardSet].filter((id) => !read.has(id));
  const extra = [...read].filter((id) => id !== '' && !cardSet.has(id));
  if (missing.length === 0 && extra.length === 0) return [];
  const list = (ids: string[]) => ids.slice(0, 5).join(', ') + (ids.length > 5 ? ', …' : '');
  const parts = [
    ...(missing.length === 0
      ? []
      : [`${missing.length} card(s) not in the data, read from the markup (${list(missing)})`]),
    ...(extra.length === 0
      ? []
      : [`${extra.length} paper(s) in the data without a card (${list(extra)})`]),
  ];
  sink.diagnostic(
    diagnostic(
      'cards-data-mismatch',
      `The rendered cards and the embedded data disagree: ${parts.join('; ')}`,
      at,
    ),
  );
  return cards.filter((card) => card.id !== undefined && !read.has(card.id));
}

/**
 * One chrome line for each component's data that gave no papers, and for each list of
 * papers the page does not show.
 *
 * @example
 * ```ts
 * summarize(page.props, chosen, candidates, position, sink); // chrome: 'MainHeader data', …
 * ```
 */
function summarize(
  components: readonly PropsAttribute[],
  chosen: Candidate | undefined,
  candidates: readonly Candidate[],
  position: (start: number, end: number) => Position,
  sink: ListingSink,
): void {
  components.forEach((props, component) => {
    if (chosen?.component === component) {
      for (const other of candidates) {
        if (other.component !== component || other === chosen || other.papers === 0) continue;
        sink.chrome({
          text: `${props.target ?? 'component'} data: ${other.papers} more paper entries under "${other.path.join('.')}", not the list the page shows`,
          position: position(props.start, props.end),
        });
      }
      return;
    }
    const others = candidates.filter((candidate) => candidate.component === component);
    const papers = others.reduce((sum, candidate) => sum + candidate.papers, 0);
    sink.chrome({
      text:
        papers === 0
          ? `${props.target ?? 'component'} data`
          : `${props.target ?? 'component'} data: ${papers} paper entries, not the list the page shows`,
      position: position(props.start, props.end),
    });
  });
}
