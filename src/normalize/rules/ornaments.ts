/**
 * `ornaments`: trademark signs written as superscripts (`^\circledR`, `^{\tiny TM}`)
 * that lost their backslashes become the sign itself, and so do the degree sign
 * (`^\circ`, `^circ`, and `^∘` typed as itself on a number) and a raised mark typed
 * as itself or named (`RRT^{*}`, `A^*`, `Doe^{\dagger}`, `Intel^®`: plain text writes
 * `RRT*`, `Doe†`, `Intel®`; the marks are `RAISED_MARKS`, shared with `text-style`'s
 * `\textsuperscript`), and primes (`Z^\prime` → `Z′`).
 *
 * @example
 * ```text
 * 8 Intel^circledR Gaudi^circledR 2 accelerators → 8 Intel® Gaudi® 2 accelerators
 * the latest Intel^circledR Core^{tiny TM} Ultra → the latest Intel® Core™ Ultra
 * CoRe^2 and k^2 and R^d → CoRe^2 and k^2 and R^d
 * a 360^circ view at 90^{\circ}C → a 360° view at 90°C
 * a 360^circ view and E^\circ, but V_{\rm LOS}^{\rm circ} and x^circ → a 360° view and E°, but V_{LOS}^{circ} and x^circ
 * close to 55 $^∘$C and 20^{∘}C, but g^∘f, Ω^∘ and (A∪B)^∘ → close to 55 °C and 20°C, but g^∘f, Ω^∘ and (A∪B)^∘
 * clusters at 320$^ \circ $ and 325$^ \circ$ → clusters at 320° and 325°
 * at 0^\circ{}C and 4^\circ{}F → at 0°C and 4°F
 * the class [^TM] and a footnote[^copyright] → the class [^TM] and a footnote[^copyright]
 * RRT$^{*}$ and A$^*$ search, Doe$^{\dagger}$ and Roe^\ddagger, x^{**}, a^*b, 2^*, θ_t^*, x_1^* → RRT* and A* search, Doe† and Roe‡, x^{**}, a^*b, 2^*, θ_t^*, x_1^*
 * the optimal theta^* and pi^{*}, but the stellar Sigma_*, Zhang Xi^* and pi-pi^* → the optimal θ* and π*, but the stellar Sigma_*, Zhang Xi* and pi-pi*
 * a $Z^\prime$ boson, $f^{\prime}(x)$ and $x^{\prime\prime}$, but $x^{\prime 2}$ → a Z′ boson, f′(x) and x″, but x^{′ 2}
 * a full FoV (360^circtimes180^circ) and 45^circpm 2 → a full FoV (360°×180°) and 45°± 2
 * heated to 300^circC and 451^circF, but x^circC → heated to 300°C and 451°F, but x^circC
 * an error of $\sim 0.5 ^\circ$ and $30 ^{\circ}$C, but 30 ^\circ out → an error of ∼ 0.5° and 30°C, but 30 ° out
 * on $\mathbb{R} ^4$ with $(a+b) ^2$, but $0.15 ^ {+0.17}$ → on ℝ^4 with (a+b)^2, but 0.15 ^ {+0.17}
 * an angle of 3.5^{\rm o}, 25$^{\mathrm{o}}$C, $33^o$ and 25^oC, but $G^o$ and x = 2^o → an angle of 3.5°, 25°C, 33° and 25°C, but G^o and x = 2^o
 * out to 15^\text{o} from the centre and 40^\textrm{o}C, but x^\text{o} and no 1^\text{o} semestre → out to 15° from the centre and 40°C, but x^o and no 1^o semestre
 * at 700 and 800 $^{0}$C and 300^0F, but $2^{0}$ and 10^0 C → at 700 and 800 °C and 300°F, but 2^0 and 10^0 C
 * on \(L^ 1\), $H_ 0 = 65$ and \(C_ \omega^ n\), but $0.15 ^ {+0.17}$ → on L^1, H_0 = 65 and C_ω^n, but 0.15 ^ {+0.17}
 * ```
 *
 * @module
 */
import {
  isDigit,
  isLetter,
  isLower,
  isSpace,
  isWordChar,
  lettersEnd,
  lettersStart,
  numberBefore,
} from '../scan.js';
import { ORNAMENT_SIZES, ORNAMENTS, RAISED_MARKS } from '../tables/ornaments.js';
import { GREEK } from '../tables/symbols.js';
import { type Context, type Outcome, type Rule, single } from '../types.js';
import { insideFormula } from './math-delimiters.js';

/** A Romance article before an ordinal's digit: `no 1`, `il 2`, `la 3`, `el 1`. */
const ROMANCE_ARTICLE =
  /(?:^|[^A-Za-z])(?:[Oo]|[Nn][oa]|[Dd][oa]|[Ii]l|[Ll][oa]|[Ee]l|[Aa]l|[Dd]el) \$?\d$/;

/** A raised zero, bare or braced: `^0`, `^{0}`. */
const RAISED_ZERO = /^\^(?:0|\{0\})/;

/**
 * A raised small o: bare, braced (upright or not, `^{\\rm o}`), or set upright
 * unbraced (`^\\text{o}`, `^\\textrm{o}`, `^\\mathrm{o}`).
 */
const RAISED_O =
  /^\^(?:o|\\(?:text|textrm|mathrm)\{o\}|\{(?:o|\\rm ?o|\\rm\{o\}|\\mathrm ?o|\\mathrm\{o\}|\\text(?:rm)?\{o\})\})/;

/** One, two, three and four primes as one sign each (`′`, `″`, `‴`, `⁗`). */
const PRIMES = ['′', '″', '‴', '⁗'];

export const ornaments: Rule = {
  name: 'ornaments',
  prefilter: {
    triggers: '^_',
    anchors: ['^', '_'],
  },
  match: (text, at, ctx) =>
    (text.charCodeAt(at) === 0x5e
      ? (ornament(text, at, ctx) ?? spacedScript(text, at, ctx))
      : undefined) ?? spaceAfterScript(text, at, ctx),
};

/**
 * In a formula, the space after a script's mark glued to its base, which math ignores
 * (zbMATH writes `\(L^ 1\)`, `\(\text{CO}_ 2\)`, `\(C_ \omega^ n\)` → `L^1`, `CO_2`,
 * `C_ω^n`): the mark glued to a term, one space, then the script's token. A mark spaced
 * on both sides is left whole (`$0.15 ^ {+0.17}$`).
 *
 * @example
 * ```ts
 * spaceAfterScript('\\(L^ 1\\)', 3, ctx); // one hit: ' ' → '' (inside the formula)
 * ```
 */
function spaceAfterScript(text: string, at: number, ctx: Context): Outcome | undefined {
  // Glued to a base: a term's letter, digit or closing bracket (a pattern's `\\(^ \\|`
  // has none).
  const base = text.charCodeAt(at - 1);
  if (text.charCodeAt(at + 1) !== 0x20 || !(isWordChar(base) || base === 0x7d || base === 0x29)) {
    return undefined;
  }
  const token = text.charCodeAt(at + 2);
  if (!(isWordChar(token) || token === 0x5c || token === 0x7b)) return undefined;
  if (!insideFormula(ctx, at)) return undefined;
  return single(at + 1, at + 2, '');
}

/**
 * The ornament or mark raised at the `^` at `at` (`^circledR` → `®`, `^\circ` → `°`,
 * `^{*}` → `*`), or undefined.
 *
 * @example
 * ```ts
 * ornament('Intel^circledR', 5, ctx); // one hit: '^circledR' → '®'
 * ```
 */
function ornament(text: string, at: number, ctx: Context): Outcome | undefined {
  // `[^TM]` is a character class, `[^note]` a footnote.
  if (text.charCodeAt(at) !== 0x5e || text.charCodeAt(at - 1) === 0x5b) return undefined;
  let k = at + 1;
  // Math ignores spaces before a macro (`320$^ \\circ $`).
  if (text.charCodeAt(k) === 0x20 && text.charCodeAt(k + 1) === 0x5c) k++;
  const braced = text.charCodeAt(k) === 0x7b;
  if (braced) k++;
  // After a subscript a sign on the line would join it (`\\theta_t^*` is θ_t with a
  // star, not θ_(t*); `a_k^\\dagger`): kept.
  if (/_\w{0,3}$/.test(text.slice(Math.max(0, at - 5), at))) return undefined;
  // A raised mark typed as itself: `RRT^{*}`, `A^*` (the names), `Doe^†`.
  if (RAISED_MARKS.includes(text[k] as string) && k < text.length) {
    // On a name or a variable, and not glued to what follows (`a^*b` is a pattern).
    if (!isWordChar(text.charCodeAt(at - 1)) || isDigit(text.charCodeAt(at - 1))) return undefined;
    // A Greek letter's flattened name (`theta^*`; not `\\theta^*`, which `symbols`
    // reads) is `math-words`' first: θ, then θ*.
    const name = lettersStart(text, at, 11);
    if (
      text.charCodeAt(name - 1) !== 0x5c &&
      text.charCodeAt(name - 1) !== 0x2d &&
      isLower(text.charCodeAt(name)) &&
      Object.hasOwn(GREEK, text.slice(name, at))
    ) {
      return undefined;
    }
    const end = braced ? k + 1 : k;
    if (braced ? text.charCodeAt(end) !== 0x7d : isWordChar(text.charCodeAt(end + 1))) {
      return undefined;
    }
    return single(at, end + 1, text[k] as string);
  }
  // The ring operator typed as itself is the degree sign `\circ` draws on a number
  // (`55 $^∘$C`, `20^{∘}C`), alone in its script; on anything else it is math's
  // (`g^∘f` composes, `Ω^∘` and `(A∪B)^∘` are interiors).
  if (text.charCodeAt(k) === 0x2218 && onNumber(text, at)) {
    if (braced && text.charCodeAt(k + 1) !== 0x7d) return undefined;
    return single(at, braced ? k + 2 : k + 1, '°');
  }
  // A raised zero on a number right before a scale's letter is a degree sign typed
  // with a digit (`800 $^{0}$C`, `300^0F`); elsewhere it is a power (`$2^{0}$`).
  const zero = RAISED_ZERO.exec(text.slice(at, at + 4));
  if (zero !== null && onNumber(text, at)) {
    const after = at + zero[0].length;
    const scale = text.charCodeAt(after) === 0x24 ? after + 1 : after;
    const letter = text.charCodeAt(scale);
    if ((letter === 0x43 || letter === 0x46) && !isLetter(text.charCodeAt(scale + 1))) {
      return single(at, after, '°');
    }
  }
  // A raised small o on a number is the degree sign typed: braced or set upright
  // (`3.5^{\\rm o}`, `25$^{\\mathrm{o}}$C`, `15^\\text{o}` → `3.5°`, `25°C`, `15°`), or
  // bare in a formula or before a scale's letter (`$33^o$`, `25^oC`; not one digit alone
  // in a formula, as often an ordinal, `il $2^o$ anno`). Elsewhere a bare one is code's
  // or an ordinal's (`x = 2^o`, `Il 1^o classificato`), and before `^` or `(` a
  // superscript's or little-o's (`1^o^C`, `2^o(n)`); on a letter it is a name's (`ΔG^o`,
  // a standard state).
  const o = RAISED_O.exec(text.slice(at, at + 16));
  if (o !== null && onNumber(text, at)) {
    const bare = o[0] === '^o';
    const next = text.charCodeAt(at + 2);
    const scale = bare && (next === 0x43 || next === 0x46) && !isLetter(text.charCodeAt(at + 3));
    const alone = bare && !isLetter(next) && !'^(_'.includes(text[at + 2] ?? ' ') && !isDigit(next);
    // One digit alone is as often an ordinal set in math (`o $1^o$ lugar`, `il $2^o$ anno`).
    const ordinal = /(?:^|[^\d.])\d$/.test(text.slice(Math.max(0, at - 3), at).replace('$', ''));
    // (Set upright unbraced, one digit after a Romance article is an ordinal: `no
    // 1^\\text{o} semestre`, `il 2^\\text{o} anno`; `within 2^\\text{o} of` is a degree.)
    const upright =
      o[0].startsWith('^\\') &&
      ordinal &&
      ROMANCE_ARTICLE.test(text.slice(Math.max(0, at - 8), at));
    if ((!bare && !upright) || scale || (alone && !ordinal && insideFormula(ctx, at))) {
      return single(at, at + o[0].length, '°');
    }
  }
  // Primes are raised marks of their own (`Z^\\prime`, `f^{\\prime}`, `x^{\\prime\\prime}`
  // → `Z′`, `f′`, `x″`: two or three are one sign, as `10$''$` is `10″`), as `Z'` is
  // typed; a flattened `x^prime` is `math-words'`.
  let primes = k;
  // One unbraced (TeX's script is one token), any number in a group.
  while ((braced || primes === k) && text.startsWith('\\prime', primes)) {
    if (isLetter(text.charCodeAt(primes + 6))) break;
    primes += 6;
  }
  if (primes > k) {
    if (braced && text.charCodeAt(primes) !== 0x7d) return undefined;
    return single(
      at,
      braced ? primes + 1 : primes,
      PRIMES[(primes - k) / 6 - 1] ?? '′'.repeat((primes - k) / 6),
    );
  }
  let word = readWord(text, k);
  if (word === undefined) return undefined;
  if (ORNAMENT_SIZES.has(word.name) && text.charCodeAt(word.end) === 0x20) {
    word = readWord(text, word.end + 1);
    if (word === undefined) return undefined;
  }
  // Flattened, a degree's `circ` runs into the operator after it on a number
  // (`360^circtimes180^circ`, `$360^\\circ\\times180^\\circ$` without its backslashes):
  // both are read.
  const glued =
    !braced && onNumber(text, at) ? degreeThenOperator(text, word.name, word.end) : undefined;
  if (glued !== undefined) return single(at, word.end, glued);
  const sign = Object.hasOwn(ORNAMENTS, word.name) ? ORNAMENTS[word.name] : undefined;
  if (sign === undefined) return undefined;
  // A flattened `circ` is a degree on a number (`360^circ`, `(45)^circ`); on a name it is as often the
  // word an upright style set (`V_{\rm LOS}^{\rm circ}`, a circular velocity, once
  // `\rm` is read), and stays; `E^\circ` keeps its backslash and is the sign.
  if (
    word.name === 'circ' &&
    text.charCodeAt(word.end - word.name.length - 1) !== 0x5c &&
    !onNumber(text, at) &&
    !(text.charCodeAt(at - 1) === 0x29 && isDigit(text.charCodeAt(at - 2)))
  ) {
    return undefined;
  }
  k = word.end;
  if (braced) {
    if (text.charCodeAt(k) !== 0x7d) return undefined;
    k++;
  } else if (isLetter(text.charCodeAt(k))) return undefined;
  // An empty group only ends a macro's name (`90^\circ{}C`), and goes with it.
  else if (text.charCodeAt(k - word.name.length - 1) === 0x5c && text.startsWith('{}', k)) k += 2;
  // Math ignores a space before the script too: in a formula a degree's number keeps it
  // (`$0.5 ^\circ$` → `0.5°`; not a script's digits, `$A_1 ^\circ$`, an interior).
  const spaced =
    sign === '°' &&
    text.charCodeAt(at - 1) === 0x20 &&
    isDigit(text.charCodeAt(at - 2)) &&
    numberBefore(text, at - 1) &&
    insideFormula(ctx, at);
  return single(spaced ? at - 1 : at, k, sign);
}

/**
 * In a formula, the space before a script, which math ignores (`$\mathbb{R} ^4$` →
 * `ℝ^4`): after a term (a letter, a digit, a closing bracket or brace), one space, the
 * script glued to its `^`.
 * Left to the next rules at the `^` itself.
 *
 * @example
 * ```ts
 * spacedScript('$\\mathbb{R} ^4$', 12, ctx); // one hit: ' ' → '' (inside the formula)
 * ```
 */
function spacedScript(text: string, at: number, ctx: Context): Outcome | undefined {
  // (A spaced `^ {+0.17} _ {-0.08}` is left whole: its `_` is no anchor here.)
  if (text.charCodeAt(at - 1) !== 0x20 || isSpace(text.charCodeAt(at + 1))) return undefined;
  if (!insideFormula(ctx, at)) return undefined;
  const term = text.charCodeAt(at - 2);
  if (!isWordChar(term) && term !== 0x7d && term !== 0x29 && term !== 0x5d) return undefined;
  return { hits: [{ start: at - 1, end: at, text: '' }], resume: at };
}

/** Flattened operators that may run on after a degree's `circ` (see {@link degreeThenOperator}). */
const AFTER_DEGREE: Readonly<Record<string, string>> = {
  times: '×',
  pm: '±',
  sim: '∼',
  approx: '≈',
};

/**
 * The degree and the operator a flattened `circ` runs into (`circtimes` before a digit or
 * a non-letter): `°×`; or a temperature's scale (`circC`: `°C`); else undefined.
 *
 * @example
 * ```ts
 * degreeThenOperator('360^circtimes180', 'circtimes', 13); // '°×'
 * degreeThenOperator('300^circC', 'circC', 9); // '°C'
 * degreeThenOperator('a^circle', 'circle', 8); // undefined
 * ```
 */
function degreeThenOperator(text: string, name: string, end: number): string | undefined {
  if (!name.startsWith('circ') || isLetter(text.charCodeAt(end))) return undefined;
  const operator = name.slice(4);
  // A temperature's scale glued on (`300^circC`): the degree and the scale's letter.
  if (operator === 'C' || operator === 'F') return `°${operator}`;
  return Object.hasOwn(AFTER_DEGREE, operator) ? `°${AFTER_DEGREE[operator]}` : undefined;
}

/**
 * Whether the `^` at `at` raises a number's script: a digit before it, or a formula's
 * `$` or a space after one (`55 $^∘$C`, `0.05$^∘$`).
 *
 * @example
 * ```ts
 * onNumber('at 20^{∘}C', 5); // true
 * onNumber('Ω^∘', 1); // false
 * ```
 */
function onNumber(text: string, at: number): boolean {
  let back = at - 1;
  if (text.charCodeAt(back) === 0x24) back--;
  if (text.charCodeAt(back) === 0x20) back--;
  return isDigit(text.charCodeAt(back));
}

/** A name after an optional backslash. */
function readWord(text: string, from: number): { name: string; end: number } | undefined {
  const start = text.charCodeAt(from) === 0x5c ? from + 1 : from;
  const end = lettersEnd(text, start);
  return end === start ? undefined : { name: text.slice(start, end), end };
}
