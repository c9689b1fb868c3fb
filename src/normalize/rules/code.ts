/**
 * `code`: a Windows path or a regular expression quoted in prose is protected, so no
 * rule reads its backslashes as LaTeX (`C:\path\to\data` has no arrow in it, and
 * `r"\.py$"` no dot accent). The token around a backslash (its run of non-space
 * characters) is code when it has a drive (`C:\`), a network share (`\\host`), a Windows
 * variable (`%USERPROFILE%\`) or a Unix path's start (`/Users/…\ Support`); a regular
 * expression's escapes (`\d+`, `\S*`, `[A\-Z]`, `[0-9\.\,]`, `\-?`, `\.py$`; not
 * `\{0,1\}`, which is LaTeX's set far more often, nor a bracket holding a group,
 * astronomy's `[O\,{\sc iii}]`); or backslash-separated segments, glued, one of which
 * is no macro the rules know (`drivers\etc\hosts`, `\src\mu`; inside a formula a
 * math alphabet or style is one: `$M\to\mathscr N$`), outside braces,
 * scripts and brackets (`\alpha\beta`, `x\in\mathbb{R}`, `p_\theta(y\mid x)` stay LaTeX).
 * A Markdown code span (`` `\textbf{...}` ``) is code too, whatever it holds, and so is
 * a fenced code block (```` ``` ```` first on its line, no backquote after it on that
 * line, to its closing fence; or `~~~`, to a closing `~~~`).
 * A Python session is code from its first `>>> ` prompt (first on its line, before a
 * line of Python) to the next blank line, its output with it (a doctest's
 * `'&lt;em&gt;'` shows an escape).
 * A macro's definition (`\newcommand`, `\def`…) is LaTeX source to its line's end, a
 * BibTeX entry (`@article{key,` first on its line) is source to its closing brace, and
 * an UltiSnips snippet (a `snippet` line to its `endsnippet` line) is an editor's.
 *
 * @example
 * ```text
 * at C:\path\to\dataset, D:\exp\sim\run1 and \\server\pi\x → at C:\path\to\dataset, D:\exp\sim\run1 and \\server\pi\x
 * at 'C:\Program Files\' and "C:\Users\Jo Smith\x" → at 'C:\Program Files\' and "C:\Users\Jo Smith\x"
 * into "%USERPROFILE%\.pyenv", %TEMP%\times.log and $env:APPDATA\times → into "%USERPROFILE%\.pyenv", %TEMP%\times.log and $env:APPDATA\times
 * $env:X="$PWD\.studio"; cd $HOME\.config → $env:X="$PWD\.studio"; cd $HOME\.config
 * with r"\.py$", r".*\.csv$", \d+\S*, [A\-Z], drivers\etc\hosts → with r"\.py$", r".*\.csv$", \d+\S*, [A\-Z], drivers\etc\hosts
 * name_[\da-z]+\_v2 and [\dA-F]\{2\}\% → name_[\da-z]+\_v2 and [\dA-F]\{2\}\%
 * Use `\textbf{...}`, ``$\alpha$`` or `a~b` and ``""``, the `Tensor`s → Use `\textbf{...}`, ``$\alpha$`` or `a~b` and ``""``, the `Tensor`s
 * 模型（`$GPT\text{-}5$`，是）and 「`a~b`」 → 模型（`$GPT\text{-}5$`，是）and 「`a~b`」
 * \renewcommand\qed{\ensuremath{\QED}}% and \def\opt##1{{\Large[}##1{\Large]}} → \renewcommand\qed{\ensuremath{\QED}}% and \def\opt##1{{\Large[}##1{\Large]}}
 * run<LF>```sh<LF>echo "${_//\"}"<LF>```<LF>and ```x``` here → run<LF>```sh<LF>echo "${_//\"}"<LF>```<LF>and ```x``` here
 * run<LF>~~~<LF>x=10$'$ and a~b<LF>~~~<LF>or ~~~ here → run<LF>~~~<LF>x=10$'$ and a~b<LF>~~~<LF>or ~~~ here
 * run<LF>  >>> escape("<b>")<LF>  Markup('&lt;b&gt;') → run<LF>  >>> escape("<b>")<LF>  Markup('&lt;b&gt;')
 * cite<LF>@misc{k, author={Guzm{\'a}n}, title={{M}ore~$\alpha$}}<LF>or ANS = re.compile(r"(\-?[0-9\.\,]+)") → cite<LF>@misc{k, author={Guzm{\'a}n}, title={{M}ore~$\alpha$}}<LF>or ANS = re.compile(r"(\-?[0-9\.\,]+)")
 * tex = r"\frac{d}{dx}(x^{2}+x)" and plt.title(r"\alpha=2") → tex = r"\frac{d}{dx}(x^{2}+x)" and plt.title(r"\alpha=2")
 * snippet <= "leq" iA<LF>\le <LF>endsnippet<LF>snippet ~~ "~" iA<LF>\sim <LF>endsnippet → snippet <= "leq" iA<LF>\le <LF>endsnippet<LF>snippet ~~ "~" iA<LF>\sim <LF>endsnippet
 * In envs\myenv\etc\conda\activate.d\env_vars.bat, set it → In envs\myenv\etc\conda\activate.d\env_vars.bat, set it
 * TeX(r"(\textbf{Euler} is $e^{i\pi} + 1 = 0$.)") → TeX(r"(\textbf{Euler} is $e^{i\pi} + 1 = 0$.)")
 * .. math:: h = 2 \frac{IQR}{n^{1/3}} → .. math:: h = 2 \frac{IQR}{n^{1/3}}
 * Add C:\Program Files\nodejs\ to your PATH → Add C:\Program Files\nodejs\ to your PATH
 * type "1/x" instead of "\frac{1}{x}" and write “\emph{word}” → type "1/x" instead of "\frac{1}{x}" and write “\emph{word}”
 * use ` ``XXX'' ` here, title = L"\forall x \in \mathbb{R}", and<LF>#' where \eqn{a \neq 0}. → use ` ``XXX'' ` here, title = L"\forall x \in \mathbb{R}", and<LF>#' where \eqn{a \neq 0}.
 * ```
 *
 * @module
 */
import {
  firstOnLine,
  isAlphanumeric,
  isLetter,
  isSpace,
  isWordChar,
  QUOTE_PAIRS,
  tokenStart,
} from '../scan.js';
import { ABBREVIATIONS } from '../tables/abbreviations.js';
import { NAMED_DELIMITERS, SIZERS } from '../tables/delimiters.js';
import { NAMED_SPACING } from '../tables/spacing.js';
import { LOGOS, OPERATOR_NAMES, SYMBOL_MACROS } from '../tables/symbols.js';
import { type Context, type Outcome, protect, type Rule } from '../types.js';
import { formulaEnd, insideFormula } from './math-delimiters.js';

const MEMO = 'code';

/** A Python session's prompt. */
const PROMPT = '>>> ';

/** How far a token is read on either side of its backslash. */
const REACH = 120;

export const code: Rule = {
  name: 'code',
  prefilter: {
    // (`$` only for a snippet's block, whose body may open with a formula's dollar; `{`
    // only for a BibTeX field line, whose accent may open with a brace, `{\\'a}`.)
    triggers: '\\`~@${',
    // A session's prompt, at its space: searched whole, it stops the pass at no other.
    needles: [PROMPT],
    anchors: ['\\'],
  },
  match(text, at, ctx) {
    const snippet = snippetEnd(text, at, ctx);
    if (snippet > 0) return protect(snippet);
    const field = fieldLineEnd(text, at, ctx);
    if (field > 0) return protect(field);
    if (text.charCodeAt(at) === 0x7b) return undefined;
    if (text.charCodeAt(at) === 0x24) return shellPrompt(text, at);
    if (text.charCodeAt(at) === 0x20) return session(text, at);
    if (text.charCodeAt(at) === 0x60) return fence(text, at) ?? codeSpan(text, at);
    if (text.charCodeAt(at) === 0x7e) return fence(text, at);
    if (text.charCodeAt(at) === 0x40) return bibtexEntry(text, at, ctx);
    if (text.charCodeAt(at) !== 0x5c) return undefined;
    // A macro's definition is LaTeX source, shown as written to its line's end
    // (`\newcommand{\modal}{\ensuremath{\ocircle}}`, `\def\x##1{…}`).
    // So is a reStructuredText math directive's line (`.. math:: h = 2 \frac{IQR}{n}`),
    // which Sphinx renders.
    if (DEFINITIONS.has(ctx.macroName(text, at)) || mathDirective(text, at, ctx)) {
      const lineEnd = text.indexOf('\n', at);
      return protect(lineEnd < 0 ? text.length : lineEnd);
    }
    // A token already judged no code is not read again for its next backslash: a long
    // run of macros (`\\alpha\\beta…`) costs one look per token, not one per macro.
    if (at < ((ctx.memo.get(MEMO) as number | undefined) ?? -1)) return undefined;
    // A LaTeX expression quoted whole, with no space in it, after a word that tells it is
    // typed is text about typing it (`type "1/x" instead of "\\frac{1}{x}"`, `write
    // “\\emph{word}”`): its source, as written.
    const quoted = quotedSourceEnd(text, at);
    if (quoted > 0) return protect(quoted);
    // The token around the backslash, and whether anything in it could make it code:
    // another backslash, or a `:`, `/` or `[`, or an escape a pattern uses after this one.
    const start = tokenStart(text, at, REACH);
    const raw = rawStringEnd(text, start, at);
    if (raw > 0) return protect(raw);
    let hint = PATTERN_ESCAPES.includes(text[at + 1] as string);
    for (let k = start; k < at && !hint; k++) hint = isHint(text.charCodeAt(k));
    let end = at + 1;
    // (Inside a formula whose delimiters go, to its closer: a protected token must not
    // swallow it, `$\\E[\\Dh]$,`, or the opener goes and the closer stays.)
    const high = Math.min(text.length, at + REACH, formulaEnd(ctx, at));
    // A path's escaped space (`Application\ Support`) continues its token.
    for (
      ;
      end < high && (!isSpace(text.charCodeAt(end)) || text.charCodeAt(end - 1) === 0x5c);
      end++
    ) {
      hint ||= isHint(text.charCodeAt(end));
    }
    if (hint && isCode(text.slice(start, end), insideFormula(ctx, at))) {
      return protect(quotedPathEnd(text, start, end));
    }
    // A Windows path's later segment after a space its folder's name holds, unquoted
    // (`Add C:\Program Files\nodejs\ to your PATH`): the path's, as its drive says.
    if (spacedPathBefore(text, start) && !insideFormula(ctx, at)) {
      return protect(end);
    }
    ctx.memo.set(MEMO, end);
    return undefined;
  },
};

/**
 * Where a path token that opens a quoted string ends: at the string's closing quote when
 * the path holds spaces (`'C:\\Program Files\\'`, `"C:\\Users\\Jo Smith\\x"`), so its later
 * segments, split from it at a space, are the path's too; else at `end`. The string
 * closes on its line, within the token's reach.
 *
 * @example
 * ```ts
 * quotedPathEnd("at 'C:\\Program Files\\'.", 3, 14); // 26
 * quotedPathEnd("at 'C:\\data', b", 3, 13); // 13
 * ```
 */
function quotedPathEnd(text: string, start: number, end: number): number {
  const quote = text[start];
  if ((quote !== "'" && quote !== '"') || !/^.[A-Za-z]:\\/.test(text.slice(start, start + 4))) {
    return end;
  }
  // Closed inside the token: a path with no space.
  const close = text.indexOf(quote, start + 1);
  if (close < end || close - start > 2 * REACH) return end;
  const newline = text.indexOf('\n', end);
  if (newline !== -1 && newline < close) return end;
  // A path's later segments: a few words, no formula's `$`, no token opening with a
  // backslash (`"C:\\a b $\\alpha$ "` does not close as a path).
  const span = text.slice(end, close);
  if (/\$| \\/.test(span) || (span.match(/ /g)?.length ?? 0) > 3) return end;
  // An apostrophe between letters closes no string (`it's`), nor an accent's quote
  // (`Erd\\'elyi`, `G\\"odel`); an entity is the text's, not a path's (`Jo &amp; Smith`).
  const next = text.charCodeAt(close + 1);
  if (isWordChar(text.charCodeAt(close - 1)) && isWordChar(next)) return end;
  if (text.charCodeAt(close - 1) === 0x5c && isWordChar(next)) return end;
  return span.includes('&') ? end : close + 1;
}

/**
 * A Markdown fence at `at` (three backquotes or tildes or more, first on their line, up
 * to three spaces in): a code block, protected whole to its closing fence's line (the
 * same character, as long a run or longer), or to the text's end when none closes it,
 * as Markdown reads it.
 *
 * @example
 * ```ts
 * fence('```sh\necho "${_//\\"}"\n```\nafter', 0); // protects up to 27
 * fence('~~~\nx=1$\'$\'\n~~~', 0); // protects up to 16
 * fence('a ```py fence```', 2); // undefined (not first on its line)
 * ```
 */
function fence(text: string, at: number): Outcome | undefined {
  // First on its line: up to three spaces back to a line break or the text's start
  // (looked at only so far, so a line of backquotes costs no search back).
  let lineStart = at;
  while (lineStart > 0 && at - lineStart < 3 && text.charCodeAt(lineStart - 1) === 0x20) {
    lineStart--;
  }
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 0x0a) return undefined;
  const mark = text.charCodeAt(at);
  let end = at;
  while (text.charCodeAt(end) === mark) end++;
  const run = end - at;
  if (run < 3) return undefined;
  // A backquote fence's info string holds no backquote, as CommonMark reads it
  // (```` ```x``` ```` is a code span, ```` ```js` ```` text).
  const lineEnd = text.indexOf('\n', end);
  const info = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  if (mark === 0x60 && info.includes('`')) return undefined;
  FENCE_CLOSER.lastIndex = end;
  for (let found = FENCE_CLOSER.exec(text); found !== null; found = FENCE_CLOSER.exec(text)) {
    const closer = found[1] as string;
    if (closer.charCodeAt(0) === mark && closer.length >= run) {
      return protect(FENCE_CLOSER.lastIndex);
    }
  }
  return protect(text.length);
}

/**
 * A BibTeX entry whose `@` is at `at`, first on its line (`@article{key,`): source, a
 * README's citation block, protected to its closing brace; when the braces do not
 * close before its paragraph's end, to the end of its head's line and of the field
 * lines after it (`  title = {…`), not the prose after them. Its accents
 * (`Guzm{\\'a}n`), case braces and ties stay as BibTeX reads them. Not an entry named
 * inside a line (`In BibTeX, @article{key, …}`).
 *
 * @example
 * ```ts
 * bibtexEntry("@article{k,\n author={Guzm{\\'a}n}}\nNext", 0, ctx); // protects up to 33
 * bibtexEntry('see @article{k, …}', 4, ctx); // undefined
 * ```
 */
function bibtexEntry(text: string, at: number, ctx: Context): Outcome | undefined {
  if (!firstOnLine(text, at)) return undefined;
  const head = ENTRY_HEAD.exec(text.slice(at, at + 120));
  if (head === null) return undefined;
  // Its paragraph, where an entry left open (a line quoted from a longer one) ends;
  // found once for the entries it holds.
  let paragraphEnd = ctx.memo.get(PARAGRAPH_MEMO) as number | undefined;
  if (paragraphEnd === undefined || paragraphEnd < at) {
    PARAGRAPH_BREAK.lastIndex = at;
    paragraphEnd = PARAGRAPH_BREAK.exec(text)?.index ?? text.length;
    ctx.memo.set(PARAGRAPH_MEMO, paragraphEnd);
  }
  // The entry's braces, counted past escaped ones, to the one that closes its first,
  // within its paragraph and before the next entry's head (a line opening with `@`).
  let depth = 0;
  for (let k = at + head[0].indexOf('{'); k < paragraphEnd; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x5c) k++;
    else if (code === 0x7b) depth++;
    else if (code === 0x7d && --depth === 0) return protect(k + 1);
    else if (code === 0x0a && text.charCodeAt(k + 1) === 0x40) break;
  }
  // Left open: its head's line and the field lines after it, not the prose after them.
  let end = text.indexOf('\n', at);
  while (end >= 0 && end < paragraphEnd && FIELD_LINE.test(text.slice(end + 1, end + 60))) {
    end = text.indexOf('\n', end + 1);
  }
  return protect(end < 0 || end > paragraphEnd ? paragraphEnd : end);
}

/**
 * Where the UltiSnips snippet around `at` ends (the end of its `endsnippet` line), or
 * -1: an editor's definition, from a `snippet trigger` line to the `endsnippet` that
 * closes it, each first on its line, is source whose body is written as typed (a
 * LaTeX snippet's `\le `, its tab stops' `$0${1}`). The blocks are found once a pass.
 *
 * @example
 * ```ts
 * snippetEnd('snippet <= "leq" iA\n\\le \nendsnippet', 20, ctx); // 35
 * snippetEnd('we show \\le here', 8, ctx); // -1
 * ```
 */
function snippetEnd(text: string, at: number, ctx: Context): number {
  return enclosingEnd(
    ctx.once(SNIPPET_MEMO, () => snippetBlocks(text)),
    at,
  );
}

/**
 * Where the range around `at` ends, or -1, among ordered `[start, end)` pairs laid flat
 * (`[s0, e0, s1, e1, …]`): the last range starting at or before `at`, by bisection, as
 * a text may hold thousands.
 *
 * @example
 * ```ts
 * enclosingEnd([0, 10, 20, 30], 25); // 30
 * enclosingEnd([0, 10, 20, 30], 15); // -1
 * ```
 */
function enclosingEnd(ranges: readonly number[], at: number): number {
  let low = 0;
  let high = ranges.length / 2;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((ranges[2 * mid] as number) <= at) low = mid + 1;
    else high = mid;
  }
  const end = low > 0 ? (ranges[2 * low - 1] as number) : -1;
  return at < end ? end : -1;
}

const SNIPPET_MEMO = 'code:snippets';
const SNIPPET_END = '\nendsnippet';
/** How far before its `endsnippet` a snippet's head is looked for. */
const SNIPPET_REACH = 4000;

/**
 * Every snippet block as a `[start, end)` pair, in order: each `endsnippet` line with
 * the last `snippet ` line before it, within {@link SNIPPET_REACH} and after the block
 * before (a bounded look each, so the search is linear).
 *
 * @example
 * ```ts
 * snippetBlocks('snippet x "y"\n\\le \nendsnippet\nMore'); // [0, 29]
 * ```
 */
function snippetBlocks(text: string): number[] {
  const blocks: number[] = [];
  let from = 0;
  for (let end = text.indexOf(SNIPPET_END); end !== -1; end = text.indexOf(SNIPPET_END, end + 1)) {
    // `endsnippet` ends its line (not `endsnippets`).
    if (
      !/^[ \t]*(?:\r?\n|$)/.test(text.slice(end + SNIPPET_END.length, end + SNIPPET_END.length + 8))
    ) {
      continue;
    }
    const window = Math.max(from, end - SNIPPET_REACH);
    const found = text.slice(window, end).lastIndexOf('\nsnippet ');
    const head =
      found >= 0 ? window + found + 1 : window === 0 && text.startsWith('snippet ') ? 0 : -1;
    if (head < 0) continue;
    const lineEnd = text.indexOf('\n', end + 1);
    from = lineEnd < 0 ? text.length : lineEnd;
    blocks.push(head, from);
  }
  return blocks;
}

/**
 * Where the BibTeX field line around `at` ends, or -1: a whole line that sets a field
 * BibTeX knows to a braced or quoted value (`  author={… Doll{\\'a}r, Piotr},`,
 * `journal = {Astronomy \\& Astrophysics},`) is source, a line quoted from a README's
 * citation block without its entry's head (which {@link bibtexEntry} reads). The lines
 * are found once a pass, in a text with an `=`.
 *
 * @example
 * ```ts
 * fieldLineEnd('journal = {A \\& A},', 13, ctx); // 20
 * fieldLineEnd('the set x = {a \\& b} here', 15, ctx); // -1
 * ```
 */
function fieldLineEnd(text: string, at: number, ctx: Context): number {
  return enclosingEnd(
    ctx.once(FIELD_LINES_MEMO, () => fieldLines(text)),
    at,
  );
}

const FIELD_LINES_MEMO = 'code:field-lines';

/**
 * A whole line that sets a BibTeX field other than a title's or an abstract's (which are
 * read as text, a BibTeX title's formulas too) to a braced or quoted value.
 */
const WHOLE_FIELD_LINE =
  /^[ \t]*(?:author|journal|editor|publisher|year|volume|number|pages|doi|url|note|address|school|institution|organization|howpublished|month|eprint|archivePrefix|primaryClass|isbn|issn|edition)[ \t]*=[ \t]*(?:\{[^\n]*\}|"[^\n"]*")[ \t]*(?:,[ \t]*)?$/gm;

/**
 * Every whole BibTeX field line and every other line of source ({@link SOURCE_LINE}) as a
 * `[start, end)` pair, in order (see {@link fieldLineEnd}); none in a text without an
 * `=`, a `:=`, a `#'` or a `tex`.
 *
 * @example
 * ```ts
 * fieldLines('x\n  title={A},\ny'); // [2, 14]
 * ```
 */
function fieldLines(text: string): number[] {
  const lines: number[] = [];
  if (text.indexOf('=') >= 0) {
    WHOLE_FIELD_LINE.lastIndex = 0;
    for (let m = WHOLE_FIELD_LINE.exec(text); m !== null; m = WHOLE_FIELD_LINE.exec(text)) {
      // A braced value's braces pair (`note = {a} and {b}` in prose is no field's).
      if (bracesBalance(m[0])) lines.push(m.index, m.index + m[0].length);
    }
  }
  // (Searched only where their keys' marks stand: most texts hold neither.)
  if (text.indexOf(':=') < 0 && text.indexOf("#'") < 0 && !texKey(text) && !algorithmicLine(text)) {
    return lines;
  }
  SOURCE_LINE.lastIndex = 0;
  for (let m = SOURCE_LINE.exec(text); m !== null; m = SOURCE_LINE.exec(text)) {
    lines.push(m.index, m.index + m[0].length);
  }
  // In order, with the field lines (a text rarely holds both).
  const pairs: [number, number][] = [];
  for (let k = 0; k < lines.length; k += 2)
    pairs.push([lines[k] as number, lines[k + 1] as number]);
  pairs.sort((a, b) => a[0] - b[0]);
  return pairs.flat();
}

/**
 * An algorithm's command first on a line (`\\STATE`, `\\Require`), read at a line's
 * start by {@link algorithmicLine} and as {@link SOURCE_LINE}'s third kind.
 */
const ALGORITHMIC =
  /[ \t]*\\(?:STATE|State|IF|If|ELSIF|ElsIf|ELSE|Else|ENDIF|EndIf|FOR|For|FORALL|ForAll|ENDFOR|EndFor|WHILE|While|ENDWHILE|EndWhile|REPEAT|Repeat|UNTIL|Until|RETURN|Return|REQUIRE|Require|ENSURE|Ensure|Procedure|EndProcedure|Function|EndFunction)(?![A-Za-z])/y;

/**
 * Other whole lines of LaTeX shown as source: a configuration's key that names its value
 * LaTeX (`latex: A^\\mathrm{PS}_{143}`, Cobaya's parameter files; `tex:`), and a computer
 * algebra system's assignment, a name, `:=`, and a statement's `;` ending the line
 * (Cadabra's `rl:= F_{\\mu\\nu} = \\partial_{\\mu}{A_{\\nu}};`), the eighty-third blind
 * set's clean side; and a line of an algorithm's body, first an algorithmic package's
 * command (`\\STATE $x \\leftarrow 0$`), the eighty-fourth's; and an R package's
 * documentation comment, roxygen's `#'` first on its line (`#' where \\eqn{a \\neq 0}.`,
 * Rd markup), the eighty-seventh's.
 */
const SOURCE_LINE = new RegExp(
  `^[ \\t]*(?:-[ \\t]+)?(?:latex|tex)[ \\t]*:[ \\t]*\\S[^\\n]*$|^[ \\t]*[A-Za-z_]\\w*[ \\t]*:=[^\\n]*;[ \\t]*$|^${ALGORITHMIC.source}[^\\n]*$|^[ \\t]*#'[^\\n]*$`,
  'gm',
);

/**
 * Does `text` hold a configuration's key that names LaTeX (`latex:`, `tex :`)? A native
 * search for the colon, rare in prose, then a look back past spaces and tabs for `tex`:
 * a search for `tex` stops at every `\\textbf` of a dense abstract.
 *
 * @example
 * ```ts
 * texKey('latex: A^\\mathrm{PS}'); // true
 * texKey('\\textbf{x}: y'); // false
 * ```
 */
function texKey(text: string): boolean {
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    let k = at;
    while (text.charCodeAt(k - 1) === 0x20 || text.charCodeAt(k - 1) === 0x09) k--;
    if (k >= 3 && text.startsWith('tex', k - 3)) return true;
  }
  return false;
}

/**
 * Does a line of `text` start with an algorithm's command? Each line's start is looked at,
 * not every character: a dense abstract holds many backslashes and few lines (a search
 * over the whole text, once a pass, had cost such text a fifth of its time).
 *
 * @example
 * ```ts
 * algorithmicLine('Input: x\n\\STATE $y$'); // true
 * algorithmicLine('we use \\State here'); // false
 * ```
 */
function algorithmicLine(text: string): boolean {
  for (let start = 0; start >= 0; start = text.indexOf('\n', start) + 1 || -1) {
    ALGORITHMIC.lastIndex = start;
    if (ALGORITHMIC.test(text)) return true;
  }
  return false;
}

/**
 * Whether a field line's braces pair from its first to its last, the first closing last
 * (`note = {a} and {b}` closes before its end).
 *
 * @example
 * ```ts
 * bracesBalance('author={Doll{\\\'a}r},'); // true
 * bracesBalance('note = {a} and {b}'); // false
 * ```
 */
function bracesBalance(line: string): boolean {
  const open = line.indexOf('{');
  if (open < 0) return true;
  const last = line.lastIndexOf('}');
  let depth = 0;
  for (let k = open; k <= last; k++) {
    const code = line.charCodeAt(k);
    if (code === 0x5c) k++;
    else if (code === 0x7b) depth++;
    else if (code === 0x7d && --depth === 0 && k < last) return false;
  }
  return depth === 0;
}

/** A BibTeX entry's field line (`  title = {…`, `author="…`) or its closing brace. */
const FIELD_LINE = /^[ \t]*(?:[A-Za-z_-]+[ \t]*=|\})/;

const PARAGRAPH_MEMO = 'code:paragraph';

/**
 * A line break before a blank line, searched from an entry for its index (`scan.ts`'s
 * `BLANK_LINE` only tests for one).
 */
const PARAGRAPH_BREAK = /\n[ \t\r]*(?=\n)/g;

/** A BibTeX entry's head: its type, its `{`, its key and the comma after it. */
const ENTRY_HEAD = /^@[A-Za-z]+[ \t]*\{[ \t]*[^\s,{}]+[ \t]*,/;

/**
 * A Python session whose prompt ends at `at` (its space), the prompt first on its
 * line after any indent and Python after it: code, its output too, protected to the
 * next blank line or the text's end, as a doctest runs, or to a line of prose after
 * it (see {@link SESSION_END}). A `>>> ` inside a line (`a >>> b`) is none, nor one
 * before prose (an email's or Markdown's quote, `>>> I agree`).
 *
 * @example
 * ```ts
 * session(">>> escape('<b>')\nMarkup('&lt;b&gt;')\n\nR&amp;D", 3); // protects up to 37
 * session('a >>> b', 5); // undefined
 * session('>>> I agree with \\emph{this}', 3); // undefined
 * session('>>> f(1)\n2\nThe $\\alpha$ one', 3); // protects up to 10
 * ```
 */
function session(text: string, at: number): Outcome | undefined {
  const prompt = at + 1 - PROMPT.length;
  if (prompt < 0 || !text.startsWith(PROMPT, prompt) || !firstOnLine(text, prompt)) {
    return undefined;
  }
  // Python after the prompt, not prose quoted three levels deep (`>>> I agree`).
  if (!PYTHON_LINE.test(text.slice(at + 1, at + 41))) return undefined;
  SESSION_END.lastIndex = at;
  return protect(SESSION_END.exec(text)?.index ?? text.length);
}

/**
 * A shell session's command line: `$ ` first on its line before a command's name (small
 * letters, two or more, no symbol's or operator's name) and a space or the line's end,
 * with no other `$` on the line that could close a formula (only variables' `$HOME`,
 * `${x}`, `$(cmd)`). Code to its line's end (a shell guide's `$ printf` line that quotes
 * with backquotes and `''`, the two-hundred-and-thirty-seventh blind set's clean side).
 *
 * @example
 * ```ts
 * shellPrompt('$ echo ``hi\'\' to $HOME', 0); // protects up to 22
 * shellPrompt('$ mu $ and', 0); // undefined
 * shellPrompt('costs $ 5', 6); // undefined
 * ```
 */
function shellPrompt(text: string, at: number): Outcome | undefined {
  if (text.charCodeAt(at + 1) !== 0x20 || !firstOnLine(text, at)) return undefined;
  const lineEnd = text.indexOf('\n', at);
  const line = text.slice(at + 2, lineEnd < 0 ? text.length : lineEnd);
  const name = /^[a-z][a-z0-9_-]+(?= |$)/.exec(line)?.[0];
  if (name === undefined || Object.hasOwn(SYMBOL_MACROS, name) || OPERATOR_NAMES.has(name)) {
    return undefined;
  }
  if (/\$(?![A-Za-z_{(])/.test(line)) return undefined;
  // Not a formula's closer wrapped to a line's start (`… $O(n` / `$ which …`, review3):
  // see `wrappedFormulaBefore`, which reads a bounded stretch, so a long session costs no
  // more.
  if (wrappedFormulaBefore(text, text.lastIndexOf('\n', at) + 1)) return undefined;
  return protect(at + 2 + line.length);
}

/**
 * Whether a formula is left open before the line that starts at `at`: an odd count of
 * unescaped dollars that open neither a price (`$5`, `$2M`; `$10^{-3}` opens a formula)
 * nor a shell's variable (`$CUDA_HOME`, `${x}`, `$(CC)`, review6 and review7) in its
 * paragraph's lines before it (up to 2,000 characters back, to a blank line, CRLF's too),
 * prompts' lines aside (`$ ` first on a line, whatever command follows: `$ ./configure`,
 * `$ cd $HOME`, review5).
 *
 * @example
 * ```ts
 * wrappedFormulaBefore('a bound of $ O(n)\n$ which', 18); // true
 * wrappedFormulaBefore('with $N$ GPUs:\n$ ./configure\n$ make', 29); // false
 * ```
 */
function wrappedFormulaBefore(text: string, at: number): boolean {
  // (From a line's start: a prompt's line cut in half would count its variables, review6.)
  const from = at > PROMPT_REACH ? text.indexOf('\n', at - PROMPT_REACH) + 1 : 0;
  let dollars = 0;
  for (let end = at - 1; end > from; ) {
    const start = Math.max(from, text.lastIndexOf('\n', end - 1) + 1);
    const line = text.slice(start, end);
    if (line.trim() === '') break;
    if (!/^[ \t]*\$(?: |\r?$)/.test(line)) {
      for (let k = line.indexOf('$'); k !== -1; k = line.indexOf('$', k + 1)) {
        if (line.charCodeAt(k - 1) === 0x5c) continue;
        const head = line.slice(k, k + 40);
        if (!SHELL_VARIABLE.test(head) && !PRICE.test(head)) dollars++;
      }
    }
    end = start - 1;
  }
  return dollars % 2 === 1;
}

/**
 * A shell's or Make's variable, which no formula opens: `$CUDA_HOME`, `${NAME}`, `$(CC)`
 * (a name of two characters or more in capitals, not closed by a `$` right after it nor
 * called, `$SE(3)`, review7).
 */
const SHELL_VARIABLE = /^\$(?:[A-Z_][A-Z0-9_]+(?![A-Za-z0-9_$(])|\{|\()/;

/** A price, which no formula opens: `$5`, `$0.50`, `$2M` (not `$10^{-3}`, review7). */
const PRICE = /^\$\d[\d.,]*(?![\d.,^_{\\$])/;

/** How far back a prompt looks for a formula left open. */
const PROMPT_REACH = 2000;

/**
 * What a session's first line starts with: a keyword, a literal or a bracket, or a name
 * (attributes too) followed by a call or an index glued to it, an assignment or the
 * line's end (`escape("<b>")`, `np.array([1])`, `x = 1`, `s`, `import re`, `2 + 2`); not
 * a sentence (`I agree`, `Thanks.`, `Results (Table 1) show`), nor a literal that
 * starts one (`10 GeV is the scale`, `2. The parameter is`).
 */
const PYTHON_LINE =
  /^(?:(?:import|from|def|class|for|if|while|with|return|assert|del|lambda|try|raise|print|async|await|yield)\b|[\d([{'"](?![^\n]*[a-z]{2,} [a-z]{2,})|[A-Za-z_][\w.]*(?<!\.)(?:[([]|[ \t]*(?:=|\r?\n|$)))/;

/**
 * Where a session ends: a line break before a blank line, or before a line that reads
 * as prose, a word then a space and a small word, a formula, a macro or a group, or an
 * acronym and a small word (`The $\\alpha$ parameter`, `which gives`, `ALMA observations`,
 * `Done with R&amp;D.`; not `True`, `ValueError: x` or `Traceback (most recent call
 * last):`, which a session prints).
 */
const SESSION_END =
  /\n[ \t\r\f\v\u00a0]*(?:(?=\n|$)|(?=[A-Za-z][a-z]*:? [a-z$\\{]|[A-Z]{2,} [a-z$\\{]))/g;

/** A line that may close a fence: up to three spaces, backquotes or tildes, blanks. */
const FENCE_CLOSER = /\n {0,3}(`{3,}|~{3,})[ \t]*\r?(?=\n|$)/g;

/** Commands that define a macro or an environment: what follows them is source. */
const DEFINITIONS: ReadonlySet<string> = new Set([
  'newcommand',
  'renewcommand',
  'providecommand',
  'DeclareRobustCommand',
  'DeclareMathOperator',
  'DeclareTextCommandDefault',
  'newenvironment',
  'renewenvironment',
  'def',
  'gdef',
  'edef',
  'xdef',
]);

/** The longest Markdown code span read. */
const SPAN_LIMIT = 200;

/**
 * A Markdown code span at `at` (`` `\\textbf{...}` ``, ``` ``$\\alpha$`` ```): a run of
 * backquotes, then text on one line, then a run of the same length. What it holds is
 * code, shown as written, so it is protected whole. Not TeX's quotes, which close with
 * `'` (`` `lazy' `` and ``` ``lost'' ```): a span that holds `''`, that ends with a
 * space (`` `a' and `b' ``), or whose closer is glued to a word after an apostrophe
 * inside (`` (`FT') and (`PT') ``), after a straight quote inside a doubled one
 * (``` (``Agents"), verbs (``Events") ```) or after an opener glued to one
 * (`` model`s … user`s ``), is no code span; nor is a grave accent's backquote
 * (`` Universit\\`a ``).
 *
 * @example
 * ```ts
 * codeSpan('Use `\\textbf{...}` only', 4); // protects up to 19
 * codeSpan("the `lazy' and `busy' ones", 4); // undefined
 * ```
 */
function codeSpan(text: string, at: number): Outcome | undefined {
  const before = text.charCodeAt(at - 1);
  if (before === 0x60 || before === 0x5c) return undefined;
  let from = at;
  while (text.charCodeAt(from) === 0x60) from++;
  const run = from - at;
  const stop = Math.min(text.length, from + SPAN_LIMIT);
  for (let k = from; k < stop; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x0a) return undefined;
    if (code !== 0x60) continue;
    let end = k;
    while (text.charCodeAt(end) === 0x60) end++;
    if (end - k !== run || text.charCodeAt(k - 1) === 0x5c) {
      k = end - 1;
      continue;
    }
    const content = text.slice(from, k);
    // CommonMark pads a span with a space on each side where its content starts with
    // backquotes (`` ` ``XXX'' ` ``, a TeX quote shown as source): one backquote around,
    // two or more inside, a span whatever it holds. (Not TeX's own nesting, two around:
    // ```` `` `good' '' ````.)
    const last = content.length - 1;
    if (
      run === 1 &&
      last > 2 &&
      content.charCodeAt(0) === 0x20 &&
      content.charCodeAt(last) === 0x20 &&
      content.startsWith('``', 1)
    ) {
      return protect(end);
    }
    if (content === '' || content.includes("''")) return undefined;
    // Nor is one holding a converter's `’’` for TeX's closing quote whose closing run opens
    // a quotation glued to its word (```` <b>``gold’’</b> and <b>``silver’’ ````, review130);
    // ```` ``foldl’’`` is ```` and ```` ``x’’ = $y$`` in ```` are spans (review131).
    if (run === 2 && content.includes('’’') && isWordChar(text.charCodeAt(end))) {
      return undefined;
    }
    if (isSpace(content.charCodeAt(content.length - 1))) return undefined;
    // A closer glued to the next word is a TeX quote's opener when an apostrophe closed
    // something in between (`(\`FT') and (\`PT')`), or a straight quote closed a
    // doubled one (`(\`\`Agents"), verbs (\`\`Events")`), or when the opener is glued
    // too: backquotes typed as apostrophes (`model\`s … user\`s`). `\`Tensor\`s` is a span.
    const next = text.charCodeAt(end);
    const afterBracket = text.charCodeAt(k - 1) === 0x28;
    const closed = content.includes("'") || (run === 2 && afterBracket && content.includes('"'));
    if (isWordChar(next) && (closed || isWordChar(before))) return undefined;
    return protect(end);
  }
  return undefined;
}

/**
 * Whether the line that holds `at` is a reStructuredText math directive's
 * (`.. math:: x^2`), the backslash in its formula. The text's directive lines are
 * found once a pass (most texts hold none), so a long line of backslashes costs no
 * look back per backslash.
 *
 * @example
 * ```ts
 * mathDirective('.. math:: h = 2 \\frac{a}{b}', 16, ctx); // true
 * mathDirective('we write \\frac{a}{b}', 9, ctx); // false
 * ```
 */
function mathDirective(text: string, at: number, ctx: Context): boolean {
  const lines = ctx.once(DIRECTIVE_MEMO, () =>
    text.includes('.. math::') ? [...text.matchAll(MATH_DIRECTIVE)] : [],
  );
  for (const line of lines) {
    if (at >= (line.index ?? 0) && at < (line.index ?? 0) + line[0].length) return true;
  }
  return false;
}

const DIRECTIVE_MEMO = 'code:math-directive';

/** A reStructuredText math directive's line, indented or not. */
const MATH_DIRECTIVE = /^[ \t]*\.\. math::.*$/gm;

/**
 * Where a Python raw string ends whose opening `r"` or `r'` is in the token from `start`
 * (its start, or after a bracket, `=` or a comma: `plt.title(r"…`) and holds the
 * backslash at `at`: at its closing quote in the same token, before no word and after no
 * formula's `$`, or -1. A raw string is code's, its LaTeX a plot's label or a converter's
 * input (`tex = r"\\frac{d}{dx}(x^{2}+x)"`).
 *
 * @example
 * ```ts
 * rawStringEnd('tex = r"\\frac{d}{dx}" # x', 6, 8); // 20
 * rawStringEnd('the r"ho" sound', 4, 6); // -1
 * ```
 */
function rawStringEnd(text: string, start: number, at: number): number {
  const open = RAW_OPENER.exec(text.slice(start, at));
  if (open === null) return -1;
  const quote = (open[2] ?? open[3]) as string;
  // Its closing quote on the line, within reach: in the same token, or before code's
  // punctuation or the line's end (`r"^\\[GitHub ([^\\]]+)\\]", rest`). After a space,
  // a quote before more prose is a plural's apostrophe (`r'\\approx 0.9 … students' x`).
  let close = -1;
  let spaced = false;
  for (let k = at + 1; k < at + 2 * REACH && k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x0a) return -1;
    spaced ||= isSpace(code);
    if (text[k] === quote) {
      close = k;
      break;
    }
  }
  if (close < 0 || isWordChar(text.charCodeAt(close + 1))) return -1;
  if (spaced && !/^[ \t]*(?:[),\]};:]|\r?$|\n)/.test(text.slice(close + 1, close + 4))) return -1;
  // A formula's `$` inside is no string's (`$f(r'\\theta)$ … model's`); a pattern's
  // anchor may end one (`r"\\.py$"`), and an escaped one stand in it (`r"\\$(x)"`).
  // R's raw string is bracketed inside its quotes (`TeX(r"(\\textbf{x} is $e^{i\\pi}$.)")`):
  // no prose's quote is, and its dollars are the string's.
  if (rBracketed(text, start + open.index + (open[1] ?? '').length + 2, close)) return close + 1;
  for (let k = at + 1; k < close - 1; k++) {
    if (text.charCodeAt(k) === 0x24 && text.charCodeAt(k - 1) !== 0x5c) return -1;
  }
  return close + 1;
}

/**
 * Whether the raw string's body from `body` to its closing quote at `close` is R's
 * bracketed form: `(`, `[` or `{` after the opening quote, dashes or not, and the
 * matching bracket, the same dashes, before the closing one (`r"(…)"`, `r"--[…]--"`).
 *
 * @example
 * ```ts
 * rBracketed('r"(a $x$)"', 2, 9); // true
 * rBracketed('r"a $x$"', 2, 7); // false
 * ```
 */
function rBracketed(text: string, body: number, close: number): boolean {
  let dashes = 0;
  while (text.charCodeAt(body + dashes) === 0x2d) dashes++;
  const pair = R_BRACKETS[text[body + dashes] as string];
  return (
    pair !== undefined &&
    close - body > 2 * dashes + 1 &&
    text[close - dashes - 1] === pair &&
    text.slice(close - dashes, close) === '-'.repeat(dashes)
  );
}

/** R's raw string brackets, opening to closing. */
const R_BRACKETS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

/**
 * A raw string's opening in a token, before the backslash with no quote or space between:
 * an `r` or `R` that starts the token or follows a bracket, `=`, `>` or a comma, then a quote;
 * or Julia's LaTeX string, `L"` (LaTeXStrings.jl: `title = L"\\forall x"`, the
 * eighty-seventh blind set's clean side).
 */
const RAW_OPENER = /(^|[([{=,>])(?:[rR](["'])|L("))[^"'\s]*$/;

/**
 * Whether the character `code` may make a token code: `\\ : / [ %`, a path's
 * (`%USERPROFILE%\\`) or a pattern's. Compared as a code: the token loop does nothing
 * else per character.
 *
 * @example
 * ```ts
 * isHint(0x3a); // true (`:`)
 * ```
 */
function isHint(code: number): boolean {
  return code === 0x5c || code === 0x3a || code === 0x2f || code === 0x5b || code === 0x25;
}

/** What may follow a pattern's backslash: `\d`, `\S`, `\.`, `\p{…}`, `\o{…}`. */
const PATTERN_ESCAPES = 'dwsDWS.pPo';

/**
 * A drive, a network share or a Windows variable (`%USERPROFILE%\\`, `$env:APPDATA\\`)
 * at the token's start, or a Unix path's start: not a letter and a colon after a
 * formula's opener (`$f:\\mathbb{R}$`; padded, {@link mapSignature} says so) nor a doubled
 * macro (`$\\\\lambda$`).
 */
const PATH = /^["'(=]*(?:[A-Za-z]:\\|\\\\[\w.-]+\\|%\w+%\\|\$env:\w+\\)|^["'(]*~?\.{0,2}\/[A-Za-z]/;

/**
 * Does the token open with a letter, a colon and a macro some rule knows or a math
 * alphabet (`f:\\mathbb{R}^n`, `T:\\mathcal{H}`)? Inside a formula that is a map's
 * signature, spaced from the opener (`$ f:\\mathbb{R}^n\\to\\mathbb{R} $`), no drive's
 * path (`C:\\Users`).
 *
 * @example
 * ```ts
 * mapSignature('f:\\mathbb{R}^n\\to\\mathbb{R}'); // true
 * mapSignature('C:\\Users\\me'); // false
 * ```
 */
function mapSignature(token: string): boolean {
  const name = /^["'(=]*[A-Za-z]:\\([A-Za-z]+)/.exec(token)?.[1];
  return name !== undefined && (isKnown(name) || MATH_ALPHABETS.has(name));
}

/**
 * Where a LaTeX expression quoted whole ends, past its closing quote: a control word
 * right after an opening quote (straight, curly or angle: `"`, `'`, `“`, `‘`, `«`, `「`)
 * right after a verb that tells it is typed ({@link TYPING_CUE}), then no space
 * up to the matching closer, which ends a word, within {@link QUOTED_SOURCE_REACH}; else
 * -1.
 *
 * @example
 * ```ts
 * quotedSourceEnd('type "\\frac{1}{x}".', 6); // 18
 * quotedSourceEnd('the so-called "\\alpha-cut"', 15); // -1
 * ```
 */
function quotedSourceEnd(text: string, at: number): number {
  const open = text[at - 1] as string;
  if (!Object.hasOwn(QUOTE_PAIRS, open) || !isLetter(text.charCodeAt(at + 1))) return -1;
  const close = QUOTE_PAIRS[open];
  if (!TYPING_CUE.test(text.slice(Math.max(0, at - 40), at - 1))) return -1;
  const stop = Math.min(text.length, at + QUOTED_SOURCE_REACH);
  for (let k = at + 2; k < stop; k++) {
    if (isSpace(text.charCodeAt(k))) return -1;
    if (text[k] === close) return isWordChar(text.charCodeAt(k + 1)) ? -1 : k + 1;
  }
  return -1;
}

/**
 * A verb right before a quoted expression that tells it is typed, not quoted as a term
 * (`type "1/x" instead of "\\frac{1}{x}"`; not `the so-called "\\alpha-cut"`, nor a noun:
 * `the source domain "\\mathcal{D}_s"`).
 */
const TYPING_CUE =
  /\b(?:type[sd]?|typing|write|writes|writing|enter|instead of|shortcut|snippet|trigger|expands? to)\s*$/i;

/** How far {@link quotedSourceEnd} looks for the closing quote. */
const QUOTED_SOURCE_REACH = 60;

/**
 * Whether a drive's path token and the one space a folder's name holds end just before
 * `start` (`C:\\Program `), within {@link REACH}: read back from the space over the
 * path's characters, as `/(?:^|[\s(])[A-Za-z]:\\[\w.\\-]* $/` would on that slice,
 * without a slice and a search at every backslash.
 *
 * @example
 * ```ts
 * spacedPathBefore('Add C:\\Program Files', 15); // true
 * spacedPathBefore('the \\emph', 4); // false
 * ```
 */
function spacedPathBefore(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 0x20) return false;
  const low = Math.max(0, start - REACH);
  let k = start - 1;
  while (k > low && isPathChar(text.charCodeAt(k - 1))) k--;
  return (
    k - 2 >= low &&
    text.charCodeAt(k) === 0x5c &&
    text.charCodeAt(k - 1) === 0x3a &&
    isLetter(text.charCodeAt(k - 2)) &&
    (k - 2 === low || /[\s(]/.test(text[k - 3] as string))
  );
}

/**
 * A character a path's segment holds: an ASCII letter or digit, `_`, `.`, `\\` or `-`
 * (the class `[\w.\\-]`).
 *
 * @example
 * ```ts
 * isPathChar(0x2e); // true (`.`)
 * ```
 */
function isPathChar(code: number): boolean {
  return isAlphanumeric(code) || code === 0x5f || code === 0x2e || code === 0x5c || code === 0x2d;
}

/**
 * A regular expression's escapes, quantifier or class (`[0-9\.\,]`, `[\s\d]`, `[\da-f]`,
 * `[\w.-]`: a class's escape before another, punctuation or a range; not a macro's name
 * in brackets, `[L_\star]`, `[\delta-1,`, `[\sigma|x]`), an escaped hyphen
 * made optional (`\-?`), a file extension after `\.`, or a shell's variable before a
 * dotfile's folder (`"$PWD\.studio"`, `$HOME\.config`: no accent follows a `$` name).
 */
const PATTERN =
  /\\[dwsDWS][+*?]|\\[dwsDW](?![A-Za-z]|\{[A-Za-z])|\\[pP]\{[A-Za-z]|\\o\{\d|\[[^\]\s{]*\\(?:[-\]\\^]|[dwsDWS](?=[\]\\.,\s|+*?-]|[A-Za-z]-[A-Za-z0-9])|\.(?![A-Za-z{]))|\\-[+*?]|\$[A-Za-z_]\w+\\\.[a-z]|\\\.(?:py|csv|html?|com|org|net|io|exe|zip|json|txt|js|ts|md|pdf|png|jpe?g|gif|[choa]|cpp|java|sh|ya?ml|xml|log|gz|tar|so|dll)(?![A-Za-z])/;

/**
 * Is this token a path or a pattern?
 *
 * @example
 * ```ts
 * isCode('C:\\path\\to\\dataset'); // true
 * isCode('\\alpha\\beta'); // false
 * ```
 */
function isCode(token: string, formula = false): boolean {
  if ((PATH.test(token) && !(formula && mapSignature(token))) || PATTERN.test(token)) {
    return true;
  }
  if (/[{}$^(]/.test(token)) return false;
  // A script's mark is math's (`p_\\theta`), unless it only joins a file name's words
  // at a path's end (`activate.d\\env_vars.bat`).
  if (token.includes('_') && !FILE_NAME_END.test(token)) {
    return false;
  }
  // Glued segments: `drivers\etc\hosts` is a path when one of them is no known macro.
  const segments = token.split('\\');
  let chained = 0;
  let unknown = false;
  for (let k = 1; k < segments.length; k++) {
    // A JSON dump's `\u2019` or Python's `\xe9` is an escaped character, no path's
    // segment (one outside ASCII: `\x1b`, `\x41` may be a path's `\xfiles`).
    if (/^(?:u[0-9A-Fa-f]{4}|x[89A-Fa-f][0-9A-Fa-f])/.test(segments[k] as string)) continue;
    // Nor is a dump's blank line, `\n\n` before a word (`channel\n\nacting`).
    if (segments[k] === 'n' && segments[k + 1]?.startsWith('n')) continue;
    // A hidden directory between two backslashes, a name after it, is a path's
    // (`\.pyenv\pyenv-win`), no dot accent's (`Ma\l\.zy\'nski`, `\.Zu\lawski`).
    if (
      k < segments.length - 1 &&
      /^\.[A-Za-z][\w-]{2,}$/.test(segments[k] as string) &&
      /^[A-Za-z0-9]/.test(segments[k + 1] as string)
    ) {
      chained++;
      unknown = true;
      continue;
    }
    const name = /^[A-Za-z]+/.exec(segments[k] as string)?.[0];
    if (name === undefined) continue;
    chained++;
    if (
      !isKnown(name) &&
      !DELIMITER_NAMES.has(name) &&
      !(formula && (MATH_ALPHABETS.has(name) || name === 'rm'))
    ) {
      unknown = true;
    }
  }
  return chained >= 2 && unknown;
}

/**
 * A snake-cased file name with a small extension ending a path's token, a sentence's
 * mark after it (`\env_vars.bat`, `\make_plots.py,`; not math's `\theta_n.We`).
 */
const FILE_NAME_END = /\\[A-Za-z\d]+_[A-Za-z\d_]*\.[a-z][a-z\d]{0,4}[,;:)]?\.?$/;

/**
 * Math alphabets and math styles a segment may name inside a formula
 * (`$\\mathscr M\\to\\mathscr N$` is no path), and so may `\\rm` (`$67.3\\pm6.6\\rm km$`);
 * outside one a folder may be called so
 * (`src\\bm\\theta`). Known to the rules, not to {@link isKnown}, whose callers ask of a
 * name alone. Text styles (`\\text`, `\\emph`, `\\mbox`) are as likely a path's words.
 */
const MATH_ALPHABETS: ReadonlySet<string> = new Set([
  'mathbb',
  'Bbb',
  'mathscr',
  'mathfrak',
  'mathcal',
  'cal',
  'mathrm',
  'mathbf',
  'mathit',
  'mathsf',
  'mathtt',
  'boldsymbol',
  'bm',
]);

/**
 * A macro some rule reads, among those a path's segment could look like.
 *
 * @example
 * ```ts
 * isKnown('alpha'); // true
 * isKnown('Users'); // false
 * ```
 */
export function isKnown(name: string): boolean {
  return (
    Object.hasOwn(SYMBOL_MACROS, name) ||
    Object.hasOwn(ABBREVIATIONS, name) ||
    Object.hasOwn(LOGOS, name) ||
    OPERATOR_NAMES.has(name) ||
    SIZERS.has(name) ||
    Object.hasOwn(NAMED_SPACING, name)
  );
}

/**
 * The delimiters' names (`\\rvert`, `\\rangle`): `\\right\\rvert` is no path's segments.
 * Not among {@link isKnown}'s names, whose callers unescape a doubled backslash before
 * them (a string's `"\\\\rVert"` stays).
 */
const DELIMITER_NAMES: ReadonlySet<string> = new Set(NAMED_DELIMITERS.map(([name]) => name));
