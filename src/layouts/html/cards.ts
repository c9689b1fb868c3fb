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
import { resolveHref } from './page.js';
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

/** Whether an `<annotation>` holds its formula's TeX source. */
function isTexAnnotation(attrs: readonly { name: string; value: string }[]): boolean {
  return attrs.some(
    (attribute) => attribute.name === 'encoding' && attribute.value === 'application/x-tex',
  );
}

/** Whether a `<span>` is KaTeX's visible rendering of a formula (`class="katex-html"`). */
function isKatexRendering(attrs: readonly { name: string; value: string }[]): boolean {
  return attrs.some(
    (attribute) =>
      attribute.name === 'class' && attribute.value.split(/\s+/).includes('katex-html'),
  );
}

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
 * lowerRenderedPage(page, points, emit, 'https://huggingface.co/'); // relative links resolved
 * ```
 */
export function lowerRenderedPage(
  input: string,
  points: PointMapper,
  emit: (line: ContentLine) => void,
  base?: string,
): void {
  const text = new LineText(input, points);
  let hidden = 0;
  // A formula's TeX source (KaTeX's `<annotation encoding="application/x-tex">`), read
  // inside its hidden `<math>`: the formula as one `$…$`, not its renderings.
  let tex: { from: number; source: string } | undefined;
  // KaTeX's visible rendering (`<span class="katex-html" aria-hidden="true">`), hidden
  // while its spans nest: the TeX above stands for it.
  let rendering = 0;
  // Inside a `<p>`: its lines are one field.
  let paragraph = false;
  let link: OpenLink | undefined;
  let heading: { depth: number; from: number } | undefined;
  let first = -1;
  let last = 0;
  walkTags(input, {
    get wantText() {
      return (hidden === 0 && rendering === 0) || tex !== undefined;
    },
    text(chars, location) {
      if (tex !== undefined) {
        tex.source += chars;
        return;
      }
      if (first === -1 && chars.trim().length > 0) first = location.startOffset;
      last = location.endOffset;
      // HTML collapses whitespace: a line ending inside text is a space, not a new line.
      text.append(chars.replace(/[\r\n\t]+/g, ' '), location.startOffset, location.endOffset);
    },
    startTag(token, foreign) {
      const name = token.tagName;
      if (rendering > 0) {
        if (name === 'span' && !token.selfClosing) rendering++;
        return;
      }
      // (`<svg>` and `<math>` open foreign content: hidden all the same.)
      if (HIDDEN.has(name) && (!foreign || name === 'svg' || name === 'math' || hidden > 0)) {
        if (!token.selfClosing) hidden++;
        return;
      }
      if (name === 'annotation' && hidden > 0 && isTexAnnotation(token.attrs)) {
        tex = { from: token.startOffset, source: '' };
        return;
      }
      if (foreign || hidden > 0) return;
      if (name === 'span' && !token.selfClosing && isKatexRendering(token.attrs)) {
        rendering = 1;
        return;
      }
      const at = token.startOffset;
      if (name === 'p' && !token.selfClosing) paragraph = true;
      // A `<br>` inside a paragraph breaks its line, not its field (an abstract's).
      if (name === 'br') paragraph ? text.space(at) : text.lineEnd(at);
      else if (name === 'img' || name === 'video' || name === 'picture') text.image(link);
      else if (BLOCKS.has(name) || name in HEADINGS) text.lineEnd(at);
      const depth = HEADINGS[name];
      if (depth !== undefined) heading = { depth, from: text.length };
      if (name === 'a') {
        // A link opening while one is still open closes it first, as a browser's parser
        // does (a title's `<a>` left unclosed must not swallow the code button's).
        if (link !== undefined) {
          text.closeLink(link);
          link = undefined;
        }
        const href = resolveHref(
          token.attrs.find((attribute) => attribute.name === 'href')?.value,
          base,
        );
        if (href !== undefined) link = text.openLink(href);
      }
    },
    endTag(token) {
      const name = token.tagName;
      if (rendering > 0) {
        if (name === 'span') rendering--;
        return;
      }
      if (name === 'annotation' && tex !== undefined) {
        const source = tex.source.trim();
        if (source.length > 0) text.append(`$${source}$`, tex.from, token.endOffset);
        tex = undefined;
        return;
      }
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
      if (name === 'p') paragraph = false;
      if (BLOCKS.has(name) || name in HEADINGS) text.lineEnd(at);
    },
  });
  if (link !== undefined) text.closeLink(link);
  if (first === -1) return;
  const block = { start: points.at(first), end: points.at(last) };
  for (const line of text.lines(block, '')) emit({ ...line, continues: false });
}
