/**
 * Markdown inline content into {@link LineText}: text and code as they read, links by
 * the text they cover (references resolved through the document's definitions),
 * images counted, inline HTML tags dropped (`<br>` ends a line), and soft and hard line
 * breaks outside links ending lines.
 *
 * @module
 */
import type { PhrasingContent } from 'mdast';
import type { LineText, OpenLink } from '../line-text.js';
import { appendWithoutCitations } from './citations.js';
import { type Definitions, normalizeLabel } from './definitions.js';

/** What reading inline content needs. */
export interface InlineContext {
  /** The whole input: a text node's source, to find pandoc's syntax in. */
  readonly input: string;
  /** Tree node → input offset of its start or end. */
  readonly offsetOf: (node: PhrasingContent, end: boolean) => number;
  /** Reference definitions by normalized label. */
  readonly definitions: Definitions;
  /** The capture marks links with citation markers (`⟨12⟩`): they leave the text. */
  readonly citations?: { readonly input: string };
}

const BR = /^<br\s*\/?>$/i;

/**
 * Write inline nodes into `text`.
 *
 * @example
 * ```ts
 * appendInline(text, paragraph.children, context); // then text.lines(…)
 * ```
 */
export function appendInline(
  text: LineText,
  nodes: readonly PhrasingContent[],
  context: InlineContext,
  link?: OpenLink,
): void {
  const { offsetOf } = context;
  let before: PhrasingContent | undefined;
  for (const node of nodes) {
    const previous = before;
    before = node;
    switch (node.type) {
      case 'text': {
        const from = offsetOf(node, false);
        const to = offsetOf(node, true);
        if (context.citations !== undefined && node.value.includes('⟨')) {
          const { input } = context.citations;
          appendWithoutCitations(text, input, node.value, from, to, link === undefined);
        } else if (
          (node.value.includes('{') || node.value.includes(':::')) &&
          context.input.slice(from, to) === node.value
        ) {
          appendWithoutPandoc(text, node.value, from, link === undefined);
        } else if (
          node.value.includes('==') &&
          context.input.slice(from, to) === node.value &&
          hasHighlight(node.value)
        ) {
          appendWithoutHighlights(text, node.value, from, link === undefined);
        } else if (!isPandocAlone(node.value)) {
          // (An attribute block alone in a node whose source a list's indent changed goes.)
          text.append(node.value, from, to, link === undefined);
        }
        break;
      }
      case 'inlineCode': {
        const from = offsetOf(node, false);
        const to = offsetOf(node, true);
        const ticks = Math.max(0, Math.floor((to - from - node.value.length) / 2));
        text.append(node.value, from + ticks, to - ticks);
        break;
      }
      case 'break':
        if (link === undefined) text.lineEnd(offsetOf(node, false));
        else text.space(offsetOf(node, false));
        break;
      case 'html':
        // Tags are markup; their text is in the nodes around them. `<br>` ends a line.
        if (BR.test(node.value)) {
          if (link === undefined) text.lineEnd(offsetOf(node, false));
          else text.space(offsetOf(node, false));
        }
        break;
      case 'image':
      case 'imageReference':
        text.image(link);
        break;
      case 'link': {
        const opened = text.openLink(node.url);
        appendInline(text, node.children, context, opened);
        text.closeLink(opened);
        break;
      }
      case 'linkReference': {
        if (link === undefined && closesBrokenLink(node, previous, context)) {
          // `- 3 authors][r4]`: the `]` of a link a list broke, then its label, which
          // CommonMark reads as a shortcut reference. Its source stays text (`][r4]`),
          // for the broken-link mender to close the link with, as it does `](…)`.
          const from = offsetOf(node, false);
          const to = offsetOf(node, true);
          text.append(context.input.slice(from, to), from, to);
          break;
        }
        const url = context.definitions.get(normalizeLabel(node.identifier)) ?? '';
        const opened = text.openLink(url);
        appendInline(text, node.children, context, opened);
        text.closeLink(opened);
        break;
      }
      default:
        if ('children' in node)
          appendInline(text, node.children as PhrasingContent[], context, link);
    }
  }
}

/**
 * Whether a shortcut reference (`[r4]`) comes right after a text's unmatched `]`: the
 * label of a reference-style link whose `[` a list broke off (`[- ![][r3]\\` /
 * `- 3 authors][r4]`), not a link of its own.
 *
 * @example
 * ```ts
 * closesBrokenLink(reference, { type: 'text', value: '3 authors]' }, context); // true
 * ```
 */
function closesBrokenLink(
  node: PhrasingContent & { type: 'linkReference' },
  previous: PhrasingContent | undefined,
  context: InlineContext,
): boolean {
  if (node.referenceType !== 'shortcut' || previous?.type !== 'text') return false;
  const from = context.offsetOf(node, false);
  return previous.value.endsWith(']') && context.input.charCodeAt(from - 1) === 0x5d;
}

/**
 * pandoc's own syntax in Markdown it wrote from a saved page: attribute blocks after a
 * link, an image or a heading's text (`{.line-clamp-3 .cursor-pointer}`, `{#daily-papers
 * .mb-2}`, over lines too) and fenced divs' lines (`::: {.flex .gap-2}`, `:::`,
 * `::: leading-none`). Neither is text a reader sees. Candidates are found with flat
 * patterns and their words checked one by one (no nested quantifier can backtrack).
 */
const PANDOC = /\{[.#][^{}]{0,300}\}|^[ \t]*:{3,}[^\n]{0,300}$/gm;

/** One word of an attribute block: a class, an id, or a key and its value. */
const ATTRIBUTE = /^(?:[.#][A-Za-z_-][^\s{}",]*|[A-Za-z_][\w:-]*=(?:"[^"]*"|[^\s{}",]+))$/;

/**
 * Whether `inner` (between an attribute block's braces, or a fragment of one) is words
 * of attributes only.
 *
 * @example
 * ```ts
 * isAttributes('.line-clamp-3 .cursor-pointer'); // true
 * isAttributes('x = 1'); // false
 * ```
 */
function isAttributes(inner: string): boolean {
  const words = inner.trim().split(/\s+/);
  return words[0] !== '' && words.every((word) => ATTRIBUTE.test(word));
}

/** Whether a candidate PANDOC found is pandoc's syntax: attributes, or a fenced div's line. */
function isPandocMatch(found: string): boolean {
  const text = found.trim();
  if (text.startsWith('{')) return isAttributes(text.slice(1, -1));
  const rest = text.replace(/^:{3,}/, '').trim();
  return rest === '' || /^[\w-]+$/.test(rest) || (rest.startsWith('{') && rest.endsWith('}'));
}

/**
 * Whether a trimmed source line is pandoc's syntax alone, which lowering leaves out: a
 * fenced div's, an attribute block, or an attribute block's last line.
 *
 * @example
 * ```ts
 * isPandocSyntax('::: {.flex .gap-2}'); // true
 * isPandocSyntax('.rounded-full}');     // true (an attribute block's last line)
 * isPandocSyntax('Mistral 7B');         // false
 * ```
 */
export function isPandocSyntax(line: string): boolean {
  if (line.startsWith(':::') || (line.startsWith('{') && line.endsWith('}'))) {
    return isPandocMatch(line);
  }
  return line.endsWith('}') && /^[.#]/.test(line) && isAttributes(line.slice(0, -1));
}

/**
 * Whether a text node is only pandoc's attribute block (`{.size-4<LF>    .rounded-full}`).
 *
 * @example
 * ```ts
 * isPandocAlone('{.size-4\n    .rounded-full}'); // true
 * ```
 */
function isPandocAlone(value: string): boolean {
  const text = value.trim();
  return text.startsWith('{') && text.endsWith('}') && isAttributes(text.slice(1, -1));
}

/**
 * Append a text node's value, pandoc's syntax left out (it stays in the source, between
 * the lines' texts). The value is its source here, so offsets carry over.
 *
 * @example
 * ```ts
 * appendWithoutPandoc(text, 'Title{.line-clamp-3 .text-balance}', 120, true); // 'Title'
 * ```
 */
function appendWithoutPandoc(text: LineText, value: string, from: number, split: boolean): void {
  let at = 0;
  PANDOC.lastIndex = 0;
  // (No match is empty: each holds braces or `:::`.)
  for (let match = PANDOC.exec(value); match !== null; match = PANDOC.exec(value)) {
    if (!isPandocMatch(match[0])) continue;
    if (match.index > at)
      text.append(value.slice(at, match.index), from + at, from + match.index, split);
    at = match.index + match[0].length;
  }
  if (at < value.length) text.append(value.slice(at), from + at, from + value.length, split);
}

/**
 * `==text==`: a highlight (Obsidian's, a search page's kept by a clipper). Its marks
 * stand against a letter or digit on the inside (a closing bracket may end it:
 * `==Group Relative Policy Optimization (GRPO)==`), and against a space, an opening or
 * closing bracket, a quote or punctuation outside: `a == b`, `x==y`, `f(x)==g(x)==h(x)`
 * and `"=="` are code's.
 */
const HIGHLIGHT =
  /(?<=^|[\s(["'“‘*_])==(?=[\p{L}\p{N}])[^=\n]{0,200}?[\p{L}\p{N})\]]==(?=$|[\s.,;:!?)\]"'”’*_])|(?<=^|[\s(["'“‘*_])==[\p{L}\p{N}]==(?=$|[\s.,;:!?)\]"'”’*_])/gu;

function hasHighlight(value: string): boolean {
  HIGHLIGHT.lastIndex = 0;
  return HIGHLIGHT.test(value);
}

/**
 * Append a text node's value with its highlights' `==` marks left out (they stay in the
 * source). The value is its source here, so offsets carry over.
 *
 * @example
 * ```ts
 * appendWithoutHighlights(text, '==Citation== Recall', 40, true); // 'Citation Recall'
 * ```
 */
function appendWithoutHighlights(
  text: LineText,
  value: string,
  from: number,
  split: boolean,
): void {
  let at = 0;
  HIGHLIGHT.lastIndex = 0;
  for (let match = HIGHLIGHT.exec(value); match !== null; match = HIGHLIGHT.exec(value)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start > at) text.append(value.slice(at, start), from + at, from + start, split);
    text.append(value.slice(start + 2, end - 2), from + start + 2, from + end - 2, split);
    at = end;
  }
  if (at < value.length) text.append(value.slice(at), from + at, from + value.length, split);
}
