/**
 * Time one hostile input: `parseListing` on the document, `parseListingStream` on the
 * document as UTF-8 bytes in 64 KiB chunks (what the CLI feeds it), `normalizeText` on
 * the bare payload, each after a warm-up on 64 KiB of the same kind.
 *
 * @module
 */
import { HOSTILE } from './inputs.mjs';
import { median } from './measure.mjs';

/**
 * Median milliseconds for `parse` (and `normalize` and `stream` when asked) on `bytes`
 * of input.
 *
 * @example
 * ```js
 * await measureHostile(lib, 'backslashes', 1 << 20, 3, true, true);
 * // { parse: 41.2, normalize: 12.5, stream: 44.0 }
 * ```
 */
export async function measureHostile(lib, name, bytes, runs, normalize, stream) {
  const shape = HOSTILE.find((entry) => entry.name === name);
  const warm = shape.make(64 * 1024);
  const input = shape.make(bytes);
  const result = {
    parse: timeIt(
      () => lib.parseListing(input.document),
      () => lib.parseListing(warm.document),
      runs,
    ),
  };
  if (normalize) {
    result.normalize = timeIt(
      () => lib.normalizeText(input.payload),
      () => lib.normalizeText(warm.payload),
      runs,
    );
  }
  if (stream) {
    const bytesOf = (text) => new TextEncoder().encode(text);
    const inputBytes = bytesOf(input.document);
    const warmBytes = bytesOf(warm.document);
    result.stream = await timeItAsync(
      () => drain(lib, inputBytes),
      () => drain(lib, warmBytes),
      runs,
    );
  }
  return result;
}

/**
 * Read every paper of `bytes` through `parseListingStream`, 64 KiB at a time. The block
 * limit is lifted above the input's size: a content input is one line, and at 4 MiB the
 * default limit (1 Mi code units) would stop the stream at its start and time nothing.
 */
async function drain(lib, bytes) {
  async function* chunks() {
    for (let at = 0; at < bytes.length; at += 64 * 1024) yield bytes.subarray(at, at + 64 * 1024);
  }
  let papers = 0;
  const options = { maxBlockLength: 2 * bytes.length + 1 };
  for await (const _paper of lib.parseListingStream(chunks(), options)) papers++;
  return papers;
}

async function timeItAsync(fn, warm, runs) {
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

function timeIt(fn, warm, runs) {
  warm();
  warm();
  const list = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    list.push(performance.now() - start);
  }
  list.sort((a, b) => a - b);
  return median(list);
}
