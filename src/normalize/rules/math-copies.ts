/**
 * `math-copies`: a formula copied as text from a page's MathML (arXiv's HTML, ar5iv,
 * papers' pages that embed them) runs its renderings together: what the page shows,
 * the formula's content in mathematical letters, its TeX source and, on arXiv's HTML,
 * its spoken words (`n𝑛n`, `K𝐾Kitalic_K`, `kp(G)subscript𝑘𝑝𝐺k_{p}(G)italic_k …`). It
 * is read once, as its source reads (`n`, `K`, `k_p(G)`), only where the copy is
 * whole: the shown text glued right before the mathematical letters is what the
 * source right after them shows (a sign the page drew apart may be missing from it,
 * `λ[0,1]` for `λ∈[0,1]`), the letters are the source's own, and the spoken words, if
 * any, spell the same formula, none left over. Anything less (a rendering alone, `GG`,
 * `5555`, `ϵ2\epsilon^{-2}`) is left as it is.
 *
 * @example
 * ```text
 * a family of n𝑛n distributions, given one sample each → a family of n distributions, given one sample each
 * where K𝐾Kitalic_K is the number of actions, N>K𝑁𝐾N>Kitalic_N > italic_K the number of experts → where K is the number of actions, N>K the number of experts
 * let n(G)𝑛𝐺n(G)italic_n ( italic_G ) be the maximum of kp(G)subscript𝑘𝑝𝐺k_{p}(G)italic_k start_POSTSUBSCRIPT italic_p end_POSTSUBSCRIPT ( italic_G ) taken over all primes p𝑝pitalic_p → let n(G) be the maximum of k_p(G) taken over all primes p
 * before the F1subscript𝐹1F_{1}italic_F start_POSTSUBSCRIPT 1 end_POSTSUBSCRIPT-score evaluation → before the F_1-score evaluation
 * vectors of dimension dmodelsubscript𝑑modeld_{\text{model}}. → vectors of dimension d_{model}.
 * fetched in O(n)𝑂𝑛O(n) time, and a 17-fold increase in β𝛽\betaitalic_β-lactamase activity → fetched in O(n) time, and a 17-fold increase in β-lactamase activity
 * namely 𝒞𝒞\mathcal{C}o-DETR, and (α𝛼\alpha- and β𝛽\beta-alignments) → namely 𝒞o-DETR, and (α- and β-alignments)
 * at least k+1𝑘1k+1italic_k + 1 vertices and no cutset of k1𝑘1k-1italic_k - 1 vertices → at least k+1 vertices and no cutset of k-1 vertices
 * the rate λ[0,1]𝜆01\lambda\in[0,1]italic_λ ∈ [ 0 , 1 ] at which, and 𝔽psubscript𝔽𝑝\mathbb{F}_{p} denotes → the rate λ∈[0,1] at which, and 𝔽_p denotes
 * subnormal n𝑛nth roots, and any M1QMsubscript𝑀1𝑄𝑀M_{1}\subset Q\subset M which → subnormal nth roots, and any M_1⊂Q⊂M which
 * of 2n2𝑛2n2 italic_n nodes, a rate 1/n1𝑛1/n1 / italic_n, and the loss −log|z|𝑧-\log|z|- roman_log | italic_z | here → of 2n nodes, a rate 1/n, and the loss -log|z| here
 * at least Ω(SAB3/(cminϵ2))Ω𝑆𝐴superscriptsubscript𝐵3subscript𝑐superscriptitalic-ϵ2\Omega(SAB_{\star}^{3}/(c_{\min}\epsilon^{2})) samples, (ϵ,δ)italic-ϵ𝛿(\epsilon,\delta)( italic_ϵ , italic_δ )-private → at least Ω(SAB_⋆^3/(c_{min}ϵ^2)) samples, (ϵ,δ)-private
 * the O(ρ/T)𝑂𝜌𝑇O(\rho/\sqrt{T})italic_O ( italic_ρ / square-root start_ARG italic_T end_ARG ) rate, at most 𝒪(min{𝒫T,𝒮T})𝒪subscript𝒫𝑇subscript𝒮𝑇\mathcal{O}(\min\{\mathcal{P}_{T},\mathcal{S}_{T}\}), and ft:𝒳↦ℝ:subscript𝑓𝑡maps-to𝒳ℝf_{t}:\mathcal{X}\mapsto\mathbb{R} is → the O(ρ/√T) rate, at most 𝒪(min{𝒫_T,𝒮_T}), and f_t:𝒳↦ℝ is
 * where M𝑀Mitalic\_M and g𝑔gitalic\_g is, over 1/(1−γ)11𝛾1/(1-\gamma)1 / ( 1 - italic_γ ) steps → where M and g is, over 1/(1-γ) steps
 * the 𝑛 samples, x𝑦x, n𝑛m and n𝑛nitalic_m stay → the 𝑛 samples, x𝑦x, n𝑛m and n𝑛nitalic_m stay
 * ```
 *
 * @module
 */
import { isDigit, isLetter, isLower } from '../scan.js';
import { type Context, type Outcome, type Rule, single } from '../types.js';

/** The lead of the UTF-16 pairs of the mathematical alphanumerics, U+1D400 to U+1D7FF. */
const LEAD = 0xd835;

/** How far the source may run past the letters, and how many ends are tried. */
const SOURCE_REACH = 120;
const MOST_ENDS = 8;

export const mathCopies: Rule = {
  name: 'math-copies',
  prefilter: { triggers: '\uD835', anchors: ['\uD835'] },
  match: (text, at, ctx) => copy(text, at, ctx),
};

/**
 * The copy whose first mathematical letter is at `at`, read as its source reads.
 *
 * @example
 * ```ts
 * copy('of n𝑛n items', 4, ctx); // one hit: 'n𝑛n' → 'n'
 * ```
 */
function copy(text: string, at: number, ctx: Context): Outcome | undefined {
  if (!isMathLetter(text, at) || isMathLetter(text, at - 2)) return undefined;
  let run = at;
  while (isMathLetter(text, run)) run += 2;
  // Most mathematical letters are typed as themselves (`the 𝑛 samples`, `(𝒪(n))`): no
  // shown copy of the content's first letter stands right before it.
  const contents = contentStarts(text, at, run).filter((content) =>
    shownBefore(text, content, Math.max(content, at)),
  );
  if (contents.length === 0) return undefined;
  const lasts = contents.map((content) => shownLast(text, content));
  const pass = passState(text, ctx);
  let tries = MOST_TRIES;
  for (const start of sourceStarts(text, at)) {
    for (const end of sourceEnds(text, start, pass.marks)) {
      if (pass.left-- <= 0 || tries-- <= 0) return undefined;
      const tex = text.slice(start, end);
      // Its last letter or digit must be the shown text's, and it ends no script open.
      if (!lasts.includes(lastPlain(tex)) || /[_^]$/.test(tex)) continue;
      // A source without commands shows as written; a command's is read.
      let shown = tex.includes('\\') ? pass.read(tex) : undefined;
      if (shown === '') continue;
      const skeleton = skeletonOf(shown ?? tex);
      if (skeleton === '') continue;
      for (const content of contents) {
        if (content >= start) continue;
        const from = shownStart(text, content, skeleton);
        if (from === -1 || !ownLetters(text.slice(content, start), skeleton)) continue;
        const spoken = spokenEnd(text, end, skeleton);
        if (spoken === -1 || SPOKEN_LEFT.test(text.slice(spoken, spoken + 40))) continue;
        shown ??= pass.read(tex);
        if (shown === '' || skeletonOf(shown) !== skeleton) continue;
        return single(from, spoken, shown);
      }
    }
  }
  return undefined;
}

/** How many sources one copy may try (starts times ends). */
const MOST_TRIES = 48;

/**
 * What one pass of `math-copies` keeps: a budget of sources to try (one per four
 * characters of the text, and a few), a smaller one of sources to read (a call of its
 * own each: one per 64 characters, and a few), the readings made, and the search for
 * `_`. So hostile text stays linear.
 *
 * @example
 * ```ts
 * passState('of n𝑛n', ctx).read('\\beta'); // 'β'
 * ```
 */
function passState(text: string, ctx: Context) {
  return ctx.once('math-copies', () => {
    const readings = new Map<string, string>();
    let reads = 16 + (text.length >> 6);
    return {
      left: 64 + (text.length >> 2),
      marks: new Marks(text),
      /** What `tex` reads as, `''` when it keeps a `$` or the budget is spent. */
      read(tex: string): string {
        let shown = readings.get(tex);
        if (shown === undefined) {
          if (reads-- <= 0) return '';
          shown = ctx.formula(tex);
          // A reading that keeps a `$` or a backslash (`^{\\*}`) is no reading.
          if (shown.includes('$') || shown.includes('\\')) shown = '';
          readings.set(tex, shown);
        }
        return shown;
      },
    };
  });
}

/**
 * Spoken words left after a copy's end (a style's symbol, a script's or an argument's
 * mark, an operator's name before its argument): what was read is not the whole copy.
 */
const SPOKEN_LEFT =
  /^[^A-Za-z]{0,40}(?:(?:italic|bold|bold-italic|roman|caligraphic|blackboard|fraktur|script|sans-serif|typewriter|double-struck)\\?_\S|(?:start|end)\\?_[A-Z]|[a-z][a-z-]* start\\?_[A-Z])/;

/**
 * The last ASCII letter or digit of a source outside its commands' names, `''` if none.
 *
 * @example
 * ```ts
 * lastPlain('k_{p}(G)'); // 'G'
 * lastPlain('\\mathcal{C}'); // 'C'
 * lastPlain('\\beta'); // ''
 * ```
 */
function lastPlain(tex: string): string {
  for (let k = tex.length - 1; k >= 0; k--) {
    const code = tex.charCodeAt(k);
    if (isDigit(code)) return tex[k] as string;
    if (!isLetter(code)) continue;
    let first = k;
    while (first > 0 && isLetter(tex.charCodeAt(first - 1))) first--;
    if (tex.charCodeAt(first - 1) !== 0x5c) return tex[k] as string;
    k = first;
  }
  return '';
}

/**
 * The last ASCII letter or digit of the shown text glued before `content` (a
 * mathematical letter's or a letterlike symbol's plain form counts: `𝒞` is `C`, `ℝ`
 * is `R`), `''` if none.
 *
 * @example
 * ```ts
 * shownLast('in kp(G)subscript𝑘', 8); // 'G'
 * shownLast('in β𝛽', 4); // ''
 * ```
 */
function shownLast(text: string, content: number): string {
  for (let k = content - 1; k >= 0 && k > content - 40; k--) {
    const code = text.charCodeAt(k);
    if (code === 0x20 || code === 0x0a || code === 0x09) return '';
    if (isLetter(code) || isDigit(code)) return text[k] as string;
    if (code < 128) continue;
    // A mathematical letter's pair, or a letterlike symbol (`ℝ` is `R`).
    const pair = code >= 0xdc00 && code <= 0xdfff && isMathLetter(text, k - 1);
    const plain = text.slice(pair ? k - 1 : k, k + 1).normalize('NFKC');
    if (plain.length === 1 && (isLetter(plain.charCodeAt(0)) || isDigit(plain.charCodeAt(0)))) {
      return plain;
    }
    if (pair) k--;
  }
  return '';
}

/**
 * Whether a mathematical alphanumeric's pair starts at `at`.
 *
 * @example
 * ```ts
 * isMathLetter('𝑛', 0); // true
 * isMathLetter('n', 0); // false
 * ```
 */
function isMathLetter(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== LEAD) return false;
  const low = text.charCodeAt(at + 1);
  return low >= 0xdc00 && low <= 0xdfff;
}

/**
 * Whether text is glued before `content` and, within the shown text's reach, holds the
 * plain form of the mathematical letter at `letter` (`n` before `𝑛`, `𝔽` before `𝔽`).
 *
 * @example
 * ```ts
 * shownBefore('of n𝑛n', 4, 4); // true
 * shownBefore('the (𝒪(n))', 5, 5); // false
 * ```
 */
function shownBefore(text: string, content: number, letter: number): boolean {
  const before = text.charCodeAt(content - 1);
  if (content === 0 || before === 0x20 || before === 0x0a || before === 0x09) return false;
  const plain = text.slice(letter, letter + 2).normalize('NFKC');
  return text
    .slice(Math.max(0, content - 40), content)
    .normalize('NFKC')
    .includes(plain);
}

/**
 * Where the content may start: at the first letter, at a later letter of the run (the
 * shown text set in mathematical letters itself, `𝒞𝒞\mathcal{C}`), or before the
 * content's own words, Greek letters and numbers (`subscript𝐹1`, `2𝑥`, `italic-ϵ𝛿`,
 * `Ω𝑆`), nearest first.
 *
 * @example
 * ```ts
 * contentStarts('F1subscript𝐹1F_{1}', 11, 13); // [11, 2, 1]
 * ```
 */
function contentStarts(text: string, at: number, run: number): number[] {
  const starts = [at];
  for (let k = at + 2; k < run; k += 2) starts.push(k);
  let back = at;
  for (let step = 0; step < 6; step++) {
    const word = CONTENT_BEFORE.exec(text.slice(Math.max(0, back - 24), back));
    if (word === null) break;
    back -= word[0].length;
    starts.push(back);
  }
  return starts;
}

/** MathML's words for scripts (`superscriptsubscript` first: it holds the others). */
const SCRIPT_WORDS = 'superscriptsubscript|subscript|superscript';

/** MathML's marks that name no letter: a delimited group's, a map's arrow. */
const MARK_WORDS = 'delimited-[[\\](){}|]{1,2}|maps-to';

/** The Greek letters and letterlike symbols a content names (`Ω`, `ϵ`, `ℝ`, `ℓ`, `ℋ`). */
const CONTENT_LETTERS =
  '[\\u0391-\\u03c9\\u03d1\\u03d5\\u03f0\\u03f1\\u03f5\\u2102\\u210a-\\u2113\\u2115\\u2119-\\u211d\\u2124\\u2128\\u212c\\u212d\\u2130\\u2131\\u2133]';

/**
 * MathML's content words and marks (`subscript`, `superscriptsubscript`, `italic-ϵ`,
 * `delimited-[]`, `maps-to`, a colon's `:`), a Greek letter, a letterlike symbol (`ℝ`,
 * `ℓ`, `ℋ`) or a number's character.
 */
const CONTENT_WORD = new RegExp(
  `(?:${SCRIPT_WORDS}|(?:italic|normal)-(?:\\uD835[\\uDC00-\\uDFFF]|[^\\s\\uD800-\\uDFFF])|${MARK_WORDS}|${CONTENT_LETTERS}|[0-9.:])`,
);

/** {@link CONTENT_WORD} ending where the content starts. */
const CONTENT_BEFORE = new RegExp(`${CONTENT_WORD.source}$`);

/** {@link CONTENT_WORD} at a position (sticky). */
const CONTENT_AT = new RegExp(CONTENT_WORD.source, 'y');

/**
 * MathML's words for scripts and marks, and its operators' (a colon), which the shown
 * text holds elsewhere or not at all.
 */
const CONTENT_MARKS = new RegExp(`${SCRIPT_WORDS}|(?:italic|normal)-|${MARK_WORDS}|:`, 'g');

/**
 * Where the source may start: after the content's last mathematical letter, or after
 * each of the content's own words, letters and numbers there (`𝑑modeld_{…}`,
 * `𝐹1F_{1}`, `𝑀1𝑄𝑀M_{1}…`, `𝑐superscriptitalic-ϵ2Ω(…`), nearest first.
 *
 * @example
 * ```ts
 * sourceStarts('𝐹1F_{1}', 0); // [2, 3, 4]
 * ```
 */
function sourceStarts(text: string, at: number): number[] {
  let starts: number[] = [];
  for (let k = at; k < at + 96; ) {
    // A source starts after the content's last mathematical letter.
    if (isMathLetter(text, k)) {
      k += 2;
      starts = [k];
      continue;
    }
    CONTENT_AT.lastIndex = k;
    const word = CONTENT_AT.exec(text);
    if (word !== null) k += word[0].length;
    else if (isLetter(text.charCodeAt(k))) k++;
    else break;
    if (starts.length < 12) starts.push(k);
  }
  return starts;
}

/**
 * Where a source starting at `start` may end: at its braces' depth, before a space, a
 * punctuation mark, a hyphen, a line's end or the spoken words, or after a group; one
 * letter, before the word's ending glued to it; inside the word before spoken words
 * that start spaced; mostly nearest first.
 *
 * @example
 * ```ts
 * sourceEnds('k_{p}(G)', 0, new Marks('k_{p}(G)')); // [7, 8]
 * ```
 */
function sourceEnds(text: string, start: number, marks: Marks): number[] {
  const ends: number[] = [];
  let depth = 0;
  let sets = 0;
  const limit = Math.min(text.length, start + SOURCE_REACH);
  // Spoken words need a `_` close ahead: the regular expression runs only then.
  let mark = marks.from(start);
  for (let k = start; k < limit && ends.length < MOST_ENDS; k++) {
    const code = text.charCodeAt(k);
    if (isMathLetter(text, k)) return ends;
    if (code === 0x0a) {
      if (k > start && depth === 0 && sets === 0) ends.push(k);
      return ends;
    }
    if (mark !== -1 && mark < k) mark = marks.from(k);
    if (k > start && depth === 0 && sets === 0) {
      // After a group, not where the formula goes on (`\mathrm{softmax}(x)`, `{x}^2`).
      const group = text.charCodeAt(k - 1) === 0x7d && !'([^_'.includes(text[k] as string);
      if (closes(code) || group || spokenAt(text, k, mark)) ends.push(k);
      // A one-letter source glued to a word's ending (`n𝑛nth`).
      else if (k === start + 1 && isLetter(text.charCodeAt(start)) && isLower(code)) ends.push(k);
      // Spoken words that start with a number or a sign are glued to the source and
      // spaced from their first style (`2n2 italic_n`): the source may end inside.
      if (code === 0x20 && spokenAt(text, k + 1, mark)) {
        // Back over the numbers and signs spoken before the style (`1 / italic_n`).
        let glued = k;
        while (/ [^\sA-Za-z]{1,6}$/.test(text.slice(Math.max(start, glued - 8), glued))) {
          glued = text.lastIndexOf(' ', glued - 1);
        }
        for (let inside = glued - 1; inside > start && inside > glued - 6; inside--) {
          if (text.charCodeAt(inside - 1) === 0x20) break;
          // Not inside a command's name (`x,W\times`).
          if (/\\[A-Za-z]*$/.test(text.slice(Math.max(start, inside - 24), inside))) continue;
          if (!ends.includes(inside)) ends.push(inside);
        }
      }
    }
    if (code === 0x5c) {
      // A set's braces: no source ends inside them.
      const next = text.charCodeAt(k + 1);
      if (next === 0x7b) sets++;
      else if (next === 0x7d && --sets < 0) return ends;
      k++;
    } else if (code === 0x7b) depth++;
    else if (code === 0x7d && --depth < 0) return ends;
  }
  if (limit === text.length && depth === 0 && sets === 0 && ends.length < MOST_ENDS) {
    ends.push(limit);
  }
  return ends;
}

/**
 * The text's next `_` from a position, searched once per stretch: a pass asks at
 * positions that mostly grow, and a search that finds none answers every later ask.
 *
 * @example
 * ```ts
 * new Marks('a_b_').from(2); // 3
 * ```
 */
class Marks {
  private asked = Number.POSITIVE_INFINITY;
  private found = -1;

  constructor(private readonly text: string) {}

  from(at: number): number {
    if (at >= this.asked && (this.found === -1 || at <= this.found)) return this.found;
    this.asked = at;
    this.found = this.text.indexOf('_', at);
    return this.found;
  }
}

/** What may follow a source: a space, a punctuation mark, a hyphen, a closing bracket or quote. */
function closes(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    ',.;:!?-)]\'"'.includes(String.fromCharCode(code)) ||
    code === 0x201d ||
    code === 0x2019
  );
}

/** The first spoken word: a style and a symbol (`italic_K`, `caligraphic_C`) or a script's mark. */
const SPOKEN_START = /(?:[a-z][a-z-]*\\?_\S|start\\?_POST)/y;

/**
 * Whether spoken words start at `at`, given the first `_` at or after it (`mark`).
 *
 * @example
 * ```ts
 * spokenAt('Kitalic_K', 1, 7); // true
 * spokenAt('K is', 1, -1); // false
 * ```
 */
function spokenAt(text: string, at: number, mark: number): boolean {
  if (mark === -1 || mark - at > 24 || !isLower(text.charCodeAt(at))) return false;
  SPOKEN_START.lastIndex = at;
  return SPOKEN_START.test(text);
}

/**
 * The shown text's letters and signs, as a page shows them: no spaces, no script
 * marks or braces.
 *
 * @example
 * ```ts
 * skeletonOf('k_p(G)'); // 'kp(G)'
 * ```
 */
function skeletonOf(shown: string): string {
  let skeleton = shown;
  // A script's group goes with its mark (`k_{p}` shows `kp`); a set's braces stay.
  for (let before = ''; before !== skeleton; ) {
    before = skeleton;
    skeleton = skeleton.replace(SCRIPT_GROUP, '$1');
  }
  return skeleton.replace(/[\s_^]/g, '');
}

/** A script's mark and its group, innermost first. */
const SCRIPT_GROUP = /[_^]\{([^{}]*)\}/g;

/**
 * Where the shown text ending at `end` starts, if it is `skeleton` and stands apart
 * from a word before it; else -1. The page's invisible operators (U+2061–U+2064) are
 * no text, its minus is the source's hyphen, and up to three signs the page drew apart
 * may be missing from it between its letters and digits (`λ[0,1]` for `λ∈[0,1]`, `k1`
 * for `k-1`, `C` for `C*`), not from its start, nor stand as another sign, nor be a
 * bracket or a separator.
 *
 * @example
 * ```ts
 * shownStart('in O(log\u2061n)𝑂𝑛', 11, 'O(logn)'); // 3
 * shownStart('at most k1𝑘1', 10, 'k-1'); // 8
 * ```
 */
function shownStart(text: string, end: number, skeleton: string): number {
  let k = end;
  let j = skeleton.length;
  let dropped = 0;
  while (j > 0 && k > 0) {
    const code = text.charCodeAt(k - 1);
    const wanted = skeleton.charCodeAt(j - 1);
    // Invisible operators.
    if (code >= 0x2061 && code <= 0x2064) k--;
    else if (code === wanted || plainSign(code) === wanted) {
      k--;
      j--;
    } else if (
      dropped < 3 &&
      isSign(wanted) &&
      !BRACKETS.includes(skeleton[j - 1] as string) &&
      (!isSign(plainSign(code)) || plainSign(code) === skeleton.charCodeAt(j - 2))
    ) {
      j--;
      dropped++;
    } else return -1;
  }
  if (j > 0 || k === end) return -1;
  const before = text.charCodeAt(k - 1);
  if (
    isLetter(before) ||
    isDigit(before) ||
    before === 0x5c ||
    (before >= 0xdc00 && before <= 0xdfff)
  ) {
    return -1;
  }
  return k;
}

/** Brackets, separators and a backslash, which a page always shows (or never holds). */
const BRACKETS = '()[]{}|,;\\';

/**
 * The ASCII sign a page's sign stands for in a source (`−` for `-`, `∗` for `*`), or
 * `code` itself.
 *
 * @example
 * ```ts
 * plainSign(0x2212); // 0x2d
 * ```
 */
function plainSign(code: number): number {
  return code === 0x2212 ? 0x2d : code === 0x2217 ? 0x2a : code;
}

/**
 * Whether `code` is a sign: no letter or digit, no half of a pair.
 *
 * @example
 * ```ts
 * isSign(0x2208); // true ("∈")
 * isSign(0x3bb); // false ("λ")
 * ```
 */
function isSign(code: number): boolean {
  if (code < 128) return !isLetter(code) && !isDigit(code);
  return (code < 0xd800 || code > 0xdfff) && !LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether `content` is a formula's content for the shown `skeleton`: MathML's words
 * and marks aside, letters, digits, Greek and mathematical letters, which all stand
 * in the skeleton in order (`𝒞` is `C` there, `𝑑model` is `dmodel`).
 *
 * @example
 * ```ts
 * ownLetters('subscript𝑘𝑝𝐺', 'kp(G)'); // true
 * ownLetters('𝑦', 'x'); // false
 * ownLetters('𝑥y', 'x'); // false
 * ```
 */
function ownLetters(content: string, skeleton: string): boolean {
  // A colon the content spells is the shown text's too (`ft:𝒳↦ℝ:subscript𝑓…`).
  if (content.includes(':') && !skeleton.includes(':')) return false;
  const own = content.replace(CONTENT_MARKS, '');
  let mathematical = false;
  for (let k = 0; k < own.length; k++) {
    const code = own.charCodeAt(k);
    if (isMathLetter(own, k)) {
      mathematical = true;
      k++;
    } else if (
      !isLetter(code) &&
      !isDigit(code) &&
      code !== 0x2e &&
      !GREEK.test(own[k] as string)
    ) {
      return false;
    }
  }
  const plain = skeleton.normalize('NFKC');
  let from = 0;
  for (const char of own.normalize('NFKC')) {
    from = plain.indexOf(char, from);
    if (from === -1) return false;
    from += char.length;
  }
  return mathematical;
}

/** A Greek letter or a letterlike symbol, as a content names one (`Ω`, `ϵ`, `ℝ`). */
const GREEK = new RegExp(`^${CONTENT_LETTERS}$`);

/**
 * Where the spoken words after a source ending at `end` end (arXiv's
 * `italic_N > italic_K`, `2 italic_n`): once, their styles and scripts' marks aside,
 * they spell the shown `skeleton` (`N>K`) with their scripts closed; `end` itself when
 * the text there spells no start of it (no spoken words); -1 when they break off. The
 * last letter may run into the text after it (`caligraphic_Co-DETR`: `C`, then `o-DETR`).
 *
 * @example
 * ```ts
 * spokenEnd('Kitalic_K is', 1, 'K'); // 9
 * spokenEnd('k+1italic_k + 1 vertices', 3, 'k+1'); // 15
 * spokenEnd('2n2 italic_n nodes', 2, '2n'); // 12
 * spokenEnd('nitalic_m', 1, 'n'); // 1 (none: `copy` refuses what is left)
 * spokenEnd('kitalic_k + 2', 1, 'k+1'); // -1
 * spokenEnd('nth', 1, 'n'); // 1
 * ```
 */
function spokenEnd(text: string, end: number, skeleton: string): number {
  const wanted = folded(skeleton);
  let spelled = '';
  let scripts = 0;
  let styled = false;
  let k = end;
  for (let tokens = 0; tokens < 96; tokens++) {
    const token = SPOKEN_TOKEN.exec(text.slice(k, k + 40));
    // No spoken words: the text after the source spells no start of the formula.
    if (token === null) return tokens === 0 ? end : -1;
    const [word, mark, root, symbol] = token;
    const stop = k + word.length;
    // A plain word is spoken only after a style or a mark (`start_POSTSUBSCRIPT model`).
    const plain = mark === undefined && root === undefined && symbol === undefined;
    if (plain && !styled && isLetter(word.charCodeAt(0))) return tokens === 0 ? end : -1;
    if (!plain) styled = true;
    if (mark !== undefined) scripts += mark === 'start' ? 1 : -1;
    else {
      const spelling = root === undefined ? folded(symbol ?? word) : '√';
      if (tokens === 0 && !wanted.startsWith(spelling)) return end;
      if (!wanted.startsWith(spelled + spelling)) {
        // The last letter run into the text after it.
        const rest = wanted.slice(spelled.length);
        const glued = symbol !== undefined && text.charCodeAt(stop) !== 0x20;
        return glued && scripts === 0 && rest !== '' && spelling.startsWith(rest)
          ? stop - symbol.length + rest.length
          : -1;
      }
      spelled += spelling;
    }
    if (scripts < 0) return -1;
    if (spelled === wanted && scripts === 0) return stop;
    if (text.charCodeAt(stop) !== 0x20) return -1;
    k = stop + 1;
  }
  return -1;
}

/**
 * A spelling to compare: compatibility forms folded (`𝒞` is `C`), the signs MathML
 * spells otherwise made plain (`∗` is `*`, `−` is `-`).
 *
 * @example
 * ```ts
 * folded('C∗'); // 'C*'
 * ```
 */
function folded(spelling: string): string {
  return spelling
    .normalize('NFKC')
    .replace(/[∗−]/g, (sign) => String.fromCharCode(plainSign(sign.charCodeAt(0))));
}

/**
 * One spoken word (its `_` escaped as `\_` too, as Markdown converters write it): a
 * script's or an argument's mark (`start_POSTSUBSCRIPT`, `start_ARG`), a root's name, a
 * named symbol (`italic_K`, `roman_log`, `italic_β`), a number or one sign.
 */
const SPOKEN_TOKEN =
  /^(?:(start|end)\\?_[A-Z]+|(square-root)|[a-z][a-z-]*\\?_([A-Za-z]+|[^\s -~][\udc00-\udfff]?)|[A-Za-z]+|\d+(?:\.\d+)?|[^\s -~][\udc00-\udfff]?|[^\sA-Za-z0-9])/;
