/**
 * The item page machine: a page whose only papers are collection items, a repository's
 * page (a model's or a dataset's, with its `Papers for <repo>` sidebar), a blog article
 * (`Papers mentioned in this article`) or a collection. Each paper is an item's name and
 * the item line under it; everything else (a model card's headings and prose, a
 * collection's description and notes, the items of models, datasets and Spaces) is the
 * page's furniture, however much it looks like a card:
 *
 * ```text
 * page  = { chrome | name item | name repo-item }
 * name  = text { text }        (a wrapped line or two, joined where the wrap shows)
 * ```
 *
 * A name is the text right above its item line, but not the first block under a heading
 * of the page's own that is no sidebar section (a model card's `## License` over
 * `Apache 2.0`): that line is the card's, and an item whose name a scraper dropped must
 * not take it. A name that links the item's paper
 * needs nothing above it. Lines stacked with no blank line between are one wrapped name
 * only where the line above is as long as a wrapped line (50 characters or more) and
 * ends no clause; else the last line is the name and the others are chrome (a note, a
 * `NEW` badge). An item whose name cannot be told is an `unexpected-footer` error naming
 * its id, never a paper titled with the prose above it.
 * A page may print its sidebar twice (a blog article's, after the article and after its
 * comments): an item of a paper already read is the page repeating itself, chrome.
 *
 * @module
 */
import { quote } from '../diagnostics.js';
import { lineBreaks } from '../lines/points.js';
import { addItemFacts, type PaperDraft, reportMismatch } from './draft.js';
import { holdsItem, isItemName, itemSectionEnd } from './item-line.js';
import { paperPageUrl } from './link-target.js';
import type { CardMachine, CardSink } from './machine.js';
import { isPageSection } from './page-label.js';
import { asWritten, joinParts, type Part } from './parts.js';

/** The most lines a name is wrapped over. */
const MAX_NAME_LINES = 3;
/** The shortest line a wrap leaves before the next line of the same name. */
const WRAPPED = 50;
/** A short heading over a list of papers. */
const PAPERS_HEADING = /^(?:[\w-]+ ){0,3}papers?(?: \d{1,5})?$/i;

/**
 * Create the machine for a page of collection items.
 *
 * @example
 * ```ts
 * const machine = createItemPageMachine(sink);
 * machine.part(name); // 'Qwen3 Technical Report'
 * machine.part(item); // 'Paper • 2505.09388 • Published May 14, 2025 • 343'
 * machine.end(); // sink.card({ title: 'Qwen3 Technical Report', arxivId: '2505.09388', … })
 * ```
 */
export function createItemPageMachine(sink: CardSink): CardMachine {
  // Consecutive text right above where an item line may come: the name, if one does.
  let run: Part[] = [];
  // The run may name an item: it is not the first block under a heading of the page's own.
  let bounded = true;
  // The next run may name an item (false right under such a heading).
  let bound = true;
  // The run stands right under a section title (a wrapped name may be joined there).
  let sectioned = false;
  // The last part that was not chrome was a section title.
  let afterSection = false;
  // The last part that was not chrome was text that reads as no name (a sentence).
  let prose = false;
  // The papers read so far, by id.
  const seen = new Set<string>();

  function chrome(part: Part): void {
    sink.token?.('chrome', part);
    sink.chrome(asWritten(part));
  }

  /** The held run, as furniture. */
  function release(): void {
    for (const part of run) furniture(part);
    run = [];
  }

  /** Chrome, unless the text holds a paper's item that was not read: then an error. */
  function furniture(part: Part): void {
    if (part.kind !== 'text' || !holdsItem(part.text)) {
      chrome(part);
      return;
    }
    sink.token?.('unknown', part);
    sink.diagnostic(
      'unknown-block',
      `Line holds a paper's item line that could not be read: ${quote(part.text)}`,
      part,
    );
  }

  /** An item line whose paper is not given: no name above it that can be told. */
  function nameless(part: Part, why: string): void {
    release();
    sink.token?.('unknown', part);
    sink.diagnostic('unexpected-footer', `Collection item line ${why}: ${quote(part.text)}`, part);
  }

  /** A paper's item line: the paper, when its name stands right above it. */
  function item(part: Part, id: string): void {
    if (seen.has(id)) {
      // The page's list again: its name and line were read the first time.
      for (const held of run) chrome(held);
      run = [];
      chrome(part);
      return;
    }
    const last = run[run.length - 1];
    if (last === undefined) {
      nameless(
        part,
        prose
          ? 'under text that reads as no name (a sentence)'
          : 'with no line above it that reads as a name',
      );
      return;
    }
    // A heading that links the paper is its name whatever stands above it.
    const linked = last.arxivId !== undefined;
    // Only right under a section title is a stack of lines one wrapped name: after an
    // item or prose, the lines above the last are a note's or the prose's.
    const lines = linked || !sectioned ? [last] : wrappedName(run);
    if (!linked && !bounded) {
      nameless(part, 'whose name cannot be told from the text above it');
      return;
    }
    for (const held of run) if (!lines.includes(held)) furniture(held);
    run = [];
    const [first] = lines as [Part, ...Part[]];
    const title = lines.length === 1 ? first.field : joinParts(lines);
    if (title === undefined) {
      nameless(part, 'with no name above it');
      return;
    }
    const draft: PaperDraft = { title, start: first.start, end: (last as Part).end };
    sink.opened?.(draft);
    for (const held of lines) sink.token?.('title', held);
    if (last.url !== undefined && last.url !== '') draft.url = last.url;
    if (last.arxivId !== undefined && last.arxivId !== id) {
      // The name links one paper, the line names another: the link's, and nothing else.
      draft.arxivId = last.arxivId;
      reportMismatch(id, last.arxivId, part, sink);
    } else {
      draft.arxivId = id;
      draft.url ??= paperPageUrl(id);
      draft.end = part.end;
      addItemFacts(draft, part, sink);
      sink.token?.('item', part);
    }
    seen.add(draft.arxivId);
    sink.card(draft);
  }

  /**
   * The lines of a run that are one wrapped name: from the end back, each line above
   * joins while it is as long as a wrapped line and ends no clause.
   *
   * @example
   * ```ts
   * wrappedName([note, name]); // [name] (a short note above)
   * wrappedName([firstHalf, secondHalf]); // both (`… Learning for Human` / `Pose Estimation …`)
   * ```
   */
  function wrappedName(lines: readonly Part[]): Part[] {
    let from = lines.length - 1;
    while (from > 0) {
      const above = (lines[from - 1] as Part).text;
      if (above.length < WRAPPED || /[.:;,!?)\]]$/.test(above)) break;
      from--;
    }
    return lines.slice(from);
  }

  /**
   * Text that may be (a line of) an item's name: not a line that links elsewhere (a
   * model card's `GGUF : [LFM2.5-GGUF](…)`; a name links its paper or nothing).
   */
  function nameLine(part: Part): boolean {
    return (
      (part.kind === 'text' || part.kind === 'name') &&
      part.shape !== undefined &&
      isItemName(part.text, part.shape) &&
      part.links === undefined &&
      !holdsItem(part.text) &&
      // A print's columns (`… dense and      Qwen3 Technical Report`) are no one name.
      !/\S {3,}\S/.test(part.text)
    );
  }

  /**
   * A section title: a chrome line the lexer read as one, a heading that opens with one,
   * or a paper page's citing list (`Models citing this paper 5`), whose items are no
   * name's.
   */
  function isSection(part: Part): boolean {
    if (isPageSection(part.text)) return true;
    // A heading over a list of papers (`## Papers`, `### Related papers`; the lexer reads
    // a lone `Papers` as the site's menu word).
    const heading = part.heading !== undefined || part.kind === 'chrome';
    if (heading && PAPERS_HEADING.test(part.text)) return true;
    if (part.kind === 'chrome') return itemSectionEnd(part.text) === part.text.length;
    return part.heading !== undefined && itemSectionEnd(part.text) !== undefined;
  }

  return {
    part(part) {
      if (part.kind === 'item') {
        prose = false;
        afterSection = false;
        if (part.arxivId !== undefined) item(part, part.arxivId);
        else {
          // Another repository's item: its name and its line are furniture.
          release();
          chrome(part);
        }
        bound = true;
        return;
      }
      if (isSection(part)) {
        release();
        chrome(part);
        bound = true;
        afterSection = true;
        return;
      }
      if (part.kind !== 'chrome' && !nameLine(part)) afterSection = false;
      if (part.heading !== undefined && !nameLine(part)) {
        // A heading of the page's own (a model card's `## License`): the first block under
        // it is the heading's, no name.
        release();
        furniture(part);
        bound = false;
        prose = false;
        return;
      }
      if (nameLine(part)) {
        const previous = run[run.length - 1];
        // A wrapped name goes on: no blank line, no heading, a few lines at most.
        const goesOn =
          previous !== undefined &&
          run.length < MAX_NAME_LINES &&
          previous.heading === undefined &&
          part.heading === undefined &&
          lineBreaks(part.gap ?? '\n\n') <= 1;
        if (!goesOn) {
          release();
          bounded = bound;
          sectioned = afterSection;
        }
        afterSection = false;
        run.push(part);
        // Under a heading that could be a name (`#### Title`) and is not one, as under any
        // heading of the page's own, the next run has no bound.
        if (part.heading !== undefined) bound = false;
        prose = false;
        return;
      }
      // Chrome between a name and its item ends the name. After a note, a count or
      // prose a name may come again (a collection's notes stand between its items, an
      // article's paragraph before the paper it names); only a heading's first block is
      // the heading's.
      release();
      if (part.kind === 'chrome') chrome(part);
      else {
        furniture(part);
        prose = part.kind === 'text';
        bound = true;
      }
    },
    end() {
      release();
      sink.end?.();
    },
  };
}
