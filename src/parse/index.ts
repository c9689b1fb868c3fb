/**
 * `parseListing`: input → layout → grammar → assembled papers, collected into a
 * `Listing`. Never throws on content; `strict` turns the first error into a
 * `ListingParseError`.
 *
 * @module
 */

import { collectListing } from '../assemble/collect.js';
import { createGrammarAssembler } from '../assemble/from-grammar.js';
import type { ListingSink } from '../assemble/sink.js';
import { describeValue } from '../describe-value.js';
import { diagnostic, ListingParseError } from '../diagnostics.js';
import { readBareUrls } from '../layouts/bare-urls/index.js';
import { createCardAssembler } from '../layouts/cards/assemble.js';
import { dedupePapers } from '../layouts/cards/dedupe.js';
import type { CardEvent } from '../layouts/cards/events.js';
import { detectLayout, type Layout } from '../layouts/detect.js';
import { readMarkdown } from '../layouts/markdown/index.js';
import { readReflinks } from '../layouts/reflinks/index.js';
import { createTextLayout } from '../layouts/text.js';
import type { Diagnostic, Listing } from '../schema.js';
import { type ParseOptions, type ResolvedOptions, resolveOptions } from './options.js';

/** A push-based parser: feed text chunks, results go to the sink. */
export interface ListingParser {
  push(chunk: string): void;
  end(): void;
  /** Code units held for the line in progress. */
  readonly pendingLength: number;
}

/**
 * Create a push-based plain-text parser writing to `sink`. `parseListing` is this
 * parser fed one chunk; the stream feeds it many.
 *
 * @example
 * ```ts
 * const papers: Paper[] = [];
 * const parser = createListingParser(resolveOptions({}), { paper: (p) => papers.push(p), … });
 * parser.push('Mar 11\n\nA Title\n\nAn abstract. ');
 * parser.push('It has sentences.\n');
 * parser.end(); // papers.length === 1
 * ```
 */
export function createListingParser(options: ResolvedOptions, sink: ListingSink): ListingParser {
  const assembler = createGrammarAssembler(sink, options.settings);
  const layout = createTextLayout((token) => assembler.token(token));
  return {
    push: (chunk) => layout.push(chunk),
    end(): void {
      layout.end();
      assembler.end();
    },
    get pendingLength() {
      return layout.pendingLength;
    },
  };
}

/** The link-keeping layouts: each turns its syntax into card events. */
const READERS: Record<
  Exclude<Layout, 'text'>,
  (input: string, emit: (event: CardEvent) => void) => void
> = {
  markdown: readMarkdown,
  'bare-urls': readBareUrls,
  reflinks: readReflinks,
};

/**
 * Parse a captured listing page into papers, page chrome and diagnostics.
 *
 * @example
 * ```ts
 * import { parseListing } from 'paper-listing';
 *
 * const listing = parseListing(text, { referenceDate: '2024-12-11' }); // format: 'auto'
 * for (const paper of listing.papers) console.log(paper.publishedAt, paper.title);
 * for (const d of listing.diagnostics) console.warn(d.code, d.position.start.line);
 * ```
 */
export function parseListing(input: string, options?: ParseOptions): Listing {
  if (typeof input !== 'string') {
    throw new TypeError(`parseListing expects a string, got ${describeValue(input)}`);
  }
  const resolved = resolveOptions(options);
  const collector = collectListing((found) => {
    if (resolved.strict && found.severity === 'error') throw new ListingParseError(found, input);
  });
  const sink = resolved.dedupe ? dedupePapers(collector.sink) : collector.sink;
  if (input.length > resolved.maxInputLength) {
    sink.diagnostic(tooLong(input.length, resolved.maxInputLength));
  } else {
    const layout = resolved.format === 'auto' ? detectLayout(input) : resolved.format;
    if (layout === 'text') {
      const parser = createListingParser(resolved, sink);
      parser.push(input);
      parser.end();
    } else {
      const cards = createCardAssembler(sink, resolved.settings);
      READERS[layout](input, (event) => cards.event(event));
      cards.end();
    }
  }
  return collector.listing();
}

/**
 * The diagnostic for an input over `maxInputLength`, at the input's start.
 *
 * @example
 * ```ts
 * tooLong(300, 200).code; // 'input-too-long'
 * ```
 */
export function tooLong(length: number, max: number): Diagnostic {
  const origin = { line: 1, column: 1, offset: 0 };
  return diagnostic(
    'input-too-long',
    `Input is ${length} code units long, over maxInputLength (${max}); nothing was parsed`,
    { start: origin, end: origin },
  );
}
