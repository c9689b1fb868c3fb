/**
 * `entities`: HTML character references. Whole ones (`&ndash;`, `&#x2013;`) are
 * decoded as HTML decodes them, names from a compact table (`tables/html-entities.ts`:
 * an unknown name is kept); remnants that lost `&#` and `;` (`x2013`
 * glued between letters) are decoded when they name punctuation, the only kind seen
 * in abstracts. Results that are ASCII (other than a lone `&`, `<`, `>`, punctuation no
 * rule reads, and a quote mark with no backslash or quote beside it) are left encoded:
 * a decoded `\`, `{` or `\"` would be a new artifact for the next pass.
 *
 * @example
 * ```text
 * machine-oriented compressionx2013which prioritizes → machine-oriented compression–which prioritizes
 * the modelx2019s output → the model’s output
 * the modelsx2019 outputs, but Mix2019 and Windowsx2019 → the models’ outputs, but Mix2019 and Windowsx2019
 * Q&amp;A and &ndash; and &#x2014; → Q&A and – and —
 * the &quot;lost in the middle&quot; effect, the model&#39;s output → the "lost in the middle" effect, the model's output
 * (VLMs)x2014especially small onesx2014struggle, x201cwhich layers matter?x201d → (VLMs)—especially small ones—struggle, “which layers matter?”
 * "epistemic communities"x2014groups of documents, but say "x2014 → "epistemic communities"—groups of documents, but say "x2014
 * playing Pokx00e9mon, a budget of x2264 50 ms, but rtx2080 and RTXx2264 → playing Pokémon, a budget of ≤ 50 ms, but rtx2080 and RTXx2264
 * behaviorx2014such as motion and intentionx2014a benchmark, but Linux2013a is out, by Marx2014a and → behavior—such as motion and intention—a benchmark, but Linux2013a is out, by Marx2014a and
 * [@linux2013dateisystem], felix2019learning, incomeMix2019Upper, MicrosoftXbox2020Test → [@linux2013dateisystem], felix2019learning, incomeMix2019Upper, MicrosoftXbox2020Test
 * a Kullbackx2013Leibler penalty → a Kullback–Leibler penalty
 * subproblems unicode{x2014} one for each, but myunicode{x2014} → subproblems — one for each, but myunicode{x2014}
 * in 2019x20132023, 3x20135 steps, GPT-4x2019s output, Llama 2x2014both, CC BY 4.0x2014all → in 2019–2023, 3–5 steps, GPT-4’s output, Llama 2—both, CC BY 4.0—all
 * 0x2013 in hex, x2013 = 5 and regress y x2013 x2014 → 0x2013 in hex, x2013 = 5 and regress y x2013 x2014
 * (Spearman {rho} = 0.72), TGF{beta}, IL-1{beta} and 93{+/-}2% at 25 {micro}m → (Spearman ρ = 0.72), TGFβ, IL-1β and 93±2% at 25 µm
 * Hello {name}, your {beta} and ${beta} → Hello {name}, your {beta} and ${beta}
 * integrin {alpha}v{beta}3, {gamma}{delta} T cells, 37{degrees}C and p {le} 0.05 → integrin αvβ3, γδ T cells, 37°C and p ≤ 0.05
 * const {theta} = orbit; and results/{alpha}_{beta}.tsv → const {theta} = orbit; and results/{alpha}_{beta}.tsv
 * a speedup of 1.2{approx}1.3, IL-1{beta} and CD8{alpha}, but runs/2024{approx}5 and v2{approx}3 → a speedup of 1.2≈1.3, IL-1β and CD8α, but runs/2024{approx}5 and v2{approx}3
 * a Back&Refine technique → a Back&Refine technique
 * changes by &amp;#43;20.1&amp;#37;, a&#61;b and C&#43;&#43;, but a cell's &#124;, \&#61;, &#40;b&#41; and x&#x40;&#x67; → changes by +20.1%, a=b and C++, but a cell's &#124;, \&#61;, &#40;b&#41; and x&#x40;&#x67;
 * .replace('<', "&lt;") and R&amp;D → .replace('<', "&lt;") and R&D
 * ```
 *
 * @module
 */
import { numericValue } from '../../decode/windows-1252.js';
import {
  isDigit,
  isLetter,
  isLower,
  isSpace,
  isWordChar,
  lettersEnd,
  lettersStart,
  lineBefore,
} from '../scan.js';
import { NAMED_REFERENCES } from '../tables/html-entities.js';
import { GREEK } from '../tables/symbols.js';
import { type Context, type Outcome, type Rule, single } from '../types.js';

export const entities: Rule = {
  name: 'entities',
  prefilter: {
    // A remnant at the digit after its `x` (`x0…`, `x2…`: digits are candidates anyway,
    // an `x` would stop the pass at every one); MathJax's `unicode{x…}` at its brace.
    triggers: '&{',
    needles: ['x0', 'x2'],
    anchors: ['&', '{'],
    digitGate: remnantDigit,
  },
  match(text, at, ctx) {
    const code = text.charCodeAt(at);
    if (code === 0x26) return reference(text, at);
    if (code === 0x7b) {
      return text.charCodeAt(at + 1) === 0x78 ? remnant(text, at + 1) : braceName(text, at, ctx);
    }
    // Not the `x` that ends a macro's name (`\\emphx2014`): the macro's rules read it.
    if (text.charCodeAt(at - 1) !== 0x78 || text.charCodeAt(at - 2) === 0x7b) return undefined;
    return text.charCodeAt(lettersStart(text, at, 40) - 1) === 0x5c
      ? undefined
      : remnant(text, at - 1);
  },
};

/**
 * bioRxiv's and medRxiv's markup for a character their metadata cannot hold, a name in
 * braces (`Spearman {rho} =`, `TGF{beta}`, `93{+/-}2%`, `25 {micro}m`, `r^2{approx}0.34`,
 * `{alpha}v{beta}3`, `37{degrees}C`), read at the brace `open`: the character. Not code
 * or a template (see {@link templated}), a macro's argument (`\\eqn{\\beta}{beta}`,
 * `\\mathrm{beta}`, a flattened `mathrm{beta}`: small letters glued before a Greek
 * name), a path's part (`results/{alpha}_{beta}.tsv`), a variable's key (`$CONFIG{alpha}`,
 * `Params{alpha}`: a glued name of five letters or more, or after a sigil), nor a key's
 * or an assignment's (`{beta}: x`, `{beta}=value`, YAML's `channel: {beta}`; `{rho}=0.62`
 * is a value's).
 *
 * @example
 * ```ts
 * braceName('(Spearman {rho} = 0.72)', 10, ctx); // one hit: '{rho}' → 'ρ'
 * braceName('Hello {name}, {beta}', 14, ctx); // undefined (a template)
 * ```
 */
function braceName(text: string, open: number, ctx: Context): Outcome | undefined {
  const name = nameAt(text, open);
  if (name === undefined) return undefined;
  const close = open + name.length + 1;
  const symbol = Object.hasOwn(BRACE_NAMES, name) ? BRACE_NAMES[name] : undefined;
  const character = symbol ?? (GREEK[name] as string);
  if (!valueAfter(text, close) || !leftOpen(text, open, symbol !== undefined)) return undefined;
  // A YAML key's flow mapping, the line's whole value (`Release channel: {beta}`; not a
  // structured abstract's `Background: {alpha}-synuclein`).
  const line = lineBefore(text, open, 40);
  const whole = open === line.length || text.charAt(open - line.length - 1) === '\n';
  if (whole && YAML_KEY_BEFORE.test(line) && /^\r?\n|^$/.test(text.slice(close + 1, close + 3))) {
    return undefined;
  }
  if (ctx.once(TEMPLATED_MEMO, () => templated(text))) return undefined;
  return single(open, close + 1, character);
}

const TEMPLATED_MEMO = 'entities:templated';

/** A line that is a key and its colon up to the brace: YAML's `key: {…}`. */
const YAML_KEY_BEFORE = /^[ \t]*[\w .-]{1,30}: $/;

/**
 * The character's name in the group that opens at `open` (`{beta}` → `beta`), or
 * undefined when it is none; the search for its `}` looks ten characters ahead only.
 *
 * @example
 * ```ts
 * nameAt('TGF{beta} x', 3); // 'beta'
 * nameAt('{name}', 0); // undefined
 * ```
 */
function nameAt(text: string, open: number): string | undefined {
  const close = text.slice(open + 1, open + 11).indexOf('}');
  if (close < 1) return undefined;
  const name = text.slice(open + 1, open + 1 + close);
  return isBraceName(name) ? name : undefined;
}

/**
 * Whether what stands before the group at `open` lets it be a character: prose (a
 * space, a bracket, a dash, a number, a gene's short capitalised name, `TGF`, `Fc`), or
 * another name's group whose own left side does (a run, `{gamma}{delta}`, a ratio,
 * `{alpha}:{beta}`, `{alpha}v{beta}3`); not a sigil, a key or a path (`$x{alpha}`,
 * `$CONFIG{alpha}{beta}`, `.{beta}`, `/{alpha}`), a long name (`Params{alpha}`) or small
 * letters before a Greek name (`mathrm{beta}`). `sign` is a sign's name, which a
 * measure's name may precede (`AUROC{approx}`, `mean{+/-}SD`).
 *
 * @example
 * ```ts
 * leftOpen('TGF{beta}', 3, false); // true
 * leftOpen('$CONFIG{alpha}{beta}', 14, false); // false
 * ```
 */
function leftOpen(text: string, open: number, sign: boolean): boolean {
  let at = open;
  // Back over a run of groups, a few at most.
  for (let step = 0; step < 6; step++) {
    const before = text.charAt(at - 1);
    const colon = before === ':' && text.charAt(at - 2) === '}';
    const end = colon ? at - 1 : at;
    const previous = before === '}' || colon ? groupBefore(text, end) : -1;
    if (previous >= 0) {
      at = previous;
      continue;
    }
    if (before === '}' || /[$\\{%#"'`=@:./]/.test(before)) return false;
    // A number glued before stands in prose, not in a path or an identifier
    // (`runs/2024{approx}5`, `v2{approx}3`, `x_1{beta}`).
    if (isDigit(text.charCodeAt(at - 1)) && GLUED_TOKEN.test(lineBefore(text, at, 24))) {
      return false;
    }
    const from = lettersStart(text, at, 12);
    const glued = text.slice(from, at);
    if (glued === '') return true;
    if (/[$@%\\.]/.test(text.charAt(from - 1))) return false;
    // Small letters after another name's group (`{alpha}v{beta}`): the run goes on.
    const afterGroup = text.charAt(from - 1) === '}' ? groupBefore(text, from) : -1;
    if (afterGroup >= 0 && glued.length <= 2) {
      at = afterGroup;
      continue;
    }
    if (sign) return true;
    return /[A-Z]/.test(glued) && !/[A-Za-z]{5}/.test(glued);
  }
  return false;
}

/** The token a number ends before a brace: a path's, an identifier's or a version's. */
const GLUED_TOKEN = /(?:[/\\_=:]\S*|(?:^|\s)[A-Za-z]\d{1,6}(?:\.\d{1,4}){0,3})$/;

/** Where the name's group that ends right before `end` opens (`{beta}` of `{beta}{`), or -1. */
function groupBefore(text: string, end: number): number {
  const start = text.slice(Math.max(0, end - 11), end).lastIndexOf('{');
  if (start < 0) return -1;
  const open = Math.max(0, end - 11) + start;
  const name = nameAt(text, open);
  return name !== undefined && open + name.length + 2 === end ? open : -1;
}

/**
 * Whether what follows the name's group at `close` lets it be a character: not a key's
 * colon or an assignment (`{beta}: x`, `{beta}=value`), a call, a path's or an
 * identifier's part (`{alpha}_{beta}`, `{beta}.tsv`), a quote or a bracket; but a
 * value after `=` (`{rho}=0.62`), a possessive (`TGF{beta}'s`), a ratio's next name
 * (`{alpha}:{beta}`), a numbered bond (`{beta}(1,3)-glucan`) and another name's group.
 *
 * @example
 * ```ts
 * valueAfter('{rho}=0.62', 4); // true
 * valueAfter('{beta}: x', 5); // false
 * ```
 */
function valueAfter(text: string, close: number): boolean {
  const next = text.charAt(close + 1);
  const rest = text.slice(close + 1, close + 16);
  if (next === '=') return /^= ?[-−.\d]/.test(rest);
  if (next === "'") return /^'s\b/.test(rest);
  if (next === ':') return nameAt(text, close + 2) !== undefined;
  if (next === '{') return nameAt(text, close + 1) !== undefined;
  if (next === '(') return /^\(\d/.test(rest);
  if (next === '.') return !/^\.[A-Za-z]/.test(rest);
  return !/[}"`[_/]/.test(next);
}

function isBraceName(name: string): boolean {
  return Object.hasOwn(BRACE_NAMES, name) || Object.hasOwn(GREEK, name);
}

/** bioRxiv's names that are no Greek letter's. */
const BRACE_NAMES: Readonly<Record<string, string>> = {
  '+/-': '±',
  micro: 'µ',
  approx: '≈',
  degrees: '°',
  ge: '≥',
  le: '≤',
  middot: '·',
};

/**
 * Whether the text is a template or code: another field in braces that is no
 * character's name (`Hello {name}`); a shell's, Jinja's, Python's, C#'s or Rust's field
 * marks (`${x}`, `{{x}}`, `f"`, `rf"`, `$"`, `.format(`, `format!(`); a destructuring or
 * an import (`const {theta} =`, `import {Delta} from`, `({theta})`); or a JSON key.
 *
 * @example
 * ```ts
 * templated('Hello {name}, {beta}'); // true
 * templated('const {theta} = orbit;'); // true
 * templated('Spearman {rho} = 0.7'); // false
 * ```
 */
function templated(text: string): boolean {
  if (CODE_MARKS.test(text)) return true;
  for (const match of text.matchAll(/\{([\w+/-]{1,24})\}/g)) {
    if (!isBraceName(match[1] as string)) return true;
  }
  return false;
}

const CODE_MARKS =
  /\$\{|\{\{|\}\}|\b[rfRF]{1,2}["']|\$["@]|\.format(?:_map)?\(|format!\(|\b(?:const|let|var|import|export)\s+\{|\(\{\w+\}\)|"\w+"\s?:\s?"/;

/**
 * The gate for remnants, asked at each digit: `x00`, `x20`, `x21` or `x22` from the
 * digit after the `x`. Digits are searched anyway, for `times` and the math words, so
 * this costs a glance per digit instead of a search of its own for `x`.
 *
 * @example
 * ```ts
 * remnantDigit('compressionx2013which', 12); // true
 * remnantDigit('Xbox one, x86 and 2x faster', 11); // false
 * ```
 */
function remnantDigit(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 0x78) return false;
  const next = text.charCodeAt(at);
  const third = text.charCodeAt(at + 1);
  return next === 0x30 ? third === 0x30 : next === 0x32 && third >= 0x30 && third <= 0x32;
}

/**
 * Is the `0` at `at` a digit of a number (`20x2013`, `4.0x2014`) rather than the `0` of a
 * hexadecimal literal's `0x` (`0x2013`, ` 0x2014`)?
 *
 * @example
 * ```ts
 * decimalZero('CC BY 4.0x2014', 8); // true
 * decimalZero('mask 0x2013', 5); // false
 * ```
 */
function decimalZero(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  return isDigit(before) || (before === 0x2e && isDigit(text.charCodeAt(at - 2)));
}

/**
 * `x2013`: `&#x2013;` without its `&#` and `;`, where no other reading is plausible.
 * `x` plus four hex digits is also how a name ending in `x` meets a year (`Linux2013`,
 * `box2014 dataset`, `Xbox2020`), so a remnant needs more than a letter before it. In
 * the fixtures every remnant is glued to words on both sides (`compressionx2013which`);
 * besides that, a dash may stand alone between spaces (` x2013 `), and quotes may open
 * and close in pairs (`x201cgoodx201d`, `x2018termx2019`).
 *
 * @example
 * ```ts
 * remnant('compressionx2013which', 11); // one hit: 'x2013' → '–'
 * remnant('Linux2013 kernel', 4); // undefined
 * ```
 */
function remnant(text: string, at: number): Outcome | undefined {
  for (let k = 1; k <= 4; k++) if (!isHex(text.charCodeAt(at + k))) return undefined;
  const after = text.charCodeAt(at + 5);
  const code = Number.parseInt(text.slice(at + 1, at + 5), 16);
  // MathJax's `\unicode{x2014}` without its backslash: the name says what it is.
  if (
    text.startsWith('unicode{', at - 8) &&
    text.charCodeAt(at - 9) !== 0x5c &&
    !isWordChar(text.charCodeAt(at - 9)) &&
    after === 0x7d &&
    code >= 0xa0
  ) {
    return single(at - 8, at + 6, String.fromCharCode(code));
  }
  const before = text.charCodeAt(at - 1);
  // After a number, not a hexadecimal literal's `0x` (a decimal's `4.0x2014` is one).
  const afterNumber = isDigit(before) && !(before === 0x30 && !decimalZero(text, at - 1));
  const dash = code === 0x2013 || code === 0x2014;
  // A fifth digit means a longer number (a product code), not an entity, except in a
  // range between numbers (`2019x20132023`, `3x20135`).
  if (isDigit(after) && !(afterNumber && dash)) return undefined;
  if (!isRemnantPunctuation(code)) {
    // A Latin-1 letter inside a word (`Pokx00e9mon`), or a math sign standing alone
    // between spaces (`a budget of x2264 50 ms`): no name or year reads so.
    const letter = code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7;
    const fits = letter
      ? isLetter(before) && isLetter(after)
      : MATH_SIGNS.includes(code) && isSpace(before) && isSpace(after);
    return fits ? single(at, at + 5, String.fromCharCode(code)) : undefined;
  }
  let fits: boolean;
  if (isLetter(before)) {
    if (isLetter(after)) {
      // Glued on both sides; one letter after could be a version (`Linux2013a`), unless
      // it is an English word of one letter after a dash (`intentionx2014a benchmark`).
      const tail = lettersEnd(text, at + 5) - (at + 5);
      const one = tail === 1 ? (text[at + 5] as string) : '';
      fits =
        (tail >= 2 ||
          (code === 0x2019 && one !== '' && 'stdm'.includes(one)) ||
          (dash &&
            one !== '' &&
            'aAI'.includes(one) &&
            text.charCodeAt(at + 6) === 0x20 &&
            commonWord(text, at))) &&
        !nameWithYear(text, at, code);
    } else if (code === 0x2019) {
      // A plural's possessive (`modelsx2019 outputs`); a name with a year ends otherwise.
      fits = opensBefore(text, at, 'x2018') || (!isWordChar(after) && isPlural(text, at));
    } else {
      fits = code === 0x201d && opensBefore(text, at, 'x201c');
    }
  } else if (afterNumber) {
    // A range (`2019x20132023`), a dash before a word (`Llama 2x2014both`), a possessive
    // (`GPT-4x2019s`).
    if (dash) fits = isDigit(after) || isLetter(after);
    else fits = code === 0x2019 && after === 0x73 && !isWordChar(text.charCodeAt(at + 6));
  } else if (at === 0 || isSpace(before) || before === 0x28) {
    // Alone between spaces, but not a variable (`x2013 = …`, `x2013 x2014 x2015`).
    if (dash) fits = isSpace(after) && at > 0 && !spacedName(text, at);
    else if (code === 0x201c) fits = isWordChar(after) && closesAfter(text, at, 'x201d');
    else if (code === 0x2018) fits = isWordChar(after) && closesAfter(text, at, 'x2019');
    else fits = false;
  } else if (endsClause(before) || closingQuote(text, at - 1)) {
    // After a bracket, a sentence's punctuation or a closing quote: `(VLMs)x2014especially`,
    // `matter?x201d`, `"epistemic communities"x2014groups`.
    if (code === 0x2013 || code === 0x2014) fits = isLetter(after) || isSpace(after);
    else if (code === 0x201d) fits = opensBefore(text, at, 'x201c');
    else fits = code === 0x2019 && opensBefore(text, at, 'x2018');
  } else fits = false;
  if (!fits) return undefined;
  return single(at, at + 5, String.fromCharCode(code));
}

/**
 * Glued between letters, is the remnant at `at` more likely a name and a year? Its
 * digits read as a year (`x2013`…`x2027`), and either it is no dash or right quote
 * (`Xbox2020Test`: no `†` is glued between words), or the word before ends as English
 * words and names in `x` do (`linux`, `felix`, `incomeMix`, `matrix`:
 * `linux2013dateisystem` is a citation key). A capital after says nothing:
 * `Kullbackx2013Leibler` is an en dash between names.
 *
 * @example
 * ```ts
 * nameWithYear('felix2019learning', 4, 0x2019); // true
 * nameWithYear('compressionx2013which', 11, 0x2013); // false
 * ```
 */
function nameWithYear(text: string, at: number, code: number): boolean {
  if (!/^\d{4}$/.test(text.slice(at + 1, at + 5))) return false;
  if (code !== 0x2013 && code !== 0x2014 && code !== 0x2018 && code !== 0x2019) return true;
  return X_WORD.test(text.slice(Math.max(0, at - 4), at + 1).toLowerCase());
}

/**
 * Is the word glued before the remnant at `at` a common one: small letters only, so
 * no name (`intentionx2014a`, not `Marx2014a`, `Knox2014a`)?
 *
 * @example
 * ```ts
 * commonWord('intentionx2014a', 9); // true
 * ```
 */
function commonWord(text: string, at: number): boolean {
  const start = lettersStart(text, at, 40);
  return start < at - 1 && /^[a-z]+$/.test(text.slice(start, at));
}

/** Endings of English words and names in `x` (`box`, `mix`, `max`, `index`, `linux`, `felix`). */
const X_WORD = /(?:[bfc]ox|[mfs]ix|[mtwsr]ax|[lrtdh]ex|[nlm]ux|[nlr]ix)$/;

/**
 * Is the spaced remnant at `at` a name: assigned (`x2013 = 5`), or in a list of names of
 * the same shape (`regress y x2013 x2014`)?
 *
 * @example
 * ```ts
 * spacedName('growth x2013 x2014', 7); // true
 * spacedName('the 2010s x2013 a decade', 10); // false
 * ```
 */
function spacedName(text: string, at: number): boolean {
  return (
    /^\s*(?:=|x[0-9a-fA-F]{4}\b)/.test(text.slice(at + 5, at + 13)) ||
    /x[0-9a-fA-F]{4}\s$/.test(text.slice(Math.max(0, at - 6), at))
  );
}

/**
 * Does a lowercase plural (`models`, `authors`) end just before `at`? Three letters or
 * more, all lowercase, the last an `s` after a letter other than `s` (`glass`).
 *
 * @example
 * ```ts
 * isPlural('the modelsx2019 outputs', 10); // true
 * isPlural('Mix2019', 3); // false
 * ```
 */
function isPlural(text: string, at: number): boolean {
  const start = lettersStart(text, at, 32);
  if (at - start < 3 || text.charCodeAt(at - 1) !== 0x73 || text.charCodeAt(at - 2) === 0x73) {
    return false;
  }
  for (let k = start; k < at; k++) if (!isLower(text.charCodeAt(k))) return false;
  return true;
}

/** How far apart an opening and a closing quote remnant may be. */
const QUOTE_LIMIT = 200;

/** Is there an opening remnant (`x201c`) within reach before `at`? */
function opensBefore(text: string, at: number, opener: string): boolean {
  const found = text.lastIndexOf(opener, at - 1);
  return found >= 0 && at - found <= QUOTE_LIMIT && !text.slice(found, at).includes('\n');
}

/** Is there a closing remnant (`x201d`) within reach after `at`, glued to a word? */
function closesAfter(text: string, at: number, closer: string): boolean {
  const found = text.indexOf(closer, at + 5);
  return (
    found >= 0 &&
    found - at <= QUOTE_LIMIT &&
    (isWordChar(text.charCodeAt(found - 1)) || endsClause(text.charCodeAt(found - 1))) &&
    !text.slice(at, found).includes('\n')
  );
}

/** Math signs a remnant alone between spaces may name: ≤ ≥ ≠ ≈ ± × − → ←. */
const MATH_SIGNS = [0x2264, 0x2265, 0x2260, 0x2248, 0xb1, 0xd7, 0x2212, 0x2192, 0x2190];

/**
 * A closing bracket or a sentence's punctuation (`)`, `]`, `?`, `!`, `.`, `,`, `;`, `:`),
 * which a remnant may follow.
 *
 * @example
 * ```ts
 * endsClause(0x3f); // true ("?")
 * ```
 */
function endsClause(code: number): boolean {
  return (
    code === 0x29 ||
    code === 0x5d ||
    code === 0x3f ||
    code === 0x21 ||
    (code >= 0x2c && code <= 0x2e && code !== 0x2d) ||
    code === 0x3b ||
    code === 0x3a
  );
}

/**
 * Is the quote mark at `at` a closing one: `"` or `”` right after a word or a sentence's
 * punctuation (`"communities"`), where no identifier goes on?
 *
 * @example
 * ```ts
 * closingQuote('"communities"x2014', 12); // true
 * closingQuote('say "x2014', 4); // false
 * ```
 */
function closingQuote(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code !== 0x22 && code !== 0x201d) return false;
  const before = text.charCodeAt(at - 1);
  return isLetter(before) || isDigit(before) || endsClause(before);
}

/**
 * Code points a remnant may name: dashes, quotes, bullets, ellipsis, primes, angle
 * quotes and no-break space. Anything else (`x2080` could be a GPU, "rtx2080") stays.
 */
function isRemnantPunctuation(code: number): boolean {
  return (
    (code >= 0x2010 && code <= 0x2027) ||
    code === 0x2030 ||
    (code >= 0x2032 && code <= 0x2034) ||
    code === 0x2039 ||
    code === 0x203a ||
    code === 0x00a0 ||
    code === 0x00ab ||
    code === 0x00bb
  );
}

/**
 * A whole character reference at `at` as an outcome.
 *
 * @example
 * ```ts
 * reference('a &ndash; b', 2); // one hit: '&ndash;' → '–'
 * ```
 */
function reference(text: string, at: number): Outcome | undefined {
  const read = readReference(text, at) ?? quoteReference(text, at);
  if (read === undefined || stringLiteral(text, at, read.end)) return undefined;
  if (referenceList(text, at, read.end) || insideComment(text, at)) return undefined;
  return single(at, read.end, read.text);
}

/**
 * Is `at` inside an HTML comment opened on its line, within 400 characters, and not yet
 * closed (`<!-- Outputs: &lt;script&gt; -->`, a tutorial's note of what a template
 * prints)? A comment shows its references as written; no page renders them.
 *
 * @example
 * ```ts
 * insideComment('<!-- Outputs: &lt;b&gt; -->', 14); // true
 * insideComment('R&amp;D <!-- x -->', 1); // false
 * ```
 */
function insideComment(text: string, at: number): boolean {
  // Looked for within reach on the line: a text of many references stays linear.
  const line = lineBefore(text, at, 400);
  const open = line.lastIndexOf('<!--');
  return open >= 0 && !line.includes('-->', open);
}

/**
 * Does the reference from `at` to `end` stand in a list of three or more references
 * and nothing else, spaces, commas or slashes between (`HTML entities: &amp; &lt;
 * &gt; &quot;`)? That is text naming the references themselves, as written. The
 * eighty-fourth blind set's clean side.
 *
 * @example
 * ```ts
 * referenceList('entities: &amp; &lt; &gt;', 10, 15); // true
 * referenceList('R&amp;D &amp; more', 1, 6); // false
 * ```
 */
function referenceList(text: string, at: number, end: number): boolean {
  if (at > 0 && !SEPARATOR.test(text[at - 1] as string)) return false;
  if (end < text.length && !SEPARATOR.test(text[end] as string)) return false;
  const before = listed(
    text
      .slice(Math.max(0, at - 60), at)
      .split(SEPARATOR)
      .reverse(),
  );
  const after = listed(text.slice(end, end + 60).split(SEPARATOR));
  return 1 + before + after >= 3;
}

/** What sets a list's references apart: a space, a comma or a slash. */
const SEPARATOR = /[\s,/]/;

/**
 * How many references the tokens hold, in order, before the first token that is none
 * (empty tokens, between two separators, are skipped).
 *
 * @example
 * ```ts
 * listed(['', '&lt;', '', '&amp;', 'entities:']); // 2
 * ```
 */
function listed(tokens: readonly string[]): number {
  let count = 0;
  for (const token of tokens) {
    if (token === '') continue;
    if (!/^&#?\w+;$/.test(token)) break;
    count++;
  }
  return count;
}

/**
 * Is the reference from `at` to `end` a string literal's whole content, quoted alike on
 * both sides (`.replace('<', "&lt;")`, `'&amp;'`)? That is code about escaping, which
 * means the reference itself.
 *
 * @example
 * ```ts
 * stringLiteral('.replace("&", "&amp;")', 15, 20); // true
 * stringLiteral("'&amp;'", 1, 6); // true
 * stringLiteral('R&amp;D', 1, 6); // false
 * ```
 */
function stringLiteral(text: string, at: number, end: number): boolean {
  const quote = text.charCodeAt(at - 1);
  return (quote === 0x22 || quote === 0x27) && text.charCodeAt(end) === quote;
}

/**
 * `&quot;`, `&#39;` and the like at `at`, decoded where the quote cannot start another
 * rule's match: no backslash before it (`\"o` is an accent) and no quote mark beside it
 * (`''` is a LaTeX quote).
 *
 * @example
 * ```ts
 * quoteReference('the &quot;best&quot; model', 4); // { text: '"', end: 10 }
 * quoteReference('\\&quot;o', 1); // undefined
 * ```
 */
function quoteReference(text: string, at: number): { text: string; end: number } | undefined {
  const end = bodyEnd(text, at + 1);
  if (end < 0) return undefined;
  const decoded = decodeReference(text.slice(at, end));
  if (decoded !== '"' && decoded !== "'") return undefined;
  const before = text.charCodeAt(at - 1);
  if (before === 0x5c || isQuoteMark(before) || isQuoteMark(text.charCodeAt(end))) return undefined;
  return { text: decoded, end };
}

/** `'`, `"` or a backtick. */
function isQuoteMark(code: number): boolean {
  return code === 0x27 || code === 0x22 || code === 0x60;
}

/**
 * The character reference at `at` (its `&`) decoded, when the result is safe to
 * emit; `&amp;` chains (`&amp;ndash;`) decode fully.
 *
 * @example
 * ```ts
 * readReference('Q&amp;A', 1); // { text: '&', end: 6 }
 * ```
 */
export function readReference(text: string, at: number): { text: string; end: number } | undefined {
  let end = bodyEnd(text, at + 1);
  if (end < 0) return undefined;
  let decoded = decodeReference(text.slice(at, end));
  // `&amp;ndash;` is an escaped escape: decode on, so a second pass finds nothing left.
  while (decoded === '&') {
    const next = bodyEnd(text, end);
    if (next < 0) break;
    const again = decodeReference(`&${text.slice(end, next)}`);
    if (!isInert(again) && !INERT_ASCII.includes(again)) break;
    decoded = again;
    end = next;
  }
  // `<` and `>` start no rule's match: safe to decode, unlike `"` or `\`.
  if (decoded === '&' || decoded === '<' || decoded === '>' || isInert(decoded)) {
    return { text: decoded, end };
  }
  // After a backslash, punctuation would make an escape (`\&#61;` → `\=`); beside another
  // numeric reference it is one of a run that hides an address (`&#x64;&#x40;&#x67;`).
  if (
    !INERT_ASCII.includes(decoded) ||
    text.charCodeAt(at - 1) === 0x5c ||
    hidesAddress(text, at, end)
  ) {
    return undefined;
  }
  return { text: decoded, end };
}

/**
 * Whether the reference at `[at, end)` stands beside a numeric one that names a letter, a
 * digit or `@`: a run of them hides an e-mail address (`x&#x40;&#x67;`), and decoding one
 * would half-reveal it. Beside punctuation it is text (`C&#43;&#43;`).
 *
 * @example
 * ```ts
 * hidesAddress('a&#x40;&#x67;', 1, 7); // true
 * hidesAddress('C&#43;&#43;', 1, 6); // false
 * ```
 */
function hidesAddress(text: string, at: number, end: number): boolean {
  const after = text.startsWith('&#', end) ? bodyEnd(text, end + 1) : -1;
  if (after > 0 && ADDRESS_CHARACTER.test(decodeReference(text.slice(end, after)))) return true;
  const before = NUMERIC_BEFORE.exec(text.slice(Math.max(0, at - 10), at));
  return before !== null && ADDRESS_CHARACTER.test(decodeReference(before[0]));
}

/** What an obfuscated address spells: a letter, a digit or `@`. */
const ADDRESS_CHARACTER = /^[\p{L}\p{N}@]$/u;

/**
 * ASCII punctuation that starts no rule's match, safe to decode: `&#43;20.1&#37;` is
 * `+20.1%`. Not `|`, which a Markdown table writes `&#124;` inside a cell, nor brackets,
 * which pair across a URL that keeps its own references (`&#40;https://x.io/a&#41;`), nor
 * a quote, a backslash, a brace, `$`, `~`, `^`, `_`, `:` or `-`, which other rules read.
 */
export const INERT_ASCII = '+%=!?,.;/@*';

/** A numeric reference that ends where another starts. */
const NUMERIC_BEFORE = /&#x?[\da-f]+;$/i;

/**
 * A whole reference (`&ndash;`, `&#8211;`, `&#x2013;`, as `bodyEnd` delimits it)
 * decoded as HTML does, or returned as it is when the name is not in the table. Numeric
 * references follow HTML: 0x80–0x9F as Windows-1252, NUL, surrogates and code points
 * past U+10FFFF as U+FFFD.
 *
 * @example
 * ```ts
 * decodeReference('&#150;'); // '–'
 * decodeReference('&bigstar;'); // '&bigstar;' (not in the table)
 * ```
 */
export function decodeReference(reference: string): string {
  if (reference.charCodeAt(1) !== 0x23) {
    return NAMED_REFERENCES.get(reference.slice(1, -1)) ?? reference;
  }
  const hex = reference.charCodeAt(2) === 0x78 || reference.charCodeAt(2) === 0x58;
  const digits = reference.slice(hex ? 3 : 2, -1).replace(/^0+/, '');
  // Past 8 digits the value is out of range (`bodyEnd` allows 33 characters).
  const code =
    digits.length > 8 ? Number.POSITIVE_INFINITY : Number.parseInt(digits || '0', hex ? 16 : 10);
  return numericValue(code);
}

/**
 * End (exclusive, after `;`) of a strict reference body (`ndash;`, `#8211;`,
 * `#x2013;`) starting at `from`, or -1.
 */
function bodyEnd(text: string, from: number): number {
  let k = from;
  const stop = Math.min(text.length, from + 33);
  if (text.charCodeAt(k) === 0x23) {
    k++;
    const hex = text.charCodeAt(k) === 0x78 || text.charCodeAt(k) === 0x58;
    if (hex) k++;
    const first = k;
    while (k < stop && (hex ? isHex(text.charCodeAt(k)) : isDigit(text.charCodeAt(k)))) k++;
    if (k === first) return -1;
  } else {
    if (!isLetter(text.charCodeAt(k))) return -1;
    while (k < stop && (isLetter(text.charCodeAt(k)) || isDigit(text.charCodeAt(k)))) k++;
  }
  return text.charCodeAt(k) === 0x3b ? k + 1 : -1;
}

/**
 * Non-ASCII text cannot start another rule's match; ASCII could (`"`, `\`, `{`), and
 * an unknown name decodes to itself, which is ASCII too.
 */
function isInert(decoded: string): boolean {
  for (let k = 0; k < decoded.length; k++) if (decoded.charCodeAt(k) < 0x80) return false;
  return decoded.length > 0;
}

/**
 * Hexadecimal digit?
 *
 * @example
 * ```ts
 * isHex(0x46); // true ('F')
 * ```
 */
function isHex(code: number): boolean {
  return isDigit(code) || (code >= 0x61 && code <= 0x66) || (code >= 0x41 && code <= 0x46);
}
