/**
 * Citation markers: crawl4ai's `markdown_with_citations` turns each link into its text
 * and a numbered marker, the URLs listed at the end (`Hugging Face⟨1⟩`, `### Qwen3
 * Technical Report⟨35⟩`). Whether a capture uses them is decided once, on the window
 * layout detection reads, so batch and stream agree; the Markdown lowering drops them
 * (`markdown/citations.ts`).
 *
 * @module
 */

/** A marker: `⟨`, one to four digits, `⟩`. */
export const CITATION_MARKER = /⟨\d{1,4}⟩/g;
/** Markers a capture's window holds before they are read as syntax. */
const MIN_MARKERS = 5;

/**
 * Whether a capture's window uses citation markers for its links (five or more).
 *
 * @example
 * ```ts
 * hasCitations('Models⟨2⟩ Datasets⟨3⟩ Spaces⟨4⟩ Docs⟨6⟩ Pricing⟨8⟩'); // true
 * hasCitations('the state ⟨0⟩ and ⟨1⟩'); // false
 * ```
 */
export function hasCitations(sample: string): boolean {
  let count = 0;
  CITATION_MARKER.lastIndex = 0;
  while (CITATION_MARKER.exec(sample) !== null) if (++count >= MIN_MARKERS) return true;
  return false;
}
