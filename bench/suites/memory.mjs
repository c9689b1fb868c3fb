/**
 * Suite: memory. `parseListing` with and without the normalizer, and
 * `parseListingStream` when it works, each in a fresh process (`--expose-gc`) on the
 * large plain-text corpus file: time, the input string and the result held after a
 * full GC, and peak RSS.
 *
 * Returns `{ rows, checks, memory }` (`rows` and `checks` empty: the report has its
 * own memory table, built from `memory`).
 *
 * @module
 */
import { copiesFor, corpusFile } from '../lib/corpora.mjs';

/**
 * Run the suite; `corpusDir` is where the corpus files are cached, `streamOk` the text
 * suite's verdict on the stream.
 *
 * @example
 * ```js
 * const { memory } = await memorySuite({ plan, built, template, corpusDir, streamOk, runChild, log });
 * ```
 */
export async function memorySuite({ plan, built, template, corpusDir, streamOk, runChild, log }) {
  const largeCopies = copiesFor(template, plan.largeBytes);
  const file = corpusFile(corpusDir, `text-${largeCopies}-copies.txt`, template, largeCopies);
  const memory = [];
  for (const mode of ['parse', 'parse-raw', ...(streamOk ? ['stream'] : [])]) {
    log(`memory: ${mode}`);
    memory.push({
      mode,
      ...runChild({ kind: 'memory', lib: built.lib, file, mode }, 300_000),
    });
  }
  return { rows: [], checks: [], memory };
}
