/**
 * The Markdown layout: remark's parser (mdast, see `parse.ts`) → content lines, with links a scraper
 * broke across blocks mended. Positions are mapped back to the input the user gave.
 *
 * @module
 */
import type { Root } from 'mdast';
import type { ContentLine } from '../../grammar/content-line.js';
import { createPointMapper } from '../../lines/points.js';
import type { Point } from '../../schema.js';
import { mendBrokenLinks } from '../broken-links.js';
import { hasCitations } from '../citation-markers.js';
import { DETECT_WINDOW } from '../detect.js';
import { definitionsOf, normalizeLabel } from './definitions.js';
import { lowerMarkdown } from './lower.js';
import { parseMarkdown } from './parse.js';

/**
 * Lower the Markdown in `input[base.offset…]` into content lines.
 *
 * @example
 * ```ts
 * readMarkdown('### [A Title](https://huggingface.co/papers/2606.00683)\n', (line) => grammar.line(line));
 * ```
 */
export function readMarkdown(
  input: string,
  emit: (line: ContentLine) => void,
  from: Point = { line: 1, column: 1, offset: 0 },
): void {
  const bom = input.charCodeAt(from.offset) === 0xfeff;
  const base = bom ? { line: from.line, column: from.column + 1, offset: from.offset + 1 } : from;
  const tree = parseMarkdown(base.offset === 0 ? input : input.slice(base.offset));
  // Decided on the window layout detection reads, as the pipeline decides it.
  const citations = hasCitations(input.slice(from.offset, from.offset + DETECT_WINDOW));
  lowerTree(tree, input, emit, base, 0, citations);
}

/**
 * Lower a tree remark already parsed (the plugin's path), skipping blocks before
 * `skipBefore` (front matter, read separately).
 *
 * @example
 * ```ts
 * lowerTree(tree, String(file), emit, { line: 1, column: 1, offset: 0 }, frontMatterEnd);
 * ```
 */
export function lowerTree(
  tree: Root,
  input: string,
  emit: (line: ContentLine) => void,
  base: Point,
  skipBefore: number,
  citations = false,
): void {
  const definitions = definitionsOf(tree);
  const mender = mendBrokenLinks(emit, (label) => definitions.get(normalizeLabel(label)));
  lowerMarkdown(tree, {
    input,
    definitions,
    points: createPointMapper(input, base),
    skipBefore: Math.max(skipBefore, base.offset),
    emit: (line) => mender.line(line),
    ...(citations ? { citations: true } : {}),
  });
  mender.end();
}
