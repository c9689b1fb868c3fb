/**
 * A control word's name runs to the first character that is no ASCII letter, so a fix
 * that leaves a letter right after a macro no rule knows would lengthen its name:
 * `\boxtimes\textbf{x}` would read `\boxtimesx`. TeX skips the space after a control
 * word, so one space between them reads the same and keeps the two apart:
 * `\boxtimes x`; after a symbol's name, an empty group, which the symbol takes when a
 * later pass reads it. The pass asks this at every fix's edges.
 *
 * @module
 */
import { isKnownMacro } from './rules/unknown-macros.js';
import { isLetter, lettersStart } from './scan.js';
import { LOGOS, SYMBOL_MACROS } from './tables/symbols.js';

/**
 * The control word of two letters or more that output made of `pieces`, then `tail`,
 * ends with (`\foo`, not `\\foo`, which is a line break and a word), or `''`. Empty
 * pieces are skipped: they are fixes that removed their text. One letter is left out:
 * `\n` and `\t` before a word are mostly a string's escapes that stayed escaped
 * (`denote\n$B$`), and TeX's one-letter words are accents the rules read; so is a name
 * no rule knows that starts with an escape's letter right after a word (`of\nun$x$`).
 *
 * @example
 * ```ts
 * controlWordBefore(['$L\\boxtimes', ''], ''); // 'boxtimes'
 * controlWordBefore(['a \\\\', ''], 'foo');   // ''
 * controlWordBefore(['denote\\n', ''], '');   // ''
 * controlWordBefore(['of\\nun', ''], '');      // ''
 * ```
 */
export function controlWordBefore(pieces: readonly string[], tail: string): string {
  let piece = tail;
  for (let k = pieces.length - 1; piece === '' && k >= 0; k--) piece = pieces[k] as string;
  const start = lettersStart(piece, piece.length, Number.POSITIVE_INFINITY);
  if (piece.length - start < 2) return '';
  // An odd run of backslashes: the last one starts the name (`\\\foo` is `\\`, `\foo`).
  let slash = start;
  while (piece.charCodeAt(slash - 1) === 0x5c) slash--;
  if ((start - slash) % 2 === 0) return '';
  const name = piece.slice(start);
  // A string's escape glued after a word and before another (`of\nun$\underline{c}$heatable`
  // in a JSON dump) is no name, unless some rule knows it (`\nabla`, `\theta`); after a
  // macro's name it is one (`\bLt\trans`).
  return escapeBeforeWord(piece, slash, name) ? '' : name;
}

/**
 * Whether `\name` at `slash` is a string's `\n` glued between words: an unknown name that
 * starts with `n` right after letters that are a word of two or more, or another such
 * escape and its word (`via\nConstrained\nit`), not a macro's name (`\bLn\nu`), a
 * formula's one-letter variable (`$x\nrightarrow$`) or TeX's own (`TeX\newline`).
 *
 * @example
 * ```ts
 * escapeBeforeWord('of\\nun', 2, 'nun'); // true
 * escapeBeforeWord('\\bLt\\nun', 4, 'nun'); // false
 * ```
 */
function escapeBeforeWord(piece: string, slash: number, name: string): boolean {
  if (!ESCAPE_LETTERS.includes(name[0] as string) || isKnownMacro(name) || TEX_N.has(name)) {
    return false;
  }
  const word = lettersStart(piece, slash, Number.POSITIVE_INFINITY);
  // A word of two letters or more: one letter is a formula's variable (`$x\nrightarrow`).
  if (slash - word < 2) return false;
  if (piece.charCodeAt(word - 1) !== 0x5c) return true;
  const before = piece.slice(word, slash);
  return ESCAPE_LETTERS.includes(before[0] as string) && !isKnownMacro(before);
}

/**
 * The letter of the escape a stored string keeps glued between words: `\n`. (Not `\t`:
 * rare there, and TeX writes `URL\textunderscore$x$` and `Z_i\trans Z_i`.)
 */
const ESCAPE_LETTERS = 'n';

/** TeX's own names that start with `n` and follow a word, which no rule reads. */
const TEX_N = new Set(['newline', 'nonumber', 'nobreak', 'nolimits', 'newpage', 'nopagebreak']);

/**
 * What keeps `\name` apart from a letter after it: an empty group after a symbol's
 * name, which the symbol takes with it when a later pass reads it (`${\mu}$m` →
 * `\mu{}m` → `μm`); a space after any other, which TeX skips (`\boxtimes x`, and
 * `\hat S` is `\hat{S}`).
 *
 * @example
 * ```ts
 * separatorAfter('mu');       // '{}'
 * separatorAfter('boxtimes'); // ' '
 * ```
 */
export function separatorAfter(name: string): string {
  return Object.hasOwn(SYMBOL_MACROS, name) || Object.hasOwn(LOGOS, name) ? '{}' : ' ';
}

/**
 * Whether `text` starts with an ASCII letter, which a control word before it would take in.
 *
 * @example
 * ```ts
 * startsWithLetter('x}'); // true
 * startsWithLetter('×');  // false
 * ```
 */
export function startsWithLetter(text: string): boolean {
  return isLetter(text.charCodeAt(0));
}
