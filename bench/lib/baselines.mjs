/**
 * The baselines every candidate is measured beside, on the same text in the same run.
 *
 * @module
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { Tokenizer } from 'parse5';

/**
 * The floor for finding lines: a bare split.
 *
 * @example
 * ```js
 * lineSplit('a\nb'); // 2
 * ```
 */
export function lineSplit(text) {
  return text.split('\n').length;
}

/**
 * The floor for any normalizer: one `charCodeAt` pass over every code unit, with one
 * data-dependent comparison each (here: counting line feeds), as any scanner needs.
 *
 * @example
 * ```js
 * charLoop('a\nb\n'); // 2
 * ```
 */
export function charLoop(text) {
  let count = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    if (text.charCodeAt(i) === 0x0a) count++;
  }
  return count;
}

/**
 * What a user might reach for instead: remark's parser (mdast-util-from-markdown).
 *
 * @example
 * ```js
 * remarkParse('# a').children.length; // 1
 * ```
 */
export function remarkParse(text) {
  return fromMarkdown(text);
}

/** The same baselines over a list of strings (the abstract corpora). */
export function charLoopAll(texts) {
  let count = 0;
  for (const text of texts) count += charLoop(text);
  return count;
}

const NO_OP = () => {};

/**
 * The floor for reading HTML to spec: parse5's tokenizer (under hast-util-from-html and
 * the HTML layout) over the page, with source locations and handlers that do nothing.
 *
 * @example
 * ```js
 * tokenizeHtml('<p a="1">x</p>'); // 14
 * ```
 */
export function tokenizeHtml(html) {
  const handler = {
    onComment: NO_OP,
    onDoctype: NO_OP,
    onStartTag: NO_OP,
    onEndTag: NO_OP,
    onEof: NO_OP,
    onCharacter: NO_OP,
    onNullCharacter: NO_OP,
    onWhitespaceCharacter: NO_OP,
    onParseError: null,
  };
  new Tokenizer({ sourceCodeLocationInfo: true }, handler).write(html, true);
  return html.length;
}

/**
 * The floor for reading JSON: `JSON.parse`.
 *
 * @example
 * ```js
 * jsonParse('[1]'); // 1
 * ```
 */
export function jsonParse(text) {
  return JSON.parse(text).length;
}
