/**
 * The rendered cards of a saved page, for a page whose embedded data is gone (re-saved
 * by a tool that strips attributes and scripts). The body is read as a browser shows
 * it, through the same tokenizer as the data path: block elements end lines, `<h1>`–`<h6>`
 * are headings, `<a href>` keeps its link, images and hidden elements (scripts, styles,
 * SVG icons) give no text. The lines go to the card grammar like any other layout's.
 *
 * ```html
 * <h3><a href="/papers/2603.01873">R&amp;D-Agent: …</a></h3>   → a heading line, linked
 * <p>Recent advances in AI &amp; ML …</p>                      → a line of text
 * <a href="/microsoft"><img …><span>Microsoft</span></a><span>·</span><span>Mar 2</span>
 *                                                              → `Microsoft · Mar 2`, linked
 * ```
 *
 * @module
 */
import type { ContentLine } from '../../grammar/content-line.js';
import type { PointMapper } from '../../lines/points.js';
import { LineText, type OpenLink } from '../line-text.js';
import { walkTags } from './tokens.js';

/** Elements whose content a reader never sees. */
const HIDDEN = new Set([
  'head',
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'title',
  'iframe',
]);

/** Elements that stand on lines of their own. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'button',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tr',
  'td',
  'th',
  'ul',
]);

const HEADINGS: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/**
 * Lower a page's body into content lines.
 *
 * @example
 * ```ts
 * lowerRenderedPage(page, points, (line) => grammar.line(line));
 * ```
 */
export function lowerRenderedPage(
  input: string,
  points: PointMapper,
  emit: (line: ContentLine) => void,
): void {
  const text = new LineText(input, points);
  let hidden = 0;
  let link: OpenLink | undefined;
  let heading: { depth: number; from: number } | undefined;
  let first = -1;
  let last = 0;
  walkTags(input, {
    get wantText() {
      return hidden === 0;
    },
    text(chars, location) {
      if (first === -1 && chars.trim().length > 0) first = location.startOffset;
      last = location.endOffset;
      // HTML collapses whitespace: a line ending inside text is a space, not a new line.
      text.append(chars.replace(/[\r\n\t]+/g, ' '), location.startOffset, location.endOffset);
    },
    startTag(token, foreign) {
      const name = token.tagName;
      if (foreign) return;
      if (HIDDEN.has(name)) {
        if (!token.selfClosing) hidden++;
        return;
      }
      if (hidden > 0) return;
      const at = token.startOffset;
      if (name === 'br') text.lineEnd(at);
      else if (name === 'img' || name === 'video' || name === 'picture') text.image(link);
      else if (BLOCKS.has(name) || name in HEADINGS) text.lineEnd(at);
      const depth = HEADINGS[name];
      if (depth !== undefined) heading = { depth, from: text.length };
      if (name === 'a' && link === undefined) {
        const href = token.attrs.find((attribute) => attribute.name === 'href')?.value;
        if (href !== undefined) link = text.openLink(href);
      }
    },
    endTag(token) {
      const name = token.tagName;
      if (HIDDEN.has(name)) {
        if (hidden > 0) hidden--;
        return;
      }
      if (hidden > 0) return;
      const at = token.startOffset;
      if (name === 'a' && link !== undefined) {
        text.closeLink(link);
        link = undefined;
      }
      if (heading !== undefined && HEADINGS[name] === heading.depth) {
        text.heading(heading.depth, heading.from);
        heading = undefined;
      }
      if (BLOCKS.has(name) || name in HEADINGS) text.lineEnd(at);
    },
  });
  if (link !== undefined) text.closeLink(link);
  if (first === -1) return;
  const block = { start: points.at(first), end: points.at(last) };
  for (const line of text.lines(block, '')) emit({ ...line, continues: false });
}
