/**
 * Time one hostile input: `parseListing` on the document, `parseListingStream` on the
 * document as UTF-8 bytes in 64 KiB chunks (what the CLI feeds it), `normalizeText` on
 * the bare payload, and the CLI's JSON records (`toPaperRecord` + `toJson`) for the papers
 * `parseListing` returned, each after a warm-up on 64 KiB of the same kind.
 *
 * @module
 */
import { HOSTILE } from './inputs.mjs';
import { streamCount } from './library.mjs';
import { median } from './measure.mjs';

/**
 * Median milliseconds for `parse` (and `normalize`, `stream` and `records` when asked)
 * on `bytes` of input. `records` is the bench build's records.js module, if any.
 *
 * @example
 * ```js
 * await measureHostile(lib, 'backslashes', 1 << 20, 3, true, true, records);
 * // { parse: 41.2, normalize: 12.5, stream: 44.0, records: 3.1 }
 * ```
 */
export async function measureHostile(lib, name, bytes, runs, normalize, stream, records) {
  const shape = HOSTILE.find((entry) => entry.name === name);
  const warm = shape.make(64 * 1024);
  const input = shape.make(bytes);
  const result = {
    parse: await timeIt(
      () => lib.parseListing(input.document),
      () => lib.parseListing(warm.document),
      runs,
    ),
  };
  if (normalize) {
    result.normalize = await timeIt(
      () => lib.normalizeText(input.payload),
      () => lib.normalizeText(warm.payload),
      runs,
    );
  }
  if (stream) {
    const inputBytes = new TextEncoder().encode(input.document);
    const warmBytes = new TextEncoder().encode(warm.document);
    // The block limit above the input's size: a content input is one line, and at 4 MiB
    // the default limit (1 Mi code units) would stop the stream at its start.
    const read = (bytes) =>
      streamCount(lib, bytes, 64 * 1024, { maxBlockLength: 2 * bytes.length + 1 });
    result.stream = await timeIt(
      () => read(inputBytes),
      () => read(warmBytes),
      runs,
    );
  }
  if (records) {
    const write = (papers) => {
      let length = 0;
      for (const paper of papers)
        length += records.toJson(records.toPaperRecord(paper, { source: '-' })).length;
      return length;
    };
    const papers = lib.parseListing(input.document).papers;
    const warmPapers = lib.parseListing(warm.document).papers;
    result.records = await timeIt(
      () => write(papers),
      () => write(warmPapers),
      runs,
    );
  }
  return result;
}

/** Median of `runs` timings of `fn` (sync or async), after two warm-up calls. */
async function timeIt(fn, warm, runs) {
  await warm();
  await warm();
  const list = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    list.push(performance.now() - start);
  }
  list.sort((a, b) => a - b);
  return median(list);
}
