/**
 * remark's Markdown parser, without the processor around it. `remark-parse` is a unified
 * plugin whose parser is `fromMarkdown` (mdast-util-from-markdown) with the extensions
 * other plugins put on the processor; this package adds none, so the tree is the same
 * (tested on every Markdown fixture and on random documents). Calling it directly keeps
 * unified and vfile out of the browser bundle of `parseListing` (about 4.5 kB gzipped).
 * The unified plugin (`remarkPaperListing`) still reads the tree of the user's processor.
 *
 * @module
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parseSubset } from './subset/index.js';

/**
 * Parse Markdown into mdast, as `unified().use(remarkParse).parse(text)` does.
 *
 * @example
 * ```ts
 * parseMarkdown('### [A Title](https://huggingface.co/papers/2606.00683)\n').children[0]?.type;
 * // 'heading'
 * ```
 */
export function parseMarkdown(text: string): Root {
  return parseSubset(text) ?? fromMarkdown(text);
}
