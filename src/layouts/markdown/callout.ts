/**
 * A clipper's callout: the user's note, no part of the page. Notion writes one as an
 * `<aside>` HTML block, Obsidian and GitHub as a quote marked `[!note]`:
 *
 * ```markdown
 * <aside>                          ← opens it (an HTML block, ended by a blank line)
 *
 * ⚠️ Already covered in December   ← the note's paragraphs
 *
 * Skip unless time.
 *
 * </aside>                         ← closes it
 * ```
 *
 * Top-level blocks only. The note's paragraphs between its tags are the callout's only
 * when its closing tag comes before any heading or thematic break, within
 * {@link MAX_BLOCKS} blocks: a clipper that dropped `</aside>` leaves them card text,
 * read as before. The piece cutter holds a piece whose callout is still open at its end
 * (`pieces.ts`), so a capture read in pieces reads it as a whole-document parse does.
 *
 * @module
 */
import type { RootContent } from 'mdast';

/** An HTML block opening a callout (`<aside>`), and the tag that closes one. */
const ASIDE_OPEN = /^<aside[\s>]/i;
const ASIDE_CLOSE = /^<\/aside\s*>$/i;

/** A quote's first words marking it a callout (`[!note]`, `[!TIP]-`, `[!quote]+`). */
const QUOTE_CALLOUT = /^\[![A-Za-z][\w-]{0,20}\][+-]?(?:\s|$)/;

/** Most blocks between a callout's tags: a note is a few paragraphs. */
const MAX_BLOCKS = 12;

/**
 * Whether a top-level block is a callout's on its own: the HTML block its `<aside>`
 * opens, a paragraph its `</aside>` closes (`💡 Clipped for the reading group.</aside>`),
 * or a quote Obsidian or GitHub marks as one (`> [!note] Why I clipped this`).
 *
 * @example
 * ```ts
 * isCallout({ type: 'html', value: '<aside>\n💡 Clipped for the reading group.' }); // true
 * ```
 */
function isCallout(node: RootContent): boolean {
  if (node.type === 'html') return ASIDE_OPEN.test(node.value);
  if (node.type === 'blockquote') {
    // Obsidian's and GitHub's callouts: `> [!note] Why I clipped this` / `> …`.
    const first = node.children[0];
    const text = first?.type === 'paragraph' ? first.children[0] : undefined;
    return text?.type === 'text' && QUOTE_CALLOUT.test(text.value);
  }
  return closesCallout(node);
}

/**
 * Where the callout that `blocks[index]` opens ends: the index of the block its
 * `</aside>` closes, `index` itself for a callout of one block, `-1` when the blocks
 * end with it still open (a piece that must grow), or `undefined` when `blocks[index]`
 * opens none.
 *
 * @example
 * ```ts
 * // <aside> / ⚠️ Already covered / Skip unless time. / </aside>
 * calloutEnd(blocks, 0); // 3
 * calloutEnd([aside, paragraph], 0); // -1
 * ```
 */
export function calloutEnd(blocks: readonly RootContent[], index: number): number | undefined {
  const node = blocks[index];
  if (node === undefined || !isCallout(node)) return undefined;
  if (node.type !== 'html' || node.value.includes('</aside')) return index;
  const last = Math.min(blocks.length, index + 1 + MAX_BLOCKS);
  for (let at = index + 1; at < last; at++) {
    const block = blocks[at] as RootContent;
    if (block.type === 'heading' || block.type === 'thematicBreak') return index;
    if (closesCallout(block)) return at;
  }
  return last === blocks.length ? -1 : index;
}

/**
 * Whether the blocks end inside a callout whose closing tag may still come.
 *
 * @example
 * ```ts
 * openCalloutAtEnd([aside, paragraph]); // true
 * ```
 */
export function openCalloutAtEnd(blocks: readonly RootContent[]): boolean {
  for (let at = blocks.length - 1; at >= 0 && at >= blocks.length - 1 - MAX_BLOCKS; at--) {
    const block = blocks[at] as RootContent;
    if (block.type === 'heading' || block.type === 'thematicBreak' || closesCallout(block)) {
      return false;
    }
    if (block.type === 'html' && ASIDE_OPEN.test(block.value)) return calloutEnd(blocks, at) === -1;
  }
  return false;
}

/** A block its `</aside>` ends: the tag alone, or a paragraph's last inline HTML. */
function closesCallout(node: RootContent): boolean {
  if (node.type === 'html') return ASIDE_CLOSE.test(node.value.trim());
  if (node.type !== 'paragraph') return false;
  const last = node.children[node.children.length - 1];
  return last?.type === 'html' && ASIDE_CLOSE.test(last.value.trim());
}
