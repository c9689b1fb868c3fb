/**
 * The Markdown layout: front matter → remark-parse (mdast) → one walk over the blocks
 * → card events. Positions are mapped back to the input the user gave.
 *
 * @module
 */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Point } from '../../schema.js';
import type { CardEvent } from '../cards/events.js';
import { createPointMapper } from '../cards/points.js';
import { readFrontMatter } from './front-matter.js';
import { walkMarkdown } from './walk.js';

const ORIGIN: Point = { line: 1, column: 1, offset: 0 };
const parser = unified().use(remarkParse).freeze();

/**
 * Where the Markdown body starts: after a BOM and front matter. Front matter lines go
 * to `emit` as chrome.
 *
 * @example
 * ```ts
 * markdownBody('---\na: 1\n---\nnew\n', emit); // { line: 4, column: 1, offset: 13 }
 * ```
 */
export function markdownBody(input: string, emit: (event: CardEvent) => void): Point {
  const bom = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  const frontMatter = readFrontMatter(input, bom);
  if (frontMatter === undefined) return bom === 0 ? ORIGIN : { line: 1, column: 2, offset: 1 };
  for (const line of frontMatter.lines) {
    emit({ kind: 'chrome', text: line.text, ...line.position });
  }
  return frontMatter.end;
}

/**
 * Parse a Markdown capture and emit its card events.
 *
 * @example
 * ```ts
 * readMarkdown(text, (event) => cards.event(event));
 * ```
 */
export function readMarkdown(input: string, emit: (event: CardEvent) => void): void {
  const base = markdownBody(input, emit);
  const tree = parser.parse(base.offset === 0 ? input : input.slice(base.offset));
  walkMarkdown(tree, { input, points: createPointMapper(input, base), skipBefore: 0, emit });
}

/**
 * Emit the card events of a tree remark already parsed from `input` (the plugin's
 * path): front matter is found in the text and its blocks skipped.
 *
 * @example
 * ```ts
 * readMarkdownTree(tree, String(file), emit);
 * ```
 */
export function readMarkdownTree(
  tree: Root,
  input: string,
  emit: (event: CardEvent) => void,
): void {
  const base = markdownBody(input, emit);
  walkMarkdown(tree, {
    input,
    points: createPointMapper(input, ORIGIN),
    skipBefore: base.offset,
    emit,
  });
}
