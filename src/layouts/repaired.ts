/**
 * Content lines read from repaired text (mojibake undone), put back on the input the
 * user gave: their raw slices, points and offsets.
 *
 * @module
 */
import type { Repaired } from '../decode/mojibake.js';
import type { ContentLine } from '../grammar/content-line.js';
import type { PointMapper } from '../lines/points.js';

/**
 * A content line of the repaired text, with its places and source back in `input`.
 *
 * @example
 * ```ts
 * backTo(input, repaired, points, line).raw; // the line as the input holds it, mojibake and all
 * ```
 */
export function backTo(
  input: string,
  repaired: Repaired,
  points: PointMapper,
  line: ContentLine,
): ContentLine {
  const source = (offset: number): number => repaired.sourceIndex(offset);
  const startOffset = source(line.start.offset);
  const endOffset = source(line.end.offset);
  const offsetAt = line.offsetAt;
  return {
    ...line,
    raw: input.slice(startOffset, endOffset),
    start: points.at(startOffset),
    end: points.at(endOffset),
    offsetAt: (index) =>
      source(offsetAt === undefined ? line.start.offset + index : offsetAt(index)),
    locate: (offset) => points.at(offset),
  };
}
