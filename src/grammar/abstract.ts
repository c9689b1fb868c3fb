/**
 * The shape of an abstract: long, or made of sentences. Real abstracts on these
 * pages run 1,300 characters and more; a title never holds two sentence breaks.
 *
 * @module
 */

/** A line this long is an abstract whatever it says (the longest real title is ~150). */
const ABSTRACT_LENGTH = 250;

/**
 * Whether a line reads as an abstract rather than a title.
 *
 * @example
 * ```ts
 * looksLikeAbstract('We propose X. It beats Y. Code is at Z.'); // true (sentences)
 * looksLikeAbstract('Why think step by step? Reasoning emerges'); // false (one break)
 * ```
 */
export function looksLikeAbstract(line: string): boolean {
  if (line.length >= ABSTRACT_LENGTH) return true;
  let breaks = 0;
  // A sentence break: . ! or ? then a space then a capital or a digit.
  for (let i = 0; i + 2 < line.length; i++) {
    const code = line.charCodeAt(i);
    if ((code === 0x2e || code === 0x21 || code === 0x3f) && line.charCodeAt(i + 1) === 0x20) {
      const next = line.charCodeAt(i + 2);
      if ((next >= 0x41 && next <= 0x5a) || (next >= 0x30 && next <= 0x39)) {
        breaks++;
        if (breaks === 2) return true;
      }
    }
  }
  return false;
}
