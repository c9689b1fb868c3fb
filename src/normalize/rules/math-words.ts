/**
 * `math-words`: math macros that lost their backslash (`leq`, `geq`, `neq`, `cdot`,
 * `le`, `ge`, `sim`, `approx`, `pm`, Greek letters) become symbols, but only between
 * math-like operands: numbers and one-letter variables. What each word needs is in
 * `tables/math-words.ts`; Greek letters need a `^` or `_` right after them.
 *
 * The rule fires where a word ends: on the `q` of `leq`/`geq`/`neq`, the `t` of
 * `cdot`, the `^`/`_` after a Greek letter, or the first digit of the number after a
 * word. So the pass stops at few letters.
 *
 * @example
 * ```text
 * a distribution q_i propto p_i, T propto D^γ and eta_2propto d, but the propto macro → a distribution q_i ∝ p_i, T ∝ D^γ and η_2 ∝ d, but the propto macro
 * detect watermarked text (p leq 0.01) from 35 tokens → detect watermarked text (p ≤ 0.01) from 35 tokens
 * low-resolution images (leq 256px), FlexVAR → low-resolution images (≤ 256px), FlexVAR
 * complexity O (log(D) cdot |p|), where → complexity O (log(D) · |p|), where
 * at least 2.44× faster for kge3. In → at least 2.44× faster for k≥3. In
 * costs sim7\% more, topics (geq 0.65 threshold) → costs ∼7% more, topics (≥ 0.65 threshold)
 * the SequenceMatch-chi^2 divergence, 0.5 pm 0.1 → the SequenceMatch-χ^2 divergence, 0.5 ± 0.1
 * the policy pi_theta, mu_t, the L_infty and ell_2 norms, but alpha_version and alpha_beta → the policy π_θ, μ_t, the L_∞ and ℓ_2 norms, but alpha_version and alpha_beta
 * attention QK^top, x^prime and Q^star, but stack^top, Amazon^prime and x^topology → attention QK^⊤, x′ and Q^⋆, but stack^top, Amazon^prime and x^topology
 * with ~30% of the parameters, approx 30% for, sim2real, age3, Stage2, k ge → with ~30% of the parameters, approx 30% for, sim2real, age3, Stage2, k ge
 * produces CAF approx 1.0, FID approx 12.5, the USA approx 30%, the CARLA sim 2 map → produces CAF ≈ 1.0, FID ≈ 12.5, the USA approx 30%, the CARLA sim 2 map
 * the dimension D_{f} approx 0.3 and T^{2} approx 4, but file_{x} approx 3 GB → the dimension D_{f} ≈ 0.3 and T^{2} ≈ 4, but file_{x} approx 3 GB
 * (IDV score approx 1.21; PDI score approx -1.05), but approx 1.5 hours or approx 2.5, then → (IDV score ≈ 1.21; PDI score ≈ -1.05), but approx 1.5 hours or approx 2.5, then
 * (overall success approx 91.25%), but (approx 2.5%) and approx 91.25% of → (overall success ≈ 91.25%), but (approx 2.5%) and approx 91.25% of
 * with sim4.7M parameters, approx10x faster, 93.5pm1.2 accuracy → with ∼4.7M parameters, ≈10x faster, 93.5±1.2 accuracy
 * the FID from sim40 to 19, but sim1 and sim2, from sim1 to sim40 and scenarios sim1 to 4 → the FID from ∼40 to 19, but sim1 and sim2, from sim1 to sim40 and scenarios sim1 to 4
 * (PDI score approx<LF>-1.05), k ge<LF>3 and 0.5<LF>pm 0.1, wrapped as arXiv wraps → (PDI score ≈<LF>-1.05), k ≥<LF>3 and 0.5<LF>± 0.1, wrapped as arXiv wraps
 * (MM-EPC: gamma approx 0.85-1.3), but Delta approx 60% more, tai chi approx 3 times and Delta le 20 → (MM-EPC: gamma ≈ 0.85-1.3), but Delta approx 60% more, tai chi approx 3 times and Delta le 20
 * at 5pm, PM2.5 and pm2.5, sim2sim, approx2hours → at 5pm, PM2.5 and pm2.5, sim2sim, approx2hours
 * loci Sle1 and Tle1, runs sim1 and sim2, at 5 pm 7 days, 11 pm 3 nights → loci Sle1 and Tle1, runs sim1 and sim2, at 5 pm 7 days, 11 pm 3 nights
 * lasts sim30 seconds, up to sim16times speedup, a gap of sim20 meV → lasts ∼30 seconds, up to ∼16× speedup, a gap of ∼20 meV
 * in sim500-billion parameter models, sim2 million users, but sim2-real → in ∼500-billion parameter models, ∼2 million users, but sim2-real
 * the sim 70times larger model, a speed-up of 15%sim30%, but the sim 2 map → the ∼ 70× larger model, a speed-up of 15%∼30%, but the sim 2 map
 * 3D Generation in sim20 Seconds, with pm0.1% tolerance, but pm2.5 and PM10 → 3D Generation in ∼20 Seconds, with ±0.1% tolerance, but pm2.5 and PM10
 * with {sim}6{times} fewer and ({approx}3%), but x{sim}2 → with ∼6× fewer and (≈3%), but x{sim}2
 * a speedup of 1.2{sim}1.3{times}, but v2{sim}3 and 5{approx}6 → a speedup of 1.2∼1.3×, but v2{sim}3 and 5{approx}6
 * where f(cdot) maps, epsilon_{theta} and nabla^2 f, but pi_{net} → where f(·) maps, ϵ_{θ} and ∇^2 f, but π_{net}
 * a Néel temperature (lesssim10 K), at zgtrsim3 and U gtrsim 40 meV → a Néel temperature (≲10 K), at z≳3 and U ≳ 40 meV
 * the regret remains Theta(T^{2/3}), but Omega(T^{2/3}) and Theta(n), MyTheta(x^2), Omega(num_layers=3) → the regret remains Θ(T^{2/3}), but Ω(T^{2/3}) and Theta(n), MyTheta(x^2), Omega(num_layers=3)
 * [MgO/H 2 ] textless 5.5 × 10 −10 and textless7, textgreater 3, but textless NLP, a textless 16:9 image, textless 3D glass and H textless sub textgreater 2 → [MgO/H 2 ] < 5.5 × 10 −10 and <7, > 3, but textless NLP, a textless 16:9 image, textless 3D glass and H textless sub textgreater 2
 * of 0.3 M_odot at 7 R_{odot}, but my_odot and M_odotx → of 0.3 M_⊙ at 7 R_{⊙}, but my_odot and M_odotx
 * about 0.1sim0.2 volt and 5sim10 GHz, but v2sim3 and run1sim2 → about 0.1∼0.2 volt and 5∼10 GHz, but v2sim3 and run1sim2
 * aged (20sim40 years), a mass of 126.0pm8.7M_sun, but 5pm2am, 7.30pm8.30pm, v2sim3 years, x1.0pm2.0y and the sim 50 years → aged (20∼40 years), a mass of 126.0±8.7M_sun, but 5pm2am, 7.30pm8.30pm, v2sim3 years, x1.0pm2.0y and the sim 50 years
 * recordings (sim1,000 hours), runs sim1,2, in sim 2,000 trajectories → recordings (∼1,000 hours), runs sim1,2, in sim 2,000 trajectories
 * tasks (ρapprox 0.10), achieving ωapprox 2.80478, σsim0.1 and ρ approx 0.1, but ρψapprox 0.1 → tasks (ρ ≈ 0.10), achieving ω ≈ 2.80478, σ∼0.1 and ρ ≈ 0.1, but ρψapprox 0.1
 * with sim 2M pairs and sim 10 GPU hours, the sim 2 map, (approx 30% for → with ∼ 2M pairs and ∼ 10 GPU hours, the sim 2 map, (approx 30% for
 * for t in [0, 1] and alpha in (0, 1), as in [1, 2] and a in (3, 4) → for t ∈ [0, 1] and α ∈ (0, 1), as in [1, 2] and a in (3, 4)
 * when lambda neq 0 and epsilon leq 1, the beta neq test → when λ ≠ 0 and ϵ ≤ 1, the beta neq test
 * Denser neq Better, H cdot PC, but the cdot symbol and use leq here → Denser ≠ Better, H · PC, but the cdot symbol and use leq here
 * bounded by λcdot k cdot r_c and ρneq 0, but the ψλcdot test → bounded by λ· k · r_c and ρ≠ 0, but the ψλcdot test
 * if %errorlevel% neq 0 (goto end) and if !n! geq 3 (echo) → if %errorlevel% neq 0 (goto end) and if !n! geq 3 (echo)
 * LBL is N_E sum_{i=1}^{N_E} f_i p_i and prod_{k=1} x_k, H = -sum_{x}^{X}, but sum_{x}, check_sum_{i=1} and a-sum_{i=1} → LBL is N_E ∑_{i=1}^{N_E} f_i p_i and ∏_{k=1} x_k, H = -∑_{x}^{X}, but sum_{x}, check_sum_{i=1} and a-sum_{i=1}
 * small datasets (e.g., 20sim 100 samples), achieving a<LF>sim14,000 ratio, but v20sim 3 → small datasets (e.g., 20∼100 samples), achieving a<LF>∼14,000 ratio, but v20sim 3
 * our approx 11times smaller student, but approx 11 times → our ≈ 11× smaller student, but approx 11 times
 * (G approx 1, phi approx 0), but tai chi approx 3 times → (G ≈ 1, phi ≈ 0), but tai chi approx 3 times
 * accuracy within pm2 pixels and pm5 mm, but pm10 levels and pm2.5 pixels → accuracy within ±2 pixels and ±5 mm, but pm10 levels and pm2.5 pixels
 * stacking binary (pm1) layers, vary by pm 23%, but at 5 pm 23% of users and df.plot(pm1) → stacking binary (±1) layers, vary by ± 23%, but at 5 pm 23% of users and df.plot(pm1)
 * levels of (pm1) and PM25 in air, by pm 10% → levels of (pm1) and PM25 in air, by pm 10%
 * lr = 1e-3<LF>beta_1 = 0.9, but with beta_2 = 0.999 → lr = 1e-3<LF>beta_1 = 0.9, but with β_2 = 0.999
 * with only sim30 human-annotated pairs at sim25 FPS, totaling sim240 training runs, but the sim10 and sim12 training runs → with only ∼30 human-annotated pairs at ∼25 FPS, totaling ∼240 training runs, but the sim10 and sim12 training runs
 * the Omega_b- to J/psi Omega- decay and Lambda_c+, but Sigma_b. → the Omega_b- to J/psi Omega- decay and Lambda_c+, but Σ_b.
 * a 5sigma detection at the 3.2sigma level, lies approx 7sigma above, but 2sigmaEdTech and n_3sigma → a 5σ detection at the 3.2σ level, lies ≈ 7σ above, but 2sigmaEdTech and n_3sigma
 * ```
 *
 * @module
 */
import {
  firstOnLine,
  isDigit,
  isGap,
  isLetter,
  isLower,
  isSpace,
  isUpper,
  isWordChar,
  lettersEnd,
  lettersStart,
  lineBefore,
  numberEnd,
  numberStart,
  scriptGroupStart,
  standsApartLeft,
  wrapsLine,
} from '../scan.js';
import { MATH_WORDS, type MathWordKind } from '../tables/math-words.js';
import { GREEK } from '../tables/symbols.js';
import { type Outcome, type Rule, single } from '../types.js';

export const mathWords: Rule = {
  name: 'math-words',
  prefilter: {
    triggers: '^_0123456789',
    wordEndings: ['eq', 'cdot'],
    // A flattened `propto`, at its `o`.
    needles: ['propto'],
    anchors: ['^', '_', 'cdot'],
    gate: hasRelation,
    // At a digit, the gate is the rule's own test there.
    digitGate: (text, at) =>
      wordBeforeNumber(text, at) !== undefined || significance(text, at) !== undefined,
  },
  match(text, at) {
    const code = text.charCodeAt(at);
    if (code === 0x71 || code === 0x74) return wordEndingAt(text, at + 1);
    if (code === 0x6f) return proportionalAt(text, at - 5);
    if (code === 0x5e || code === 0x5f) {
      return greekBefore(text, at) ?? bigOperator(text, at) ?? boundBefore(text, at);
    }
    return isDigit(code) ? (wordBeforeNumber(text, at) ?? significance(text, at)) : undefined;
  },
};

/**
 * A significance flattened from `$5\\sigma$`: a number standing alone (no word, path or
 * decimal's point before it) with `sigma` glued after it and then no word, path or
 * domain (`a 5sigma detection` → `a 5σ detection`; not `2sigmaEdTech`, `/3sigma/`,
 * `3sigma.com`, `n_3sigma`). `at` is the number's first digit.
 *
 * @example
 * ```ts
 * significance('at the 3sigma level', 7); // one hit: 'sigma' → 'σ'
 * significance('2sigmaEdTech', 0); // undefined
 * ```
 */
function significance(text: string, at: number): Outcome | undefined {
  // This runs at every number of every text (the rule's digit gate): the digits' run and
  // the `s` after it first, the number's decimals and surroundings only then.
  const before = text.charCodeAt(at - 1);
  if (isDigit(before)) return undefined;
  let stop = at + 1;
  while (isDigit(text.charCodeAt(stop))) stop++;
  let code = text.charCodeAt(stop);
  if (code === 0x2e) {
    stop = numberEnd(text, at);
    code = text.charCodeAt(stop);
  }
  if (code !== 0x73 || stop !== numberEnd(text, at) || !sigmaAfter(text, stop)) return undefined;
  return inProse(text, at, stop + 5) ? single(stop, stop + 5, 'σ') : undefined;
}

/**
 * Whether the significance from `at` (its number) to `end` stands in prose: after a
 * word and a space, a bracket, a comparison or "about" (`a 5sigma`, `(>5sigma)`,
 * `∼3sigma`), a sign or a range's hyphen after such a place or a number (`-3sigma`,
 * `2-3sigma`), and before a space and a word, or a sentence's punctuation. Not a
 * value in code or a setting (`clip: 3sigma`, `--threshold 3sigma --iters`, `'3sigma'`,
 * `#3sigma`, `git checkout 3sigma` at the text's end), review111.
 *
 * @example
 * ```ts
 * inProse('a 5sigma detection', 2, 8); // true
 * inProse('clip: 3sigma', 6, 12); // false
 * ```
 */
function inProse(text: string, at: number, end: number): boolean {
  let from = at;
  let before = text.charCodeAt(from - 1);
  // A sign or a range's hyphen or en dash: `-3sigma`, `+3sigma`, `±1sigma`, `2-3sigma`,
  // `3σ–5sigma`.
  const signed = before === 0x2d || before === 0x2b || before === 0xb1 || before === 0x2013;
  if (signed) {
    const sign = text.charCodeAt(from - 2);
    if (isDigit(sign) || sign === 0x3c3 || text.startsWith('sigma', from - 6)) {
      return afterProse(text, end, true);
    }
    // After a parenthesis that no call or substitution opens (`f(-3sigma)`, `$(-3sigma)`).
    if (sign === 0x28) {
      const owner = text.charCodeAt(from - 3);
      return !isWordChar(owner) && owner !== 0x24 && owner !== 0x3d && afterProse(text, end, true);
    }
    if (!(sign === 0x2b || sign === 0x2d || proseSpace(sign) || from === 1)) return false;
    from--;
    before = text.charCodeAt(from - 1);
    if (from === 0 || !proseSpace(before)) return from === 0 && afterProse(text, end, true);
  }
  if (from === 0) return afterProse(text, end, false);
  // After a bracket, a comparison or "about", glued (`(>5sigma)`, `≥3sigma`, `∼3sigma`;
  // `>=3sigma` too).
  if (
    COMPARED.includes(String.fromCharCode(before)) ||
    (before === 0x3d && '<>'.includes(text[from - 2] ?? ''))
  ) {
    return afterProse(text, end, true);
  }
  // After a space (a thin or no-break one too), a word of prose before it, or a list's
  // comma, or a comparison or a symbol of "about" (`≈ 7sigma`, `(> 5sigma)`): not a
  // setting's `:` or `=`, a flag's name.
  if (!proseSpace(before)) return false;
  // A line's break counts as prose's space only after a line of prose (a space in it): a
  // listing's one name a line (`3sigma` / `5sigma`) is none, review115.
  if (before === 0x0a && !proseLineBefore(text, from - 1)) return false;
  const wordEnd = from - 1;
  // (Spaced after a comparison it must go on as prose: a shell's `> 3sigma` redirects.)
  if (`,${COMPARED}`.includes(text[wordEnd - 1] ?? '') && text[wordEnd - 1] !== '(') {
    // (A list inside a call's parentheses is code's: `clip(-5sigma, 5sigma)`, review115.)
    if (text[wordEnd - 1] === ',' && callBefore(text, wordEnd - 1)) return false;
    return afterProse(text, end, text[wordEnd - 1] === ',');
  }
  const wordStart = lettersStart(text, wordEnd, 20);
  if (wordStart === wordEnd) return false;
  if (text.charCodeAt(wordStart - 1) === 0x2d) return false;
  // At the text's end after a plain word, only where prose set a significance before
  // (`between 3sigma and 5sigma`; `git checkout 3sigma` stays).
  return afterProse(text, end, signed || significanceBefore(text, at));
}

/**
 * Whether the sentence ending at `at` (within 200 characters, on its line) set a
 * significance in prose before it: `between 3sigma and 5sigma`, `i.e. 3sigma and 5sigma`,
 * not a line or a sentence before it (`a 4sigma hint` / `make 3sigma`, `a 3sigma
 * result. pip install 5sigma`, review119 and review121).
 *
 * @example
 * ```ts
 * significanceBefore('between 3sigma and 5sigma', 19); // true
 * ```
 */
function significanceBefore(text: string, at: number): boolean {
  // The same sentence on the same line: after the last line break (a code's line may
  // follow prose's, `a 4sigma hint` / `make 3sigma`, review119), a `;`, or a sentence's
  // end (`excess. the branch`; not `i.e. `, `Fig. 3`, review120 and review121).
  const line = lineBefore(text, at, 200);
  let start = -1;
  for (const end of line.matchAll(SENTENCE_END)) {
    if (end[0][0] === ';' || !abbreviated(line, end.index)) start = Math.max(start, end.index);
  }
  return SIGNIFICANCE.test(line.slice(start + 1));
}

/**
 * Whether the period at `at` ends an abbreviation rather than a sentence: a small letter's
 * after a period (`e.g. `, `i.e. `, `w.r.t. `), a capital's alone before a capitalised
 * name (an initial, `J. Smith`), or a listed abbreviation's before a number, a small
 * letter or a bracket (`Fig. 3`, `et al. showed`, `App. (B)`). A capital alone before
 * anything else, a unit's or a sub-figure's letter, ends one (`in Appendix A. pip
 * install`, `20 K. Then`, `Fig. 3b. Then`, review123), as a listed one does before a
 * capital (`in our App. Run make`).
 *
 * @example
 * ```ts
 * abbreviated('i.e. the', 3); // true
 * abbreviated('Appendix A. pip', 10); // false
 * ```
 */
function abbreviated(line: string, at: number): boolean {
  const word = /[A-Za-z]+$/.exec(line.slice(Math.max(0, at - 8), at))?.[0];
  if (word === undefined) return false;
  const next = /^\s*(\S)(\S*)/.exec(line.slice(at + 1, at + 40));
  const first = next?.[1] ?? '';
  if (word.length === 1) {
    const before = line.charAt(at - 2);
    if (isLower(word.charCodeAt(0))) return before === '.';
    // (An initial stands after no letter or digit, before a capitalised word.)
    return !/[\w.]/.test(before) && /^[A-Z]$/.test(first) && /^[a-z]/.test(next?.[2] ?? '');
  }
  if (!ABBREVIATIONS.has(word)) return false;
  // (A title's or a comparison's ends none: `Dr. Smith`, `cf. Fig. 2`, `vs. BERT`.)
  return /^(?:Dr|Prof|cf|vs)$/.test(word) || /^[\da-z([]$/.test(first);
}

/**
 * A sentence's end: `.`, `!` or `?` and a space, after no abbreviation (`a 3sigma result.
 * pip install 5sigma`, review121), or a clause's `;` (`at 3σ confidence; rerun with flag
 * 5sigma`, review119).
 */
const SENTENCE_END = /[.!?;]\s/g;

/** Abbreviations whose period ends no sentence (`i.e. `, `Fig. 2`, `et al. `). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  'cf Fig Figs fig Eq Eqs Eqn eq Sec Secs sec Sect Tab Ref Refs ref Thm Lem Def Prop Cor Alg App vs al etc approx resp No no Ch ca pp Dr Prof'.split(
    ' ',
  ),
);

/**
 * A significance already in the text's prose: a number and `sigma` or `σ` after a word
 * and a space or after "about", no word glued after (`at 3sigma`, `∼3σ`; not `clip: 3sigma`).
 */
const SIGNIFICANCE = /(?:[A-Za-z] |[∼≈])\d+(?:\.\d+)?(?:sigma|σ)(?![\w./])/;

/**
 * A space and a letter, or a sentence's punctuation, after a significance at `end`; or
 * the text's end, when what stands before it says prose (`strong`: a sign, a range, a
 * comparison), not after a plain word (`git checkout 3sigma`).
 */
function afterProse(text: string, end: number, strong: boolean): boolean {
  if (end === text.length) return strong;
  const next = text.charCodeAt(end);
  if (proseSpace(next)) {
    return isLetter(text.charCodeAt(end + 1)) || text.charCodeAt(end + 1) === 0x28;
  }
  // A colon ends prose only before a word or the text's end (`{1sigma: 0.68}` is a map's).
  if (next === 0x3a) return end + 1 === text.length || isLetter(text.charCodeAt(end + 2));
  return ',.;!?)-\u2013'.includes(text[end] as string);
}

/**
 * Whether the line that ends at the line feed `at` holds a space: prose, not a listing's
 * one name (`3sigma`).
 */
function proseLineBefore(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  return at - start > 0 && at - start < 400 && text.slice(start, at).includes(' ');
}

/**
 * Whether the comma at `at` stands in a call's parentheses opened on its line within 60
 * characters (`clip(-5sigma, 5sigma)`): the `(` after a word, `$` or `=`, no `)` between.
 */
function callBefore(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0 && k > at - 60; k--) {
    const code = text.charCodeAt(k);
    if (code === 0x29 || code === 0x0a) return false;
    if (code === 0x28) {
      const owner = text.charCodeAt(k - 1);
      return isWordChar(owner) || owner === 0x24 || owner === 0x3d;
    }
  }
  return false;
}

/** A space prose sets between words: a plain, no-break or thin one, or a wrapped line's break; not a TAB (a cell's). */
function proseSpace(code: number): boolean {
  // (A line feed is a wrapped abstract's space: `excess at<LF>5sigma level`, review114.)
  return code !== 0x09 && code !== 0x0d && isSpace(code);
}

/** What a significance may stand glued after: a parenthesis, a comparison, "about". */
const COMPARED = '(><~\u223c\u2248\u2273\u2272\u2265\u2264\u00b1';

/**
 * `sigma` (or `σ`) at `stop`, then no word, path or domain: a number's significance.
 *
 * @example
 * ```ts
 * sigmaAfter('7sigma above', 1); // true
 * sigmaAfter('2sigmaEdTech', 1); // false
 * ```
 */
function sigmaAfter(text: string, stop: number): boolean {
  const length = text.startsWith('sigma', stop) ? 5 : text.charCodeAt(stop) === 0x3c3 ? 1 : 0;
  if (length === 0) return false;
  const next = text.charCodeAt(stop + length);
  return !(
    isWordChar(next) ||
    next === 0x5f ||
    next === 0x2f ||
    (next === 0x2e && isLetter(text.charCodeAt(stop + length + 1)))
  );
}

/**
 * Does a Windows batch file's variable end before the space before `start`, standing as
 * a word of its own (`%errorlevel%`, `%1`, `%~n1`, a loop's `%%i` and `%%~zf`, a
 * substring's `%str:~0,1%`, delayed `!n!`, maybe quoted: `"%size%"`)? Then `leq`, `geq`
 * and `neq` are its `if` command's comparisons, written in letters (`if %errorlevel% neq
 * 0 (`, the eighty-sixth blind set's clean side). A variable glued after a word is
 * math's (`a!b!`, `x%2`).
 *
 * @example
 * ```ts
 * batchOperand('if %errorlevel% neq 0', 16); // true
 * batchOperand('when 5% neq', 8); // false
 * batchOperand('n!m! neq 1', 5); // false
 * ```
 */
function batchOperand(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 0x20) return false;
  return BATCH_OPERAND.test(text.slice(Math.max(0, start - 40), start - 1));
}

/** A batch file's variable as a word before a comparison: see {@link batchOperand}. */
const BATCH_OPERAND =
  /(?:^|[\s(=])"?(?:%%~?[a-z]*[A-Za-z]|%~?[a-z]*\d|%[A-Za-z_][\w.:~,=-]*%|![A-Za-z_][\w.:~,=-]*!)"?$/;

/**
 * The gate for `leq`/`geq`/`neq`: the rule's own test at each `q` (rare in English,
 * so the search stops at few places). `cdot` is an anchor.
 *
 * @example
 * ```ts
 * hasRelation('a sequence, p leq 3'); // true
 * hasRelation('a sequence, equal'); // false
 * ```
 */
function hasRelation(text: string): boolean {
  let at = text.indexOf('q');
  while (at !== -1) {
    if (wordEndingAt(text, at + 1) !== undefined) return true;
    at = text.indexOf('q', at + 1);
  }
  return false;
}

/**
 * A flattened `propto` at `start` as `∝`: no English word, but a macro's name prose may
 * mention, so it needs operands on both sides. On the left a variable (one letter or a
 * Greek one, maybe with a script: `q_i propto`, `T propto`) or a closing bracket, spaced
 * from it or glued after a script or a bracket (`eta_2propto`, `f(x)propto`: spaced
 * then); on the right, after a space or a wrapped line's break, a variable, a number or
 * a bracket that opens one (`p_i`, `D^γ`, `(x)`), in a text that holds a script. Not a
 * snake-cased name's part (`log_prob_propto x`) nor prose about it (`the macro propto
 * (∝)`).
 *
 * @example
 * ```ts
 * proportionalAt('q_i propto p_i', 4); // one hit: 'propto' → '∝'
 * proportionalAt('eta_2propto d', 5); // one hit: 'propto' → ' ∝'
 * proportionalAt('the propto macro', 4); // undefined
 * ```
 */
function proportionalAt(text: string, start: number): Outcome | undefined {
  const end = start + 6;
  if (!text.startsWith('propto', start)) return undefined;
  // Only in a text that holds a script, as flattened math does (`q_i`, `D^γ`): so the
  // gate's `^` and `_` anchors cover it, and no search for the word slows clean text.
  if (!text.includes('_') && !text.includes('^')) return undefined;
  if (!isGap(text.charCodeAt(end))) return undefined;
  const spaced = isGap(text.charCodeAt(start - 1));
  const left = spaced ? start - 1 : start;
  if (!operandBefore(text, left, spaced)) return undefined;
  const next = text.charCodeAt(end + 1);
  const variable = (isLetter(next) || isGreekLetter(next)) && !isLetter(text.charCodeAt(end + 2));
  const bracket = next === 0x28 && /^\([A-Za-z0-9]/.test(text.slice(end + 1, end + 3));
  return isDigit(next) || bracket || variable ? single(start, end, spaced ? '∝' : ' ∝') : undefined;
}

/**
 * Does an operand end at `end`: a closing bracket or brace, or a variable (one letter or
 * a Greek one standing alone, maybe with a script of up to three characters or a braced
 * one), or, spaced, a closing bar, a Greek letter's name or an acronym (`|x|`, `sigma`,
 * `SFR`)? Glued (not `spaced`), only a script or a bracket: a letter glued there is a
 * name's (`my_propto`, `log_prob_propto`).
 *
 * @example
 * ```ts
 * operandBefore('q_i ', 3, true); // true
 * operandBefore('log_prob_', 9, false); // false
 * ```
 */
function operandBefore(text: string, end: number, spaced: boolean): boolean {
  const last = text.charCodeAt(end - 1);
  if (last === 0x29 || last === 0x5d || last === 0x7d) return true;
  const script =
    /(?:^|[^A-Za-z0-9_])[A-Za-z\u03b1-\u03c9\u0391-\u03a9]*[_^](?:[A-Za-z0-9]{1,3}|\{[^{}]{1,12}\})$/u;
  const before = text.slice(Math.max(0, end - 24), end);
  // A script glued to its variable: the variable a Greek name or one letter.
  const scripted = script.exec(before);
  if (scripted !== null) {
    const name = scripted[0].replace(/^[^A-Za-z\u0370-\u03ff]/u, '').split(/[_^]/)[0] as string;
    return name.length <= 1 || Object.hasOwn(GREEK, name) || isGreekLetter(name.charCodeAt(0));
  }
  if (!spaced) return false;
  // Spaced: a variable of one letter, a closing bar, a Greek letter's name or an
  // acronym standing alone (`sigma propto`, `SFR propto`).
  if (last === 0x7c) return true;
  const start = lettersStart(text, end, 8);
  const word = text.slice(start, end);
  if (start === end || !isBoundary(text, start)) {
    return isGreekLetter(last) && !isWordChar(text.charCodeAt(end - 2));
  }
  return word.length === 1 || Object.hasOwn(GREEK, word) || /^[A-Z]{2,5}$/.test(word);
}

/** What code writes before a function's name it defines or calls as a method. */
const CODE_NAME_BEFORE = /(?:\b(?:def|function|fn|func|sub|fun)[ \t]+|[\w)\]]\.|::)$/;

/** `leq`/`geq`/`neq`/`cdot` (maybe glued to a variable: `kleq`) ending at `end`. */
function wordEndingAt(text: string, end: number): Outcome | undefined {
  if (isLetter(text.charCodeAt(end))) return undefined;
  const start = lettersStart(text, end, 6);
  const length = end - start;
  if (length < 3 || length > 5) return undefined;
  // A function's name that code defines or calls as a method (`def leq(a, b):`,
  // `x.leq(y)`): no relation.
  if (
    text.charCodeAt(end) === 0x28 &&
    CODE_NAME_BEFORE.test(text.slice(Math.max(0, start - 12), start))
  ) {
    return undefined;
  }
  for (const word of ['leq', 'geq', 'neq', 'cdot']) {
    const wordStart = end - word.length;
    if (wordStart < start || !text.startsWith(word, wordStart)) continue;
    // The word alone, or glued to a one-letter variable (`kleq3`) or a Greek letter
    // standing alone (`λcdot k`).
    const greek =
      wordStart === start &&
      isGreekLetter(text.charCodeAt(start - 1)) &&
      isBoundary(text, start - 1);
    if (wordStart - start > 1 || !(isBoundary(text, start) || greek)) return undefined;
    // Or a function's placeholder argument (`f(cdot)`, `g(cdot, cdot)`).
    const placeholder =
      word === 'cdot' &&
      text.charCodeAt(wordStart - 1) === 0x28 &&
      (text.charCodeAt(end) === 0x29 || text.charCodeAt(end) === 0x2c);
    // (A wrapped line's break before a number only after a small one-letter variable, not
    // `a` or `i`: `(p leq<LF>0.01)`; not a list's `2. leq<LF>3.`, a column's `leq<LF>12`, a
    // row's `1 leq<LF>2` or `Row B leq<LF>2`, an article's `a leq<LF>(…)`, review144 to
    // review146.)
    const wrapped =
      wordStart === start &&
      /(?:^|[\s(])[b-hj-z] $/.test(text.slice(Math.max(0, start - 3), start));
    if (
      !hasRightOperand(text, end, wrapped) &&
      !betweenCapitals(text, start, end) &&
      !placeholder
    ) {
      return undefined;
    }
    if (batchOperand(text, start)) return undefined;
    return withGreekOperand(text, wordStart, end, MATH_WORDS[word]?.symbol as string);
  }
  return undefined;
}

/**
 * The relation `start`–`end` as `symbol`, and a Greek name spelled out as its left
 * operand (`lambda neq 0`) as its letter: the flattened relation says the name is math.
 *
 * @example
 * ```ts
 * withGreekOperand('when lambda neq 0', 12, 15, '≠'); // hits: 'lambda' → 'λ', 'neq' → '≠'
 * ```
 */
function withGreekOperand(text: string, start: number, end: number, symbol: string): Outcome {
  const nameEnd = text.charCodeAt(start - 1) === 0x20 ? start - 1 : start;
  const nameStart = greekNameStart(text, nameEnd);
  const relation = { start, end, text: symbol };
  if (nameStart < 0) return { hits: [relation], resume: end };
  const letter = GREEK[text.slice(nameStart, nameEnd)] as string;
  return { hits: [{ start: nameStart, end: nameEnd, text: letter }, relation], resume: end };
}

/**
 * Where a Greek letter's name (or another of `names`) ending at `end` starts, with no
 * word or backslash glued on its left (`lambda` in `when lambda neq`, `chi` in
 * `-chi^2`), or -1.
 *
 * @example
 * ```ts
 * greekNameStart('when lambda neq', 11); // 5
 * greekNameStart('\\lambda', 7); // -1
 * ```
 */
function greekNameStart(
  text: string,
  end: number,
  names: Readonly<Record<string, string>> = GREEK,
): number {
  const start = lettersStart(text, end, 11);
  const named = start < end && Object.hasOwn(names, text.slice(start, end));
  return named && isBoundary(text, start) ? start : -1;
}

/**
 * The symbol of a comparison or an approximation (`le`, `ge`, `sim`, `approx`, `lesssim`,
 * `gtrsim`) that runs from `start` to `end` glued after a Greek letter standing alone:
 * its variable (`ρapprox 0.10`). No English word or name is spelled so. Undefined
 * otherwise.
 *
 * @example
 * ```ts
 * greekVariable('tasks (ρapprox 0.10)', 8, 14); // '≈'
 * greekVariable('(mu approx 0.10)', 4, 10); // undefined
 * ```
 */
function greekVariable(text: string, start: number, end: number): string | undefined {
  if (!isGreekLetter(text.charCodeAt(start - 1)) || !isBoundary(text, start - 1)) {
    return undefined;
  }
  const word = text.slice(start, end);
  if (!Object.hasOwn(MATH_WORDS, word)) return undefined;
  const entry = MATH_WORDS[word] as { kind: MathWordKind; symbol: string };
  return entry.kind === 'relation' || entry.kind === 'plusminus' ? undefined : entry.symbol;
}

/**
 * textcomp's `\\textless` or `\\textgreater` that lost its backslash, ending at `end`
 * before the number at `at` (`textless 5.5`, `textless7`): the relation. A word on its
 * own only, and not the adjective (`textless NLP`, `a textless 16:9 image`, `textless
 * 3D glass`): after an article, or before a number that goes on as a size, a ratio or a
 * name does; nor the closing bracket of an HTML tag flattened with its brackets
 * (`H textless sub textgreater 2 textless /sub textgreater O` stays).
 *
 * @example
 * ```ts
 * textRelation('and textless7', 12, 12); // one hit: 'textless' → '<'
 * ```
 */
function textRelation(text: string, end: number, at: number): Outcome | undefined {
  for (const [word, symbol] of TEXT_RELATIONS) {
    const start = end - word.length;
    if (start < 0 || !text.startsWith(word, start) || !isBoundary(text, start)) continue;
    // The adjective before a size, a ratio or a model's name (`a textless 16:9 image`,
    // `textless 3D glass`, `a textless 2-stage model`): a number that goes on.
    const after = text.charCodeAt(numberEnd(text, at));
    if (isLetter(after) || after === 0x3a || after === 0xd7 || after === 0x2d) return undefined;
    // An HTML tag flattened with its brackets (`H textless sub textgreater 2`): not a relation.
    if (symbol === '>' && FLAT_TAG_BEFORE.test(text.slice(Math.max(0, start - 32), start))) {
      return undefined;
    }
    return ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 6), start))
      ? undefined
      : lookback(start, end, symbol);
  }
  return undefined;
}

/**
 * `textless sub `, `textless /sup `, `textless jats:sub ` or `textless br/ `: a flattened
 * HTML or XML tag's opening, before its `textgreater`.
 */
const FLAT_TAG_BEFORE = /textless\s\/?[A-Za-z][\w:-]{0,12}\/?\s?$/;

/** An article or a determiner right before a word: `a textless …` is an adjective's. */
const ARTICLE_BEFORE = /(?:^|[^A-Za-z])(?:[Aa]n?|[Tt]he|[Oo]ne|[Oo]ur|[Tt]his)\s$/;

const TEXT_RELATIONS = [
  ['textless', '<'],
  ['textgreater', '>'],
] as const;

/** A math word just before the number that starts at `at`: `kge3`, `sim7`, `0.5 pm 0.1`. */
function wordBeforeNumber(text: string, at: number): Outcome | undefined {
  // Only the first digit of a number: the others would look back at digits.
  const before = text.charCodeAt(at - 1);
  if (isDigit(before) || (before === 0x2e && isDigit(text.charCodeAt(at - 2)))) return undefined;
  if (before === 0x5b || before === 0x28) return memberOfInterval(text, at);
  // `{sim}2{times}`: `{\sim}` braced to drop its spacing, without its backslash.
  if (before === 0x7d) return bracedBeforeNumber(text, at);
  // A negative value after a spaced word: `approx -1.05`.
  const signed = before === 0x2d && isGap(text.charCodeAt(at - 2));
  const spaced = isGap(before) || signed;
  const end = signed ? at - 2 : spaced ? at - 1 : at;
  // Every word found here ends in e (le, ge), m (sim, pm) or x (approx), but textcomp's.
  const last = text.charCodeAt(end - 1);
  if (last === 0x73 || last === 0x72) return textRelation(text, end, at);
  if (last !== 0x65 && last !== 0x6d && last !== 0x78) return undefined;
  const start = lettersStart(text, end, 8);
  if (start === end || end - start > 7) return undefined;
  const numberStop = numberEnd(text, at);
  // `20sim 100 samples`: a range from a number glued on the left, the space its own.
  if (
    spaced &&
    !signed &&
    end - start === 3 &&
    text.startsWith('sim', start) &&
    isDigit(text.charCodeAt(start - 1)) &&
    standsAlone(text, numberStart(text, start)) &&
    !isLetter(text.charCodeAt(numberStop))
  ) {
    return lookback(start, at, '∼');
  }
  const variable = greekVariable(text, start, end);
  if (variable !== undefined) return lookback(start, end, spaced ? ` ${variable}` : variable);
  for (const [word, entry] of BEFORE_NUMBER) {
    const wordStart = end - word.length;
    if (wordStart < start || wordStart - start > 1 || !text.startsWith(word, wordStart)) continue;
    if (fits(text, entry.kind, { start, wordStart, spaced, numberFrom: at, numberStop })) {
      return lookback(wordStart, end, entry.symbol);
    }
  }
  return undefined;
}

/**
 * `{sim}` or `{approx}` right before the number at `at`, not glued to a word on its left:
 * a flattened `{\sim}`. Between two numbers `{sim}` is a range's (`1.2{sim}1.3times`,
 * the ninety-fourth blind set's Hub abstract), as a glued `0.1sim0.2` is, when the
 * left one stands in prose.
 *
 * @example
 * ```ts
 * bracedBeforeNumber('with {sim}6{times} fewer', 10); // one hit: '{sim}' → '∼'
 * bracedBeforeNumber('(1.2{sim}1.3times', 9); // one hit: '{sim}' → '∼'
 * bracedBeforeNumber('x{sim}2', 6); // undefined
 * ```
 */
function bracedBeforeNumber(text: string, at: number): Outcome | undefined {
  const found = /\{(sim|approx)\}$/.exec(text.slice(Math.max(0, at - 8), at));
  if (found === null) return undefined;
  const start = at - found[0].length;
  const before = text.charCodeAt(start - 1);
  const range =
    found[1] === 'sim' && isDigit(before) && standsApartLeft(text, numberStart(text, start));
  if ((isWordChar(before) && !range) || before === 0x5c) {
    return undefined;
  }
  return lookback(start, at, found[1] === 'sim' ? '∼' : '≈');
}

/**
 * `t in [0, 1]`, `alpha in (0, 1)`: a flattened `\in` between a variable (one letter
 * other than `a`, `A`, `I`, or a Greek letter) and an interval of two numbers, seen
 * from the interval's first digit at `at`. Not in a text that writes its relations in
 * ASCII (`epsilon >= 0 and delta in [0,1]`): its author typed `in` too.
 *
 * @example
 * ```ts
 * memberOfInterval('for t in [0, 1]', 10); // one hit: 'in' → '∈'
 * memberOfInterval('alpha in (0, 1)', 10); // 'alpha' → 'α', 'in' → '∈'
 * memberOfInterval('as in [1, 2]', 7); // undefined
 * memberOfInterval('x >= 0, t in [0, 1]', 14); // undefined
 * ```
 */
function memberOfInterval(text: string, at: number): Outcome | undefined {
  if (!text.startsWith(' in ', at - 5) || /[<>!]=/.test(text)) return undefined;
  if (!/^-?[\d.]+, ?-?[\d.]+[\])]/.test(text.slice(at, at + 24))) return undefined;
  const variable = text.charCodeAt(at - 6);
  const one = isLetter(variable) && !isWordChar(text.charCodeAt(at - 7));
  const greek = variable >= 0x3b1 && variable <= 0x3c9;
  const name = text.slice(lettersStart(text, at - 5, 8), at - 5);
  if (!(one && !'aAI'.includes(text[at - 6] as string)) && !greek && !Object.hasOwn(GREEK, name)) {
    return undefined;
  }
  return withGreekOperand(text, at - 4, at - 2, '∈');
}

/** The words found by looking back from a number (relations have their own trigger). */
const BEFORE_NUMBER = Object.entries(MATH_WORDS).filter(([, entry]) => entry.kind !== 'relation');

interface Place {
  /** Start of the letter run (a glued variable, or the word). */
  start: number;
  wordStart: number;
  /** A space between the word and the number. */
  spaced: boolean;
  /** Start and end of the number after the word. */
  numberFrom: number;
  numberStop: number;
}

/** Does the context around a word before a number fit its kind? */
function fits(text: string, kind: MathWordKind, place: Place): boolean {
  const { start, wordStart, spaced, numberFrom, numberStop } = place;
  const gluedVariable = wordStart - start === 1;
  // `93.5pm1.2`: a plus-minus sign may be glued to the number on its left.
  if (kind === 'plusminus' && !spaced && !gluedVariable) {
    // Word-initial before a decimal percentage it is a tolerance (`with pm0.1% numeric
    // tolerance`); a particle size is no share (`PM2.5`, `pm10`), nor a count's
    // percentage after a clock time (`7 pm5% of views`), nor code's field (`pm1%x`).
    if (
      isWordInitial(text, start) &&
      isPercent(text, numberStop) &&
      text.slice(numberFrom, numberStop).includes('.') &&
      !isLetter(text.charCodeAt(numberStop + 1))
    ) {
      return true;
    }
    // Before a whole number and a unit after a space it is a tolerance too (`within pm2
    // pixels`); a particle size has a decimal (`pm2.5`) or no unit (`pm10 levels`).
    if (
      isWordInitial(text, start) &&
      text.charCodeAt(numberStop) === 0x20 &&
      !text.slice(numberFrom, numberStop).includes('.') &&
      TOLERANCE_UNITS.has(text.slice(numberStop + 1, lettersEnd(text, numberStop + 1)))
    ) {
      return true;
    }
    // A parenthesis around it and a one alone, set apart in prose, is a binary value's
    // set (`binary (pm1) layers`); not code's (`f(pm1)`, `data[pm1]`, `${pm1}`) nor a
    // particle's size in a text about air (`fine particulate matter (pm1)`).
    if (
      text.slice(numberFrom, numberStop) === '1' &&
      parenthesized(text, start, numberStop) &&
      !AIR_QUALITY.test(text)
    ) {
      return true;
    }
    // A letter after the second number is a time's (`5pm2am`, `7.30pm8.30pm`), unless both
    // are decimals no clock shows: a unit's (`126.0pm8.7M_sun`).
    const right = text.slice(numberFrom, numberStop);
    const leftFrom = numberStart(text, start);
    const left = text.slice(leftFrom, start);
    return (
      isDigit(text.charCodeAt(start - 1)) &&
      text.charCodeAt(start - 2) !== 0x5c &&
      (!isLetter(text.charCodeAt(numberStop)) ||
        (right.includes('.') &&
          left.includes('.') &&
          !CLOCK.test(left) &&
          !CLOCK.test(right) &&
          !/^[ap]m/i.test(text.slice(numberStop, numberStop + 2)) &&
          standsAlone(text, leftFrom)))
    );
  }
  // `0.1sim0.2 volt`: a range between two quantities, glued.
  if (
    kind === 'approximate' &&
    !spaced &&
    !gluedVariable &&
    text.startsWith('sim', start) &&
    isDigit(text.charCodeAt(start - 1)) &&
    (isQuantity(text, numberFrom, numberStop) || glued(text, start, numberStop))
  ) {
    return true;
  }
  if (!isBoundary(text, start)) return false;
  switch (kind) {
    case 'comparison':
      // `kge3`, or `k ge 3`: a variable on the left, a number on the right.
      // A small letter: `Sle1`, `Tle1` are gene names.
      if (gluedVariable) return !spaced && isVariable(text[start] as string);
      return spaced && isGap(text.charCodeAt(start - 1)) && hasLeftOperand(text, start - 1);
    case 'approximate':
      // `sim7\%`, `approx30%`: word-initial, a number glued on, not `sim2real`.
      if (gluedVariable) return false;
      if (spaced) {
        // `p approx 0.5`, `CAF approx 1.0` (a measure's acronym is its variable), or `sim`
        // before a quantity (`sim 2M`, `sim 10 GPU hours`) where no article makes it a
        // noun (`the sim 2 map`). A spaced `approx 30%` after a word is English's
        // abbreviation that lost its period, and stays.
        if (isGap(text.charCodeAt(start - 1))) {
          if (hasLeftOperand(text, start - 1)) return true;
          // Before a number with a flattened `times` glued on, it is the formula's too
          // (`our approx 11times smaller`): English writes `approx. 11 times`.
          if (text.startsWith('approx', start) && text.startsWith('times', numberStop)) return true;
          // So before a significance (`lies approx 7sigma above`); a spaced `sim` is the
          // simulation's as often (`run sim 5sigma`, review111).
          if (text.startsWith('approx', start) && sigmaAfter(text, numberStop)) return true;
          // An acronym, or a small Greek letter's name (`gamma approx 0.85`), is a measure's
          // name before a decimal it approximates (`CAF approx 1.0`); before a count or a
          // share it is English (`the USA approx 30%`, `tai chi approx 3 times`).
          if (
            text.startsWith('approx', start) &&
            (((acronymBefore(text, start - 1) ||
              greekNameBefore(text, start - 1) ||
              closedValue(text, numberStop)) &&
              isMeasure(text, numberFrom, numberStop)) ||
              preciseShare(text, numberFrom, numberStop) ||
              listedValue(text, start - 1, numberStop))
          ) {
            return true;
          }
        }
        return (
          text.startsWith('sim', start) &&
          isWordInitial(text, start) &&
          // Before a multiplier it is no noun (`the sim 70times larger model`).
          (isMultiplier(text, numberStop) ||
            !/\b(?:the|a|an|this|each|our|its|per)\s$/i.test(
              text.slice(Math.max(0, start - 6), start),
            )) &&
          // Spaced, a thousands group alone is a count (`in sim 2,000 trajectories`); a
          // multiplier's capital is a quantity's (`up to sim 2X SpeedUp`, a Hugging Face
          // page's flattened `$\\sim$ 2X`; glued, `sim2X` is a name, review124).
          (isQuantity(text, numberFrom, numberStop, false) ||
            /^X(?![\w-])/.test(text.slice(numberStop, numberStop + 2)))
        );
      }
      // A bare whole number is a name's index (`sim1 and sim2`, `scenarios sim1 to 4`); a
      // decimal, a unit or a percentage is a quantity (`sim4.7M`, `approx10x`, `sim7\%`),
      // and so is the start of a range from it to another number (`from sim40 to 19`).
      return (
        isWordInitial(text, start) &&
        (isQuantity(text, numberFrom, numberStop) ||
          rangeFrom(text, start, numberStop) ||
          sigmaAfter(text, numberStop))
      );
    case 'plusminus': {
      if (gluedVariable) return false;
      const left = spaced ? start - 1 : start;
      if (spaced && !isGap(text.charCodeAt(left))) return false;
      // A share's tolerance after `by`, `within`, `around` or `about` (`vary by pm 23%`),
      // where a clock's `pm` follows a number; not a particle's size (`by pm 10%`).
      if (
        spaced &&
        isPercent(text, numberStop) &&
        TOLERANCE_WORDS.has(wordBefore(text, left)) &&
        !PARTICLE_NUMBERS.has(text.slice(numberFrom, numberStop)) &&
        !AIR_QUALITY.test(text)
      ) {
        return true;
      }
      // Spaced between whole numbers it is a time (`5 pm 7 days`); a decimal says ±.
      const decimal =
        text.slice(numberFrom, numberStop).includes('.') ||
        text.slice(numberStart(text, left), left).includes('.');
      if (spaced && !decimal) return false;
      return isDigit(text.charCodeAt(left - 1)) && !isLetter(text.charCodeAt(numberStop));
    }
    case 'bound':
      return gluedVariable ? !spaced && isVariable(text[start] as string) : true;
    case 'relation':
      return false;
  }
}

/**
 * Does a range run from the word at `start` to another number: `from ` before it, and
 * ` to ` and a digit after the number that ends at `stop`?
 *
 * @example
 * ```ts
 * rangeFrom('the FID from sim40 to 19', 13, 18); // true
 * rangeFrom('scenarios sim1 to 4', 10, 14); // false
 * ```
 */
function rangeFrom(text: string, start: number, stop: number): boolean {
  return text.startsWith('from ', start - 5) && / to \d/y.test(text.slice(stop, stop + 5));
}

/** A percent sign, maybe escaped, right after a number that ends at `stop`. */
function isPercent(text: string, stop: number): boolean {
  return text.charCodeAt(stop) === 0x25 || text.startsWith('\\%', stop);
}

/** A multiplier after a number that ends at `stop`: `sim16times` (`×` once `times` became it). */
function isMultiplier(text: string, stop: number): boolean {
  return text.charCodeAt(stop) === 0xd7 || text.startsWith('times', stop);
}

/**
 * Magnitudes and units that may follow an approximate number (`sim4.7M`, `approx10x`,
 * `sim3GB`); any other letters make it a word (`sim2real`).
 */
const UNITS = new Set(
  'K k M B T G x h s d m ms us ns GB MB TB KB kB Hz kHz MHz GHz THz px fps FPS dB mm cm nm km kg mg g eV meV keV MeV GeV TeV mK mW W kW MW V mV mA A nA mT Pa kPa MPa GPa um μm Å FLOPs GFLOPs TFLOPs PFLOPs min hrs tokens'.split(
    ' ',
  ),
);

/**
 * A text about air: particulate matter named by its sizes in any spelling (`PM1`,
 * `PM2.5`, `PM25`, `pm10`, `PM₂.₅`) or in words. Its `pm1` is a size.
 */
const AIR_QUALITY =
  /\bPM ?(?:1|2\.5|25|10)\b|PM[₁₂]|\b[Pp][Mm] ?(?:2\.5|25|10)\b|[Pp]articulate|[Aa]erosol|[Aa]ir[- ][Qq]uality/;

/** Particle sizes, which a `pm` before them names (`pm 10`, `pm 2.5`). */
const PARTICLE_NUMBERS = new Set(['1', '2.5', '25', '10']);

/** Words after which a spaced `pm` before a share is its tolerance (`vary by pm 23%`). */
const TOLERANCE_WORDS = new Set(['by', 'within', 'around', 'about']);

/**
 * The word that ends right before `end` (`by` in `vary by `), or `''`.
 *
 * @example
 * ```ts
 * wordBefore('vary by pm', 7); // 'by'
 * ```
 */
function wordBefore(text: string, end: number): string {
  return text.slice(lettersStart(text, end, 8), end);
}

/**
 * Is the word at `start` and the number that ends at `stop` all a parenthesis holds,
 * set apart in prose: a space or the text's start before it, and a space or a mark
 * after it (`binary (pm1) layers`)? A call's or an index's bracket is glued to a name
 * (`f(pm1)`, `data[pm1]`).
 *
 * @example
 * ```ts
 * parenthesized('binary (pm1) layers', 8, 11); // true
 * parenthesized('df.plot(pm1)', 8, 11); // false
 * ```
 */
function parenthesized(text: string, start: number, stop: number): boolean {
  if (text[start - 1] !== '(' || text[stop] !== ')') return false;
  const before = text.charCodeAt(start - 2);
  const after = text.charCodeAt(stop + 1);
  return (
    (start < 2 || isGap(before)) &&
    (Number.isNaN(after) || isGap(after) || /[.,;:]/.test(text[stop + 1] as string))
  );
}

/** Units a tolerance is given in after a space (`pm2 pixels`, `pm5 mm`, `pm3 dB`). */
const TOLERANCE_UNITS: ReadonlySet<string> = new Set([
  ...UNITS,
  'pixels',
  'degrees',
  'percent',
  'points',
  'bits',
]);

/**
 * End of the unit after a number that ends at `from` (`from` itself when no letter
 * follows), or -1 when the letters there are no unit.
 *
 * @example
 * ```ts
 * unitEnd('sim4.7M params', 7); // 8
 * unitEnd('sim2real', 4); // -1
 * ```
 */
function unitEnd(text: string, from: number): number {
  const end = lettersEnd(text, from);
  if (end === from) return from;
  return UNITS.has(text.slice(from, end)) ? end : -1;
}

/**
 * A script at `at` (`^` or `_`) between flattened math names: a Greek letter's name (or
 * `ell`) right before it, when the script is a digit, a group, one letter, a raised star
 * alone (`theta^*`) or a parameter's Greek name (`chi^2`, `theta_1`, `mu_theta`, `ell_2`; not `alpha_beta`, an
 * identifier's words); `infty` as the script of a one-letter or Greek base (`L_infty`,
 * `x^infty`); and a raised `top`, `prime` or `star` on one letter, up to three capitals or a
 * group (`QK^top`, `x^prime`; not `stack^top`). Names are whole words: `mu_theta` is
 * two, `alpha_version` none.
 *
 * @example
 * ```ts
 * greekBefore('the chi^2 test', 7); // one hit: 'chi' → 'χ'
 * greekBefore('pi_theta(a|s)', 2); // hits: 'pi' → 'π', 'theta' → 'θ'
 * greekBefore('the L_infty norm', 5); // one hit: 'infty' → '∞'
 * greekBefore('alpha_version', 5); // undefined
 * ```
 */
function greekBefore(text: string, at: number): Outcome | undefined {
  const start = greekNameStart(text, at, SCRIPT_BASES);
  const scriptEnd = lettersEnd(text, at + 1);
  const script = text.slice(at + 1, scriptEnd);
  // A Greek name or `infty` as the whole script, no word glued after it.
  // A parameter's letter as the script (`pi_theta`, `q_phi`); other Greek pairs are as
  // often an identifier's words (`alpha_beta` pruning).
  const named =
    !isWordChar(text.charCodeAt(scriptEnd)) && (script === 'infty' || PARAMETERS.has(script));
  if (start < 0) {
    // `L_infty`: a one-letter base, alone as a word. `W^top`, `(AB)^top`, `x^prime`: a
    // raised `top` or `prime` on a term (`stack_top` is a name's end).
    const oneLetter = isLetter(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(at - 2));
    if (named && script === 'infty' && oneLetter && isBoundary(text, at - 1)) {
      return { hits: [{ start: at + 1, end: scriptEnd, text: '∞' }], resume: scriptEnd };
    }
    // The Sun's mark as a one-letter quantity's script (`M_odot`, `R_{odot}`), no word.
    if (oneLetter && isBoundary(text, at - 1) && text.charCodeAt(at) === 0x5f) {
      const from = text.charCodeAt(at + 1) === 0x7b ? at + 2 : at + 1;
      const closed = from === at + 1 || text.charCodeAt(from + 4) === 0x7d;
      if (text.startsWith('odot', from) && closed && !isWordChar(text.charCodeAt(from + 4))) {
        return { hits: [{ start: from, end: from + 4, text: '⊙' }], resume: from + 4 };
      }
    }
    const raised = RAISED[script];
    // A term: one letter, up to three capitals (a product of matrices), or a group.
    const term =
      text.charCodeAt(at - 1) === 0x29 ||
      /(?:^|[^A-Za-z0-9_])(?:[A-Za-z]|[A-Z]{2,3})$/.test(text.slice(Math.max(0, at - 4), at));
    return raised !== undefined &&
      text.charCodeAt(at) === 0x5e &&
      term &&
      !isWordChar(text.charCodeAt(scriptEnd))
      ? // A prime is a raised mark of its own: its `^` goes (`x^prime` → `x′`).
        {
          hits: [{ start: script === 'prime' ? at : at + 1, end: scriptEnd, text: raised }],
          resume: scriptEnd,
        }
      : undefined;
  }
  const base = { start, end: at, text: SCRIPT_BASES[text.slice(start, at)] as string };
  if (named) {
    const letter = script === 'infty' ? '∞' : (GREEK[script] as string);
    return { hits: [base, { start: at + 1, end: scriptEnd, text: letter }], resume: scriptEnd };
  }
  const next = text.charCodeAt(at + 1);
  // A braced parameter's letter (`epsilon_{theta}`): the group keeps its braces.
  if (next === 0x7b) {
    const nameEnd = lettersEnd(text, at + 2);
    const inner = text.slice(at + 2, nameEnd);
    if (text.charCodeAt(nameEnd) === 0x7d && (inner === 'infty' || PARAMETERS.has(inner))) {
      const letter = inner === 'infty' ? '∞' : (GREEK[inner] as string);
      return { hits: [base, { start: at + 2, end: nameEnd, text: letter }], resume: nameEnd };
    }
  }
  // A raised star alone on a small letter's name (`theta^*`, the optimum): `ornaments`
  // then raises it (θ*). Not a lowered one (`Sigma_*`, stellar, is as often typed so in
  // plain text), nor on a capital's name, a name's as often (`Zhang Xi^*`, `Pi^*`), nor
  // after a hyphen (`pi-pi^*` transitions, a chemist's word).
  const scripted =
    isDigit(next) ||
    next === 0x7b ||
    (isLetter(next) && !isLetter(text.charCodeAt(at + 2))) ||
    (next === 0x2a &&
      text.charCodeAt(at) === 0x5e &&
      isLower(text.charCodeAt(start)) &&
      text.charCodeAt(start - 1) !== 0x2d &&
      !isWordChar(text.charCodeAt(at + 2)));
  if (!scripted || settingName(text, start, at)) return undefined;
  // A particle's charge after a lowered letter (`Omega_b- to J/psi`, `Lambda_c+`): a
  // physicist's names in ASCII, which keep their Greek words elsewhere too. (A `0` is a
  // cosmologist's present-day value as often: `Omega_b0 h^2` is read.)
  if (isLetter(next) && /^[-+](?!\w)/.test(text.slice(at + 2, at + 4))) return undefined;
  return lookback(base.start, base.end, base.text);
}

/**
 * Whether the name from `start` (its script at `at`) opens its line before an
 * assignment's `=`: a setting's name in a config or code (`beta_1           = 0.9`), not
 * flattened math. Line breaks in flattened text come from no wrapping of abstracts.
 *
 * @example
 * ```ts
 * settingName('lr = 1e-3\nbeta_1 = 0.9', 10, 14); // true
 * settingName('with beta_1 = 0.9', 5, 9); // false
 * ```
 */
function settingName(text: string, start: number, at: number): boolean {
  return firstOnLine(text, start) && SETTING.test(text.slice(at + 1, at + 40));
}

/** A script's rest (`1`, `{t}`) and an assignment's `=`, not a comparison's `==`. */
const SETTING = /^[\w{}]*[ \t]*=(?!=)/;

/** Big operators that may stand flattened before their limits (`sum_{i=1}^{N}`). */
const BIG_OPERATORS: Readonly<Record<string, string>> = { sum: '∑', prod: '∏' };

/**
 * An asymptotic bound's capital Greek name before the parenthesis that holds the script
 * at `at` (`Theta(T^{2/3})`, `Omega(n^2)`: `\Theta` and `\Omega` flattened on a listing
 * page): a word of its own, its parenthesis within 40 characters and still open.
 *
 * @example
 * ```ts
 * boundBefore('remains Theta(T^{2/3}), but', 16); // one hit: 'Theta' → 'Θ'
 * boundBefore('MyTheta(x^2)', 9); // undefined
 * ```
 */
function boundBefore(text: string, at: number): Outcome | undefined {
  // (Within reach: a search back to the text's start at each `^` would be quadratic.)
  const from = Math.max(0, at - 40);
  const found = text.slice(from, at).lastIndexOf('(');
  const open = from + found;
  if (found < 0 || open < 5 || text.slice(open, at).includes(')')) return undefined;
  const start = lettersStart(text, open, 6);
  const sign = BOUNDS[text.slice(start, open)];
  if (sign === undefined) return undefined;
  // A word of prose's (after a space, a bracket or a comma), not code's (`my_Theta(`,
  // `obj->Theta(`, `"Theta(`), around math's script (`^`, or `_` before a group or a
  // digit), with no argument's `=` or quote (`Omega(num_layers=3)`: review109).
  const before = start === 0 ? 0x20 : text.charCodeAt(start - 1);
  if (!(isSpace(before) || before === 0x28 || before === 0x5b || before === 0x2c)) return undefined;
  const script = text.charCodeAt(at + 1);
  if (text.charCodeAt(at) === 0x5f && script !== 0x7b && !isDigit(script)) return undefined;
  if (/[="']/.test(text.slice(open, at))) return undefined;
  return { hits: [{ start, end: open, text: sign }], resume: at };
}

/** Capital Greek names that bound a growth: `Theta(n)`, `Omega(n)`. */
const BOUNDS: Readonly<Record<string, string>> = { Theta: 'Θ', Omega: 'Ω' };

/**
 * `sum` or `prod` standing alone before a braced lower limit with a `=` in it or an
 * upper limit after it (`sum_{i=1}^{N_E} f_i`, `prod_{k}^{K}`): a flattened `\sum`. A
 * limit without either is as often a variable's name (`sum_{x}`, code's `sum_x`).
 *
 * @example
 * ```ts
 * bigOperator('N_E sum_{i=1}^{N} f_i', 7); // one hit: 'sum' → '∑'
 * bigOperator('a sum_{x} b', 5); // undefined
 * ```
 */
function bigOperator(text: string, at: number): Outcome | undefined {
  if (text.charCodeAt(at) !== 0x5f || text.charCodeAt(at + 1) !== 0x7b) return undefined;
  const start = lettersStart(text, at, 5);
  const symbol = BIG_OPERATORS[text.slice(start, at)];
  // A sign before it is the formula's (`-sum_{i=1}^{N}`), a hyphen after a word no sign.
  const signed = text.charCodeAt(start - 1) === 0x2d && !isWordChar(text.charCodeAt(start - 2));
  if (symbol === undefined || !isBoundary(text, start) || !(standsAlone(text, start) || signed)) {
    return undefined;
  }
  // A limit is short: looked for within its reach only, so a run of `sum_{` stays linear.
  const limit = text.slice(at + 2, at + 26);
  const close = limit.indexOf('}');
  if (close < 0) return undefined;
  const limits = limit.slice(0, close).includes('=') || text.charCodeAt(at + 3 + close) === 0x5e;
  return limits ? lookback(start, at, symbol) : undefined;
}

/** Greek letters that name a model's parameters, as a script (`pi_theta`). */
const PARAMETERS = new Set(['theta', 'phi', 'varphi', 'psi', 'omega']);

/** Symbols whose name may stand raised on a term with no backslash (`W^top`, `Q^star`). */
const RAISED: Readonly<Record<string, string>> = { top: '⊤', prime: '′', star: '⋆' };

/** Names that may stand as a script's base: Greek letters, `ell` (`ℓ`) and `nabla` (`∇`). */
const SCRIPT_BASES: Readonly<Record<string, string>> = { ...GREEK, ell: 'ℓ', nabla: '∇' };

/** A hit behind the trigger, which then stays free for other rules. */
function lookback(start: number, end: number, symbol: string): Outcome {
  return single(start, end, symbol);
}

/** Nothing word-like (or a backslash: `\leq` is `symbols`' business) right before. */
function isBoundary(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  // A JSON escape's control character stands for a lost backslash (`<BS>eta` is `\beta`).
  return before !== 0x5c && !isWordChar(before) && !(before < 0x20 && before !== 0x0a);
}

/**
 * At the start of the text, or after a space, a wrapped line's break, an opening bracket
 * or a percentage (a range's first end: `15%sim30%`).
 */
function isWordInitial(text: string, start: number): boolean {
  if (start === 0) return true;
  const before = text.charCodeAt(start - 1);
  return (
    before === 0x20 ||
    before === 0x0a ||
    before === 0x28 ||
    before === 0x5b ||
    (before === 0x25 && isDigit(text.charCodeAt(start - 2)))
  );
}

/**
 * One-letter variables glued to `ge`/`le`: small letters, vowels left out (`age3` is
 * a word, `Sle1` a gene).
 */
function isVariable(char: string): boolean {
  return char >= 'b' && char <= 'z' && !'eou'.includes(char);
}

/**
 * Is the number from `start` to `stop` a quantity: a decimal, a number with a thousands
 * group (when `thousands`), or one followed by a unit or a percent sign?
 *
 * @example
 * ```ts
 * isQuantity('sim4.7M', 3, 6); // true
 * isQuantity('sim1,000 hours', 3, 8); // true
 * isQuantity('sim1 and', 3, 4); // false
 * ```
 */
function isQuantity(text: string, start: number, stop: number, thousands = true): boolean {
  if (isMultiplier(text, stop)) return true;
  const unit = unitEnd(text, stop);
  if (unit < 0) return false;
  // A decimal or a number with a thousands group (`sim1,000 hours`): no name's index.
  const number = text.slice(start, stop);
  if (unit > stop || number.includes('.') || (thousands && number.includes(','))) return true;
  if (isPercent(text, stop)) return true;
  // Or a unit after a space: `sim30 seconds`, `approx5 GB`; or a magnitude after a space
  // or a hyphen (`sim500-billion parameter models`).
  const word = text.slice(stop + 1, lettersEnd(text, stop + 1));
  // (A wrapped line's break stands for the space: `only sim700` / `examples`; not a
  // config's or a listing's lines, `name: sim100` / `steps: 50`, `cp sim10` / `days.csv`.)
  const gap =
    text.charCodeAt(stop) === 0x20 ||
    (text.charCodeAt(stop) === 0x0a &&
      wrapsLine(text, stop) &&
      !/^[:=/]|^\.\w/.test(text.slice(stop + 1 + word.length, stop + 3 + word.length)));
  if (SCALES.has(word) && (gap || text.charCodeAt(stop) === 0x2d)) return true;
  // A title capitalises its words (`in sim20 Seconds`).
  const counted = COUNTED.has(word) || COUNTED.has(word.toLowerCase());
  if (gap && (UNITS.has(word) || counted)) return true;
  // Past a modifier, a count of ten or more after a word that asks for a quantity (`only
  // sim30 human-annotated pairs`): runs are named so too (`the sim10 and sim12 training
  // runs`, `our sim800 module users`).
  return gap && stop - start > 1 && countCue(text, start) && modifiedCount(text, stop + 1);
}

/**
 * Does a word that asks for a quantity, or an opening parenthesis, stand before the math
 * word whose number starts at `start` (`only sim30`, `(sim30`)?
 *
 * @example
 * ```ts
 * countCue('with only sim30 pairs', 13); // true
 * countCue('the sim10 runs', 7); // false
 * ```
 */
function countCue(text: string, start: number): boolean {
  const head = lettersStart(text, isGap(text.charCodeAt(start - 1)) ? start - 1 : start, 8);
  if (text.charCodeAt(head - 1) === 0x28) return true;
  if (!isGap(text.charCodeAt(head - 1))) return false;
  return COUNT_CUES.has(text.slice(lettersStart(text, head - 1, 14), head - 1).toLowerCase());
}

/** Words before a count: `only sim30 …`, `totaling sim240 …`. */
const COUNT_CUES = new Set(
  'only just about around roughly nearly almost approximately totaling totalling'.split(' '),
);

/**
 * One or two modifiers and a counted noun from `from` on, on one line: `human-annotated
 * pairs`, `training runs`. A modifier is a small word of three letters or more, maybe
 * hyphenated, that ends in no `s` (no verb that could follow a name: `sim1 uses`) and is
 * no function word (`sim1 and sim2 pairs`); a noun a verb can also spell (`runs`) counts
 * only here.
 *
 * @example
 * ```ts
 * modifiedCount('sim30 human-annotated pairs', 6); // true
 * modifiedCount('sim2 for all pairs', 5); // false
 * ```
 */
function modifiedCount(text: string, from: number): boolean {
  MODIFIER.lastIndex = from;
  for (let words = 0; words < 2; words++) {
    const found = MODIFIER.exec(text);
    if (found === null || FUNCTION_WORDS.has(found[1] as string)) return false;
    const next = text.slice(MODIFIER.lastIndex, lettersEnd(text, MODIFIER.lastIndex));
    if (COUNTED.has(next) || COUNTED_AFTER_MODIFIER.has(next)) return true;
  }
  return false;
}

/** A modifier and the space after it, from `lastIndex`: `human-annotated `. */
const MODIFIER = /([a-z][a-z-]+[a-rt-z]) /y;

/** Words no modifier is: `sim1 and sim2 pairs`, `sim2 for all pairs`. */
const FUNCTION_WORDS = new Set(
  'and but for from into nor not the then than that this with via per are was were has had'.split(
    ' ',
  ),
);

/**
 * Nouns counted only after a modifier: a verb alone (`sim1 runs`) or a name's
 * (`the KITTI sim10 sequences`).
 */
const COUNTED_AFTER_MODIFIER = new Set(['runs', 'sequences']);

/**
 * A glued range of whole numbers before `years` or `months` (`20sim40 years`), its first
 * number standing alone (not `v2sim3 years`, a version's).
 *
 * @example
 * ```ts
 * glued('aged 20sim40 years', 7, 12); // true
 * ```
 */
function glued(text: string, start: number, stop: number): boolean {
  return (
    /^ (?:years|months)\b/.test(text.slice(stop, stop + 8)) &&
    standsAlone(text, numberStart(text, start))
  );
}

/** Nothing word-like, no backslash, underscore, period or hyphen (`file_1.0`, `a.b.1`, `COVID-19`) before `from`. */
function standsAlone(text: string, from: number): boolean {
  const before = text.charCodeAt(from - 1);
  return (
    !isWordChar(before) && before !== 0x5c && before !== 0x2e && before !== 0x5f && before !== 0x2d
  );
}

/** A time as some write it, hours and minutes with a dot (`7.30`). */
const CLOCK = /^\d{1,2}\.[0-5]\d$/;

/** Words that scale a number, after a space or a hyphen (`sim500-billion`). */
const SCALES = new Set(['thousand', 'million', 'billion', 'trillion', 'fold']);

/** Words that count or measure, after a number and a space (`sim30 seconds`). */
const COUNTED = new Set(
  'seconds minutes hours days weeks steps epochs tokens samples images examples parameters params words layers points GPU GPUs users queries times pairs candidates videos documents questions tasks frames episodes iterations trials subjects patients participants'.split(
    ' ',
  ),
);

/**
 * A number, a one-letter variable (Latin or Greek) or a script's group on a variable
 * (`D_{f}`, `T^{2}`) ending just before `end`.
 *
 * @example
 * ```ts
 * hasLeftOperand('the D_{f} approx', 9); // true
 * hasLeftOperand('the data approx', 8); // false
 * ```
 */
function hasLeftOperand(text: string, end: number): boolean {
  const code = text.charCodeAt(end - 1);
  if (isDigit(code)) return true;
  if (code === 0x7d) return scriptedVariable(text, end);
  return (isLetter(code) || isGreekLetter(code)) && !isWordChar(text.charCodeAt(end - 2));
}

/**
 * Does a script's group on a one-letter variable end just before `end` (`D_{f}`,
 * `T^{2}`, `x_{i,j}`)? Its group holds no space or brace, up to eight characters, and
 * its base stands alone (`file_{x}` is a name's).
 *
 * @example
 * ```ts
 * scriptedVariable('dimension D_{f}', 15); // true
 * scriptedVariable('the file_{x}', 12); // false
 * ```
 */
function scriptedVariable(text: string, end: number): boolean {
  const open = scriptGroupStart(text, end - 1, 9);
  if (open < 2 || /\s/.test(text.slice(open + 1, end - 1))) return false;
  const base = text.charCodeAt(open - 2);
  return (isLetter(base) || isGreekLetter(base)) && !isWordChar(text.charCodeAt(open - 3));
}

/**
 * A small Greek letter's name as a word ending just before `end` (`gamma`, `rho`): a
 * statistic's variable before `approx` and a decimal. Capitalised it is as often a
 * name (`Delta approx 60%`, a COVID variant; `AWS Lambda`, `Raspberry Pi`).
 *
 * @example
 * ```ts
 * greekNameBefore('MM-EPC: gamma approx', 13); // true
 * greekNameBefore('the Delta approx', 9); // false
 * ```
 */
function greekNameBefore(text: string, end: number): boolean {
  const start = lettersStart(text, end, 10);
  return (
    start < end - 1 &&
    isLower(text.charCodeAt(start)) &&
    !isWordChar(text.charCodeAt(start - 1)) &&
    Object.hasOwn(GREEK, text.slice(start, end))
  );
}

/** A small or capital letter of the Greek alphabet (`ρ`, `Γ`). */
function isGreekLetter(code: number): boolean {
  return (code >= 0x3b1 && code <= 0x3c9) || (code >= 0x391 && code <= 0x3a9);
}

/**
 * An acronym ends at `end`: two to six capitals or digits, a capital first, alone as a
 * word (`CAF`, `FID`, `BLEU4`): a measure's name, which math treats as a variable.
 *
 * @example
 * ```ts
 * acronymBefore('produces CAF approx', 12); // true
 * acronymBefore('about approx', 5); // false
 * ```
 */
function acronymBefore(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && end - start < 7) {
    const code = text.charCodeAt(start - 1);
    if (!isUpper(code) && !isDigit(code)) break;
    start--;
  }
  const length = end - start;
  return (
    length >= 2 &&
    length <= 6 &&
    isUpper(text.charCodeAt(start)) &&
    !isWordChar(text.charCodeAt(start - 1)) &&
    text.charCodeAt(start - 1) !== 0x2d
  );
}

/**
 * A decimal with nothing after it that makes it a count or a share: no `%`, unit or
 * magnitude word (`1.0 in both`, not `3.5 million`, `30%`, `2.5 GB`).
 *
 * @example
 * ```ts
 * isMeasure('CAF approx 1.0 in both', 16, 19); // true
 * isMeasure('USA approx 3.5 million', 16, 19); // false
 * ```
 */
function isMeasure(text: string, from: number, stop: number): boolean {
  if (!text.slice(from, stop).includes('.')) return false;
  const after = text.charCodeAt(stop);
  if (after === 0x25 || isLetter(after)) return false;
  const word = /^ ([A-Za-z]+)/.exec(text.slice(stop, stop + 16))?.[1];
  return word === undefined || (!UNITS.has(word) && !MAGNITUDES.has(word.toLowerCase()));
}

/**
 * Does a value end a list's item at `stop`: `)` or `;` (`(IDV score approx 1.21; PDI
 * score approx -1.05)`)? A bare decimal so placed is a variable's value; English writes
 * its estimates with a unit or a share (`approx 30k images`, `approx 30%`), and may
 * go on after a comma (`takes approx 2.5, sometimes 3 hours`).
 *
 * @example
 * ```ts
 * closedValue('score approx 1.21; next', 17); // true
 * closedValue('takes approx 2.5, sometimes', 16); // false
 * ```
 */
function closedValue(text: string, stop: number): boolean {
  const after = text.charCodeAt(stop);
  return after === 0x29 || after === 0x3b;
}

/**
 * A small Greek letter's name that starts a list's item (after `(`, `[`, `,` or `;`)
 * and a value that ends it (`(G approx 1, phi approx 0)`): a parameter's value, whole
 * numbers too; English's `tai chi approx 3 times` has a word before the name.
 *
 * @example
 * ```ts
 * listedValue('(G approx 1, phi approx 0)', 16, 25); // true
 * listedValue('tai chi approx 3 times', 7, 16); // false
 * ```
 */
function listedValue(text: string, end: number, stop: number): boolean {
  if (!greekNameBefore(text, end) || !closedValue(text, stop)) return false;
  let k = lettersStart(text, end, 10) - 1;
  while (k >= 0 && text.charCodeAt(k) === 0x20) k--;
  return '([,;'.includes(text[k] ?? '.');
}

/**
 * A share given to two decimals or more that ends a list's item (`(success approx
 * 91.25%)`): no one estimates so precisely in words, so `approx` is the flattened `≈`.
 *
 * @example
 * ```ts
 * preciseShare('(success approx 91.25%)', 16, 21); // true
 * preciseShare('(approx 2.5%)', 8, 11); // false
 * ```
 */
function preciseShare(text: string, from: number, stop: number): boolean {
  return (
    /\.\d\d/.test(text.slice(from, stop)) &&
    text.charCodeAt(stop) === 0x25 &&
    closedValue(text, stop + 1)
  );
}

/** Words that make a number a count: `3.5 million`. */
const MAGNITUDES = new Set(['thousand', 'million', 'billion', 'trillion', 'percent', 'times']);

/**
 * Does the relation word `start`–`end`, alone between spaces, stand between two
 * capitalised words (`Denser neq Better`, `H cdot PC`)? A title's or a formula's
 * operands, not prose about LaTeX (`the cdot symbol`, `use leq here`).
 *
 * @example
 * ```ts
 * betweenCapitals('Denser neq Better', 7, 10); // true
 * betweenCapitals('the cdot symbol', 4, 8); // false
 * ```
 */
function betweenCapitals(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 0x20 || text.charCodeAt(end) !== 0x20) return false;
  const left = lettersStart(text, start - 1, 16);
  if (left === start - 1 || isWordChar(text.charCodeAt(left - 1))) return false;
  return isUpper(text.charCodeAt(left)) && isUpper(text.charCodeAt(end + 1));
}

/**
 * A number, one-letter variable, `(` or `|` at `from`, after at most one space; or a
 * number after a wrapped line's break where the caller allows it (`p leq<LF>0.01`, a
 * Hub dump's summary). (`-3` counts as a number.)
 */
function hasRightOperand(text: string, from: number, wrapped = false): boolean {
  let k = from;
  const gap = text.charCodeAt(k);
  // (Not a list's marker: `x leq<LF>1. Open`, review146.)
  if (wrapped && gap === 0x0a)
    return /^\n-?(?:\.\d|\d+\.\d|\d+(?![.)]\s|\d))/.test(text.slice(k, k + 16));
  if (gap === 0x20) k++;
  const code = text.charCodeAt(k);
  if (isDigit(code) || code === 0x28 || code === 0x7c) return true;
  if (code === 0x2d || code === 0x2e) return isDigit(text.charCodeAt(k + 1));
  return isLetter(code) && !isWordChar(text.charCodeAt(k + 1));
}
