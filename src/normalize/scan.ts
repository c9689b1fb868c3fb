/**
 * Character tests and tiny scanners the rules share. All take char codes or an index
 * and look at a bounded neighbourhood, so no rule costs more than its match length.
 *
 * @module
 */
import { isSpace } from '../lines/whitespace.js';

/**
 * A blank line (a line break, maybe spaces, another): what ends a paragraph, which no
 * argument of a macro (a link's label, a footnote) runs across.
 */
export const BLANK_LINE = /\n[ \t]*\n/;

/**
 * A Greek letter from U+0391 (Α) to U+03C9 (ω), as the symbol rules print them: the
 * argument a style or a command takes once its Greek macro was read (`\\boldsymbolπ`).
 *
 * @example
 * ```ts
 * isGreek(0x3c0); // true ("π")
 * isGreek(0x61); // false
 * ```
 */
export function isGreek(code: number): boolean {
  return code >= 0x391 && code <= 0x3c9;
}

/**
 * ASCII letter?
 *
 * @example
 * ```ts
 * isLetter(0x61); // true ("a")
 * ```
 */
export function isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/**
 * ASCII capital?
 *
 * @example
 * ```ts
 * isUpper(0x41); // true ("A")
 * ```
 */
export function isUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/**
 * ASCII small letter?
 *
 * @example
 * ```ts
 * isLower(0x61); // true ("a")
 * ```
 */
export function isLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/**
 * ASCII digit?
 *
 * @example
 * ```ts
 * isDigit(0x37); // true ("7")
 * ```
 */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * An ASCII letter or digit: one TeX token a command takes without braces.
 *
 * @example
 * ```ts
 * isAlphanumeric(0x64); // true ('d')
 * isAlphanumeric(0x2d); // false ('-')
 * ```
 */
export function isAlphanumeric(code: number): boolean {
  return isLetter(code) || isDigit(code);
}

/**
 * Letter or digit in any script: the end of a word (`NaN` past either end is neither).
 *
 * @example
 * ```ts
 * isWordChar('é'.charCodeAt(0)); // true
 * isWordChar('，'.charCodeAt(0)); // false
 * ```
 */
export function isWordChar(code: number): boolean {
  if (code < 0x80) return isLetter(code) || isDigit(code);
  // Letters of other scripts count as word characters; spaces and punctuation do not,
  // East Asian ones included (`，`, `（`, `。`), but for full-width letters and digits.
  // (Full-width digits are U+FF10–FF19, letters U+FF21–FF3A and U+FF41–FF5A.)
  if (code >= 0xff00) {
    return (
      code > 0xff65 ||
      (code - 0xff10) >>> 0 < 10 ||
      (code - 0xff21) >>> 0 < 26 ||
      (code - 0xff41) >>> 0 < 26
    );
  }
  return (
    code > 0xbf &&
    code !== 0xd7 &&
    code !== 0xf7 &&
    !(code >= 0x2000 && code <= 0x2bff) &&
    !(code >= 0x3000 && code <= 0x303f)
  );
}

/**
 * Is `code` Chinese, Japanese or Korean: a CJK ideograph, kana, Hangul, or full-width
 * punctuation? Not math letters or emoji (surrogates), which are no script's text.
 *
 * @example
 * ```ts
 * isCjk('（'.charCodeAt(0)); // true
 * isCjk('시'.charCodeAt(0)); // true
 * ```
 */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xffef)
  );
}

/**
 * A single space or a line break: what spaces a word from the next in a text wrapped as
 * arXiv's listings wrap it (`PDI score approx<LF>-1.05`, `accuracy --<LF>models`).
 *
 * @example
 * ```ts
 * isGap(0x0a); // true
 * isGap(0x09); // false
 * ```
 */
export function isGap(code: number): boolean {
  return code === 0x20 || code === 0x0a;
}

/**
 * Does what starts at `at` stand apart on its left: at the text's start, or after a
 * space, a line break ({@link isGap}) or an opening parenthesis? A formula's opener in
 * prose (`a $t-$test`, `($K.$)`) or a number there (`(1.2{sim}1.3`), not one glued to a
 * word or a path (`f=$n-$x`, `runs/2024{sim}5`).
 *
 * @example
 * ```ts
 * standsApartLeft('a ($K.$)', 3); // true
 * standsApartLeft('f=$n-$x', 2); // false
 * ```
 */
export function standsApartLeft(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  return at === 0 || isGap(before) || before === 0x28;
}

/**
 * Does `text` hold a character of Chinese, Japanese or Korean text ({@link isCjk})?
 *
 * @example
 * ```ts
 * hasCjk('红移z~0.7'); // true
 * hasCjk('z~0.7'); // false
 * ```
 */
export function hasCjk(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 0x1100 && isCjk(code)) return true;
  }
  return false;
}

/**
 * Whitespace: the parser's one table (`lines/whitespace.ts`, what `String#trim` sees),
 * so the normalizer and the parser agree on what a blank is.
 *
 * @example
 * ```ts
 * isSpace(0x20); // true
 * ```
 */
export { isSpace };

/**
 * End of the run of ASCII letters starting at `from`.
 *
 * @example
 * ```ts
 * lettersEnd('\\model, x', 1); // 6
 * ```
 */
export function lettersEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length && isLetter(text.charCodeAt(at))) at++;
  return at;
}

/**
 * Start of the run of ASCII letters ending just before `end`, looking back at most
 * `limit` letters (a caller that wants short words need not pay for long ones; past
 * the limit the result is `end - limit - 1`, longer than any word it wants).
 *
 * @example
 * ```ts
 * lettersStart('p leq 0.01', 5); // 2
 * ```
 */
export function lettersStart(text: string, end: number, limit = 64): number {
  let at = end;
  const stop = Math.max(0, end - limit - 1);
  while (at > stop && isLetter(text.charCodeAt(at - 1))) at--;
  return at;
}

/**
 * Is the text from `at` to `end` quoted alone, its quote marks right around it: a straight
 * pair (`"\pm"`, `'\alpha'`) or a curly or angle one (`“\to”`, `‘\le’`, `«\S»`,
 * `「\n」`)? Code's strings and text about a macro's name quote it so; TeX's own
 * opening quote, a backquote, is not among them.
 *
 * @example
 * ```ts
 * quotedAlone('type “\\to” here', 6, 9); // true
 * quotedAlone('the "best" \\to', 11, 14); // false
 * ```
 */
export function quotedAlone(text: string, at: number, end: number): boolean {
  const open = text[at - 1];
  return open !== undefined && Object.hasOwn(QUOTE_PAIRS, open) && text[end] === QUOTE_PAIRS[open];
}

/** Each quote mark a name or an expression may be quoted alone in, with its closing mark. */
export const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '"': '"',
  "'": "'",
  '\u201c': '\u201d',
  '\u2018': '\u2019',
  '\u00ab': '\u00bb',
  '\u300c': '\u300d',
};

/**
 * Whether a string is open at `at`, opened earlier on its line (at most 400 characters
 * back; or `reach` characters back across lines, for a string that spans them) and not
 * closed: an odd count of `"`, or of `'` that stands inside no word and is no TeX
 * closing quote (`''`), or more opening than closing curly quotes (`“…`, `‘…`). An
 * escaped quote (`\"`, `\'`) opens and closes nothing.
 *
 * @example
 * ```ts
 * openString('print("a', 8); // true
 * openString("the model's output", 17); // false
 * openString('echo “hello', 11); // true
 * ```
 */
export function openString(text: string, at: number, reach = 0): boolean {
  const line = (reach ? text.slice(Math.max(0, at - reach), at) : lineBefore(text, at, 400))
    .replace(/\\["']|''/g, '')
    .replace(/(?<=\p{L})['’](?=\p{L})/gu, '');
  let double = 0;
  let single = 0;
  let curly = 0;
  let curlySingle = 0;
  for (const char of line) {
    if (char === '"') double++;
    else if (char === "'") single++;
    else if (char === '\u201c') curly++;
    else if (char === '\u201d') curly--;
    else if (char === '\u2018') curlySingle++;
    else if (char === '\u2019') curlySingle--;
  }
  return double % 2 === 1 || single % 2 === 1 || curly > 0 || curlySingle > 0;
}

/**
 * The part of `at`'s line before it, `reach` characters back at most: a guard's context
 * searched within reach, not back to the line's start (a long line of candidates would
 * make that quadratic).
 *
 * @example
 * ```ts
 * lineBefore('a\nbc d', 5, 80); // 'bc '
 * lineBefore('abcdef', 6, 3); // 'def'
 * ```
 */
export function lineBefore(text: string, at: number, reach: number): string {
  const back = text.slice(Math.max(0, at - reach), at);
  return back.slice(back.lastIndexOf('\n') + 1);
}

/**
 * The part of `from`'s line from it on, `reach` characters ahead at most.
 *
 * @example
 * ```ts
 * lineAfter('ab c\nd', 1, 80); // 'b c'
 * ```
 */
export function lineAfter(text: string, from: number, reach: number): string {
  const ahead = text.slice(from, from + reach);
  const newline = ahead.indexOf('\n');
  return newline < 0 ? ahead : ahead.slice(0, newline);
}

/**
 * Start of the run of non-space characters (a token: a path, a name, a URL) ending just
 * before `end`, looking back at most `limit` characters.
 *
 * @example
 * ```ts
 * tokenStart('see hub/models--gpt2', 14, 80); // 4
 * ```
 */
export function tokenStart(text: string, end: number, limit: number): number {
  let at = end;
  const stop = Math.max(0, end - limit);
  while (at > stop && !isSpace(text.charCodeAt(at - 1))) at--;
  return at;
}

/**
 * End of the run of non-space characters starting at `from`, looking ahead at most
 * `limit` characters.
 *
 * @example
 * ```ts
 * tokenEnd('models--gpt2 here', 6, 80); // 12
 * ```
 */
export function tokenEnd(text: string, from: number, limit: number): number {
  let at = from;
  const stop = Math.min(text.length, from + limit);
  while (at < stop && !isSpace(text.charCodeAt(at))) at++;
  return at;
}

/**
 * End of a decimal number (`7`, `2.44`, `1,000`) starting at `from`, or `from` if none.
 * A comma is a thousands separator only before a group of exactly three digits after
 * one to three (`12,500`; `1,2` is a list).
 *
 * @example
 * ```ts
 * numberEnd('2.44times', 0); // 4
 * numberEnd('1,000 hours', 0); // 5
 * numberEnd('1,2 and', 0); // 1
 * ```
 */
export function numberEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length && isDigit(text.charCodeAt(at))) at++;
  if (at === from) return from;
  if (at - from <= 3) {
    while (
      text.charCodeAt(at) === 0x2c &&
      isDigit(text.charCodeAt(at + 1)) &&
      isDigit(text.charCodeAt(at + 2)) &&
      isDigit(text.charCodeAt(at + 3)) &&
      !isDigit(text.charCodeAt(at + 4))
    ) {
      at += 4;
    }
  }
  if (text.charCodeAt(at) === 0x2e && isDigit(text.charCodeAt(at + 1))) {
    at += 1;
    while (at < text.length && isDigit(text.charCodeAt(at))) at++;
  }
  return at;
}

/**
 * Start of the run of digits and points ending just before `end` (a number, a version,
 * a dotted list of them), or `end` if none. Unlike {@link numberStart} it takes any
 * number of points.
 *
 * @example
 * ```ts
 * decimalsStart('Node~18.17.1~', 12); // 5
 * ```
 */
export function decimalsStart(text: string, end: number): number {
  let at = end;
  while (at > 0 && (isDigit(text.charCodeAt(at - 1)) || text.charCodeAt(at - 1) === 0x2e)) at--;
  return at;
}

/**
 * Start of a decimal number ending just before `end`, or `end` if none.
 *
 * @example
 * ```ts
 * numberStart('at least 2.44times', 13); // 9
 * ```
 */
export function numberStart(text: string, end: number): number {
  let at = end;
  while (at > 0 && isDigit(text.charCodeAt(at - 1))) at--;
  if (at === end) return end;
  if (text.charCodeAt(at - 1) === 0x2e && isDigit(text.charCodeAt(at - 2))) {
    at -= 1;
    while (at > 0 && isDigit(text.charCodeAt(at - 1))) at--;
  }
  return at;
}

/**
 * The index of the `}` closing a group whose `{` is at `open`, counting nested
 * groups and skipping escaped braces; `-1` when it does not close within `limit`
 * code units (bounded, so hostile input stays linear).
 *
 * @example
 * ```ts
 * closingBrace('{a{b}c}d', 0); // 6
 * ```
 */
export function closingBrace(text: string, open: number, limit = 400): number {
  let depth = 0;
  const stop = Math.min(text.length, open + limit);
  for (let at = open; at < stop; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x5c) at++;
    else if (code === 0x7b) depth++;
    else if (code === 0x7d && --depth === 0) return at;
  }
  return -1;
}

/**
 * The index of the `{` opening a group that closes at `close` and holds no other brace,
 * looked for at most `limit` code units back (bounded, so a guard asking at every
 * candidate stays linear); `-1` when a brace comes first or none is in reach.
 *
 * @example
 * ```ts
 * openingBrace('\\link{Code}', 10, 40); // 5
 * openingBrace('{a}b}', 4, 40); // -1
 * ```
 */
export function openingBrace(text: string, close: number, limit: number): number {
  const stop = Math.max(0, close - limit);
  for (let at = close - 1; at >= stop; at--) {
    const code = text.charCodeAt(at);
    if (code === 0x7b) return at;
    if (code === 0x7d) return -1;
  }
  return -1;
}

/**
 * The index of the `{` opening a script's group (right after `^` or `_`) that closes at
 * `close`, found as {@link openingBrace} finds it; `-1` when the group is no script's.
 *
 * @example
 * ```ts
 * scriptGroupStart('m^{O(1/2)}', 9, 80); // 2
 * scriptGroupStart('\\cite{a}', 7, 80); // -1
 * ```
 */
export function scriptGroupStart(text: string, close: number, limit: number): number {
  const open = openingBrace(text, close, limit);
  if (open < 1) return -1;
  const mark = text.charCodeAt(open - 1);
  return mark === 0x5e || mark === 0x5f ? open : -1;
}

/**
 * Whether the line holding `at` starts, past its blanks, with a bar: a Markdown table's
 * row (`| $x$ | y |`), where a bar is a cell's edge. `at` stands on the line's text,
 * so the blanks skipped never run past its end.
 *
 * @example
 * ```ts
 * opensTableRow('a\n  | $x$ |', 6); // true
 * opensTableRow('a | $x$', 4); // false
 * ```
 */
export function opensTableRow(text: string, at: number): boolean {
  let start = text.lastIndexOf('\n', at) + 1;
  while (isSpace(text.charCodeAt(start))) start++;
  return text.charCodeAt(start) === 0x7c;
}

/**
 * Whether only spaces and tabs stand between the line's start and `at` (an indent).
 *
 * @example
 * ```ts
 * firstOnLine('a\n  @misc{k,', 4); // true
 * firstOnLine('see @misc{k,', 4); // false
 * ```
 */
export function firstOnLine(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
  return k === 0 || text.charCodeAt(k - 1) === 0x0a;
}

/**
 * Whether the line that the line break at `at` ends holds 40 characters or more: a
 * wrapped line's, as arXiv's API wraps abstracts near 80 columns.
 *
 * @example
 * ```ts
 * longLineBefore('Run it 5 times\n2. Then', 14); // false
 * ```
 */
export function longLineBefore(text: string, at: number): boolean {
  return at - text.lastIndexOf('\n', at - 1) > 40;
}

/**
 * Whether the line break at `at` wraps prose: the line it ends or the one it starts
 * holds 40 characters or more, as arXiv's API wraps abstracts near 80 columns (a
 * snippet cut from one may start its first line mid-way); two short lines are a
 * list's, a log's or a keymap's (`Run it 5 times` / `2. Then`, `` `ayin `` / `X'`).
 *
 * @example
 * ```ts
 * wrapsLine('a line of prose that runs for more than forty\nchars', 45); // true
 * wrapsLine('Run it 5 times\n2. Then', 14); // false
 * ```
 */
export function wrapsLine(text: string, at: number): boolean {
  if (longLineBefore(text, at)) return true;
  const next = text.indexOf('\n', at + 1);
  return (next < 0 ? text.length : next) - at > 40;
}

/**
 * Where the name of a macro that ends right before `at` starts (just after its
 * backslash), or -1 when the letters there are no macro's name: none, no backslash
 * before them, or a doubled one (`\\\\frac` is a line break, then a word).
 *
 * @example
 * ```ts
 * macroNameStart('\\frac{', 5); // 1
 * macroNameStart('2k{', 2); // -1
 * ```
 */
export function macroNameStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
  if (start === at || text.charCodeAt(start - 1) !== 0x5c || text.charCodeAt(start - 2) === 0x5c) {
    return -1;
  }
  return start;
}

/**
 * Whether a number ends right before `end` and stands alone: its digits (and decimal
 * point) run back to no word character, script mark, backslash or closing brace, so it is no
 * script's (`x_1`), no macro's argument (`\\frac12`) and no name's (`v2`).
 *
 * @example
 * ```ts
 * numberBefore('a 13{', 4); // true
 * numberBefore('x_1{', 3); // false
 * numberBefore('\\frac12{', 7); // false
 * ```
 */
export function numberBefore(text: string, end: number): boolean {
  const start = decimalsStart(text, end);
  if (start === end) return false;
  const before = text.charCodeAt(start - 1);
  return !(isWordChar(before) || '^_\\}'.includes(text[start - 1] ?? ' '));
}

const DIGITS = '0123456789';

/**
 * Whether `test` holds at some digit of `text`. Ten native searches, one per digit, so
 * a gate that cares about numbers never walks the text in JavaScript.
 *
 * @example
 * ```ts
 * someDigit('pages 1 to 3', (text, at) => text[at - 1] === ' '); // true
 * ```
 */
export function someDigit(text: string, test: (text: string, at: number) => boolean): boolean {
  for (let k = 0; k < DIGITS.length; k++) {
    const digit = DIGITS[k] as string;
    let at = text.indexOf(digit);
    while (at !== -1) {
      if (test(text, at)) return true;
      at = text.indexOf(digit, at + 1);
    }
  }
  return false;
}
