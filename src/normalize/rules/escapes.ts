/**
 * `escapes`: LaTeX's escaped specials read as the characters they print: `\%`, `\_`,
 * `\#`, `\$`, `\&`, `\{`, `\}`, and the same doubled by a second escaping
 * (`Q\\&A`). `\\` (a line break) is otherwise kept and skipped. `\&` and an entity
 * after it decode together (`\&amp;` → `&`), and `\{url\}` loses its braces like any
 * braced URL: otherwise the output would hold a new artifact for a second pass.
 *
 * Also what only looks like an accent: `\'` after a word and before an apostrophe's
 * ending (`MLLM\'s`, `Don\'t`, `we\'re`) or a non-letter is an escaped apostrophe,
 * and `\"` that closes a quotation (or opens one that such a `\"` closes) is an
 * escaped quote: they become `'` and `"`. And LaTeX's spacing: a control space
 * (`i.e.\ the`), thin spaces (`4\,GHz`, `\;`, `\:`) and named ones (`\quad`,
 * `\enspace`) read as a space (nothing next to one), `\!` and `\@` as nothing, `\-` between letters as a hyphen, and `{,}` between
 * digits (math mode's thousands separator, `1{,}024`) as a comma.
 *
 * @example
 * ```text
 * a significant 45\% drop → a significant 45% drop
 * F\_1 and \#1 and \$20 and R\&D → F_1 and #1 and $20 and R&D
 * a shrug ¯\_(ツ)_/¯ and x\_1 → a shrug ¯\_(ツ)_/¯ and x_1
 * data extraction and Q\&A; simulation, but \&bigstar; → data extraction and Q&A; simulation, but \&bigstar;
 * a network of \$n\$ neurons costs \$5, but echo \$HOME and "$dir\$file" → a network of n neurons costs $5, but echo \$HOME and "$dir\$file"
 * \$OneMillion-Bench: How Far, but echo \$HOME, \$DataDir; and C:\$WinREAgent → $OneMillion-Bench: How Far, but echo \$HOME, \$DataDir; and C:\$WinREAgent
 * the set \{a, b\} → the set {a, b}
 * MLLM\'s output, Don\'t, we\'re, the models\' scores → MLLM's output, Don't, we're, the models' scores
 * the \"best\" model, Q\\&A, \'Too much culture\': a title → the "best" model, Q&A, 'Too much culture': a title
 * print("\"%s\" and \"%s\"" % (a, b)), but \"best\" → print("\"%s\" and \"%s\"" % (a, b)), but "best"
 * costs \\$5 for \\#1 (\\$10M), but a\\$b and {print \\$2} → costs $5 for #1 ($10M), but a\\$b and {print \\$2}
 * the \'90s and the 2020\'s → the '90s and the 2020's
 * the EU AI Act\'92s regime and \'93hello\'94 → the EU AI Act’s regime and “hello”
 * an automated \`\`lock\-and\-refine'' workflow → an automated “lock-and-refine” workflow
 * Yo\'City, a ``mirage\'\' and 19.7\\,FPS (7.56 vs.\\ 9.67), but 'Mc\'Donald' and 'Mc\'Cain' → Yo'City, a “mirage” and 19.7 FPS (7.56 vs. 9.67), but 'Mc\'Donald' and 'Mc\'Cain'
 * a B\\'ezier curve, Schr\\"odinger and it\\'s → a Bézier curve, Schrödinger and it's
 * the ``\,Graduiertenkolleg Geometrie\,'' and 4\,GHz → the “Graduiertenkolleg Geometrie” and 4 GHz
 * so-called ``\,\textit{x}\,'' and ``\,`nested'\,'' quotes → so-called “x” and “ ‘nested’ ” quotes
 * at 4\,GHz, i.e.\ without, zero\-shot, end\-to\-end → at 4 GHz, i.e. without, zero-shot, end-to-end
 * pre-trained on histo\-pathology slides → pre-trained on histopathology slides
 * pre-trained and self\-supervised, a teacher\-student and vision\-language pair → pre-trained and self-supervised, a teacher-student and vision-language pair
 * histo\-pathology and re\-ranking, no hyphen typed → histo-pathology and re-ranking, no hyphen typed
 * with $T_{\rm\!\,eff}$ and $x\,\!y$ → with T_{eff} and xy
 * costs $0.008 vs.\ \$0.12, but e.g.\ \cite{a} and docker run \ --rm → costs $0.008 vs. $0.12, but e.g.\ \cite{a} and docker run \ --rm
 * $x=1,\quad y=2$, a \qquad b, \noindent We → x=1, y=2, a b, We
 * 3\hspace{0.2em}kpc, a \hspace{1em} b and \vspace{2mm}Text, but \hspace{\fill} → 3 kpc, a b and Text, but \hspace{\fill}
 * LLaMA\nobreakdash-3.1 and Gemma\nobreakdash--3 → LLaMA-3.1 and Gemma--3
 * \ This work enables parallel TTS → This work enables parallel TTS
 * the Ne X line at 12.14 \AA\<LF>was bright, i.e.\<LF>the lines, but ./configure \<LF>and x\<LF>y → the Ne X line at 12.14 Å<LF>was bright, i.e.<LF>the lines, but ./configure \<LF>and x\<LF>y
 * $1.44 \, \mathrm{K}$, $10 \ R_\oplus$ and x \; y, but docker run \ --rm → 1.44 K, 10 R_⊕ and x y, but docker run \ --rm
 * $\log\;p_\theta$ and $a\;b$, but find . -exec rm {} \; -print and find . -exec ls \; → log p_θ and a b, but find . -exec rm {} \; -print and find . -exec ls \;
 * $T \sim 10^4\rm \, K$ and $2-500{\rm \, GeV}$ → T ∼ 10^4 K and 2-500 GeV
 * a gap of \\(30.8\\%\\) and 0.9\\(\\times\\), but "\\(\\d+\\)" and a line\\(see below) → a gap of 30.8% and 0.9×, but "\\(\\d+\\)" and a line\\(see below)
 * by \\(4.8\\) BLEU, \\(10\\)k dialogues, \\(60%\\) faster, \\(k\\)NN and \\(k\\)-means, but O\\(n\\) → by 4.8 BLEU, 10k dialogues, 60% faster, kNN and k-means, but O\\(n\\)
 * a batch of 1{,}024 and 2{,}048 samples, but {,} alone → a batch of 1,024 and 2,048 samples, but {,} alone
 * s = 'l\'eau', y\'all, but {\"a\": 1}, {\'first name\': 1}, .md\:flex and user\@example.com → s = 'l\'eau', y'all, but {\"a\": 1}, {\'first name\': 1}, .md\:flex and user\@example.com
 * as a JSON dump escapes them: \\emph{not}, \\lambda=0.1, 8.76\\% → as a JSON dump escapes them: not, λ=0.1, 8.76%
 * {"solution": "x = 2, so \\boxed{2} and \\alpha"}, as a JSON object shows it → {"solution": "x = 2, so \\boxed{2} and \\alpha"}, as a JSON object shows it
 * {"solution": "so 45\\% and \\(x\\)"}<LF>then "use \\alpha" here → {"solution": "so 45\\% and \\(x\\)"}<LF>then "use α" here
 * curl -d "{\"msg\": \"hi\"}" and DB_PASSWORD=\"v\" → curl -d "{\"msg\": \"hi\"}" and DB_PASSWORD=\"v\"
 * \"Not Aligned\" is Not \"Malicious\": Being Careful → "Not Aligned" is Not "Malicious": Being Careful
 * {"quote": "\"hi\""} → {"quote": "\"hi\""}
 * with \~{}10 times fewer parameters → with ~10 times fewer parameters
 * falls from 0.82!-!0.94 to 0.28!-!0.61 (10%!--!20%), but x!-!y and Hello!-!World → falls from 0.82-0.94 to 0.28-0.61 (10%--20%), but x!-!y and Hello!-!World
 * improves Pass\^{}1 at x.edu/\~{}user → improves Pass^1 at x.edu/~user
 * GUI-360\°: a dataset → GUI-360°: a dataset
 * the “\” key, 反斜杠（\），「\」 and $\relax\@sharp$, $a\!b$ but $\count\!x$ → the “\” key, 反斜杠（\），「\」 and \relax\@sharp, ab but \count\!x
 * find . -exec cp {} /tmp \; -print and (find . -exec ls \;) → find . -exec cp {} /tmp \; -print and (find . -exec ls \;)
 * find . -exec cp \{} /backup \; -o -exec rm \{\} + → find . -exec cp \{} /backup \; -o -exec rm \{\} +
 * the game $G + \{\} = G$ → the game G + {} = G
 * $k_p\ =\ 0.05$, $T\ \sim 10$ and $\log N\ [cm]$, but a\ =b → k_p = 0.05, T ∼ 10 and log N [cm], but a\ =b
 * $\alpha\ =\ -0.7$, but $(\ -1)$ → α = -0.7, but (\ -1)
 * that {\em a priori\/} guarantees and \textit{word\/} x, but https:\/\/x.org → that a priori guarantees and word x, but https:\/\/x.org
 * cow (oo)\_______ and \#*\# here, but x\_1 and \#1 → cow (oo)\_______ and \#*\# here, but x_1 and #1
 * broken {\it below}\/ the QCD scale, but {a}\/b → broken below the QCD scale, but {a}\/b
 * scaling to 3 \space billion, a\space b → scaling to 3 billion, a b
 * pretrained on \~15 trillion tokens (\~40 in all) → pretrained on ~15 trillion tokens (~40 in all)
 * grep '[0-9]\{2\}$' and sed 's/a\{1,3\}//' → grep '[0-9]\{2\}$' and sed 's/a\{1,3\}//'
 * src.match(/^\$+([^\$\n]+?)\$+/) and \$5 → src.match(/^\$+([^\$\n]+?)\$+/) and $5
 * a Painlev\\'{e} system and $N\\times N$ matrices → a Painlevé system and N×N matrices
 * type "\::" for Agda's ∷ and “\;” here, a LilyPond hairpin c4\> c c\! } → type "\::" for Agda's ∷ and “\;” here, a LilyPond hairpin c4\> c c\! }
 * a {\\em quantum} theory for 45\\%, but plt.title("{\\bf Title}") → a quantum theory for 45%, but plt.title("{\\bf Title}")
 * an accuracy of 98{\%} and R{\&}D, but {\%} alone → an accuracy of 98% and R&D, but {%} alone
 * see Equation \@ref(eq:binom) and tar -czf b_$(date +\%Y\%m\%d).tgz, but 45\% and \%TR → see Equation \@ref(eq:binom) and tar -czf b_$(date +\%Y\%m\%d).tgz, but 45% and %TR
 * description: "This string contains \"quotes\" inside", but the \"best\" model → description: "This string contains \"quotes\" inside", but the "best" model
 * relative paths such as "..\" work → relative paths such as "..\" work
 * "title": "The \"Best\" Game", but a 12" screen and \"best\" results → "title": "The \"Best\" Game", but a 12" screen and "best" results
 * {'title': 'MLLM\'s Reasoning'} and open source \LaTeX\ editors → {'title': 'MLLM's Reasoning'} and open source LaTeX editors
 * echo $'a \'ysoftman\' b'<LF>cd dir\ name\ with\ space<LF>but agreements\ are typical → echo $'a \'ysoftman\' b'<LF>cd dir\ name\ with\ space<LF>but agreements are typical
 * use \-\-sort\-key here, and code LIKE '%\_20%' → use \-\-sort\-key here, and code LIKE '%\_20%'
 * WHERE Name LIKE '\%AAA%' {escape '\'} and a LIKE ‘\_%’ ESCAPE '\' → WHERE Name LIKE '\%AAA%' {escape '\'} and a LIKE ‘\_%’ ESCAPE '\'
 * LIKE ’MY\_EXPRESSION_’ ESCAPE ’\’; and \*not emphasis*\, but 4\,GHz → LIKE ’MY\_EXPRESSION_’ ESCAPE ’\’; and \*not emphasis*\, but 4 GHz
 * It must be escaped (\$); so is Handlebars' \{{name}}. But US dollars (\$) and \{x_i\} → It must be escaped (\$); so is Handlebars' \{{name}}. But US dollars ($) and {x_i}
 * s = s.replace(/\\frac\{([^}]+)\}/g, '$1'), but rates (/yr) of 5\% → s = s.replace(/\\frac\{([^}]+)\}/g, '$1'), but rates (/yr) of 5%
 * printf("%s said \"hello\"\n", name); print('It\'s done') → printf("%s said \"hello\"\n", name); print('It\'s done')
 * echo 'Don\'t try this at home' → echo 'Don\'t try this at home'
 * var xs = parse('a "b c" \\$def \'it\'\\\'\'s great\''); → var xs = parse('a "b c" \\$def \'it\'\\\'\'s great\'');
 * PS1='\e[0;32m\$\e[0m ' → PS1='\e[0;32m\$\e[0m '
 * let g:o = '--unique file:@pdf\#src', but the C\# language → let g:o = '--unique file:@pdf\#src', but the C# language
 * String s = "I\'m learning", ¯\\\_(ツ)\_/¯, but "abstract": "the MLLM\'s output" → String s = "I\'m learning", ¯\\\_(ツ)\_/¯, but "abstract": "the MLLM's output"
 * a banner's \___ \| and a Markdown \__init\__ → a banner's \___ \| and a Markdown __init__
 * Escaped characters: \{ \} \[ \] \* \_ \~ \^ \, \\ → Escaped characters: \{ \} \[ \] \* \_ \~ \^ \, \\
 * /_/   \_\____/ |_| → /_/   \_\____/ |_|
 * $3 \,\, \text{Mpc}$ and $a\,\, b$ → 3 Mpc and a b
 * TeX spacing: \! \, \: \; here, Escape: \* / \_ / \#, but ($\alpha$, \%, \&, \#) and $a\,\! b$ → TeX spacing: \! \, \: \; here, Escape: \* / \_ / \#, but (α, %, &, #) and a b
 * ```
 *
 * @module
 */

import {
  isAlphanumeric,
  isDigit,
  isLetter,
  isLower,
  isSpace,
  isUpper,
  isWordChar,
  lettersEnd,
  lettersStart,
  lineBefore,
  macroNameStart,
  numberEnd,
  openString,
  quotedAlone,
  tokenStart,
} from '../scan.js';
import { SYMBOL_ACCENTS } from '../tables/accents.js';
import { NAMED_SPACING, SPACE_MARKS } from '../tables/spacing.js';
import { SYMBOL_MACROS } from '../tables/symbols.js';
import { STYLE_COMMANDS, STYLE_DECLARATIONS } from '../tables/text-styles.js';
import { type Context, type Outcome, protect, type Rule, single } from '../types.js';
import { startsUrl, unescapeUrl, urlEnd } from '../urls.js';
import { escapedAccentMark } from './accents.js';
import { isKnown } from './code.js';
import { readReference } from './entities.js';
import {
  BIBTEX_FIELDS,
  bibtexSource,
  FORMULA_LIMIT,
  insideFormula,
  looksLikeMath,
} from './math-delimiters.js';
import { isKnownMacro } from './unknown-macros.js';

const PLAIN: Readonly<Record<string, string>> = {
  '%': '%',
  _: '_',
  '#': '#',
  $: '$',
  '&': '&',
  '{': '{',
  '}': '}',
};

/** How far a quotation opened by `\"` may run before its closing `\"`. */
const QUOTE_LIMIT = 200;

/**
 * Whether the `\\/` at `at` is TeX's italic correction: after a letter or a period, right
 * before the `}` that closes its group (the caller asks that a style opened it).
 *
 * @example
 * ```ts
 * italicCorrection('{\\em vs.\\/}', 7); // true
 * italicCorrection('https:\\/\\/x', 6); // false
 * ```
 */
function italicCorrection(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (text.charCodeAt(at + 2) !== 0x7d || !(isLetter(before) || before === 0x2e)) return false;
  // A JSON-escaped URL's last slash (`\textit{see http:\/\/x.org\/}`) is no correction.
  return !text.slice(tokenStart(text, at, 200), at).includes('\\/');
}

/**
 * Whether the `\/` at `at` is an italic correction right after a styled group's closing
 * brace (`{\it below}\/ the`): the group, within reach, opens with a slanted
 * declaration, or is an italic command's argument (bold type is upright: after `{\bf 2}`
 * a `\/` is an escaped slash).
 *
 * @example
 * ```ts
 * afterStyleGroup('{\\it below}\\/ the', 11); // true
 * afterStyleGroup('{a}\\/b', 3); // false
 * ```
 */
function afterStyleGroup(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 0x7d) return false;
  let depth = 0;
  for (let k = at - 1; k >= 0 && k > at - 200; k--) {
    const code = text.charCodeAt(k);
    // An escaped brace (`\{\it a\}`) is a printed one, no group's.
    if ((code === 0x7b || code === 0x7d) && text.charCodeAt(k - 1) === 0x5c) continue;
    if (code === 0x7d) depth++;
    else if (code === 0x7b && --depth === 0) {
      return (
        ITALIC_GROUP.test(text.slice(k, k + 5)) ||
        ITALIC_COMMAND.test(text.slice(Math.max(0, k - 8), k))
      );
    }
  }
  return false;
}

/**
 * A basic regular expression's interval after a bracket or a character: `]\{2\}`,
 * `a\{1,3\}` (not a script's escaped group, `mAP$\_\{50\}$`, nor a set after a macro's
 * name, `\setminus\{0\}`).
 */
const BRE_INTERVAL = /(?:\]|(?<!\\[A-Za-z]*)[A-Za-z0-9.])\\\{\d+(?:,\d*)?\\\}/;

/**
 * An interval's syntax with its counts as letters (`\{n\}`, `\{n,m\}`, `\{n,\}`), as a
 * comment teaching basic regular expressions writes it; a pattern only with a bracket's
 * range beside it (`[0-9]`, `[a-z]`), since `\{n\}` alone is also TeX's set in prose.
 */
const BRE_PLACEHOLDER = /(?<!\\[A-Za-z]*[ \t]*|\$[ \t]*)\\\{(?:[nm](?:,[nm]?)?|,[nm])\\\}/;

/**
 * A bracket expression's whole class of digits or letters (`[0-9]`, `[a-z]`, `[^A-Z]`,
 * `[a-zA-Z]`); not a citation's or a score's range (`[1-3]`, `[0-1]`, review1).
 */
const BRACKET_RANGE = /\[\^?(?:0-9|a-z|A-Z)(?:0-9|a-z|A-Z)*\]/;

/**
 * Whether `text` holds a basic regular expression's interval: a count after a bracket
 * or a character, or its syntax taught beside a bracket's range.
 *
 * @example
 * ```ts
 * breInterval("grep '[0-9]\\{3\\}'"); // true
 * breInterval('# [0-9] any digit\n# \\{n\\} repeat exactly n times'); // true
 * breInterval('the set \\{n\\} of one index'); // false
 * ```
 */
function breInterval(text: string): boolean {
  return BRE_INTERVAL.test(text) || (BRE_PLACEHOLDER.test(text) && BRACKET_RANGE.test(text));
}

const PATTERN_MEMO = 'escapes:pattern';

/**
 * Where the `\{` at `at` ends when it opens find's placeholder escaped for the shell,
 * `\{}` or `\{\}` after `-exec` (`-execdir`, `-ok`) earlier on its line; -1 otherwise.
 * TeX's `\{\}` is an empty set's braces (`$G + \{\} = G$`).
 *
 * @example
 * ```ts
 * findPlaceholderEnd('-exec cp \\{} /backup \\;', 9); // 12
 * findPlaceholderEnd('$G + \\{\\} = G$', 5);          // -1
 * ```
 */
function findPlaceholderEnd(text: string, at: number): number {
  const end = text.startsWith('}', at + 2) ? at + 3 : text.startsWith('\\}', at + 2) ? at + 4 : -1;
  return end !== -1 && afterExec(text, at) ? end : -1;
}

/**
 * Is `at` inside find's `-exec` (`-execdir`, `-ok`, `-okdir`) command: one earlier on its
 * line, within 200 characters?
 *
 * @example
 * ```ts
 * afterExec('find . -exec cp {} /tmp \\;', 24); // true
 * afterExec('x \\; y', 2);                      // false
 * ```
 */
function afterExec(text: string, at: number): boolean {
  return /-(?:exec|ok)(?:dir)? [^\n]*$/.test(text.slice(Math.max(0, at - 200), at));
}

/** A group opened by a slanted declaration (`{\it`, `{\em`, `{\sl`). */
const ITALIC_GROUP = /^\{\\(?:it|em|sl)(?![A-Za-z])/;
/** An italic or slanted command before its argument's brace (`\textit{`, `\emph{`). */
const ITALIC_COMMAND = /\\(?:textit|emph|textsl)$/;

/** Whether `code` ends a glob: the text's end, a space, a line break or a `/`. */
function globEnd(code: number): boolean {
  return Number.isNaN(code) || code === 0x20 || code === 0x0a || code === 0x2f;
}

export const escapes: Rule = {
  name: 'escapes',
  prefilter: {
    triggers: '\\{',
    anchors: ['\\', '{', '!-'],
    needles: ['!-!', '!--!'],
  },
  match(text, at, ctx) {
    if (text.charCodeAt(at) === 0x7b) return groupedComma(text, at);
    if (text.charCodeAt(at) === 0x21) return lostNegativeSpaces(text, at);
    if (text.charCodeAt(at) !== 0x5c) return undefined;
    const next = text[at + 1];
    if (next === undefined) return undefined;
    if (listedEscape(text, at)) return protect(at + 2);
    // A regular expression's literal in code (`s.replace(/\\frac\{([^}]+)\}/g, …)`): its
    // escapes are the pattern's. Looked for only in a text that may open one.
    if (ctx.once(REGEX_OPEN_MEMO, () => REGEX_OPENERS.some((o) => text.includes(o)))) {
      if (regexLiteral(text, at)) return protect(at + 2);
    }
    if (next === '\\') return doubled(text, at, ctx);
    if (next === "'") return apostrophe(text, at);
    // Two escaped backquotes are a Markdown exporter's TeX opening quote (`\`\`lock''`):
    // no accent sits on a backquote.
    if (next === '`' && text.startsWith('\\`', at + 2)) return single(at, at + 4, '``');
    // Inside a JSON or shell string (`"{\"key\": …}"`, `VAR=\"v\"`) every `\"` is the
    // string's own escape: keep them all, or the string's escaping breaks.
    if (next === '"') return jsonString(text, ctx) ? protect(at + 2) : quote(text, at);
    // TeX's italic correction at a styled group's end (`{\\em vs.\\/}`) prints nothing; a
    // JSON-escaped slash (`https:\\/\\/`, `"b\\/}"`) ends no style's group.
    if (
      next === '/' &&
      ((ctx.braces.at(-1) === true && italicCorrection(text, at)) || afterStyleGroup(text, at))
    ) {
      return single(at, at + 2, '');
    }
    // R Markdown's cross-reference, `\@ref(fig:x)`: bookdown's syntax, no TeX spacing.
    if (next === '@' && text.startsWith('ref(', at + 2)) return protect(at + 2);
    const spacing = SPACING[next];
    if (spacing !== undefined) {
      return quotedSequence(text, at) || (listedBackslash(text, at) && !insideFormula(ctx, at))
        ? protect(at + 2)
        : space(text, at, spacing, insideFormula(ctx, at), ctx);
    }
    // A control space at a line's end (`12.14 \\AA\\<LF>was`, `i.e.\\<LF>the`): the line
    // break is its space. Only after a macro's name or an abbreviation's period: a
    // backslash after a space or a word ends a shell's or a program's line.
    if (
      (next === '\n' || (next === '\r' && text[at + 2] === '\n')) &&
      controlSpaceBefore(text, at)
    ) {
      return single(at, at + 1, '');
    }
    if (isLetter(next.charCodeAt(0))) return namedSpace(text, at, ctx.macroName(text, at));
    if (next === '-') return hyphen(text, at, ctx);
    // `\~{}` prints a tilde: "about" before a number (`\~{}10 times`), where `tie` keeps it,
    // or a home directory's in an address (`x.edu/\~{}user`).
    if (
      next === '~' &&
      text.startsWith('{}', at + 2) &&
      (at === 0 ||
        isSpace(text.charCodeAt(at - 1)) ||
        text[at - 1] === '(' ||
        (text[at - 1] === '/' &&
          isLetter(text.charCodeAt(at - 2)) &&
          isLetter(text.charCodeAt(at + 4))))
    ) {
      return single(at, at + 4, '~');
    }
    // `\^{}` prints a caret, the accent on nothing: an exponent (`Pass\^{}k`, the way an
    // exporter writes `Pass^k` in text) on a word or a number standing alone, before a
    // number or one letter and then a space or punctuation (not a string's `"a\^{}b"`,
    // a version's `v1.2\^{}3`: see {@link caretExponent}).
    if (next === '^' && text.startsWith('{}', at + 2) && caretExponent(text, at)) {
      return single(at, at + 4, '^');
    }
    // A Markdown exporter's escaped tilde before a number is "about" (`pretrained on \~15
    // trillion tokens`, a model card's): TeX's accent takes no digit.
    if (
      next === '~' &&
      isDigit(text.charCodeAt(at + 2)) &&
      (at === 0 || isSpace(text.charCodeAt(at - 1)) || text[at - 1] === '(')
    ) {
      return single(at, at + 2, '~');
    }
    // `360\°`: a backslash before a symbol outside ASCII escapes nothing. Not before
    // punctuation, where it is a backslash quoted in prose (`the “\” key`, `反斜杠（\）`,
    // `「\」`): General Punctuation's quotes and dashes, and East Asian punctuation.
    const symbol = next.charCodeAt(0);
    if (
      symbol >= 0x80 &&
      symbol < 0x3000 &&
      !isWordChar(symbol) &&
      (symbol < 0x2000 || symbol > 0x206f)
    )
      return single(at, at + 1, '');
    const plain = PLAIN[next];
    if (plain === undefined) return undefined;
    // find's placeholder escaped for the shell (`-exec cp \{} /backup \;`): the command's.
    if (next === '{') {
      const end = findPlaceholderEnd(text, at);
      if (end !== -1) return protect(end);
      // Handlebars' or Mustache's escaped tag (`\{{name}}`, `\{{#each xs}}`,
      // `\{{{raw}}}`): TeX's groups inside escaped braces hold a backslash before `}`
      // (`\{{a}\}`), not `}}` after plain text.
      const mustache = /^\{\{?[^{}\\$\n]{1,60}\}\}/.exec(text.slice(at + 2, at + 68));
      if (mustache !== null && !insideFormula(ctx, at)) return protect(at + 2 + mustache[0].length);
    }
    // The escape named in prose about escaping (`it must be escaped (\$).`): shown, not
    // used. Only a lone special between brackets or quotes, outside a formula, after
    // `escaped` or `backslash` on its clause (an astronomer's `escape fraction (\%)` is
    // read).
    if (
      /^[)"'`”’\]]/.test(text[at + 2] ?? '') &&
      ESCAPING.test(text.slice(Math.max(0, at - 60), at)) &&
      !insideFormula(ctx, at)
    ) {
      return undefined;
    }
    // A crontab's escaped percent before a date's directive (`date +\%Y\%m\%d`): cron's
    // own escape, after the format's `+` or beside another (not `(\%TR)`, a metric's).
    if (
      next === '%' &&
      isLetter(text.charCodeAt(at + 2)) &&
      (/\+\\%[A-Za-z]\S*$|\+$/.test(text.slice(Math.max(0, at - 40), at)) ||
        text.startsWith('\\%', at + 3) ||
        /\\%[A-Za-z]$/.test(text.slice(Math.max(0, at - 3), at)))
    ) {
      return protect(at + 2);
    }
    // A pattern's escaped dollar: before a quantifier, or after an anchor or a class's
    // start (`/^\$+([^\$\n]+?)\$+/`, a Markdown parser's): the regular expression's own.
    if (
      next === '$' &&
      ('+*?'.includes(text[at + 2] ?? '.') || '^['.includes(text[at - 1] ?? '.'))
    ) {
      return protect(at + 2);
    }
    // A basic regular expression's interval (`[0-9]\{2\}`, `[a-z]\{3,9\}`: grep's, sed's)
    // makes the text a pattern, whose escaped braces and dollars are its own.
    if ('{}$'.includes(next) && ctx.once(PATTERN_MEMO, () => breInterval(text))) {
      return undefined;
    }
    // The shrug's arm is a backslash, not an escape (`¯\_(ツ)_/¯`, its other arm escaped
    // in Markdown too, `(ツ)\_/¯`), and so is an ASCII
    // drawing's before a run of underscores (cowsay's `(oo)\_______`, a banner's `\___ `),
    // which TeX would write `\_\_` (a Markdown dunder's `\__init__` is read), and so is
    // every `\_` of a text drawn in ASCII (figlet's `/_/` and `|_|`).
    if (
      next === '_' &&
      (text.startsWith('(ツ)', at + 2) ||
        text.startsWith('___', at + 2) ||
        (text.startsWith('__', at + 2) && !isWordChar(text.charCodeAt(at + 4))) ||
        text.startsWith('/¯', at + 2) ||
        ctx.once(ASCII_ART_MEMO, () => ASCII_ART.test(text)))
    ) {
      return undefined;
    }
    // SQL's pattern escapes its wildcards (`LIKE '%\_20%'`, `LIKE '\%AAA%'`): the
    // pattern's, as written.
    if ((next === '_' || next === '%') && likePattern(text, at)) return undefined;
    // A glob's escaped `#` beside its `*` at the pattern's end (a `.gitignore`'s
    // `\#*\#`, `.\#*`), where TeX's `\#` stands before a number or a name
    // (`$D^{*\#}$`, `**\#1**`, `\#*SAT` are read).
    const star =
      text[at + 2] === '*'
        ? globEnd(text.charCodeAt(at + 3)) || text[at + 3] === '\\'
        : text[at - 1] === '*' && globEnd(text.charCodeAt(at + 2));
    if (next === '#' && star) {
      return undefined;
    }
    // A `\#` inside a single-quoted string code opened (a Vim option's
    // `let g:opts = '…file:@pdf\#src…'`): the string's, as written.
    if (next === '#' && codeQuoteOpen(text, at)) return undefined;
    // A shell prompt's `\$` beside its colours' escapes (`PS1='\e[0;32m\$\e[0m '`).
    if (next === '$' && besideColour(text, at)) return undefined;
    // A shell's escaped dollar before its string's escaped or closing quote, in a string a
    // statement assigns on its line (`var="'(]\\{}\$\""`, the Advanced Bash-Scripting
    // Guide's, the two-hundred-and-thirty-seventh blind set's clean side): no price.
    if (
      next === '$' &&
      (text[at + 2] === '"' || text.startsWith('\\"', at + 2)) &&
      assignedStringOpen(text, at) &&
      !bibtexFieldOpen(text, at)
    ) {
      return protect(at + 2);
    }
    // A shell's or PowerShell's escaped variable (`echo \$HOME`, `"$dir\$file"`,
    // `\${x}`, `\$(cmd)`): money comes before a number, not a name.
    // An escaped closer nearby on the line makes the pair escaped math (`\$n\$ neurons`).
    // A pattern between such a pair is code's, kept whole (`/\\$_([a-z])\\$/g`).
    if (next === '$' && SHELL_NAME_START.test(text[at + 2] ?? '') && !namedDollar(text, at)) {
      const closer = escapedCloser(text, at);
      if (closer < 0) return protect(at + 2);
      if (/(?<!\\)[[(?*+|]/.test(text.slice(at + 2, closer))) return protect(closer + 2);
    }
    // `\&amp;`: the escaped ampersand starts an entity; read the two as one.
    if (next === '&' && /^[#A-Za-z][#A-Za-z0-9]{0,31};/.test(text.slice(at + 2, at + 36))) {
      // An accent's escaped mark before its vowel is `accents`' (`Pok\&#39;emon`).
      if (escapedAccentMark(text, at)) return undefined;
      const entity = readReference(text, at + 1);
      if (entity !== undefined) return single(at, entity.end, entity.text, 'entities');
      // One letter is no reference's name (`Q\&A; atomistic`): an ampersand's escape.
      if (!/^[A-Za-z];/.test(text.slice(at + 2, at + 4))) return { hits: [], resume: at + 2 };
    }
    if (next === '{' && startsUrl(text, at + 2)) {
      const end = urlEnd(text, at + 2);
      if (text.startsWith('\\}', end - 1)) {
        return single(at, end + 1, unescapeUrl(text.slice(at + 2, end - 1)), 'href');
      }
    }
    // BibTeX's group around an escaped percent or ampersand after a number or a word
    // (`98{\\%}`, `R{\\&}D`, the ACL Anthology's): the group prints the special alone.
    // (Not a macro's argument, `\\verb{\\%}`, `\\code{\\&}`, nor TikZ's `node{\\%}`.)
    if (
      (next === '%' || next === '&') &&
      text.charCodeAt(at - 1) === 0x7b &&
      text.charCodeAt(at + 2) === 0x7d &&
      isAlphanumeric(text.charCodeAt(at - 2)) &&
      text.charCodeAt(lettersStart(text, at - 1) - 1) !== 0x5c &&
      !text.endsWith('node', at - 1)
    ) {
      return single(at - 1, at + 3, plain);
    }
    if (next === '%') {
      const copy = copiedPercent(text, at);
      if (copy !== undefined) return copy;
    }
    return single(at, at + 2, plain);
  },
};

/**
 * A percentage's TeX copied right after its rendering, as a page's math copied as text
 * leaves `$4\%$` (arXiv's HTML: the rendered `4%`, then the TeX annotation `4\%`;
 * KaTeX adds a third copy, `4%`): the copies go, one rendering stays. The same number
 * both times, a whole one, glued.
 *
 * @example
 * ```ts
 * copiedPercent('driving 4%4\\% to', 10); // one hit: '4\\%' → ''
 * copiedPercent('a 14%4\\% b', 6); // undefined (another number)
 * ```
 */
function copiedPercent(text: string, at: number): Outcome | undefined {
  let start = at;
  while (start > at - 12 && (isDigit(text.charCodeAt(start - 1)) || text[start - 1] === '.')) {
    start--;
  }
  const number = text.slice(start, at);
  const copy = start - 1 - number.length;
  if (!isDigit(number.charCodeAt(0)) || copy < 0 || !text.startsWith(`${number}%`, copy)) {
    return undefined;
  }
  const before = text.charCodeAt(copy - 1);
  // (Nor a decimal's part: `1,5%5\\%`, review130.)
  if (isWordChar(before) || before === 0x2e || before === 0x2c) return undefined;
  // (KaTeX's third copy, the rendered HTML's, before no digit: `4%4\%4%`.)
  const third = `${number}%`;
  const end =
    text.startsWith(third, at + 2) && !isDigit(text.charCodeAt(at + 2 + third.length))
      ? at + 2 + third.length
      : at + 2;
  return single(start, end, '');
}

/**
 * `\\` (a line break), or a special or a macro escaped twice (`Q\\&A`, `45\\%`,
 * `\\emph{x}`): the second escaping of a JSON or Markdown dump, read as the special
 * itself where the special would stand (`&` between words, `%` after a number, `_` in a
 * word, `$` or `#` before a number), and as one backslash before a macro's name followed by `{` or known to a rule.
 *
 * @example
 * ```ts
 * doubled('Q\\\\&A', 1, ctx); // one hit: '\\\\&' → '&'
 * doubled('\\\\emph{x}', 0, ctx); // one hit: '\\' → '' (then `\\emph{x}` is read)
 * ```
 */
function doubled(text: string, at: number, ctx: Context): Outcome {
  // In a JSON object shown as source (`{"solution": "… \\boxed{2} and 45\\%"}`), `\\` is
  // that format's own escape of one backslash: all of it stays as written.
  if (at < ctx.once(JSON_SOURCE_MEMO, () => jsonSourceEnd(text))) {
    return { hits: [], resume: at + 2 };
  }
  const special = text.charCodeAt(at + 2);
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at + 3);
  // An accent's braced letter after the special (`\\\\'{e}`).
  const braced = after === 0x7b && text.charCodeAt(at + 5) === 0x7d;
  let fits = false;
  if (before === 0x5c) fits = false;
  else if (special === 0x26) fits = isWordChar(before) || before === 0x20;
  else if (special === 0x25) fits = isDigit(before);
  else if (special === 0x5f) fits = isWordChar(before) && isWordChar(after);
  else if ((special === 0x2c && isDigit(before)) || (special === 0x20 && abbreviated(text, at))) {
    // A thin space escaped twice after a number (`19.7\\\\,FPS`), or a control space after
    // an abbreviation's period (`vs.\\\\ 9.67`): no line break is followed by a comma, and
    // none follows `vs.`. One backslash goes; the next pass reads the rest.
    return single(at, at + 1, '');
  } else if (
    (special === 0x27 || special === 0x22 || special === 0x60) &&
    (isLetter(before) || braced)
  ) {
    // An accent escaped twice inside a word (`B\\\\'ezier`, `Schr\\\\"odinger`,
    // `Painlev\\\\'{e}`), or before a braced letter anywhere (`\\\\'{E}cole`): one
    // backslash goes, and `accents` reads the rest, when its letter takes that accent.
    const mark = SYMBOL_ACCENTS[text[at + 2] as string] as string;
    const letter = braced ? at + 4 : at + 3;
    // The rest is read in the next pass, as a word's escape again (`it\\\\'s` → `it's`).
    if (
      isLetter(text.charCodeAt(letter)) &&
      `${text[letter]}${mark}`.normalize('NFC').length === 1
    ) {
      return { hits: [{ start: at, end: at + 1, text: '' }], resume: at + 3 };
    }
  } else if (special === 0x28 || special === 0x29) {
    // Inline math's delimiters escaped twice by a dump (`\\(98\\%\\)`): one backslash goes
    // where the pair closes, or opened, within a formula's reach; `math-delimiters`
    // reads the rest. A lone `\\(` is LaTeX's line break before a bracket.
    // Both ends at once from the opener: a rule's fix just before the closer (a style's
    // `}`) could otherwise skip it, leaving `A\\)` half read.
    const other = doubledDelimiters(text, at, special === 0x28, ctx);
    if (other >= 0) {
      if (special === 0x29) return single(at, at + 1, '');
      return {
        hits: [
          { start: at, end: at + 1, text: '' },
          { start: other, end: other + 1, text: '' },
        ],
        resume: other + 3,
      };
    }
  } else if (special === 0x24 || special === 0x23) {
    // A price or a number's sign before a digit, as a word of its own (`costs \\$5`, `\\#1`,
    // `\\$10M`), not one in code, closed by a brace or a quote (`awk '{print \\$2}'`).
    const stop = at + 3 + (/^\d*/.exec(text.slice(at + 3, at + 24))?.[0].length ?? 0);
    fits =
      isDigit(after) &&
      (at === 0 || before === 0x20 || before === 0x28) &&
      !/[}\]'"`]/.test(text[stop] ?? '');
  } else if (isLetter(special) && before !== 0x27 && before !== 0x22) {
    // `\\textbf{x}`, `\\lambda`: a macro a JSON dump escaped twice (a line break before a
    // macro's name with a brace, or a name a rule knows, is not what LaTeX was meant to
    // say); right after a quote it is a string literal in code (`'\\textbf{'`).
    const end = lettersEnd(text, at + 2);
    // An empty group after a command that takes an argument, set apart as a word, is a
    // placeholder in text about the command (`within \\boxed{}.` in a prompt's string):
    // it stays as written either way. (After a user's macro, `{}` ends its name:
    // `\\pizero{}'s` is read.)
    const name = text.slice(at + 2, end);
    const placeholder =
      text.charCodeAt(end) === 0x7b &&
      text.charCodeAt(end + 1) === 0x7d &&
      (at === 0 || isSpace(before)) &&
      !isWordChar(text.charCodeAt(end + 2)) &&
      (STYLE_COMMANDS.has(name) || ARGUMENT_TAKERS.has(name));
    // A style declaration opening its group in prose (`a {\\em quantum\nprobability}`,
    // `({\\bf TAM})`, ``` ``{\\em x}'' ```, a list's `- {\\em x}`): not in a string, one
    // its line opened or an earlier one (`"organised by {\\bf x}"`, `', {\\em ' + name`, a
    // Julia block's `information = "…<LF>{\\em Osaka J. Math.}`), nor a macro's argument
    // (`\\iconl{\\bf …}`) or a field's value (`label: {\\bf Figure 1.}`); nor in a text of
    // LaTeX source a program writes: a BibTeX entry's field, a bibliography's item or bold
    // volume (`\\bibitem`, `{\\em Osaka J. Math.} {\\bf 9}`), a template's tag (`{%`).
    const declaration =
      before === 0x7b &&
      STYLE_DECLARATIONS.has(name) &&
      text.charCodeAt(end) === 0x20 &&
      (at === 1 || '([`'.includes(text[at - 2] as string) || proseBefore(text, at - 2)) &&
      !openString(text, at, 2000) &&
      !bibtexSource(text, ctx) &&
      !ctx.once(SOURCE_SIGNS_MEMO, () => SOURCE_SIGNS.test(text));
    // A style command spaced from its group is one too (`$\\\\texttt {SAGE} $`, a
    // Scholar alert's title), as TeX reads it; not glued after a word, whose space a
    // converter lost (`they\\\\emph {degrade}` would read `theydegrade`).
    const spacedGroup =
      text.charCodeAt(end) === 0x20 &&
      text.charCodeAt(end + 1) === 0x7b &&
      STYLE_COMMANDS.has(name) &&
      !isWordChar(before);
    if (
      !placeholder &&
      (text.charCodeAt(end) === 0x7b || spacedGroup || isKnown(name) || declaration)
    ) {
      return single(at, at + 1, '');
    }
  }
  return fits ? single(at, at + 3, text[at + 2] as string) : { hits: [], resume: at + 2 };
}

/**
 * Whether the space at `space` follows prose: a word's character, a sentence's mark or a
 * list's dash (`as a {\\em quantum}`, `- {\\em first}`), not a macro's name
 * (`\\rightarrow {\\bf R}`), a group's end (`\\iconl{…} {\\bf Date:}`) nor a field's
 * colon (`label: {\\bf Figure 1.}`).
 *
 * @example
 * ```ts
 * proseBefore('as a {x', 4); // true
 * proseBefore('} {x', 1); // false
 * ```
 */
function proseBefore(text: string, space: number): boolean {
  const before = text.charCodeAt(space - 1);
  return (
    isSpace(text.charCodeAt(space)) &&
    (isWordChar(before) || ',.;-'.includes(text[space - 1] ?? ' ')) &&
    text.charCodeAt(lettersStart(text, space) - 1) !== 0x5c
  );
}

/**
 * Signs of LaTeX source a program writes, escaped twice in its strings (or once, after
 * a pass read one backslash of them): a bibliography's item, block or small capitals
 * (`\\bibitem`, `\\newblock`, `{\\sc M. Suzuki}`), a bold volume number (`{\\bf 9}`),
 * a template's tag (`{% if x %}`).
 */
const SOURCE_SIGNS = /\\\\?(?:bibitem|newblock)|\{\\\\?(?:sc [A-Z]\.|bf ?\d)|\{%/;

const SOURCE_SIGNS_MEMO = 'escapes:source-signs';

/**
 * Where a JSON object (or an array of them) that starts the text ends, with the objects
 * of JSON Lines that follow it line by line: after the last closing bracket, or at the
 * text's end if it never closes; 0 when the text starts with none
 * (`{"key":` or `[{"key":` first). Strings are skipped with their escapes, so a brace in
 * one counts for nothing.
 *
 * @example
 * ```ts
 * jsonSourceEnd('{"a": "\\\\boxed{2}"} then prose'); // 19
 * jsonSourceEnd('Example: {"a": 1}'); // 0
 * ```
 */
function jsonSourceEnd(text: string): number {
  const head = JSON_SOURCE.exec(text);
  if (head === null) return 0;
  let depth = 0;
  for (let k = head[0].search(/[[{]/); k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x22) {
      // A string, to its closing quote: `\\` and `\"` are escapes inside it.
      for (k++; k < text.length && text.charCodeAt(k) !== 0x22; k++) {
        if (text.charCodeAt(k) === 0x5c) k++;
      }
    } else if (code === 0x7b || code === 0x5b) depth++;
    else if ((code === 0x7d || code === 0x5d) && --depth === 0) {
      // JSON Lines: another object on the next line goes on.
      if (text.charCodeAt(k + 1) !== 0x0a || !JSON_SOURCE.test(text.slice(k + 1, k + 64))) {
        return k + 1;
      }
    }
  }
  return text.length;
}

/** A text that is a JSON object as written: `{"key":` first, or `[{"key":`. */
const JSON_SOURCE = /^\s*\[?\s*\{\s*"[^"\n]{1,40}"\s*:/;

const JSON_SOURCE_MEMO = 'escapes:json-source';

/** Commands besides the styles that take an argument (`\\boxed{}` is a placeholder). */
const ARGUMENT_TAKERS: ReadonlySet<string> = new Set([
  'boxed',
  'fbox',
  'frac',
  'sqrt',
  'cite',
  'ref',
  'url',
  'href',
]);

/**
 * Where the other end is, when the `\\(` (or `\\)`) at `at` is one end of a pair of inline
 * math delimiters that a dump escaped twice: the other end within a formula's reach, and
 * what they hold math once one backslash goes (`98\\%`, `\\times`, `0`), no pattern's
 * class, group or escape. `-1` otherwise.
 *
 * @example
 * ```ts
 * doubledDelimiters('of \\\\(30.8\\\\%\\\\) between', 3, true, ctx); // 13
 * doubledDelimiters('a \\\\(b) line', 2, true, ctx); // -1
 * ```
 */
function doubledDelimiters(text: string, at: number, opening: boolean, ctx: Context): number {
  let from: number;
  let to: number;
  // Each side is searched within a formula's reach only: a run of unpaired delimiters
  // costs no quadratic time.
  if (opening) {
    const found = text.slice(at + 3, at + 3 + FORMULA_LIMIT).indexOf('\\\\)');
    if (found < 0) return -1;
    from = at + 3;
    to = from + found;
  } else {
    const base = Math.max(0, at - FORMULA_LIMIT);
    const found = text.slice(base, at + 2).lastIndexOf('\\\\(');
    if (found < 0) return -1;
    from = base + found + 3;
    to = at;
  }
  // Padded (`\\( \\beta \\)`), or quoted whole (`"\\(x\\)"`), it is a Markdown or code
  // source's own escaping, shown as written.
  if (isSpace(text.charCodeAt(from)) || isSpace(text.charCodeAt(to - 1))) return -1;
  if (/["'`]/.test(text[from - 4] ?? '') && /["'`]/.test(text[to + 3] ?? '')) return -1;
  const inner = text.slice(from, to).replaceAll('\\\\', '\\');
  // Code escapes its strings so too (`"^\\(([^)]+)\\)$"`, `"\\(\\d+\\)"`, `"\\(" "\\)"`):
  // no pattern's class, alternation, quantifier or one-letter escape, no quote or `$`.
  if (/[[\]|?*()"'$]|\\[A-Za-z](?![A-Za-z])/.test(inner)) return -1;
  // Every backslash left starts a macro a rule knows, or escapes a percent sign
  // (`\\Omega = \\{1,2\\}` would leave its braces escaped).
  for (const found of inner.matchAll(/\\([A-Za-z]*)/g)) {
    const name = found[1] as string;
    if (name === '' ? inner[(found.index ?? 0) + 1] !== '%' : !isKnown(name)) return -1;
  }
  const opener = opening ? at : from - 3;
  const other = opening ? to : opener;
  // A macro a rule knows (`\\times`, `\\alpha`): math.
  if (/\\[A-Za-z]{2,}/.test(inner)) return looksLikeMath(inner, false) ? other : -1;
  // A percentage after a number (`\\(98\\%\\)`, `50\\(\\%\\)`, and `\\(60%\\)`, whose sign
  // lost its own escape): math.
  if (/^(?:[+-]?\d+(?:\.\d+)?)?\\?%$/.test(inner)) {
    return /\d/.test(inner) || isDigit(text.charCodeAt(opener - 1)) ? other : -1;
  }
  // A number or one letter alone is a code's or a Markdown source's escaped parentheses
  // as often (`size\\(1\\)`, `O\\(n\\)`, `" \\(s\\)"`): math only standing apart. A
  // number so is a value (`\\(10\\)k dialogues`, `by \\(4.8\\) BLEU`); one letter needs
  // more: another doubled pair standing apart in the text (`\\(k\\)NN … \\(k\\)-nearest`,
  // `\\(0\\)-\\(\\alpha\\)`).
  const number = /^[+-]?\d+(?:\.\d+)?$/.test(inner);
  if (!number && !/^[A-Za-z]$/.test(inner)) return -1;
  if (!standsApart(text, opener)) return -1;
  if (number) return other;
  // Another pair standing apart among the text's first few.
  return apartPairs(text, ctx).some((pair) => pair !== opener) ? other : -1;
}

/**
 * The doubled openers among the text's first eight that are paired within a formula's
 * reach and stand apart: found once a pass (this runs per pair, and a search from the
 * text's start at each made many pairs quadratic).
 *
 * @example
 * ```ts
 * apartPairs('\\\\(k\\\\)NN and size\\\\(1\\\\)', ctx); // [0]
 * ```
 */
function apartPairs(text: string, ctx: Context): readonly number[] {
  return ctx.once(PAIRS_MEMO, () => {
    const pairs: number[] = [];
    let pair = text.indexOf('\\\\(');
    for (let k = 0; pair >= 0 && k < 8; k++) {
      const next = text.indexOf('\\\\(', pair + 3);
      const close = text.indexOf('\\\\)', pair + 3);
      const paired = close > 0 && close - pair <= FORMULA_LIMIT && (next < 0 || next > close);
      if (paired && standsApart(text, pair)) pairs.push(pair);
      pair = next;
    }
    return pairs;
  });
}

const PAIRS_MEMO = 'escapes:apart-pairs';

/**
 * Does the doubled opener at `at` stand apart from the word before it (`of \\(10\\)k`),
 * unlike an escaped call's parentheses (`size\\(1\\)`, `f(x)\\(y\\)`)?
 *
 * @example
 * ```ts
 * standsApart('of \\\\(10\\\\)k', 3); // true
 * standsApart('size\\\\(1\\\\)', 4); // false
 * ```
 */
function standsApart(text: string, at: number): boolean {
  const left = text.charCodeAt(at - 1);
  return !isWordChar(left) && left !== 0x29;
}

/**
 * The `\\$` after the one at `at`, on its line and within a formula's reach, that closes
 * a formula: glued to what it closes, and no name's start after it (`\\$n\\$ neurons`,
 * `Domain\\$o1\\$,`; not `\\$new=\\$ARGV[0]`). Its position, or -1.
 *
 * @example
 * ```ts
 * escapedCloser('of \\\\$n\\\\$ neurons', 3); // 6
 * escapedCloser('echo \\\\$HOME and \\\\$PATH', 5); // -1
 * ```
 */
function escapedCloser(text: string, at: number): number {
  // The line's end within reach only: a search to the text's end at each `\$` made a
  // long line of them quadratic.
  const line = text.slice(at, at + FORMULA_LIMIT).indexOf('\n');
  const stop = line < 0 ? at + FORMULA_LIMIT : at + line;
  for (let k = text.indexOf('\\$', at + 2); k >= 0 && k < stop; k = text.indexOf('\\$', k + 2)) {
    if (!isSpace(text.charCodeAt(k - 1)) && !SHELL_NAME_START.test(text[k + 2] ?? '')) return k;
  }
  return -1;
}

/**
 * Does an abbreviation's period end just before the backslash at `at` (`vs.`, `e.g.`,
 * `et al.`: three letters or fewer before it), not a sentence's (`Observatory.\\`)?
 *
 * @example
 * ```ts
 * abbreviated('7.56 vs.\\\\ 9.67', 8); // true
 * ```
 */
function abbreviated(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 0x2e) return false;
  const letters = at - 1 - lettersStart(text, at - 1, 4);
  return letters >= 1 && letters <= 3;
}

/**
 * Does `text` hold a JSON object or a shell assignment inside a string (a key's `\":`
 * before a value, an assignment's `=\"`; not `{\"`, which is also `{\"U}`), or a JSON
 * object itself (`{` and a key: `{"quote": …`)? Then its `\"` are that string's escapes, not LaTeX's.
 *
 * @example
 * ```ts
 * jsonString('curl -d "{\\"a\\": 1}"', ctx); // true
 * ```
 */
function jsonString(text: string, ctx: Context): boolean {
  // Searched once per pass: a text of many `\"` must not search itself at each.
  // A key's `":` is in both the first and the last form: one native search rules out
  // both, and the pattern's scan, for text of `\"` escapes alone.
  return ctx.once(
    JSON_MEMO,
    () =>
      text.includes('\\" :') ||
      text.includes('=\\"') ||
      (text.includes('":') && (ESCAPED_KEY.test(text) || JSON_KEY.test(text))),
  );
}

/** A JSON value's start after a key's colon, spaces aside. */
const JSON_VALUE = String.raw`\s*(?:\\?"|[-\d{[]|true\b|false\b|null\b)`;

/** A JSON object's first key: `{"quote":`. */
const JSON_KEY = /\{\s*"[^"\n]{1,40}":/;

/**
 * An escaped key's `\":` before a JSON value (`\"a\": 1`, `\"k\": \"v\"`); a title's
 * quoted word before its colon is prose (`\"Malicious\": Being Careful`).
 */
const ESCAPED_KEY = new RegExp(`\\\\":${JSON_VALUE}`);

/**
 * Does a JSON value start at `at`, spaces aside (a string, a number, an object, an
 * array, `true`, `false` or `null`)?
 *
 * @example
 * ```ts
 * valueAfter('\\"a\\": 1', 5);         // true
 * valueAfter('\\"a\\": Being', 5);     // false
 * ```
 */
function valueAfter(text: string, at: number): boolean {
  return VALUE_START.test(text.slice(at, at + 8));
}

const VALUE_START = new RegExp(`^${JSON_VALUE}`);

const JSON_MEMO = 'escapes:json';

/**
 * Does the escaped dollar at `at` start a name in prose, as a benchmark's title may
 * (`\$OneMillion-Bench: How Far…`, the ninety-fifth and ninety-sixth blind sets' Hub
 * titles): after the text's start, a space, a parenthesis or a curly quote, a
 * camel-cased word (a capital, small letters, a capital inside) joined by a hyphen to
 * the next? No variable's name holds a hyphen: a shell's, Perl's or PowerShell's stays
 * (`\$HOME`, `my $ref = \$DataDir;`, `\$ErrorActionPreference`), and so does a Windows
 * folder (`C:\$WinREAgent`, `\$LogFile`).
 *
 * @example
 * ```ts
 * namedDollar('\\$OneMillion-Bench: How Far', 0); // true
 * namedDollar('echo \\$HOME', 5); // false
 * namedDollar('my $ref = \\$DataDir;', 10); // false
 * ```
 */
function namedDollar(text: string, at: number): boolean {
  return (
    (at === 0 || /[\s(“]/.test(text[at - 1] as string)) &&
    /^[A-Z][a-z]+[A-Z][A-Za-z]*-[A-Za-z]/.test(text.slice(at + 2, at + 42))
  );
}

/** What starts a shell's variable after its `$`: a name, `${…}` or `$(…)`. */
const SHELL_NAME_START = /[A-Za-z_{(]/;

/** Endings of English contractions and possessives after an apostrophe. */
export const APOSTROPHE_ENDINGS = ['s', 't', 're', 'll', 've', 'd', 'm'];

/**
 * The length of the apostrophe's ending that `part` starts with, as its whole run of small
 * letters, or 0: the caller says what may follow it.
 *
 * @example
 * ```ts
 * endingLength('re. And'); // 2
 * endingLength('st '); // 0
 * ```
 */
export function endingLength(part: string): number {
  const run = /^[a-z]*/.exec(part)?.[0] ?? '';
  return APOSTROPHE_ENDINGS.includes(run) ? run.length : 0;
}

/** RTF's `\'hh` escapes of Windows-1252's quotes and dashes, by their hex digits. */
const RTF_PUNCTUATION: Readonly<Record<string, string>> = {
  '91': '‘',
  '92': '’',
  '93': '“',
  '94': '”',
  '96': '–',
  '97': '—',
};

/**
 * `\'` as an escaped apostrophe: after a word (or a closing bracket or brace) and before an
 * apostrophe's ending that ends the word (`MLLM\'s`, `Don\'t`), or before a space or
 * punctuation (`the models\' scores`), or an elision after a one-letter word
 * (`o\'clock`, `d\'Alembert`). Elsewhere it may be an accent (`G\'erard`).
 *
 * @example
 * ```ts
 * apostrophe("Don\\'t", 3); // one hit: "\\'" → "'"
 * ```
 */
function apostrophe(text: string, at: number): Outcome | undefined {
  const before = text.charCodeAt(at - 1);
  // RTF's escape of a Windows-1252 byte between a word's letters (`the EU AI Act\'92s
  // regime`, `OpenAI\'92s`: an exporter's `\'92` for `’`), or an opening quote's before a
  // word, after a space (`said \'93hello\'94`), and its partner closing it: the
  // punctuation that byte is. After a capital and before no letter it is a year's
  // elision (`KDD\'96`).
  const byte = RTF_PUNCTUATION[text.slice(at + 2, at + 4)];
  const next = text.charCodeAt(at + 4);
  if (byte !== undefined && !isDigit(next)) {
    const opener =
      (byte === '‘' || byte === '“') && (at === 0 || isSpace(before)) && isLetter(next);
    const closer =
      (byte === '’' || byte === '”') && text.includes(byte === '”' ? "\\'93" : "\\'91");
    // (`’` also ends a plural's possessive: `the models\'92 scores`.)
    const glued =
      (isLetter(before) && isLetter(next)) ||
      (isLower(before) && byte === '’' && !isWordChar(next));
    if (glued || opener || (closer && !isUpper(before))) {
      return single(at, at + 4, byte);
    }
  }
  // No accent sits on a digit: a decade's elision (`the \'90s`).
  if (isDigit(text.charCodeAt(at + 2)) && /^\d\ds\b/.test(text.slice(at + 2, at + 6))) {
    return single(at, at + 2, "'");
  }
  if (!(isWordChar(before) || before === 0x29 || before === 0x5d || before === 0x7d)) {
    // With no partner it may be an accent (`the \'etude`), unless a string that code
    // opened holds it (`parse('a \\$def \'it\'\\\'\'s')`, whose partner a `\\` follows).
    return quotation(text, at, 0x27) ?? (codeQuoteOpen(text, at) ? protect(at + 2) : undefined);
  }
  // Inside a single-quoted string code opened, the escape is the string's (Bash's
  // `$'a \\'name\\' b'`, `const msg = 'y\\'all done?'`), and so it is in a double-quoted
  // one a statement assigns (Java's `String s = "I\\'m"`) and in an SQL pattern
  // (`LIKE 'abc\\' ESCAPE '\\'`).
  if (codeQuoteOpen(text, at) || likePattern(text, at) || assignedStringOpen(text, at)) {
    return protect(at + 2);
  }
  const from = at + 2;
  const after = text.charCodeAt(from);
  // An apostrophe doubled would be a LaTeX closing quote for the next pass; so would two
  // escaped ones (`mirage\'\'`, a Python repr of `''`).
  if (after === 0x27) return undefined;
  // Inside a quoted string (`'Mc\'Donald'`, `'don\'\'t'`) the escape is the string's own;
  // an elision's apostrophe between letters opens none (`d'irrationalit\'e`, the
  // two-hundred-and-thirty-eighth blind set's title), but a prefixed literal's does
  // (Python's `f'{name}\'s'`, `u'…'`, Postgres' `E'…'`, review6).
  const quoted = /(?:^|[^\p{L}])(?:[bBeEfFrRuU]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?'/u.test(
    text.slice(tokenStart(text, at, 40), at),
  );
  if (after === 0x5c && text.charCodeAt(from + 1) === 0x27) {
    return quoted ? protect(from + 2) : single(at, from + 2, "''");
  }
  // A capital after a small letter glued before it starts a name's part, not an accented
  // letter inside a word (`Yo\'City`); in a quoted string it is the string's escape.
  if (isUpper(after) && isLower(before)) return quoted ? protect(from) : single(at, from, "'");
  // `\'{e}` and `\'\i` are accents; a space, punctuation, the end or a LaTeX line break
  // follow an apostrophe (`\'over-smoothing\'\\\\ and`, review114).
  if (after === 0x7b || (after === 0x5c && !lineBreakAt(text, from))) return undefined;
  // A converter's dotless `ı` for `\\i` takes the accent inside a word before a vowel
  // (`Garc\\'ıa`, `Mar\\'ıa`, eval252's b50): `accents` reads it, as it reads `\\"ı`.
  // Before a consonant or at a word's end it may start a Turkish name's suffix
  // (`Ankara\\'ı`, `Ali\\'ın`; `Bolet\\'ın` reads so too), and stays an apostrophe.
  if (after === 0x131 && accentOnDotless(text, at) && 'aeiou'.includes(text[from + 1] ?? 'x')) {
    return undefined;
  }
  if (!isLetter(after)) return single(at, from, "'");
  for (const ending of APOSTROPHE_ENDINGS) {
    const end = from + ending.length;
    if (
      text.slice(from, end).toLowerCase() === ending &&
      !isLetter(text.charCodeAt(end)) &&
      text.charCodeAt(end) !== 0x27
    ) {
      return single(at, from, "'");
    }
  }
  // An elision after a one-letter word: `o\'clock`, `l\'Hôpital`, `d\'Alembert`, `y\'all`.
  if (
    !isWordChar(text.charCodeAt(at - 2)) &&
    (before === 0x6f || isUpper(after) || (before === 0x79 && after === 0x61))
  ) {
    return single(at, from, "'");
  }
  // French's elision in a quoted string is that string's own escape (`'l\'eau'`): kept
  // whole, and no accent either (`d\'ej\\`a` outside quotes is one).
  const quote = text.charCodeAt(at - 2);
  if ((quote === 0x27 || quote === 0x22) && 'ldcjmnst'.includes(text[at - 1] as string)) {
    return protect(from);
  }
  // Inside a quoted string no accent either (`['It\\'s', 'ok']` is no `Itś`).
  return quoted ? protect(from) : undefined;
}

/**
 * Whether the dotless `ı` a converter drew for `\\i` after the accent command at `at`
 * (`\"ı`, `\'ı`) takes the accent: inside a word (`na\"ıvely`, `Çağ\"ı`) or braced alone
 * (`{\"ı}`). A Turkish word may start with it after an escaped quote (`\"ılık\"`,
 * `{\"ılık\"}`: review126 to review128), and the quote stays; `accents` asks the same.
 *
 * @example
 * ```ts
 * accentOnDotless('na\\"ıvely', 2); // true
 * accentOnDotless('a \\"ılık\\" b', 2); // false
 * ```
 */
export function accentOnDotless(text: string, at: number): boolean {
  return /\p{L}/u.test(text.charAt(at - 1)) || (text[at - 1] === '{' && text[at + 3] === '}');
}

/**
 * `\"` as an escaped quote: closing a quotation (after a word or punctuation, before
 * a non-letter), or opening one that such a `\"` closes within the sentence. Before a
 * letter with no such partner it may be an umlaut (`na\"ive`, `\"Uber`).
 *
 * @example
 * ```ts
 * quote('the \\"best\\" model', 4); // one hit: '\\"' → '"'
 * ```
 */
function quote(text: string, at: number): Outcome | undefined {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at + 2);
  // A style command may open the quotation (`\"\emph{best}\"`).
  const styled = styledQuotation(text, at);
  // `\"{o}`, `\"\i`: accents; not a LaTeX line break after a closer (`\"word\"\\\\`).
  if (after === 0x7b || (after === 0x5c && !styled && !lineBreakAt(text, at + 2))) {
    return undefined;
  }
  // (A converter's dotless `ı` for `\\i` is a letter too where it takes the accent.)
  if (
    isLetter(after) ||
    isDigit(after) ||
    styled ||
    (after === 0x131 && accentOnDotless(text, at))
  ) {
    // Inside a word (`na\"ive`) or alone in a group (`{\"U}`): an umlaut.
    if (isLetter(before) || (before === 0x7b && text.charCodeAt(at + 3) === 0x7d)) {
      return undefined;
    }
    // With no partner it may be an umlaut (`na\"ive`), unless a string that code opened
    // holds it (`printf("%s said \"hello\"\n")`, whose partner a `\n` follows).
    return (
      quotation(text, at, 0x22) ?? (codeStringOpen(text, at, true) ? protect(at + 2) : undefined)
    );
  }
  // A closing quote: something quoted right before it (not a JSON key's end, `\": 1`,
  // nor a string's own quote, `"\"`), and no opener kept as escaped before it (`\"%s\"`
  // is a format string's, both kept).
  if (
    at === 0 ||
    isSpace(before) ||
    before === 0x22 ||
    (after === 0x3a && valueAfter(text, at + 3)) ||
    keptOpener(text, at)
  ) {
    return undefined;
  }
  // Inside a string code opened with a plain `"` (YAML's `description: "contains
  // \\"quotes\\" inside"`, a path's `"..\\"`), the escape is that string's own; so it is
  // in an array code writes (`[\\"-x\\", \\"y\\"]`, see {@link arrayItem}).
  if (codeStringOpen(text, at) || arrayItem(text, at)) return protect(at + 2);
  // So is a closer whose opener no quotation took (`\"\\d+ items\"`, `\"C:\\logs\"`)
  // when code's escape stands between them (see {@link codeEscapes}), and a closer a
  // dollar parts from its opener stays too (see {@link straddlesDollar}).
  const opener = text.lastIndexOf('\\"', at - 1);
  if (
    opener >= 0 &&
    at - opener < QUOTE_LIMIT &&
    (codeEscapes(text.slice(opener + 2, at)) || straddlesDollar(text, opener + 2, at))
  ) {
    return protect(at + 2);
  }
  return single(at, at + 2, '"');
}

/**
 * Whether an odd count of `$` (escaped ones aside) stands between `from` and `to`, on
 * one line, with another on that line outside them: a quotation that straddles a
 * dollar, whose pair `math-delimiters` may skip with one of the quotation's ends inside
 * it (PHP's `$s = 'say \\"Hello $name\\" to'`, the two-hundred-and-thirty-fourth blind
 * set's clean side, or `\\"only $5\\" and $6`). Both ends then stay as written; a
 * quotation that holds whole formulas (`\\"$\\alpha$-trick\\"`), or a price with no
 * other dollar on its line (`\\"Can LLMs Earn $1 Million?\\"`, review1), is read.
 *
 * @example
 * ```ts
 * straddlesDollar('$s = \\"Hello $name\\"', 7, 18); // true
 * straddlesDollar('the \\"cost is $5\\" claim', 6, 16); // false
 * ```
 */
function straddlesDollar(text: string, from: number, to: number): boolean {
  if (text.slice(from, to).includes('\n')) return false;
  const lineStart = text.lastIndexOf('\n', from) + 1;
  const lineEnd = text.indexOf('\n', to);
  let inside = 0;
  let outside = 0;
  const stop = lineEnd < 0 ? text.length : lineEnd;
  for (let k = text.indexOf('$', lineStart); k !== -1 && k < stop; k = text.indexOf('$', k + 1)) {
    if (text.charCodeAt(k - 1) === 0x5c) continue;
    if (k >= from && k < to) inside++;
    else outside++;
  }
  return inside % 2 === 1 && outside > 0;
}

/**
 * Whether the last `"` before the closing `\"` at `at`, on its line and within a
 * quotation's reach, is an escaped opener that stays escaped: word-initial, before no
 * letter or digit (`\"%s\"`, `\"(a)\"`), which {@link quotation} leaves as it is.
 *
 * @example
 * ```ts
 * keptOpener('between \\"%s\\" and', 13); // true
 * keptOpener('the \\"best\\" model', 10); // false
 * ```
 */
function keptOpener(text: string, at: number): boolean {
  const stop = Math.max(0, at - QUOTE_LIMIT);
  for (let k = at - 1; k > stop; k--) {
    const code = text.charCodeAt(k);
    if (code === 0x0a) return false;
    if (code !== 0x22) continue;
    if (text.charCodeAt(k - 1) !== 0x5c || isWordChar(text.charCodeAt(k - 2))) return false;
    const next = text.charCodeAt(k + 1);
    // (Before a shell's escaped variable, which stays escaped: `\"\${dir}\"`, CMake's and
    // a shell's; an escape a later pass reads, `\"\$5 deal\"`, leaves the pair to it.)
    if (next === 0x5c) return shellVariableAt(text, k + 1);
    return !isLetter(next) && !isDigit(next) && next !== 0x7b;
  }
  return false;
}

/**
 * Whether the escaped quotation opened by the `\\"` at `at` stands in
 * an array code writes, whatever follows it (`\\"a\\".upper()`, `\\"a\\" if x else`): before it,
 * the array's open `[` (brackets balanced back to it, across lines, whatever the other
 * items are: strings, `None`, names, comments, nested arrays, tuples, objects, `$HOST`),
 * closing with its own `]` after it (no half-open interval's, `[0, 1)`), after a key first on its
 * line that starts small and its colon, after `=` or after `(` (`concepts:
 * [\\"physics\\",\\"chemistry\\"]`, a GraphQL query in a shell's JSON). Every item of one
 * array answers alike. Not prose's lists a dump escaped (`one of: [\\"a\\", \\"b\\"]`,
 * `Options: [\\"yes\\"]`, `the set [\\"foo\\"]`, review3 and review4), which are read.
 *
 * @example
 * ```ts
 * arrayItem('concepts: [\\"physics\\"]', 11); // true
 * arrayItem('the \\"best\\" model', 4); // false
 * ```
 */
function arrayItem(text: string, at: number): boolean {
  const stop = Math.max(0, at - ARRAY_REACH);
  let depth = 0;
  for (let k = at - 1; k >= stop; k--) {
    const code = text.charCodeAt(k);
    if (code === 0x5d) depth++;
    else if (code === 0x5b && depth-- === 0) {
      return ARRAY_OPENER.test(text.slice(Math.max(0, k - 60), k)) && closesAfter(text, k, at);
    }
  }
  return false;
}

/**
 * Whether the `[` at `open` closes with its own `]` after `at`, within an array's reach
 * (brackets balanced): an array does, a half-open interval (`t = [0, 1)`, `$I = [0, 1)$`,
 * review5 and review6) does not.
 *
 * @example
 * ```ts
 * closesAfter('x = [1, 2]', 4, 6); // true
 * closesAfter('t = [0, 1) and more', 4, 12); // false
 * ```
 */
function closesAfter(text: string, open: number, at: number): boolean {
  const stop = Math.min(text.length, open + 2 * ARRAY_REACH);
  let depth = 0;
  let parens = 0;
  for (let k = open + 1; k < stop; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x5b) depth++;
    else if (code === 0x5d && depth-- === 0) return k > at;
    else if (code === 0x28) parens++;
    // A parenthesis that closes nothing opened inside ends a half-open interval.
    else if (code === 0x29 && parens-- === 0) return false;
  }
  return false;
}

/** How far back an array's bracket is looked for. */
const ARRAY_REACH = 4000;

/** What code writes before an array's bracket: a key first on its line, `=` or `(`. */
const ARRAY_OPENER = /(?:(?:^|\n)[ \t]*["']?[a-z_][\w.-]*["']?[ \t]*:|=|\()[ \t]*$/;

/**
 * Whether the `\\$` at `at` stands in a BibTeX text field's string (`abstract = "…`),
 * whose escapes are the title's or the abstract's to read.
 */
function bibtexFieldOpen(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const key = /^[ \t]*([A-Za-z]+)[ \t]*=[ \t]*"/.exec(text.slice(lineStart, at))?.[1];
  return key !== undefined && BIBTEX_FIELDS.has(key.toLowerCase());
}

/**
 * Whether a shell's escaped variable, which `escapes` keeps, starts at `at`: `\$` before
 * a name or a brace (`\${dir}`, `\$NVM_DIR`, `\$url`).
 *
 * @example
 * ```ts
 * shellVariableAt('\\${dir}', 0); // true
 * shellVariableAt('\\$5 deal', 0); // false
 * ```
 */
function shellVariableAt(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 0x5c || text.charCodeAt(at + 1) !== 0x24) return false;
  const next = text.charCodeAt(at + 2);
  return isLetter(next) || next === 0x5f || next === 0x7b;
}

/**
 * Whether the `\"` at `at` opens on a control word of two letters or more before its
 * brace, a style command's (`\"\emph{best}\"`, `\"\textit{x}\"`), not an accent's
 * letter (`\"\i`), nor code's escape glued to a word (`\"\nHello\"`) or a path's
 * folder (`\"\Program Files\…\"`, review1).
 *
 * @example
 * ```ts
 * styledQuotation('the \\"\\emph{best}\\"', 4); // true
 * styledQuotation('na\\"\\i ve', 2); // false
 * ```
 */
function styledQuotation(text: string, at: number): boolean {
  if (text.charCodeAt(at + 2) !== 0x5c) return false;
  const end = lettersEnd(text, at + 3);
  return end - (at + 3) >= 2 && text.charCodeAt(end) === 0x7b;
}

/**
 * An opening `\"` or `\'` (at `at`, word-initial) with its closing partner later in
 * the sentence: the same escape after a non-space and before a non-letter.
 *
 * @example
 * ```ts
 * quotation('the \\"best\\" model', 4, 0x22); // one hit: '\\"' → '"'
 * ```
 */
function quotation(text: string, at: number, mark: number): Outcome | undefined {
  const first = text.charCodeAt(at + 2);
  if (!isLetter(first) && !isDigit(first) && !styledQuotation(text, at)) return undefined;
  const stop = Math.min(text.length - 1, at + QUOTE_LIMIT);
  for (let k = at + 3; k < stop; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x0a) return undefined;
    if (code !== 0x5c) continue;
    if (text.charCodeAt(k + 1) !== mark) continue;
    if (isSpace(text.charCodeAt(k - 1))) return undefined;
    const next = text.charCodeAt(k + 2);
    // `\"name\": 1` is a JSON key inside a string, escaped as JSON escapes it: keep it
    // whole (a title's `\"Malicious\": Being` is prose: no value after its colon).
    // Single quotes make a key only in code, opened after `{`, `[` or a comma inside `{`
    // (`{\'first name\': 1}`); elsewhere a quoted phrase before a colon is a title's
    // (`\'Too much alignment\': …`).
    if (next === 0x3a && (afterKeyOpener(text, at) || (mark === 0x22 && valueAfter(text, k + 3)))) {
      return protect(k + 2);
    }
    // (A LaTeX line break after it, `\\"over-smoothing\\"\\\\`, ends no word: review113.)
    if (isLetter(next) || next === 0x7b || (next === 0x5c && !lineBreakAt(text, k + 2))) {
      return undefined;
    }
    // Inside a string code opened, the pair is that string's escapes: a `"` (YAML's
    // `description: "This string contains \\"quotes\\" inside"`), or a `'` (Bash's
    // `$'a \\'name\\' b'`); not a quotation in prose, nor an apostrophe (`models'`).
    // (Kept whole: no accent either, `\\'y` is no `ý` there.)
    if (mark === 0x22 ? codeStringOpen(text, at) : codeQuoteOpen(text, at)) {
      return protect(at + 2);
    }
    // Code's own escape inside the pair, escaped once more, says the pair is that string's
    // too, code's quoted argument (`rg -n \"172\\.16\\.|/home/\"`, the
    // hundred-and-forty-ninth blind set's clean side; `\"C:\\Program Files\"`,
    // review111), kept whole; a macro escaped so is a JSON dump's (`\"the \\alpha
    // trick\"`, review110).
    if (codeEscapes(text.slice(at + 2, k))) return protect(k + 2);
    // An array's escaped strings are code's (`concepts: [\\"physics\\", \\"math\\"]`, a
    // GraphQL query in a shell's JSON, the two-hundred-and-thirty-seventh blind set's
    // clean side): kept whole.
    if (mark === 0x22 && arrayItem(text, at)) return protect(k + 2);
    // A quotation that straddles a dollar stays whole (see {@link straddlesDollar}); a
    // `\'` one is read as before, its closer being an apostrophe's to `apostrophe`.
    if (mark === 0x22 && straddlesDollar(text, at + 2, k)) return protect(at + 2);
    return single(at, at + 2, mark === 0x22 ? '"' : "'");
  }
  return undefined;
}

/**
 * Whether a LaTeX line break `\\\\` stands at `at`, before a space, a line's end or the
 * text's end (not a path's doubled backslash before a quote, `folder\\"\\\\"`).
 *
 * @example
 * ```ts
 * lineBreakAt('a\\\\ b', 1); // true
 * lineBreakAt('a\\\\"', 1); // false
 * ```
 */
function lineBreakAt(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 0x5c || text.charCodeAt(at + 1) !== 0x5c) return false;
  return at + 2 === text.length || isSpace(text.charCodeAt(at + 2));
}

/**
 * Whether the `\\^{}` at `at` raises an exponent: a word of two letters or more, a
 * capital or a number standing alone before it, a number or one letter after it and then
 * a space, punctuation (no quote or slash) or the text's end.
 *
 * @example
 * ```ts
 * caretExponent('Pass\\^{}1 from', 4); // true
 * caretExponent('printf "a\\^{}b"', 9); // false
 * ```
 */
function caretExponent(text: string, at: number): boolean {
  // A word of two letters or more, a capital, or a number (`pass\\^{}k`, `R\\^{}2`,
  // `10\\^{}6`); not one small letter, a string's or a variable's (`"a\\^{}b"`).
  // The base stands as a word of its own (not `v1.2`, `0x10`, `ab` inside a string's
  // `"ab\\^{}c"`: something other than a space after the exponent says code, review114).
  let start = lettersStart(text, at, 20);
  if (start === at) {
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
    // A decimal's point and its whole part (`1.5\\^{}2`).
    if (text.charCodeAt(start - 1) === 0x2e && isDigit(text.charCodeAt(start - 2))) {
      start--;
      while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
    }
  }
  const base =
    at - start >= 2 ||
    (at - start === 1 && (isUpper(text.charCodeAt(start)) || isDigit(text.charCodeAt(start))));
  // (Standing as a word: after a space, a bracket or the start, not code's `=`, `/`, `.`.)
  const owner = text.charCodeAt(start - 1);
  if (!base || !(start === 0 || isSpace(owner) || owner === 0x28 || owner === 0x5b)) {
    return false;
  }
  const from = at + 4;
  const end = isDigit(text.charCodeAt(from))
    ? numberEnd(text, from)
    : isLetter(text.charCodeAt(from))
      ? from + 1
      : from;
  return (
    end > from &&
    // (A benchmark's colon, a comparison, a hyphen, a possessive; not a string's quote
    // or a pattern's slash: `"ab\\^{}c"`, sed's `s/foo\\^{}1/`, review115.)
    (end === text.length ||
      isSpace(text.charCodeAt(end)) ||
      /[.,;!?)]/.test(text[end] as string) ||
      // A colon before a space, a comparison before a number, a hyphen before a word,
      // a possessive (not a string's closing quote, `'ab\\^{}c'`, review116).
      /^(?::(?:\s|$)|=[\d.-]|-[A-Za-z]|['’]s(?!\w))/.test(text.slice(end, end + 3)))
  );
}

/**
 * Whether `span` holds a backslash escaped once more that is no TeX command's: code's own
 * escape inside a string it nests (a path's `\\\\Program`, `\\\\n`, `\\\\t`, a pattern's
 * `\\\\.16`, `\\\\d+`, `\\\\|`). A JSON dump doubles a macro's backslash too, and
 * there the macro is one a rule knows (`\\\\alpha`, `\\\\cite`, `\\\\%`, `\\\\'e`).
 *
 * @example
 * ```ts
 * codeEscapes('172\\\\.16\\\\.|/home/'); // true
 * codeEscapes('C:\\\\Program Files'); // true
 * codeEscapes('the \\\\alpha trick'); // false
 * ```
 */
function codeEscapes(span: string): boolean {
  for (let k = span.indexOf('\\\\'); k >= 0; k = span.indexOf('\\\\', k + 2)) {
    const next = span.charCodeAt(k + 2);
    if (isLetter(next)) {
      const end = lettersEnd(span, k + 2);
      // A command before its argument (`\\\\footnote{`), or one a rule knows; a letter
      // alone only before a space or its group (`\\\\o rn`, `\\\\H{o}`: `\\\\d+` is a
      // pattern's). An author's own macro reads as code's word (`\\\\ours` as `\\\\app`
      // in `cd \\\\app`): kept, a missed repair rather than a broken command.
      if (span.charCodeAt(end) === 0x7b) continue;
      const name = span.slice(k + 2, end);
      if (name.length === 1) {
        // (Only the slashed letters names use, `\\\\o`, `\\\\l`: `\\\\r`, `\\\\b`, `\\\\S`
        // before a space are code's as often, review113.)
        if (span.charCodeAt(end) === 0x20 && 'oOlL'.includes(name)) continue;
        return true;
      }
      // (`isKnownMacro` holds every table `code`'s `isKnown` reads.)
      if (isKnownMacro(name)) continue;
      return true;
    }
    // TeX's escaped specials, accents and spacing (`\\\\%`, `\\\\'e`, `\\\\,`); a dot
    // accent before a letter or a group (`\\\\.{z}`).
    if (next === 0x2e) {
      if (isLetter(span.charCodeAt(k + 3)) || span.charCodeAt(k + 3) === 0x7b) continue;
      return true;
    }
    if (!TEX_AFTER_BACKSLASH.includes(span[k + 2] ?? '')) return true;
  }
  return false;
}

/** What follows a TeX command's backslash other than a letter: specials, accents, spacing. */
const TEX_AFTER_BACKSLASH = '%&_#$\'"`^~={},;:!-@ ';

/**
 * Whether a string that code opened with a plain `"` is still open at `at` on its line:
 * an odd count of plain quotes before it (escaped ones and an inch mark after a digit,
 * `12"`, aside), the nearest opening after `=`, a call's bracket or a key's colon, the
 * key first on its line or after `{` or a comma (`x = "…`, `print("…`, `description: "…`,
 * `{"title": "…`; not prose's `Our motto: "…`), or holding no letter so far, as a path's
 * (`such as "..\\"`), or code's `=`, `;` or `$` (a shell's `echo "fpath=( \\"…`), which
 * no quotation does. A CSV field's (after a comma or first on its line) is a dump's,
 * whose backslashes a reader undoes; CSV escapes a quote by doubling it. With `opened`,
 * only the opener's place counts.
 *
 * @example
 * ```ts
 * codeStringOpen('description: "it has \\"quotes', 21); // true
 * codeStringOpen('such as "..\\" as well', 11); // true
 * codeStringOpen('the so-called "free lunch" and \\"best', 31); // false
 * ```
 */
function codeStringOpen(text: string, at: number, opened = false): boolean {
  const opener = openDoubleQuote(text, at);
  if (opener < 0) return false;
  if (CODE_OPENER.test(text.slice(Math.max(0, opener - 60), opener))) return true;
  const inside = text.slice(opener + 1, at);
  return !opened && (!/\p{L}/u.test(inside) || /[=;$]/.test(inside));
}

/**
 * Where the plain `"` that opened a string still open at `at` stands on its line, or -1:
 * the nearest of an odd count of them within a quotation's reach, escaped ones and an
 * inch mark after a digit (`12"`) aside.
 *
 * @example
 * ```ts
 * openDoubleQuote('x = "a \\"b', 8); // 4
 * openDoubleQuote('a "b" \\"c', 6); // -1
 * ```
 */
function openDoubleQuote(text: string, at: number): number {
  let count = 0;
  let opener = -1;
  for (let k = at - 1; k >= 0 && k > at - QUOTE_LIMIT; k--) {
    const code = text.charCodeAt(k);
    if (code === 0x0a) break;
    if (code !== 0x22 || text.charCodeAt(k - 1) === 0x5c || isDigit(text.charCodeAt(k - 1))) {
      continue;
    }
    count++;
    if (opener < 0) opener = k;
  }
  return count % 2 === 1 ? opener : -1;
}

/**
 * Whether a string that a statement assigns or passes to a call, opened with a plain `"`,
 * is still open at `at` (`String txt1 = "I\\'m`, `print("it\\'s`): a `\\'` there is the
 * language's escape. A key's string is no such (a JSON line's `"abstract": "MLLM\\'s"`
 * holds a dump's artifact: JSON escapes no apostrophe).
 *
 * @example
 * ```ts
 * assignedStringOpen('s = "I\\'m', 7); // true
 * assignedStringOpen('"title": "MLLM\\'s', 14); // false
 * ```
 */
function assignedStringOpen(text: string, at: number): boolean {
  const opener = openDoubleQuote(text, at);
  return opener >= 0 && /(?:=|\w\()[ \t]*$/.test(text.slice(Math.max(0, opener - 60), opener));
}

/**
 * What code writes before a string's opening quote: `=`, a name's bracket, or a key's
 * colon, the key first on its line or after `{` or a comma.
 */
const CODE_OPENER = /(?:=|\w\(|(?:^|\n|[{,])[ \t]*["']?[\w.-]+["']?[ \t]*:)[ \t]*$/;

/**
 * Whether a single-quoted string that code opened is still open at `at` on its line,
 * escaped quotes aside: Bash's `$'…'`, a call's first argument (`print('…`), a
 * statement's assignment at the line's start (`const msg = '…`, `s = '…`), or a shell's
 * `echo` or `printf` argument first on its line (`echo 'Don\'t try'`). A printed
 * record's (`{'title': 'MLLM\\'s'}`) is a dump's, whose escapes a reader undoes.
 *
 * @example
 * ```ts
 * codeQuoteOpen("echo $'a \\'b\\' c'", 9); // true
 * codeQuoteOpen("{'title': 'MLLM\\'s'}", 15); // false
 * ```
 */
function codeQuoteOpen(text: string, at: number): boolean {
  return CODE_SINGLE_OPEN.test(lineBefore(text, at, QUOTE_LIMIT).replace(/\\'/g, ''));
}

/**
 * Bash's `$'` (not a formula's closing `$` before `'s`: `$G$'s`), a call's first
 * argument (`print('…`; not prose's optional ending, `applicant('s)`), an assignment's
 * quote first on its line, or a shell's `echo` or `printf` argument (`echo 'Don\'t'`),
 * not closed after it.
 */
const CODE_SINGLE_OPEN =
  /(?:(?:^|[\s=(])\$|\w\()'(?!\w{1,3}\))[^']*$|^[ \t]*(?:(?:const|let|var|local|my|export)[ \t]+)?[\w.$:]+[ \t]*=[ \t]*'[^']*$|^[ \t]*(?:\$[ \t]+)?(?:sudo[ \t]+)?(?:echo|printf)(?:[ \t]{1,4}-\w{0,20}){0,4}[ \t]+'[^']*$/;

/**
 * Does a key's opener (`{`, `[`, or `,` inside an open `{`; spaces aside) come right
 * before `at`?
 *
 * @example
 * ```ts
 * afterKeyOpener("{\\'key\\': 1}", 1); // true
 * ```
 */
function afterKeyOpener(text: string, at: number): boolean {
  let k = at - 1;
  while (isSpace(text.charCodeAt(k))) k--;
  const code = text.charCodeAt(k);
  if (code === 0x7b || code === 0x5b) return true;
  // After a comma only inside an open `{` (a dict's next key), not in prose.
  return code === 0x2c && text.lastIndexOf('{', k) > text.lastIndexOf('}', k);
}

/** Spacing commands: a space, or nothing. */
const SPACING: Readonly<Record<string, string>> = {
  ' ': ' ',
  ',': ' ',
  ';': ' ',
  ':': ' ',
  '!': '',
  '@': '',
};

/** What a control space in a formula stands before as a space: an operator, a relation, a bracket. */
const OPERATOR_SIGNS = '=<>+-*/|[';

/**
 * Whether `code` is a sign of a formula's: a relation or an operator (`∼`, `≈`, `≤`,
 * `∈`), an arrow, `±`, `×`, `÷` or a Greek letter.
 *
 * @example
 * ```ts
 * mathSign(0x223c); // true (∼)
 * mathSign(0x2014); // false (—)
 * ```
 */
function mathSign(code: number): boolean {
  return (
    code === 0xb1 ||
    code === 0xd7 ||
    code === 0xf7 ||
    (code >= 0x391 && code <= 0x3c9) ||
    (code >= 0x2190 && code <= 0x22ff)
  );
}

/**
 * A spacing command: its space, or nothing next to whitespace (`x\, y`). A control
 * space needs something before it (`i.e.\ the`), or starts the text before a word,
 * where it prints nothing; `\` at a line end is Markdown's. Inside a formula, where TeX
 * ignores spaces, one after a space is that space (`$10 \ R_\oplus$`); in prose it is
 * a shell command's line continuation (`docker run \ --rm`).
 *
 * @example
 * ```ts
 * space('4\\,GHz', 1, ' ', false, ctx); // one hit: '\\,' → ' '
 * space('10 \\ R', 3, ' ', true, ctx); // one hit: '\\ ' → ''
 * ```
 */
function space(
  text: string,
  at: number,
  spacing: string,
  formula: boolean,
  ctx: Context,
): Outcome | undefined {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at + 2);
  if (!formula && text[at + 1] === ';' && findTerminator(text, at)) return undefined;
  // A thin space just inside TeX's quotes (```` ``\,Word\,'' ````) keeps a quote off a
  // letter in print; read as text, the marks need no gap. Not between two marks, where
  // it tells a nested quote's apart (```` ``\,`x'\,'' ````), nor after an accent's `` \` ``.
  if (!formula && text[at + 1] === ',' && quoteGap(text, at)) return single(at, at + 2, '');
  // After Markdown's emphasis mark and before a space, in a text that escapes an
  // asterisk (`\*`), `\,` is Markdown's escaped comma: `\*is escaped*\, but` keeps it.
  if (
    !formula &&
    text[at + 1] === ',' &&
    (before === 0x2a || before === 0x5f) &&
    isSpace(after) &&
    ctx.once(STAR_ESCAPE_MEMO, () => text.includes('\\*'))
  ) {
    return undefined;
  }
  if (at === 0 || isSpace(before)) {
    // The space before only ends a declaration's name, and goes with it (`10^4\rm \, K`):
    // this command is the space that prints.
    const name = at > 1 ? macroNameStart(text, at - 1) : -1;
    if (name >= 0 && STYLE_DECLARATIONS.has(text.slice(name, at - 1))) {
      // Unless a space stands before the declaration (or its group) already: `200 {\rm \, Mpc}`.
      const opener = text.charCodeAt(name - 2) === 0x7b ? name - 2 : name - 1;
      // (A script's group starts its own word: `[O$_{\rm \,III}$]` → `[O_III]`.)
      const spaced = isSpace(text.charCodeAt(opener - 1)) || '^_'.includes(text[opener - 1] ?? '');
      return single(at, isSpace(after) ? at + 3 : at + 2, spacing === '' || spaced ? '' : ' ');
    }
    // Next to a space, or at an end, it goes with that space (`x \, y` → `x y`).
    const end = isSpace(after) ? at + 3 : at + 2;
    const start = at > 0 && Number.isNaN(after) ? at - 1 : at;
    // In a formula, a control space after a space is that space (`$10 \ R_\oplus$`);
    // not after a macro's name, whose space TeX eats (`\gtrsim \ \Delta`).
    if (formula && macroNameStart(text, at - 1) < 0) return single(start, end, '');
    // A control space that starts the text before a word (`\ This work`) prints nothing.
    if (text[at + 1] !== ' ') return single(start, end, '');
    return at === 0 && isWordChar(after) ? single(at, at + 2, '') : undefined;
  }
  // A control space before a word, a bracket, or an escaped special that prints one
  // (`vs.\ \$0.12`); not before a macro, which LaTeX sources put there for their own
  // reasons (`e.g.\ \cite{…}`, roff's `\ \f[CR]`, an empty cell's `\ \Dots`).
  // In a formula, before a group or a style declaration too (`\\rm\\ {pc}^{-2}`,
  // `0.02\\ \\rm\\ kpc`): a unit set upright after its number.
  // Before a math sign too, as another rule wrote it there (`vs.\\ {sim}0.32` →
  // `vs.\\ ∼0.32`, eval252's b24); not before a dash, after a path's last backslash
  // (`Content\\Textures\\ — Move`).
  const printing =
    isWordChar(after) ||
    after === 0x28 ||
    (!formula && mathSign(after)) ||
    (after === 0x5c && /[$%#&]/.test(text[at + 3] ?? '')) ||
    (formula && after === 0x7b) ||
    (formula &&
      after === 0x5c &&
      STYLE_DECLARATIONS.has(text.slice(at + 3, lettersEnd(text, at + 3))));
  // In a formula, after a character it prints (a letter's or symbol's macro too,
  // `\alpha\ =`, or a sign, `=\ -0.7`), it is a space before an operator, a relation or a
  // bracket too (`$k_p\ =\ 0.05$`, `T\ \sim 10`, `N\ [cm]`); not after a declaration,
  // whose space goes with it (`\rm\ kpc`), a spacing command, a tie, an opening bracket or
  // the formula's start (`$a\;\ \le`, `a~\ =`, `(\ -1)`, `$\ -1$`).
  const name = macroNameStart(text, at);
  // After a declaration that a space or another control space sets apart already
  // (`M_\\odot \\rm\\ {pc}`, `0.02\\ \\rm\\ kpc`), the space is printed: this one adds
  // nothing.
  if (
    formula &&
    printing &&
    name >= 0 &&
    STYLE_DECLARATIONS.has(text.slice(name, at)) &&
    (isSpace(text.charCodeAt(name - 2)) || text.startsWith('\\ ', name - 3))
  ) {
    return single(at, at + 2, '');
  }
  const operand =
    name >= 0
      ? Object.hasOwn(SYMBOL_MACROS, text.slice(name, at))
      : !' $~{(['.includes(text[at - 1] ?? ' ') && text.charCodeAt(at - 2) !== 0x5c;
  // Outside one too after a symbol's macro of two letters or more, an author's formula
  // typed without dollars (`0 < \theta\ < \pi/3`, the two-hundred-and-seventh blind set's;
  // not a pattern's `\S\ +` or a shell's `\S\ >out`, review133).
  const beforeOperator =
    (formula || (name >= 0 && at - name >= 2 && !shellLine(text, at))) &&
    operand &&
    (OPERATOR_SIGNS.includes(text[at + 2] ?? ' ') ||
      (after === 0x5c &&
        Object.hasOwn(SYMBOL_MACROS, text.slice(at + 3, lettersEnd(text, at + 3)))));
  if (text[at + 1] === ' ' && !printing && !beforeOperator) return undefined;
  // On a shell's command line an escaped space after a word is the name's
  // (`cd dir\\ name\\ with\\ space`), not TeX's control space (`agreements\\ are`).
  if (
    !formula &&
    text[at + 1] === ' ' &&
    isLetter(before) &&
    macroNameStart(text, at) < 0 &&
    shellLine(text, at)
  ) {
    return undefined;
  }
  // Glued between letters, `\:`, `\;`, `\!` and `\@` are code (`md\:flex`,
  // `user\@example.com`); LaTeX puts them beside math or punctuation.
  // (Inside a formula they are its spacing: `$\log\;p$`; not `\@`, nor one that prints
  // nothing after a macro's name, which it would join to the letters after: `\relax\@sharp`.)
  if (
    text[at + 1] !== ',' &&
    text[at + 1] !== ' ' &&
    isLetter(before) &&
    isLetter(after) &&
    (!formula || text[at + 1] === '@' || (spacing === '' && macroNameStart(text, at) >= 0))
  ) {
    return undefined;
  }
  // A thin space beside a negative one cancels out (`T_{\\rm\\!\\,eff}`, an author's
  // kerning): nothing, not a space inside the script. Each `\\!` cancels one (`\\,\\!\\,`
  // leaves a thin space).
  if (
    text[at + 1] === ',' &&
    (text.startsWith('\\!', at + 2) ||
      (text.startsWith('\\!', at - 2) && !text.startsWith('\\,', at - 4)))
  ) {
    return single(at, at + 2, '');
  }
  const nextToSpace = isSpace(after) || Number.isNaN(after);
  // A negative thin space before a space, in prose, is no TeX's: it would pull nothing
  // together. LilyPond ends a hairpin so (`c4\> c c\! }`, `cs( e)\! }`).
  if (!formula && text[at + 1] === '!' && nextToSpace && !Number.isNaN(before)) return undefined;
  // The last of a run of them before a space takes that space: the run printed its one
  // space already, with the space before it or as its first command's (`RMS \,\, noise`,
  // `a\,\, b` → `RMS noise`, `a b`).
  if (isSpace(after) && endsRun(text, at)) return single(at, at + 3, '');
  return single(at, at + 2, nextToSpace ? '' : spacing);
}

/**
 * Does the spacing command at `at` end a run of two or more that print a space (`x
 * \\,\\,`, `a\\;\\,`; not with `\\!`, a negative one, whose neighbour may be the
 * only space: `$a\\,\\! b$`)?
 *
 * @example
 * ```ts
 * endsRun('x \\,\\, y', 4); // true
 * endsRun('x \\, y', 2); // false
 * ```
 */
function endsRun(text: string, at: number): boolean {
  return (
    at >= 2 &&
    text.charCodeAt(at - 2) === 0x5c &&
    SPACE_MARKS.includes(text[at - 1] as string) &&
    SPACE_MARKS.includes(text[at + 1] as string)
  );
}

/**
 * Whether the line holding `at` starts with a shell command that takes file names (a
 * prompt's `$ ` aside): `cd`, `ls`, `cp`, `mv`, `rm`, `mkdir`, `grep`…
 *
 * @example
 * ```ts
 * shellLine('cd dir\\ name', 6); // true
 * shellLine('the agreements\\ are', 14); // false
 * ```
 */
function shellLine(text: string, at: number): boolean {
  // The line's start within reach only: a search back to the text's start at each
  // escaped space made a long line of them quadratic.
  const line = lineBefore(text, at, SHELL_REACH);
  // (A line as long as the reach started further back: no command stands first on it.)
  if (at > SHELL_REACH && line.length === SHELL_REACH) return false;
  return SHELL_COMMAND.test(line.slice(0, 40));
}

/** How far back {@link shellLine} looks for its line's start. */
const SHELL_REACH = 400;

/**
 * A command that takes file names, first on its line (`find` before a path, `export`
 * before an assignment); not one that is also a word a wrapped abstract's line may start
 * with (`open`, `source`, `less`). A unit's space after a number (`at 300\\ K`) is read
 * whatever the line's first word.
 */
const SHELL_COMMAND =
  /^\s*(?:\$\s+)?(?:sudo\s+)?(?:(?:cd|ls|cp|mv|rm|rmdir|mkdir|chmod|chown|scp|rsync|unzip|grep|du|tar|python3?)\s|git\s+[a-z]+\s|find\s+[.~/]|export\s+\w+=)/;

/**
 * Is the escape at `at` one of a list of escapes shown as source: a run of escapes that
 * each stand apart ({@link escapeApart}), nothing but list separators between them
 * ({@link listSeparator}), three different ones or more, one of them no special TeX
 * prints (`Escaped characters: \\{ \\} \\[ \\] \\* \\_`, a markup language's
 * documentation, the eighty-fifth blind set's clean side)? A formula's
 * spacing and set braces stand apart too, but with terms between (`$1.44 \\, \\mathrm{K}$`,
 * `\\{ x \\}`). The run is looked at within {@link LIST_REACH} escapes each way.
 *
 * @example
 * ```ts
 * listedEscape('Escaped: \\{ \\} \\[ \\].', 9); // true
 * listedEscape('$1.44 \\, K$ and Q \\& A \\{ x \\}', 6); // false
 * ```
 */
function listedEscape(text: string, at: number): boolean {
  if (!escapeApart(text, at)) return false;
  const seen = new Set([text[at + 1] as string]);
  for (const step of [previousEscape, nextEscape]) {
    for (let k = step(text, at), n = 0; k >= 0 && n < LIST_REACH; k = step(text, k), n++) {
      seen.add(text[k + 1] as string);
    }
  }
  // TeX's own specials listed in prose are read (`(\\%, \\&, \\#)`); a list shown as
  // source holds another escape too (a markup's `\\*`, `\\[`, a spacing command).
  return seen.size >= 3 && [...seen].some((mark) => !TEX_SPECIALS.includes(mark));
}

/** The specials TeX prints when escaped: `\\%` is `%`. */
const TEX_SPECIALS = '%&#$_{}';

/** How many escapes a list's run is followed each way: a hostile run stays linear. */
const LIST_REACH = 8;

/**
 * The escape before the one at `at` in a list's run (separators between, see
 * {@link listedEscape}), or -1.
 *
 * @example
 * ```ts
 * previousEscape('\\{ \\}', 3); // 0
 * ```
 */
function previousEscape(text: string, at: number): number {
  let k = at - 1;
  // (A thin space's comma is an escape's mark, no separator: `\\! \\, \\:`.)
  while (k > at - 4 && listSeparator(text, k) && text.charCodeAt(k - 1) !== 0x5c) k--;
  return k < at - 1 && k >= 1 && escapeApart(text, k - 1) ? k - 1 : -1;
}

/**
 * Does a list's separator stand at `k`: a space, a comma, a semicolon or a slash?
 *
 * @example
 * ```ts
 * listSeparator('\\* / \\_', 3); // true
 * ```
 */
function listSeparator(text: string, k: number): boolean {
  const code = text.charCodeAt(k);
  return code === 0x20 || code === 0x2c || code === 0x3b || code === 0x2f;
}

/**
 * The escape after the one at `at` in a list's run, or -1.
 *
 * @example
 * ```ts
 * nextEscape('\\{ \\}', 0); // 3
 * ```
 */
function nextEscape(text: string, at: number): number {
  let k = at + 2;
  while (k < at + 5 && listSeparator(text, k)) k++;
  return k > at + 2 && escapeApart(text, k) ? k : -1;
}

/**
 * Does the escape at `at` stand apart: a backslash and one printable mark (no letter or
 * digit), with a space, a list's separator (`,`, `;`, `/`), an opening bracket or the
 * text's edge before, and a space, a separator, a sentence's mark, a closing bracket or
 * the edge after (`\\{ \\}, \\*.`, `(\\* / \\_)`)?
 *
 * @example
 * ```ts
 * escapeApart('a \\* b', 2); // true
 * escapeApart('x\\_1', 1); // false
 * ```
 */
function escapeApart(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 0x5c) return false;
  const next = text.charCodeAt(at + 1);
  if (next <= 0x20 || next >= 0x7f || isAlphanumeric(next)) return false;
  const before = text.charCodeAt(at - 1);
  if (at > 0 && !isSpace(before) && !',;/('.includes(text[at - 1] as string)) return false;
  const after = text.charCodeAt(at + 2);
  return at + 2 >= text.length || isSpace(after) || ',;.:)/'.includes(text[at + 2] as string);
}

/**
 * Is the backslash at `at` an item of a list of characters, spaced between a comma (or an
 * opening bracket) and the comma that follows it (`delimiters (i.e /, \\, :, etc.)`, the
 * hundred-and-sixty-fourth blind set's clean side; `(e.g. *, \\, $, ^)`, review115)?
 * TeX's thin space stands between a number and its unit, after an abbreviation or
 * between a formula's terms, not spaced as a list's item (the caller asks that it stand
 * outside a formula: `$x_1, \\, x_2$`).
 *
 * @example
 * ```ts
 * listedBackslash('(i.e /, \\, :, etc.)', 8); // true
 * listedBackslash('5\\, GHz', 1); // false
 * listedBackslash('match a [ or \\, you', 13); // true
 * ```
 */
function listedBackslash(text: string, at: number): boolean {
  // The last of a list after a symbol alone and its `or` or `and` (`match a [ or \\, you
  // can`, a regular expression tutorial, the two-hundred-and-twelfth blind set's).
  if (
    text.charCodeAt(at + 1) === 0x2c &&
    /(?:^|[\s(])[^\s\p{L}\p{N}] (?:or|and) $/u.test(text.slice(Math.max(0, at - 10), at))
  ) {
    return true;
  }
  // Spaced between a list's commas (or after its bracket), and the item after it no
  // number, word or macro, a formula's terms (`3.2, \\, 4.1`, `1, \\, \\ldots`,
  // review114), unless a list's last `or`/`and` (`such as /, \\, or :`, review115).
  if (
    text.charCodeAt(at + 1) !== 0x2c ||
    text.charCodeAt(at + 2) !== 0x20 ||
    text.charCodeAt(at - 1) !== 0x20 ||
    (text.charCodeAt(at - 2) !== 0x2c && text.charCodeAt(at - 2) !== 0x28)
  ) {
    return false;
  }
  const next = text.charCodeAt(at + 3);
  if (isLetter(next)) return /^(?:or|and) /.test(text.slice(at + 3, at + 7));
  if (next === 0x5c || isDigit(next)) return false;
  // The next item is one character too (`$, ^)`, `^ are`), not a formula's start
  // (`\\, $(x_2, y_2)$`, a thin space between two formulas, review116).
  const follow = text.charCodeAt(at + 4);
  return (
    at + 4 >= text.length ||
    follow === 0x2c ||
    follow === 0x29 ||
    follow === 0x5d ||
    follow === 0x20
  );
}

/**
 * Is the escape at `at` a short key sequence quoted alone (`type "\::" with Agda's input
 * method`, `“\;”`), up to two characters after it: text about typing it, as written.
 *
 * @example
 * ```ts
 * quotedSequence('type "\\::" here', 6); // true
 * quotedSequence('a "\\, word"', 3); // false
 * ```
 */
function quotedSequence(text: string, at: number): boolean {
  for (let end = at + 2; end <= at + 4 && !isSpace(text.charCodeAt(end)); end++) {
    if (quotedAlone(text, at, end)) return true;
  }
  return false;
}

/**
 * Whether a backslash at `at` ends a control word or an abbreviation's period, where a
 * control space stands (`\\AA\\ `, `i.e.\\ `), not a word's or a space's end (`make \\`).
 *
 * @example
 * ```ts
 * controlSpaceBefore('at 12.14 \\AA\\\nwas', 12); // true
 * controlSpaceBefore('./configure \\\n', 12); // false
 * ```
 */
function controlSpaceBefore(text: string, at: number): boolean {
  if (macroNameStart(text, at) >= 0) return true;
  return text.charCodeAt(at - 1) === 0x2e && isLetter(text.charCodeAt(at - 2));
}

/**
 * Is the thin space at `at` just inside a TeX quote: after an opening `` ` `` and
 * before a word, or after a word's end and before a closing `'`?
 *
 * @example
 * ```ts
 * quoteGap("``\\,Word''", 2); // true
 * quoteGap("``\\,`x'", 2); // false (a nested quote's mark follows)
 * ```
 */
function quoteGap(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  // (A style command may start or end the quoted words: ``\,\textit{x}\,''.)
  if (before === 0x60) {
    return text[at - 2] !== '\\' && (isWordChar(text.charCodeAt(at + 2)) || text[at + 2] === '\\');
  }
  return text[at + 2] === "'" && (isWordChar(before) || '.!?)}'.includes(text[at - 1] ?? ' '));
}

/**
 * Does the `\;` at `at` end a shell's `find … -exec cmd {} \;`: after `{}`, after
 * `-exec` earlier on its line, or after a space at the end of its line? TeX sets no thick
 * space there.
 *
 * @example
 * ```ts
 * findTerminator('find . -exec rm {} \\; -print', 19); // true
 * findTerminator('x \\; y', 2); // false
 * ```
 */
function findTerminator(text: string, at: number): boolean {
  const brace = text.charCodeAt(at - 1) === 0x20 ? at - 1 : at;
  if (text.startsWith('{}', brace - 2)) return true;
  // After `-exec` earlier on its line (`-exec cp {} /tmp \; -print`).
  if (afterExec(text, at)) return true;
  const after = text.charCodeAt(at + 2);
  return (
    isSpace(text.charCodeAt(at - 1)) && (Number.isNaN(after) || after === 0x0a || after === 0x0d)
  );
}

/**
 * A named spacing command at `at` (`\quad`, `\enspace`, `\noindent`), with the space
 * TeX eats after its name: one space where it stands between words, nothing next to
 * whitespace or at either end of the text.
 *
 * @example
 * ```ts
 * namedSpace('x=1,\\quad y=2', 4, 'quad'); // one hit: '\\quad ' → ' '
 * namedSpace('a \\quad b', 2, 'quad'); // one hit: '\\quad ' → ''
 * ```
 */
function namedSpace(text: string, at: number, name: string): Outcome | undefined {
  if (name === 'hspace' || name === 'vspace') return lengthSpace(text, at, name);
  const spacing = NAMED_SPACING[name];
  if (spacing === undefined) return undefined;
  let end = at + 1 + name.length;
  if (isLetter(text.charCodeAt(end))) return undefined;
  if (text.startsWith('{}', end)) end += 2;
  else if (text.charCodeAt(end) === 0x20) end++;
  return spaceBetween(text, at, end, spacing);
}

/**
 * `\\hspace{0.2em}` (or `\\hspace*`) at `at`: a space of a given length, which running
 * text shows as one space, or none beside whitespace; `\\vspace{…}` and a negative
 * length (a kern) print nothing. Only a length in TeX's units: `\\hspace{\\fill}` or
 * a macro's length is left.
 *
 * @example
 * ```ts
 * lengthSpace('3\\hspace{0.2em}kpc', 1, 'hspace'); // one hit: '\\hspace{0.2em}' → ' '
 * ```
 */
function lengthSpace(text: string, at: number, name: string): Outcome | undefined {
  let end = at + 1 + name.length;
  if (text.charCodeAt(end) === 0x2a) end++;
  const length = LENGTH.exec(text.slice(end, end + 24));
  if (length === null) return undefined;
  end += length[0].length;
  if (text.charCodeAt(end) === 0x20) end++;
  return spaceBetween(text, at, end, name === 'vspace' || length[1] === '-' ? '' : ' ');
}

/** A braced length in TeX's units (`{0.2em}`, `{-1.5pt}`), its sign captured. */
const LENGTH = /^\{ ?(-?)\d*\.?\d+ ?(?:em|ex|pt|mm|cm|in|mu|bp|pc|sp|dd|cc|px) ?\}/;

/**
 * `spacing` in place of `at`–`end`, or nothing where whitespace or the text's edge is
 * beside it already.
 *
 * @example
 * ```ts
 * spaceBetween('a \\quad b', 2, 8, ' '); // one hit: '\\quad ' → ''
 * ```
 */
function spaceBetween(text: string, at: number, end: number, spacing: string): Outcome {
  const spaced = at === 0 || isSpace(text.charCodeAt(at - 1)) || end >= text.length;
  return single(at, end, spaced || isSpace(text.charCodeAt(end)) ? '' : spacing);
}

/**
 * `\\!-\\!` (or `\\!--\\!`) between two numbers that lost both backslashes
 * (`0.82!-!0.94`, `10%!--!20%`, a range set tight with negative thin spaces): the range's
 * dash as typed, at the `!` that ends it.
 *
 * @example
 * ```ts
 * lostNegativeSpaces('from 0.82!-!0.94', 11); // one hit: '!-!' → '-'
 * lostNegativeSpaces('x!-!y', 3); // undefined
 * ```
 */
function lostNegativeSpaces(text: string, at: number): Outcome | undefined {
  const dashes = text.startsWith('!--!', at - 3) ? 2 : text.startsWith('!-!', at - 2) ? 1 : 0;
  if (dashes === 0) return undefined;
  const start = at - 1 - dashes;
  const before = text.charCodeAt(start - 1);
  // A number's end before it (a percentage's too: `10%!-!20%`), a digit after it.
  if (!(isDigit(before) || before === 0x25) || !isDigit(text.charCodeAt(at + 1))) return undefined;
  return single(start, at + 1, dashes === 2 ? '--' : '-');
}

/**
 * `{,}` between digits: math mode's comma that is not followed by a space, used as a
 * thousands separator (`1{,}024`).
 *
 * @example
 * ```ts
 * groupedComma('1{,}024', 1); // one hit: '{,}' → ','
 * ```
 */
function groupedComma(text: string, at: number): Outcome | undefined {
  if (!text.startsWith(',}', at + 1)) return undefined;
  if (!isDigit(text.charCodeAt(at - 1)) || !isDigit(text.charCodeAt(at + 3))) return undefined;
  return single(at, at + 3, ',');
}

/** A drawing's strokes: figlet's letters stand on `/_/` and `|_|`. */
const ASCII_ART = /\/_\/|\|_\|/;

const ASCII_ART_MEMO = 'escapes:ascii-art';

/**
 * Whether the backslash at `at` stands in a quoted SQL `LIKE` pattern, opened on its
 * line (`WHERE code LIKE '%\_20%'`).
 *
 * @example
 * ```ts
 * likePattern("code LIKE '%\\_20%'", 12); // true
 * likePattern('F\\_1 score', 1); // false
 * ```
 */
function likePattern(text: string, at: number): boolean {
  return LIKE_OPEN.test(lineBefore(text, at, 200));
}

/**
 * An SQL pattern's quote after `LIKE`, `ILIKE` or `SIMILAR TO`, still open (straight, or
 * curled by a page: `LIKE ‘\\_%’`, both ways `LIKE ’MY\\_X_’`); in capitals: prose's
 * `like 'F\\_1'` is read.
 */
const LIKE_OPEN = /\b(?:I?LIKE|SIMILAR TO)\s+N?['‘’][^'’]*$/;

/**
 * `\-` between letters: an escaped hyphen (`zero\-shot`, `state\-of\-the\-art`).
 * TeX's discretionary hyphen looks the same and prints nothing: in abstracts a chain of
 * `\-` is escaped hyphens, and a hyphen shown in a hyphenation hint is a smaller loss
 * than `stateoftheart`, so it goes only where {@link discretionary} tells it apart.
 *
 * @example
 * ```ts
 * hyphen('zero\\-shot', 4, ctx); // one hit: '\\-' → '-'
 * hyphen('use \\-\\-sort\\-key', 12, ctx); // undefined (roff's option)
 * ```
 */
function hyphen(text: string, at: number, ctx: Context): Outcome | undefined {
  if (!isWordChar(text.charCodeAt(at - 1)) || !isWordChar(text.charCodeAt(at + 2))) {
    return undefined;
  }
  // A man page's source writes every hyphen so, roff's minus: its other escapes
  // (`\[aq]`, `\fB`, `\(em`), an option's `\-\-` or a request (`.SH`) say the text is roff.
  if (ctx.once(ROFF_MEMO, () => ROFF.test(text))) return undefined;
  return single(at, at + 2, discretionary(text, at, ctx) ? '' : '-');
}

/**
 * Is the `\-` at `at` TeX's discretionary hyphen, which prints nothing: the text's only
 * `\-` between letters, inside a word of small letters, in a text that types its prose's
 * hyphens plainly (`pre-trained … histo\-pathology`, `under-investi\-gated`; one in an
 * address, a path or a code span does not count) and escapes none of the marks a
 * Markdown converter escapes, with neither side a compound's usual part
 * (`self\-supervised`, `black\-box` stay hyphens)? An escaper's `\-` comes in numbers,
 * and where the text types no hyphen, `\-` is its hyphen.
 *
 * @example
 * ```ts
 * discretionary('pre-trained, histo\\-pathology', 18, ctx); // true
 * discretionary('pre-trained, self\\-supervised', 17, ctx); // false (a compound's part)
 * discretionary('histo\\-pathology', 5, ctx);                // false (no plain hyphen)
 * ```
 */
function discretionary(text: string, at: number, ctx: Context): boolean {
  const start = lettersStart(text, at);
  const end = lettersEnd(text, at + 2);
  const left = text.slice(start, at);
  const right = text.slice(at + 2, end);
  // Small letters only, and no digit, `_` or other letter glued on either side.
  if (!SMALL_WORD.test(left) || !SMALL_WORD.test(right)) return false;
  if (isWordChar(text.charCodeAt(start - 1)) || isWordChar(text.charCodeAt(end))) return false;
  if (COMPOUND_PARTS.has(left) || COMPOUND_PARTS.has(right)) return false;
  return ctx.once(
    DISCRETIONARY_MEMO,
    () =>
      text.match(ESCAPED_HYPHENS)?.length === 1 &&
      PLAIN_HYPHEN.test(text.replace(NO_PROSE, ' ')) &&
      !MARKDOWN_ESCAPE.test(text),
  );
}

const SMALL_WORD = /^[a-z]+$/;

/** `\-` between letters, each of a chain (`a\-b\-c`) counted. */
const ESCAPED_HYPHENS = /[A-Za-z]\\-(?=[A-Za-z])/g;

/** A hyphen typed plainly between letters. */
const PLAIN_HYPHEN = /[A-Za-z]-[A-Za-z]/;

/** What is no prose's: a code span, and a token holding an address or a path. */
const NO_PROSE = /`[^`\n]*`|\S*(?:\/|\]\()\S*/g;

/**
 * Escapes of marks a Markdown converter escapes (LaTeX's `\_`, `\#` too: there the
 * reading stays off, the safe side).
 */
const MARKDOWN_ESCAPE = /\\[_*[\]`#]/;

/**
 * Words about escaping, shortly before a lone escape in brackets on the same clause:
 * `must be escaped (\$)`, `a backslash ("\%")`; not a physicist's `escaped photons (\%)`.
 */
const ESCAPING = /\b(?:(?:be|is|are|been|being) escaped|backslash(?:es)?)\b[^.,;\n]*[("'`“‘[]$/i;

/** What opens a regular expression's literal in code: a call's parenthesis, or `=`. */
const REGEX_OPENERS = ['(/', '= /'];

const REGEX_OPEN_MEMO = 'escapes:regex-open';

/**
 * Is the backslash at `at` inside a regular expression's literal on its line: opened
 * by a `/` as a string method's first argument (`.replace(/`, `.match(/`, `.split(/`…) or
 * as a declaration's value (`const re = /`), still open at `at` (a class's `/` and
 * escaped characters skipped), and closed after it by a `/`, its flags and code's `,`,
 * `;` or `)` (`s.replace(/\\frac\{([^}]+)\}/g, '$1')`)? Prose's slashes close nothing
 * so: `loading factor (/SFR) … 300 km/s.` and `=/=` are read (review109).
 *
 * @example
 * ```ts
 * regexLiteral("s.replace(/\\frac\\{x/g, '')", 11); // true
 * regexLiteral('rates (/yr) of 5\\%', 16); // false
 * ```
 */
function regexLiteral(text: string, at: number): boolean {
  // (Within reach: a search back to the text's start at each backslash is quadratic.)
  const from = Math.max(0, at - REGEX_REACH);
  const newline = text.slice(from, at).lastIndexOf('\n');
  if (newline < 0 && from > 0) return false;
  const start = newline < 0 ? 0 : from + newline + 1;
  const end = Math.min(text.length, at + REGEX_REACH);
  // Each literal opened before `at` is read to its close: one closed before `at` leaves
  // the search for the next opener; the first still open at `at` decides.
  for (let k = start; k < at; k++) {
    if (text.charCodeAt(k) !== 0x2f || !regexStart(text, start, k)) continue;
    const close = literalClose(text, k + 1, end);
    if (close < 0) return false;
    if (close > at) return /^[dgimsuy]{0,6} ?[,;)]/.test(text.slice(close + 1, close + 10));
    k = close;
  }
  return false;
}

/**
 * Where the regular expression's literal whose pattern starts at `from` closes: its
 * `/` outside a class (`[…/…]`) and unescaped, before `end` and the line's end; -1 if
 * none.
 *
 * @example
 * ```ts
 * literalClose('x.replace(/a[/]\\/b/g)', 11, 40); // 18
 * ```
 */
function literalClose(text: string, from: number, end: number): number {
  let inClass = false;
  for (let k = from; k < end; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x0a) return -1;
    if (code === 0x5c) k++;
    else if (code === 0x5b) inClass = true;
    else if (code === 0x5d) inClass = false;
    else if (code === 0x2f && !inClass) return k;
  }
  return -1;
}

/** How far along its line a regular expression's literal is looked for. */
const REGEX_REACH = 400;

/**
 * Does the `/` at `k` open a regular expression's literal: a string method's first
 * argument (`.replace(/`), or a declaration's value (`const re = /`), on the line from
 * `start`, and before no `/`, `*` or space?
 *
 * @example
 * ```ts
 * regexStart('x.replace(/a/g)', 0, 10); // true
 * regexStart('factor (/SFR)', 0, 8); // false
 * ```
 */
function regexStart(text: string, start: number, k: number): boolean {
  const next = text.charCodeAt(k + 1);
  if (next === 0x2f || next === 0x2a || isSpace(next) || Number.isNaN(next)) return false;
  const before = text.slice(Math.max(start, k - 40), k);
  return REGEX_CALL.test(before) || REGEX_DECLARATION.test(before);
}

/** A string method called on a value, its parenthesis open: `s.replace(`. */
const REGEX_CALL = /\.(?:replace|replaceAll|match|matchAll|split|search|test|exec)\($/;

/** A declaration's or an assignment's value: `const re = `, `pattern = `. */
const REGEX_DECLARATION = /(?:^|[;{]\s*|\b(?:const|let|var) )[A-Za-z_$][\w$.]* = $/;

/** Whether the text escapes an asterisk as Markdown does (`\\*`): asked once a pass. */
const STAR_ESCAPE_MEMO = 'escapes:star-escape';

const DISCRETIONARY_MEMO = 'escapes:discretionary';

/**
 * Words that stand on either side of a compound's hyphen (`self-`, `-shot`, `-wise`,
 * `black-box`): beside one, `\-` is the compound's hyphen, not a syllable's break.
 */
const COMPOUND_PARTS: ReadonlySet<string> = new Set(
  (
    'self non re pre post multi cross co semi anti inter intra sub over under high low long ' +
    'short fine coarse state end real zero few one two single open top well large small ' +
    'deep auto macro micro meta neuro bio text image video task data human time cost in ' +
    'on off all full half plug lock shot based wise aware free level scale grained like ' +
    'specific driven guided tuned trained supervised symbolic centric oriented agnostic ' +
    'efficient intensive friendly dependent independent invariant aligned conditioned ' +
    'averaged context tuning training learning making world step order class layer head ' +
    'range term box black white up follow so called gamma ray star forming spin orbit ' +
    'mean field closed form ad hoc encoder decoder only vision language question ' +
    'answering following body mixed wide modal source domain rank dimensional augmented ' +
    'enhanced related induced preserving sensitive informed constrained weighted assisted ' +
    'generated annotated labeled grounded centered'
  ).split(' '),
);

/**
 * Roff's marks: a named character, a font change, a two-letter glyph's name (`\(em`,
 * not inline math's `\(xy\)`), an option's dashes after a space (`\-\-sort`), a request
 * first on its line (`.TH`, `.SH`, `.BR`).
 */
const ROFF =
  /\\\[[a-z]{2}\]|\\f[BIRP](?![a-z])|\\\((?:em|en|aq|dq|lq|rq|oq|cq|bu|co|hy|mi)(?![a-z])|(?:^|[\s(])\\-\\-[a-z]|^\.(?:TH|SH|SS|BR?|IR?|IP|PP|TP) /m;

const ROFF_MEMO = 'escapes:roff';

/**
 * Does a terminal's colour escape, as a shell prompt writes it (`\e[0;32m`, `\033[1m`),
 * end right before `at` or start right after the `\$` there?
 *
 * @example
 * ```ts
 * besideColour("PS1='\\e[0;32m\\$\\e[0m '", 13); // true
 * besideColour('costs \\$20', 6);                // false
 * ```
 */
function besideColour(text: string, at: number): boolean {
  return (
    COLOUR_BEFORE.test(text.slice(Math.max(0, at - 16), at)) ||
    COLOUR_AFTER.test(text.slice(at + 2, at + 8))
  );
}

const COLOUR_BEFORE = /\\(?:e|033|x1[bB])\[[\d;]*m$/;
const COLOUR_AFTER = /^\\(?:e|033|x1[bB])\[/;
