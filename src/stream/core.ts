/**
 * The synchronous heart of every streaming entry: chunks (text or bytes) in, listing
 * events out, in the order the parser decides them. It runs the same pipeline as
 * `parseListing` (`parse/pipeline.ts`), so stream and batch agree by construction; the
 * stream only adds byte decoding and the `maxBlockLength` bound on memory.
 *
 * @module
 */
import type { CaptureInfo, ListingSink } from '../assemble/sink.js';
import { strictSink } from '../assemble/strict.js';
import { createChunkDecoder } from '../decode/bytes.js';
import type { ListingParseError } from '../diagnostics.js';
import { diagnostic } from '../diagnostics.js';
import { createListingParser } from '../parse/core.js';
import { resolveOptions } from '../parse/options.js';
import type { LayoutReaders } from '../parse/pipeline.js';
import type { ChromeLine, Diagnostic, Paper, PartialDate } from '../schema.js';
import { resolveStreamOptions, type StreamOptions } from './options.js';

/** One result of parsing, as the stream meets it. */
export type ListingEvent =
  | { readonly type: 'paper'; readonly paper: Paper }
  | { readonly type: 'diagnostic'; readonly diagnostic: Diagnostic }
  | { readonly type: 'chrome'; readonly line: ChromeLine }
  | { readonly type: 'listing-date'; readonly date: PartialDate }
  | { readonly type: 'capture'; readonly capture: CaptureInfo };

/** Feed chunks; events go to the callback given at creation. */
export interface StreamCore {
  write(chunk: string | Uint8Array): void;
  end(): void;
  /** True once the input can no longer change the result (a block was too large, strict failed). */
  readonly stopped: boolean;
  /** With `strict`: the error that stopped the stream, to throw once the events before it are out. */
  readonly failure: ListingParseError | undefined;
}

/**
 * Create the core. Options are checked here, so a wrong one throws `TypeError` at once.
 *
 * @example
 * ```ts
 * const events: ListingEvent[] = [];
 * const core = createStreamCore({ format: 'text' }, (event) => events.push(event), {});
 * core.write('Mar 11\n\nA Title\n\nAn abstract. It has sentences.\n');
 * core.end(); // events: capture, listing-date, paper
 * ```
 */
export function createStreamCore(
  options: StreamOptions | undefined,
  emit: (event: ListingEvent) => void,
  readers: LayoutReaders,
): StreamCore {
  const resolved = resolveOptions(options);
  const { maxBlockLength } = resolveStreamOptions(options);
  const decoder = createChunkDecoder();
  let failure: ListingParseError | undefined;
  const events: ListingSink = {
    paper: (paper) => {
      if (failure === undefined) emit({ type: 'paper', paper });
    },
    diagnostic: (found) => emit({ type: 'diagnostic', diagnostic: found }),
    chrome: (line) => {
      if (failure === undefined) emit({ type: 'chrome', line });
    },
    listingDate: (date) => emit({ type: 'listing-date', date }),
    capture: (capture) => emit({ type: 'capture', capture }),
  };
  const sink = resolved.strict
    ? strictSink(events, (error) => {
        failure = error;
      })
    : events;
  const parser = createListingParser(resolved, sink, readers, maxBlockLength);
  let ended = false;
  const stopped = (): boolean => parser.stopped || failure !== undefined;
  return {
    write(chunk) {
      if (stopped() || ended) return;
      for (const piece of decoder.decode(chunk)) {
        parser.push(piece);
        if (stopped()) return;
      }
    },
    end() {
      if (ended || failure !== undefined) return;
      ended = true;
      if (!parser.stopped) parser.push(decoder.end());
      const first = decoder.firstWindows1252;
      if (first !== undefined) {
        sink.diagnostic(
          diagnostic(
            'decoded-windows-1252',
            `${decoder.windows1252Lines} lines were not UTF-8 and were decoded as Windows-1252, the first at line ${first.line}`,
            { start: first, end: first },
          ),
        );
      }
      parser.end();
    },
    get stopped() {
      return stopped();
    },
    get failure() {
      return failure;
    },
  };
}
