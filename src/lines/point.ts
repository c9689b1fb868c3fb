/**
 * Points are computed from a line's start and a column, never by re-scanning text.
 *
 * @module
 */
import type { Point } from '../schema.js';

/**
 * The point `delta` code units after `start`, on the same line.
 *
 * @example
 * ```ts
 * shift({ line: 2, column: 1, offset: 4 }, 3); // { line: 2, column: 4, offset: 7 }
 * ```
 */
export function shift(start: Point, delta: number): Point {
  return { line: start.line, column: start.column + delta, offset: start.offset + delta };
}
