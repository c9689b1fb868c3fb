/**
 * The shape of free text on a card: what a title and an abstract look like when
 * nothing else (a heading, a link, the card's order) says which is which. Measured in
 * one pass; the card machine decides from position first and shape second.
 *
 * @module
 */

/** What one pass over a piece of text finds. */
export interface TextShape {
  readonly length: number;
  /** It has at least one letter: digits and punctuation alone are never a title. */
  readonly letters: boolean;
  /** Words, counting hyphenated parts (`Grammar-Aligned` is two). */
  readonly words: number;
  /** Sentence breaks: `.`, `!` or `?`, a space, then a capital or a digit. */
  readonly breaks: number;
  /** It ends with a full stop, as abstracts do and titles almost never do. */
  readonly endsSentence: boolean;
  readonly colon: boolean;
}

const LETTER = /\p{L}/u;

/**
 * Measure a collapsed piece of text.
 *
 * @example
 * ```ts
 * shapeOf('We propose X. It beats Y.');
 * // { length: 25, letters: true, words: 6, breaks: 1, endsSentence: true, colon: false }
 * ```
 */
export function shapeOf(text: string): TextShape {
  let words = 0;
  let breaks = 0;
  let inWord = false;
  let colon = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3a) colon = true;
    const separator = code === 0x20 || code === 0x2d;
    if (!separator && !inWord) words++;
    inWord = !separator;
    if ((code === 0x2e || code === 0x21 || code === 0x3f) && text.charCodeAt(i + 1) === 0x20) {
      const next = text.charCodeAt(i + 2);
      const capital = (next >= 0x41 && next <= 0x5a) || (next >= 0x30 && next <= 0x39);
      // `J. Smith`, `U.S. Army`: one capital before the dot is an initial, not a sentence.
      const before = text.charCodeAt(i - 1);
      const beforeThat = text.charCodeAt(i - 2);
      const initial =
        before >= 0x41 && before <= 0x5a && !(beforeThat >= 0x61 && beforeThat <= 0x7a);
      if (capital && !(code === 0x2e && initial)) breaks++;
    }
  }
  const last = text.charCodeAt(text.length - 1);
  return {
    length: text.length,
    letters: hasLetter(text),
    words,
    breaks,
    endsSentence: last === 0x2e || last === 0x3002,
    colon,
  };
}

/**
 * Whether text reads as an abstract: sentences, or very long. A title never holds two
 * sentence breaks, and rarely ends with a full stop.
 *
 * @example
 * ```ts
 * isAbstractShaped(shapeOf('We propose X. It beats Y. Code is at Z.')); // true
 * isAbstractShaped(shapeOf('Why think step by step? Reasoning emerges')); // false
 * ```
 */
export function isAbstractShaped(shape: TextShape): boolean {
  if (!shape.letters) return false;
  return (
    shape.breaks >= 2 ||
    (shape.endsSentence && shape.words >= 8) ||
    (shape.breaks >= 1 && shape.length >= 200) ||
    shape.length >= 1000
  );
}

/**
 * Whether text can stand as a title on its own: letters, three words or more (or a
 * colon and two), not abstract-shaped, not overlong. Keeps `Load more` or `Sign in`
 * out of the papers; length alone never makes a title an abstract under 1,000
 * characters, since real titles run past 250.
 *
 * @example
 * ```ts
 * isTitleShaped(shapeOf('Grammar-Aligned Decoding')); // true (three parts)
 * isTitleShaped(shapeOf('mGPT: Few-Shot'));           // true (colon)
 * isTitleShaped(shapeOf('Load more'));                // false
 * ```
 */
export function isTitleShaped(shape: TextShape): boolean {
  return (
    shape.letters &&
    shape.length <= 1000 &&
    !isAbstractShaped(shape) &&
    (shape.words >= 3 || (shape.colon && shape.words >= 2))
  );
}

/**
 * Whether text has at least one letter.
 *
 * @example
 * ```ts
 * hasLetter('-----'); // false
 * hasLetter('3D');    // true
 * ```
 */
export function hasLetter(text: string): boolean {
  return LETTER.test(text);
}
