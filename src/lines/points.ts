/**
 * Points into the user's input for layouts that parse a slice of it (after front
 * matter) or only know offsets.
 *
 * @module
 */
import type { Point } from '../schema.js';

/** A unist point: what mdast nodes carry. */
export interface UnistPoint {
  readonly line: number;
  readonly column: number;
  readonly offset?: number | undefined;
}

/** Maps parser points and bare offsets to points into the original input. */
export interface PointMapper {
  /** A point of a parse of `input.slice(base.offset)` → a point into `input`. */
  fromUnist(point: UnistPoint): Point;
  /** The point at an input offset (builds a line index on first use). */
  at(offset: number): Point;
}

/**
 * Create a mapper for a parse that started at `base`.
 *
 * @example
 * ```ts
 * const map = createPointMapper('---\na: 1\n---\nhi', { line: 4, column: 1, offset: 13 });
 * map.fromUnist({ line: 1, column: 1, offset: 0 }); // { line: 4, column: 1, offset: 13 }
 * ```
 */
export function createPointMapper(input: string, base: Point): PointMapper {
  let lineStarts: number[] | undefined;
  return {
    fromUnist(point) {
      const offset = base.offset + (point.offset ?? 0);
      if (point.line === 1) {
        return { line: base.line, column: base.column + point.column - 1, offset };
      }
      return { line: base.line + point.line - 1, column: point.column, offset };
    },
    at(offset) {
      lineStarts ??= indexLines(input);
      let low = 0;
      let high = lineStarts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((lineStarts[middle] ?? 0) <= offset) low = middle;
        else high = middle - 1;
      }
      return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1, offset };
    },
  };
}

function indexLines(input: string): number[] {
  // Native searches: a page of long lines (HTML) has few breaks to visit.
  const starts = [0];
  let lf = input.indexOf('\n');
  let cr = input.indexOf('\r');
  while (lf !== -1 || cr !== -1) {
    if (cr !== -1 && (lf === -1 || cr < lf)) {
      // A CR alone ends a line; in a CRLF the LF does.
      if (input.charCodeAt(cr + 1) !== 0x0a) starts.push(cr + 1);
      cr = input.indexOf('\r', cr + 1);
    } else {
      starts.push(lf + 1);
      lf = input.indexOf('\n', lf + 1);
    }
  }
  return starts;
}

/**
 * Line breaks in `text` before `end`: LF, CRLF (once) and a lone CR.
 *
 * @example
 * ```ts
 * lineBreaks('a\r\nb\rc\n'); // 3
 * ```
 */
export function lineBreaks(text: string, end = text.length): number {
  let count = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) count++;
  }
  return count;
}

/**
 * The point at `end` in `text`, which starts at `base` in the input.
 *
 * @example
 * ```ts
 * pointAfter('a\nbc', { line: 3, column: 1, offset: 10 }); // { line: 4, column: 3, offset: 14 }
 * ```
 */
export function pointAfter(text: string, base: Point, end = text.length): Point {
  const breaks = lineBreaks(text, end);
  if (breaks === 0)
    return { line: base.line, column: base.column + end, offset: base.offset + end };
  // The last break before `end`: the column counts from just after it.
  let last = end - 1;
  for (; last >= 0; last--) {
    const code = text.charCodeAt(last);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(last + 1) !== 0x0a)) break;
  }
  return { line: base.line + breaks, column: end - last, offset: base.offset + end };
}
