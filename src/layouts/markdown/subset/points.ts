/**
 * Points of a subset parse: line, column and offset of an offset, from the start
 * offsets of the input's lines (the subset has no tabs or carriage returns, so a
 * column is the offset from its line's start plus one, as micromark counts it).
 *
 * @module
 */
import type { Text } from 'mdast';

/** A unist point, as mdast nodes carry it. */
type Point = NonNullable<Text['position']>['start'];

/** The unist point at an offset. */
export type PointAt = (offset: number) => Point;

/**
 * A point lookup over `lineStarts` (ascending; the first is 0).
 *
 * @example
 * ```ts
 * const pointAt = createPointAt([0, 4]);
 * pointAt(5); // { line: 2, column: 2, offset: 5 }
 * ```
 */
export function createPointAt(lineStarts: readonly number[]): PointAt {
  // Most lookups are on the line of the one before, or the next.
  let last = 0;
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    const here = lineStarts[last] ?? 0;
    if (offset >= here && (last === high || offset < (lineStarts[last + 1] ?? 0))) {
      low = last;
      high = last;
    }
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    last = low;
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1, offset };
  };
}
