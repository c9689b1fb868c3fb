/**
 * The item page machine: a page whose only papers are collection items, a repository's
 * page (a model's or a dataset's, with its `Papers for <repo>` sidebar) or a collection.
 * Each paper is an item's name and the item line under it; everything else (a model
 * card's headings and prose, a collection's description and notes, the items of models,
 * datasets and Spaces) is the page's furniture, however much it looks like a card:
 *
 * ```text
 * page = { chrome | name item | name repo-item }
 * name = text                      (one line, no sentence, right above its item line)
 * ```
 *
 * A page may print its sidebar twice (a blog article's, after the article and after its
 * comments): an item of a paper already read is the page repeating itself, chrome.
 *
 * @module
 */
import { quote } from '../diagnostics.js';
import { printedDate } from './date-line.js';
import type { PaperDraft } from './draft.js';
import { holdsItem, isItemName } from './item-line.js';
import { paperPageUrl } from './link-target.js';
import type { CardMachine, CardSink } from './machine.js';
import { asWritten, type Part } from './parts.js';

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
  // The last part, when it is text that may be an item's name.
  let name: Part | undefined;
  // The papers read so far, by id.
  const seen = new Set<string>();

  function chrome(part: Part): void {
    sink.token?.('chrome', part);
    sink.chrome(asWritten(part));
  }

  /** The held name, as furniture. */
  function release(): void {
    if (name !== undefined) furniture(name);
    name = undefined;
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

  /** A paper's item line: the paper, when a name stands right above it. */
  function item(part: Part, id: string): void {
    if (seen.has(id)) {
      // The page's list again: its name and line were read the first time.
      if (name !== undefined) chrome(name);
      name = undefined;
      chrome(part);
      return;
    }
    const title = name;
    if (title?.field === undefined) {
      release();
      sink.token?.('unknown', part);
      sink.diagnostic(
        'unexpected-footer',
        `Collection item line with no title above it: ${quote(part.text)}`,
        part,
      );
      return;
    }
    const draft: PaperDraft = { title: title.field, start: title.start, end: title.end };
    sink.opened?.(draft);
    sink.token?.('title', title);
    name = undefined;
    if (title.url !== undefined && title.url !== '') draft.url = title.url;
    if (title.arxivId !== undefined && title.arxivId !== id) {
      // The name links one paper, the line names another: the link's, and nothing else.
      draft.arxivId = title.arxivId;
      sink.token?.('unknown', part);
      sink.diagnostic(
        'mismatched-link',
        `Link names paper ${id} inside the card of paper ${title.arxivId}; not attached: ${quote(part.text)}`,
        part,
      );
    } else {
      draft.arxivId = id;
      draft.url ??= paperPageUrl(id);
      draft.end = part.end;
      if (part.date?.valid === true) draft.published = printedDate(part.date);
      else if (part.date !== undefined) {
        sink.diagnostic(
          'invalid-date',
          `Date names a day the month does not have: ${quote(part.text)}`,
          part,
        );
      }
      if (part.count !== undefined) draft.upvotes = part.count;
      sink.token?.('item', part);
    }
    if (draft.arxivId !== undefined) seen.add(draft.arxivId);
    sink.card(draft);
  }

  return {
    part(part) {
      if (part.kind === 'item') {
        if (part.arxivId !== undefined) item(part, part.arxivId);
        else {
          // Another repository's item: its name and its line are furniture.
          release();
          chrome(part);
        }
        return;
      }
      if (part.kind === 'text' && part.shape !== undefined && isItemName(part.shape)) {
        release();
        name = part;
        return;
      }
      release();
      furniture(part);
    },
    end() {
      release();
      sink.end?.();
    },
  };
}
