/**
 * Index maps from a decoded string back to its source: JSON escapes (`\"`, `\u00e9`)
 * and HTML character references (`&quot;`) make the two differ in length. A map is a
 * list of segments, each copied verbatim or standing for one escape; finding an index
 * is a binary search.
 *
 * @module
 */

/** Index in the decoded text → offset in the source. */
export type OffsetMap = (index: number) => number;

/** Collects the segments of a decoding, in order. */
export interface OffsetMapBuilder {
  /** `length` code units copied from `source` on. */
  copy(source: number, length: number): void;
  /** `sourceLength` code units at `source` decoded into `length` code units. */
  replace(source: number, sourceLength: number, length: number): void;
  /** The map; indices past the end map to `end`, the source offset after the last segment. */
  build(): OffsetMap;
  /** True when every segment so far was a copy: the map is a plain shift. */
  readonly verbatim: boolean;
}

/**
 * Create a builder.
 *
 * @example
 * ```ts
 * // Source `a&amp;b` at offset 10 decodes to `a&b`.
 * const builder = createOffsetMapBuilder(10);
 * builder.copy(10, 1);
 * builder.replace(11, 5, 1);
 * builder.copy(16, 1);
 * const map = builder.build();
 * [map(0), map(1), map(2), map(3)]; // [10, 11, 16, 17]
 * ```
 */
export function createOffsetMapBuilder(start: number): OffsetMapBuilder {
  const decoded: number[] = [];
  const source: number[] = [];
  // For a copy, the source length equals the decoded one; a replacement keeps its own.
  const sourceLength: number[] = [];
  const decodedLength: number[] = [];
  let length = 0;
  let end = start;
  let verbatim = true;
  return {
    copy(at, count) {
      if (count === 0) return;
      decoded.push(length);
      source.push(at);
      sourceLength.push(-1);
      decodedLength.push(count);
      length += count;
      end = at + count;
    },
    replace(at, count, output) {
      verbatim = false;
      decoded.push(length);
      source.push(at);
      sourceLength.push(count);
      decodedLength.push(output);
      length += output;
      end = at + count;
    },
    build() {
      return (index) => {
        if (index >= length) return end;
        let low = 0;
        let high = decoded.length - 1;
        while (low < high) {
          const middle = (low + high + 1) >> 1;
          if ((decoded[middle] ?? 0) <= index) low = middle;
          else high = middle - 1;
        }
        const from = source[low] ?? start;
        // Inside a replacement's output: the escape's start.
        return (sourceLength[low] ?? -1) === -1 ? from + index - (decoded[low] ?? 0) : from;
      };
    },
    get verbatim() {
      return verbatim;
    },
  };
}
