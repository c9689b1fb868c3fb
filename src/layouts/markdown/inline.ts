/**
 * Read mdast inline content: short plain text for classifying a block, and a
 * positioned `TextField` for titles and abstracts.
 *
 * @module
 */
import type { PhrasingContent } from 'mdast';
import type { FieldBuilder } from '../cards/field.js';

/** Nodes that carry their own text or children. */
type Inline = PhrasingContent;

/**
 * The visible text of inline nodes, images left out, a space put before a link
 * glued to text (`May 29[6](…)` → `May 29 6`). `undefined` past `limit` characters,
 * so a 1,500-character abstract is never copied just to be classified.
 *
 * @example
 * ```ts
 * inlineText(paragraph.children, 80); // 'May 29 6'
 * ```
 */
export function inlineText(nodes: readonly Inline[], limit: number): string | undefined {
  const out: string[] = [];
  let length = 0;
  let last = 0x20;
  const visit = (list: readonly Inline[]): boolean => {
    for (const node of list) {
      let value: string | undefined;
      if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') {
        value = node.value;
      } else if (node.type === 'break') {
        value = ' ';
      } else if (node.type === 'image' || node.type === 'imageReference') {
        continue;
      } else if ('children' in node) {
        if (node.type === 'link' && last !== 0x20) {
          out.push(' ');
          length++;
          last = 0x20;
        }
        if (!visit(node.children as Inline[])) return false;
        continue;
      }
      if (value === undefined || value.length === 0) continue;
      length += value.length;
      if (length > limit) return false;
      out.push(value);
      last = value.charCodeAt(value.length - 1);
    }
    return true;
  };
  return visit(nodes) ? out.join('') : undefined;
}

/**
 * Whether inline nodes include an image (an avatar).
 *
 * @example
 * ```ts
 * hasImage(link.children); // true for `[![slug](avatar)Org](…)`
 * ```
 */
export function hasImage(nodes: readonly Inline[]): boolean {
  return nodes.some((node) => node.type === 'image' || node.type === 'imageReference');
}

/**
 * Append inline nodes' text to a field builder, aligned with the source, images and
 * syntax left out.
 *
 * @example
 * ```ts
 * appendInline(builder, link.children, (point) => offsetOf(point));
 * ```
 */
export function appendInline(
  builder: FieldBuilder,
  nodes: readonly Inline[],
  offsetOf: (node: Inline, end: boolean) => number,
): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'html':
        builder.appendAligned(node.value, offsetOf(node, false), offsetOf(node, true));
        break;
      case 'inlineCode': {
        const from = offsetOf(node, false);
        const to = offsetOf(node, true);
        const ticks = Math.max(0, Math.floor((to - from - node.value.length) / 2));
        builder.appendAligned(node.value, from + ticks, to - ticks);
        break;
      }
      case 'break':
        builder.appendVirtual(' ', offsetOf(node, false));
        break;
      case 'image':
      case 'imageReference':
        break;
      default:
        if ('children' in node) appendInline(builder, node.children as Inline[], offsetOf);
    }
  }
}
