/**
 * The parser every entry shares: checks the input and options, then runs the one
 * pipeline (`pipeline.ts`) over the whole input and collects a `Listing`. An entry
 * passes the layouts it ships, so `paper-listing/text` can leave the Markdown parser
 * out of a bundle.
 *
 * @module
 */
import { collectListing } from '../assemble/collect.js';
import { dedupePapers } from '../assemble/dedupe.js';
import type { ListingSink } from '../assemble/sink.js';
import { strictSink } from '../assemble/strict.js';
import { describeValue } from '../describe-value.js';
import type { Listing } from '../schema.js';
import { type ParseOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { createPipeline, type LayoutReaders, type Pipeline, tooLong } from './pipeline.js';

export type { LayoutReaders };
export { tooLong };

/**
 * The sink a parse writes to: the caller's, with copies of earlier papers dropped
 * when `dedupe` asks for it.
 *
 * @example
 * ```ts
 * const pipeline = createPipeline(options, listingSink(options, collector.sink), readers);
 * ```
 */
export function listingSink(options: ResolvedOptions, sink: ListingSink): ListingSink {
  return options.dedupe === 'all' ? dedupePapers(sink) : sink;
}

/**
 * Create a push-based parser writing to `sink`: `parseListing` is this parser fed one
 * chunk; the stream feeds it many.
 *
 * @example
 * ```ts
 * const papers: Paper[] = [];
 * const parser = createListingParser(resolveOptions({}), { paper: (p) => papers.push(p), … }, {});
 * parser.push('Mar 11\n\nA Title\n\nAn abstract. ');
 * parser.push('It has sentences.\n');
 * parser.end(); // papers.length === 1
 * ```
 */
export function createListingParser(
  options: ResolvedOptions,
  sink: ListingSink,
  readers: LayoutReaders,
  maxBlockLength?: number,
): Pipeline {
  return createPipeline(options, listingSink(options, sink), readers, maxBlockLength);
}

/**
 * Parse with the given layouts. A format the entry does not ship is a usage error.
 *
 * @example
 * ```ts
 * parseWith('Mar 11\n', {}, {}, 'parseListing').date; // { month: 3, day: 11 }
 * ```
 */
export function parseWith(
  input: string,
  options: ParseOptions | undefined,
  readers: LayoutReaders,
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
  const collector = collectListing();
  const sink = resolved.strict
    ? strictSink(
        collector.sink,
        (error) => {
          throw error;
        },
        input,
      )
    : collector.sink;
  if (input.length > resolved.maxInputLength) {
    sink.diagnostic(tooLong(input.length, resolved.maxInputLength));
    return collector.listing();
  }
  const parser = createListingParser(resolved, sink, readers);
  parser.push(input);
  parser.end();
  return collector.listing();
}
