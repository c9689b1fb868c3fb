/**
 * `json-escapes`: a JSON dump whose LaTeX backslashes were not doubled turned `\t`
 * and `\f` into control characters, so `3.6\times` reads `3.6`, TAB, `imes`. Where
 * the control character and the letters after it spell a macro some rule knows
 * (`times`, `theta`, `textbf{`, `frac{`), the backslash and the letter come back, and
 * the next pass reads the macro. Inside a `$…$` formula, which is math whatever it
 * holds, a backspace (`\beta`) and a carriage return (`\rho`) are read too, and any
 * name a rule reads (`$<TAB>au=0.7$`). Outside one, `\b`, `\r` and `\n` are left
 * out: a search for each would cost every clean text about 1.5 % more, and a line break
 * before a word is ordinary text; the `$` the formula needs is searched anyway.
 *
 * A `\uXXXX` escape left as written by a dump read as text is its character where it
 * touches a word (`model\u2019s` → `model’s`); in code it stands in strings and patterns.
 * So is a run of Python's `\xHH` escapes (a title printed with `repr`), as UTF-8 when
 * its bytes are that (`G\xc3\xb6rz` → `Görz`), else Latin-1 (`M\xf6bius` → `Möbius`).
 * And a run of `\n` escapes glued between words in prose is the line breaks a printed
 * or twice-escaped dump kept so (`for the\nfirst time` → a line break), where the word
 * after starts no macro (`\nu`, `\newblock`) and no code's string or token holds it.
 *
 * In the examples `<TAB>`, `<FF>`, `<BS>`, `<CR>`, `<LF>`, `<BEL>` and `<VT>` stand for
 * the characters.
 *
 * @example
 * ```text
 * over 3.6<TAB>imes faster, 1.44$<TAB>imes$ fewer, a <FF>rac{1}{2} step → over 3.6× faster, 1.44× fewer, a 1/2 step
 * ImageNet $256<TAB>imes 256$ images → ImageNet 256×256 images
 * <TAB>heta=0.9, <FF>orall x, <TAB>extbf{dense} map → θ=0.9, ∀ x, dense map
 * a $<BS>eta$-VAE at $<TAB>au=0.7$, the $<CR>ho$-value → a β-VAE at τ=0.7, the ρ-value
 * a dipole strength ($<BEL>lpha$) and $<VT>arepsilon$-greedy, but Legend:<VT>dots → a dipole strength (α) and ε-greedy, but Legend:<VT>dots
 * Learning Robust <BS>Goal Space, <BS>Our method → Learning Robust Goal Space, Our method
 * the policy $<BS>oldsymbolπ_0$ → the policy π_0
 * the model\u2019s caf\u00e9, 2019\u20132023, wait\u2014\u2014what, but "na\u00efve" and [\u4e00-\u9fa5\u3040-\u30ff] → the model’s café, 2019–2023, wait——what, but "na\u00efve" and [\u4e00-\u9fa5\u3040-\u30ff]
 * Roberto Mart\u00edn-Mart\u00edn, but the range \u4e00-\u9fff → Roberto Martín-Martín, but the range \u4e00-\u9fff
 * the \u03B1-poor disc and anti-\u03b1, but Use \u00e9 for é → the α-poor disc and anti-α, but Use \u00e9 for é
 * \u6a21\u578b\uff0c\u5728\u5408\u6210\u6570\u636e\u3002, but \u2013\u2014 alone → 模型，在合成数据。, but \u2013\u2014 alone
 * the effects of R\u0026D and \u003cb\u003ebold, but \u0041 and "R\u0026D" → the effects of R&D and <b>bold, but \u0041 and "R\u0026D"
 * but one\u8212-two, RTF's decimal escape → but one\u8212-two, RTF's decimal escape
 * name<TAB>items<TAB>au, a <TAB>ext column, <TAB>o, <BS>eta, CR<CR><LF>next → name<TAB>items<TAB>au, a <TAB>ext column, <TAB>o, <BS>eta, CR<CR><LF>next
 * via the M\xf6bius transform, D\xe9j\xe0 Vu, 360\xb0 video and P G\xc3\xb6rz, but [\x80-\xff] and \x1b[31m → via the Möbius transform, Déjà Vu, 360° video and P Görz, but [\x80-\xff] and \x1b[31m
 * grown for the\nfirst time, a channel\n\nacting on it, but -O2\nOBJ and C:\Program Files\nodejs → grown for the<LF>first time, a channel<LF><LF>acting on it, but -O2\nOBJ and C:\Program Files\nodejs
 * printf("%s\n", s) writes s and a\nnewline; REP[Apply repetition\npenalty] → printf("%s\n", s) writes s and a\nnewline; REP[Apply repetition\npenalty]
 * ```
 *
 * @module
 */
import {
  isDigit,
  isGreek,
  isLetter,
  isLower,
  isSpace,
  isUpper,
  isWordChar,
  lettersEnd,
  lineBefore,
  openString,
  tokenEnd,
  tokenStart,
} from '../scan.js';
import { JSON_CONTROLS } from '../tables/json-controls.js';
import { type Context, type Outcome, protect, type Rule, single } from '../types.js';
import { FORMULA_LIMIT } from './math-delimiters.js';
import { lineBreakEscape } from './symbols.js';
import { isKnownMacro, readsName } from './unknown-macros.js';

export const jsonEscapes: Rule = {
  name: 'json-escapes',
  prefilter: {
    triggers: `${Object.keys(JSON_CONTROLS).join('')}\\`,
    // `$`: a carriage return or a vertical tab is read inside a formula only (a
    // backspace too, but a stray one goes anywhere), so they need no search of their own.
    anchors: ['\t', '\f', '\x07', '\b', '$', '\\u', '\\x', '\\n'],
  },
  match(text, at, ctx) {
    if (text.charCodeAt(at) === 0x5c) return unicodeEscape(text, at, ctx);
    const letter = JSON_CONTROLS[text[at] as string];
    if (letter === undefined) return undefined;
    const end = lettersEnd(text, at + 1);
    // A backspace or a bell before which no command can stand is a stray control
    // character no text means to hold (`Robust <BS>Goal Space`): it goes.
    // Only before a capital or no letter at all: no command goes on so (`<BS>ar{C}` may
    // still be `\bar`, and is kept).
    const next = text.charCodeAt(at + 1);
    if ((letter === 'b' || letter === 'a') && (isUpper(next) || !isLetter(next))) {
      return single(at, at + 1, '');
    }
    if (end === at + 1) return undefined;
    // A TAB is also a column's start: after one, three letters at least (not `o`, `au`
    // for `\to`, `\tau`); after a form feed, which no clean text holds, two. Inside a
    // formula any name will do; a backspace or a carriage return counts only there.
    // A vertical tab is also a soft line break (python-pptx, Word): read in a formula only.
    const short =
      letter === 'b' || letter === 'r' || letter === 'v' || end - at <= (letter === 't' ? 3 : 2);
    if (short && !(ctx.enabled('math-delimiters') && inFormula(text, at))) return undefined;
    const name = letter + text.slice(at + 1, end);
    // A command needs its argument: a brace (a TAB before `ext` is no `\text`), or a
    // Greek letter already read (`<BS>oldsymbolπ` is `\boldsymbol\pi`).
    const argument = text.charCodeAt(end);
    return readsName(name, argument === 0x7b || isGreek(argument), ctx)
      ? single(at, at + 1, `\\${letter}`)
      : undefined;
  },
};

/**
 * A run of JSON `\uXXXX` escapes left as written (a dump read as text, `ensure_ascii`
 * style) at `at`, as its characters: letters and punctuation outside ASCII (no control,
 * no format or direction mark, surrogates in pairs), where the run touches a letter or
 * digit on one side (`model\u2019s`, `caf\u00e9`, `2019\u20132023`) or is letters
 * itself (`\u4f60\u597d`). A Python `\xHH` run is read the same way (see
 * {@link byteEscape}). The run is read whole or not at all, and not in code: a
 * token holding a quote (`"na\u00efve"`, `print("\u4f60")`), a bracket, a slash or
 * `=` is a string or a pattern (`[\u4e00-\u9fa5]`), and so is a range (`\u4e00-\u9fff`):
 * kept as written.
 *
 * @example
 * ```ts
 * unicodeEscape('the model\\u2019s', 9, ctx); // one hit: '\\u2019' → '’'
 * unicodeEscape('replace("\\u2013", "-")', 9, ctx); // protects the run
 * ```
 */
function unicodeEscape(text: string, at: number, ctx: Context): Outcome | undefined {
  if (text.charCodeAt(at - 1) === 0x5c) return undefined;
  if (text.charCodeAt(at + 1) === 0x78) return byteEscape(text, at);
  if (text.charCodeAt(at + 1) === 0x6e) return lineBreaks(text, at, ctx);
  if (hexAt(text, at) < 0) return undefined;
  let end = at;
  let chars = '';
  for (let char = escapedAt(text, end); char !== undefined; char = escapedAt(text, end)) {
    chars += char;
    end += char.length === 2 ? 12 : 6;
  }
  // An escape that is no character to show (ASCII, a control) ends the run unread.
  if (hexAt(text, end) >= 0 || chars === '') return protect(runEnd(text, at));
  return escapedRun(text, at, end, chars);
}

/**
 * A run of `\n` escapes glued between words at `at` (`for the\nfirst time`,
 * `channel\n\nacting`): a dump printed with `repr`, or escaped twice, kept a wrapped
 * abstract's line breaks so. Read as the line breaks they stand for after a word's
 * character or a clause's punctuation and before what starts a line of prose (see
 * {@link lineWord}) whose name is no macro (`LLaMA\nobreakdash`, `$w\ne 1$`,
 * `.\newblock`; a macro's name only where `symbols` finds it a line break's,
 * `benchmarks,\ne.g.,`), in prose (a space before on the line, and after it or the
 * line's end). Not in code: a token as {@link escapedRun} reads one (`"a\nb"`,
 * `s/x\ny/`), a string still open, a docstring or here-document, a Windows path, a
 * Markdown table's row, a diagram's label, or a text that quotes the escape elsewhere.
 *
 * @example
 * ```ts
 * lineBreaks('grown for the\\nfirst time by flux', 13, ctx); // one hit: '\\n' → '\n'
 * lineBreaks('the result $w\\ne 1$ holds', 12, ctx); // undefined
 * ```
 */
function lineBreaks(text: string, at: number, ctx: Context): Outcome | undefined {
  // (Read from a run's first escape only: the rest are its own, `\n\n`.)
  if (text.charCodeAt(at - 2) === 0x5c && text.charCodeAt(at - 1) === 0x6e) return undefined;
  let end = at;
  while (text.startsWith('\\n', end)) end += 2;
  // The next line may be indented (a journal reference's `des\n  sciences`) or open a
  // parenthesis (`state\n(operator`): then no macro's name follows.
  let from = end;
  while (text[from] === ' ') from++;
  // (Indented by two spaces or more, or one before a capital, as arXiv wraps a title,
  // `Text-to-Text\n Transformer`; not after a block's colon, `last):\n  File`. One space
  // before a small letter is prose about the escape, `split on\n and join`.)
  if (from === end + 1 && !/[A-Z][a-z]/.test(text.slice(from, from + 2))) return undefined;
  if (from > end && text[at - 1] === ':') return undefined;
  if (text[from] === '(') from++;
  const nameEnd = lettersEnd(text, from);
  const word = text.slice(from, nameEnd);
  const known = from === end && isKnownMacro(`n${word}`);
  if (
    known
      ? !lineBreakEscape(text, end - 2, nameEnd, ctx)
      : !lineWord(word, text, from, text.charCodeAt(at - 1)) ||
        (from === end && TEX_N_COMMAND.test(word)) ||
        (!isWordChar(text.charCodeAt(at - 1)) && !`.,;:)'"%`.includes(text[at - 1] ?? ' '))
  ) {
    return undefined;
  }
  // The line before the escape (80 characters back at most) and the one after it.
  const line = lineBefore(text, at, 80);
  const tail = text.slice(end, end + 80);
  const newline = tail.indexOf('\n');
  const rest = newline >= 0 ? tail.slice(0, newline) : tail;
  if (!line.includes(' ')) return undefined;
  // After, a space on the line, or the word ends the line or the text (`specific\nheat.`).
  if (!rest.includes(' ') && rest.length === tail.length && end + rest.length < text.length) {
    return undefined;
  }
  // (A macro's name `symbols` found a line break's is one whatever its token holds: this
  // pass reads the words that told it so, and the next would find no word left,
  // `1 +\ne^{-x}`.)
  const token = text.slice(tokenStart(text, at, 400), tokenEnd(text, end, 400));
  // (TeX's closing quote is no string's: `the ``quantum input''\nand`.)
  const bare = token.replaceAll('\\n', '').replaceAll("''", '');
  if (!known && /["`[\]{}<>=/|\\]|(?<!\p{L})'|'(?!\p{L})/u.test(bare)) {
    return protect(end);
  }
  // In a text that shows the escape as code elsewhere (`printf("%s\n", s) writes s and
  // a\nnewline`, `` `a\nb` ``), the text is about the escape. Inside a string still open
  // (`"… a purple nose.\nHe's mostly …"`, `echo -e 'if …; then\n  eval'`, `“Hello\nWorld”`,
  // a docstring after a triple quote, a here-document after `<<'EOF'`) it is the
  // string's own; so in a Windows path, spaced or not (`C:\Program Files\nodejs`), a
  // Markdown table's row, and a diagram's label, in a bracket its line opened or on an
  // arrow's line (Mermaid's `REP[Apply repetition\npenalty]`, `-- get data\nvia url -->`).
  if (ctx.once(QUOTED_ESCAPE_MEMO, () => QUOTED_ESCAPE.test(text))) return protect(end);
  const block = ctx.once(STRING_BLOCK_MEMO, () => text.search(STRING_BLOCK));
  if (
    openString(text, at, 400) ||
    line.startsWith('|') ||
    WINDOWS_PATH.test(line) ||
    (block >= 0 && block < at) ||
    openBracket(line) ||
    DIAGRAM_ARROW.test(line + rest)
  ) {
    return protect(end);
  }
  return single(at, end, '\n'.repeat((end - at) / 2));
}

/**
 * Whether `word` (at `from`, after a character `before`) may start a printed line: small
 * letters (one alone too, `a key`, `d-dimensional`), a capital and small letters, `A` or
 * `I`, one capital before a hyphen, a script or a bracket, a number, a Greek letter or a
 * drawn relation; capitals (a plural's `s` too) only after a small letter (`the\nLLMs`,
 * not a Makefile's `-O2\nOBJ`).
 *
 * @example
 * ```ts
 * lineWord('first', 'the\\nfirst', 5, 0x65); // true
 * lineWord('OBJ', '-O2\\nOBJ', 5, 0x32); // false
 * ```
 */
function lineWord(word: string, text: string, from: number, before: number): boolean {
  if (/^(?:[a-z]|[A-Z][a-z])/.test(word)) return true;
  if (word === 'A' || word === 'I') return /[\s,]/.test(text[from + 1] ?? ' ');
  // A number after a word (`over\n100`, not an example's `input 3\n1 2`), a Greek letter
  // or a drawn relation a formula printed (`the\nα-attractor`, `that\n∼30%`).
  if (word === '') {
    return (
      (isDigit(text.charCodeAt(from)) && isWordChar(before) && !isDigit(before)) ||
      /[\u0370-\u03ff∼≈≲≳±]/.test(text[from] ?? '')
    );
  }
  // One capital before a hyphen, a script or a bracket (`X-ray`, `H_2O`, `O(n)`).
  if (word.length === 1 && /[-_^(]/.test(text[from + 1] ?? '')) return true;
  return isLower(before) && /^[A-Z]{2,}s?$/.test(word);
}

/** A Python docstring's or a string block's quotes, or a shell's here-document (`<<'EOF'`). */
const STRING_BLOCK = /"""|'''|<<-?\s*['"]?[A-Z_]+['"]?\s*$/m;

const STRING_BLOCK_MEMO = 'json-escapes:string-block';

/** A `\n` escape shown as code: in a quoted string or a code span. */
const QUOTED_ESCAPE = /"[^"\n]{0,80}\\n[^"\n]{0,80}"|`[^`\n]{0,80}\\n[^`\n]{0,80}`/;

const QUOTED_ESCAPE_MEMO = 'json-escapes:quoted-escape';

/** A diagram's arrow (Mermaid's, PlantUML's): `-->`, `==>`, `-.->`. */
const DIAGRAM_ARROW = /--+>|==+>|-\.+->/;

/**
 * Whether `line` leaves a square bracket or a brace open: a diagram's label
 * (`REP[Apply repetition`, `STOP{Output ends with`) or a group that goes on.
 *
 * @example
 * ```ts
 * openBracket('REP[Apply repetition'); // true
 * openBracket('see [1] and {x}'); // false
 * ```
 */
function openBracket(line: string): boolean {
  let square = 0;
  let curly = 0;
  for (const char of line) {
    if (char === '[') square++;
    else if (char === ']') square--;
    else if (char === '{') curly++;
    else if (char === '}') curly--;
  }
  return square > 0 || curly > 0;
}

/** A Windows path on the line before: a drive, a variable's folder or a share. */
const WINDOWS_PATH = /(?:^|[\s"'(=])(?:[A-Za-z]:\\|%\w+%\\|\\\\\w)[^\n]*$/;

/**
 * What a `\n` escape's word spells after a backslash that TeX's and LaTeX's own
 * commands do and no table holds: `\newblock`, `\newpage`, `\noindent`, `\nocite`,
 * `\number`, TikZ's `\node`. Few English words start so.
 */
const TEX_N_COMMAND =
  /^(?:ew|o(?:indent|number|break|linebreak|pagebreak|cite|limits|tag|interlineskip|nfrenchspacing|rmal|expand|de(?![a-z]))|ull|umber|arrower)/;

/**
 * A run of Python's `\xHH` escapes at `at` (a `str` or `bytes` printed with `repr`,
 * as scrapers' titles and scholar alerts keep them), as its characters: UTF-8 when its
 * bytes are that (`G\xc3\xb6rz` → `Görz`), else Latin-1 (`M\xf6bius` → `Möbius`,
 * `360\xb0` → `360°`); read as {@link unicodeEscape} reads its run. ASCII or a control
 * in the run (`\x1b[31m`, `\x41`) leaves it as written.
 *
 * @example
 * ```ts
 * byteEscape('via the M\\xf6bius transform', 9); // one hit: '\\xf6' → 'ö'
 * byteEscape('P G\\xc3\\xb6rz', 3); // one hit: '\\xc3\\xb6' → 'ö'
 * ```
 */
function byteEscape(text: string, at: number): Outcome | undefined {
  const bytes: number[] = [];
  let end = at;
  for (let byte = byteAt(text, end); byte >= 0; byte = byteAt(text, end)) {
    bytes.push(byte);
    end += 4;
  }
  if (bytes.length === 0) return undefined;
  // Valid UTF-8 is read as that or not at all (a byte-order mark, `\xef\xbb\xbf`,
  // spells nothing to show). Latin-1 only inside a word, after a letter or a digit:
  // at a token's start `\xbar` is an author's macro, and bytes alone are a file's
  // signature (`\xff\xd8\xff\xe0`).
  const decoded = utf8(bytes);
  const chars =
    decoded !== undefined
      ? decoded || undefined
      : isWordChar(text.charCodeAt(at - 1))
        ? latin1(bytes)
        : undefined;
  return chars === undefined ? protect(end) : escapedRun(text, at, end, chars);
}

/**
 * The run of escapes from `at` to `end`, standing for `chars`, read where it touches a
 * word and is no code's (see {@link unicodeEscape}).
 */
function escapedRun(text: string, at: number, end: number, chars: string): Outcome {
  const token = text.slice(tokenStart(text, at, 400), tokenEnd(text, end, 400));
  if (/["'`[\]{}<>=/|]/.test(token.replace(/\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2})/g, ''))) {
    return protect(end);
  }
  // A range of code points (`\u4e00-\u9fff`, `\x80-\xff`), not a hyphen in a name
  // (`L\u00f3pez-Hern\u00e1ndez`). Nor RTF's decimal `\u8212-`: a code point in decimal,
  // then its fallback character.
  if (
    /^-\\[ux]/.test(text.slice(end, end + 3)) ||
    (text.charCodeAt(at - 1) === 0x2d &&
      /\\(?:u[0-9A-Fa-f]{4,}|x[0-9A-Fa-f]{2})$/.test(text.slice(Math.max(0, at - 12), at - 1))) ||
    /^\d{4}[-?]/.test(text.slice(end - 4, end + 1)) ||
    /^[0-9A-Fa-f]+-\\u/.test(text.slice(end, end + 12))
  ) {
    return protect(end);
  }
  // A run of two letters or more is a word, and so is one of letters and a sentence's
  // punctuation (`\u6a21\u578b\uff0c`, Chinese with its full-width comma, a whole
  // abstract escaped); one escape alone in spaces names a code point (`Use \u00e9 for é`).
  // Letters joined to a word by a hyphen are a compound's part (`the \u03B1-poor disc`,
  // `anti-\u03b1`), which no code point named in prose is.
  const compound =
    LETTERS.test(chars) &&
    ((text.charCodeAt(end) === 0x2d && isWordChar(text.charCodeAt(end + 1))) ||
      (text.charCodeAt(at - 1) === 0x2d && isWordChar(text.charCodeAt(at - 2))));
  const touches =
    isWordChar(text.charCodeAt(at - 1)) ||
    isWordChar(text.charCodeAt(end)) ||
    compound ||
    (WRITTEN_RUN.test(chars) && end - at > 6);
  return touches ? single(at, end, chars) : protect(end);
}

/**
 * What an escaped run of text holds: two letters or more, among letters, marks, digits
 * and punctuation (`模型，在`), no symbol and no lone punctuation (`–—`).
 */
const WRITTEN_RUN = /^(?=[^\p{L}]*\p{L}[^\p{L}]*\p{L})[\p{L}\p{M}\p{N}\p{P}]+$/u;

/** Letters only, outside ASCII (a Greek letter's escape, `\u03B1`). */
const LETTERS = /^(?:(?![\0-\x7f])\p{L})+$/u;

/** The byte of a `\xHH` escape at `at`, or -1. */
function byteAt(text: string, at: number): number {
  if (text.charCodeAt(at) !== 0x5c || text.charCodeAt(at + 1) !== 0x78) return -1;
  const hex = text.slice(at + 2, at + 4);
  return /^[0-9A-Fa-f]{2}$/.test(hex) ? Number.parseInt(hex, 16) : -1;
}

/**
 * `bytes` decoded as UTF-8 when they are that: the characters, or `''` when one is no
 * character to show (see {@link shown}); `undefined` when they are no UTF-8.
 *
 * @example
 * ```ts
 * utf8([0xc3, 0xb6]); // 'ö'
 * utf8([0xef, 0xbb, 0xbf]); // '' (a byte-order mark)
 * utf8([0xf6]); // undefined
 * ```
 */
function utf8(bytes: readonly number[]): string | undefined {
  let out = '';
  let hidden = false;
  for (let k = 0; k < bytes.length; ) {
    const lead = bytes[k] as number;
    const size =
      lead >= 0xf0 && lead <= 0xf4
        ? 4
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xc2 && lead <= 0xdf
            ? 2
            : 0;
    if (size === 0 || k + size > bytes.length) return undefined;
    let code = lead & (0xff >> (size + 1));
    for (let j = 1; j < size; j++) {
      const next = bytes[k + j] as number;
      if ((next & 0xc0) !== 0x80) return undefined;
      code = (code << 6) | (next & 0x3f);
    }
    if ((size === 3 && code < 0x800) || (size === 4 && code < 0x10000)) return undefined;
    if (!shown(code)) hidden = true;
    out += String.fromCodePoint(code);
    k += size;
  }
  return hidden ? '' : out;
}

/** `bytes` as Latin-1's characters, when each is one to show; otherwise `undefined`. */
function latin1(bytes: readonly number[]): string | undefined {
  return bytes.every(shown) ? String.fromCharCode(...bytes) : undefined;
}

/**
 * Whether the code point `code` is a character to show: not ASCII, a control, a soft
 * hyphen, a format or direction mark, or a surrogate.
 */
function shown(code: number): boolean {
  if (code < 0xa0 || code === 0xad || code === 0xfeff) return false;
  if ((code >= 0x200b && code <= 0x200f) || (code >= 0x2028 && code <= 0x202e)) return false;
  return !((code >= 0x2060 && code <= 0x206f) || (code >= 0xd800 && code <= 0xdfff));
}

/** Where the run of `\uXXXX` escapes from `at` ends. */
function runEnd(text: string, at: number): number {
  let end = at;
  while (hexAt(text, end) >= 0) end += 6;
  return end;
}

/**
 * The character the `\uXXXX` escape (or surrogate pair) at `at` stands for: none for
 * ASCII but `& < > ' "`, controls, format and direction marks (U+00AD, U+200B–U+200F, U+2028–U+202E,
 * U+2060–U+206F, U+FEFF), or a lone surrogate.
 */
function escapedAt(text: string, at: number): string | undefined {
  const code = hexAt(text, at);
  // ASCII only where a serializer escapes it for HTML's sake (Go's `\u0026`, PHP's
  // `JSON_HEX_*`): `& < > ' "` never stand for themselves in prose either.
  if (code === 0x26 || code === 0x3c || code === 0x3e || code === 0x27 || code === 0x22) {
    return String.fromCharCode(code);
  }
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = hexAt(text, at + 6);
    return low >= 0xdc00 && low <= 0xdfff ? String.fromCharCode(code, low) : undefined;
  }
  return shown(code) ? String.fromCharCode(code) : undefined;
}

/** The four hex digits of a `\u` escape at `at`, or -1. */
function hexAt(text: string, at: number): number {
  if (text.charCodeAt(at) !== 0x5c || text.charCodeAt(at + 1) !== 0x75) return -1;
  const hex = text.slice(at + 2, at + 6);
  return /^[0-9A-Fa-f]{4}$/.test(hex) ? Number.parseInt(hex, 16) : -1;
}

/**
 * Whether `at` lies between two `$` on its line, each within {@link FORMULA_LIMIT}
 * characters: inside a `$…$` formula as `math-delimiters` reads one (the `$` before
 * it glued to no word, so it opens).
 *
 * @example
 * ```ts
 * inFormula('a $\beta$-VAE', 3); // true (the backspace)
 * inFormula('costs $5 or \\rho $6', 12); // false (money: a space inside the `$`)
 * ```
 */
function inFormula(text: string, at: number): boolean {
  // Searched within reach only: a TSV dump with one `$` far away stays linear.
  let open = at;
  while (open >= 0 && at - open <= FORMULA_LIMIT && text.charCodeAt(open) !== 0x24) open--;
  let close = at;
  while (close < text.length && close - at <= FORMULA_LIMIT && text.charCodeAt(close) !== 0x24)
    close++;
  if (text.charCodeAt(open) !== 0x24 || text.charCodeAt(close) !== 0x24) return false;
  // An opening `$` is no closing one (`$x$<CR>ho$y$`) and no escaped one (`\$`).
  const before = text.charCodeAt(open - 1);
  if (before === 0x5c || isWordChar(before)) return false;
  // No space just inside either `$` (`costs $5 or $6` is money), no line break between.
  // (The control character itself may stand right after the opening `$`.)
  if (
    (open + 1 !== at && isSpace(text.charCodeAt(open + 1))) ||
    isSpace(text.charCodeAt(close - 1))
  ) {
    return false;
  }
  return !text.slice(open, close).includes('\n');
}
