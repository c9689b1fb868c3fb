/**
 * Time one hostile input: `parseListing` on the document, `normalizeText` on the bare
 * payload, each after a warm-up on 64 KiB of the same kind.
 *
 * @module
 */
import { HOSTILE } from './inputs.mjs';
import { median } from './measure.mjs';

/**
 * Median milliseconds for `parse` (and `normalize` when asked) on `bytes` of input.
 *
 * @example
 * ```js
 * measureHostile(lib, 'backslashes', 1 << 20, 3, true); // { parse: 41.2, normalize: 12.5 }
 * ```
 */
export function measureHostile(lib, name, bytes, runs, normalize) {
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
  return result;
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
