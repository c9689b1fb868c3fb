/**
 * Reference definitions (`[r1]: https://huggingface.co/papers/2501.00001`): what a
 * reference-style link (`[Title][r1]`, turndown's `linkStyle: 'referenced'`, html2text's
 * reference links) points to. Definitions themselves are markup, never a card's text.
 *
 * @module
 */
import type { Nodes, PhrasingContent, Root } from 'mdast';

/** Definitions by normalized label: their destinations. */
export type Definitions = ReadonlyMap<string, string>;

/**
 * The definitions of a tree, by {@link normalizeLabel}; the first of a label wins, as
 * CommonMark says. Definitions inside a list or a quote count too.
 *
 * @example
 * ```ts
 * definitionsOf(fromMarkdown('[T][R1]\n\n[r1]: https://hf.co/papers/2501.00001\n')).get('r1');
 * // 'https://hf.co/papers/2501.00001'
 * ```
 */
export function definitionsOf(root: Root): Map<string, string> {
  const found = new Map<string, string>();
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === 'definition') {
      const label = normalizeLabel(node.identifier);
      if (!found.has(label)) found.set(label, node.url);
      continue;
    }
    // Only containers of blocks hold definitions (no paragraph, no inline content).
    if (
      node.type === 'root' ||
      node.type === 'list' ||
      node.type === 'listItem' ||
      node.type === 'blockquote'
    ) {
      for (let at = node.children.length - 1; at >= 0; at--) stack.push(node.children[at] as Nodes);
    }
  }
  return found;
}

/**
 * A reference label as CommonMark matches it: case-folded, whitespace collapsed.
 *
 * @example
 * ```ts
 * normalizeLabel(' Foo  Bar '); // 'foo bar'
 * ```
 */
export function normalizeLabel(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * How many code units longer `nodes`' source would be with its references written
 * inline (`[T][r1]` as `[T](https://…)`): a converter that wraps at a width measured
 * the inline form when the references were made after (review40's transform, and
 * tools that turn inline links into references), so a heading's width is judged on both.
 *
 * @example
 * ```ts
 * inlineDelta(heading.children, new Map([['r1', '/akhaliq']])); // 10 - 4 = 6 for `[AK][r1]`
 * ```
 */
export function inlineDelta(nodes: readonly PhrasingContent[], definitions: Definitions): number {
  let delta = 0;
  for (const node of nodes) {
    if (node.type === 'linkReference' || node.type === 'imageReference') {
      const url = definitions.get(normalizeLabel(node.identifier));
      if (url !== undefined) {
        const label = node.label ?? node.identifier;
        const suffix =
          node.referenceType === 'full'
            ? label.length + 2
            : node.referenceType === 'collapsed'
              ? 2
              : 0;
        delta += url.length + 2 - suffix;
      }
    }
    if ('children' in node) delta += inlineDelta(node.children as PhrasingContent[], definitions);
  }
  return delta;
}
