/**
 * `text-style`: styling macros (`\textbf{…}`, `\emph{…}`, `\ul{…}`, `{\bf …}`) lose the
 * macro and their braces and keep their text; a colour command loses its colour too
 * (`\textcolor{red}{…}`). Groups are tracked on a stack, so a closing brace is dropped
 * only when it closes a styling group; an opener whose brace never closes (as in the
 * fixtures' `\textbf{Positional \textbf{Integrity Encoding} (PIE)`) simply goes, and
 * other braces stay as written. The long math and text styles are also read without
 * their backslash (`mathbf{7.9times}`), where their group closes. The acronym packages'
 * `\ac{BCS}` and `\acs{BCS}` print the acronym, a key in small letters in capitals
 * (`\ac{llm}` → `LLM`). TeX's dashes alone in text mode are the dashes they print
 * (`$45\text{--}63$` → `45–63`).
 *
 * @example
 * ```text
 * we introduce \textbf{D}irect → we introduce Direct
 * Lion (Evo\textbf{Lved Sign Momentum}). → Lion (EvoLved Sign Momentum).
 * introducing \textbf{Positional \textbf{Integrity Encoding} (PIE). → introducing Positional Integrity Encoding (PIE).
 * a {\em fast} and \emph{simple {set}} → a fast and simple {set}
 * i) {\em<LF>direct} alignment, ii) \textbf{\bf<CR><LF>bold} → i) direct alignment, ii) bold
 * Observables for the $^{12}{\rm<LF>  C}(p,n)$ Reaction → Observables for the ^{12}C(p,n) Reaction
 * \ul{R}epair, \textcolor{blue}{Name}, {\small tiny}, \color{red}hot, \color{blue}{X} → Repair, Name, tiny, hot, X
 * up to mathbf{7.9times} faster → up to 7.9× faster
 * where boldsymbol{mu} and boldsymbol{Sigma} denote → where μ and Σ denote
 * a textbf{mu}ltiscale textbf{mu}ltimodal model, with textbf{mu} alone → a multiscale multimodal model, with μ alone
 * Self-text{CO}rrecting text{CO}upled text{Jump} → Self-COrrecting COupled Jump
 * a template's style: text{bold} → a template's style: text{bold}
 * the 10\textsuperscript{th} percentile, x\textsuperscript{2} → the 10th percentile, x²
 * CO\textsubscript{2}, 10\textsuperscript{-3}, 5-HT\textsubscript{1A}, x\textsuperscript{a}, Doe\textsuperscript{1,2} → CO₂, 10⁻³, 5-HT_{1A}, x^a, Doe^{1,2}
 * Name\textsuperscript{TM}, A\textsuperscript{\cite{x}} and B\textsubscript{a b} → Name™, A\textsuperscript{\cite{x}} and B\textsubscript{a b}
 * \textsuperscript{a}University of Oxford, x\textsubscript{i}j, file\_{\rm name} → ^{a}University of Oxford, x_{i}j, file_name
 * f_{\rm Sy1}, T_{\rm e} and x^{\rm th} → f_{Sy1}, T_e and x^{th}
 * CAFEIN\textsuperscript{\textregistered}, Name\textsuperscript{*} → CAFEIN®, Name*
 * a velocity of 5 $\rm km\,s^{-1}$, $\rm{H}\alpha$ and $\bf x$, but \rm alone → a velocity of 5 km s^{-1}, Hα and x, but \rm alone
 * a pulsar (62.4~\rm kyr), 1-25 \rm TeV, 0.5\rm\ mag, 5\rm~kpc and 186\,\rm km, but the \rm kyr → a pulsar (62.4 kyr), 1-25 TeV, 0.5 mag, 5 kpc and 186 km, but the \rm kyr
 * the policy $\boldsymbol\pi_0$ and \boldsymbolπ_{0.5} → the policy π_0 and π_{0.5}
 * a type $\mathbf d$, $\text M_{200}$, $\delta_{\bm u}$, $W_q\mathbf q$ and $t_{\mathrm pb}$, but $\mathcal AB$ and \mathbf d → a type d, M_{200}, δ_{u}, W_q q and t_{pb}, but \mathcal AB and \mathbf d
 * the dual atoms of $\mathop{Cl}_{sym}(X)$ and a \mathrel{R} b → the dual atoms of Cl_{sym}(X) and a R b
 * let $f(x)\mathrel{\mathop:}=x^2$ be, but \mathop: alone → let f(x):=x^2 be, but \mathop: alone
 * The \mathop{} primitive and \textbf{...} for bold → The \mathop{} primitive and \textbf{...} for bold
 * page: \hypersetup{urlcolor=black}\textbf{x.io} → page: x.io
 * we call {\em{data-copying}}, ({\it``S''}), F{\sc{ornax}}, \text{\bf x} and $n^{\rm{1/2}}$ → we call data-copying, (“S”), Fornax, x and n^{1/2}
 * the [O{\sc iii}] line (not a pattern's class), C\textsc{ii}, H{\sc{i}} and F{\sc{ornax}} → the [O iii] line (not a pattern's class), C ii, H i and Fornax
 * the 21-cm line ($\textrm{H}\textsc{i}$), {\rm Fe}{\sc ii}, [O\sc{iii}]4363Å, but \textbf{H}\textsc{i} → the 21-cm line (H i), Fe ii, [O iii]4363Å, but Hi
 * \LARGE GMP$^3$: Learning-Driven Planning → GMP^3: Learning-Driven Planning
 * \tiny Smallest size<LF>\small Small size → \tiny Smallest size<LF>\small Small size
 * n_\mathrm{H_2}, ξ_\mathrm{ion, obs}, L_\mathrm{[OIII]}, P_\mathrm{2f} and S_\mathrm{1.4GHz}, but T_\mathrm{eff} → n_{H_2}, ξ_{ion, obs}, L_{[OIII]}, P_{2f} and S_{1.4GHz}, but T_eff
 * the $\rm {U}(1)$ sector at $0.56 \, \rm {km~s^{-1}}$ → the U(1) sector at 0.56 km s^{-1}
 * a rate $\dot{\rm M}$, spin $\hat{\bf S}$, Mat$\acute{\rm e}$rn, $x\stackrel{\rm def}{=}y$, but 3 $\mu{\rm s}$ → a rate Ṁ, spin Ŝ, Matérn, x\stackrel{def}{=}y, but 3 μs
 * $\hat{\rm {S}}$, $x \quad{\rm or}\quad y$ and \noindent{\bf Abstract.} → Ŝ, x or y and Abstract.
 * as shown in $\cite{\rm x}$ and \mathbb{\rm R} → as shown in \cite{x} and ℝ
 * the fuzzy vault-based \ac{BCS}, \acs{LLM}s and \ac{isac} in \ac{6g}, but \acp{LLM} → the fuzzy vault-based BCS, LLMs and ISAC in 6G, but \acp{LLM}
 * {1D} {C}osserat beams and {A}n {E}lectro-{C}hemo {M}odel of {GPU}s → 1D Cosserat beams and An Electro-Chemo Model of GPUs
 * \b{Co}upled \b{V}ariational \b{R}einforcement (CoVRL) → Coupled Variational Reinforcement (CoVRL)
 * the set {A}, {O}, x^{A}b and Hello {Name}s → the set {A}, {O}, x^{A}b and Hello {Name}s
 * ($\text{Spearman's } \rho \approx 0.9$), but \textbf{a } b → (Spearman's ρ ≈ 0.9), but a  b
 * {\textbf{De}}coupled {\textbf{Mo}}mentum, ${\mathrm{M_\odot}}$, but \frac{\textbf{a}}{b} and {\emph{x} y} → Decoupled Momentum, M_⊙, but a/b and {x y}
 * a 13{\ensuremath{\sigma}} detection and 3{\ensuremath{\sigma}}, but x{\ensuremath{\sigma}} → a 13σ detection and 3σ, but x{σ}
 * only $45\text{--}63\,\%$, a\text{---}b and \mbox{--}, but \texttt{--}x → only 45–63 %, a—b and –, but --x
 * We solve \emphhow to, (\textitBig-Five), but data\emphysema\x and \emph(x) → We solve how to, (Big-Five), but data\emphysema\x and \emph(x)
 * the \textbf{x}y and \emphasis{z}, but \emphx2014 → the xy and \emphasis{z}, but \emphx2014
 * the \textbfseries and \textitalic, but \textbfKey and \emphasis → the \textbfseries and \textitalic, but Key and \emphasis
 * {An Evaluation of Two Landmark Building Discovery Algorithms} → An Evaluation of Two Landmark Building Discovery Algorithms
 * {A, B, C} → {A, B, C}
 * Latent {G}aussian Processes via Frank-{W}olfe → Latent Gaussian Processes via Frank-Wolfe
 * {PAC}-{B}ayesian Bounds on Classifiers → PAC-Bayesian Bounds on Classifiers
 * took {N}ms in the format {YYYY}-{MM}-{DD} → took {N}ms in the format {YYYY}-{MM}-{DD}
 * Benchmark{---}matching the state of the art, but f{--}x and The {---} marker → Benchmark—matching the state of the art, but f{--}x and The {---} marker
 * a sensible {``}inductive bias{''}, but write {``} here → a sensible “inductive bias”, but write {``} here
 * print $count{''} // 0 → print $count{''} // 0
 * the Mus{é}e d'Arch{é}ologie and Lema{î}tre, but β^{é}x and {𝒞}osmo{ℒ}attice → the Musée d'Archéologie and Lemaître, but β^{é}x and {𝒞}osmo{ℒ}attice
 * \bf{bold} and \small{https://x.io}, H{ \small I}, $\Delta{ \rm E}$, {\color{red} hot}, \textcolor{red}WARNING and \textcolor[rgb]{1,0,0}{X} → bold and https://x.io, H I, ΔE, hot, WARNING and X
 * {\color{red}\bf Note:} and {\color[rgb]{1,0,0} x}, but See{\color{red} this} and .t { \small a: 1 } → Note: and x, but See{this} and .t { \small a: 1 }
 * the { \sc Bert} model ({ \it e.g.}, SGD), but f() { \bf(); } → the Bert model (e.g., SGD), but f() { \bf(); }
 * we introduce \textbf {Multi-Physics}, $\mathbf {v}$, but the \textbf {} command → we introduce Multi-Physics, v, but the \textbf {} command
 * metal-rich ($\rm[Fe/H]\gtrsim0$) with $\rm12+\log(O/H)=8.1$ and H$\rmα$, but the \rm[x] option → metal-rich ([Fe/H]≳0) with 12+log(O/H)=8.1 and Hα, but the \rm[x] option
 * such \enquote{online} settings, \enquote{a \emph{very} nice} one, but the \enquote{} macro → such “online” settings, “a very nice” one, but the \enquote{} macro
 * $\frac{a{b}c}{\rm d}$ → \frac{a{b}c}{d}
 * $\sim 10^{4}{\,\rm K}$ and $200 {\rm \, Mpc}$ → ∼ 10^4 K and 200 Mpc
 * $\require{mediawiki-texvc}$Galaxy assembly → Galaxy assembly
 * $\sqrt{s}{\rm =13\,TeV}$ → √s=13 TeV
 * $\sqrt{s}{\rm{=13\,TeV}}$ and \SI{10}{\rm K} → √s=13 TeV and 10 K
 * the $\operatorname{coker}D$ map and $\operatorname{rank}(A)$ → the coker D map and rank(A)
 * $\braket{\psi}{\rm GHZ}$ and $O(n\operatorname{polylog}n)$ → \braket{ψ}{GHZ} and O(n polylog n)
 * ```
 *
 * @module
 */
import {
  closingBrace,
  isAlphanumeric,
  isCjk,
  isDigit,
  isGreek,
  isLetter,
  isLower,
  isSpace,
  isUpper,
  isWordChar,
  lettersEnd,
  lettersStart,
  macroNameStart,
  numberBefore,
  tokenStart,
} from '../scan.js';
import { MATH_ACCENTS } from '../tables/accents.js';
import { RAISED_MARKS } from '../tables/ornaments.js';
import { SPACE_MARKS } from '../tables/spacing.js';
import { GREEK } from '../tables/symbols.js';
import {
  BARE_STYLE_COMMANDS,
  COLOUR_COMMANDS,
  SIZE_DECLARATIONS,
  STYLE_COMMANDS,
  STYLE_DECLARATIONS,
} from '../tables/text-styles.js';
import { type Context, type Outcome, type Rule, single } from '../types.js';
import { boldGroup } from './accents.js';
import { endingLength } from './escapes.js';
import { bibtexSource, insideFormula, opensWrappedFormula } from './math-delimiters.js';
import { bracelessCommand, isKnownMacro, takesArgument } from './unknown-macros.js';

/** Digits and `+ - = ( )`, in the order of {@link SCRIPTABLE}, raised and lowered. */
const SCRIPTABLE = '0123456789+-=()';
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾';
const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎';

/** Ordinal suffixes, which `\textsuperscript` may lose its raise on. */
const ORDINALS = new Set(['st', 'nd', 'rd', 'th']);

/**
 * Whether the whole text is one brace pair around prose: a capital or a digit first,
 * three words or more with a small word among them, and no brace, backslash, quote,
 * `=`, `;` or line break inside (not a set, `{A, B, C}`, a mapping, `{name: x}`, or code).
 *
 * @example
 * ```ts
 * wrappedTitle('{An Evaluation of Two Algorithms}'); // true
 * wrappedTitle('{A, B, C}'); // false
 * ```
 */
function wrappedTitle(text: string): boolean {
  const inner = text.slice(1, -1);
  return (
    text.endsWith('}') &&
    /^[A-Z0-9]/.test(inner) &&
    !/[{}\\"=;\n]/.test(inner) &&
    inner.indexOf(' ', inner.indexOf(' ') + 1) > 0 &&
    / [a-z]{2,}/.test(inner)
  );
}

/**
 * Whether a Roman numeral in small capitals at `body`, its group or command at `at`,
 * is an ion's stage glued to its element's symbol (`H{\sc i}`, `O\textsc{iii}`): set
 * apart then, as a spaced one reads (`C\,\textsc{iv}` → `C iv`); glued, `Hi` reads as
 * a word.
 *
 * @example
 * ```ts
 * ionStage('broad H{\\sc i} line', 7, 12); // true
 * ionStage('F{\\sc{ornax}}', 1, 6); // false
 * ionStage('$\\textrm{H}\\textsc{i}$', 11, 19); // true
 * ```
 */
function ionStage(text: string, at: number, body: number): boolean {
  if (!ION_STAGE.test(text.slice(body, body + 6))) return false;
  // The element set upright in a group of its own (`\textrm{H}\textsc{i}`, `{\rm H}{\sc i}`).
  if (text.charCodeAt(at - 1) === 0x7d) {
    return UPRIGHT_ELEMENT.test(text.slice(Math.max(0, at - 16), at));
  }
  const start = lettersStart(text, at, 3);
  return /^[A-Z][a-z]?$/.test(text.slice(start, at));
}

/** An element's symbol in an upright group, right before its stage: `\mathrm{Fe}`, `{\rm H}`. */
const UPRIGHT_ELEMENT = /(?:\\(?:textrm|mathrm|text|rm) ?\{|\{\\rm )[A-Z][a-z]?\}$/;

/** A stage's numeral at its group's end, no letter after: `i` to `xv`. */
const ION_STAGE = /^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xv)\}(?![A-Za-z])/;

/**
 * Whether the style command at `at`, its group opening at `open`, is a script's argument
 * (`_\mathrm{…}`, `^\text{…}`) that holds more than a word: a script, a space,
 * punctuation, an operator, a bracket or a number before letters (a reader ends a bare
 * script where its digits meet letters), which would end the script early once the
 * braces went. A group with another inside is left as it is.
 *
 * @example
 * ```ts
 * scriptArgument('n_\\mathrm{H_2}', 2, 9); // true
 * scriptArgument('P_\\mathrm{2f}', 2, 9); // true
 * scriptArgument('T_\\mathrm{eff}', 2, 9); // false
 * ```
 */
function scriptArgument(text: string, at: number, open: number): boolean {
  const mark = text.charCodeAt(at - 1);
  // (Not an escaped `\\_`, prose's underscore: `file\\_\\emph{x y}`.)
  if ((mark !== 0x5f && mark !== 0x5e) || text.charCodeAt(at - 2) === 0x5c) return false;
  const inner = text.slice(open + 1, open + 42);
  const close = inner.indexOf('}');
  if (close < 0 || inner.lastIndexOf('{', close) >= 0) return false;
  // (A hyphen only as a sign, `^\\mathrm{-2}`: in a word it joins, `M^\\mathrm{K-ps}`.
  // A number before letters or a macro, `P_\\mathrm{2f}`, `_\\mathrm{1.4GHz}`,
  // `_\\mathrm{2-10keV}`: a reader splits a bare script where digits meet letters, `x_2y`.)
  return /[_^ ,;:()[\]+*/=']|^-|^\d+(?:[.-]\d{1,9}){0,3}[A-Za-z\\]/.test(inner.slice(0, close));
}

/** LaTeX's size declarations. */
const SIZES: ReadonlySet<string> = new Set(SIZE_DECLARATIONS);

/** A size's declaration named anywhere. */
const SIZE_NAMED = new RegExp(`\\\\(?:${SIZE_DECLARATIONS.join('|')})\\b`);

/** The text styles a brace-lost dump glues to their argument's text (`\emphhow`). */
const GLUED_STYLES = [
  'emph',
  'textbf',
  'textit',
  'textsc',
  'texttt',
  'textsf',
  'textrm',
  'underline',
];

/** How far a bare style's group may run before its `}`. */
const BARE_LIMIT = 200;

/** A bare `text{…}` group running on into a word's letters (`text{CO}rrecting`). */
const SPLIT_TEXT = /(?:^|[^\\\w])text\{[A-Za-z]{1,20}\}[a-z]/;

export const textStyle: Rule = {
  name: 'text-style',
  prefilter: {
    triggers: '\\{}',
    anchors: ['\\', '{'],
  },
  match(text, at, ctx) {
    const code = text.charCodeAt(at);
    if (code === 0x7d) {
      // Only a brace that closes a styling group goes. In a formula the space after a
      // group that ends with its own is math's, which TeX ignores: one shows
      // (`$\text{Spearman's } \rho$` → `Spearman's ρ`).
      if (ctx.braces.pop() !== true) return undefined;
      const twice =
        text.charCodeAt(at - 1) === 0x20 &&
        text.charCodeAt(at + 1) === 0x20 &&
        insideFormula(ctx, at);
      return single(at, twice ? at + 2 : at + 1, '');
    }
    if (code === 0x5c) return command(text, at, ctx);
    if (code !== 0x7b) return undefined;
    return group(text, at, ctx);
  },
};

/**
 * Whether the letters at `from`, glued after the style `name` in a text that lost its
 * braces, are its argument's rather than a longer name's: after `\emph` any but
 * `\emphasis`', `\emphasize`'s and `\emphatic`'s (`\emphhow`, `\emphPPAD`), after the others a capital
 * only (`\textitBig-Five`), as `\textitalic`, `\textbfseries` and `\underlinecolor` are
 * names an author may define.
 *
 * @example
 * ```ts
 * gluedArgument('\\emphhow', 5, 'emph'); // true
 * gluedArgument('\\textbfseries', 7, 'textbf'); // false
 * ```
 */
function gluedArgument(text: string, from: number, name: string): boolean {
  if (name === 'emph') return !text.startsWith('as', from) && !text.startsWith('at', from);
  return isUpper(text.charCodeAt(from));
}

/**
 * Does a number end right before `at`, alone or with a tie, a space or a thin space
 * between (`62.4~`, `25 `, `186\,`)?
 *
 * @example
 * ```ts
 * afterNumber('62.4~\\rm kyr', 5); // true
 * afterNumber('the \\rm kyr', 4); // false
 * ```
 */
function afterNumber(text: string, at: number): boolean {
  let k = at;
  if (text.charCodeAt(k - 1) === 0x7e || text.charCodeAt(k - 1) === 0x20) k--;
  else if (text.startsWith('\\,', k - 2)) k -= 2;
  return isDigit(text.charCodeAt(k - 1));
}

/**
 * `\textbf{`, `\textcolor{red}{`, or a colour declaration `\color{red}` at `at`.
 *
 * @example
 * ```ts
 * command('\\ul{R}epair', 0, ctx); // one hit: '\\ul{' → '' (and its `}` is to go)
 * ```
 */
function command(text: string, at: number, ctx: Context): Outcome | undefined {
  const name = ctx.macroName(text, at);
  const end = at + 1 + name.length;
  // A dump that lost every brace glued a text style to its argument (`\emphhow to`,
  // `\textitBig-Five`): the style goes.
  const glued = bracelessCommand(text, at, GLUED_STYLES, ctx);
  if (glued !== undefined && gluedArgument(text, at + 1 + glued.length, glued)) {
    return single(at, at + 1 + glued.length, '');
  }
  // A size's declaration first in a text, before a space and a title's first word (`\LARGE
  // GMP$^3$: Learning-Driven…`, a title copied from a poster's source): it styles the
  // rest, which prints as written.
  if (
    at === 0 &&
    SIZES.has(name) &&
    text.charCodeAt(end) === 0x20 &&
    /[A-Z0-9]/.test(text[end + 1] ?? '') &&
    // (Not a list of the sizes themselves: `\tiny Smallest<LF>\small Small`.)
    !SIZE_NAMED.test(text.slice(end))
  ) {
    return single(at, end + 1, '');
  }
  // Inside a formula a declaration needs no group of its own: the formula is its group
  // (`$\rm km\,s^{-1}$` → `km s^{-1}`), and the space after it only ends its name.
  if (STYLE_DECLARATIONS.has(name) && insideFormula(ctx, at)) {
    const next = text.charCodeAt(end);
    // A group after the space that ends its name is what it styles, its braces no
    // math's (`$\\rm {U}(1)$` → `U(1)`).
    if (next === 0x20 && text.charCodeAt(end + 1) === 0x7b) {
      // (A script's argument keeps them around more than a word: `$n_\\rm {H_2}$`.)
      const keep = scriptArgument(text, at, end + 1);
      ctx.braces.push(!keep);
      return single(at, end + 2, keep ? '{' : '');
    }
    if (next === 0x20) return single(at, end + 1, '');
    // Before a macro or a tie (`10^{24}\rm~cm^{-2}`: the tie is `tie`'s; before a space
    // the tie goes too, `$\rm~ N_H$`, or it would read as "about").
    if (next === 0x7e && text.charCodeAt(end + 1) === 0x20) return single(at, end + 1, '');
    if (next === 0x5c || next === 0x7e) return single(at, end, '');
    // Written as a command (`$\rm{km}$`), its group goes with it.
    if (next === 0x7b) {
      ctx.braces.push(true);
      return single(at, end + 1, '');
    }
    // Before any other token its name ends where the letters do (`$\rm[Fe/H]$`,
    // `$\rm12+\log(O/H)$`, `$\rmσ$`, `$\rm^{12}CO$`), not before a group's end.
    if (end < text.length && !isSpace(next) && !'}$_\'"'.includes(text[end] as string)) {
      return single(at, end, '');
    }
    return undefined;
  }
  // In text, `\rm` between a number and its unit (`62.4~\rm kyr`, `186\,\rm km`) only
  // sets the unit upright: it goes with the space that ends its name.
  if (name === 'rm' && afterNumber(text, at)) {
    if (text.charCodeAt(end) === 0x20 && isLetter(text.charCodeAt(end + 1))) {
      return single(at, end + 1, '');
    }
    // Before a control space, a tie or a thin space the space is that one's, and its
    // rule's (`0.5\rm\ mag`, `5\rm~kpc`, `5\rm\,kpc` → `0.5 mag`, `5 kpc`, `5 kpc`).
    const spacing =
      text.charCodeAt(end) === 0x7e ? 1 : /^\\[ ,]/.test(text.slice(end, end + 2)) ? 2 : 0;
    if (spacing > 0 && isLetter(text.charCodeAt(end + spacing))) return single(at, end, '');
  }
  // A style on one letter needs no braces: `\boldsymbolπ` (`\boldsymbol\pi` whose symbol
  // was read first) is π.
  const next = text.charCodeAt(end);
  if (isGreek(next) && STYLE_COMMANDS.has(name)) return single(at, end, '');
  // A math class command takes one token, an operator's sign too: in a formula
  // `\mathrel{\mathop:}=` is `:=`.
  if (MATH_CLASSES.has(name) && ':=+-*/<>|'.includes(text[end] ?? 'a') && insideFormula(ctx, at)) {
    return single(at, end, '');
  }
  // In a formula it takes the next token as TeX does, one letter or digit after the space
  // that ends its name (`$\mathbf d$`, `$\text M_{200}$`); the letters after that token
  // are set beside it, so a word reads the same (`t_{\mathrm pb}` → `t_{pb}`,
  // `100 \mathrm GeV`), unless the style draws other letters (`\mathcal AB`).
  // After a one-character script the space stays, or the token would join the script
  // (`W_q\mathbf q` is `W_q q`, not `W_qq`).
  if (
    next === 0x20 &&
    STYLE_COMMANDS.has(name) &&
    isAlphanumeric(text.charCodeAt(end + 1)) &&
    (name !== 'mathcal' || !isAlphanumeric(text.charCodeAt(end + 2))) &&
    insideFormula(ctx, at)
  ) {
    const script = text.charCodeAt(at - 2);
    const afterScript =
      (script === 0x5f || script === 0x5e) && isAlphanumeric(text.charCodeAt(at - 1));
    return single(at, end + 1, afterScript ? ' ' : '');
  }
  // A colour model's option (`\textcolor[rgb]{1,0,0}{X}`) goes with the colour.
  if (next === 0x5b && (COLOUR_COMMANDS.has(name) || name === 'color')) {
    const option = /^\[[A-Za-z]{1,8}\]\{/.exec(text.slice(end, end + 11));
    return option === null ? undefined : colour(text, at, end + option[0].length - 1, ctx);
  }
  // TeX skips a space before an argument (`\textbf {Multi-Physics}`, `$\mathbf {v}$`).
  // (An empty or a dotted group is a placeholder, text about the command: `\textbf {}`.)
  if (
    next === 0x20 &&
    text.charCodeAt(end + 1) === 0x7b &&
    STYLE_COMMANDS.has(name) &&
    !/^\{ *(?:\.\.\.|…)? *\}/.test(text.slice(end + 1, end + 8))
  ) {
    ctx.braces.push(true);
    return single(at, leadingDeclarationEnd(text, end + 2, ctx), '');
  }
  if (next !== 0x7b) return undefined;
  // An acronym's key in small letters (`\\ac{llm}`) prints in capitals, as its short form
  // is written (`LLM`, `6G`).
  if ((name === 'ac' || name === 'acs') && /^[a-z0-9]{2,8}\}/.test(text.slice(end + 1, end + 11))) {
    const close = text.indexOf('}', end);
    return single(at, close + 1, text.slice(end + 1, close).toUpperCase());
  }
  // An empty or a dotted argument set apart by spaces is a placeholder: text about the
  // command (`The \mathop{} primitive`, `In LaTeX, \textbf{...} makes bold`); glued
  // to a word it is source's, and prints nothing (`2\textbf{}times`).
  if (
    (at === 0 || isSpace(text.charCodeAt(at - 1))) &&
    /^\{(?:\.\.\.|…)?\}(?![\p{L}\p{N}])/u.test(text.slice(end, end + 6))
  ) {
    return undefined;
  }
  // TeX's dashes, set in text mode alone (`$45\text{--}63$`): `--` is the en dash and
  // `---` the em dash there, whatever `dashes` does with bare ones; typewriter type
  // sets no ligature (`\texttt{--}` is two hyphens).
  const dash = DASH_ARGUMENT.exec(text.slice(end, end + 5));
  if (dash !== null && TEXT_MODE.has(name)) {
    return single(at, end + dash[0].length, dash[1] === '--' ? '–' : '—');
  }
  // An operator's name set by `\\operatorname` before its argument's letter or digit
  // takes TeX's thin space after it (`$\\operatorname{coker}D$` → `coker D`, the fifteenth
  // audit of stored outputs; it had read `cokerD`).
  if (name === 'operatorname') {
    const close = closingBrace(text, end, 40);
    const word = close > 0 ? text.slice(end + 1, close) : '';
    // (A letter of any script or a digit after it, and one glued before it: TeX spaces
    // an operator from both, `n\\operatorname{polylog}n` → `n polylog n`.)
    if (/^[A-Za-z]+$/.test(word) && /^[\p{L}\p{N}]/u.test(text.slice(close + 1, close + 3))) {
      const before = /[\p{L}\p{N}]$/u.test(text.slice(Math.max(0, at - 2), at)) ? ' ' : '';
      return single(at, close + 1, `${before}${word} `);
    }
  }
  // An author's `\\b` for bold (`\\b{Co}upled \\b{V}ariational`, see `accents`).
  if (STYLE_COMMANDS.has(name) || (name === 'b' && boldGroup(text, at, ctx))) {
    // A script's argument keeps its braces around what would end the script early
    // (`n_\mathrm{H_2}` → `n_{H_2}`, `ξ_\mathrm{ion, obs}` → `ξ_{ion, obs}`,
    // `P_\mathrm{2f}` → `P_{2f}`); a word
    // needs none (`T_\mathrm{eff}` → `T_eff`).
    if (scriptArgument(text, at, end)) {
      ctx.braces.push(false);
      return single(at, end + 1, '{');
    }
    ctx.braces.push(true);
    const apart = name === 'textsc' && ionStage(text, at, end + 1);
    return single(at, leadingDeclarationEnd(text, end + 1, ctx), apart ? ' ' : '');
  }
  // `10\textsuperscript{th}`: an ordinal's suffix reads as plain letters, and a mark
  // that is set raised anyway (`NAME\textsuperscript{®}`, `™`, `†`) as itself.
  if (name === 'textsuperscript') {
    const suffix = text.slice(end + 1, end + 3);
    if (ORDINALS.has(suffix) && text.charCodeAt(end + 3) === 0x7d) {
      return single(at, end + 4, suffix);
    }
    const mark = text[end + 1] as string;
    if (RAISED_MARKS.includes(mark) && text.charCodeAt(end + 2) === 0x7d) {
      return single(at, end + 3, mark);
    }
    return scripted(text, at, end, SUPERSCRIPTS);
  }
  if (name === 'textsubscript') return scripted(text, at, end, SUBSCRIPTS);
  // csquotes' `\enquote{geometric shortcut}` prints its text in double quotes, and a
  // quotation inside it in single ones (English's usage).
  if (name === 'enquote') {
    const close = closingBrace(text, end, 400);
    if (close < 0) return undefined;
    const inner = text.slice(end + 1, close).replace(/\\enquote\{([^{}]*)\}/g, '‘$1’');
    return single(at, close + 1, `“${inner}”`);
  }
  // MathJax's `\require{mhchem}` loads an extension and prints nothing, in a formula
  // (`$\require{mediawiki-texvc}$Galaxy`, the twelfth audit of stored outputs).
  if (
    name === 'require' &&
    insideFormula(ctx, at) &&
    /^\{[\w-]{1,40}\}/.test(text.slice(end, end + 43))
  ) {
    return single(at, closingBrace(text, end, 43) + 1, '');
  }
  // `\hypersetup{urlcolor=black}` sets link colours and prints nothing.
  if (name === 'hypersetup') {
    const close = closingBrace(text, end, 120);
    return close < 0 ? undefined : single(at, close + 1, '');
  }
  // A declaration written with a group in text (`\bf{bold}`, `\small{https://x.io}`):
  // the switch styles what follows, and the group prints its text. (Not a script's
  // argument, `^\rm{th}`, whose group is the script's.)
  if (
    STYLE_DECLARATIONS.has(name) &&
    !'^_"\'`/'.includes(text[at - 1] ?? '.') &&
    DECLARED_GROUP.test(text.slice(end, end + 200))
  ) {
    ctx.braces.push(true);
    // (An ion's stage so written is set apart: `[O\sc{iii}]` → `[O iii]`.)
    return single(at, end + 1, name === 'sc' && ionStage(text, at, end + 1) ? ' ' : '');
  }
  if (!COLOUR_COMMANDS.has(name) && name !== 'color') return undefined;
  return colour(text, at, end, ctx);
}

/**
 * A colour command at `at` whose colour's brace is at `open`: `\textcolor{red}{X}` and
 * `\colorbox{red}{X}` print `X`, the declaration `\color{red}` nothing. Without a
 * group after the colour TeX colours the next token alone, which prints as written
 * (`\textcolor{red}WARNING` → `WARNING`).
 *
 * @example
 * ```ts
 * colour('\\textcolor{red}{X}', 0, 10, ctx); // one hit: '\\textcolor{red}{' → ''
 * ```
 */
function colour(text: string, at: number, open: number, ctx: Context): Outcome | undefined {
  const colourEnd = closingBrace(text, open, 40);
  if (colourEnd < 0) return undefined;
  const after = text.charCodeAt(colourEnd + 1);
  // `\color{blue}{X}`, `\textcolor{blue}{X}`: the group after it is what it colours.
  // (A declaration starting the group styles all of it and goes too: `{\bf Note:}`.)
  if (after === 0x7b) {
    ctx.braces.push(true);
    return single(at, leadingDeclarationEnd(text, colourEnd + 2, ctx), '');
  }
  if (/^\\color[[{]/.test(text.slice(at, at + 7))) {
    return single(at, after === 0x20 ? colourEnd + 2 : colourEnd + 1, '');
  }
  return isAlphanumeric(after) || after === 0x5c ? single(at, colourEnd + 1, '') : undefined;
}

/**
 * The group a declaration written as a command styles in text: words (`\bf{bold}`,
 * `\it{equal frequent intervals}`) or an address (`\small{https://x.io}`), closed; not a
 * pattern's quantifier (`\bf{2,}`, a regular expression's `\b` and `f{2,}`) nor a
 * brace expansion's list (`\rm{a,b}`).
 */
const DECLARED_GROUP = /^\{(?:\p{L}[\p{L}\p{N} .:'’-]*|https?:\/\/[^\s{}]+)\}/u;

/** A group holding TeX's en or em dash alone: `{--}`, `{---}`. */
const DASH_ARGUMENT = /^\{(---?)\}/;

/** Commands that set their argument in text mode with TeX's ligatures (not `\\texttt`). */
const TEXT_MODE: ReadonlySet<string> = new Set([
  'text',
  'textrm',
  'textnormal',
  'textup',
  'textsf',
  'textit',
  'textbf',
  'textsl',
  'emph',
  'mbox',
  'hbox',
]);

/** Math's class commands, which set their one token as an operator, a relation, …. */
const MATH_CLASSES = new Set(['mathop', 'mathrel', 'mathbin', 'mathord']);

/**
 * An argument without the style declaration that starts it, which styles all of it and
 * prints nothing: `\sqrt{\rm Hz}` is `√Hz`, not `√(\rm Hz)`; `\url{\tt https://x.io}`
 * is the address. For the rules that show an argument as written (`fractions`, `href`).
 *
 * @example
 * ```ts
 * withoutDeclaration('\\rm Hz'); // 'Hz'
 * withoutDeclaration('\\alpha x'); // '\\alpha x'
 * ```
 */
export function withoutDeclaration(inner: string): string {
  const end = declarationEnd(inner, 0);
  return end > 0 && inner.charCodeAt(end) === 0x20 ? inner.slice(end + 1) : inner;
}

/**
 * End of the style declaration's name at `from` (its backslash: `\em`, `\rm`), or -1
 * when no declaration starts there.
 *
 * @example
 * ```ts
 * declarationEnd('{\\em x}', 1); // 4
 * declarationEnd('{\\alpha}', 1); // -1
 * ```
 */
function declarationEnd(text: string, from: number): number {
  if (text.charCodeAt(from) !== 0x5c) return -1;
  const end = lettersEnd(text, from + 1);
  return STYLE_DECLARATIONS.has(text.slice(from + 1, end)) ? end : -1;
}

/**
 * Where a declaration that starts a style command's argument ends (`\textbf{\em x}`,
 * `\text{\bf{x}}`: it styles the whole argument and goes with the command), or `from`
 * when none does. A declaration written as a command has its group go too.
 *
 * @example
 * ```ts
 * leadingDeclarationEnd('\\textbf{\\em x}', 8, ctx); // 12
 * leadingDeclarationEnd('\\textbf{x}', 8, ctx); // 8
 * ```
 */
function leadingDeclarationEnd(text: string, from: number, ctx: Context): number {
  const end = declarationEnd(text, from);
  if (end < 0) return from;
  const body = nameEnd(text, end);
  if (body > end) return body;
  const after = text.charCodeAt(end);
  if (after === 0x7b) {
    ctx.braces.push(true);
    return end + 1;
  }
  return after === 0x5c || after === 0x7d ? end : from;
}

/**
 * Past the space or the line break that ends a declaration's name, which TeX skips
 * (`{\em\ndirect}` in a hard-wrapped abstract reads `direct`), with the next line's
 * indent, which TeX skips too (arXiv's titles: `{\rm\n  C}`); `end` when neither follows.
 *
 * @example
 * ```ts
 * nameEnd('{\\em x}', 4); // 5
 * nameEnd('{\\em\r\nx}', 4); // 6
 * nameEnd('{\\rm\n  C}', 4); // 7
 * nameEnd('{\\em(a)}', 4); // 4
 * ```
 */
function nameEnd(text: string, end: number): number {
  const after = text.charCodeAt(end);
  if (after === 0x20) return end + 1;
  let next = end;
  if (after === 0x0d) next = text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
  else if (after === 0x0a) next = end + 1;
  else return end;
  while (text.charCodeAt(next) === 0x20 || text.charCodeAt(next) === 0x09) next++;
  return next;
}

/**
 * Where a run of thin, medium and thick spaces from `from` ends (`\\,\\,`, `\\;`), or `from`.
 *
 * @example
 * ```ts
 * thinSpacesEnd('{\\,\\rm K}', 1); // 3
 * thinSpacesEnd('{\\rm K}', 1); // 1
 * ```
 */
function thinSpacesEnd(text: string, from: number): number {
  let k = from;
  while (text.charCodeAt(k) === 0x5c && SPACE_MARKS.includes(text[k + 1] ?? ' ')) k += 2;
  return k;
}

/**
 * A text command's name whose `\\t` a string's escape ate (`\\textbf` in JSON read as a
 * TAB and `extbf`), after whitespace or a bracket and before its group (`propose
 * extbf{DMV3D}`, a review page's copy in the two-hundred-and-twenty-third blind set): the
 * `\\t` comes back and the next pass reads the command. The space stays, a word's end.
 * No word is spelled `extbf`.
 *
 * @example
 * ```ts
 * eatenTab('propose extbf{DMV3D}', 13); // one hit: 'e' → '\\te'
 * eatenTab('next{x}', 4); // undefined
 * ```
 */
function eatenTab(text: string, at: number): Outcome | undefined {
  const start = lettersStart(text, at, 12);
  const name = text.slice(start, at);
  if (!name.startsWith('ext') || !STYLE_COMMANDS.has(`t${name}`) || name === 'ext') {
    return undefined;
  }
  // (A TAB left there is the `\\t` itself, which `json-escapes` puts back.)
  return /^[ \n(]?$/.test(text.slice(Math.max(0, start - 1), start))
    ? single(start, start + 1, '\\te')
    : undefined;
}

/**
 * An opening brace: `{\bf fast}` (a declaration, which goes with the group's braces),
 * `mathbf{…}` (a style that lost its backslash), or a plain group, whose braces stay.
 *
 * @example
 * ```ts
 * group('{\\em fast}', 0, ctx); // one hit: '{\\em ' → ''
 * ```
 */
function group(text: string, at: number, ctx: Context): Outcome | undefined {
  const eaten = eatenTab(text, at);
  if (eaten !== undefined) return eaten;
  // A text wrapped whole in one pair (a BibTeX title's outer braces, `{Fixing WTFs:
  // Detecting …}`) prints no braces around its prose; its `}` closes the pair.
  if (at === 0 && wrappedTitle(text)) {
    ctx.braces.push(true);
    return single(0, 1, '');
  }
  // A space may stand before the declaration in a group glued to a word (`H{ \small I}`,
  // a thin space another rule read first, `H{\,\small I}`): TeX prints it, a word's end.
  // After a space, a `(` or a line's start the group is prose's only when it holds a
  // word and no code's punctuation (`the { \sc Bert} model`; not CSS's
  // `.title { \small font-size: 10px }`). In a formula TeX ignores the space.
  const before = text.charCodeAt(at - 1);
  const glued = isWordChar(before);
  const spaced =
    text.charCodeAt(at + 1) === 0x20 &&
    (glued ||
      (/^[\s(]?$/.test(text.slice(Math.max(0, at - 1), at)) &&
        SPACED_PROSE.test(text.slice(at, at + 80)))) &&
    !macroArgument(text, at) &&
    !scriptGroup(text, at);
  // In a formula a thin space (or a medium one) first prints, before a unit set upright
  // (`10^4{\,\rm K}` → `10^4 K`, the twelfth audit of stored outputs; it had left `{ K}`).
  const thin = insideFormula(ctx, at) ? thinSpacesEnd(text, at + 1) : at + 1;
  // (Chinese and Japanese set no space between words: `使用{ \bf 粗体}文字`.)
  const lead =
    thin > at + 1 || (spaced && glued && !isCjk(before) && !insideFormula(ctx, at)) ? ' ' : '';
  const end = declarationEnd(text, thin > at + 1 ? thin : spaced ? at + 2 : at + 1);
  // A declaration alone as a command's argument styles nothing: it is the argument, a
  // setting's value (`\verbatimfont{\small}`, a LaTeX parser's changelog).
  if (end > 0 && declarationsArgument(text, at)) return undefined;
  // (Spaced, it styles some text: `m{ \tt };` is C++'s.)
  if (end > 0 && !(spaced && /^ ?\}/.test(text.slice(end, end + 2)))) {
    const after = text.charCodeAt(end);
    // The name ends at any non-letter: a space, a macro, the group's end, or what the
    // declaration styles (`{\it``S-shaped''}`, `{\em(a)}`).
    // (Not `@`, which makes a LaTeX internal's name, `\it@is@a`, nor a script, which
    // needs a base: `{\rm_{VEV}}`.)
    if (!Number.isNaN(after) && after !== 0x40 && after !== 0x5f && after !== 0x5e) {
      // The declaration is `\\sc`, whose Roman numeral may be an ion's stage (`H{\\sc i}`).
      const smallCaps = end - (spaced ? at + 2 : at + 1) === 3 && text.startsWith('sc', end - 2);
      // A declaration written as a command (`{\em{data-copying}}`, `F{\sc{ornax}}`):
      // the inner group's braces go too; a script's or a macro's own braces stay
      // (`n^{\rm{1/2}}` → `n^{1/2}`, not `n^1/2`; `\sqrt{\rm{Hz}}`).
      if (after === 0x7b) {
        const own =
          before === 0x5e ||
          before === 0x5f ||
          macroNameStart(text, at) >= 0 ||
          secondArgument(text, at);
        ctx.braces.push(!own, true);
        // (An ion's stage so written is set apart too: `H{\\sc{i}}` → `H i`.)
        const stage = lead === '' && smallCaps && ionStage(text, at, end + 1);
        return single(own ? at + 1 : at, end + 1, stage ? ' ' : lead);
      }
      // A script's group is the script's argument as well: its braces stay around more
      // than one character (`f_{\rm Sy1}` → `f_{Sy1}`, not `f_Sy1`, whose subscript
      // is the `S` alone; `T_{\rm e}` → `T_e`). A macro's argument keeps them whatever
      // it holds (`\hat{\bf S}` → `\hat{S}`, which `accents` reads).
      const bodyStart = nameEnd(text, end);
      // A macro's argument written `{\rm {S}}`: the inner braces go, the argument's stay.
      if (text.charCodeAt(bodyStart) === 0x7b && macroArgument(text, at)) {
        ctx.braces.push(false, true);
        return single(at + 1, bodyStart + 1, '');
      }
      // (A later argument too, of a fraction `fractions` cannot read: `\\frac{a{b}c}{\\rm
      // d}`; its braces gone, the fraction had lost its denominator's group.)
      const keep =
        macroArgument(text, at) ||
        secondArgument(text, at) ||
        (scriptGroup(text, at) && !oneSymbol(text, bodyStart, closingBrace(text, at, BARE_LIMIT)));
      ctx.braces.push(!keep);
      const apart = lead === '' && smallCaps && ionStage(text, at, bodyStart);
      return single(keep ? at + 1 : at, bodyStart, apart ? ' ' : lead);
    }
  }
  if (colourGroup(text, at)) {
    ctx.braces.push(true);
    return single(at, at + 1, '');
  }
  if (styleOnlyGroup(text, at) && !bibtexSource(text, ctx)) {
    ctx.braces.push(true);
    return single(at, at + 1, '');
  }
  const start = lettersStart(text, at, 13);
  if (
    at - start >= 4 &&
    BARE_STYLE_COMMANDS.has(text.slice(start, at)) &&
    text.charCodeAt(start - 1) !== 0x5c &&
    !isWordChar(text.charCodeAt(start - 1))
  ) {
    const close = closingBrace(text, at, BARE_LIMIT);
    if (close > 0) {
      // A Greek letter's name styled (`boldsymbol{Sigma}`): flattened, so the letter;
      // not the styled start of a word glued after it (`textbf{mu}ltiscale`).
      const name = text.slice(at + 1, close);
      // (Its `}` goes with it, so no brace is pushed.)
      if (Object.hasOwn(GREEK, name) && !isLetter(text.charCodeAt(close + 1))) {
        return single(start, close + 1, GREEK[name] as string);
      }
      ctx.braces.push(true);
      return single(start, at + 1, '');
    }
  }
  // `\text` without its backslash styling a word's first letters (`Self-text{CO}rrecting
  // text{CO}upled text{Jump}`, a daily-papers dump's): the group's letters, where one
  // such group in the text runs on into a word (a bare `text{x}` alone may be code's).
  if (
    at - start === 4 &&
    text.startsWith('text', start) &&
    text.charCodeAt(start - 1) !== 0x5c &&
    !isWordChar(text.charCodeAt(start - 1))
  ) {
    const close = closingBrace(text, at, 40);
    if (close > 0 && /^[A-Za-z]{1,20}$/.test(text.slice(at + 1, close)) && SPLIT_TEXT.test(text)) {
      ctx.braces.push(true);
      return single(start, at + 1, '');
    }
  }
  // TeX's em dash alone in a bare group glued between words (`Benchmark{---}matching`,
  // as PMLR's abstracts brace it): the braces set nothing, and prose types none around
  // a dash. (`{--}` is also Haskell's empty comment, `f{--}x`, and a spaced `{---}` a
  // template's marker: they stay.)
  if (
    text.startsWith('{---}', at) &&
    isLetter(text.charCodeAt(at - 1)) &&
    isLetter(text.charCodeAt(at + 5)) &&
    !macroArgument(text, at)
  ) {
    return single(at, at + 5, '—');
  }
  // So are TeX's quotes alone in bare groups at a quotation's edges, the opener before a
  // word and the closer after one (`a sensible {``}inductive bias{''}`, as the ACL
  // Anthology's BibTeX braces them): they print as the marks.
  const quote = quoteGroup(text, at);
  if (quote !== undefined) return single(at, at + 4, quote);
  // And an apostrophe alone in a bare group, as the same BibTeX braces it (`the
  // agent{'}s capabilities`, `don{'}t`, `the models{'} scores`): the braces go.
  if (bracedApostrophe(text, at) && !bibtexSource(text, ctx)) return single(at, at + 3, "'");
  // An accented Latin letter alone in braces inside a word is an accent's group whose
  // macro a converter already read (`Mus{é}e`, `Lema{î}tre`, `moir{é}`): the braces
  // print nothing. Not a script's or a macro's argument (`^{é}`, `\\'{é}`), nor a math
  // alphabet's letter (`{𝒞}osmo{ℒ}attice`).
  if (
    text.charCodeAt(at + 2) === 0x7d &&
    ACCENTED.test(text[at + 1] as string) &&
    (LETTER.test(text[at - 1] ?? '') || LETTER.test(text[at + 3] ?? '')) &&
    accentedWord(text, at) &&
    !bibtexSource(text, ctx)
  ) {
    return single(at, at + 3, text[at + 1] as string);
  }
  if (caseGroup(text, at, ctx)) {
    ctx.braces.push(true);
    return single(at, at + 1, '');
  }
  // A group that holds only a formula goes with its dollars: `math-delimiters` takes this
  // brace with the opening `$`, and the closing one goes here as the group closes.
  ctx.braces.push(ctx.enabled('math-delimiters') && opensWrappedFormula(text, at, ctx));
  return undefined;
}

/**
 * The quotation mark a bare group at `at` holds alone, TeX's opener glued before what it
 * quotes or its closer glued after it, with its partner (braced or not) on the other
 * side within a quotation's reach in its paragraph; `undefined` for any other group, a
 * lone mark (Perl's empty key, `$count{''}`; a braced double prime, `5{''}`), JSX's
 * empty strings (`value={``}`, `{x}{''}`), or a macro's argument.
 *
 * @example
 * ```ts
 * quoteGroup("a {``}bias{''}", 2); // '“'
 * quoteGroup("a {``}bias{''}", 10); // '”'
 * quoteGroup("print $count{''} // 0", 12); // undefined
 * quoteGroup("{``}GPT-4{''}", 9); // '”'
 * ```
 */
function quoteGroup(text: string, at: number): string | undefined {
  if (text.charCodeAt(at + 3) !== 0x7d || macroArgument(text, at)) return undefined;
  // No attribute's or element's value (`value={``}`, `<b>{''}`): JSX's empty strings
  // (review111).
  const before = text.charCodeAt(at - 1);
  if (before === 0x3d || before === 0x3e) return undefined;
  const pair = text.slice(at + 1, at + 3);
  if (pair === '``') {
    if (isSpace(text.charCodeAt(at + 4)) || at + 4 >= text.length) return undefined;
    const after = paragraph(text.slice(at + 4, at + 4 + QUOTE_REACH));
    return after.includes("''") ? '“' : undefined;
  }
  // The closer, glued after what it quotes, within its paragraph.
  if (pair !== "''" || at === 0 || isSpace(before)) return undefined;
  const reach = text.slice(Math.max(0, at - QUOTE_REACH), at);
  const quoted = reach.slice(reach.lastIndexOf('\n\n') + 1);
  // The nearest braced opener that opened a quotation (glued to what it quotes) and that
  // no braced closer has answered vouches for it (`{``}GPT-4{''}`, `{``}Training
  // {BERT}{''}`, review112 and review114; a later `6{''}` is a double prime, review113).
  const opener = quoted.lastIndexOf('{``}');
  if (opener >= 0 && !isSpace(quoted.charCodeAt(opener + 4)) && !quoted.includes("{''}", opener)) {
    return '”';
  }
  // Else a group before it must be a command's or a script's (`x_{i}{''}`; Perl's
  // `$h{x}{''}`, a template's `{label}{''}` are none), and no number's double prime.
  if (before === 0x7d && !commandGroupBefore(text, at)) return undefined;
  if (isDigit(before)) return undefined;
  return quoted.includes('``') ? '”' : undefined;
}

/**
 * Whether the group at `at` is an apostrophe braced alone, as the ACL Anthology's BibTeX
 * writes one: before a contraction's or a possessive's ending that ends the word
 * (`It{'}s`, `we{'}re`, `GPT-4{'}s`); inside a word of three letters or more (`agent{'}s`,
 * `don{'}t`); after a word of one or two letters before a capital and a letter
 * (`O{'}Brien`, `d{'}Alembert`) or an elided word of three letters or more that opens
 * with a vowel or `h` (`l{'}article`; `qu{'}il` stays); or after a plural's `s` ending a
 * word of three letters or more before no word (`the models{'} scores`), where no braced
 * opener `{`}` stands within a quotation's reach before it (`{`}weights{'}`, review3).
 * Not a macro's argument, nor before a quote or a brace, nor after a shell's variable
 * (`$1{'}s`), nor Perl's or Ruby's quoting operators (`s{'}{''}g`, `m{'}g`, `qr{'}i`,
 * `%r{'}i`, review2).
 *
 * @example
 * ```ts
 * bracedApostrophe("the agent{'}s capabilities", 9); // true
 * bracedApostrophe("print({'}')", 6); // false
 * bracedApostrophe("$x =~ m{'}g", 7); // false
 * ```
 */
function bracedApostrophe(text: string, at: number): boolean {
  if (!text.startsWith("{'}", at) || macroArgument(text, at)) return false;
  const after = text.charCodeAt(at + 3);
  if (after === 0x27 || after === 0x7b || after === 0x7d) return false;
  if (!isAlphanumeric(text.charCodeAt(at - 1))) return false;
  const start = lettersStart(text, at);
  if (text[start - 1] === '%' || text[start - 1] === '$' || text[start - 1] === '@') return false;
  // (Nor after a shell's or awk's variable, `$1{'}s`, review7.)
  if (/\$\w*$/.test(text.slice(Math.max(0, at - 20), at))) return false;
  // Perl's quoting operators take any delimiters and flags (`m{'}s`, `qr{'}m`, review4);
  // French's `s{'}agit` and `m{'}appelle` are words (review5).
  if (
    PERL_QUOTING.has(text.slice(start, at)) &&
    !isWordChar(text.charCodeAt(start - 1)) &&
    /^[msixpodualngcer]{0,4}(?![A-Za-z])/.test(text.slice(at + 3, at + 8))
  ) {
    return false;
  }
  const ending = endingLength(text.slice(at + 3, at + 6));
  if (ending > 0 && !isAlphanumeric(text.charCodeAt(at + 3 + ending))) return true;
  const length = at - start;
  if (length === 0 || isWordChar(text.charCodeAt(start - 1))) return false;
  const rest = text.slice(at + 3, at + 8);
  if (length <= 2) return /^[A-Z][a-z]|^[aeiouhAEIOUH][a-z]{2}/.test(rest);
  if (isLetter(after)) return true;
  // Near an opener braced so, no plural's apostrophe is read: it may close the quotation
  // or stand inside it (`{`}Don{'}t Stop … Tasks{'}`, `{`}the students{'} answers{'}`,
  // review4 and review5).
  if (text.slice(Math.max(0, at - QUOTE_REACH), at).includes('{`}')) return false;
  return text.charCodeAt(at - 1) === 0x73 && !isWordChar(after);
}

/** Perl's quoting operators, which take a brace as their delimiter (`s{'}{''}g`). */
const PERL_QUOTING = new Set(['m', 's', 'y', 'q', 'qq', 'qr', 'qw', 'qx', 'tr']);

/** `text` to its first blank line: a quotation does not run past its paragraph. */
function paragraph(text: string): string {
  const blank = text.indexOf('\n\n');
  return blank < 0 ? text : text.slice(0, blank);
}

/**
 * Whether the group that closes right before `at` is a command's or a script's
 * (`\\emph{deep}{''}`, `{\\em deep}{''}`, `x_{i}{''}`): its opener after a macro's name
 * or a script's mark, or its content opening with a macro.
 *
 * @example
 * ```ts
 * commandGroupBefore("\\emph{deep}{''}", 11); // true
 * commandGroupBefore("{x}{''}", 3); // false
 * ```
 */
function commandGroupBefore(text: string, at: number): boolean {
  let depth = 0;
  for (let k = at - 1; k >= 0 && k > at - 120; k--) {
    const code = text.charCodeAt(k);
    if (code === 0x7d) depth++;
    else if (code === 0x7b && --depth === 0) {
      const owner = text.charCodeAt(k - 1);
      return (
        macroNameStart(text, k) >= 0 ||
        text.charCodeAt(k + 1) === 0x5c ||
        owner === 0x5f ||
        owner === 0x5e
      );
    }
  }
  return false;
}

/** How far a braced quote looks for its partner, within its paragraph: a quotation's length. */
const QUOTE_REACH = 400;

/**
 * A spaced group of prose: `{ \sc Bert}`, `{ \it e.g.}`; a word, then no code's marks,
 * and no space before its end (`{ \rm foo.txt }`, PowerShell's `& { \sc query x }`).
 */
const SPACED_PROSE = /^\{ \\[A-Za-z]+ [A-Za-z](?:[^{}:;=()\n]{0,60}[^\s{}:;=()])?\}/;

/**
 * Whether the group opening at `at` starts with a colour declaration (`{\color{red} hot}`,
 * `{\color[rgb]{1,0,0} hot}`), which styles it as `{\bf …}` does: its braces go, and the
 * declaration as its command. Not glued to a word or an address before it, whose label
 * it may be (`…/b{\color{blue}GitHub}`, `See{\color{red} this}`), nor a macro's or a
 * script's argument, nor before a style declaration, which its own group reads
 * (`{\color{red}\bf Note:}`).
 *
 * @example
 * ```ts
 * colourGroup('a {\\color{red} hot} b', 2); // true
 * colourGroup('a/b{\\color{red} hot}', 3); // false
 * ```
 */
function colourGroup(text: string, at: number): boolean {
  const colour = /^\\color(?:\[[A-Za-z]{1,8}\])?\{[^{}]{1,40}\} ?/.exec(
    text.slice(at + 1, at + 64),
  );
  return (
    colour !== null &&
    (at === 0 || isSpace(text.charCodeAt(at - 1)) || '(['.includes(text[at - 1] as string)) &&
    declarationEnd(text, at + 1 + colour[0].length) < 0 &&
    !macroArgument(text, at) &&
    !scriptGroup(text, at)
  );
}

/**
 * Whether the group opening at `at` holds one style command and nothing else
 * (`{\textbf{De}}coupled`): a grouping that prints nothing, so its braces go with the
 * command's. Not a macro's or a script's argument (`\frac{\textbf{a}}{b}`,
 * `x^{\mathbf{v}}`, `\hat {\mathbf{x}}`), nor one after a `}` or an option's `]`, which may be a later
 * argument (`\frac{a}{\textbf{b}}`, `\sqrt[3]{\mathrm{x}}`). In BibTeX source the
 * caller keeps them: there they delimit a field (`title = {\emph{X}}`).
 *
 * @example
 * ```ts
 * styleOnlyGroup('{\\textbf{De}}coupled', 0); // true
 * styleOnlyGroup('a 13{\\ensuremath{\\sigma}}', 4); // true (no name ends in a digit)
 * styleOnlyGroup('\\frac{\\textbf{a}}{b}', 5); // false
 * styleOnlyGroup('{\\textbf{a} b}', 0); // false
 * ```
 */
function styleOnlyGroup(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (
    (isWordChar(before) && !(isDigit(before) && numberBefore(text, at))) ||
    /[\\^_}\]]/.test(text.charAt(at - 1)) ||
    text.charCodeAt(at + 1) !== 0x5c ||
    // A macro's argument after the space that ends its name (`\hat {\mathbf{x}}`; not
    // `\in {\mathbf{R}}`, whose group is only a group).
    spacedArgument(text, at)
  ) {
    return false;
  }
  const nameEnd = lettersEnd(text, at + 2);
  const name = text.slice(at + 2, nameEnd);
  // `{\acs{hol}}` is BibTeX's way to keep an acronym's case: source, in a title's field.
  if (text.charCodeAt(nameEnd) !== 0x7b || !STYLE_COMMANDS.has(name) || name.startsWith('ac')) {
    return false;
  }
  const close = closingBrace(text, nameEnd, BARE_LIMIT);
  return close > 0 && text.charCodeAt(close + 1) === 0x7d;
}

/**
 * Case-protected words as BibTeX writes them, at the text's start, after `(` or a hyphen,
 * or after a space that follows prose: one capital in braces glued to the small letters
 * of a word (`{C}osserat`, `Electro-{C}hemo`), or an acronym in braces as a word
 * (`{1D}`). Two make a title BibTeX's, and so does one capital glued to a name's
 * adjective or to a name after another's hyphen (see {@link caseProtected}); one alone
 * elsewhere may be a template's or a menu's (`{N}ms`, `Press {E}nter`).
 */
const CASE_GROUPS =
  /(?<=^|[(-]|[\w,.;:!?)}] )\{(?:(?=[AEIOUY]|[A-Z]\}[a-z]*[aeiouy])[A-Z]\}[a-z]+(?![\w{])|(?:\d+[A-Z][A-Z\d]*|[A-Z][A-Z\d]+)\}(?![^\s,.;:)}]))/g;

/** Characters a case-protected word may stand after: the text's start, a space, `(`, `-`. */
function caseWordStart(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  return at === 0 || isSpace(before) || before === 0x28 || before === 0x2d;
}

/**
 * Whether the group opening at `at` is BibTeX's case protection, whose braces print
 * nothing, in a text that shows two such words, one of them a capital glued to a word,
 * and no BibTeX source (see {@link caseProtected}): one capital that starts a word
 * (`{C}osserat`, `{A}n`, `Electro-{C}hemo`), an acronym (`{1D}`, `{BERT}`) standing as a
 * word, or capitals starting one (`{GPU}s`). Only at a word's start after a space, `(` or a
 * hyphen (not in a string, a path or a URL: `f"{N}th"`, `/{V}ersion`), where no macro,
 * script or option stands before the space (`\emph {Deep}`, `x^ {AB}`), outside a
 * formula; the word ends the token (`{H}x{W}` is a size's template). A single capital
 * alone (`{A}`, a set's) and a word in braces (`{Name}`, a template's) stay.
 *
 * @example
 * ```ts
 * caseGroup('{C}osserat {R}ods', 0, ctx); // true
 * caseGroup('for {1D} {C}osserat', 4, ctx); // true
 * caseGroup('took {N}ms', 5, ctx); // false (one group: a template's)
 * caseGroup('the set {A} and {B}', 8, ctx); // false
 * ```
 */
function caseGroup(text: string, at: number, ctx: Context): boolean {
  if (!caseWordStart(text, at)) return false;
  // After spaces, no argument's owner: a macro's name, a script's mark, an option.
  let k = at;
  while (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
  if (k < at && k > 0) {
    // Prose before the space: a word or a sentence's mark, not a field's `=`, an
    // operator, a script's mark or an option's bracket.
    const owner = text.charCodeAt(k - 1);
    if (!isWordChar(owner) && !',.;:!?)}'.includes(text[k - 1] as string)) return false;
    if (macroNameStart(text, k) >= 0) return false;
  }
  // Looked for within reach only: a text of unclosed groups (`{a {a …`) would search to
  // its end from every one.
  const found = text.slice(at + 1, at + 31).indexOf('}');
  if (found < 0) return false;
  const close = at + 1 + found;
  const body = text.slice(at + 1, close);
  if (!/^\d*[A-Z][A-Za-z\d-]*$/.test(body) || insideFormula(ctx, at)) return false;
  // Small letters glued after end the token's word: not a brace, a script or a digit.
  const wordEnd = lettersEnd(text, close + 1);
  const glued = wordEnd > close + 1 && isLower(text.charCodeAt(close + 1));
  if (glued && /[\w{\\^]/.test(text[wordEnd] ?? '')) return false;
  // A word has a vowel; a unit after a template's capital has none (`{N}ms`, `{W}px`).
  if (glued && !/[AEIOUYaeiouy]/.test(text.slice(at + 1, wordEnd))) return false;
  // An acronym stands as a word before a space or a sentence's mark, or before a hyphen
  // and a capitalised word (`{PAC}-{B}ayesian`; not a date's `{YYYY}-{MM}`).
  const alone =
    !glued &&
    (close + 1 === text.length ||
      /[\s,.;:)}]/.test(text[close + 1] as string) ||
      /^-(?:\{[A-Z]\}[a-z]|[A-Z][a-z])/.test(text.slice(close + 1, close + 6)));
  // Alone, an acronym (`{1D}`); glued, one capital or an acronym (`{GPU}s`), not a
  // template's word (`{Name}s`, `{Node}js`).
  if (!glued && !alone) return false;
  if (body.length > 1 && !/^(?:\d+[A-Z][A-Z\d]*|[A-Z][A-Z\d]+)$/.test(body)) return false;
  return !bibtexSource(text, ctx) && ctx.once('bibtex-case', () => caseProtected(text));
}

/**
 * Whether the group at `at` (one accented letter) stands in a word of letters alone, as
 * a converted name's accent does (`moir{é}`, `d'Arch{é}ologie`, `Lema{î}tre-Hubble`):
 * no macro's argument (`\c{ç}`, `\'{é}`, `\emph {é}`), no script's (`^ {é}`), no escaped
 * brace, and no code's, a template's or a path's character in the token (`${é}`,
 * `"Caf{é}"`, `/caf{é}/`).
 *
 * @example
 * ```ts
 * accentedWord('epitaxial moir{é} superlattices', 15); // true
 * accentedWord('\\c{ç}a', 2); // false
 * ```
 */
function accentedWord(text: string, at: number): boolean {
  // A space before it is an argument's (`\\emph {é}`, `x^ {é}`) or no word's.
  if (text.charCodeAt(at - 1) === 0x20) return false;
  const owner = text[at - 1] ?? '';
  if (owner === '^' || owner === '_' || owner === '\\') return false;
  // A control word or symbol before the brace (`\c{`, `\emph {`, `\'{`, `\"{`).
  if (text[at - 2] === '\\' || macroNameStart(text, at) >= 0) return false;
  const start = tokenStart(text, at, 40);
  let end = at + 3;
  while (end < text.length && end < at + 40 && !isSpace(text.charCodeAt(end))) end++;
  return /^[\p{L}'’-]*\{\p{L}\}[\p{L}'’-]*[,.;:)]?$/u.test(
    text.slice(start, end).replace(/^\(/, ''),
  );
}

/** One letter of any script. */
const LETTER = /^\p{L}$/u;
/** One accented Latin letter (Latin-1's and Latin Extended's), as an accent's group prints. */
const ACCENTED = /^[À-ÖØ-öø-ɏ]$/;

/** One case-protected name: a name's adjective, or a name after another's hyphen. */
const LONE_CASE_WORD = /\{[A-Z]\}[a-z]{2,}[ei]an\b|\p{Lu}\p{Ll}{2,}-\{[A-Z]\}[a-z]{3,}\b/u;

/**
 * Whether `text` reads as a title BibTeX protected: two case-protected words, one of
 * them a capital glued to a word (`{C}osserat`; capitals alone, `{SRC} {DST}`, are a
 * command's placeholders or sets as often), or one capital glued to a name's adjective
 * or to a name after another's hyphen (`Latent {G}aussian`, `Frank-{W}olfe`). (BibTeX source, whose `title = {…}` in a
 * "cite as" block keeps its braces for the styles that read it, is the caller's test.)
 *
 * @example
 * ```ts
 * caseProtected('{1D} {C}osserat beams'); // true
 * caseProtected('mv {SRC} {DST}'); // false
 * caseProtected('Frank-{W}olfe'); // true
 * caseProtected('Press {E}nter'); // false
 * ```
 */
function caseProtected(text: string): boolean {
  const found = text.match(CASE_GROUPS) ?? [];
  // A capital glued to a word is the match that ends with its small letters.
  if (found.length >= 2) return found.some((group) => !group.endsWith('}'));
  // Alone, it is a name's where a name stands: an adjective made from one
  // (`Latent {G}aussian`, `{B}ayesian`) or a name after another's hyphen
  // (`Frank-{W}olfe`, `Itô-{W}iener`); a template's or a menu's capital starts other
  // words (`{N}images`, `Press {E}nter`, `{T}oggle`).
  return found.length === 1 && LONE_CASE_WORD.test(text);
}

/**
 * Whether the group at `at` holds style declarations alone and is a command's argument,
 * first or later (`\\verbatimfont{\\small\\ttfamily}`, `\\setbeamerfont{title}{\\bf}`),
 * or a key's value (`font={\\small}`): a setting's value, which styles nothing in the text
 * (review119).
 *
 * @example
 * ```ts
 * declarationsArgument('\\verbatimfont{\\small}', 13); // true
 * declarationsArgument('{\\small x}', 0); // false
 * ```
 */
function declarationsArgument(text: string, at: number): boolean {
  const close = closingBrace(text, at, 80);
  if (close < 0) return false;
  // Declarations alone, spaced or not (`\\small\\ttfamily`, `\\tiny `).
  const bare = text.slice(at + 1, close).replace(/\s/g, '');
  if (!DECLARATIONS_ONLY.test(bare) || bare.includes('\\\\') || bare.endsWith('\\')) return false;
  const names = bare.match(/[A-Za-z]+/g) ?? [];
  return (
    names.every((name) => STYLE_DECLARATIONS.has(name)) &&
    (macroArgument(text, at) || secondArgument(text, at) || text.charCodeAt(at - 1) === 0x3d)
  );
}

/** Backslashes and letters, a backslash first: macro names run together. */
const DECLARATIONS_ONLY = /^\\[A-Za-z\\]*$/;

/**
 * Whether the group opening at `at` is the argument of the macro before it: a math
 * accent's, a command's another rule reads with its argument (a fraction, a root, a
 * stack, a citation), or a macro's no rule knows. Not a
 * symbol's, a spacing command's or a bar's, which take none (`\mu{\rm s}` is μ, then
 * s; `\quad{\rm or}\quad`).
 *
 * @example
 * ```ts
 * macroArgument('\\dot{\\rm M}', 4); // true
 * macroArgument('\\mu{\\rm s}', 3); // false
 * macroArgument('\\quad{\\rm or}', 5); // false
 * ```
 */
function macroArgument(text: string, at: number): boolean {
  const start = macroNameStart(text, at);
  if (start < 0) return false;
  return takesGroup(text.slice(start, at));
}

/**
 * The name of the macro whose later argument the group opening at `at` may be: right
 * after a group that follows the macro's name (`\\frac{…}{\\rm{d}\\ln R}`), nested braces
 * and all, looked for within 200 characters; `undefined` when no macro owns that group.
 *
 * @example
 * ```ts
 * laterArgumentOf('\\frac{\\rm{d}x}{\\rm{d}t}', 14); // 'frac'
 * laterArgumentOf('{a}{\\rm{d}}', 3); // undefined
 * ```
 */
function laterArgumentOf(text: string, at: number): string | undefined {
  if (text.charCodeAt(at - 1) !== 0x7d) return undefined;
  let depth = 0;
  for (let k = at - 1; k >= 0 && k > at - 200; k--) {
    const code = text.charCodeAt(k);
    if (code === 0x7d) depth++;
    else if (code === 0x7b && --depth === 0) {
      const start = macroNameStart(text, k);
      return start < 0 ? undefined : text.slice(start, k);
    }
  }
  return undefined;
}

/**
 * Commands whose second group is their argument too: a fraction's denominator, a
 * binomial's, a stacked symbol's base, a unit's after its number (`\\frac{a{b}c}{\\rm d}`,
 * `\\SI{10}{\\rm K}`). After any other known command's group a style group is the text's
 * own (`\\sqrt{s}{\\rm =13\\,TeV}`, `\\vspace{2mm}{\\bf Results:}`, `\\TeX{}{\\it book}`:
 * reviews 87 to 89); after a macro no rule knows, which stays, it may be its argument
 * (`\\braket{\\psi}{\\rm GHZ}`, review90).
 */
const TWO_ARGUMENTS: ReadonlySet<string> = new Set(
  'frac dfrac tfrac cfrac binom dbinom tbinom nicefrac sfrac stackrel overset underset SI qty'.split(
    ' ',
  ),
);

/**
 * Whether the group opening at `at` is the later argument ({@link laterArgumentOf}) of
 * one of {@link TWO_ARGUMENTS} or of a macro no rule knows.
 *
 * @example
 * ```ts
 * secondArgument('\\frac{a}{\\rm d}', 8); // true
 * secondArgument('\\sqrt{s}{\\rm =1}', 8); // false
 * ```
 */
function secondArgument(text: string, at: number): boolean {
  const name = laterArgumentOf(text, at);
  return name !== undefined && (TWO_ARGUMENTS.has(name) || !isKnownMacro(name));
}

/**
 * Whether the macro `name` takes a group after it: a math accent, a command another rule
 * reads with its argument, or a macro no rule knows.
 *
 * @example
 * ```ts
 * takesGroup('hat'); // true
 * takesGroup('in'); // false
 * ```
 */
function takesGroup(name: string): boolean {
  return Object.hasOwn(MATH_ACCENTS, name) || takesArgument(name) || !isKnownMacro(name);
}

/**
 * Whether the group opening at `at` follows a macro that takes an argument (a style
 * command's too) and the space that ends its name (`\hat {\mathbf{x}}`, `\frac {a}`,
 * `\emph {\textit{x}}`).
 *
 * @example
 * ```ts
 * spacedArgument('\\hat {x}', 5); // true
 * spacedArgument('\\in {x}', 4); // false
 * ```
 */
function spacedArgument(text: string, at: number): boolean {
  const found = /\\([A-Za-z]+) +$/.exec(text.slice(Math.max(0, at - 24), at));
  if (found === null) return false;
  const name = found[1] as string;
  return STYLE_COMMANDS.has(name) || takesGroup(name);
}

/**
 * Whether the group opening at `at` is a script's argument (right after `^` or `_`).
 *
 * @example
 * ```ts
 * scriptGroup('x_{\\rm max}', 2); // true
 * ```
 */
function scriptGroup(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  // An escaped mark is text (`file\_{\rm name}`), not a script.
  return (before === 0x5e || before === 0x5f) && text.charCodeAt(at - 2) !== 0x5c;
}

/**
 * Whether `text` from `start` to the group's closing brace `close` is one character or
 * one macro (`e`, `\\odot`): a script that needs no braces. An unclosed group is
 * read as one, so its opening brace goes as before.
 *
 * @example
 * ```ts
 * oneSymbol('{\\rm e}', 5, 6); // true
 * oneSymbol('{\\rm Sy1}', 5, 8); // false
 * ```
 */
function oneSymbol(text: string, start: number, close: number): boolean {
  if (close < 0 || close - start <= 1) return true;
  return text.charCodeAt(start) === 0x5c && lettersEnd(text, start + 1) === close;
}

/**
 * `\textsuperscript{2}` or `\textsubscript{2}` from `at`, whose argument opens at
 * `open`, as Unicode's raised or lowered characters when every character of a short
 * argument has one (digits and `+ - = ( )`): `x²`, `CO₂`, `10⁻³`. A short argument of
 * letters, digits and `, . + - = * ( )` otherwise becomes a script as a formula writes
 * it (`5-HT_{1A}`, `Doe^{1,2}`, `x^a`); anything else stays.
 *
 * @example
 * ```ts
 * scripted('CO\\textsubscript{2}', 2, 16, SUBSCRIPTS); // one hit → '₂'
 * scripted('5-HT\\textsubscript{1A}', 4, 18, SUBSCRIPTS); // one hit → '_{1A}'
 * ```
 */
function scripted(text: string, at: number, open: number, forms: string): Outcome | undefined {
  // A bounded look for the closer: a run of unclosed scripts stays linear.
  const found = text.slice(open + 1, open + 22).indexOf('}');
  if (found < 1) return undefined;
  const close = open + 1 + found;
  const body = text.slice(open + 1, close);
  if (body === 'TM' && forms === SUPERSCRIPTS) return single(at, close + 1, '™');
  let out = '';
  for (const char of body) {
    const index = SCRIPTABLE.indexOf(char);
    if (index < 0 || body.length > 6) {
      if (!/^[A-Za-z0-9,.+\-=*()]+$/.test(body)) return undefined;
      const mark = forms === SUPERSCRIPTS ? '^' : '_';
      // One character needs no braces, unless a word glued after it would join the
      // script (`\textsuperscript{a}University` → `^{a}University`).
      const bare = body.length === 1 && !isWordChar(text.charCodeAt(close + 1));
      return single(at, close + 1, bare ? mark + body : `${mark}{${body}}`);
    }
    out += forms[index];
  }
  return single(at, close + 1, out);
}
