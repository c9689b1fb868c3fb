/**
 * The shape of free text on a card: what a title and an abstract look like when
 * nothing else (a heading, a link, the card's order) says which is which. Measured in
 * linear time, mostly by native searches; the card machine decides from position first
 * and shape second.
 *
 * @module
 */

/** What a look at a piece of text finds. */
export interface TextShape {
  readonly length: number;
  /** It has at least one letter: digits and punctuation alone are never a title. */
  readonly letters: boolean;
  /**
   * Words, counting hyphenated parts (`Grammar-Aligned` is two), up to
   * {@link WORDS_SEEN}: no decision asks about more, so an abstract's count stops there.
   */
  readonly words: number;
  /**
   * Sentence breaks (`.`, `!` or `?`, a space, then a capital or a digit), up to
   * {@link BREAKS_SEEN}.
   */
  readonly breaks: number;
  /** It ends with a full stop, as abstracts do and titles almost never do. */
  readonly endsSentence: boolean;
  readonly colon: boolean;
  /** A space: a title or an abstract has some; `root:x:0:0:root:/root:/bin/bash` has none. */
  readonly spaced: boolean;
  /**
   * Characters of machine text (`:` `/` `=` `;` `|` `<` `>` `@` `#`), outside URLs:
   * prose uses a colon or two, a config line or a path a run of them.
   */
  readonly symbols: number;
}

/** Words past this many change no decision (the most asked is "eight or more"). */
export const WORDS_SEEN = 9;
/** Sentence breaks past this many change no decision (an abstract has two). */
export const BREAKS_SEEN = 2;

const LETTER = /\p{L}/u;
// Not LaTeX's `\\ { } _ ^ $`: abstracts with math are prose. Each is found by its own
// native search, or, past {@link SORTED_SYMBOLS}, by one scan of their class.
const SYMBOLS = ':/=;|<>@#';
const SYMBOL = new RegExp(`[${SYMBOLS}]`, 'g');

/**
 * Measure a collapsed piece of text. Words are counted from the start until enough are
 * seen, so an abstract costs a few dozen characters there; breaks and the other fields
 * are native searches. Linear in the text.
 *
 * @example
 * ```ts
 * shapeOf('We propose a model. It beats the rest.');
 * // { length: 38, letters: true, words: 8, breaks: 1, endsSentence: true, colon: false,
 * //   spaced: true, symbols: 0 }
 * ```
 */
export function shapeOf(text: string): TextShape {
  const length = text.length;
  const last = text.charCodeAt(length - 1);
  return {
    length,
    letters: hasLetter(text),
    words: wordsOf(text),
    breaks: breaksOf(text),
    endsSentence: last === 0x2e || last === 0x3002,
    colon: text.includes(':'),
    spaced: text.includes(' '),
    symbols: symbolsOf(text),
  };
}

/**
 * Words, counting hyphenated parts, up to {@link WORDS_SEEN}: the loop stops there.
 *
 * @example
 * ```ts
 * wordsOf('Grammar-Aligned Decoding'); // 3
 * ```
 */
function wordsOf(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words < WORDS_SEEN; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x2d) inWord = false;
    else if (!inWord) {
      words++;
      inWord = true;
    }
  }
  return words;
}

/** What a sentence break starts with: its mark and the space after it. */
const BREAK_MARKS = ['. ', '! ', '? '] as const;

/**
 * Sentence breaks, up to {@link BREAKS_SEEN}, found by a native search per mark: a
 * character loop over an abstract's first sentences cost more than the rest of its
 * shape together.
 *
 * @example
 * ```ts
 * breaksOf('It works. We show it. Yes!'); // 2
 * breaksOf('by J. Smith and A. N. Other'); // 0
 * ```
 */
function breaksOf(text: string): number {
  let breaks = 0;
  for (const mark of BREAK_MARKS) {
    for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 2)) {
      if (isBreak(text, at) && ++breaks === BREAKS_SEEN) return breaks;
    }
  }
  return breaks;
}

/**
 * Whether the `.`, `!` or `?` at `at` ends a sentence: a space, then a capital or a
 * digit; and not a dot after one capital, which is an initial (`J. Smith`, `U.S. Army`).
 *
 * @example
 * ```ts
 * isBreak('It works. We show', 8); // true
 * isBreak('by J. Smith', 4);       // false
 * ```
 */
function isBreak(text: string, at: number): boolean {
  if (text.charCodeAt(at + 1) !== 0x20) return false;
  const next = text.charCodeAt(at + 2);
  if (!((next >= 0x41 && next <= 0x5a) || (next >= 0x30 && next <= 0x39))) return false;
  if (text.charCodeAt(at) !== 0x2e) return true;
  const before = text.charCodeAt(at - 1);
  const beforeThat = text.charCodeAt(at - 2);
  return !(before >= 0x41 && before <= 0x5a && !(beforeThat >= 0x61 && beforeThat <= 0x7a));
}

/** Past this many symbols a text is read by one class scan instead, already in order. */
const SORTED_SYMBOLS = 64;

/**
 * Count machine-text characters outside URLs. A URL runs from a word start (after a
 * space, a hyphen or the text's start) that reads `http` or `www.` to the next space.
 *
 * @example
 * ```ts
 * symbolsOf('root:x:0:0');                   // 3
 * symbolsOf('Code: https://github.com/a/b'); // 1 (the URL's are not counted)
 * ```
 */
function symbolsOf(text: string): number {
  const positions = symbolPositions(text);
  return positions.length === 0 ? 0 : outsideUrls(text, positions);
}

/**
 * Where the symbols are, in order. Nine native searches and a sort of the few they
 * find: on the 8 M characters a parse of the bench corpus measures, a third of one
 * class scan's cost, which reads every character. A text with more symbols than
 * {@link SORTED_SYMBOLS} (a config line) goes back to the class scan, so no sort grows
 * with the input.
 *
 * @example
 * ```ts
 * symbolPositions('a/b: c'); // [1, 3]
 * ```
 */
function symbolPositions(text: string): number[] {
  const found: number[] = [];
  for (const symbol of SYMBOLS) {
    for (let at = text.indexOf(symbol); at !== -1; at = text.indexOf(symbol, at + 1)) {
      if (found.length === SORTED_SYMBOLS) return scannedPositions(text);
      found.push(at);
    }
  }
  return found.sort((a, b) => a - b);
}

/**
 * Every symbol's position by one scan of the class, in order.
 *
 * @example
 * ```ts
 * scannedPositions('a=1;b=2'); // [1, 3, 5]
 * ```
 */
function scannedPositions(text: string): number[] {
  const found: number[] = [];
  SYMBOL.lastIndex = 0;
  // `test` moves `lastIndex` past each symbol and builds no match object.
  while (SYMBOL.test(text)) found.push(SYMBOL.lastIndex - 1);
  return found;
}

/**
 * How many of the symbols at `positions` (in order) stand outside URLs. Each
 * space-delimited token is looked at once, however many symbols it holds, and the
 * search for hyphens only moves forward: linear however the symbols fall.
 *
 * @example
 * ```ts
 * outsideUrls('Code: https://x.org', [4, 11, 12, 13]); // 1
 * ```
 */
function outsideUrls(text: string, positions: readonly number[]): number {
  let symbols = 0;
  let tokenEnd = -1;
  let url = -1;
  // The first hyphen at or after the last place looked from; -1 when there is none left.
  let hyphen = -2;
  for (const at of positions) {
    if (at >= tokenEnd) {
      const start = text.lastIndexOf(' ', at) + 1;
      tokenEnd = text.indexOf(' ', at);
      if (tokenEnd === -1) tokenEnd = text.length;
      // Word starts in the token: its start, and after each hyphen in it.
      url = -1;
      for (let from = start; ; ) {
        if (text.startsWith('http', from) || text.startsWith('www.', from)) {
          url = from;
          break;
        }
        if (hyphen !== -1 && hyphen < from) hyphen = text.indexOf('-', from);
        if (hyphen === -1 || hyphen >= tokenEnd) break;
        from = hyphen + 1;
      }
    }
    if (url === -1 || url > at) symbols++;
  }
  return symbols;
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
  return shape.spaced && !isMachineText(shape);
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
