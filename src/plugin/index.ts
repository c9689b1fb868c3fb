/**
 * `remarkPaperListing`: the Markdown layout as a unified plugin. After
 * `unified().use(remarkParse).use(remarkPaperListing)`, the listing is on
 * `file.data.listing` and every diagnostic is a vfile message with its position.
 *
 * @module
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { cardsTo } from '../assemble/cards.js';
import { collectListing } from '../assemble/collect.js';
import { readEnvelope } from '../envelope/index.js';
import { createCardGrammar } from '../grammar/index.js';
import { lowerTree } from '../layouts/markdown/index.js';
import { listingSink } from '../parse/core.js';
import { type ParseOptions, resolveOptions } from '../parse/options.js';
import type { Listing } from '../schema.js';

declare module 'vfile' {
  interface DataMap {
    /** Set by `remarkPaperListing`. */
    listing: Listing;
  }
}

/**
 * Options of {@link remarkPaperListing}: those of `parseListing` that apply to a tree.
 *
 * @example
 * ```ts
 * import { type RemarkPaperListingOptions } from 'paper-listing';
 * const options: RemarkPaperListingOptions = { referenceDate: '2026-10-02', dedupe: true };
 * ```
 */
export type RemarkPaperListingOptions = Pick<
  ParseOptions,
  'referenceDate' | 'normalize' | 'dedupe'
>;

/**
 * Read the paper cards of a Markdown capture from its mdast tree. The tree is left
 * unchanged; positions point into the file's text.
 *
 * @example
 * ```ts
 * import remarkParse from 'remark-parse';
 * import { unified } from 'unified';
 * import { remarkPaperListing } from 'paper-listing';
 *
 * const processor = unified().use(remarkParse).use(remarkPaperListing, { referenceDate: '2026-10-02' });
 * const file = new VFile(markdown);
 * await processor.run(processor.parse(file), file);
 * file.data.listing?.papers.length; // 120 for the firecrawl capture
 * file.messages; // one per diagnostic, with `place`, `ruleId` (the code) and `source: 'paper-listing'`
 * ```
 */
export const remarkPaperListing: Plugin<[RemarkPaperListingOptions?], Root> = (options) => {
  const resolved = resolveOptions(options ?? {});
  return (tree, file) => {
    const collector = collectListing((found) => {
      const message = file.message(found.message, {
        place: found.position,
        ruleId: found.code,
        source: 'paper-listing',
      });
      message.fatal = found.severity === 'error';
    });
    const sink = listingSink(resolved, collector.sink);
    const input = String(file.value ?? '');
    const envelope = readEnvelope(input, true);
    const body = envelope?.body ?? { line: 1, column: 1, offset: 0 };
    const captured = envelope?.captured;
    const reference = resolved.settings.reference;
    const settings =
      reference === undefined && captured !== undefined
        ? { ...resolved.settings, reference: dayOf(captured.date) }
        : resolved.settings;
    sink.capture({
      layout: 'markdown',
      ...(envelope === undefined || Object.keys(envelope.metadata).length === 0
        ? {}
        : { metadata: envelope.metadata }),
      ...(reference !== undefined
        ? { referenceDate: { date: isoOf(reference), source: 'option' as const } }
        : captured === undefined
          ? {}
          : { referenceDate: captured }),
    });
    const urlDate = envelope?.urlDate;
    const grammar = createCardGrammar(
      cardsTo(sink, settings, resolved.dedupe !== false),
      urlDate === undefined ? { marked: true } : { pageDate: urlDate, marked: true },
    );
    for (const line of envelope?.lines ?? []) grammar.line(line);
    lowerTree(
      tree,
      input,
      (line) => grammar.line(line),
      { line: 1, column: 1, offset: 0 },
      body.offset,
    );
    grammar.end();
    file.data.listing = collector.listing();
  };
};

function dayOf(iso: string): { year: number; month: number; day: number } {
  const [year = 0, month = 0, day = 0] = iso.split('-').map(Number);
  return { year, month, day };
}

function isoOf(date: { year: number; month: number; day: number }): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}
