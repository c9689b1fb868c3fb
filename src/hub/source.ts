/**
 * JSON text and where it sits in the user's input: the input itself for a Hub JSON
 * file, or a decoded `data-props` attribute of an HTML page (its offsets map back
 * through the attribute's character references).
 *
 * @module
 */

import { type Member, objectMembers, type Span } from '../json/locate.js';
import { createPointMapper } from '../lines/points.js';
import type { Point, Position } from '../schema.js';

/** JSON text and the way back to the input. */
export interface JsonSource {
  /** The JSON text: the input (or one line of it), or a decoded attribute value. */
  readonly text: string;
  /** An offset into `text` → an offset into the input. */
  toInput(offset: number): number;
  /** The point at an input offset. */
  point(offset: number): Point;
  /** The input between two input offsets. */
  slice(start: number, end: number): string;
}

/**
 * A source for JSON decoded from `input` (by default, the input itself).
 *
 * @example
 * ```ts
 * const source = jsonSource('[{"title": "T"}]');
 * source.point(source.toInput(2)); // { line: 1, column: 3, offset: 2 }
 * ```
 */
export function jsonSource(
  input: string,
  text: string = input,
  toInput: (offset: number) => number = (offset) => offset,
  points = createPointMapper(input, { line: 1, column: 1, offset: 0 }),
): JsonSource {
  return {
    text,
    toInput,
    point: (offset) => points.at(offset),
    slice: (start, end) => input.slice(start, end),
  };
}

/**
 * A source for one line of a larger input (a JSON Lines record): the line is the JSON
 * text, and its offsets are shifted by where the line starts.
 *
 * @example
 * ```ts
 * lineSource('{"title": "T"}', 40, 3).point(41); // { line: 3, column: 2, offset: 41 }
 * ```
 */
export function lineSource(line: string, start: number, number: number): JsonSource {
  return {
    text: line,
    toInput: (offset) => start + offset,
    point: (offset) => ({ line: number, column: offset - start + 1, offset }),
    slice: (from, to) => line.slice(from - start, to - start),
  };
}

/**
 * The input range of a span of the JSON text.
 *
 * @example
 * ```ts
 * positionOf(source, { start: 1, end: 15 }); // { start: { line: 1, column: 2, offset: 1 }, end: … }
 * ```
 */
export function positionOf(source: JsonSource, span: Span): Position {
  return {
    start: source.point(source.toInput(span.start)),
    end: source.point(source.toInput(span.end)),
  };
}

/** Objects' members by the offset of their `{`: one entry's lookups walk it once. */
export type MemberCache = Map<number, readonly Member[]>;

/**
 * The span of the value at `path` (object keys) inside the value whose span is `at`, in
 * valid JSON. The last of repeated keys wins, as in
 * `JSON.parse`. Lookups that share a `cache` locate each object's members once.
 *
 * @example
 * ```ts
 * locatePath('{"paper": {"title": "T"}}', { start: 0, end: 25 }, ['paper', 'title']); // { start: 20, end: 23 }
 * ```
 */
export function locatePath(
  text: string,
  at: Span,
  path: readonly string[],
  cache: MemberCache = new Map(),
): Span | undefined {
  let span: Span | undefined = at;
  for (const key of path) {
    // Paths name object keys only (lists are found under keys, entries are objects).
    if (span === undefined || text.charCodeAt(span.start) !== 0x7b) return undefined;
    let members = cache.get(span.start);
    if (members === undefined) {
      members = objectMembers(text, span.start);
      cache.set(span.start, members);
    }
    let found: Span | undefined;
    for (const member of members) if (member.key === key) found = member;
    span = found;
  }
  return span;
}
