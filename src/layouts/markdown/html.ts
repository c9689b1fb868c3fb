/**
 * HTML left in a Markdown capture (`<div>abstract</div>`, `<p>`, `<a id="…"></a>`,
 * `<script>`): tokenized by our WHATWG tokenizer (`html/tokenizer.ts`; shared with the
 * HTML layout, and linear at any depth) and read for its text as a browser
 * shows it: block elements and `<br>` end lines, `<a href>` keeps its link, scripts,
 * styles and comments say nothing. Nothing is ever run.
 *
 * @module
 */
import { walkTags } from '../html/tokens.js';
import type { LineText, OpenLink } from '../line-text.js';

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
 * Returns whether it held any visible text.
 *
 * @example
 * ```ts
 * appendHtml(text, '<div>An abstract <em>here</em>.</div>', 120); // true: 'An abstract here.'
 * appendHtml(text, '<a id="source-section-3"></a>', 300);         // false: markup only
 * ```
 */
export function appendHtml(text: LineText, html: string, base: number): boolean {
  const before = text.length;
  // Hidden elements open (a script inside a template…), and the link being written.
  let hidden = 0;
  let link: OpenLink | undefined;
  walkTags(html, {
    get wantText() {
      return hidden === 0;
    },
    text(chars, location) {
      // HTML collapses whitespace: a line ending inside text is a space, not a new line.
      text.append(
        chars.replace(/[\r\n\t]+/g, ' '),
        base + location.startOffset,
        base + location.endOffset,
      );
    },
    startTag(token) {
      const name = token.tagName;
      const at = base + token.startOffset;
      if (HIDDEN.has(name)) {
        if (!token.selfClosing) hidden++;
        return;
      }
      if (hidden > 0) return;
      if (name === 'br') text.lineEnd(at);
      else if (name === 'img') text.image(link);
      else if (BLOCKS.has(name) && text.length > before) text.lineEnd(at);
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
      if (name === 'a' && link !== undefined) {
        text.closeLink(link);
        link = undefined;
      }
      if (BLOCKS.has(name)) text.lineEnd(base + token.startOffset);
    },
  });
  if (link !== undefined) text.closeLink(link);
  return text.length > before;
}
