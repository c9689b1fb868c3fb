/**
 * The parser shared by every entry: input → layout → grammar → assembled papers,
 * collected into a `Listing`. An entry passes the link-keeping layouts it ships, so
 * `paper-listing/text` can leave the Markdown parser out of a bundle.
 *
 * @module
 */

import { collectListing } from '../assemble/collect.js';
import { createGrammarAssembler } from '../assemble/from-grammar.js';
import type { AssembleSettings } from '../assemble/paper.js';
import type { ListingSink } from '../assemble/sink.js';
import { describeValue } from '../describe-value.js';
import { diagnostic, ListingParseError } from '../diagnostics.js';
import { createCardAssembler } from '../layouts/cards/assemble.js';
import { dedupePapers } from '../layouts/cards/dedupe.js';
import type { CardEvent } from '../layouts/cards/events.js';
import { detectLayout, type Layout } from '../layouts/detect.js';
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

/** Reads one link-keeping layout into card events. */
export type CardReader = (input: string, emit: (event: CardEvent) => void) => void;

/** Reads a layout straight into finished papers, chrome and diagnostics (HTML, Hub JSON). */
export type SinkReader = (input: string, sink: ListingSink, settings: AssembleSettings) => void;

/** The non-text layouts an entry can read: into card events, or straight to the sink. */
export type CardReaders = Partial<
  Record<Exclude<Layout, 'text'>, CardReader | { readonly toSink: SinkReader }>
>;

/**
 * Parse with the given layouts. A layout the entry does not ship is a usage error.
 *
 * @example
 * ```ts
 * parseWith('Mar 11\n', {}, {}, 'parseListing').date; // { month: 3, day: 11 }
 * ```
 */
export function parseWith(
  input: string,
  options: ParseOptions | undefined,
  readers: CardReaders,
  name: string,
): Listing {
  if (typeof input !== 'string') {
    throw new TypeError(`${name} expects a string, got ${describeValue(input)}`);
  }
  const resolved = resolveOptions(options);
  const chosen = resolved.format;
  if (chosen !== 'auto' && chosen !== 'text' && readers[chosen] === undefined) {
    throw new TypeError(
      `${name} from this entry reads plain text only; import it from 'paper-listing' for format '${chosen}'`,
    );
  }
  const collector = collectListing((found) => {
    if (resolved.strict && found.severity === 'error') throw new ListingParseError(found, input);
  });
  const sink = resolved.dedupe ? dedupePapers(collector.sink) : collector.sink;
  if (input.length > resolved.maxInputLength) {
    sink.diagnostic(tooLong(input.length, resolved.maxInputLength));
    return collector.listing();
  }
  const layout = chosen === 'auto' ? detectLayout(input) : chosen;
  const read = layout === 'text' ? undefined : readers[layout];
  if (layout !== 'text' && read === undefined) {
    // Detected, but not shipped by this entry: reading it as plain text would invent papers.
    sink.diagnostic(unsupported(layout));
  } else if (read === undefined) {
    const parser = createListingParser(resolved, sink);
    parser.push(input);
    parser.end();
  } else if (typeof read === 'object') {
    read.toSink(input, sink, resolved.settings);
  } else {
    const cards = createCardAssembler(sink, resolved.settings);
    read(input, (event) => cards.event(event));
    cards.end();
  }
  return collector.listing();
}

const ORIGIN = { line: 1, column: 1, offset: 0 };

/**
 * The diagnostic for a detected layout this entry does not read, at the input's start.
 *
 * @example
 * ```ts
 * unsupported('markdown').code; // 'unsupported-layout'
 * ```
 */
function unsupported(layout: string): Diagnostic {
  return diagnostic(
    'unsupported-layout',
    `Input looks like a '${layout}' capture; this entry reads plain text only (use 'paper-listing')`,
    { start: ORIGIN, end: ORIGIN },
  );
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
