/**
 * `symbols`: one-symbol macros that kept their backslash (`\times`, `\leq`, `\alpha`,
 * `\ss`) become the symbol, and logos their name (`\LaTeX{}` → `LaTeX`). An empty
 * group after the macro (`\ldots{}`) goes too, and so does the space that ends a
 * letter's macro before a small letter, as TeX eats it (`S\o ren` → `Søren`). Operator names (`\log`, `\max`) print
 * their name. `\sim` is `∼` wherever it stands, as the page shows it (and as the bare
 * `sim7%` becomes).
 *
 * @example
 * ```text
 * a 256\times256 grid, p\leq 0.01, \alpha-blending → a 256×256 grid, p≤ 0.01, α-blending
 * and so on\ldots{} with \sim7\% → and so on… with ∼7%
 * an \ell_1 penalty, typeset in \LaTeX{} → an ℓ_1 penalty, typeset in LaTeX
 * in O(d \log t) time, \max_i x_i, N \equiv 1 \bmod p, (i+1)\bmod N, but C:\data\min\x → in O(d log t) time, max_i x_i, N ≡ 1 mod p, (i+1) mod N, but C:\data\min\x
 * assembly\unicode{x2013}successfully, \unicode{8212}, 90°\unicode{x002b} and 1\unicode{x0025}, but \unicode{x41} → assembly–successfully, —, 90°+ and 1%, but \unicode{x41}
 * Propagation$\unicode{x2013}$aided Few$\unicode{x002d}$shot, but a \unicode{x002d}\unicode{x002d} b → Propagation–aided Few-shot, but a \unicode{x002d}\unicode{x002d} b
 * W^\top x, a \perp b, A \setminus B, \lfloor n/2 \rfloor, 30\degree C, \varnothing → W^⊤ x, a ⊥ b, A ∖ B, ⌊ n/2 ⌋, 30° C, ∅
 * $O(n\log\log n)$, $\|x\|_2$ and $\vert S \vert$, but a \| b in a Markdown table → O(n log log n), ‖x‖_2 and | S |, but a \| b in a Markdown table
 * $\log\frac{1}{\epsilon}$, $\max\{a,b\}$ and $p \lt 0.03$ → log 1/ϵ, max{a,b} and p < 0.03
 * .replace('±', r"\pm") and '\alpha' quoted alone, type the arrow as “\to” → .replace('±', r"\pm") and '\alpha' quoted alone, type the arrow as “\to”
 * a 3 $\upmu$s pulse, $\Upomega$ and $\upvarepsilon$ → a 3 μs pulse, Ω and ε
 * | $x \vert y$ | divides |, syn match "\<\(if\|else\)\>", x\gt 3, runs\exp\log and $h(x)=x\bmod5$ → | x \vert y | divides |, syn match "\<if\|else\>", x\gt 3, runs\exp\log and h(x)=x mod 5
 * $\vert{}B\vert{}$, $\stackrel{<}{_{\sim}}$3% and $(20\mu m)$ → |B|, ≲3% and (20μm)
 * ImageNet $256\times 256$, $\mathcal{S}^2\times \mathcal{S}^1$, $a \times b$, 2\times faster → ImageNet 256×256, 𝒮^2×𝒮^1, a × b, 2× faster
 * $2.74\times - 4.18\times$ and $2\times = 4$, but $2\times -3$ → 2.74× - 4.18× and 2× = 4, but 2×-3
 * for $\pm J$ spin glasses, $J_{ij} = \pm J$, \(\mp x\) and $\pm \sigma$, but $\pm 3$ eV and $x \pm y$ → for ±J spin glasses, J_{ij} = ±J, ∓x and ±σ, but ± 3 eV and x ± y
 * the graph\textemdash a form, pages 3\textendash 5, a \textemdash{} b, c\textemdash{} d → the graph—a form, pages 3–5, a — b, c— d
 * A\textrightarrow B, C \textleftarrow{} D and \textnumero{}2 → A→B, C ← D and №2
 * $G/P \supset V$, $A \subsetneq B$ and $x \coloneqq 1$ → G/P ⊃ V, A ⊊ B and x ≔ 1
 * S\o ren, Stra\ss e, \AA ngstr\"om, but \o{} ren and G\o\ Ran → Søren, Straße, Ångström, but ø ren and Gø Ran
 * from 0{\deg} to 75{\deg} and 360\deg, but \deg(p) → from 0° to 75° and 360°, but deg(p)
 * at 1000 {\deg}C and 20 \deg{}F, but 2 {\deg}x, 3 \deg C and C^2 \deg{}F → at 1000 °C and 20 °F, but 2 {deg}x, 3 deg C and C^2 deg{}F
 * 555 \deg{}C at the start of a text → 555 °C at the start of a text
 * waves (\lessapprox 50 Hz), z \gtrapprox 2 and \natural, \flat, \sharp → waves (⪅ 50 Hz), z ⪆ 2 and ♮, ♭, ♯
 * within $\lsim$130 au, $v \gsim 0.1c$, S \gapprox 5 μJy, but $\la$ 0.03 → within ≲130 au, v ≳ 0.1c, S ≳ 5 μJy, but \la 0.03
 * seeing of 1\farcs5 and 0\fdg25, 3$-$7\degr, 850 $\micron$, 870 \um dust, 0.18 \Msun, $L_{\sun}$, the \lya forest, but a \farcs{}, 1.2\farcs3, \arcsec x and the \um macro → seeing of 1.5″ and 0.25°, 3-7°, 850 μm, 870 μm dust, 0.18 M_⊙, L_⊙, the Lyα forest, but a \farcs{}, 1.2\farcs3, \arcsec x and the \um macro
 * flash features of \ion{H}{1}, \ion{He}{2}, [\ion{N}{II}] and \ion{Ca}{i}, \ion{Fe}{}, but \ion{foo}{2} → flash features of H I, He II, [N II] and Ca I, Fe, but \ion{foo}{2}
 * low-mass (<1.5\msun) stars of 10^5\Msun, $10^4$\msun and (10^{12})\msun → low-mass (<1.5 M_⊙) stars of 10^5 M_⊙, 10^4 M_⊙ and (10^{12})M_⊙
 * a speed of $4500\kms$, a mass $\le 1\times 10^{15}\msun$ and 30 \kms → a speed of 4500 km s^{-1}, a mass ≤ 1×10^{15} M_⊙ and 30 km s^{-1}
 * decay ($\beta\beta 0\nu$) and $\sigma 8$, but $\Delta v$ and \alpha 2 → decay (ββ0ν) and σ8, but Δ v and α 2
 * \left(\frac{1}{n}\right), \big| x \big|, \left\{a\right.\} and \left\langle q, k\right\rangle, but data\left.png → (1/n), | x |, {a} and ⟨q, k⟩, but data\left.png
 * masses $\stackrel{<}{\sim} 10^{9}$ and $\stackrel{>}{\sim}$3, but \stackrel{def}{=} → masses ≲ 10^9 and ≳3, but \stackrel{def}{=}
 * \DeclareTextSymbol{\textnumero}{TS1}{155} and \DeclareInputText{176}{\textnumero} → \DeclareTextSymbol{\textnumero}{TS1}{155} and \DeclareInputText{176}{\textnumero}
 * $A\not\equiv s$, $x \not= y$, $a\not\in B$, $V\not\propto\xi$ and \not{\partial}, but \not a → A≢s, x ≠ y, a∉B, V∝̸ξ and ∂̸, but \not a
 * by \textasciitilde 2.7×, x.edu/\textasciitilde{}user and {\textasciitilde}5 ms, but a\textasciitilde b and i.e.\textasciitilde 3x → by ~2.7×, x.edu/~user and ~5 ms, but a\textasciitilde b and i.e.\textasciitilde 3x
 * $a \ne b$, but benchmarks,\ne.g., and We\ndemonstrate f = 1 +\ne^{-x}, with \nu = 0.1 → a ≠ b, but benchmarks,<LF>e.g., and We<LF>demonstrate f = 1 +<LF>e^{-x}, with ν = 0.1
 * kpc \textless r, n\textgreater 5, {\textless}br{\textgreater}, $\pi \colon X$ and $f\colon A$ → kpc < r, n>5, <br>, π: X and f: A
 * $\varphi\colon\mathscr M\to\mathscr N$, but src\bm\theta → φ:ℳ→𝒩, but src\bm\theta
 * see \S 3, \S~A.2, \S IV and \P 2, but |\S|, \S+, ^\S(.*)$ and \P{L} → see § 3, § A.2, § IV and ¶ 2, but |\S|, \S+, ^\S(.*)$ and \P{L}
 * What They Shouldn't $\nrightarrow$: and $a \nLeftrightarrow b$ → What They Shouldn't ↛: and a ⇎ b
 * from the first \Euclid quick data release, radio-selected \Euclid-dark galaxies → from the first Euclid quick data release, radio-selected Euclid-dark galaxies
 * the group $\langle H, T \rangle$, $\lceil \log n \rceil$ and $\left\langle x, y \right\rangle$, but \langle x \rangle in text → the group ⟨H, T⟩, ⌈log n⌉ and ⟨x, y⟩, but ⟨ x ⟩ in text
 * regime $\lvert β\rvert < β_c$, $\left\lVert x \right\rVert_2$ and $\log{s}/\log{(n)}$ → regime |β| < β_c, ‖x‖_2 and log s/log(n)
 * insights: \ding{182} first, \ding{183} second, a \ding{51} and \ding{55}, but \ding{240}; CALIOP\slash CALIPSO, a \slash b → insights: ❶ first, ❷ second, a ✓ and ✗, but \ding{240}; CALIOP/CALIPSO, a / b
 * an error of 0.0226\textmu m at 5\textdegree C, but the \textmu symbol → an error of 0.0226µm at 5°C, but the µ symbol
 * GS\textasciicircum2, pass\textasciicircum{}k and the {\textasciicircum} sign → GS^2, pass^k and the ^ sign
 * a high (v {$\greaterequivlnt$} 30 km s-1) and $\lessequivlnt 5$ → a high (v ≳ 30 km s-1) and ≲ 5
 * ImageNet 256×\times×256, 10×\times more samples and your α\alphaα level, but [O II] λ\lambda3726 → ImageNet 256×256, 10× more samples and your α level, but [O II] λλ3726
 * denoted by θ\theta. and a β\beta-lactamase, but λ\lambda 3726 and xθ\theta → denoted by θ. and a β-lactamase, but λλ 3726 and xθθ
 * efficiency by 2×2\times to 4×4\times, but a 2×3\times b and a 3×3\times3 kernel → efficiency by 2× to 4×, but a 2×3× b and a 3×3×3 kernel
 * the $\ell _p$ norm and \ell _1, $\alpha ^2$, but $\times _2$ → the ℓ_p norm and ℓ_1, α^2, but × _2
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
  lettersStart,
  macroNameStart,
  numberBefore,
  numberStart,
  opensTableRow,
  quotedAlone,
  tokenStart,
} from '../scan.js';
import { NAMED_BARS, NAMED_DELIMITERS, SIZERS } from '../tables/delimiters.js';
import {
  DEFINED_NAMES,
  dingbat,
  GREEK,
  LETTER_MACROS,
  LOGOS,
  MATH_SYMBOLS,
  OPERATOR_NAMES,
  SYMBOL_MACROS,
} from '../tables/symbols.js';
import { type Context, type Outcome, type Rule, single } from '../types.js';
import { INERT_ASCII } from './entities.js';
import { FORMULA_LIMIT, insideFormula } from './math-delimiters.js';
import { toRoman } from './romannumeral.js';
import { isKnownMacro } from './unknown-macros.js';

/**
 * Whether the macro at `at`, whose name ends at `end`, stands in a group of its own
 * (`{\\deg}`, `{\\textless}`): the group goes with it.
 *
 * @example
 * ```ts
 * ownGroup('75{\\deg}', 3, 7); // true
 * ownGroup('{\\deg x}', 1, 5); // false
 * ```
 */
function ownGroup(text: string, at: number, end: number): boolean {
  return text.charCodeAt(at - 1) === 0x7b && text.charCodeAt(end) === 0x7d;
}

/**
 * `\\textasciitilde` at `at` (its name ends at `end`) prints a tilde, which `~` in TeX
 * does not (a tie): written so where no tie can form, after a space, `(`, `[` or `/`,
 * with the space or `{}` that ends its name (`by \\textasciitilde 2.7×` → `by ~2.7×`,
 * `/\\textasciitilde{}user` → `/~user`). After a word or a period it is kept: `a~b` and
 * `Fig.~3` would read as ties.
 *
 * @example
 * ```ts
 * asciiTilde('by \\textasciitilde 2.7', 3, 18); // one hit: '\\textasciitilde ' → '~'
 * asciiTilde('a\\textasciitilde b', 1, 16); // undefined
 * ```
 */
function asciiTilde(text: string, at: number, end: number): Outcome | undefined {
  const start = ownGroup(text, at, end) ? at - 1 : at;
  if (!(start === 0 || TILDE_BEFORE.includes(text[start - 1] as string))) return undefined;
  return asciiSign(text, at, end, '~');
}

/**
 * The ASCII `sign` a text macro at `at` prints (its name ends at `end`), with what ends
 * its name: a group of its own (`{\\textasciitilde}5 ms`), `{}` or one space
 * (`/\\textasciitilde{}user`, `GS\\textasciicircum 2`).
 *
 * @example
 * ```ts
 * asciiSign('x.edu/\\textasciitilde{}user', 6, 21, '~'); // one hit: '\\textasciitilde{}' → '~'
 * ```
 */
function asciiSign(text: string, at: number, end: number, sign: string): Outcome {
  if (ownGroup(text, at, end)) return single(at - 1, end + 1, sign);
  const stop = text.startsWith('{}', end) ? end + 2 : text.charCodeAt(end) === 0x20 ? end + 1 : end;
  return single(at, stop, sign);
}

/** The negated arrows' names (`nrightarrow`, `nLeftrightarrow`). */
const NEGATED_ARROW = /^n(?:left|right|Left|Right|leftright|Leftright)arrow$/;

/**
 * Is the `\\n…` name at `at` (ending at `end`) a line break's escape and a word, as a
 * dump printed with its escapes shows one (`benchmarks,\\ne.g.,`, `(objective),\\ni.e.,`)?
 * Before `.g.` or `.e.` it always is; outside a formula, also in a text where `\\n` runs
 * into a word that is no macro's name (`\\nthe`, `We\\ndemonstrate`).
 *
 * @example
 * ```ts
 * lineBreakEscape('benchmarks,\\ne.g., surpassing', 11, 14, ctx); // true
 * lineBreakEscape('$a \\ne b$', 3, 6, ctx); // false
 * ```
 */
export function lineBreakEscape(text: string, at: number, end: number, ctx: Context): boolean {
  if (/^\.[eg]\./.test(text.slice(end, end + 3))) return true;
  // Only glued to what stands before it, as a printed line break is: `\\nu` after a
  // space, a bracket or a dollar is the macro (`We set \\nu = 0.1`).
  const before = text.charCodeAt(at - 1);
  return (
    !(
      Number.isNaN(before) ||
      isSpace(before) ||
      before === 0x28 ||
      before === 0x7b ||
      before === 0x24
    ) &&
    !insideFormula(ctx, at) &&
    ctx.once(LINE_BREAKS_MEMO, () => {
      // Glued to the word before it, and a word of three letters or more that is no
      // macro's name nor one LaTeX knows (`\\nonumber`, `\\newline`, `\\norm{x}`).
      for (const word of text.matchAll(/[^\s\\]\\n([a-z]{3,})/g)) {
        const rest = word[1] as string;
        if (!isKnownMacro(`n${rest}`) && !/^(?:o|ew|ex)/.test(rest)) return true;
      }
      return false;
    })
  );
}

const LINE_BREAKS_MEMO = 'symbols:line-breaks';

/** What may stand before a tilde that no rule reads as a tie (`by ~2.7`, `/~user`). */
const TILDE_BEFORE = ' \n\t([/';

/**
 * AASTeX's `\\ion{element}{stage}`: the element and its ionization stage as a Roman
 * numeral in capitals, as spectroscopy writes it (`\\ion{Fe}{2}` → `Fe II`, `\\ion{Ca}{i}`
 * → `Ca I`, `[\\ion{N}{II}]` → `[N II]`); an empty stage prints the element alone. An
 * element is a capital and at most one small letter; a stage is a number up to 30 or a
 * Roman numeral. Anything else stays.
 *
 * @example
 * ```ts
 * ion('of \\ion{He}{2} lines', 3, 7); // one hit: '\\ion{He}{2}' → 'He II'
 * ion('\\ion{foo}{2}', 0, 4); // undefined
 * ```
 */
function ion(text: string, at: number, end: number): Outcome | undefined {
  const found = ION.exec(text.slice(end, end + 16));
  if (found === null) return undefined;
  const [whole, element = '', stage = ''] = found;
  let numeral = stage.toUpperCase();
  if (/^\d+$/.test(stage)) {
    const value = Number(stage);
    if (value < 1 || value > 30) return undefined;
    numeral = toRoman(value).toUpperCase();
  }
  return single(at, end + whole.length, numeral === '' ? element : `${element} ${numeral}`);
}

/** `{element}{stage}` after `\\ion`: an element's symbol, a number or a Roman numeral. */
const ION = /^\{([A-Z][a-z]?)\}\{(\d{1,2}|[IVXivx]{1,6}|)\}/;

/** AASTeX's marks set over a number's decimal point (`1\farcs5`), by name. */
const DECIMAL_MARKS: ReadonlyMap<string, string> = new Map([
  ['farcs', '″'],
  ['farcm', '′'],
  ['fdg', '°'],
]);

/**
 * A mark set over a decimal point between digits (`1\farcs5`, `0\fdg25`), written as
 * plain text writes it: the decimal, then the mark (`1.5″`, `0.25°`). Without digits on
 * both sides, or after a number with a point of its own (`1.2\\farcs3`), it stays.
 *
 * @example
 * ```ts
 * decimalMark('of 1\\farcs5 at', 4, 10, '″'); // one hit: '\\farcs5' → '.5″'
 * decimalMark('a \\farcs b', 2, 8, '″'); // undefined
 * ```
 */
function decimalMark(text: string, at: number, end: number, mark: string): Outcome | undefined {
  if (!isDigit(text.charCodeAt(at - 1))) return undefined;
  // A whole number before it: one with its own point already (`1.2\\farcs3`) is no reading.
  let start = at - 1;
  while (isDigit(text.charCodeAt(start - 1))) start--;
  if (text.charCodeAt(start - 1) === 0x2e) return undefined;
  let stop = end;
  while (isDigit(text.charCodeAt(stop))) stop++;
  return stop === end ? undefined : single(at, stop, `.${text.slice(end, stop)}${mark}`);
}

/** A token and the `\\textgreater` that closes it after `\\textless `. */
const LESS_THAN_TOKEN = /^[\w.:/-]{1,40}\\textgreater(?![A-Za-z])/;

/** `\\textless` (or its `<`) and a token, right before a `\\textgreater`. */
const TOKEN_IN_ANGLES = /(?:\\textless ?|\\textless\{\}|<)[\w.:/-]{1,40}$/;

/** A sentence's punctuation, before which TeX's eaten space after a text symbol shows. */
const TEXT_PUNCTUATION = '.,;:!?)';

/** Text symbols that join the words on both sides, as TeX sets them when glued on the left. */
const GLUING_TEXT_SYMBOLS: ReadonlySet<string> = new Set([
  'textemdash',
  'textendash',
  'textrightarrow',
  'textleftarrow',
]);

/**
 * Does a unit a text sign prefixes start at `from`, a word that ends there: after
 * `\textmu` a unit micro- prefixes (`\textmu m` is µm, as TeX eats the space; not
 * `\textmu is`, the letter named), after `\textdegree` a temperature's scale before no
 * word or hyphen (`\textdegree C` is °C; not `K-band`)?
 *
 * @example
 * ```ts
 * unitAfterSign('5\\textmu m wide', 'textmu', 9); // true
 * unitAfterSign('where \\textmu is', 'textmu', 14); // false
 * ```
 */
function unitAfterSign(text: string, name: string, from: number): boolean {
  const end = lettersEnd(text, from);
  if (isWordChar(text.charCodeAt(end))) return false;
  const word = text.slice(from, end);
  // Microarcseconds after a number only (`10 \textmu as`; `\textmu as` is prose).
  if (name === 'textmu') {
    const sign = from - 8;
    const number =
      numberBefore(text, sign) ||
      (text.charCodeAt(sign - 1) === 0x20 && numberBefore(text, sign - 1));
    return MICRO_UNITS.has(word) || (word === 'as' && number);
  }
  // Math's `\\mu` as a unit's prefix on a number (`20\\mu m` → `20μm`, `5 \\mu s`, and
  // a formula of the unit alone after its number, `214 $\\mu m$`, `5\\,$\\mu m$`,
  // `$5-10$ $\\mu m$`): a variable's `μ` is spaced from what follows (`\\mu m` alone,
  // `$\\mu x$`, `5 $\\mu m=3$`).
  if (name === 'mu') {
    const sign = from - 4;
    const unit = MICRO_UNITS.has(word) || word === 'as';
    if (text.charCodeAt(sign - 1) === 0x24) {
      return (
        unit && UNIT_TAIL.test(text.slice(end, end + 2)) && numberBeforeFormula(text, sign - 1)
      );
    }
    const number =
      numberBefore(text, sign) ||
      (text.charCodeAt(sign - 1) === 0x20 && numberBefore(text, sign - 1));
    return number && unit;
  }
  const hyphen = text.charCodeAt(end) === 0x2d;
  return name === 'textdegree' && !hyphen && end === from + 1 && 'CFK'.includes(word);
}

/**
 * Whether a number ends before the formula that opens with the `$` at `open`: glued, or
 * after a space, a tie or a thin space, or closing a formula of its own (`214 $`,
 * `5\\,$`, `$5-10$ $`); not after another `$` (display math's `$$`) nor a price's.
 *
 * @example
 * ```ts
 * numberBeforeFormula('214 $\\mu m$', 4); // true
 * numberBeforeFormula('Eq. $\\mu m$', 4); // false
 * ```
 */
function numberBeforeFormula(text: string, open: number): boolean {
  let end = open;
  if (text.charCodeAt(end - 1) === 0x24) return false;
  if (/\\[,; ]$/.test(text.slice(end - 2, end))) end -= 2;
  else if (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x7e) end--;
  if (text.charCodeAt(end - 1) === 0x24 && end < open) {
    // A formula of a number alone (`$5-10$`, `$\\sim5$`): no letter outside macro names.
    const part = text.slice(Math.max(0, end - 40), end - 1);
    const opener = part.lastIndexOf('$');
    const formula = part.slice(opener + 1);
    return (
      opener !== -1 &&
      isDigit(text.charCodeAt(end - 2)) &&
      !/[A-Za-z]/.test(formula.replace(/\\[A-Za-z]+/g, ''))
    );
  }
  // Not a price's number (`costs $5 $\\mu m$`, review117).
  return numberBefore(text, end) && !/\$[\d.,]+$/.test(text.slice(Math.max(0, end - 24), end));
}

/**
 * What may follow a unit in its formula: the closer, a power, a per's slash, a spacing
 * command before the next unit (`$\\mu m^2$`, `$\\mu g/ml$`, `$\\mu g\\,ml^{-1}$`,
 * `$\\mu m $`); not a relation (`5 $\\mu m=3$`).
 */
const UNIT_TAIL = /^(?:[$^/~]|\\[,;! ]| \$)/;

/** Units micro- prefixes, as written after `\textmu` (`\textmu m`, `\textmu Jy`). */
const MICRO_UNITS: ReadonlySet<string> = new Set(
  'm g s l L A V W J K F M N T C S H Hz eV mol Jy Pa rad Gy Sv Wb sec min Ohm bar'.split(' '),
);

export const symbols: Rule = {
  name: 'symbols',
  prefilter: {
    triggers: '\\',
    anchors: ['\\'],
  },
  match(text, at, ctx) {
    if (text.charCodeAt(at) !== 0x5c) return undefined;
    const name = ctx.macroName(text, at);
    const end = at + 1 + name.length;
    if (name.charCodeAt(0) === 0x6e && lineBreakEscape(text, at, end, ctx)) return undefined;
    // A negated arrow glued to a word outside a formula is a printed line break's `\\n`
    // before an arrow's name (`print("a\\nleftarrow b")`), not the arrow.
    if (
      NEGATED_ARROW.test(name) &&
      isWordChar(text.charCodeAt(at - 1)) &&
      !insideFormula(ctx, at)
    ) {
      return undefined;
    }
    const symbol = Object.hasOwn(SYMBOL_MACROS, name)
      ? SYMBOL_MACROS[name]
      : Object.hasOwn(LOGOS, name)
        ? LOGOS[name]
        : undefined;
    // The angles and the micron are units only after a number (`0.5\\arcsec`, `1.65{\\arcsec}`,
    // `850 $\\micron$`); elsewhere `\\arcsec` is the arcsecant, as `\\arcsin` is the arcsine
    // (`$\\arcsec x$`), or the text names the macro (`AASTeX defines \\arcsec`).
    if (NUMBER_UNITS.has(name) && !unitAfterNumber(text, at)) return undefined;
    // The argument of a font declaration in LaTeX's own sources (`\DeclareTextSymbol{\textnumero}
    // {TS1}{155}`, `\DeclareInputText{176}{\textnumero}`) names the symbol: source, kept.
    if (symbol !== undefined && text.charCodeAt(at - 1) === 0x7b && declaration(text, at)) {
      return undefined;
    }
    if (symbol === undefined) {
      const glued = gluedCopy(text, at, name);
      if (glued !== undefined) return glued;
      const mark = DECIMAL_MARKS.get(name);
      if (mark !== undefined) return decimalMark(text, at, end, mark);
      // `\|` is a norm's bars in a formula; in Markdown it escapes a table's pipe, and
      // elsewhere in a pattern it is an alternation (`\(if\|else\)`, `^ *\|\*`).
      if (name === '' && text.charCodeAt(at + 1) === 0x7c) {
        return insideFormula(ctx, at) && normBar(text, at) && !tableRow(text, at, ctx)
          ? single(at, at + 2, '‖')
          : undefined;
      }
      if (name === 'unicode') return unicode(text, end);
      if (name === 'ding') return ding(text, at, end);
      // `\slash` is a slash after which a line may break (`CALIOP\slash CALIPSO`): the
      // space after its name only ends it, unless one stands before it too.
      if (name === 'slash' && !isLetter(text.charCodeAt(end))) {
        if (text.startsWith('{}', end)) return single(at, end + 2, '/');
        const glued = text.charCodeAt(end) === 0x20 && !isSpace(text.charCodeAt(at - 1));
        return single(at, glued ? end + 1 : end, '/');
      }
      // MathJax's `\lt` and `\gt` (arXiv's abstracts keep them from HTML) are `<` and `>`
      // in a formula; outside one they are text about them.
      if (name === 'lt' || name === 'gt') {
        return insideFormula(ctx, at) ? single(at, end, name === 'lt' ? '<' : '>') : undefined;
      }
      if (name === 'textasciitilde') return asciiTilde(text, at, end);
      // `\textasciicircum` prints a caret, with the space or `{}` that ends its name
      // (`GS\textasciicircum2`, `pass\textasciicircum{}k` → `GS^2`, `pass^k`); before a
      // spaced word it is prose about the command (`the \textasciicircum command`).
      if (name === 'textasciicircum' && !isLetter(text.charCodeAt(end))) {
        const prose = text.charCodeAt(end) === 0x20 && isLetter(text.charCodeAt(end + 1));
        return prose ? undefined : asciiSign(text, at, end, '^');
      }
      // textcomp's `\textless` and `\textgreater` print `<` and `>` in text; the space
      // after the name stays, as its author meant (`36 kpc \textless r` → `36 kpc < r`).
      // A group around it goes too, as around any symbol (`{\textless}br/{\textgreater}`).
      if (name === 'textless' || name === 'textgreater') {
        const sign = name === 'textless' ? '<' : '>';
        if (ownGroup(text, at, end)) return single(at - 1, end + 1, sign);
        if (text.startsWith('{}', end)) return single(at, end + 2, sign);
        if (isLetter(text.charCodeAt(end))) return undefined;
        // Glued to a term, it is glued to the next: TeX drops the space after the name
        // (`n\\textgreater 5` → `n>5`); so is an opening one set around a token with its
        // closing one (`\\textless EOS\\textgreater` → `<EOS>`, a 2026 abstract).
        // (The closing one keeps the space after it, `\\textless s\\textgreater tokens`,
        // but before closing punctuation the spaces go, as TeX eats them all:
        // `\\textless EOS\\textgreater ,` → `<EOS>,`, `[\\textless br/\\textgreater ]`.)
        const closing =
          name === 'textgreater' && TOKEN_IN_ANGLES.test(text.slice(Math.max(0, at - 52), at));
        if (closing) {
          const spaces = /^ +(?=[.,;:!?)\]]|''|['"](?!\w))/.exec(text.slice(end, end + 8));
          return single(at, end + (spaces?.[0].length ?? 0), sign);
        }
        const glued =
          text.charCodeAt(end) === 0x20 &&
          (isWordChar(text.charCodeAt(at - 1)) ||
            (name === 'textless' && LESS_THAN_TOKEN.test(text.slice(end + 1, end + 48))));
        return single(at, glued ? end + 1 : end, sign);
      }
      // Math's `\colon` is a colon set after its term, the spaces before it ignored
      // (`$\pi \colon X \to Y$` → `π: X → Y`).
      if (name === 'colon' && insideFormula(ctx, at)) {
        let start = at;
        while (text.charCodeAt(start - 1) === 0x20) start--;
        return single(start, end, ':');
      }
      // A bar by name (`\vert`, `\lVert`) prints as itself in a formula, sized or not; not
      // in a Markdown table's row, where a bar starts a cell, nor in text about it.
      const bar = NAMED_BARS.get(name);
      if (bar !== undefined) {
        // (With the `{}` that ends its name: `\\vert{}B\\vert{}`.)
        const stop = text.startsWith('{}', end) ? end + 2 : end;
        if (!insideFormula(ctx, at) || tableRow(text, at, ctx)) return undefined;
        // An opening or closing one spaced as the other brackets' names (below), when its
        // partner stands in the formula too: `$\\lvert β\\rvert$` → `|β|`, `$\\lVert x
        // \\rVert_2$` → `‖x‖_2`; alone it may be a condition's bar (`p(y \\rvert x)`).
        const side = pairedBar(text, at, stop, name) ? BRACKET_NAMES.get(name) : undefined;
        if (side === 'open')
          return single(at, text.charCodeAt(stop) === 0x20 ? stop + 1 : stop, bar);
        if (side === 'close' && text.charCodeAt(at - 1) === 0x20) return afterSpace(at, stop, bar);
        return single(at, stop, bar);
      }
      if (name === 'stackrel') return stacked(text, at, end);
      if (name === 'ion') return ion(text, at, end);
      if (name === 'not') return negated(text, at, end, ctx);
      if (DEFINED_NAMES.has(name)) return definedName(text, at, end, ctx);
      return SIZERS.has(name)
        ? sizedDelimiter(text, at, end, ctx)
        : operatorName(text, at, name, ctx);
    }
    // `\S` and `\P` are a section's and a paragraph's sign before its number, letter or
    // numeral, or a reference (`\S 3`, `\S~A.2`, `\S IV`, `\S\ref{x}`); elsewhere a
    // pattern's classes (`|\S|`, `\S+`, `^\S(.*)$`, `\P{L}`).
    if (
      (name === 'S' || name === 'P') &&
      (!SECTION_NUMBER.test(text.slice(end, end + 8)) || /[\w^/'"[]/.test(text.charAt(at - 1)))
    ) {
      return undefined;
    }
    // A macro quoted alone is code's or text about it (`r"\pm"`, `'\alpha'`, `type the
    // arrow as “\to”`), as written.
    if (quotedAlone(text, at, end)) return undefined;
    // A page's math copied as text holds a formula twice or three times: MathML's text,
    // the TeX annotation, the rendered HTML (`256×\\times×256`, `your α\\alphaα level`). A
    // symbol's macro between two copies of what it prints, or an operator's after one
    // (`10×\\times more`), is that copy's source: one symbol stays. (A letter's pair
    // stays: `[O II] λ\\lambda3726` is a doublet's λλ.)
    const copies = renderedCopies(text, at, end, symbol);
    if (copies !== undefined) return copies;
    let stop = text.startsWith('{}', end) ? end + 2 : end;
    // Inside a formula TeX drops the space after a control word: an operator glued to
    // its left operand stays glued to its right one (`$256\times 256$` → `256×256`),
    // not to a spaced operator, whose spaces stay even (`$2.74\times - 4.18\times$`).
    if (
      text.charCodeAt(stop) === 0x20 &&
      Object.hasOwn(MATH_SYMBOLS, name) &&
      isOperand(text.charCodeAt(nameStart(text, at) - 1)) &&
      !spacedOperator(text, stop + 1) &&
      insideFormula(ctx, at)
    ) {
      stop++;
    }
    // So does text, where the space only ended the macro's name (`{}` keeps it:
    // `graph\textemdash{} a`): a dash or an arrow glued to the word before it is glued
    // to the one after it (`graph\textemdash a form` → `graph—a form`, `3\textendash 5`
    // → `3–5`, `A\textrightarrow B` → `A→B`),
    // and a letter goes on the same word as the small letter after it (`S\o ren`,
    // `Stra\ss e`, `\AA ngstr\"om`).
    if (stop === end && text.charCodeAt(stop) === 0x20) {
      const next = text.charCodeAt(stop + 1);
      const dash = GLUING_TEXT_SYMBOLS.has(name);
      if (
        (dash && isWordChar(text.charCodeAt(at - 1)) && isWordChar(next)) ||
        (Object.hasOwn(LETTER_MACROS, name) && isLower(next)) ||
        // A unit's prefix or sign in text (`\textmu m` → `µm`, `\textdegree C` → `°C`).
        unitAfterSign(text, name, stop + 1) ||
        // A text symbol glued to its number or word before punctuation or a range's
        // hyphen and number: TeX ate the space (`20\\texttimes -40\\texttimes .` →
        // `20×-40×.`, a proceedings' double-converted abstract).
        (name.startsWith('text') &&
          isWordChar(text.charCodeAt(at - 1)) &&
          (TEXT_PUNCTUATION.includes(text[stop + 1] ?? 'x') ||
            (next === 0x2d && isDigit(text.charCodeAt(stop + 2))))) ||
        // In a formula a Greek letter and a digit after it are set together
        // (`$\beta\beta 0\nu$` → `ββ0ν`); before a letter the space stays, as labels
        // split on it (`$\Delta v$`).
        (isDigit(next) && Object.hasOwn(GREEK, name) && insideFormula(ctx, at)) ||
        // A script belongs to the letter before it, whatever space the author typed
        // (`$\\ell _p$` → `ℓ_p`, `$\\alpha ^2$`).
        ((next === 0x5f || next === 0x5e) && SCRIPTED_SYMBOL.test(symbol ?? '')) ||
        unarySign(text, at, name, next, ctx) ||
        scriptOperator(text, at, name, next)
      ) {
        stop++;
      }
    }
    // A bracket's name in a formula: the space after an opening one only ends its name,
    // and the one before a closing one is the author's typing, which TeX ignores there
    // (`$\\langle H, T \\rangle$` → `⟨H, T⟩`, `$\\lfloor n/2 \\rfloor$` → `⌊n/2⌋`).
    const side = BRACKET_NAMES.get(name);
    if (side !== undefined && insideFormula(ctx, at)) {
      if (side === 'open')
        return single(at, text.charCodeAt(stop) === 0x20 ? stop + 1 : stop, symbol);
      if (text.charCodeAt(at - 1) === 0x20) return afterSpace(at, stop, symbol);
    }
    // A solar unit glued to its number is spaced from it (`1.5\\msun` → `1.5 M_⊙`), or the
    // number would read as its script's (`10^5M_⊙`); its macro's definition spaces it. So
    // after a formula's closer (`$10^5$\\msun`), which goes.
    const before = text.charCodeAt(at - 1) === 0x24 ? at - 2 : at - 1;
    if (SPACED_UNITS.has(name) && (isDigit(text.charCodeAt(before)) || powerBefore(text, before))) {
      return single(at, stop, ` ${symbol}`);
    }
    return single(at, stop, symbol);
  },
};

/**
 * A closing bracket from `at` to `end` as `glyph`, the space before it deleted by a hit of
 * its own: where an earlier fix took that space (`\\langle \\rangle`, whose opener ends
 * at the space), the engine drops the deletion alone, not the bracket.
 *
 * @example
 * ```ts
 * afterSpace(5, 12, '⟩'); // hits: ' ' at 4 → '', '\\rangle' → '⟩'
 * ```
 */
function afterSpace(at: number, end: number, glyph: string): Outcome {
  return {
    hits: [
      { start: at - 1, end: at, text: '' },
      { start: at, end, text: glyph },
    ],
    resume: end,
  };
}

/** Sizers that neither open nor close: a bar after them stands between two terms. */
const UNSIDED: ReadonlySet<string> = new Set(['middle', 'big', 'Big', 'bigg', 'Bigg']);

/** Sizers that close: a bar after them is a closing one. */
const CLOSING_SIZERS: ReadonlySet<string> = new Set(['right', 'bigr', 'Bigr', 'biggr', 'Biggr']);

/**
 * Whether a macro's name stands for an operand: a Greek letter's, an operator's name
 * (`\\log`, `\\max`) or a symbol that is a term (`\\nabla`, `\\infty`); not a relation's,
 * an operator's or an arrow's, which TeX spaces from what follows (`\\in`, `\\leq`).
 *
 * @example
 * ```ts
 * operandName('sigma'); // true
 * operandName('in'); // false
 * ```
 */
function operandName(name: string): boolean {
  return (
    Object.hasOwn(GREEK, name) ||
    // An upright Greek letter too (`\\upsigma`); not `\\bmod`, a binary operator TeX
    // spaces (review129).
    (name.startsWith('up') && Object.hasOwn(GREEK, name.slice(2))) ||
    (OPERATOR_NAMES.has(name) && name !== 'bmod') ||
    (Object.hasOwn(MATH_SYMBOLS, name) && OPERAND_SYMBOLS.test(MATH_SYMBOLS[name] ?? ''))
  );
}

/** The sizers of an opening delimiter, whose pair's inside spaces TeX ignores. */
const OPENING_SIZERS: ReadonlySet<string> = new Set(['left', 'bigl', 'Bigl', 'biggl', 'Biggl']);

/**
 * The brackets written as a name, opening or closing (see `symbols`' match and
 * {@link sizedDelimiter}; braces' and brackets' names are read after a sizer only).
 */
const BRACKET_NAMES: ReadonlyMap<string, 'open' | 'close'> = new Map([
  ['langle', 'open'],
  ['lfloor', 'open'],
  ['lceil', 'open'],
  ['lvert', 'open'],
  ['lVert', 'open'],
  ['lbrace', 'open'],
  ['lbrack', 'open'],
  ['rangle', 'close'],
  ['rfloor', 'close'],
  ['rceil', 'close'],
  ['rvert', 'close'],
  ['rVert', 'close'],
  ['rbrace', 'close'],
  ['rbrack', 'close'],
]);

/** Particle physics' energy units by macro (`125\\GeV` → `125 GeV`), units only after a number. */
const ENERGY_UNITS = ['meV', 'eV', 'keV', 'MeV', 'GeV', 'TeV', 'PeV'];

/** The astronomy macros that are units only after a number (see `unitAfterNumber`). */
const NUMBER_UNITS: ReadonlySet<string> = new Set([
  ...ENERGY_UNITS,
  'degr',
  'arcdeg',
  'arcmin',
  'arcsec',
  'micron',
  'um',
]);

/**
 * Whether a number stands before `at`, across a space, a tie, a formula's `$` or a
 * group's `{`, or its parenthesis (`0.5\\arcsec`, `1.65{\\arcsec}`, `850 $\\micron$`,
 * `3$-$7\\degr`, `(42±5) \\degr`).
 *
 * @example
 * ```ts
 * unitAfterNumber('of 1.65{\\arcsec}', 8); // true
 * unitAfterNumber('defines \\arcsec', 8); // false
 * ```
 */
function unitAfterNumber(text: string, at: number): boolean {
  let back = at - 1;
  while (back >= 0 && ' ~${'.includes(text[back] as string) && at - back < 4) back--;
  // (A number's parenthesis too: `(42±5) \degr`.)
  if (text.charCodeAt(back) === 0x29) back--;
  if (!isDigit(text.charCodeAt(back))) return false;
  // Not a name's or a path's digits (`run2\eV.dat`, `logs\2024\TeV`, review124); a
  // macro's name may end before the number (`$\la2\arcsec$`), and a ratio's slash
  // (`450/850\micron`, review125).
  const start = numberStart(text, back + 1);
  if (text.charCodeAt(start - 1) === 0x5c) return false;
  // (A slash is a ratio's after a number, a path's after a name: `runs/2\\eV.dat`.)
  if (text.charCodeAt(start - 1) === 0x2f) return isDigit(text.charCodeAt(start - 2));
  const word = lettersStart(text, start, 40);
  return (
    !isWordChar(text.charCodeAt(start - 1)) || (word < start && text.charCodeAt(word - 1) === 0x5c)
  );
}

/** The astronomy macros that print a unit in letters (`M_⊙`, `km s^{-1}`). */
const SPACED_UNITS: ReadonlySet<string> = new Set([
  'Msun',
  'msun',
  'Lsun',
  'lsun',
  'Rsun',
  'kms',
  ...ENERGY_UNITS,
]);

/**
 * Whether a number's braced power ends at `end` (`10^{15}`, `10^{-3}`): a unit after it
 * is spaced as after a digit.
 *
 * @example
 * ```ts
 * powerBefore('0.6\\times 10^{15}\\msun', 16); // true
 * ```
 */
function powerBefore(text: string, end: number): boolean {
  return (
    text.charCodeAt(end) === 0x7d &&
    /\^\{[-+−]?\d+\}$/.test(text.slice(Math.max(0, end - 8), end + 1))
  );
}

/**
 * What follows a section's sign: spacing, then a number, an appendix's capital before
 * its number (`A.2`), a numeral (`IV`, `XL`) or `\ref`; or a subsection's spaced
 * parenthesis (`\S (a)(1)`). (Not after a word, `^`, `/`, a quote
 * or `[`, where it is a pattern's class: `^\S(.*)$`, `'\S(foo)'`.)
 */
const SECTION_NUMBER =
  /^(?:\{\})?(?:(?:[ ~\u00a0\n]|\\,)?(?:[\d\\]|[A-Z](?=[.\d])|[IVXLCDM]{2,}(?![A-Za-z]))| \()/;

/**
 * Is the brace before `at` an argument of a declaration (`\DeclareTextSymbol`,
 * `\DeclareInputText{176}`, `\ProvideTextCommandDefault`, `\doesglyphexist{25}`),
 * looked for on the same line within a few arguments?
 *
 * @example
 * ```ts
 * declaration('\\DeclareTextSymbol{\\textnumero}{TS1}{155}', 20); // true
 * declaration('Intel{\\textregistered} Core', 6); // false
 * ```
 */
export function declaration(text: string, at: number): boolean {
  return /\\(?:Declare|Provide|doesglyphexist)[A-Za-z@]*(?:\{[^{}\n]{0,12}\})*\{$/.test(
    text.slice(Math.max(0, at - 80), at),
  );
}

/**
 * `\not` before a relation (`\not\equiv`, `\not=`, `\not\in`) or a braced symbol
 * (the slash of `\not{\partial}`): the symbol struck through, composed where Unicode has
 * the negated sign (`≢`, `≠`, `∉`) and with a combining long solidus where it has not
 * (`∝̸`). Before anything else `\not` stays.
 *
 * @example
 * ```ts
 * negated('A\\not\\equiv s', 1, 5, ctx); // one hit: '\\not\\equiv' → '≢'
 * negated('x \\not= y', 2, 6, ctx); // one hit: '\\not=' → '≠'
 * ```
 */
function negated(text: string, at: number, end: number, ctx: Context): Outcome | undefined {
  let from = text.charCodeAt(end) === 0x20 ? end + 1 : end;
  const braced = text.charCodeAt(from) === 0x7b;
  if (braced) from++;
  // A negative thin space that sets the slash over the symbol (`\not{\!\partial}`).
  if (braced && text.startsWith('\\!', from)) from += 2;
  let symbol: string | undefined;
  let stop = from + 1;
  const code = text.charCodeAt(from);
  if (code === 0x3d || code === 0x3c || code === 0x3e) symbol = text[from];
  else if (code === 0x5c) {
    stop = lettersEnd(text, from + 1);
    const name = text.slice(from + 1, stop);
    symbol = Object.hasOwn(MATH_SYMBOLS, name) ? MATH_SYMBOLS[name] : undefined;
  }
  if (symbol === undefined) return undefined;
  if (braced) {
    if (text.charCodeAt(stop) !== 0x7d) return undefined;
    stop++;
  } else if (
    text.charCodeAt(stop) === 0x20 &&
    isOperand(text.charCodeAt(at - 1)) &&
    insideFormula(ctx, at)
  ) {
    // As after any relation's name in a formula, glued on the left, glued on the right.
    stop++;
  }
  return single(at, stop, `${symbol}\u0338`.normalize('NFC'));
}

/**
 * A sized delimiter (`\left(`, `\right\}`, `\big|`) as the delimiter alone; `\left.`
 * (an empty one) as nothing. What may follow is a bracket, a bar, `/`, `.`, an escaped
 * brace or bar, or an angle.
 *
 * @example
 * ```ts
 * sizedDelimiter('\\left(x\\right)', 0, 5, ctx); // one hit: '\\left(' → '('
 * sizedDelimiter('\\left\\{a\\right.', 0, 5, ctx); // one hit: '\\left\\{' → '{'
 * ```
 */
function sizedDelimiter(text: string, at: number, end: number, ctx: Context): Outcome | undefined {
  const from = text.charCodeAt(end) === 0x20 ? end + 1 : end;
  const next = text[from] ?? '';
  if ('()[]|/'.includes(next) && next !== '') {
    // In a formula the spaces inside a sized pair are the author's typing, which TeX
    // ignores (`$\\mathcal O \\left( k^{-2} \\right)$` → `𝒪(k^{-2})`, the two hundredth
    // blind set's title), and so is one between a term and the bracket it applies to.
    const sizer = text.slice(at + 1, end);
    const formula = insideFormula(ctx, at);
    if (formula && (next === '(' || next === '[')) {
      // (Not a spacing command's space: `\\left( \\, x` keeps what the author set.)
      const typed =
        text.charCodeAt(from + 1) === 0x20 && !/^\\[,;:! ]/.test(text.slice(from + 2, from + 4));
      const until = typed ? from + 2 : from + 1;
      // After a macro's name, only a known operand's is a term (`\\sigma \\left(`,
      // review127): a relation's, an operator's, an arrow's or an unknown macro's keeps
      // its space (`\\in \\left[`, `\\colon \\left(`, review126 and review128).
      const name = macroNameStart(text, at - 1);
      const applied =
        text.charCodeAt(at - 1) === 0x20 &&
        isOperand(text.charCodeAt(at - 2)) &&
        (name < 0 || operandName(text.slice(name, at - 1)));
      if (OPENING_SIZERS.has(sizer)) {
        return applied ? afterSpace(at, until, next) : single(at, until, next);
      }
    }
    if (
      formula &&
      (next === ')' || next === ']') &&
      CLOSING_SIZERS.has(sizer) &&
      text.charCodeAt(at - 1) === 0x20
    ) {
      return afterSpace(at, from + 1, next);
    }
    return single(at, from + 1, next);
  }
  if (next === '<' || next === '>') return single(at, from + 1, next === '<' ? '⟨' : '⟩');
  // `\right.` ends a formula's side; `data\left.png` is a path's file.
  if (next === '.') {
    const path = isWordChar(text.charCodeAt(from + 1)) && !insideFormula(ctx, at);
    return path ? undefined : single(at, from + 1, '');
  }
  if (next !== '\\') return undefined;
  const escaped = text[from + 1] ?? '';
  if (escaped === '{' || escaped === '}') return single(at, from + 2, escaped);
  if (escaped === '|') return single(at, from + 2, '‖');
  const sizer = text.slice(at + 1, end);
  for (const [angle, glyph] of NAMED_DELIMITERS) {
    const stop = from + 1 + angle.length;
    if (text.startsWith(angle, from + 1) && !isLetter(text.charCodeAt(stop))) {
      // The space after a control word only ends its name; before a closing bracket's
      // name the space is the author's, ignored as without a sizer (`\\right\\rangle`).
      // A bar by a name that neither opens nor closes takes its side from its sizer
      // (`\\left\\vert x\\right\\vert` → `|x|`); after one that has none it keeps its
      // spaces, as `\\middle|` does (`\\middle\\vert B` → `| B`).
      const bar = angle === 'vert' || angle === 'Vert';
      const neutral = bar && UNSIDED.has(sizer);
      const closing = BRACKET_NAMES.get(angle) === 'close' || (bar && CLOSING_SIZERS.has(sizer));
      const until = text.charCodeAt(stop) === 0x20 && !neutral && !closing ? stop + 1 : stop;
      return closing && text.charCodeAt(at - 1) === 0x20 && insideFormula(ctx, at)
        ? afterSpace(at, until, glyph)
        : single(at, until, glyph);
    }
  }
  return undefined;
}

/**
 * Is the `\|` at `at` a norm's bar: one that opens before an operand, after a space, a
 * bracket or an operator (`$\|x`, `(\|\mathbf`), or closes after one, before a space, a
 * bracket, a script or an operator (`x\|_2`, `)\|`, `θ^*\|`)? Not a pattern's alternation
 * between two words (`if\|else`, `x\|#`) nor one between no operands (`^ *\|\*.*$`).
 *
 * @example
 * ```ts
 * normBar('\\|x\\|_2', 0); // true
 * normBar('if\\|else', 2); // false
 * ```
 */
function normBar(text: string, at: number): boolean {
  // Padding inside the bars is TeX's to ignore (`\| Φ\|`, `\tilde A \|_F`).
  let back = at - 1;
  while (text.charCodeAt(back) === 0x20) back--;
  const before = text[back] ?? ' ';
  const startsOperand = startsOperandAt(text, at + 2);
  // (A one-letter escape or an escaped bracket before it is a pattern's, `\k\|`, `\(\|`.)
  const escaped = text[back - 1] === '\\' && before !== '|';
  const oneLetter = macroNameStart(text, back + 1) === back;
  const operand =
    (isWordChar(before.charCodeAt(0)) && !oneLetter) ||
    (')}]'.includes(before) && !escaped) ||
    (before === '*' && text[back - 1] === '^') ||
    (before === "'" && isWordChar(text.charCodeAt(back - 1)));
  // A norm's bars come in pairs: an opening one with its partner ahead, a closing one with
  // its partner behind. A pattern's alternations do not pair so (`a\|b\|c`, `[^()]\|g`).
  const opener =
    startsOperand &&
    (back < 0 ||
      (' $([{,=+-/|'.includes(before) && !escaped) ||
      ((isWordChar(before.charCodeAt(0)) || ')}'.includes(before)) && operand));
  if (opener && closingBar(text, at + 2)) return true;
  const partner = text.lastIndexOf('\\|', at - 1);
  return (
    operand &&
    closesBefore(text, at + 2) &&
    partner >= 0 &&
    at - partner <= 40 &&
    startsOperandAt(text, partner + 2)
  );
}

/**
 * Does an operand start at `at` (spaces skipped): a word, a bracket or a macro?
 *
 * @example
 * ```ts
 * startsOperandAt('\\|x', 2); // true
 * startsOperandAt('\\| _a', 2); // false
 * ```
 */
function startsOperandAt(text: string, at: number): boolean {
  let k = at;
  while (text.charCodeAt(k) === 0x20) k++;
  const next = text[k] ?? ' ';
  return (
    isWordChar(next.charCodeAt(0)) ||
    next === '(' ||
    next === '{' ||
    (next === '\\' && isLetter(text.charCodeAt(k + 1)))
  );
}

/**
 * Can a norm's closing bar stand before `at`: a space, a bracket, a script, an operator,
 * another bar or a macro (`\|_2`, `\|)`, `\|\|`, `\|\sqrt`), or the end?
 *
 * @example
 * ```ts
 * closesBefore('x\\|_2', 3); // true
 * closesBefore('\\|\\*', 2); // false
 * ```
 */
function closesBefore(text: string, at: number): boolean {
  const next = text[at];
  if (next === undefined) return true;
  // A macro of two letters or more, not a pattern's one-letter escape (`\s`, `\d`).
  if (next === '\\') {
    const macro = isLetter(text.charCodeAt(at + 1)) && isLetter(text.charCodeAt(at + 2));
    return macro || text[at + 1] === '|';
  }
  return " $)]},._^=+-/<>:'".includes(next);
}

/**
 * Is there a `\|` within a short formula's reach after `from` that can close a norm?
 *
 * @example
 * ```ts
 * closingBar('w\\|_1', 0); // true
 * ```
 */
function closingBar(text: string, from: number): boolean {
  const at = text.indexOf('\\|', from);
  return at > 0 && at - from <= 40 && closesBefore(text, at + 2);
}

/**
 * Is `at` on a Markdown table's row: a line that starts with `|`, or holds a spaced ` | `?
 * The verdict is kept for the line, so the bars of one long line cost one look (a
 * hostile line of `$\\vert x$` had made each bar scan the whole line).
 *
 * @example
 * ```ts
 * tableRow('| $x \\vert y$ | divides |', 5, ctx); // true
 * ```
 */
function tableRow(text: string, at: number, ctx: Context): boolean {
  const known = ctx.memo.get(TABLE_LINE_MEMO) as
    | { start: number; end: number; row: boolean }
    | undefined;
  if (known !== undefined && at >= known.start && at < known.end) return known.row;
  const start = text.lastIndexOf('\n', at) + 1;
  const newline = text.indexOf('\n', at);
  const end = newline < 0 ? text.length : newline;
  // A row may also start with its first cell: then a spaced bar sits on the line.
  const row = opensTableRow(text, at) || text.slice(start, end).includes(' | ');
  ctx.memo.set(TABLE_LINE_MEMO, { start, end, row });
  return row;
}

const TABLE_LINE_MEMO = 'symbols:table-line';

/** Relations stacked on `\sim` as astronomy writes them, and the one sign each is. */
const STACKED: Readonly<Record<string, string>> = {
  '{<}{\\sim}': '≲',
  '{>}{\\sim}': '≳',
  '{<}{\\sim }': '≲',
  '{>}{\\sim }': '≳',
  // The lower sign set as a script, as astronomers write it (`\\stackrel{<}{_{\\sim}}`).
  '{<}{_{\\sim}}': '≲',
  '{>}{_{\\sim}}': '≳',
  '{<}{_\\sim}': '≲',
  '{>}{_\\sim}': '≳',
};

/**
 * `\stackrel{<}{\sim}` (`<` set over `∼`) as the one sign it draws, `≲` (or `≳`);
 * other stacks are kept. `end` is where the name ends.
 *
 * @example
 * ```ts
 * stacked('\\stackrel{<}{\\sim} 3', 0, 9); // one hit: '\\stackrel{<}{\\sim}' → '≲'
 * ```
 */
function stacked(text: string, at: number, end: number): Outcome | undefined {
  for (const [pair, sign] of Object.entries(STACKED)) {
    if (text.startsWith(pair, end)) return single(at, end + pair.length, sign);
  }
  return undefined;
}

/**
 * MathJax's `\unicode{x2013}` (or `{8211}`) as its character, when that is no ASCII
 * (which could start another rule's match) or ASCII punctuation no rule reads (`+`,
 * `%`). `at` is where the name ends.
 *
 * @example
 * ```ts
 * unicode('\\unicode{x2013}s', 8); // one hit: '\\unicode{x2013}' → '–'
 * unicode('\\unicode{x2014}{}s', 8); // one hit: '\\unicode{x2014}{}' → '—'
 * ```
 */
function unicode(text: string, end: number): Outcome | undefined {
  const found = /^\{(x[0-9A-Fa-f]{2,6}|\d{2,7})\}/.exec(text.slice(end, end + 12));
  if (found === null) return undefined;
  const digits = found[1] as string;
  const code = digits[0] === 'x' ? Number.parseInt(digits.slice(1), 16) : Number(digits);
  if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  const stop = end + found[0].length;
  // ASCII only as punctuation no rule reads (`\\unicode{x002b}` is `+`; not `\\` or `{`),
  // or a hyphen between two words (`Few\\unicode{x002d}shot`), where no dash can form.
  const hyphen =
    code === 0x2d && isWordChar(text.charCodeAt(end - 9)) && isWordChar(text.charCodeAt(stop));
  if (code < 0x80 && !hyphen && !INERT_ASCII.includes(String.fromCharCode(code))) {
    return undefined;
  }
  // An empty group after it only ended the command, as after a symbol's (`\\unicode{x2014}{}`).
  const after = text.startsWith('{}', stop) ? stop + 2 : stop;
  return single(end - 8, after, String.fromCodePoint(code));
}

/**
 * pifont's `\ding{182}` at `at` as its dingbat (`❶`), `end` where its name ends.
 *
 * @example
 * ```ts
 * ding('\\ding{182} First', 0, 5); // one hit: '\\ding{182}' → '❶'
 * ```
 */
function ding(text: string, at: number, end: number): Outcome | undefined {
  const found = /^\{(\d{2,3})\}/.exec(text.slice(end, end + 6));
  const glyph = found === null ? undefined : dingbat(Number(found[1]));
  return found === null || glyph === undefined
    ? undefined
    : single(at, end + found[0].length, glyph);
}

/**
 * A group's or a functor's name an author defined (`\SO`, `\GL`, `\Hom`; see
 * {@link DEFINED_NAMES}) prints its name before its argument or a script, in a formula
 * (`$\SO(3,n+1)$` → `SO(3,n+1)`, `$\GL_n$`, `\SO\left(3\right)`; the
 * hundred-and-eighty-eighth blind set's title). Outside one it is code's or text about
 * the macro as often (`a = \SO(3)`, `type \SO(3)`, review124), and alone it may stand
 * for more (`\SO` for `SO(3)`): both stay, reported.
 *
 * @example
 * ```ts
 * definedName('$\\SO(3)$', 1, 4, ctx); // one hit: '\\SO' → 'SO'
 * definedName('$\\SO$', 1, 4, ctx); // undefined
 * ```
 */
function definedName(text: string, at: number, end: number, ctx: Context): Outcome | undefined {
  if (!insideFormula(ctx, at)) return undefined;
  const after = text.charCodeAt(end);
  const read = after === 0x28 || after === 0x5f || after === 0x5e || text.startsWith('\\left', end);
  return read ? single(at, end, text.slice(at + 1, end)) : undefined;
}

/**
 * An operator name (`\log`, `\max`, `\Pr`) as its name, unless a path is more likely:
 * a letter, `\`, `/` or `:` before it (`C:\Users\min`), or `\`, `/` or a file
 * extension after it.
 *
 * @example
 * ```ts
 * operatorName('O(\\log n)', 2, 'log', ctx); // one hit: '\\log' → 'log'
 * operatorName('C:\\data\\min\\x', 7, 'min', ctx); // undefined
 * ```
 */
function operatorName(text: string, at: number, name: string, ctx: Context): Outcome | undefined {
  if (!OPERATOR_NAMES.has(name)) return undefined;
  const end = at + 1 + name.length;
  const before = text.charCodeAt(at - 1);
  if (name === 'deg') {
    const degrees = afterNumber(text, at, end);
    if (degrees !== undefined) return degrees;
  }
  // Outside a formula, a letter, `\`, `/` or `:` before it, or `\` and no math name, `/`
  // or a file's extension after it, says a path (`C:\data\min\x`, `runs\exp\log`).
  // Inside a formula none does.
  if (!insideFormula(ctx, at) && (isLetter(before) || pathAround(text, before, end))) {
    return undefined;
  }
  // `\bmod` prints `mod`, spaced as a binary operator (`(i+1)\bmod N`, `x\bmod5` → `x mod 5`).
  if (name === 'bmod') {
    const after = isWordChar(text.charCodeAt(end)) ? ' ' : '';
    return single(at, end, `${isSpace(before) || before === 0x28 ? '' : ' '}mod${after}`);
  }
  // Glued to an operand, it is spaced from it as TeX sets it (`$O(n\log n)$` → `O(n log n)`).
  const glued = operandBefore(text, at);
  // Its operand braced, in a formula: the braces print nothing (`$\log{s}$` → `log s`,
  // `$\log{(1/δ)}$` → `log(1/δ)`).
  const group = text.charCodeAt(end) === 0x7b ? operandGroup(text, end, ctx) : -1;
  if (group > 0) {
    const bracket = '([|'.includes(text[end + 1] as string);
    return {
      hits: [
        { start: at, end: end + 1, text: `${glued ? ' ' : ''}${name}${bracket ? '' : ' '}` },
        { start: group, end: group + 1, text: '' },
      ],
      resume: group + 1,
    };
  }
  // So is an operand's macro glued after it (`$\log\alpha$` → `log α`, `\log\log T` →
  // `log log T`, `\log\frac{1}{\epsilon}` → `log 1/ϵ`); not a relation's or a
  // delimiter's (`\max\{a,b\}`, `\log\left(x\right)`).
  const next = text.slice(end + 1, lettersEnd(text, end + 1));
  // A letter a converter already drew, glued to it, too (`$\\logτ<0$` → `log τ<0`).
  const spaced =
    (text.charCodeAt(end) === 0x5c && next !== '' && operandMacro(next)) ||
    isGreek(text.charCodeAt(end));
  return single(at, end, `${glued ? ' ' : ''}${name}${spaced ? ' ' : ''}`);
}

/**
 * Where the group at `open` after an operator's name closes, when it holds one operand
 * in a formula ({@link plainOperand}, up to 30 characters: `{s}`, `{(1/δ)}`, `{p(y|x)}`);
 * else -1. A macro inside is left as written (`\\log{\\frac{1}{ε}}`).
 *
 * @example
 * ```ts
 * operandGroup('$\\log{s}/n$', 5, ctx); // 7
 * operandGroup('$\\log{}$', 5, ctx); // -1
 * ```
 */
function operandGroup(text: string, open: number, ctx: Context): number {
  const close = text.indexOf('}', open + 1);
  if (close < open + 2 || close - open > 31 || !insideFormula(ctx, close)) return -1;
  return plainOperand(text.slice(open + 1, close)) ? close : -1;
}

/**
 * Is `group` (a braced operand's content) one operand: no space, brace, backslash or
 * dollar, and any operator or comma inside brackets or bars only (`s`, `2x`, `p_i`,
 * `p(x)`, `p(y|x)`, `|x|`, `(1/δ)`)? A sum or a quotient at the group's own level keeps
 * its braces, the only record of its grouping once they go (`\\log{n+1}` is no
 * `log n+1`).
 *
 * @example
 * ```ts
 * plainOperand('p(y|x)'); // true
 * plainOperand('n+1'); // false
 * ```
 */
function plainOperand(group: string): boolean {
  if (/[\s{}\\$]/.test(group)) return false;
  let depth = 0;
  let bar = false;
  for (let k = 0; k < group.length; k++) {
    const char = group[k] as string;
    if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') {
      if (--depth < 0) return false;
    } else if (char === '|' && depth === 0) bar = !bar;
    else if (depth === 0 && !bar && '+-*/=<>,;:'.includes(char)) return false;
  }
  return depth === 0 && !bar;
}

/**
 * Does the bar by name at `at` (`\\lvert`, `\\rVert`, its name ending at `stop`) have its
 * partner in its formula: the closing one after it, or the opening one before it, pairs
 * between counted, within a formula's reach and no formula's delimiter (`$`, `\\(`,
 * `\\)`) between?
 *
 * @example
 * ```ts
 * pairedBar('$\\lvert β\\rvert$', 1, 7, 'lvert'); // true
 * pairedBar('$p(y \\rvert x)$', 5, 11, 'rvert'); // false
 * pairedBar('$\\lvert x \\rvert + p(y \\rvert z)$', 25, 31, 'rvert'); // false
 * ```
 */
function pairedBar(text: string, at: number, stop: number, name: string): boolean {
  const open = name.startsWith('l');
  const span = open
    ? text.slice(stop, stop + FORMULA_LIMIT)
    : text.slice(Math.max(0, at - FORMULA_LIMIT), at);
  const bounds = [...span.matchAll(/\$|\\[()]/g)].map((m) => m.index as number);
  const inside = open
    ? span.slice(0, bounds.length > 0 ? bounds[0] : span.length)
    : span.slice(bounds.length > 0 ? (bounds.at(-1) as number) + 1 : 0);
  const bars = [...inside.matchAll(new RegExp(`\\\\([lr])${name.slice(1)}(?![A-Za-z])`, 'g'))];
  if (!open) bars.reverse();
  let depth = 1;
  for (const bar of bars) {
    depth += bar[1] === (open ? 'l' : 'r') ? 1 : -1;
    if (depth === 0) return true;
  }
  return false;
}

/**
 * Does the macro `name` print an operand: a letter, a number-like symbol (`\infty`), or
 * a command (`\frac`, `\hat`), not a relation, an operator or a sized delimiter?
 *
 * @example
 * ```ts
 * operandMacro('alpha'); // true
 * operandMacro('leq'); // false
 * ```
 */
function operandMacro(name: string): boolean {
  if (SIZERS.has(name)) return false;
  if (!Object.hasOwn(MATH_SYMBOLS, name)) return true;
  return OPERAND_SYMBOLS.test(MATH_SYMBOLS[name] as string);
}

/** Math symbols that are operands: letters and the like. */
const OPERAND_SYMBOLS = /^[\p{L}∞∂∇∅]$/u;

/**
 * Does a path's separator stand around an operator name: `\`, `/` or `:` before it
 * (`before`), or `\`, `/` or a file's extension after it (its name ends at `end`)?
 *
 * @example
 * ```ts
 * pathAround('C:\\data\\min\\x', 0x61, 11); // true
 * ```
 */
function pathAround(text: string, before: number, end: number): boolean {
  if (before === 0x5c || before === 0x2f || before === 0x3a) return true;
  const after = text.charCodeAt(end);
  if (after === 0x5c) return !mathName(text.slice(end + 1, lettersEnd(text, end + 1)));
  return after === 0x2f || (after === 0x2e && isLetter(text.charCodeAt(end + 1)));
}

/**
 * Is `name` a math macro's (an operator name, a Greek letter, a math symbol): what a
 * path's next folder is not?
 *
 * @example
 * ```ts
 * mathName('log'); // true
 * mathName('x'); // false
 * ```
 */
function mathName(name: string): boolean {
  return (
    OPERATOR_NAMES.has(name) || Object.hasOwn(GREEK, name) || Object.hasOwn(MATH_SYMBOLS, name)
  );
}

/**
 * Does an operand end right before `at`: a letter, digit or closing bracket, or a
 * letter's macro (`\alpha\log`), not an operator's (`d\cdot\log n` → `d·log n`)?
 *
 * @example
 * ```ts
 * operandBefore('O(n\\log n)', 3); // true
 * operandBefore('d\\cdot\\log', 6); // false
 * ```
 */
function operandBefore(text: string, at: number): boolean {
  const from = nameStart(text, at);
  if (!isOperand(text.charCodeAt(from - 1))) return false;
  const start = macroNameStart(text, from);
  return start < 0 || Object.hasOwn(GREEK, text.slice(start, from));
}

/**
 * Where the macro whose backslash is at `at` starts, with the backslash `escapes` takes
 * from a name escaped twice (`$N\\\\times N$`, `$O(n\\\\log n)$`): what stands before
 * it is the operand.
 *
 * @example
 * ```ts
 * nameStart('n\\\\log', 2); // 1
 * nameStart('n\\log', 1); // 1
 * ```
 */
function nameStart(text: string, at: number): number {
  return text.charCodeAt(at - 1) === 0x5c && text.charCodeAt(at - 2) !== 0x5c ? at - 1 : at;
}

/**
 * `\deg` right after a number, braced or not (`0{\deg}`, `360\deg`): the degree sign
 * authors mean there, not the degree of a polynomial (`\deg(p)`).
 *
 * @example
 * ```ts
 * afterNumber('75{\\deg}', 3, 7); // one hit: '{\\deg}' → '°'
 * ```
 */
function afterNumber(text: string, at: number, end: number): Outcome | undefined {
  const braced = ownGroup(text, at, end);
  const start = braced ? at - 1 : at;
  const stop = braced ? end + 1 : text.startsWith('{}', end) ? end + 2 : end;
  if (isDigit(text.charCodeAt(start - 1))) return single(start, stop, '°');
  // After a number and a space, a temperature's unit glued after a closed macro says it
  // (`1000 {\deg}C`, `20 \deg{}F`); `3 \deg C` may be a curve's degree, and a power's
  // digit is no number (`C^2 \deg{}F`).
  const unit = text.charCodeAt(stop);
  return stop > end &&
    text.charCodeAt(start - 1) === 0x20 &&
    isDigit(text.charCodeAt(start - 2)) &&
    !'^_'.includes(text[numberStart(text, start - 1) - 1] ?? ' ') &&
    (unit === 0x43 || unit === 0x46) &&
    !isLetter(text.charCodeAt(stop + 1))
    ? single(start, stop, '°')
    : undefined;
}

/**
 * Is the macro at `at` a sign that no operand stands before, in a formula, before a
 * variable (a letter, or a macro's: `\\sigma`)? TeX sets it unary, against the variable:
 * at the formula's start or after an opening bracket, a comma or a relation (`$\\pm J$`
 * → `±J`, `$J_{ij} = \\pm J$` → `J_{ij} = ±J`, `$\\pm \\sigma$` → `±σ`). Before a number
 * labels split (`$\\pm 3$ eV`), and the space stays.
 *
 * @example
 * ```ts
 * unarySign('for $\\pm J$', 5, 'pm', 0x4a, ctx);   // true
 * unarySign('$a = \\pm b$', 5, 'pm', 0x62, ctx);   // true
 * unarySign('$a \\pm b$', 3, 'pm', 0x62, ctx);     // false (binary)
 * unarySign('for $\\pm 3$', 5, 'pm', 0x33, ctx);   // false
 * ```
 */
function unarySign(text: string, at: number, name: string, next: number, ctx: Context): boolean {
  if (name !== 'pm' && name !== 'mp') return false;
  const end = at + name.length + 1;
  if (!isLetter(next) && !(next === 0x5c && isLetter(text.charCodeAt(end + 2)))) return false;
  let before = at - 1;
  while (text.charCodeAt(before) === 0x20) before--;
  // (`(` also ends `\\(`, a formula's opener.)
  const mark = text[before];
  return mark !== undefined && '$([{,=<>'.includes(mark) && insideFormula(ctx, at);
}

/**
 * Is the macro at `at` an operator opening a script's group, before an operand (a letter,
 * a digit or a macro)? TeX sets a script tight, the space after the name only ends it:
 * a tensor or direct power, a sign's index (`$V^{\\otimes n}$` → `V^{⊗n}`, `$A^{\\oplus
 * 2}$` → `A^{⊕2}`, `$x_{\\pm 1}$` → `x_{±1}`; the hundred-and-eighty-eighth blind set's).
 *
 * @example
 * ```ts
 * scriptOperator('$V^{\\otimes n}$', 4, 'otimes', 0x6e); // true
 * scriptOperator('$V^{a \\otimes n}$', 6, 'otimes', 0x6e); // false
 * ```
 */
function scriptOperator(text: string, at: number, name: string, next: number): boolean {
  return (
    text.charCodeAt(at - 1) === 0x7b &&
    '^_'.includes(text[at - 2] ?? ' ') &&
    SCRIPT_OPERATORS.has(name) &&
    (isWordChar(next) || next === 0x5c)
  );
}

/** Operators that open a script's group: powers and signs (`^{\\otimes n}`, `_{\\pm 1}`). */
const SCRIPT_OPERATORS: ReadonlySet<string> = new Set([
  'otimes',
  'oplus',
  'times',
  'pm',
  'mp',
  'wedge',
  'vee',
  'circ',
  'ast',
  'star',
  'cdot',
  'boxtimes',
  'boxplus',
]);

/**
 * Does a binary operator or relation typed with spaces start at `at` (`- 4`, `= x`, or a
 * relation's macro and its space, `\\sim 6.0`)?
 *
 * @example
 * ```ts
 * spacedOperator('x - 4', 2); // true
 * spacedOperator('x -4', 2);  // false (a sign)
 * spacedOperator('2.1\\times \\sim 6.0', 10); // true
 * ```
 */
function spacedOperator(text: string, at: number): boolean {
  if (text.charCodeAt(at) === 0x5c) return SPACED_RELATION.test(text.slice(at, at + 12));
  return '+-=<>'.includes(text[at] as string) && text.charCodeAt(at + 1) === 0x20;
}

/** A relation's macro typed with a space after it (`\\sim 6`, `\\approx 2`, `\\leq x`). */
const SPACED_RELATION =
  /^\\(?:sim|approx|simeq|leq?|geq?|lesssim|gtrsim|to|propto|neq?|ll|gg|in|equiv) /;

/**
 * Can an operand end with this character: a letter or digit of any script, or a
 * closing bracket or brace?
 *
 * @example
 * ```ts
 * isOperand(0x7d); // true ("}")
 * isOperand(0x24); // false ("$")
 * ```
 */
function isOperand(code: number): boolean {
  return isWordChar(code) || code === 0x29 || code === 0x5d || code === 0x7d;
}

/**
 * A symbol's macro copied with its rendering, as a page's math copied as text holds it:
 * between two copies of the symbol (`×\\times×`, `α\\alphaα`), or an operator's or a
 * relation's after one (`×\\times`, `≤\\leq`, which no formula doubles): one symbol.
 *
 * @example
 * ```ts
 * renderedCopies('256×\\times×256', 4, 10, '×'); // one hit: '×\\times×' → '×'
 * renderedCopies('λ\\lambda3726', 1, 8, 'λ'); // undefined (a doublet's λλ)
 * ```
 */
function renderedCopies(
  text: string,
  at: number,
  end: number,
  symbol: string,
): Outcome | undefined {
  if (symbol === '') return undefined;
  const formula = renderedFormula(text, at);
  if (formula !== undefined) return formula;
  if (!text.startsWith(symbol, at - symbol.length)) return copiedOperand(text, at, end, symbol);
  if (text.startsWith(symbol, end)) return single(at - symbol.length, end + symbol.length, symbol);
  // An up or down arrow may double in a ket (a spin's `|↑\\uparrow⟩`, `|↑\\uparrow|`), but
  // elsewhere the drawn arrow and its macro before no letter are a page's copy, a metric's
  // or a gain's mark (`(↑\\uparrow 142%)`, arXiv's HTML as text, the two-hundred-and-
  // thirteenth blind set's; `PSNR↑\\uparrow |`, `|Acc|↑\\uparrow 3.2|`, `(↑\\uparrow)`,
  // review132 and review133).
  if (symbol === '↑' || symbol === '↓') {
    const before = text.charCodeAt(at - symbol.length - 1);
    const after = text.charCodeAt(end);
    // (A run of arrows is a spins' chain, `|↑\\uparrow↓\\downarrow⟩`, `↑↑\\uparrow\\uparrow`:
    // every arrow stays, review134.)
    const arrow = (code: number) => code === 0x2191 || code === 0x2193;
    const ket =
      before === 0x27e8 ||
      after === 0x27e9 ||
      /^\\(?:rangle|uparrow|downarrow)/.test(text.slice(end, end + 10)) ||
      arrow(before) ||
      arrow(after) ||
      // (After a bar a ket goes on with another arrow, a bar or its closer: `|↑\\uparrow|`,
      // `|↑\\uparrow ↓\\downarrow⟩`; a table's cell goes on with a word or a value,
      // `|↑\\uparrow PSNR|`, `|Acc|↑\\uparrow 3.2|`, review135.)
      (before === 0x7c && /^[ ,]*[↑↓⟩|>\\]/.test(text.slice(end, end + 4)));
    if (!ket && !isLetter(after)) return single(at - symbol.length, end, symbol);
  }
  if (DOUBLED_NEVER.has(symbol)) return single(at - symbol.length, end, symbol);
  // A Greek letter's macro right after its rendering, a word of its own before
  // punctuation or a word: arXiv's HTML copied as text, the letter and its TeX annotation
  // (`denoted by θ\theta.`, `β\beta-lactamase`, the two-hundred-and-forty-ninth blind
  // set's). A doublet's pair stays (`[O II] λ\lambda3726`, `λ\lambda 3726`).
  const lead = at - symbol.length;
  return Object.hasOwn(GREEK_LETTERS, symbol) &&
    !isWordChar(text.charCodeAt(lead - 1)) &&
    copyEnds(text, end)
    ? single(lead, end, symbol)
    : undefined;
}

/** The Greek letters as their macros print them (`θ`, `Ω`), each once. */
const GREEK_LETTERS: Readonly<Record<string, true>> = Object.fromEntries(
  Object.values(GREEK).map((letter) => [letter, true]),
);

/**
 * Whether a copied letter's macro ends where a formula of one letter ends: the text's
 * end, closing punctuation, a hyphen before a word, or a space before a small letter's
 * word (not a number: `λ\lambda 3726` is a doublet's).
 *
 * @example
 * ```ts
 * copyEnds('θ\\theta.', 7); // true
 * copyEnds('λ\\lambda3726', 8); // false
 * ```
 */
function copyEnds(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const next = text.charCodeAt(end);
  const after = text.charCodeAt(end + 1);
  if (next === 0x20 || next === 0x2d) return isLower(after) || (next === 0x2d && isUpper(after));
  return '.,;:)]'.includes(text[end] as string);
}

/**
 * A formula's TeX copied right after its rendering, as a page's math copied as text
 * holds it (KaTeX's or LaTeXML's annotation: `only ≈0.419s\\approx 0.419\\text{s} per`,
 * `by ∼5×\\sim 5\\times∼ 5 × on`, Hugging Face paper pages saved as Markdown in the
 * two-hundred-and-nineteenth and two-hundred-and-twenty-third blind sets): the TeX from
 * the macro at `at`, read as it prints (symbols, a text command's group, digits and
 * letters, spaces and braces printing nothing), is the word before it (or what a bracket
 * opens in it), a symbol and a number or a letter, and ends before a space, punctuation
 * or a third copy spaced as KaTeX's MathML spaces it. The copies go; the rendering
 * stays.
 *
 * @example
 * ```ts
 * renderedFormula('only ≈0.4s\\approx 0.4\\text{s} per', 10); // one hit: the TeX → ''
 * renderedFormula('by ∼5×\\sim 5\\times∼ 5 × on', 6); // one hit: both copies → ''
 * renderedFormula('a ≈b\\approx c', 4); // undefined
 * ```
 */
function renderedFormula(text: string, at: number): Outcome | undefined {
  let from = tokenStart(text, at, 24);
  // The rendering is the whole word, or what a bracket opens (`(≈0.4s`); a number and a
  // letter in it, as no arrows' chain has (`↑↑\\uparrow\\uparrow`, a spin's).
  if ('([“"'.includes(text[from] ?? ' ')) from++;
  const shown = text.slice(from, at);
  if (shown.length < 2 || !/[\u0080-\uffff]/.test(shown) || !/[A-Za-z0-9]/.test(shown)) {
    return undefined;
  }
  const stop = printsAs(text, at, shown, true);
  if (stop < 0) return undefined;
  const end = Math.max(printsAs(text, stop, shown, false), stop);
  return isWordChar(text.charCodeAt(end)) ? undefined : single(at, end, '');
}

/**
 * Where the text from `at` stops printing `shown`, or -1: spaces and braces print
 * nothing, a symbol's macro its symbol, a text command its group (`tex`), and any other
 * character itself.
 *
 * @example
 * ```ts
 * printsAs('\\sim 5\\times', 0, '∼5×', true); // 12
 * printsAs('∼ 5 ×', 0, '∼5×', false); // 5
 * ```
 */
function printsAs(text: string, at: number, shown: string, tex: boolean): number {
  let k = at;
  let i = 0;
  while (i < shown.length) {
    const code = text.charCodeAt(k);
    if (code === 0x20 || (tex && (code === 0x7b || code === 0x7d))) {
      k++;
    } else if (tex && code === 0x5c) {
      const name = text.slice(k + 1, lettersEnd(text, k + 1));
      const symbol = Object.hasOwn(SYMBOL_MACROS, name) ? SYMBOL_MACROS[name] : undefined;
      if (symbol !== undefined && shown.startsWith(symbol, i)) i += symbol.length;
      else if (!/^(?:text|math)(?:rm|bf|it|sf)?$/.test(name)) return -1;
      k += 1 + name.length;
    } else if (text[k] === shown[i]) {
      k++;
      i++;
    } else {
      return -1;
    }
  }
  // (A text command's group closes after what it prints.)
  while (tex && text.charCodeAt(k) === 0x7d) k++;
  return k === at ? -1 : k;
}

/**
 * An operator's macro after its operand, both copied right after their rendering, as
 * arXiv's HTML copied as text leaves `$2\\times$`: the rendered `2×`, then the TeX
 * annotation `2\\times` (`by 2×2\\times to 4×4\\times,` → `by 2× to 4×,`). The copy goes.
 * The operand is a number or a short name, a whole word both times.
 *
 * @example
 * ```ts
 * copiedOperand('by 2×2\\times to', 6, 12, '×'); // one hit: '2\\times' → ''
 * copiedOperand('a 2×3\\times b', 5, 11, '×'); // undefined (another operand)
 * ```
 */
function copiedOperand(text: string, at: number, end: number, symbol: string): Outcome | undefined {
  // Before another operand the macro is a third factor's (`a 3×3\\times3 kernel`).
  if (!DOUBLED_NEVER.has(symbol) || isWordChar(text.charCodeAt(end))) return undefined;
  let start = at;
  while (start > at - 9 && (isWordChar(text.charCodeAt(start - 1)) || text[start - 1] === '.')) {
    start--;
  }
  const operand = text.slice(start, at);
  const copy = start - symbol.length - operand.length;
  if (operand === '' || copy < 0 || !text.startsWith(operand + symbol, copy)) return undefined;
  if (isWordChar(text.charCodeAt(copy - 1))) return undefined;
  // A third copy, the rendered HTML's sign, goes too (`2.6×2.6\\times×`), or its operand
  // and sign as KaTeX spaces them (`2.28×2.28\\times 2.28 ×`, a Hugging Face paper page
  // saved as Markdown, the hundred-and-ninety-eighth blind set's).
  if (text.startsWith(symbol, end)) return single(start, end + symbol.length, '');
  const spaced = ` ${operand}`;
  if (text.startsWith(spaced, end)) {
    let stop = end + spaced.length;
    if (text.charCodeAt(stop) === 0x20) stop++;
    if (text.startsWith(symbol, stop) && !isWordChar(text.charCodeAt(stop + symbol.length))) {
      return single(start, stop + symbol.length, '');
    }
  }
  return single(start, end, '');
}

/**
 * An operator's macro copied right after what it prints, glued to the word after it as a
 * page's math copied as text leaves it (`4×\\timesRTX 3090`, arXiv's HTML: the rendered
 * sign, then the TeX annotation of `$\\times$` alone): the copy goes, and the word stays.
 * The name read is the longest known operator's that the glued name starts with, before a
 * capital or a digit.
 *
 * @example
 * ```ts
 * gluedCopy('4×\\timesRTX 3090', 2, 'timesRTX'); // one hit: '\\times' → ''
 * gluedCopy('a\\timesRTX', 1, 'timesRTX'); // undefined (no rendered copy before it)
 * ```
 */
function gluedCopy(text: string, at: number, name: string): Outcome | undefined {
  const before = text[at - 1] as string;
  if (!DOUBLED_NEVER.has(before)) return undefined;
  for (let k = name.length - 1; k >= 2; k--) {
    const head = name.slice(0, k);
    if (SYMBOL_MACROS[head] !== before || !Object.hasOwn(SYMBOL_MACROS, head)) continue;
    const next = name.charCodeAt(k);
    return isUpper(next) ? single(at, at + 1 + k, '') : undefined;
  }
  return undefined;
}

/** A symbol that is a letter (`ℓ`, `α`, `ħ`): what a script after it is set on. */
const SCRIPTED_SYMBOL = /^\p{L}$/u;

/** Operators, relations and a few other symbols (`∞`, `∂`, `∇`, `√`) no formula writes twice in a row. */
const DOUBLED_NEVER: ReadonlySet<string> = new Set([
  '×',
  '÷',
  '±',
  '∓',
  '·',
  '⋅',
  '≤',
  '≥',
  '≠',
  '≈',
  '∼',
  '≃',
  '≅',
  '≡',
  '∝',
  '∈',
  '∉',
  '⊂',
  '⊆',
  '⊃',
  '⊇',
  '→',
  '←',
  '↔',
  '⇒',
  '⇐',
  '⇔',
  '↦',
  '∞',
  '∂',
  '∇',
  '√',
]);
