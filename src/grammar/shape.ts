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
  /** Spaces: a title or an abstract has some; `root:x:0:0:root:/root:/bin/bash` has none. */
  readonly spaces: number;
  /**
   * Characters of machine text (`:` `/` `=` `;` `|` `<` `>` `@` `#`), outside URLs:
   * prose uses a colon or two, a config line or a path a run of them.
   */
  readonly symbols: number;
}

const LETTER = /\p{L}/u;

/** `TextShape.symbols`' characters, by ASCII code. */
const SYMBOLS = new Uint8Array(128);
// Not LaTeX's `\\ { } _ ^ $`: abstracts with math are prose.
for (const char of ':/=;|<>@#') SYMBOLS[char.charCodeAt(0)] = 1;

/**
 * Measure a collapsed piece of text.
 *
 * @example
 * ```ts
 * shapeOf('We propose a model. It beats the rest.');
 * // { length: 38, letters: true, words: 8, breaks: 1, endsSentence: true, colon: false,
 * //   spaces: 7, symbols: 0 }
 * ```
 */
export function shapeOf(text: string): TextShape {
  let words = 0;
  let breaks = 0;
  let inWord = false;
  let colon = false;
  let spaces = 0;
  let symbols = 0;
  // Inside a URL (`http…` or `www.…` to the next space) symbols are not counted.
  let url = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3a) colon = true;
    if (code === 0x20) {
      spaces++;
      url = false;
    } else if (!inWord && (text.startsWith('http', i) || text.startsWith('www.', i))) url = true;
    else if (!url && code < 0x80 && SYMBOLS[code] === 1) symbols++;
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
    spaces,
    symbols,
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
    isProse(shape) &&
    !isAbstractShaped(shape) &&
    (shape.words >= 3 || (shape.colon && shape.words >= 2))
  );
}

/**
 * Whether text reads as prose rather than machine text: a space between words, and few
 * of the characters config lines and paths are made of.
 *
 * @example
 * ```ts
 * isProse(shapeOf('mGPT: Few-Shot Learners')); // true
 * isProse(shapeOf('root:x:0:0:root:/root:/bin/bash')); // false
 * ```
 */
export function isProse(shape: TextShape): boolean {
  return shape.spaces > 0 && !isMachineText(shape);
}

/**
 * Whether text is made of machine-text characters: more than three, and more than one
 * in forty.
 *
 * @example
 * ```ts
 * isMachineText(shapeOf('backup:x:34:34:backup:/var/backups:/usr/sbin/nologin')); // true
 * isMachineText(shapeOf('Attention: all you need')); // false
 * ```
 */
export function isMachineText(shape: TextShape): boolean {
  return shape.symbols > Math.max(3, shape.length / 40);
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
