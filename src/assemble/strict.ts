/**
 * Strict mode as one sink decorator: the first error-level diagnostic becomes a
 * `ListingParseError`, handed to `fail` (batch parsing throws it; the stream stops and
 * throws it after the papers decided before it). Every entry is strict through this.
 *
 * @module
 */
import { ListingParseError } from '../diagnostics.js';
import type { ListingSink } from './sink.js';

/**
 * Wrap `sink` so that the first error goes to `fail`, after the sink has seen it.
 * `source` (the whole input, where the caller has it) gives the error its excerpt.
 *
 * @example
 * ```ts
 * const sink = strictSink(collector.sink, (error) => { throw error; }, input);
 * ```
 */
export function strictSink(
  sink: ListingSink,
  fail: (error: ListingParseError) => void,
  source?: string,
): ListingSink {
  let failed = false;
  return {
    ...sink,
    diagnostic(found) {
      if (failed) return;
      sink.diagnostic(found);
      if (found.severity !== 'error') return;
      failed = true;
      fail(new ListingParseError(found, source));
    },
  };
}
