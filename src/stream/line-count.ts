/**
 * Count line endings as the line splitter sees them (`\n`, `\r\n`, `\r`), across chunk
 * boundaries. Only needed to place a `block-too-large` diagnostic, so it uses native
 * `indexOf` scans and keeps one flag of state.
 *
 * @module
 */

/** A running count of line endings. */
export interface LineCounter {
  /** Count the line endings in `text`, the next piece of input. */
  add(text: string): void;
  /** The 1-based number of the line in progress. */
  readonly line: number;
}

/**
 * Create a counter.
 *
 * @example
 * ```ts
 * const counter = createLineCounter();
 * counter.add('a\r');
 * counter.add('\nb\rc');
 * counter.line; // 3
 * ```
 */
export function createLineCounter(): LineCounter {
  let breaks = 0;
  let endsWithCR = false;
  return {
    add(text) {
      if (text.length === 0) return;
      // A CR ending the previous piece and an LF starting this one are one CRLF.
      if (endsWithCR && text.charCodeAt(0) === 0x0a) breaks--;
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) breaks++;
      for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) {
        if (text.charCodeAt(at + 1) !== 0x0a) breaks++;
      }
      // A CR at the very end was counted above (no LF after it yet): undone if one comes.
      endsWithCR = text.charCodeAt(text.length - 1) === 0x0d;
    },
    get line() {
      return breaks + 1;
    },
  };
}
