/**
 * YAML front matter, as scrapers write it before the page: `---` … `---`. remark-parse
 * alone would read it as a thematic break and a setext heading, so it is found here
 * and reported as page chrome.
 *
 * @module
 */
import type { ChromeLine, Point } from '../../schema.js';

/** Where the front matter ends and what lines it held. */
export interface FrontMatter {
  /** The point just after the closing fence's line ending. */
  readonly end: Point;
  readonly lines: ChromeLine[];
}

/**
 * Find front matter at `start` (0, or 1 after a BOM).
 *
 * @example
 * ```ts
 * readFrontMatter('---\ntitle: x\n---\nnew\n', 0)?.end; // { line: 4, column: 1, offset: 17 }
 * readFrontMatter('new\n', 0); // undefined
 * ```
 */
export function readFrontMatter(input: string, start: number): FrontMatter | undefined {
  if (!input.startsWith('---', start)) return undefined;
  const lines: ChromeLine[] = [];
  let offset = start;
  let line = 1;
  let column = start + 1;
  while (offset < input.length) {
    let end = offset;
    while (end < input.length && input[end] !== '\n' && input[end] !== '\r') end++;
    const text = input.slice(offset, end).trimEnd();
    if (line === 1 && text !== '---') return undefined;
    let next = end;
    if (input[next] === '\r') next++;
    if (input[next] === '\n') next++;
    if (text.length > 0) {
      lines.push({
        text,
        position: {
          start: { line, column, offset },
          end: { line, column: column + text.length, offset: offset + text.length },
        },
      });
    }
    if (line > 1 && (text === '---' || text === '...')) {
      return { end: { line: line + 1, column: 1, offset: next }, lines };
    }
    if (next === end) return undefined;
    offset = next;
    line++;
    column = 1;
  }
  return undefined;
}
