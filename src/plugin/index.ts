/**
 * `remarkPaperListing`: the Markdown layout as a unified plugin. After
 * `unified().use(remarkParse).use(remarkPaperListing)`, the listing is on
 * `file.data.listing` and every diagnostic is a vfile message with its position.
 *
 * @module
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { collectListing } from '../assemble/collect.js';
import { createCardAssembler } from '../layouts/cards/assemble.js';
import { dedupePapers } from '../layouts/cards/dedupe.js';
import { readMarkdownTree } from '../layouts/markdown/index.js';
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
    const sink = resolved.dedupe ? dedupePapers(collector.sink) : collector.sink;
    const cards = createCardAssembler(sink, resolved.settings);
    readMarkdownTree(tree, String(file.value ?? ''), (event) => cards.event(event));
    cards.end();
    file.data.listing = collector.listing();
  };
};
