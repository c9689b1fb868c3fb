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

/** What reading inline content needs. */
export interface InlineContext {
  /** Tree node → input offset of its start or end. */
  readonly offsetOf: (node: PhrasingContent, end: boolean) => number;
  /** Reference definitions by normalized label. */
  readonly definitions: ReadonlyMap<string, string>;
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
  for (const node of nodes) {
    switch (node.type) {
      case 'text': {
        const from = offsetOf(node, false);
        const to = offsetOf(node, true);
        if (context.citations !== undefined && node.value.includes('⟨')) {
          const { input } = context.citations;
          appendWithoutCitations(text, input, node.value, from, to, link === undefined);
        } else text.append(node.value, from, to, link === undefined);
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
 * A reference label as Markdown matches it: case-folded, whitespace collapsed.
 *
 * @example
 * ```ts
 * normalizeLabel(' Foo  Bar '); // 'foo bar'
 * ```
 */
export function normalizeLabel(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').trim();
}
