/**
 * Citation markers: crawl4ai's `markdown_with_citations` turns each link into its text
 * and a numbered marker, the URLs listed at the end (`Hugging Face⟨1⟩`, `### Qwen3
 * Technical Report⟨35⟩`). On such a capture a marker is link syntax: it leaves the
 * visible text (a title is no `Title⟨35⟩`) and stays in the source. A link's start is
 * lost, so a marker after a digit stays: the count may be glued to the text before it.
 *
 * @module
 */
import { CITATION_MARKER as MARKER } from '../citation-markers.js';
import type { LineText } from '../line-text.js';

/**
 * Append a text node's `value`, whose source is `input[from, to)`, without its
 * markers: each piece between them keeps its own source range.
 *
 * @example
 * ```ts
 * appendWithoutCitations(text, input, 'Qwen3 Technical Report⟨35⟩', 100, 126, true);
 * // text gains 'Qwen3 Technical Report', mapped to [100, 122)
 * ```
 */
export function appendWithoutCitations(
  text: LineText,
  input: string,
  value: string,
  from: number,
  to: number,
  split: boolean,
): void {
  let valueAt = 0;
  let sourceAt = from;
  MARKER.lastIndex = 0;
  for (let match = MARKER.exec(value); match !== null; match = MARKER.exec(value)) {
    // After a digit the marker stays: the link's text may be a count glued to what stood
    // before it (`Jan 1` + `[3](…#community)` → `Jan 13⟨8⟩`), which without the marker
    // would read as another date.
    const before = value.charCodeAt(match.index - 1);
    if (before >= 0x30 && before <= 0x39) continue;
    const at = input.indexOf(match[0], sourceAt);
    // A marker the source does not hold as written (never, for digits): kept as text.
    if (at === -1 || at + match[0].length > to) continue;
    if (match.index > valueAt) text.append(value.slice(valueAt, match.index), sourceAt, at, split);
    valueAt = match.index + match[0].length;
    sourceAt = at + match[0].length;
  }
  if (valueAt < value.length) text.append(value.slice(valueAt), sourceAt, to, split);
}
