/**
 * HTML left in a Markdown capture (`<div>abstract</div>`, `<p>`, `<a id="…"></a>`,
 * `<script>`): parsed into hast (`hast-util-from-html-isomorphic`: parse5 in Node, the
 * browser's own `DOMParser` in a browser bundle; a fragment, and nothing is ever run)
 * and read for its text as a browser shows it: block elements and `<br>` end lines,
 * `<a href>` keeps its link, scripts, styles and comments say nothing.
 *
 * @module
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';
import type { LineText, OpenLink } from './lines.js';

/** Elements whose content is never text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'svg', 'math']);

/** Elements that start and end a line of their own. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
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
  'ul',
]);

/**
 * Write an HTML snippet whose source starts at input offset `base` into `text`.
 * Returns whether it held any visible text. Text is placed in the source by walking
 * it in order (the tree's positions are not needed, so the browser's DOMParser, which
 * has none, serves as well as parse5).
 *
 * @example
 * ```ts
 * appendHtml(text, '<div>An abstract <em>here</em>.</div>', 120); // true: 'An abstract here.'
 * appendHtml(text, '<a id="source-section-3"></a>', 300);         // false: markup only
 * ```
 */
export function appendHtml(text: LineText, html: string, base: number): boolean {
  const tree: Root = fromHtmlIsomorphic(html, { fragment: true });
  const before = text.length;
  // Where the walk is in the source: text nodes come in source order.
  let cursor = 0;
  visit(tree.children, undefined);
  return text.length > before;

  /** Past any tags and comments at the cursor. */
  function skipMarkup(): void {
    while (html.charCodeAt(cursor) === 0x3c) {
      const end = html.startsWith('<!--', cursor)
        ? html.indexOf('-->', cursor) + 2
        : html.indexOf('>', cursor);
      if (end < cursor) return;
      cursor = end + 1;
    }
  }

  function visit(
    nodes: readonly (RootContent | ElementContent)[],
    link: OpenLink | undefined,
  ): void {
    for (const node of nodes) {
      if (node.type === 'text') {
        skipMarkup();
        let end = html.indexOf('<', cursor);
        if (end === -1) end = html.length;
        // HTML collapses whitespace: a line ending inside text is a space, not a new line.
        text.append(node.value.replace(/[\r\n\t]+/g, ' '), base + cursor, base + end);
        cursor = end;
      } else if (node.type === 'element') {
        element(node, link);
      }
    }
  }

  function element(node: Element, link: OpenLink | undefined): void {
    const name = node.tagName;
    if (HIDDEN.has(name)) {
      // Its text stays in the source: walk past its closing tag.
      const close = html.toLowerCase().indexOf(`</${name}`, cursor);
      if (close !== -1) cursor = html.indexOf('>', close) + 1 || html.length;
      return;
    }
    skipMarkup();
    const at = base + cursor;
    if (name === 'br') {
      text.lineEnd(at);
      return;
    }
    if (name === 'img') {
      text.image(link);
      return;
    }
    const block = BLOCKS.has(name);
    if (block && text.length > 0) text.lineEnd(at);
    const href = name === 'a' ? node.properties.href : undefined;
    if (typeof href === 'string' && link === undefined) {
      const opened = text.openLink(href);
      visit(node.children, opened);
      text.closeLink(opened);
    } else {
      visit(node.children, link);
    }
    if (block) {
      skipMarkup();
      text.lineEnd(base + cursor);
    }
  }
}
