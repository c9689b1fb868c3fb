/**
 * `fractions`: `\frac{a}{b}` (also `\tfrac`, `\dfrac`, `\cfrac`, `\nicefrac`, `\sfrac`, and
 * the flattened `frac{a}{b}`)
 * becomes `a/b`, and `\sqrt{x}` (or the flattened `sqrt{x}`) becomes `√x`, where each part is one plain term: a
 * number, a letter, a word or a macro (`\frac{1}{\sqrt{d}}`), maybe with a power or an
 * index (`\frac{1}{K^{1/4}}`), or a function's value as the numerator (`\frac{f(x)}{2}`).
 * Any other part of plain terms, operators, powers and parentheses that pair is put in
 * parentheses (`(n+1)/2`, `d^2/((1-γ)^4ϵ^2)`, `1/(2(1-ρ))`); anything longer, or with
 * braces, or a bare denominator that starts with an operator's name still to read
 * (`\exp^2`), stays for now.
 *
 * @example
 * ```text
 * scaled by \frac{1}{\sqrt{d}} and frac{n+1}{2} → scaled by 1/√d and (n+1)/2
 * a \sqrt{2} gain, \tfrac{1}{2} and \dfrac{k}{n} → a √2 gain, 1/2 and k/n
 * a \nicefrac{1}{4} share and \sfrac{3}{4} → a 1/4 share and 3/4
 * $\ell=\frac32$, \tfrac12, \frac{n}2 and \frac 1{2}, but \frac123, \frac3x and frac32 → ℓ=3/2, 1/2, n/2 and 1/2, but \frac123, \frac3x and frac32
 * $\frac\pi2$, $\fracπ{2\log 2}$ and \frac{\pi}2 → π/2, π/(2 log 2) and π/2
 * 3\frac12 cups, $x^\frac12$, \frac32^n and x_\frac{1}{2}, but $a\frac12$ and \frac{1}{2}3 → 3 1/2 cups, x^(1/2), (3/2)^n and x_(1/2), but a\frac12 and \frac{1}{2}3
 * the fraction frac{}{}, a fractal{x} → the fraction frac{}{}, a fractal{x}
 * decays as 1/sqrt{t}, in O(sqrt{T} log T) → decays as 1/√t, in O(√T log T)
 * rates \frac{1}{K^{1/4}} and \frac{x_{i}}{2^k}, \sqrt{x^2} and \sqrt{d_k} → rates 1/K^{1/4} and x_{i}/2^k, √(x^2) and √d_k
 * 1/\sqrt{H_0r_c} and \frac{1}{x_iy_j}, but \sqrt{d_k} → 1/√(H_0r_c) and 1/(x_iy_j), but √d_k
 * \sqrt{\bar{\alpha}_t}, \frac{\epsilon}{2} → √ᾱ_t, ϵ/2
 * using \frac{d^2}{(1-γ)^4ϵ^2} samples, the ratio \frac{Φ_1(x) }{2}, O(\sqrt{d ln (n)/n}) → using d^2/((1-γ)^4ϵ^2) samples, the ratio Φ_1(x)/2, O(√(d ln (n)/n))
 * \frac{1}{\sqrt{2^n}}, \frac{\sqrt{dk log d}}{2}, \frac{(a+b)}{c}, \frac{\rho_E}{\rho_\pi}, \frac{n}{\varepsilon^2}, \frac{f(x) }{2}, \sqrt{a^2+b^2}, \frac{1}{\sqrt{N}s^2}, \frac{H}{ϵ(1-γ)}, \frac{1}{2(1-ρ)}, \sqrt{x(1-x)}, \frac{a}{\exp^2}, but \frac{a)(b}{2} and \sqrt{rd\log(nd)} → 1/√(2^n), √(dk log d)/2, (a+b)/c, ρ_E/ρ_π, n/ε^2, f(x)/2, √(a^2+b^2), 1/(√Ns^2), H/(ϵ(1-γ)), 1/(2(1-ρ)), √(x(1-x)), a/exp^2, but \frac{a)(b}{2} and \sqrt{rd\log(nd)}
 * a noise of 5 nV/$\sqrt{\rm Hz}$ and \frac{\rm d}{dt} → a noise of 5 nV/√Hz and d/dt
 * $S(\frac {\nu}{\nu_0})^{-\alpha}$, \frac {a} {b} and \sqrt {n} → S(ν/ν_0)^{-α}, a/b and √n
 * $\sqrt n/\epsilon$, \sqrt2 and $\sqrt\delta$, but \sqrt nT, \sqrt 2.5, \sqrt 2n and \sqrt{x²} → √n/ϵ, √2 and √δ, but \sqrt nT, \sqrt 2.5, \sqrt 2n and \sqrt{x²}
 * a regret in O(K\sqrtn), but \sqrtnT and \sqrtx2 → a regret in O(K√n), but \sqrtnT and \sqrtx2
 * \sqrt{U_{leaf}/D} and \frac{x_{i}+1}{2}, \frac{1}{n_{k}} → √(U_{leaf}/D) and (x_{i}+1)/2, 1/n_{k}
 * $\frac{[r_0]}{\rm resolution}$ and $\frac{[OIII]}{H\beta}$ → [r_0]/resolution and [OIII]/Hβ
 * ```
 *
 * @module
 */
import { closingBrace, isDigit, isGreek, isLetter } from '../scan.js';
import { OPERATOR_NAMES } from '../tables/symbols.js';
import { type Outcome, type Rule, single } from '../types.js';
import { withoutDeclaration } from './text-style.js';
import { bracelessCommand } from './unknown-macros.js';

/**
 * Is `part` one plain term, then powers or indices (`K^{1/4}`, `x_{i}`, `2^k`,
 * `W_q^{T}`), with no macro in it?
 *
 * @example
 * ```ts
 * scripted('K^{1/4}'); // true
 * scripted('e^x+1'); // false
 * ```
 */
function scripted(part: string): boolean {
  return tokenEnd(part, false) === part.length && /[_^]/.test(part);
}

/** Longest part a fraction or root is read with. */
const PART_LIMIT = 24;

/** A script's group of plain characters inside a part: `_{leaf}`, `^{2}`. */
const SCRIPT_GROUP = /[_^]\{[^{}\\]{1,12}\}/g;

const FRACTIONS = new Set(['frac', 'tfrac', 'dfrac', 'cfrac', 'nicefrac', 'sfrac']);

/** The root, as `bracelessCommand` asks for it (`\sqrtn` in a text that lost its braces). */
const ROOT = ['sqrt'];

export const fractions: Rule = {
  name: 'fractions',
  prefilter: {
    triggers: '\\{',
    anchors: ['\\', '{'],
  },
  match(text, at, ctx) {
    const code = text.charCodeAt(at);
    if (code === 0x5c) {
      const name = ctx.macroName(text, at);
      // TeX skips the space that ends a macro's name: `\\frac {a}{b}` is `\\frac{a}{b}`.
      const open = braceAfterSpace(text, at + 1 + name.length);
      if (FRACTIONS.has(name)) return fraction(text, at, open);
      if (name === 'sqrt') return root(text, at, open);
      // `\sqrtn` in a text that lost its braces is `\sqrt{n}`: one letter glued.
      const glued = bracelessCommand(text, at, ROOT, ctx) !== undefined;
      return glued ? root(text, at, at + 5, true) : undefined;
    }
    // `frac{…}{…}` and `sqrt{…}` that lost their backslash, seen from the brace.
    if (code !== 0x7b) return undefined;
    const bare = text.startsWith('frac', at - 4)
      ? 'frac'
      : text.startsWith('sqrt', at - 4)
        ? 'sqrt'
        : '';
    const before = text.charCodeAt(at - 5);
    if (bare === '' || before === 0x5c || isLetter(before)) return undefined;
    return bare === 'frac' ? fraction(text, at - 4, at) : root(text, at - 4, at);
  },
};

/** `\frac{a}{b}` from `start`, its first brace at `open`. */
function fraction(text: string, start: number, open: number): Outcome | undefined {
  const before = text.charCodeAt(start - 1);
  // A macro's parts may be single digits, as TeX takes one token each (`\frac32`), but
  // not glued to a variable (`a\frac12` is a product); the flattened `frac` has no
  // such reading.
  const digits = text.charCodeAt(start) === 0x5c && !isLetter(before);
  const top = part(text, open, 'numerator') ?? (digits ? oneToken(text, open) : undefined);
  if (top === undefined) return undefined;
  const bottom =
    part(text, braceAfterSpace(text, top.end), 'denominator') ??
    (digits ? oneToken(text, top.end) : undefined);
  if (bottom === undefined) return undefined;
  // `\frac123` and `\frac{1}{2}3` are (1/2)3 to TeX, but no reader sees `1/23` so: a
  // digit glued after the fraction, or a letter after a bare last digit, leaves it.
  const after = text.charCodeAt(bottom.end);
  if (isDigit(after) || (text.charCodeAt(bottom.end - 1) !== 0x7d && isLetter(after))) {
    return undefined;
  }
  let shown = `${top.text}/${bottom.text}`;
  // A script's or a power's operand keeps its grouping (`x^\frac12` → `x^(1/2)`,
  // `\frac32^n` → `(3/2)^n`), and a whole number before it makes a mixed number
  // (`3\frac12` → `3 1/2`, not `31/2`).
  if (before === 0x5e || before === 0x5f || after === 0x5e || after === 0x5f) {
    shown = `(${shown})`;
  } else if (isDigit(before)) shown = ` ${shown}`;
  return single(start, bottom.end, shown);
}

/**
 * `from`, or the brace one space after it (arguments may stand apart: `\\frac {a} {b}`).
 *
 * @example
 * ```ts
 * braceAfterSpace('\\frac {a}', 5); // 6
 * braceAfterSpace('\\frac a', 5); // 5
 * ```
 */
function braceAfterSpace(text: string, from: number): number {
  return text.charCodeAt(from) === 0x20 && text.charCodeAt(from + 1) === 0x7b ? from + 1 : from;
}

/**
 * One digit as a fraction's part without braces, after at most one space, or a Greek
 * letter a symbol's macro left there (`\\frac\\pi2` → `\\fracπ2`): no macro's name goes
 * on with it, so it is one token as the macro was.
 *
 * @example
 * ```ts
 * oneToken('\\frac32', 5); // { text: '3', end: 6 }
 * oneToken('\\fracπ2', 5); // { text: 'π', end: 6 }
 * oneToken('\\frac x2', 5); // undefined
 * ```
 */
function oneToken(text: string, from: number): { text: string; end: number } | undefined {
  const at = text.charCodeAt(from) === 0x20 ? from + 1 : from;
  const code = text.charCodeAt(at);
  return isDigit(code) || isGreek(code) ? { text: text[at] as string, end: at + 1 } : undefined;
}

/** `\sqrt{x}` from `start`, its brace at `open`. */
function root(text: string, start: number, open: number, glued = false): Outcome | undefined {
  const radicand = part(text, open, 'radicand') ?? bareRadicand(text, open, glued);
  if (radicand === undefined) return undefined;
  // `√x^2` would read as (√x)^2, `√x(1-x)` as (√x)(1-x): a power or a product under
  // the root keeps it in parentheses.
  const { text: under } = radicand;
  const grouped = /[\^([⟨⌊⌈|‖]/.test(under);
  const shown = grouped && !enclosed(under) ? `(${under})` : under;
  return single(start, radicand.end, `√${shown}`);
}

/**
 * A root's one-token radicand without braces, as TeX reads it: a digit (`\sqrt2`), a
 * letter after the space that ends the name (`\sqrt n`, or glued when `glued`: a text that
 * lost its braces), or a letter of another script (`\sqrtε`, once `\sqrt\varepsilon` lost
 * its macro). More letters make a word (`\sqrt nT`).
 *
 * @example
 * ```ts
 * bareRadicand('\\sqrt n/2', 5); // { text: 'n', end: 7 }
 * bareRadicand('\\sqrt nT', 5); // undefined
 * ```
 */
function bareRadicand(
  text: string,
  open: number,
  glued = false,
): { text: string; end: number } | undefined {
  const spaced = text.charCodeAt(open) === 0x20;
  const at = spaced ? open + 1 : open;
  const code = text.codePointAt(at) ?? 0x20;
  const token = String.fromCodePoint(code);
  const end = at + token.length;
  // A letter, a digit or a decimal mark after the token makes it no single one (`\sqrt 2n`,
  // `\sqrt 2.5`, `\sqrt 2,5`, `\sqrt αβ`): TeX would root the first alone, no reader would.
  const after = String.fromCodePoint(text.codePointAt(end) ?? 0x20);
  const joined =
    /^[\p{L}\p{Nd}]$/u.test(after) ||
    ((after === '.' || after === ',') && isDigit(text.charCodeAt(end + 1)));
  if (joined) return undefined;
  if (isDigit(code)) return { text: token, end };
  const letter = code < 0x80 ? (spaced || glued) && isLetter(code) : /^\p{L}$/u.test(token);
  return letter ? { text: token, end } : undefined;
}

/**
 * The braced part at `open` as text (its own `\\sqrt{…}` read, other macros kept for
 * the next pass), in parentheses when it holds an operator, and where it ends. Only a
 * numerator may be a function's value bare (`Φ_1(x)/2`): under `/` or a root the
 * same shape may be a product (`1/(ϵ(1-γ))`, `√(x(1-x))`).
 *
 * @example
 * ```ts
 * part('{n+1}{2}', 0); // { text: '(n+1)', end: 5 }
 * ```
 */
function part(
  text: string,
  open: number,
  place: 'numerator' | 'denominator' | 'radicand',
): { text: string; end: number } | undefined {
  if (text.charCodeAt(open) !== 0x7b) return undefined;
  const close = closingBrace(text, open, PART_LIMIT + 2);
  if (close < 0) return undefined;
  // TeX ignores the spaces just inside the braces (`{Φ_1(x) }`).
  let inner = withoutDeclaration(text.slice(open + 1, close)).trim();
  // A term with its power or index (`K^{1/4}`, `x_{i}`, `2^k`) binds tighter than `/`.
  if (scripted(inner)) return { text: inner, end: close + 1 };
  // A script's group inside (`U_{leaf}/D`) is the script's, not a brace left over: the
  // tests below see it as one letter after its sign.
  // A wrapped line's break is a space (`\frac{response` / `length}{3}`).
  const plain = inner.replace(SCRIPT_GROUP, (group) => `${group[0]}s`).replace('\n', ' ');
  if (inner === '' || /[{}]/.test(plain.replace(/^\\sqrt\{([^{}]*)\}$/, '$1'))) return undefined;
  if (inner.startsWith('\\sqrt{')) {
    // The root keeps its radicand's grouping (`\\sqrt{2^n}` is √(2^n), not (√2)^n).
    const under = inner.slice(6, -1);
    inner = `√${GROUPING.test(under) && !enclosed(under) ? `(${under})` : under}`;
  }
  // A bracket by name inside is read first, in its formula, as its glyph: taken now, out
  // of its formula, it would keep its spaces (`\\sqrt{\\langle B^2\\rangle}` → `√⟨B^2⟩`).
  if (BRACKET_MACRO.test(inner)) return undefined;
  // (Decimal digits only: a superscript `²` is a power, `\\sqrt{x²}` no plain term.)
  if (!/^[\p{L}\p{M}\p{Nd}_.\\√()[\]^⟨⟩⌊⌋⌈⌉|‖]+$/u.test(plain.replace(/[+\-*/ ]/g, '')))
    return undefined;
  // An operator's name glued after a letter (`d\\ln n`) is read first, in its formula, as
  // a word apart: taken now, out of its formula, it would stay glued.
  if (!balanced(inner) || gluedOperator(inner)) return undefined;
  // One token with its scripts (`ε^2`) binds tighter than `/`, and so does a part
  // already in parentheses, and a function's value as a numerator (`Φ_1(x)`); anything
  // else is put in them (`(n+1)/2`, `d^2/((1-γ)^4ϵ^2)`, `1/(√Ns^2)`, `1/(2(1-ρ))`).
  const root = inner.startsWith('√') && enclosed(inner.slice(1));
  // (Tokens with scripts side by side are a product too: `H_0r_c` is `H_0·r_c`.)
  const first = tokenEnd(inner, true);
  const product = /[_^]/.test(plain) && first > 0 && first < inner.length;
  const term =
    (!GROUPING.test(plain) && !product) ||
    enclosed(inner) ||
    root ||
    isTerm(inner, place === 'numerator');
  // Bare right after the `/`, an operator's name would keep its backslash (`symbols` reads
  // `a/\\exp` as a path's): it is read first (`a/exp^2`).
  const name = /^\\([A-Za-z]+)/.exec(inner)?.[1];
  if (term && place === 'denominator' && name !== undefined && OPERATOR_NAMES.has(name)) {
    return undefined;
  }
  return { text: term ? inner : `(${inner})`, end: close + 1 };
}

/**
 * Where the token that starts `part` ends with its scripts (`ε^2`, `\\rho_\\pi`, `Φ_1`,
 * `K^{1/4}`), or -1 when `part` starts with no token or a script is malformed. Without
 * `macros`, neither the token nor a script may be a macro or hold one. A loop, not a
 * regular expression with a repeated group.
 *
 * @example
 * ```ts
 * tokenEnd('\\rho_\\pi', true); // 8
 * tokenEnd('Φ_1(x)', true); // 3
 * tokenEnd('\\rho_\\pi', false); // -1
 * ```
 */
function tokenEnd(part: string, macros: boolean): number {
  const base = (macros ? /^(?:\\[A-Za-z]+|[\p{L}\p{M}\p{N}.]+)/u : /^[\p{L}\p{M}\p{N}.]+/u).exec(
    part,
  );
  if (base === null) return -1;
  let k = base[0].length;
  while (part[k] === '_' || part[k] === '^') {
    const next = part.charCodeAt(k + 1);
    if (next === 0x7b) {
      const close = part.indexOf('}', k + 2);
      if (close < 0 || (macros ? /\{/ : /[{\\]/).test(part.slice(k + 2, close))) return -1;
      k = close + 1;
    } else if (macros && next === 0x5c && isLetter(part.charCodeAt(k + 2))) {
      k += 2;
      while (isLetter(part.charCodeAt(k))) k++;
    } else if (/\w/.test(part[k + 1] ?? '')) k += 2;
    else return -1;
  }
  return k;
}

/**
 * Is `part` one token with its scripts, or, for a numerator, a name
 * (no number: `2(1-ρ)` is a product) with its scripts and then one argument list?
 *
 * @example
 * ```ts
 * isTerm('Φ_1(x)', true); // true
 * isTerm('Φ_1(x)', false); // false
 * ```
 */
function isTerm(part: string, numerator: boolean): boolean {
  const end = tokenEnd(part, true);
  if (end === part.length) return true;
  if (!numerator || end < 0 || isDigit(part.charCodeAt(0))) return false;
  return /^\([^()]*\)$/.test(part.slice(end));
}

/**
 * Is an operator's name (`\\ln`, `\\log`) glued after a letter in `part`?
 *
 * @example
 * ```ts
 * gluedOperator('d\\ln n'); // true
 * gluedOperator('A\\cdot T'); // false
 * ```
 */
function gluedOperator(part: string): boolean {
  for (const match of part.matchAll(/[A-Za-z]\\([A-Za-z]+)/g)) {
    if (OPERATOR_NAMES.has(match[1] as string)) return true;
  }
  return false;
}

/**
 * Is all of `part` one pair of brackets (parentheses, square ones, angle brackets, a floor's, a
 * ceiling's, bars) and what they hold?
 *
 * @example
 * ```ts
 * enclosed('(a(b)c)'); // true
 * enclosed('(a)(b)'); // false
 * enclosed('⟨B^2⟩'); // true
 * ```
 */
function enclosed(part: string): boolean {
  const close = CLOSING[part[0] ?? ''];
  if (close === undefined) return false;
  // A bar pairs with the next one (`|x|`, `‖x‖`): one pair, no bar between.
  if (close === part[0]) return part.length > 2 && part.indexOf(close, 1) === part.length - 1;
  const open = part.charCodeAt(0);
  let depth = 0;
  for (let k = 0; k < part.length; k++) {
    const code = part.charCodeAt(k);
    if (code === open) depth++;
    else if (code === close.charCodeAt(0) && --depth === 0) return k === part.length - 1;
  }
  return false;
}

/** The brackets a part may be enclosed in, each with its closer. */
const CLOSING: Readonly<Record<string, string>> = {
  '(': ')',
  '[': ']',
  '⟨': '⟩',
  '⌊': '⌋',
  '⌈': '⌉',
  '|': '|',
  '‖': '‖',
};

/** What makes a part more than one term: an operator, a space, a script or a bracket. */
const GROUPING = /[+\-*/ ()[\]^⟨⟩⌊⌋⌈⌉|‖]/;

/** A bracket written as a name, sized or not (`\\langle`, `\\left(`, `\\rvert`). */
const BRACKET_MACRO = /\\(?:left|right|[lr]angle|[lr]vert|[lr]Vert|[lr]floor|[lr]ceil)(?![A-Za-z])/;

/**
 * Do the parentheses and the square brackets of `part` pair up, none closing before it
 * opens?
 *
 * @example
 * ```ts
 * balanced('(1-x)^2'); // true
 * balanced('[r_0]'); // true
 * balanced('a)(b'); // false
 * ```
 */
function balanced(part: string): boolean {
  let depth = 0;
  let square = 0;
  for (let k = 0; k < part.length && depth >= 0 && square >= 0; k++) {
    const code = part.charCodeAt(k);
    if (code === 0x28) depth++;
    else if (code === 0x29) depth--;
    else if (code === 0x5b) square++;
    else if (code === 0x5d) square--;
  }
  return depth === 0 && square === 0;
}
