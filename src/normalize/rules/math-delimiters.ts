/**
 * `math-delimiters`: inline math delimiters around a short formula go, and the formula
 * is read by the other rules: `\(\approx\)32\%` → `≈32%`, `$\alpha$-blending` →
 * `α-blending`. A formula is short (at most 120 characters, and one line break where a
 * wrapped line splits it) and looks
 * like math, not prose: no word of three letters or more outside macro names and
 * braces (letters glued to a closing brace finish a styled word: `\mathcal{V}isi`),
 * but one name among macros or compared with a number (`$poly(n/\varepsilon)$`,
 * `$Acc < 77\%$`) that is no word of prose. `$…$` needs more, since a lone `$` is money: a macro, `^` or `_` inside, or
 * a single letter (`$k$-means`, `$α$`) or two small letters as a word (`$qs$`), a relation (`$p < 0.05$`, `$(p<0.01)$`), a
 * number (`$+0.7$`, `$8$`) or a function's value (`$F(V)$`), a Latin abbreviation set in
 * math for its italics (`$i.e.,$`), capitals in a text whose other formulas hold macros
 * (`$REAL$`, `$Chandra$`), or a plain formula of
 * numbers, short names and operators (`$1/3$`, `$SU(2)$`, `$AdS_2$`), and no space just inside
 * either `$` (a price's), unless a macro starts the formula (`$\emph{x} $`) or its name ends it (`$ 3\times$`): then the
 * padding goes with the dollars. A pair that fails is skipped whole, so its closing `$` opens nothing,
 * unless another rule can make it math: macro names that lost their backslash get it
 * back (`$sim$`, `$U times U$`: every word of two letters or more in it is such a
 * name), and an entity or a control character of a JSON escape (TAB, form feed,
 * backspace, carriage return) inside is left for its rule, to be read in the next pass.
 *
 * @example
 * ```text
 * timestep: $\textit{no task-specific architecture, no conditioning branch, no classifier-free guidance, no retraining per scale factor}$, and $2\times$ faster → timestep: no task-specific architecture, no conditioning branch, no classifier-free guidance, no retraining per scale factor, and 2× faster
 * $γ-$MoD and $\gamma-$MoD, the $k-$means and $N-$body, but $a-$b → γ-MoD and γ-MoD, the k-means and N-body, but $a-$b
 * $ϵ$-greedy, $ϕ-$divergence and $ε-$greedy → ϵ-greedy, ϕ-divergence and ε-greedy
 * improves by \(\approx\)32\% over \(k\)-NN → improves by ≈32% over k-NN
 * with $\alpha$-blending in $\mathcal{O}(n^2)$ and $k$ steps → with α-blending in 𝒪(n^2) and k steps
 * costs $5 and $10, or $5-$10 → costs $5 and $10, or $5-$10
 * set \( \beta= 0.04 \) and $DPF^*$ and $AUC^{ROC}$, but $HOME^x$ → set β= 0.04 and DPF* and AUC^{ROC}, but $HOME^x$
 * boosts $mAP_{0.5}$ with $UNIT_{ref}$, but $MY_VAR$, $PATH_1$ and $HOME_x$ → boosts mAP_{0.5} with UNIT_{ref}, but $MY_VAR$, $PATH_1$ and $HOME_x$
 * for $k = 16$ to $1024$ ($p < 0.05$), by $+0.7$ points, $5 = $5 → for k = 16 to 1024 (p < 0.05), by +0.7 points, $5 = $5
 * scores in $[0,1]$ over $(0, T]$ → scores in [0,1] over (0, T]
 * from $(QK)V$ to $Q(KV)$, 17$/$23, $3-7$ days on $(M,g)$, but $it$, ($USD$), s/$/$/ and $3-7$4 → from (QK)V to Q(KV), 17/23, 3-7 days on (M,g), but $it$, ($USD$), s/$/$/ and $3-7$4
 * five seeds (n{=}15 runs), but a {=} b and y^{+} cells → five seeds (n=15 runs), but a {=} b and y^{+} cells
 * with ASTM \(21 vehicles per minute\) and \(see below\), but \(k\)-NN → with ASTM (21 vehicles per minute) and (see below), but k-NN
 * using just $one\ facial\ photograph$ → using just one facial photograph
 * use =SUM($A$1:$A$10) and $B$2 → use =SUM($A$1:$A$10) and $B$2
 * within $sim$0.8 arcsec, for $U times U$, $mathcal{G}$-softmax, $textit{King}$ → within ∼0.8 arcsec, for U × U, 𝒢-softmax, King
 * crafting $top$-1 examples and $top$-$K$ attacks, a $star$-shaped set, but $alpha$-calibration → crafting top-1 examples and top-K attacks, a star-shaped set, but α-calibration
 * $9.7times10^7$ alerts, $3.2pm0.4$ and USp$prime$(2N), but $prime$, foo$in$bar and $5 to US$10 → 9.7×10^7 alerts, 3.2±0.4 and USp′(2N), but $prime$, foo$in$bar and $5 to US$10
 * the $4.4sigma$ tension and a $5sigma$ detection → the 4.4σ tension and a 5σ detection
 * is $mathcal{O}(n log log n)$ time, but $log n$ and $max$ → is 𝒪(n log log n) time, but $log n$ and $max$
 * from $mu$ with $alpha>0$, $widetilde{O}(n)$ time and $sim!2times$, but "$hat{a}$b" → from μ with α>0, Õ(n) time and ∼2×, but "$hat{a}$b"
 * sample $top_p=0.9$, $sim(u,v)$ and $C_in$ channels → sample top_p=0.9, sim(u,v) and C_in channels
 * is $1.97 \pm 0.01 (stat) \pm 0.04 (sys)$ nb under $SL(2,mathbb{Z})$ → is 1.97 ± 0.01 (stat) ± 0.04 (sys) nb under SL(2,ℤ)
 * the {$L^p$}-product and 13{$N$} cases, but f{$a$} → the L^p-product and 13N cases, but f{a}
 * a flux of $\approx 6\times 10^{-19} \rm erg~s^{-1}~arcsec^{-2}$ and $H_0 = 67.3\pm6.6\rm\,km\,s^{-1}$ → a flux of ≈ 6×10^{-19} erg s^{-1} arcsec^{-2} and H_0 = 67.3±6.6 km s^{-1}
 * ax.set_ylabel(r'$\Sigma_{\star}$ [M$_{\odot}$]') and if $_[1] =~ /^(.+)$/, but the '$\alpha$' value and $\beta~=~4.25$, $\lambda =~1660$ → ax.set_ylabel(r'$\Sigma_{\star}$ [M$_{\odot}$]') and if $_[1] =~ /^(.+)$/, but the 'α' value and β = 4.25, λ = 1660
 * a ratio ($p&lt;0.0002$), $F(V)$, $α$-entmax, $x in A$, up to $δ=0.30$, The $qs$ Inequality → a ratio (p<0.0002), F(V), α-entmax, x ∈ A, up to δ=0.30, The qs Inequality
 * costs $5 times $10, $HOME to $PATH, $ab$c, echo $HOME$, $f(x) and$, US$5 to US$10, R$10 to R$20, $frac12$ → costs $5 times $10, $HOME to $PATH, $ab$c, echo $HOME$, $f(x) and$, US$5 to US$10, R$10 to R$20, $frac12$
 * $\mathcal{V}isi\mathcal{P}runer$: Decoding, $\mathcal{A}LLM4ADD$: Unlocking → 𝒱isi𝒫runer: Decoding, 𝒜LLM4ADD: Unlocking
 * rely on $\emph{monitoring} $ and $ \alpha$, $ 3-5 \times$ faster, a model$ \beta x$, up to 9$ \times$, over $ 30\times $ more, a $ 3 \times 3 $ kernel → rely on monitoring and α, 3-5 × faster, a model β x, up to 9×, over 30× more, a 3 × 3 kernel
 * a dense T$\times $V grid and the T$\cdot $M pair, but a $\times $b → a dense T×V grid and the T·M pair, but a × b
 * not $ 5$, $5 \& $10 or $ \approx 5 to $10 → not $ 5$, $5 \& $10 or $ \approx 5 to $10
 * $ q=2 $ and $ H^s $ beside $ q=\infty $, by $ \sim $30%, but print $ f $ x → q=2 and H^s beside q=∞, by ∼30%, but print $ f $ x
 * from ${\text{O}}(\frac{1}{K})$ to $T^{1/2}$, ${J}$, but ${x}^2$, {O}, ${HOME}$PATH and logs/${job.name}/${now:%Y} → from O(1/K) to T^{1/2}, J, but {x}^2, {O}, ${HOME}$PATH and logs/${job.name}/${now:%Y}
 * exp="lr_${lr}_${m}_${RANDOM}"<LF>{CL}$^{\mbox{A}}${M} and {HOL} → exp="lr_${lr}_${m}_${RANDOM}"<LF>{CL}^{A}{M} and {HOL}
 * CCSDT(Q)${}_Λ$ at $(2k{+}1)\varepsilon$, ($\sim$$3\times10^{11}$ spectra) → CCSDT(Q)_Λ at (2k+1)ε, (∼3×10^{11} spectra)
 * by $+31.1 \pm {9.7}$ pp, $a \times {b}$ and $\frac {a}{b}$ → by +31.1 ± 9.7 pp, a × b and a/b
 * $n_s\simeq 1-{2\over N_c}$ keeps its fraction's group → n_s≃1-{2\over N_c} keeps its fraction's group
 * ${\mathcal C}{\tt osmo}{\mathcal L}{\tt attice}$ and ${\mathbb R}x$ → 𝒞osmoℒattice and ℝx
 * called $\texttt{M$^3$FinMeeting}$ and $\textbf{28.5%$\rightarrow$71.4%}$, $k(\mbox{$\rm H_2$})=0.8$ → called M^3FinMeeting and 28.5%→71.4%, k(H_2)=0.8
 * the multi-task learning ($MTL$) paradigm, but ($USD$) and items ($II$) → the multi-task learning (MTL) paradigm, but ($USD$) and items ($II$)
 * of $\E[\Dh]$, the → of \E[\Dh], the
 * of $\log M_h/({h^{-1}\rm M_{\odot}})$ → of log M_h/(h^{-1}M_⊙)
 * $\frac\infty{2}$ keeps its argument's braces → \frac∞{2} keeps its argument's braces
 * costs $5 per unit, and $$E = mc^2$$, $$ x^2 $$, $$5 and $$10, $$x_1$$5, $$(CC) -o $$@ $$^ → costs $5 per unit, and E = mc^2, x^2, $$5 and $$10, $$x_1$$5, $$(CC) -o $$@ $$^
 * in $poly(n/\varepsilon)$ time, ($Acc < 77\%$), $Param\Delta$ → in poly(n/ε) time, (Acc < 77%), ParamΔ
 * $5 \emph{per} unit, and $10, printf "$a\n$b" and print $ f $ x → $5 \emph{per} unit, and $10, printf "$a\n$b" and print $ f $ x
 * debug("with $x == \($x)") and jq's "\($a) $b" → debug("with $x == \($x)") and jq's "\($a) $b"
 * D-branes in $AdS_2 \times H^2 \times H^2$, but $\Huge Huge$ → D-branes in AdS_2 × H^2 × H^2, but $\Huge Huge$
 * 总预算为 $N+MK=32$；当 $ \tau $，与 $k$。 → 总预算为 N+MK=32；当 τ，与 k。
 * about $1/3$ of it, the $SU(2)$ sector, $0.05<z<0.30$, $AdS_2$, $[[96, 12, 8]]$, $5d$, but $5-$10, $1,$2, $MY_VAR$ → about 1/3 of it, the SU(2) sector, 0.05<z<0.30, AdS_2, [[96, 12, 8]], 5d, but $5-$10, $1,$2, $MY_VAR$
 * if $|A|<|B|$ and $e(G)>(t-1)|B|$, the norm $|g|$, but echo $a|$b → if |A|<|B| and e(G)>(t-1)|B|, the norm |g|, but echo $a|$b
 * a full 10$'$ beam at 5$''$, but echo '$'$x, x=1$'$' and v1$'$ → a full 10′ beam at 5″, but echo '$'$x, x=1$'$' and v1$'$
 * magnetoresistance ($\approx$ 20$%$), but a$%$b → magnetoresistance (≈ 20%), but a$%$b
 * Beyond $ R_0 $: contact tracing, but print $ f $ x, $ R_0$ and f($ R_0 $) → Beyond R_0: contact tracing, but print $ f $ x, $ R_0$ and f($ R_0 $)
 * | $x$ | $|y|$ | $|\beta|$ | → | x | $|y|$ | $|\beta|$ |
 * Method | $|V|$<LF>--- | ---<LF>Ours | $O(|V|)$ → Method | $|V|$<LF>--- | ---<LF>Ours | $O(|V|)$
 * models ($i.e.,$ A and B), gains ($e.g.,$ +1.6 AP) and $cf.$ [3], but $e.g. $5 → models (i.e., A and B), gains (e.g., +1.6 AP) and cf. [3], but $e.g. $5
 * we propose $REAL$ for $\underline{R}$epresentative $\underline{E}$rrors → we propose REAL for Representative Errors
 * the error ($AEE$) and echo $HOME$ → the error ($AEE$) and echo $HOME$
 * $Chandra$ data show 80$\%$ of it → Chandra data show 80% of it
 * from $Kepler$, $Date$ and $Revision$ → from $Kepler$, $Date$ and $Revision$
 * $(Q)$(CC) -c, echo $((1+2))$((3+4)), [C;!$(C=O);!$(C-N)], line('$') - 1, col('$'), $Rev: 123$ and $-1.3<$[Fe/H]$<+0.3$ → $(Q)$(CC) -c, echo $((1+2))$((3+4)), [C;!$(C=O);!$(C-N)], line('$') - 1, col('$'), $Rev: 123$ and $-1.3<$[Fe/H]$<+0.3$
 * ratios (all $p &lt; 0.001$) versus $&gt;$100$\times$ for classical bounds → ratios (all p < 0.001) versus >100× for classical bounds
 * a $\sim<LF>28.6\times$ cut, DSC $0.71 \pm<LF>0.24$, but $x<LF><LF>y$, $5<LF>and $10 and $5 \times<LF>3 and $10 → a ∼<LF>28.6× cut, DSC 0.71 ±<LF>0.24, but $x<LF><LF>y$, $5<LF>and $10 and $5 ×<LF>3 and $10
 * saves $2M &amp; reduces error by $\sim$30% → saves $2M & reduces error by ∼30%
 * the wave vector ${\mathbf Q}=(\pi,\pi)$, ${\bm x}_i$ and ${\boldsymbol \alpha}$, but ${\mathcal O}(n)$ → the wave vector Q=(π,π), x_i and α, but 𝒪(n)
 * the group ${\mathrm GL}_{d}(\mathbb{C})$ and ${\mathrm SO}(3)$ → the group GL_d(ℂ) and SO(3)
 * the ${N}{=}1$ theories, but ${N}$x, ${N}{=}1$2 and grep '^${N}=1$' → the N=1 theories, but ${N}$x, ${N}{=}1$2 and grep '^${N}=1$'
 * $\nabla\cdot{B}=0$ and $a\times{B}$ → ∇·B=0 and a×B
 * across $1{,}500+$ queries and $10+$ years, but $5+$10 → across 1,500+ queries and 10+ years, but $5+$10
 * prompt = "Find $x$ such that $2x = 4$."<LF>plt.xlabel('$R$ [kpc]'), but f($x$) and title = "On $\lambda$-terms", → prompt = "Find $x$ such that $2x = 4$."<LF>plt.xlabel('$R$ [kpc]'), but f(x) and title = "On λ-terms",
 * models $-$ TabPFN v2 and TabICL $-$ through, but 3$-$7 → models − TabPFN v2 and TabICL − through, but 3-7
 * fig.text(.2, .3, r"Mathtext: $\alpha > \beta$") and grep '\([0-9]\+\.[0-9]\+\)' → fig.text(.2, .3, r"Mathtext: $\alpha > \beta$") and grep '\([0-9]\+\.[0-9]\+\)'
 * ($p <<LF>10^{-6}$), $y =<LF>g(z)$ and \( \mathcal{N}(0, I)<LF>\) here, but /^[0-9]+$/<LF>b = /^x$/ → (p <<LF>10^{-6}), y =<LF>g(z) and 𝒩(0, I) here, but /^[0-9]+$/<LF>b = /^x$/
 * 损失以$O(1/t)$速率下降，至少$n/3$个 → 损失以O(1/t)速率下降，至少n/3个
 * axioms: ($i$) local, ($ii$) no long-range, and ($iii$) uniform; $(iii)$ warming, but $iii$ alone → axioms: (i) local, (ii) no long-range, and (iii) uniform; (iii) warming, but $iii$ alone
 * a beam of $0.44''$ and $1''.5$, but echo $1''$2 → a beam of 0.44'' and 1''.5, but echo $1''$2
 * the [N II] $λλ$6548 doublet in ([N/O]$>0.3$) galaxies, but $-1.3<$[Fe/H]$<+0.3$ → the [N II] λλ6548 doublet in ([N/O]>0.3) galaxies, but $-1.3<$[Fe/H]$<+0.3$
 * a paired $t-$test and $X-$ray flux, but f=$n-$version.json, items[i]$>0$ and US$>100$ → a paired t-test and X-ray flux, but f=$n-$version.json, items[i]$>0$ and US$>100$
 * strongly $NP$-hard and $PSPACE$-complete, but echo $HOME$-x → strongly NP-hard and PSPACE-complete, but echo $HOME$-x
 * of $E$ under $T$, and the set $ E$., but print $ f $ x, echo $ a$a$ and =$A$1 beside $ A $ → of E under T, and the set E., but print $ f $ x, echo $ a$a$ and =$A$1 beside $ A $
 * density $p_{c}(N)$ at $10^{4}$~K in Bi$_{4}$X$_{4}$, but $x_{0}1$, $w_{a}$CDM and $T^{1/2}$ → density p_c(N) at 10^4 K in Bi_4X_4, but x_{0}1, w_{a}CDM and T^{1/2}
 * the semigroup of $\omega{\times\omega}$-matrix units → the semigroup of ω×ω-matrix units
 * regret $O(d^2 \sqrt{T})$ where $ d $ is the dimension → regret O(d^2 √T) where d is the dimension
 * of $≈$6000 pairs, at T/J$∼$0.20, $∂$TRG, the 120$∘$ order and {$\sim$}5 {$^\circ$}C → of ≈6000 pairs, at T/J∼0.20, ∂TRG, the 120° order and ∼5 °C
 * at $z≥10$, with $p ≤ 0.05$ and $5±1$, but $5 ≤ $10 → at z≥10, with p ≤ 0.05 and 5±1, but $5 ≤ $10
 * a vector in ${\mathbb R}^N$ and $y \notin {\mathcal B}_δ(X)$ → a vector in ℝ^N and y ∉ ℬ_δ(X)
 * Volmerange $&amp;$ Guiderdoni and (g − 2)$_{μ}$ → Volmerange & Guiderdoni and (g − 2)_μ
 * galaxies at high$-z$, Pass$@k$ and a $Pass@1$ score, but echo $-x$y → galaxies at high-z, Pass@k and a Pass@1 score, but echo $-x$y
 * between \f$(x_1,y_1)\f$ and \f$x\f$, URL: ${{ github.server_url }}/${{ github.repository }}, but $x$ → between \f$(x_1,y_1)\f$ and \f$x\f$, URL: ${{ github.server_url }}/${{ github.repository }}, but x
 * sed 's/^foo\([^a-zA-Z0-9]\)/bar\1/g'<LF>but \(\approx\)32\% and \([^{13}C]\) → sed 's/^foo\([^a-zA-Z0-9]\)/bar\1/g'<LF>but ≈32% and [^{13}C]
 * sed 's/\(ab\)\(cd\)/\2\1/' and perl -pe 's/\(x\)/y/' → sed 's/\(ab\)\(cd\)/\2\1/' and perl -pe 's/\(x\)/y/'
 * conductivity $K.$ at ${4.50\pm0.17\,\mathrm{K}}$ and $(M_*){\,>\,}10$ → conductivity K. at 4.50±0.17 K and (M_*) > 10
 * const texString = 'a $x+y$ b';<LF>and "L"$_1$ → const texString = 'a $x+y$ b';<LF>and "L"_1
 * ssh -L $p:$(hostname):22 and echo $x,${y} → ssh -L $p:$(hostname):22 and echo $x,${y}
 * grep -E "^id $x.$" log.txt → grep -E "^id $x.$" log.txt
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
  isWordChar,
  lettersEnd,
  lineAfter,
  lineBefore,
  macroNameStart,
  numberBefore,
  numberStart,
  openingBrace,
  opensTableRow,
  scriptGroupStart,
  standsApartLeft,
  tokenStart,
} from '../scan.js';
import { MATH_ACCENTS } from '../tables/accents.js';
import { JSON_CONTROL } from '../tables/json-controls.js';
import { GREEK, MATH_SYMBOLS, OPERATOR_NAMES } from '../tables/symbols.js';
import { STYLE_COMMANDS, STYLE_DECLARATIONS } from '../tables/text-styles.js';
import { type Context, type Outcome, protect, type Rule, single } from '../types.js';
import { APOSTROPHE_ENDINGS, endingLength } from './escapes.js';
import { isKnownMacro, readsName } from './unknown-macros.js';

/**
 * A Latin abbreviation set in math for its italics (`($i.e.,$ A and B)`, `$e.g.$`):
 * prose, shown as it is.
 */
const ABBREVIATION = /^(?:i\. ?e|e\. ?g|cf|etc|viz|vs|et al|w\.r\.t|a\.k\.a|s\.t)\.[,;:]?$/;

/**
 * Capitals alone between dollars (`$REAL$`), a capitalised name (`$Chandra$`, an
 * observatory set in italics), or a product of a small letter and a capital (`$kT$`, a
 * plasma's temperature), in a text where another formula holds a macro some
 * rule knows (`$\\underline{R}$epresentative`) or `\\%` (`80$\\%$`): a name set in math,
 * as the author's other formulas say. Alone, they are as often a template's, a shell's or a version
 * keyword's placeholder (`($AEE$)`, `$HOME$`, `$Date$`), and stay.
 *
 * @example
 * ```ts
 * nameAmongFormulas('we propose $REAL$, with $\\underline{R}$epr', 'REAL', ctx); // true
 * nameAmongFormulas('$Chandra$ data show 80$\\%$ of', 'Chandra', ctx); // true
 * nameAmongFormulas('error~($AEE$) by 59%', 'AEE', ctx); // false
 * nameAmongFormulas('with $\\dot{P}$ and $kT$ emerging', 'kT', ctx); // true
 * ```
 */
function nameAmongFormulas(text: string, formula: string, ctx: Context): boolean {
  if (!/^(?:[A-Z](?:[A-Z0-9]{1,9}|[a-z]{2,14})|[a-z][A-Z])$/.test(formula)) return false;
  // The text's pairs, left to right: a macro between two placeholders
  // (`{$Title$} \\author{$Author$}`) is inside none of them.
  return ctx.once(MACRO_FORMULA_MEMO, () =>
    someMathPair(
      text.matchAll(/\$([^$\n]{1,120})\$/g),
      (inner) => holdsKnownMacro(inner) || inner.includes('\\%'),
    ),
  );
}

/**
 * A padded formula holding a Greek letter a converter drew, in a text whose other
 * formulas hold macros (`$ 1.7σ-2.2σ$` beside `$ λ_0\\sqrt{QQ_0} $`): TeX's padding
 * around a plain formula, which no price or shell variable holds.
 *
 * @example
 * ```ts
 * paddedDrawn('in $ 1σ$ and $ \\ln(A_s) $', ' 1σ', 3, 7, ctx); // true
 * paddedDrawn('costs $ 5 $ and $ \\ln x $', ' 5 ', 6, 10, ctx); // false
 * ```
 */
function paddedDrawn(
  text: string,
  formula: string,
  at: number,
  close: number,
  ctx: Context,
): boolean {
  if (!/^ | $/.test(formula)) return false;
  const core = formula.trim();
  // One letter padded on both sides is Haskell's as often (`f $ λ $ x`).
  if (core.length === 1 && / $/.test(formula) && /^ /.test(formula)) return false;
  return (
    GREEK_DRAWN.test(core) && amongMacroFormulas(text, ctx) && simpleFormula(text, core, at, close)
  );
}

/**
 * Capitals between dollars in parentheses right after the words they abbreviate (`multi-task
 * learning ($MTL$)`, `average end-point error~($AEE$)`, `mean Average Precision
 * ($mAP$)`): an acronym the author set in math's italics where it is defined. Each
 * letter is a word's first, in order, to the parenthesis (a hyphen's parts count as
 * words, or not; small words such as `of` and `the` may stand between). A placeholder
 * (`($ID$)`, `the $ID$ and ($USD$) placeholders`) abbreviates nothing before it.
 *
 * @example
 * ```ts
 * definedAcronym('multi-task learning ($MTL$) paradigm', 'MTL', 21, 25); // true
 * definedAcronym('the $ID$ and ($USD$) placeholders', 'USD', 14, 18); // false
 * ```
 */
function definedAcronym(text: string, formula: string, at: number, close: number): boolean {
  if (text.charCodeAt(at - 1) !== 0x28 || text.charCodeAt(close + 1) !== 0x29) return false;
  if (!/^[A-Za-z]{2,10}$/.test(formula) || !/[A-Z].*[A-Z]/.test(formula)) return false;
  // A plural's `s` is no letter of it (`LLMs`).
  const letters = (/[A-Z]s$/.test(formula) ? formula.slice(0, -1) : formula).toLowerCase();
  let end = at - 1;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x7e)) end--;
  const phrase =
    lineBefore(text, end, 160)
      .split(/[.,;:()[\]]/)
      .pop() ?? '';
  return initialsEnd(phrase.split(/\s+/), letters) || initialsEnd(phrase.split(/[\s-]+/), letters);
}

/**
 * Whether `letters` are the first letters of the last of `words`, in order, small
 * words between them skipped.
 *
 * @example
 * ```ts
 * initialsEnd(['the', 'mean', 'Average', 'Precision'], 'map'); // true
 * ```
 */
function initialsEnd(words: readonly string[], letters: string): boolean {
  let k = letters.length - 1;
  for (let w = words.length - 1; w >= 0 && k >= 0; w--) {
    const word = (words[w] as string).toLowerCase();
    if (word === '') continue;
    if (word[0] === letters[k]) k--;
    else if (!SMALL_WORDS.has(word)) return false;
  }
  return k < 0;
}

/** Words an acronym skips (`Bag of Words`, `BoW`). */
const SMALL_WORDS = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'to', 'with', 'a', 'an', 'by']);

/**
 * Whether one of `pairs` (matches whose first group is a `$…$` formula's inside) holds
 * what `macro` asks for and reads as math by itself.
 *
 * @example
 * ```ts
 * someMathPair('a $\\alpha$'.matchAll(/\$([^$]+)\$/g), (f) => f.includes('\\')); // true
 * ```
 */
function someMathPair(
  pairs: IterableIterator<RegExpMatchArray>,
  macro: (formula: string) => boolean,
): boolean {
  for (const pair of pairs) {
    const formula = pair[1] as string;
    if (macro(formula) && looksLikeMath(formula, true)) return true;
  }
  return false;
}

const MACRO_FORMULA_MEMO = 'math-delimiters:macro-formula';

/**
 * A template's interpolation after its `$`: a shell's or a build tool's variable in
 * braces (`{HOME}`, `{XDG_HOME:-…}`, `{hydra.job.name}`, `{now:%Y}`), capitals or a
 * name of three characters or more; not a braced letter (`${J}$` is math's group).
 */
const TEMPLATE = /^\{(?:[A-Z_][A-Z0-9_]*|[A-Za-z_][\w.]{2,})[}:]|^\{\{ *[A-Za-z_][\w.-]* *\}\}/;

/** {@link TEMPLATE} with a name of three characters or more (`{RANDOM}`, not `{M}`). */
const LONG_TEMPLATE = /^\{[A-Za-z_][\w.]{2,}[}:]/;

/** A name in braces, of any length (`{m}`, `{lr}`). */
const NAMED_GROUP = /^\{[A-Za-z_][\w.]*\}/;

/**
 * A braced letter in a relation, braced too, with a number (`{N}{=}1`): TeX's, no
 * template's (a shell's `${N}=1$` in a pattern is its variable and an anchor).
 */
const BRACED_RELATION = /^\{[A-Za-z]\}\{[=<>]\}\d+(?:\.\d+)?$/;

/**
 * Does `text` hold a `$…$` formula that is math by itself and has a macro of two letters
 * or more (`$ q=\\infty $`)? Then it is LaTeX, and padding inside its other formulas is
 * TeX's (`$ q=2 $`), no price's. (`$5 \\emph{per} unit, and $10` holds no such formula.)
 *
 * @example
 * ```ts
 * amongMacroFormulas('for $ q=2 $ and $ q=\\infty $', ctx); // true
 * amongMacroFormulas('print $ f $ x', ctx); // false
 * ```
 */
function amongMacroFormulas(text: string, ctx: Context): boolean {
  // (Not one closed by a price's `$`: `$ \\approx 5 to $10`.)
  return ctx.once(PADDED_MEMO, () =>
    someMathPair(text.matchAll(/\$([^$\n]{1,120})\$(?!\d)/g), (formula) =>
      /\\[A-Za-z]{2}/.test(formula),
    ),
  );
}

const PADDED_MEMO = 'math-delimiters:padded';

/** The longest formula whose delimiters go. */
export const FORMULA_LIMIT = 120;

const MEMO = 'math-delimiters';

export const mathDelimiters: Rule = {
  name: 'math-delimiters',
  prefilter: {
    triggers: '\\${',
    // `{`: braces around an operator between terms (`n{=}15`), outside a formula too.
    anchors: ['\\(', '$', '{'],
  },
  match(text, at, ctx) {
    const code = text.charCodeAt(at);
    if (code === 0x7b) {
      return insideFormula(ctx, at) ? bareGroup(text, at, ctx) : flatOperator(text, at);
    }
    const closers = ctx.memo.get(MEMO) as Set<number> | undefined;
    if (code === 0x24) {
      // A padded formula's closer takes its padding along (`$\emph{x} $`).
      if (closers?.has(at)) return single(paddingStart(text, at), at + 1, '');
      if ((ctx.memo.get(WAITING_MEMO) as Set<number> | undefined)?.has(at)) return protect(at + 1);
      if (text.charCodeAt(at - 1) === 0x5c) return undefined;
      // A dollar quoted alone is a string's (MATLAB's `['$' ss '$']`, `"$"`): no opener.
      const quote = text.charCodeAt(at - 1);
      if ((quote === 0x27 || quote === 0x22) && text.charCodeAt(at + 1) === quote) {
        return protect(at + 1);
      }
      if (text.charCodeAt(at + 1) === 0x24) return display(text, at, ctx);
      return opening(text, at, 1, ctx);
    }
    if (code !== 0x5c) return undefined;
    const next = text.charCodeAt(at + 1);
    if (next === 0x29) {
      return closers?.has(at) ? single(paddingStart(text, at, at + 2), at + 2, '') : undefined;
    }
    return next === 0x28 ? opening(text, at, 2, ctx) : undefined;
  },
};

/**
 * Whether the word before `at` or the word after `close` (to the spaces around them)
 * holds a digit: a number's, a range's or a name's (`1 keV $-$ 10 keV`, `10% $-$ 20%`).
 *
 * @example
 * ```ts
 * numberBeside('1 keV $-$ 10 keV', 6, 8); // true
 * numberBeside('B $-$ V', 2, 4); // false
 * ```
 */
function numberBeside(text: string, at: number, close: number): boolean {
  const start = Math.max(0, at - 40);
  const before = text.slice(start, at - 1);
  const after = text.slice(close + 2, close + 42);
  return /\d\S*$/.test(before) || /^\S*\d/.test(after);
}

/**
 * Whether a space or a line break stands right before `at` and right after `close`,
 * with text beyond both.
 *
 * @example
 * ```ts
 * gapAround('a $-$ b', 2, 4); // true
 * gapAround('a$-$ b', 1, 3); // false
 * ```
 */
function gapAround(text: string, at: number, close: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(close + 1);
  return (
    (before === 0x20 || before === 0x0a) &&
    (after === 0x20 || after === 0x0a) &&
    at >= 2 &&
    close + 2 < text.length
  );
}

/**
 * Whether the `\(` at `at`, closed at `close`, is a regular expression's group: a
 * backreference (`\1`–`\9`, not a matrix's `\\1`) on its line, or a substitution's `s/`
 * (`s|`, `s,`, `s#`, `s:`) right before it, after a quote or a space (not `bits/s/`).
 *
 * @example
 * ```ts
 * regexGroup("sed 's/\\(.*\\)/\\1/'", 7, 11); // true
 * regexGroup('at \\(x\\) here', 3, 6); // false
 * ```
 */
function regexGroup(text: string, at: number, close: number): boolean {
  if (/(?:^|[\s'"])s[/|,#:]$/.test(text.slice(Math.max(0, at - 3), at))) return true;
  // Within reach on the line only: a whole line searched at each group made a long
  // line of them quadratic.
  const line = lineBefore(text, at, 200) + text.slice(at, close) + lineAfter(text, close, 200);
  return /(?<!\\)\\[1-9]/.test(line);
}

/** A regular expression's negated class (not a script's `[^{…}`, `[^1`, `[^\\…`). */
const REGEX_CLASS = /\[\^(?![{\d\\])/;

/**
 * An opening `$` (`length` 1) or `\(` (2) at `at` whose formula qualifies: it goes,
 * and its closer is remembered for when the pass gets there.
 *
 * @example
 * ```ts
 * opening('\\(\\approx\\)32', 0, 2, ctx); // one hit: '\\(' → ''
 * ```
 */
function opening(text: string, at: number, length: number, ctx: Context): Outcome | undefined {
  const dollar = length === 1;
  const from = at + length;
  // Doxygen's inline formula, `\f$…\f$`: a comment's markup, kept to its closer.
  if (dollar && text.charCodeAt(at - 1) === 0x66 && text.charCodeAt(at - 2) === 0x5c) {
    const close = text.indexOf('\\f$', from);
    return protect(close < 0 ? from : close + 3);
  }
  // Text set in a formula may hold math of its own (`$\\texttt{M$^3$FinMeeting}$`,
  // `$\\textbf{28.5%$\\rightarrow$71.4%}$`): the pair is the outer one, closed after the
  // command's group, and the inner pairs are read in it.
  const nested = dollar ? nestedClose(text, from) : -1;
  if (nested > 0) {
    openFormula(ctx, nested, [nested]);
    // (The inner pairs set their own ends; the outer one holds past them.)
    ctx.memo.set(OUTER_END_MEMO, nested);
    return single(at, from, '');
  }
  const close = closer(text, from, dollar, ctx);
  if (close < 0) {
    if (!dollar) return undefined;
    // Or one text command's group, longer than a formula may be: its dollars go too.
    const whole = textGroupClose(text, from);
    const code = pythonString(text, at) !== undefined || codeString(text, at, ctx) !== undefined;
    if (whole < 0 || code) return protect(from);
    openFormula(ctx, whole, [whole]);
    return single(at, from, '');
  }
  // A pair inside a text command's formula (see {@link nestedClose}) is math: the author
  // wrote it in math's own text (`$\\text{$h~$Mpc$^{-1}$}$`).
  const outer = ctx.memo.get(OUTER_END_MEMO) as number | undefined;
  if (dollar && outer !== undefined && close < outer) {
    openFormula(ctx, close, [close]);
    return single(at, from, '');
  }
  // A wrapped line's break inside reads as the space it stands for (same length, so
  // positions in the formula are the text's).
  const formula = text.slice(from, close).replace('\n', ' ');
  // A basic regular expression's group (`grep '\\([0-9]\\+\\.[0-9]\\+\\)'`) holds its
  // escapes, `\\+`, `\\.`, `\\?`, which no formula does: a pattern's, not math.
  // So is a bracket's class with a quantifier (`sed 's/\\(\\bf[a-z]*\\)/X/'`).
  // So is an escaped slash or a class's counted repeat (`\\([0-9]{2}\\/[0-9]{4}\\)`, a
  // TypeScript regular expression's).
  if (!dollar && /\\[+.?/]|\][*+?]|\]\{\d/.test(formula)) return undefined;
  // So is a negated class (sed's `\\([^a-zA-Z0-9]\\)`; not a script or a symbol in
  // brackets, `[^{13}C]`, `[^\\circ]`), and a group that a backreference on its line names
  // (`\\1`, which no TeX has) or a substitution opens (`sed 's/\\(ab\\)\\(cd\\)/\\2\\1/'`,
  // `perl -pe 's/\\(x\\)/y/'`): kept whole, its delimiters and all.
  if (!dollar && (REGEX_CLASS.test(formula) || regexGroup(text, at, close))) {
    return protect(close + length);
  }
  // A prime alone after a number is arcminutes or feet (`10$'$` → `10′`, `5$''$` → `5″`):
  // a number that stands alone, before a space, punctuation or another formula. Not in
  // a shell's quoting (`x=1$'$'`, `echo 2$'$'\n'`) nor a name's digits (`v1$'$`).
  if (dollar && /^'{1,2}$/.test(formula) && primeAfterNumber(text, at, close)) {
    return single(at, close + 1, formula.length === 1 ? '′' : '″');
  }
  // A prime alone inside a word, before a contraction's or a possessive's ending, is the
  // apostrophe the author typed in math (`Ain$'$t` → `Ain't`, a 2026 title).
  if (dollar && formula === "'" && apostropheInWord(text, at, close)) {
    return single(at, close + 1, "'");
  }
  // A percent alone after a number is `$\\%$` whose backslash a page lost (`20$%$`):
  // unescaped, TeX's comment sign, which no formula holds alone.
  if (
    dollar &&
    formula === '%' &&
    isDigit(text.charCodeAt(at - 1)) &&
    !isWordChar(text.charCodeAt(close + 1))
  ) {
    return single(at, close + 1, '%');
  }
  // A minus alone between spaces is a sign set apart, as authors type a dash in math
  // (`transition $-$ through`, `Dot $-$ Galaxy $=$ Star`): TeX prints the minus sign.
  // Beside a number it is a name's or a range's, typed as a hyphen-minus
  // (`PLCKESZ G171.94 $-$ 40.65`, as a blind label writes it; `1 keV $-$ 10 keV`).
  if (dollar && formula === '-' && gapAround(text, at, close) && !numberBeside(text, at, close)) {
    return single(at, close + 1, '−');
  }
  // An ampersand alone between spaces, escaped or an entity, is LaTeX's `\\&` set in
  // math (`Volmerange $&amp;$ Guiderdoni`, `$\\&$`); a bare `$&$` is code's (Perl's
  // prototype `sub walk( $&$ )`, Typst's alignment).
  if (dollar && AMPERSAND.test(formula) && gapAround(text, at, close)) {
    return single(at, close + 1, '&');
  }
  // One math symbol a converter already drew is math (`$≈$6000`, `Tl/J$∼$0.20`,
  // `$∂$TRG`); the ring operator alone on a number is the degree sign whose script was
  // lost (`120$∘$` → `120°`, as `120$^∘$` is), a number that stands alone: a script's
  // digit is composed (`f_1$∘$f_2`).
  // (Quoted whole it is a string's: a grammar's terminal `'$≥$'`.)
  // (Nor after a currency's letters: `US$≥$100`.)
  // A formula quoted whole among code's punctuation is a list's or a call's string
  // (`default = ['$x$', '']`, a plot's labels): code's, kept with its quotes.
  if (dollar && codeItem(text, at, close)) return protect(close + 2);
  const quoted =
    (/['"`]/.test(text[at - 1] ?? '') && text[close + 1] === text[at - 1]) ||
    afterCurrency(text, at);
  if (dollar && formula.length === 1 && DRAWN_SYMBOL.test(formula) && !quoted) {
    const degree = formula === '∘' && isDigit(text.charCodeAt(at - 1)) && numberBefore(text, at);
    return single(at, close + 1, degree ? '°' : formula);
  }
  // `${HOME}` and `${XDG_HOME:-…}` are a shell's variables, not math; a formula that is
  // one braced group, its closer before no word (`${J}$,`), is math's group.
  // A slash or a bar alone between two terms (`17$/$23`, `daily$/$weekly`, `FM$|$NM`; not
  // `s/$/$/`).
  const slash =
    ((formula === '/' || formula === '|') &&
      isWordChar(text.charCodeAt(at - 1)) &&
      isWordChar(text.charCodeAt(close + 1))) ||
    (formula === '|' && barAroundWord(text, at, close));
  const group =
    dollar &&
    (groupFormula(text, formula, close) ||
      letterPair(text, at, close, ctx) ||
      hyphenedLetter(text, at, close) ||
      hyphenedClass(text, formula, at, close) ||
      punctuatedLetter(text, formula, at, close) ||
      compoundTail(text, formula, at, close) ||
      slash ||
      ABBREVIATION.test(formula) ||
      (BRACED_RELATION.test(formula) && !isWordChar(text.charCodeAt(close + 1))) ||
      nameAmongFormulas(text, formula, ctx) ||
      definedAcronym(text, formula, at, close) ||
      paddedScript(text, formula, at, close) ||
      gluedScript(text, formula, at, close) ||
      paddedLetter(text, formula, close, ctx) ||
      paddedDrawn(text, formula, at, close, ctx) ||
      simpleFormula(text, formula, at, close) ||
      tiedQuantity(text, formula, close));
  // A padded pair closed by a price's `$` (`$ \\approx 5 to $10`) is no formula; one
  // that ends with a macro's name is (`$ \\sim $30%`): no price is written so.
  if (
    dollar &&
    isSpace(text.charCodeAt(close - 1)) &&
    isDigit(text.charCodeAt(close + 1)) &&
    !/\\[A-Za-z]+ +$/.test(formula)
  ) {
    return protect(close + 1);
  }
  // A template's interpolation too: `${hydra.job.name}`, `${now:%Y}`; not a braced
  // letter in a braced relation with a number (`${N}{=}1$`), which no template writes.
  if (dollar && TEMPLATE.test(formula) && !group && !BRACED_RELATION.test(formula)) {
    return protect(close + 1);
  }
  // A closer that opens one is a template's `$` too, its pair no formula, when it is
  // named by three characters or more and the pair holds no macro, or the opener opens
  // one as well (`_${RANDOM}`, `${lr}_${m}`): kept to that interpolation's end. Not a
  // BibTeX title's case braces (`{CL}$^{\mbox{A}}${M}`, `$\Lambda${CDM}`).
  const after = text.slice(close + 1, close + 65);
  if (
    dollar &&
    ((LONG_TEMPLATE.test(after) && !formula.includes('\\')) ||
      (NAMED_GROUP.test(after) && NAMED_GROUP.test(formula)))
  ) {
    const end = text.indexOf('}', close + 2);
    return protect(text.charCodeAt(end + 1) === 0x7d || end < 0 ? close + 1 : end + 1);
  }
  // On a Markdown table's row a bar may be a cell's edge: `| $x$ | $|y|$ |` keeps it.
  if (dollar && formula.includes('|') && tableRow(text, at, ctx)) return protect(close + 1);
  // A Python raw string opened right before the `$` is code's LaTeX, a plot's label
  // (`ax.set_xlabel(r'$\\Sigma_{\\star}$ [M$_{\\odot}$]')`): kept to the string's end.
  const prefixed = dollar ? pythonString(text, at) : undefined;
  if (prefixed !== undefined) {
    const end = text.indexOf(text[at - 1] as string, at);
    // A formatted string only closed by its quote before code's punctuation on the line
    // (`f'$q_{i+1}$')`): a prime's `f'` opens none (`the derivative f'$(x)$ is`).
    const closed =
      end >= 0 &&
      !text.slice(at, end).includes('\n') &&
      /^[ \t]*(?:[),\]};:]|\r?\n|$)/.test(text.slice(end + 1, end + 4));
    if (prefixed === 'raw' || closed) return protect(end < 0 ? close + 1 : end + 1);
  }
  // So is a string a line of code assigns or passes to a call, open at the `$`
  // (`prompt = "Find $x$ …"`, `plt.xlabel('$R$ [kpc]')`): kept to its closing quote.
  const string = dollar ? codeString(text, at, ctx) : undefined;
  if (string !== undefined) {
    // Its closing quote on the line, within reach (a look bounded as the one back); an
    // assignment's ends the line (a BibTeX field's `title = "…$\lambda$…",` is read).
    const rest = text.slice(close + 1, close + 1 + CODE_LINE_REACH * 4);
    const end = rest.indexOf(string.quote);
    const lineEnd = rest.indexOf('\n');
    const closed = end >= 0 && (lineEnd < 0 || end < lineEnd);
    if (closed && (!string.assigned || LINE_END.test(rest.slice(end + 1, end + 40)))) {
      return protect(close + 2 + end);
    }
  }
  // Perl's binding operator is no math's (`$_[1] =~ /^(.+)=(\\@?)(.+)$/`); TeX's ties
  // around a sign are (`$\\beta~=~4.25$`).
  if (dollar && PERL_BINDING.test(formula)) return protect(close + 1);
  // TeX takes a bare `#` only in a macro's definition (and KaTeX in a colour): a pair
  // holding one is code's (`$1 =~ ^(#?[a-f0-9]{6})$`, `${1#*[!\]]}`), or LaTeX shown as
  // it is; math writes `\#`. An entity's `&#124;` is no bare `#`.
  if (dollar && /(?:^|[^\\&])#/.test(formula)) return protect(close + 1);
  // Inline math does not nest: a pair holding a lone `\\(` or `\\)` is code's, as jq's
  // interpolation (`"$x == \\($x)"`), not a formula; one wrapped twice is math
  // (`$\\(\\alpha\\)$`, `$ \\(x\\)^2 $`).
  if (dollar && unpairedInlineMath(formula)) return protect(close + 1);
  // Numbers closed by a `$` glued to a digit are code's fields or money (`$3-7$4`).
  if (dollar && isDigit(formula.charCodeAt(0)) && isDigit(text.charCodeAt(close + 1))) {
    return protect(close + 1);
  }
  // A variable held constant is math in prose, with a Greek letter a converter drew or
  // in a text whose other formulas hold macros (LaTeX); else a shell's or Perl's words
  // (`echo $a=const$b`, `print $T=const$;`, `echo "$T=const$"`, review130).
  if (
    dollar &&
    HELD_CONSTANT.test(formula) &&
    (!pairInProse(text, at, close) ||
      !(GREEK_LETTER.test(formula[0] as string) || amongMacroFormulas(text, ctx)))
  ) {
    return protect(close + 1);
  }
  // A `\t` a dump made a TAB and a page a space (`$ au$-bench`, `$ heta_i$`).
  const tab = dollar ? eatenTab(text, at, close, formula, ctx) : undefined;
  if (tab !== undefined) return tab;
  // `$A$1` is a spreadsheet's absolute reference: no formula ends glued to a digit.
  if (dollar && /^[A-Z]{1,3}$/.test(formula) && isDigit(text.charCodeAt(close + 1))) {
    return protect(close + 1);
  }
  const padding = dollar && /^ | $/.test(formula) && amongMacroFormulas(text, ctx);
  const math = group || looksLikeMath(formula, dollar, padding);
  // Math by its shape, with no backslash, may still have lost its Greek letters'
  // backslashes (`$mu$`, `$alpha>0$`, `$eta^{-1}$` on a page that dropped every one).
  if (math && dollar && !formula.includes('\\')) {
    const names = lostBackslashes(text, at, close, formula, ctx, true);
    if (names !== undefined) return names;
  }
  if (!math) {
    if (!dollar) return escapedParentheses(formula, at, close);
    // Read again once another rule has made it math: an entity decoded (`$p&lt;0.01$`),
    // a backslash put back by `json-escapes` (`$<TAB>imes$`, `$<BS>eta$`), a `\times`
    // `times` reads where a page made that TAB a space (`$6.71 imes$`). Its names are not
    // read bare: `$<BS>eta$` is `\beta`, not `eta`.
    // Its closer opens nothing in this pass (`$&gt;$100$\times$` is no `$100$`).
    if (JSON_CONTROL.test(formula) || /&#?\w+;|\d ?imes(?![A-Za-z])/.test(formula)) {
      // Not a price's `$` before prose (`saves $2M &amp; cuts $\sim$30%`): its closer opens
      // the next formula.
      const price = isDigit(formula.charCodeAt(0)) && / [A-Za-z]{3}/.test(formula);
      if (!price) remember(ctx, WAITING_MEMO, close);
      return undefined;
    }
    // Macro names that lost their backslash (`$sim$0.8`, `$U times U$`) get it back.
    // A pair that is no formula is skipped whole: its closer opens nothing (`$5 and $10`).
    return (
      lostBackslashes(text, at, close, formula, ctx) ??
      italicWord(text, at, close, formula) ??
      protect(close + 1)
    );
  }
  openFormula(ctx, close, [close]);
  // A group that holds the formula and nothing else prints nothing either: its braces go
  // with the dollars (BibTeX's protection in a title, `{$\ldots$}`; ADS's `13{$\sigma$}`).
  // The opening brace goes here; `text-style` takes the closing one as it closes the
  // group (see `opensWrappedFormula`), so the groups around it still pair.
  const wrapped = dollar && wrapsFormula(text, at, close, ctx) && !bibtexSource(text, ctx);
  let start = from;
  // Padding inside the delimiters goes with them: TeX ignores it (`\\( \\beta \\)` → `β`).
  while (isSpace(text.charCodeAt(start))) start++;
  // Its padding after a word glued to the opener keeps them apart (`model$ f(Q)$`),
  // unless an operator comes first, which binds to that word (`9$ \times$` → `9×`), or
  // a script, whose base it is (`T$ _c$` → `T_c`, the eighty-fifth blind set's).
  const script = text.charCodeAt(start) === 0x5f || text.charCodeAt(start) === 0x5e;
  const apart =
    start > from && isWordChar(text.charCodeAt(at - 1)) && !startsOperator(text, start) && !script;
  return single(wrapped ? at - 1 : at, start, apart ? ' ' : '');
}

/**
 * The closing `$` of a formula whose text command's group holds pairs of its own
 * (`$\\texttt{$\\textbf{Flora}$}$`, `$\\textbf{A}~(\\textbf{H$^3$DP})$`,
 * `$k(\\mbox{$\\rm H_2$})=0.8$`), the formula's text from `from`; -1 when there is none:
 * the first `$` outside every group, before no digit (a price's: `$0.5 per query …
 * \\textbf{$3\\times$} … $10`), after an even number of `$` inside the groups; the
 * text before the first inner `$` holds a text command, and before that command only math
 * (no `$`, no word of three letters outside a group or a macro's name); braces balanced,
 * one line or two (a wrapped one). Most formulas hold no group before their closer, and
 * the look ends there.
 *
 * @example
 * ```ts
 * nestedClose('$\\texttt{M$^3$Fin}$ is', 1); // 18
 * nestedClose('$\\textbf{x}$ and $y$', 1); // -1
 * nestedClose('$5 per \\textbf{$n$} token, $10', 1); // -1
 * ```
 */
function nestedClose(text: string, from: number): number {
  let depth = 0;
  let inner = 0;
  let wrapped = false;
  const stop = Math.min(text.length, from + 2 * FORMULA_LIMIT);
  for (let k = from; k < stop; k++) {
    const code = text.charCodeAt(k);
    // One line break where a wrapped line splits it (arXiv's API wraps at 80 columns).
    if (code === 0x0a) {
      if (wrapped || text.charCodeAt(k + 1) === 0x0a) return -1;
      wrapped = true;
    }
    if (code === 0x5c) k++;
    else if (code === 0x7b) depth++;
    else if (code === 0x7d && --depth < 0) return -1;
    else if (code === 0x24) {
      if (depth === 0) {
        return inner > 0 && inner % 2 === 0 && !isDigit(text.charCodeAt(k + 1)) ? k : -1;
      }
      if (inner === 0) {
        const command = TEXT_IN_MATH.exec(text.slice(from, k));
        if (command === null || !mathBefore(text.slice(from, from + command.index))) return -1;
      }
      inner++;
    }
  }
  return -1;
}

/**
 * Is the formula from the `$` at `at` to the one at `close` a string of code: quoted
 * whole in straight quotes, after a bracket, a comma, `=` or `:` and before a comma, a
 * closing bracket or `;` (spaces between)? The eighty-third blind set's clean side had a
 * comment's `default = ['$x$', '']` lose its dollars.
 *
 * @example
 * ```ts
 * codeItem("default = ['$x$', '']", 12, 14); // true
 * codeItem("the 'x' and '$x$' symbols", 13, 15); // false
 * ```
 */
function codeItem(text: string, at: number, close: number): boolean {
  const quote = text.charCodeAt(at - 1);
  if ((quote !== 0x27 && quote !== 0x22) || text.charCodeAt(close + 1) !== quote) return false;
  let back = at - 2;
  while (text.charCodeAt(back) === 0x20) back--;
  let next = close + 2;
  while (text.charCodeAt(next) === 0x20) next++;
  if (!'[(,=:{'.includes(text[back] ?? ' ') || !',])};'.includes(text[next] ?? ' ')) return false;
  // Code's own opener on the line: a list's or a mapping's bracket, an assignment, or a
  // call's parenthesis after its name; prose's parentheses and commas hold quoted
  // symbols too (`(e.g., '$\\alpha$', '$\\beta$')`, `as '$\\sigma$', '$\\tau$', and`).
  return codeOpener(text, back);
}

/**
 * The bracket, `=` or `:` that opens the code around `at` on its line: `[` or `{`, `=`,
 * or `(` glued after a name (`f(`); the commas of a list between are skipped, its
 * strings too. `:` only right before the string, as a mapping's key sets it.
 *
 * @example
 * ```ts
 * codeOpener("default = ['$x$', '']", 11); // true
 * codeOpener("(e.g., '$a$'", 5); // false
 * ```
 */
function codeOpener(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  let depth = 0;
  for (let k = at; k >= lineStart && at - k < 240; k--) {
    const char = text[k] as string;
    if (char === ')' || char === ']' || char === '}') depth++;
    else if (char === '(' || char === '[' || char === '{') {
      if (depth-- > 0) continue;
      if (char !== '(') return true;
      return isWordChar(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 0x5f;
    } else if (depth === 0 && char === '=') return true;
    else if (depth === 0 && char === ':' && k === at) return true;
  }
  return false;
}

/**
 * The closing `$` of a formula that is one text command's group and nothing else, longer
 * than a formula may be (`$\\textit{no task-specific architecture, …, per scale
 * factor}$`: an author's emphasis set in math), the formula's text from `from`; -1 when
 * there is none. The group holds no `$` and no blank line (a wrapped abstract's breaks
 * are the spaces they stand for), and the `$` follows its closing brace. (Left unpaired, its closer opened the next pair and every formula
 * after it was read off by one.)
 *
 * @example
 * ```ts
 * textGroupClose('$\\textit{no task-specific architecture}$ and', 1); // 40
 * textGroupClose('$\\textit{a} b$', 1); // -1
 * ```
 */
function textGroupClose(text: string, from: number): number {
  const command = TEXT_IN_MATH.exec(text.slice(from, from + 10));
  if (command === null || command.index !== 0) return -1;
  const open = from + command[0].length - 1;
  const close = closingBrace(text, open, 4 * FORMULA_LIMIT);
  if (close < 0 || text.charCodeAt(close + 1) !== 0x24) return -1;
  const group = text.slice(open, close);
  return group.includes('$') || /\n[ \t]*\n/.test(group) ? -1 : close + 1;
}

/**
 * Whether `prefix`, what a formula holds before its text command, reads as math: no `$`,
 * and no word of three letters or more outside a group or a macro's name (`k_{\\rm
 * diss}(`, not a price's `0.5 per query and `).
 *
 * @example
 * ```ts
 * mathBefore('k_{\\rm diss, CR}('); // true
 * mathBefore('0.5 per query and '); // false
 * ```
 */
function mathBefore(prefix: string): boolean {
  if (prefix.includes('$')) return false;
  let depth = 0;
  let run = 0;
  for (let k = 0; k < prefix.length; k++) {
    const code = prefix.charCodeAt(k);
    if (code === 0x7b) depth++;
    else if (code === 0x7d) depth--;
    if (code === 0x5c) {
      k = lettersEnd(prefix, k + 1) - 1;
      run = 0;
    } else if (isLetter(code) && depth === 0) {
      if (++run >= 3) return false;
    } else run = 0;
  }
  return true;
}

/** A command that sets text in a formula, with its group's opening. */
const TEXT_IN_MATH = /\\(?:text(?:bf|it|tt|rm|sf|sc|normal)?|mathrm|mathbf|mbox|hbox|emph)\{/;

/** A BibTeX entry or field as written (`@article{`, `title = {`, `series = "`): source, kept. */
const BIBTEX_SOURCE = /@[A-Za-z]+\{|\b[A-Za-z]+\s*=\s*[{"]/;

/**
 * Whether the text holds BibTeX source ({@link BIBTEX_SOURCE}), asked once a pass: its
 * braces are the source's, kept.
 *
 * @example
 * ```ts
 * bibtexSource('title = {\\emph{X}}', ctx); // true
 * ```
 */
export function bibtexSource(text: string, ctx: Context): boolean {
  return ctx.once('bibtex-source', () => BIBTEX_SOURCE.test(text));
}

/**
 * Whether the `$…$` pair from `at` to `close` is all a bare group holds: braces right
 * around it, whose own braces pair, that are no argument: not after a macro's name,
 * even spaced (`\\mbox {$x$}`, `\\hat {$x$}`), a one-character command (`\\={$x$}`), a
 * script's mark, a closing brace or bracket, nor glued to a letter, whose word they
 * would join (`f{$a$}`, `é{$a$}`), nor after a starred command, an option's bracket or a
 * table's `@`, nor a script's base (`{$a+b$}^2`); after a number, one that stands alone
 * (`13{$\\sigma$}`; not `x_1{$a$}`) or a space (`}5 {$^\\circ$}C`). Only while `text-style` runs, which takes the closing brace.
 * (In BibTeX source, where a formula's group is the field's and its closer may be
 * left, the caller keeps them: see {@link bibtexSource}.)
 *
 * @example
 * ```ts
 * wrapsFormula('What is {$\\ldots$} a', 9, 16, ctx); // true
 * wrapsFormula('\\mbox {$x$}', 7, 9, ctx); // false
 * ```
 */
function wrapsFormula(text: string, at: number, close: number, ctx: Context): boolean {
  if (text.charCodeAt(at - 1) !== 0x7b || text.charCodeAt(close + 1) !== 0x7d) return false;
  if (!ctx.enabled('text-style') || !bracesPair(text, at + 1, close)) return false;
  // A script's base (`{$a+b$}^2`) keeps its group.
  if (text.charCodeAt(close + 2) === 0x5e || text.charCodeAt(close + 2) === 0x5f) return false;
  let back = at - 2;
  while (back >= 0 && text.charCodeAt(back) === 0x20) back--;
  if (back < 0) return true;
  const before = text[back] as string;
  // A number's group spaced from it is no script's (`{$\\sim$}5 {$^\\circ$}C`), unless
  // it holds one, which its braces keep to the number (`10 {$^{-3}$} Gy`).
  if (isDigit(text.charCodeAt(back))) {
    const spaced =
      back < at - 2 &&
      (!/^[_^]/.test(text.slice(at + 1, close)) || DEGREE.test(text.slice(at + 1, close)));
    return spaced || numberBefore(text, back + 1);
  }
  if (/\p{L}/u.test(before)) return back < at - 2 && macroNameStart(text, back + 1) < 0;
  // Nor an argument after a script's mark, a group, a starred command (`\\section*{$x$}`),
  // an option's bracket (`\\item[{$[0,1]$}]`) or a table's column separator (`@{$\\pm$}`).
  if ('^_\\}]*[@'.includes(before)) return false;
  return text.charCodeAt(back - 1) !== 0x5c;
}

/** An ampersand escaped for TeX or as an entity (`\\&`, `&amp;`, `&#38;`). */
const AMPERSAND = /^(?:\\&|&amp;|&#0*38;|&#x0*26;)$/;

/** A degree sign as a script (`^\\circ`, `^{\\circ}`), whole. */
const DEGREE = /^\^\{?\\circ\}?$/;

/** A math symbol outside ASCII: arrows, operators, relations, `±`, `×`, `÷`, primes. */
const DRAWN_SYMBOL = /[\u2190-\u21ff\u2200-\u22ff\u27c0-\u27ff\u2a00-\u2aff±×÷′″]/;

/** Perl's `=~` before a pattern (`=~ /x/`, `=~ s/a/b/`), not TeX's ties (`~=~`, `=~1660`). */
const PERL_BINDING = /(?:^|[^~])=~\s*(?:\/|[msy]\W|tr\W)/;

/**
 * Whether the `$` at `at` opens a Python string's text, and which: `'raw'` after `r'`,
 * `r"`, `rf"` (`r'$x$'`, `(r"$\\mathrm{kpc}$")`) or Julia's `L"`, `'formatted'` after `f'` or `f"`
 * (`f"$R^2={r ** 2:1.4f}$"`), the prefix no word's end (not `Mr"$5"`, `elf"$5"`);
 * `undefined` otherwise.
 *
 * @example
 * ```ts
 * pythonString("plt.xlabel(r'$\\Sigma$')", 13); // 'raw'
 * pythonString("the derivative f'$(x)$", 17); // 'formatted' (closed by no quote: read)
 * ```
 */
function pythonString(text: string, at: number): 'raw' | 'formatted' | undefined {
  const quote = text[at - 1];
  if (quote !== "'" && quote !== '"') return undefined;
  // Raw, or formatted, or both (`r"`, `f"`, `rf"`): a Python string's prefix, one of
  // each at most.
  const prefix = PYTHON_PREFIX.exec(text.slice(Math.max(0, at - 4), at - 1))?.[0];
  if (prefix === undefined || isWordChar(text.charCodeAt(at - 2 - prefix.length))) {
    return undefined;
  }
  // Julia's LaTeX string (`title = L"$\\alpha$"`, LaTeXStrings.jl) is a raw one, its `L`
  // where `code`'s raw strings open too: first, or after a space, `=`, `>` (a pair's
  // `=>`), an opening bracket or a comma (not a quoted letter's: `"L"$_1$`).
  if (prefix === 'L') {
    const owner = text[at - 3];
    return quote === '"' && (owner === undefined || ' \t\n=>([{,'.includes(owner))
      ? 'raw'
      : undefined;
  }
  return /[rR]/.test(prefix) ? 'raw' : 'formatted';
}

/**
 * A Python string's prefix before its quote: `r`, `f`, `rf` or `fr`, any case; or
 * Julia's `L` before a double quote.
 */
const PYTHON_PREFIX = /(?:[rR][fF]?|[fF][rR]?|L)$/;

/**
 * The quote of a string literal open at `at` on a line of code: one that the line
 * assigns (`prompt = "Find $x$`) or passes to a call (`plt.xlabel('$R$`), within
 * {@link CODE_LINE_REACH} of the line's start or of the call; `undefined` elsewhere.
 *
 * @example
 * ```ts
 * codeString('prompt = "Find $x$."', 15, ctx); // { quote: '"', assigned: true }
 * codeString("plt.xlabel('$R$')", 12, ctx); // { quote: "'", assigned: false }
 * codeString('a cost of $5 and $6', 10, ctx); // undefined
 * ```
 */
function codeString(
  text: string,
  at: number,
  ctx: Context,
): { quote: string; assigned: boolean } | undefined {
  // Most texts open no string after `=` or `(` anywhere: one search a pass says so.
  if (!ctx.once(CODE_STRING_MEMO, () => opensString(text))) return undefined;
  // A bounded look back (a slice, then searches within it), as a text may hold many `$`:
  // the string's quote is the last one before the `$`, on its line, with no escape after.
  const reach = Math.max(0, at - CODE_LINE_REACH);
  const before = text.slice(reach, at);
  // (An apostrophe between letters opens nothing: `"Euler's identity $e^{i\\pi}$"`.)
  const double = before.lastIndexOf('"');
  let single = before.lastIndexOf("'");
  while (
    single > double &&
    isLetter(before.charCodeAt(single - 1)) &&
    isLetter(before.charCodeAt(single + 1)) &&
    // (A string's prefix before its quote is none: `r'…`, `rf'…`.)
    !/(?:^|[^A-Za-z])(?:[rRbB]?[fFuU]?|[fFuU]?[rRbB]?)$/.test(
      before.slice(Math.max(0, single - 3), single),
    )
  ) {
    single = before.lastIndexOf("'", single - 1);
  }
  const open = Math.max(double, single);
  if (open < 0) return undefined;
  const inside = before.slice(open + 1);
  if (inside.includes('\n') || inside.includes('\\')) return undefined;
  const quote = before[open] as string;
  const newline = before.lastIndexOf('\n', open);
  const head = stringHead(before, open);
  // A raw string among a code call's later arguments (`fig.text(.2, .3, r"… $\\alpha$")`)
  // is code's; prose's primes after a comma are not (`G(r, r') with $x$`).
  if (before[head - 1] === ',' && rawPrefix(before, open)) {
    const call = before.lastIndexOf('(', head);
    const ok = call > newline && before.indexOf(')', call) < 0 && calleeBefore(before, call);
    return ok ? { quote, assigned: false } : undefined;
  }
  if (before[head - 1] === '(') {
    // A code's callee: a dotted or snake-cased name, or one of three small letters or more
    // (`plt.xlabel(`, `st.latex(`, `print(`); not prose's function, `f("$x$")`, `T(`, `GPT(`.
    return calleeBefore(before, head - 1) ? { quote, assigned: false } : undefined;
  }
  const line = before.slice(newline + 1, head);
  const assignment = (newline >= 0 || reach === 0) && ASSIGNMENT.exec(line);
  // A BibTeX field's value is a title to read, its entry's head out of sight or not.
  if (!assignment || BIBTEX_FIELDS.has((assignment[1] as string).toLowerCase())) return undefined;
  return { quote, assigned: true };
}

/**
 * Whether a code's callee ({@link CALLEE}) ends right before the `(` at `paren`.
 *
 * @example
 * ```ts
 * calleeBefore('plt.xlabel(', 10); // true
 * calleeBefore('G(', 1); // false
 * ```
 */
function calleeBefore(text: string, paren: number): boolean {
  return CALLEE.test(text.slice(Math.max(0, paren - 40), paren));
}

const CODE_STRING_MEMO = 'math-delimiters:code-string';
/**
 * Whether a text opens a string after a call's `(` or an assignment's `=` anywhere, a
 * prefix letter or a space between (`("`, `(r'`, `= "`): native searches for the quotes'
 * neighbours, cheaper on formulas' `(` and `=` than one expression over the text.
 *
 * @example
 * ```ts
 * opensString('prompt = "Find $x$"'); // true
 * opensString('$f(x) = 2$'); // false
 * ```
 */
function opensString(text: string): boolean {
  for (const quote of ['"', "'"]) {
    for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
      const opener = text[stringHead(text, at) - 1];
      if (opener === '(' || opener === '=' || (opener === ',' && rawPrefix(text, at))) {
        return true;
      }
    }
  }
  return false;
}

/**
 * Whether the quote at `quote` opens a Python raw string: an `r` glued before it, after
 * no word character (`r"…"`, not `bar"`).
 *
 * @example
 * ```ts
 * rawPrefix('f(1, r"$x$")', 6); // true
 * rawPrefix('a bar"x"', 5); // false
 * ```
 */
function rawPrefix(text: string, quote: number): boolean {
  const prefix = text[quote - 1];
  return (prefix === 'r' || prefix === 'R') && !isWordChar(text.charCodeAt(quote - 2));
}

/**
 * Where what stands before the quote at `quote` ends, less a string's prefix letter and
 * spaces (`print( r'` → the index after `(`).
 *
 * @example
 * ```ts
 * stringHead("plt.xlabel(r'$x$')", 12); // 11
 * ```
 */
function stringHead(text: string, quote: number): number {
  let head = quote;
  if (/[rRfFbBuU]/.test(text[head - 1] ?? '')) head--;
  while (text[head - 1] === ' ' || text[head - 1] === '\t') head--;
  return head;
}

/** How far back on its line a code string's opening is looked for. */
const CODE_LINE_REACH = 240;
/**
 * A line's start, a name and its `=`: an assignment, its value next; a declaration's
 * keyword may come first (`const texString =`, `let s =`, the ninety-first blind set's
 * clean side, and a type after a colon, `val s: String =`).
 */
const ASSIGNMENT =
  /^[ \t]*(?:(?:export[ \t]+)?(?:const|let|var|val|my|local)[ \t]+)?([A-Za-z_][\w.]*)(?:[ \t]*:[ \t]*[\w.<>[\]]+)?[ \t]*=$/;
/** A call's name at the end: dotted or snake-cased, or three small letters or more. */
const CALLEE = /(?:[A-Za-z_]\w*[._][\w.]*|(?<![\w.])[a-z][a-z\d]{2,})$/;
/** BibTeX's fields that hold text (`title = "…"`): read, not kept as code. */
export const BIBTEX_FIELDS = new Set(
  'title booktitle journal author editor abstract note series publisher school institution organization howpublished keywords address chapter'.split(
    ' ',
  ),
);
/** What may follow an assigned string's closing quote: a statement's end. */
const LINE_END = /^[ \t;]*(?:\r?\n|$)/;

/** Whether the braces from `from` to `to` pair up (`A_{1}`, not `A_1}, {A_2`). */
function bracesPair(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x7b) depth++;
    else if (code === 0x7d && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * Whether the group opening at `open` holds a `$…$` formula and nothing else, which goes
 * with its braces: what `text-style` asks at the group's `{`, so that it takes the
 * closing brace when the group closes. Reading the pair again when the pass gets to
 * its `$` gives the same answer.
 *
 * @example
 * ```ts
 * opensWrappedFormula('the {$L^p$}-norm', 4, ctx); // true
 * ```
 */
export function opensWrappedFormula(text: string, open: number, ctx: Context): boolean {
  if (text.charCodeAt(open + 1) !== 0x24 || text.charCodeAt(open + 2) === 0x24) return false;
  return opening(text, open + 1, 1, ctx)?.hits[0]?.start === open;
}

/**
 * Whether the `$` at `at` opens a formula whose delimiters go: what `tie` asks before
 * it spaces a tie from the formula (`parameter~$\alpha$`). Reading the pair again when
 * the pass gets there gives the same answer.
 *
 * @example
 * ```ts
 * opensFormula('the parameter~$\\alpha$', 14, ctx); // true
 * opensFormula('costs 5~$10', 8, ctx); // false
 * ```
 */
export function opensFormula(text: string, at: number, ctx: Context): boolean {
  if (text.charCodeAt(at + 1) === 0x24) return false;
  const hit = opening(text, at, 1, ctx)?.hits[0];
  // (From the brace before it when a group holds only the pair: `{$\mu$}`.)
  return hit !== undefined && (hit.start === at || hit.start === at - 1) && hit.end > at;
}

/**
 * A quantity whose tie before the closing dollar spaces it from a unit glued after
 * (`$T=40~$mK`, `$1~$arcsec`): what stands before the tie is math, and ends with a digit
 * or a group (`$10^{17}~$eV`). A price is never written so.
 *
 * @example
 * ```ts
 * tiedQuantity('at $T=40~$mK', 'T=40~', 9); // true
 * tiedQuantity('$5~$10', '5~', 3); // false
 * tiedQuantity('my $a = 40~$b;', 'a = 40~', 10); // false
 * ```
 */
function tiedQuantity(text: string, formula: string, close: number): boolean {
  if (formula.charCodeAt(formula.length - 1) !== 0x7e || !isLetter(text.charCodeAt(close + 1))) {
    return false;
  }
  // A unit is a short word (`mK`, `arcsec`, `M_⊙`); code goes on (`$a = 40~$b;`, `~$z`).
  const unitEnd = lettersEnd(text, close + 1);
  const after = text[unitEnd] ?? ' ';
  if (unitEnd - close - 1 > 6 || (after !== '_' && /[\w=;$~]/.test(after))) return false;
  const quantity = formula.slice(0, -1);
  const last = quantity.charCodeAt(quantity.length - 1);
  return (isDigit(last) || last === 0x7d) && looksLikeMath(quantity, true);
}

/**
 * Remember a formula that opened: the closer positions whose delimiter goes when the pass
 * gets there (`$`, `\)`, or each `$` of `$$`), and where it ends, for `insideFormula`.
 *
 * @example
 * ```ts
 * openFormula(ctx, 12, [12, 13]); // the `$$` at 12 will go; inside until 12
 * ```
 */
function openFormula(ctx: Context, end: number, closers: readonly number[]): void {
  for (const close of closers) remember(ctx, MEMO, close);
  ctx.memo.set(END_MEMO, end);
}

/** The closers of pairs left for another rule to make math first: they open nothing. */
const WAITING_MEMO = 'math-delimiters:waiting';

/** The line {@link tableRow} last read: `[from, to)` and whether it is a row. */
const ROW_MEMO = 'math-delimiters:row';

/**
 * Is `at` on a Markdown table's row: a line that starts with `|`, or, in a text that
 * holds a table's delimiter row (`--- | ---`), one with a spaced ` | `? The line last
 * read is remembered, so the formulas of one long line cost one read of it.
 *
 * @example
 * ```ts
 * tableRow('| $|y|$ |', 2, ctx); // true
 * tableRow('a | $|V|$\n--- | ---', 4, ctx); // true
 * ```
 */
function tableRow(text: string, at: number, ctx: Context): boolean {
  const seen = ctx.memo.get(ROW_MEMO) as { from: number; to: number; row: boolean } | undefined;
  if (seen !== undefined && at >= seen.from && at < seen.to) return seen.row;
  const from = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  const to = end < 0 ? text.length : end;
  const row =
    opensTableRow(text, at) ||
    (text.slice(from, to).includes(' | ') && ctx.once(TABLE_MEMO, () => DELIMITER_ROW.test(text)));
  ctx.memo.set(ROW_MEMO, { from, to, row });
  return row;
}

/** Whether the text holds a {@link DELIMITER_ROW}, asked once a pass. */
const TABLE_MEMO = 'math-delimiters:table';

/** A Markdown table's delimiter row without outer pipes: `--- | :---:`. */
const DELIMITER_ROW = /^[ \t]*:?-{3,}:?[ \t]*\|[ \t]*:?-{3}/m;

/**
 * Add `position` to the set of positions kept under `key` for this pass.
 *
 * @example
 * ```ts
 * remember(ctx, WAITING_MEMO, 12); // the `$` at 12 closes a pair read next pass
 * ```
 */
function remember(ctx: Context, key: string, position: number): void {
  let positions = ctx.memo.get(key) as Set<number> | undefined;
  if (positions === undefined) {
    positions = new Set();
    ctx.memo.set(key, positions);
  }
  positions.add(position);
}

/**
 * `\(…\)` around words, no formula: a Markdown exporter's escaped parentheses (`ASTM
 * \(21 vehicles per minute\)`), as the same text's `\-` and `\_` are its escapes. What
 * they hold must read as prose: two words or more, letters, digits and a sentence's
 * punctuation only (no pattern's group: `\(\d+\)`).
 *
 * @example
 * ```ts
 * escapedParentheses('21 vehicles per minute', 5, 29); // hits: '\\(' → '(', '\\)' → ')'
 * escapedParentheses('abc', 0, 5); // undefined
 * ```
 */
function escapedParentheses(words: string, at: number, close: number): Outcome | undefined {
  // One character class, no nested repetition: letters, digits and a sentence's marks,
  // a letter or digit at each end, and a space between two words at least.
  if (!/^[\p{L}\p{N}][\p{L}\p{N} ,.;:'%-]*$/u.test(words) || !/[\p{L}\p{N}]$/u.test(words)) {
    return undefined;
  }
  if (!words.includes(' ')) return undefined;
  return {
    hits: [
      { start: at, end: at + 2, text: '(' },
      { start: close, end: close + 2, text: ')' },
    ],
    resume: close + 2,
  };
}

/**
 * `$$…$$` at `at`: display math set inline, whose delimiters go like a `$…$` pair's
 * when what they hold is a short formula marked as math (a macro, `^` or `_`) on one
 * line; otherwise the pair is left as written.
 *
 * @example
 * ```ts
 * display('the loss $$\\mathcal{L}=0$$ holds', 9, ctx); // one hit: '$$' → ''
 * display('costs $$5 and $$10', 6, ctx); // protects the pair
 * ```
 */
function display(text: string, at: number, ctx: Context): Outcome {
  // Searched within reach only, like a `$…$` pair's closer.
  const close = text.slice(at + 2, at + 4 + FORMULA_LIMIT).indexOf('$$') + at + 2;
  const formula = close < at + 2 ? '' : text.slice(at + 2, close);
  // Glued to a word on either side it is a shell's or a Makefile's `$$` (`p_$$`,
  // `$$x_1$$5`), and its content must read as a `$…$` formula's does (`$$^ $$(CC)`).
  if (
    formula === '' ||
    isWordChar(text.charCodeAt(at - 1)) ||
    isWordChar(text.charCodeAt(close + 2)) ||
    /[$\n]/.test(formula) ||
    !/[\\^_]/.test(formula) ||
    // A term starts it and no bare script ends it (`$$^ $$`, `$$ > p_$$` are a shell's).
    !/^[\w\\({-]/.test(formula.trim()) ||
    /[\^_]$/.test(formula.trim()) ||
    !looksLikeMath(formula.trim(), true)
  ) {
    return protect(at + 2);
  }
  openFormula(ctx, close, [close, close + 1]);
  let start = at + 2;
  while (isSpace(text.charCodeAt(start))) start++;
  return single(at, start, '');
}

/**
 * Does an operator or a relation start at `at`: `+`, `-`, `=`, `<`, `>`, or a macro
 * that prints one (`\times`, `\approx`)?
 *
 * @example
 * ```ts
 * startsOperator('\\times$', 0); // true
 * startsOperator('\\beta x$', 0); // false
 * ```
 */
function startsOperator(text: string, at: number): boolean {
  if ('+-=<>'.includes(text[at] as string)) return true;
  if (text.charCodeAt(at) !== 0x5c) return false;
  return Object.hasOwn(MATH_SYMBOLS, text.slice(at + 1, lettersEnd(text, at + 1)));
}

/**
 * Is `formula` (closed at `close`) one braced group and nothing else, with no word
 * glued after its closer (`${J}$, ` is math; `${HOME}$PATH` a shell's)?
 *
 * @example
 * ```ts
 * groupFormula('the ${J}$ metric', '{J}', 8); // true
 * ```
 */
function groupFormula(text: string, formula: string, close: number): boolean {
  if (!/^\{\w+\}$/.test(formula)) return false;
  const after = text.charCodeAt(close + 1);
  return !(isLetter(after) || isDigit(after) || after === 0x7b || after === 0x5f);
}

/**
 * Is the formula at `at` a sign and a number glued after the word it compares
 * (`[N/O]$>0.3$`, `IoU$=0.7$`, `[Fe/H]$<-1$`): a ratio in brackets or an acronym,
 * not code's index or variable (`items[i]$>0$`)? Not after a currency's sign
 * (`US$>100$`, `1US$=7.8HK$`) nor with a `$` earlier in the word, whose pair this
 * closer ends (`$-1.3<$[Fe/H]$<+0.3$`).
 *
 * @example
 * ```ts
 * comparedAfterWord('rich ([N/O]$>0.3$)', '>0.3', 11); // true
 * comparedAfterWord('spend US$>100$', '>100', 8); // false
 * ```
 */
function comparedAfterWord(text: string, formula: string, at: number): boolean {
  if (
    !/^[<>=≤≥≈∼≲≳][-+]?\d[\d.,]*(?:e-?\d+)?(?:-\d[\d.]*)?$/.test(formula) ||
    afterCurrency(text, at)
  ) {
    return false;
  }
  // The word compared: an abundance ratio in brackets or an acronym (`[Fe/H]`, `EW`,
  // `SNR`, `IoU`), not code's index or variable (`items[i]$>0$`, `status$>5$`).
  const word = text.slice(tokenStart(text, at, 40), at);
  return !word.includes('$') && COMPARED_WORD.test(word);
}

/**
 * A quantity's name a number is compared to: `[N/O]`, `[O III]`, `EW`, `S/N`,
 * `F277W-F444W`, `TAR@FAR`, `F1`, a transition's `J`, a p-value's `p` or a redshift's `z`.
 */
const COMPARED_WORD =
  /^\(?(?:\[[A-Z][A-Za-z ]*(?:\/[A-Z][A-Za-z]*)?\]|[A-Za-z0-9/@-]*[A-Z][A-Za-z0-9/@-]*[A-Z][A-Za-z0-9/@-]*|[A-Z]\d{0,2}|[pz])$/;

/** A currency's letters before its `$` (`US$`, `NZ$`, `R$`, `C$`). */
const CURRENCY_BEFORE = /(?:^|[^A-Za-z])(?:US|CA|AU|NZ|HK|NT|SG|MX|RD|TT|EC|BZ|FJ|[ACRSZ])$/;

/**
 * Whether the `$` at `at` is a currency's, after its letters (`US$≥$100`, `US$-A$`).
 *
 * @example
 * ```ts
 * afterCurrency('at US$-A$ parity', 5); // true
 * afterCurrency('high$-z$', 4); // false
 * ```
 */
function afterCurrency(text: string, at: number): boolean {
  return CURRENCY_BEFORE.test(text.slice(Math.max(0, at - 4), at));
}

/**
 * Is the formula from `at` to `close` a Latin letter with the hyphen of a compound it
 * starts (`$t-$test`, `$N-$body`, `$k-$NN`, `$i-$th`; in a list of bands, `$g-$, $r-$
 * and $i-$dropouts`; alone in parentheses, `($m-$) bias`), as authors type it? The word
 * after is a compound's known head ({@link COMPOUND_HEADS}), or the next of such letters
 * follows; glued after no word, `=` or quote. Code joins variables so (`$n-$version.json`, `$i-$length`).
 *
 * @example
 * ```ts
 * hyphenedLetter('a paired $t-$test', 9, 12); // true
 * hyphenedLetter('f=$n-$version.json', 2, 5); // false
 * ```
 */
function hyphenedLetter(text: string, at: number, close: number): boolean {
  if (close !== at + 3 || text.charCodeAt(at + 2) !== 0x2d || !isLetter(text.charCodeAt(at + 1))) {
    return false;
  }
  if (!standsApartLeft(text, at)) return false;
  const before = text.charCodeAt(at - 1);
  const next = text.charCodeAt(close + 1);
  // In parentheses of its own (`($m-$) bias`), or in a list of such letters
  // (`$u-$, $g-$ and $r-$bands`).
  if (next === 0x29) return before === 0x28 && isSpace(text.charCodeAt(close + 2));
  if (next === 0x2c || next === 0x20) {
    return /^,? (?:(?:and|or) )?\$[A-Za-z]-\$/.test(text.slice(close + 1, close + 12));
  }
  // (A wrapped line's break may stand between: `the $q-$` / `analogue`.)
  const head = next === 0x0a ? close + 2 : close + 1;
  const end = lettersEnd(text, head);
  return (
    !isWordChar(text.charCodeAt(end)) &&
    !/^\.[A-Za-z]/.test(text.slice(end, end + 2)) &&
    COMPOUND_HEADS.has(text.slice(head, end))
  );
}

/**
 * Is `formula` (from `at` to `close`) one Latin letter and the period or comma the author
 * typed inside the dollars (`conductivity $K.$`, `of $N,$ and`), after a space, a `(` or
 * a line's start and before a space, a line break or the text's end? A variable, as
 * `$K$.` is. A shell's variables touch their neighbours (`$p:$(hostname)`, `$x,${y}`,
 * Perl's `$x.$/`: review88), and stay; a curly quote or a dash after is prose's, and a
 * closing parenthesis after its opener (`($K.$)`, `$N,$—`; not `grep "$x.$"`, review90).
 *
 * @example
 * ```ts
 * punctuatedLetter('conductivity $K.$', 'K.', 13, 16); // true
 * punctuatedLetter('x$K.$y', 'K.', 1, 4); // false
 * ```
 */
function punctuatedLetter(text: string, formula: string, at: number, close: number): boolean {
  if (!/^[A-Za-z][.,]$/.test(formula) || !standsApartLeft(text, at)) return false;
  const before = text.charCodeAt(at - 1);
  // (A closing bracket only after its opener: Perl's `$)` and `$]` are variables.)
  const after = text[close + 1] ?? ' ';
  return (
    isSpace(after.charCodeAt(0)) || '”’—–'.includes(after) || (after === ')' && before === 0x28)
  );
}

/**
 * Is `formula` (from `at` to `close`) a class's or a group's name in capitals that
 * starts a compound, `$NP$-hard`, `$coNP$-complete`, `$SO$-equivariant`: two to eight
 * capitals or digits (a complement's `co` first), after a space, an opening bracket or
 * quote or the text's start, and glued after it a hyphen and a head that names what
 * such a class makes (`hard`, `Hardness`, `invariant`; {@link CLASS_HEADS}) or a
 * compound's ({@link COMPOUND_HEADS})? No template or shell glues such a word to its
 * `$NAME$`.
 *
 * @example
 * ```ts
 * hyphenedClass('strongly $NP$-hard', 'NP', 9, 12); // true
 * hyphenedClass('echo $HOME$-x', 'HOME', 5, 10); // false
 * ```
 */
function hyphenedClass(text: string, formula: string, at: number, close: number): boolean {
  if (!/^(?:co)?[A-Z][A-Z0-9]{1,7}$/.test(formula) || text.charCodeAt(close + 1) !== 0x2d) {
    return false;
  }
  if (at > 0 && !' \n([{"“‘\''.includes(text[at - 1] as string)) return false;
  const end = lettersEnd(text, close + 2);
  const head = text.slice(close + 2, end);
  return (
    !isWordChar(text.charCodeAt(end)) &&
    (CLASS_HEADS.has(head.toLowerCase()) || COMPOUND_HEADS.has(head))
  );
}

/** What a complexity class or a symmetry group makes of a word: `NP-hard`, `SE(3)-equivariant`. */
const CLASS_HEADS: ReadonlySet<string> = new Set(
  'hard hardness complete completeness equivariant equivariance invariant invariance'.split(' '),
);

/**
 * Is the formula from `at` to `close` the tail of a word it is glued to, set in math for
 * its italics: a compound's hyphen and letter (`at high$-z$`, `NUV$-r$ colours`) or a
 * ranking metric's cut-off (`Pass$@k$`, `NDCG$@10$`); or such a metric whole
 * (`a $Pass@1$ score`, `$Hits@5$`, `$R@1$`, `mAP$@0.5$`), or its `@` alone between them
 * (`Hits$@$k`)? Nothing word-like or `$` after it, and before a
 * whole one nothing word-like or `$` either: a shell writes `$-` (its flags) and `$@`
 * (its arguments) after no word.
 *
 * @example
 * ```ts
 * compoundTail('at high$-z$ are', '-z', 7, 10); // true
 * compoundTail('a $Pass@1$ score', 'Pass@1', 2, 9); // true
 * compoundTail('echo $-x$y', '-x', 5, 8); // false
 * compoundTail('MRR, Hits$@$k, and', '@', 9, 11); // true
 * ```
 */
function compoundTail(text: string, formula: string, at: number, close: number): boolean {
  const after = text.charCodeAt(close + 1);
  const before = text.charCodeAt(at - 1);
  // The `@` alone, between a metric's name and its cut-off glued after (`Hits$@$k,`).
  if (formula === '@') {
    return (
      isLetter(before) &&
      isLetter(text.charCodeAt(at - 2)) &&
      /^(?:\d{1,3}(?:\.\d{1,2})?|[kKN])(?![\w$])/.test(text.slice(close + 1, close + 8)) &&
      !afterCurrency(text, at)
    );
  }
  if (isWordChar(after) || after === 0x24) return false;
  if (/^(?:-[A-Za-z]|@(?:\d{1,3}(?:\.\d{1,2})?|[kKN]))$/.test(formula)) {
    // (Not a currency's letters: `US$-A$ parity`.)
    return isLetter(before) && isLetter(text.charCodeAt(at - 2)) && !afterCurrency(text, at);
  }
  return (
    /^(?:[A-Za-z]{2,}|[A-Z])@(?:\d{1,3}(?:\.\d{1,2})?|[kKN])$/.test(formula) &&
    !isWordChar(before) &&
    before !== 0x24
  );
}

/** The heads of compounds an author opens with a letter in dollars (`$t-$test`). */
const COMPOUND_HEADS: ReadonlySet<string> = new Set(
  'test tests statistic statistics value values type bias body bodies means correction corrections band bands dropout dropouts th NN SNE SAT norm norms wave waves fold hop shot ary dimensional spin particle particles plane sphere ball space spaces gram grams mer mers nearest sampling distribution distributions divergence coloring colouring connected partite regular uniform ray rays analogue analogues analog deformed deformation series brane branes adic gon gons simplex'.split(
    ' ',
  ),
);

/** An enumeration's Roman numeral of three letters or more in parentheses: `(iii)`, `(xii)`. */
const ROMAN_IN_PARENTHESES = /^\((?=[ivx]{3,}\))x{0,3}(?:ix|iv|vi{0,3}|i{0,3})\)$/;

/** An enumeration's Roman numeral before its closing parenthesis: `i)`, `iv)`. */
const ROMAN_ITEM = /^(?:i{1,3}|iv|vi{0,3}|ix|x)\)$/;

/** The numerals of a list's first ten items, in order. */
const ROMAN_NUMERALS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];

/** The memo key of a text's Roman numerals set in dollars with a parenthesis. */
const ITEMS_MEMO = 'math-delimiters:roman-items';

/**
 * The Roman numerals that `text` sets in dollars with their closing parenthesis
 * (`$ii)$`), found once a pass: each item asks for its neighbours.
 *
 * @example
 * ```ts
 * romanItems('$i)$ a, $ii)$ b'); // Set { 'i', 'ii' }
 * ```
 */
function romanItems(text: string): ReadonlySet<string> {
  const items = new Set<string>();
  for (const match of text.matchAll(/\$(i{1,3}|iv|vi{0,3}|ix|x)\)\$/g))
    items.add(match[1] as string);
  return items;
}

/**
 * Is the item before or after `item` (`ii)` for `i)` or `iii)`) among `items`?
 *
 * @example
 * ```ts
 * neighbourItem('i)', new Set(['i', 'ii'])); // true
 * neighbourItem('i)', new Set(['i'])); // false
 * ```
 */
function neighbourItem(item: string, items: ReadonlySet<string>): boolean {
  const k = ROMAN_NUMERALS.indexOf(item.slice(0, -1));
  const previous = ROMAN_NUMERALS[k - 1];
  const next = ROMAN_NUMERALS[k + 1];
  return (previous !== undefined && items.has(previous)) || (next !== undefined && items.has(next));
}

/**
 * Is the formula from `at` to `close` two small letters standing as a word of their own
 * (`The $qs$ Inequality`) or a Roman numeral in parentheses (`($iii$)`, or `$ii)$` in a
 * list), a product of variables as no price, shell variable (`$x$y`)
 * or template placeholder is written? Not an English word (`$it$`, `$if$` are a
 * template's), nor one of a run of formulas (`$ab$ $initio$`).
 *
 * @example
 * ```ts
 * letterPair('The $qs$ Inequality', 4, 7, ctx); // true
 * letterPair('echo $ab$c', 5, 8, ctx); // false
 * letterPair('each $it$ item', 5, 8, ctx); // false
 * letterPair('and ($iii$) uniformity', 5, 9, ctx); // true
 * letterPair('base model; $(iii)$ Warming', 12, 18, ctx); // true
 * letterPair('data: $i)$ cross, $ii)$ any', 6, 9, ctx); // true
 * ```
 */
function letterPair(text: string, at: number, close: number, ctx: Context): boolean {
  const letters = text.slice(at + 1, close);
  // An enumeration's Roman numeral in parentheses (`($iii$)`, `($iv$)`) is italic too.
  if (
    /^(?:i{1,3}|iv|vi{0,3}|ix)$/.test(letters) &&
    text.charCodeAt(at - 1) === 0x28 &&
    text.charCodeAt(close + 1) === 0x29
  ) {
    return true;
  }
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(close + 1);
  // So is one with its parentheses inside the dollars (`$(iii)$ Warming up`), which two
  // letters or fewer already pass as a product of variables.
  if (ROMAN_IN_PARENTHESES.test(letters)) {
    return !isWordChar(before) && before !== 0x24 && !isWordChar(after) && after !== 0x24;
  }
  // Or with its closing parenthesis alone, an item of a list whose next or previous item
  // the text sets so too (`$i)$ cross-frequency learning, $ii)$ accommodating`).
  if (ROMAN_ITEM.test(letters)) {
    // (After a space or the text's start: `foo($i)$` is code's, review130.)
    return (
      (at === 0 || isSpace(before)) &&
      after === 0x20 &&
      neighbourItem(
        letters,
        ctx.once(ITEMS_MEMO, () => romanItems(text)),
      )
    );
  }
  if (!/^[a-z]{2}$/.test(letters) || TWO_LETTER_WORDS.includes(letters)) return false;
  if (text.charCodeAt(close + 2) === 0x24 || text.charCodeAt(at - 2) === 0x24) return false;
  return !isWordChar(before) && before !== 0x24 && !isWordChar(after) && after !== 0x24;
}

/**
 * A word's character a formula may not be glued to: not a Han, kana or Hangul one,
 * since Chinese, Japanese and Korean prose sets no space around a formula
 * (`以$O(1/t)$速度`), and no shell or template writes a `$` there.
 *
 * @example
 * ```ts
 * gluedWord(0x61); // true ('a')
 * gluedWord(0x4ee5); // false ('以')
 * ```
 */
function gluedWord(code: number): boolean {
  return isWordChar(code) && !isCjk(code);
}

/**
 * A short formula of plain symbols, as physics and maths abstracts write them: numbers,
 * names of one or two letters (or a few with a capital: `AdS`, `CFT`) and Greek letters,
 * a function's name before its parenthesis, operators, scripts, primes, degrees, bars and
 * brackets: `$1/3$`, `$SU(2)$`, `$(3+1)$D`, `$0.05<z<0.30$`, `$S=1/2$`, `$AdS_5$`,
 * `$MoS_{2}$`, `$[[96, 12, 8]]$`, `$A,B$`, `$Z'$`, `$0.44''$`, `$|g|$`, `$δB$`, `$5d$`, `$5,000$`. Spaces only around an operator or after a comma; no
 * operator or comma at the end (`$5-$10`, `$1,$2`; but a count's `+` before a word,
 * `$1{,}500+$ queries`), no padding (`$ 5$`), no script of
 * two characters unbraced (`$MY_VAR$`); a symbol besides letters (`$ID$`, `$USD$` are
 * templates' names); nothing glued after the closer (`$a+b$c`).
 *
 * @example
 * ```ts
 * simpleFormula('in $SU(2)$ gauge', 'SU(2)', 3, 9); // true
 * simpleFormula('costs $5-$10', '5-', 6, 9); // false
 * ```
 */
function simpleFormula(text: string, written: string, at: number, close: number): boolean {
  // Braces around one operator or a short script print nothing of their own
  // (`$2{,}000$`, `$z{=}4$`, `$MoS_{2}$`): read as the plain formula they print.
  const formula = written
    .replace(/\{([-+=,<>])\}/g, '$1')
    .replace(/([_^])\{[A-Za-z0-9+-]{1,6}\}/g, '$1x');
  if (formula.length > 40 || !SIMPLE.test(formula)) return false;
  // A shell's or Make's substitutions and variables run on (`$(Q)$(CC)`, `$((1+2))$((3+4))`,
  // SMARTS' `!$(C=O);!$(C-N)`, `$x|${y}`), and Vim's `line('$')`, RCS's `$Rev: 123$`.
  // So do Perl's and Bash's (`$x->can($_)`, `$d[$_]`, `qr/ar$/`, `$[1+2]$[3+4]`).
  // (A group first that does not end the formula is a command's substitution as often,
  // `echo $(n)-1$`, `x=$(a)/b$`, as a sum's, `$(n+1)/2$`: review141 to review143.)
  if ('({[/\'"'.includes(text[close + 1] ?? ' ') || /: |^\(.*[^)]$/.test(formula)) return false;
  // A prime follows a term (`$Z'$`), and a second one a number (arcseconds' `$0.44''$`),
  // not a space or a bracket, as a shell's quoting does (`$d''$`, `echo $x''$`).
  if (/(?:^|[^\p{L}\d)'])'|(?:^|\D)''/u.test(formula)) return false;
  // Brackets balance in a formula (`$sa+1)..$`, `$UNC|[A-Za-z]:|)$` are code's), and a name
  // with a number alone is a dataset's or a variable's (`$VOC2012$`).
  if (!balanced(formula) || /^[A-Za-z]{3,}\d+$/.test(formula)) return false;
  // Nothing glued after it, but a letterless formula's one letter (`$(2+1)$D`, a unit),
  // a dimension's `D` after a count in parentheses (`$(n+1)$D`, `$(d-1)$D`), or anything
  // after Greek letters alone, which no shell's or template's name is (`[N II] $λλ$6548`,
  // a doublet's wavelengths).
  // (Chinese and Japanese set no space around a formula: `以$O(1/t)$速度`.)
  const after = text.charCodeAt(close + 1);
  const greek = /^[\u0391-\u03c9]{1,3}$/.test(formula);
  const dimension = after === 0x44 && /^\([A-Za-z] ?[+-] ?\d\)$/.test(formula);
  if (
    gluedWord(after) &&
    !greek &&
    ((/[A-Za-z]/.test(formula) && !dimension) || isWordChar(text.charCodeAt(close + 2)))
  ) {
    return false;
  }
  // Padding is a price's (`$ 5$`).
  if (isSpace(formula.charCodeAt(0)) || isSpace(formula.charCodeAt(formula.length - 1))) {
    return false;
  }
  // Glued after a word or a bracket it is another pair's closer (`$-1.3<$[Fe/H]$<+0.3$`),
  // unless it is Greek letters alone or a number compared to the word
  // (`[N/O]$>0.3$`, `EW$>740$`).
  const before = text.charCodeAt(at - 1);
  if (
    ((gluedWord(before) && !/^['^_(]/.test(formula)) || before === 0x5d || before === 0x29) &&
    !greek &&
    !comparedAfterWord(text, formula, at)
  ) {
    return false;
  }
  // (A bar at the end closes an absolute value when the bars pair up: `$e(G)>|B|$`.)
  // A count's `+` ends one before a word (`$1{,}500+$ queries`), not a price's sum
  // (`$5+$10`).
  const count =
    /^\d[\d,.]*\+$/.test(formula) &&
    (after === 0x20 || after === 0x0a) &&
    isLetter(text.charCodeAt(close + 2));
  if (
    /[A-Za-z0-9)\]'] [A-Za-z0-9([]/.test(formula) ||
    (/[-+*/=<>,;:([{≤≥≠≈∼≲≳∝≡±×÷·⋅∘−→∈∉⊂⊆⊊⊃⊇∪∩⩽⩾≪≫≃]$/.test(formula) && !count) ||
    (formula.endsWith('|') && formula.split('|').length % 2 === 0)
  )
    return false;
  // TeX's script is one character unbraced: `_VAR` is an identifier's (`$MY_VAR$`).
  if (/[_^](?:[A-Za-z]{2}|\d{2})/.test(formula)) return false;
  for (const run of formula.matchAll(/[A-Za-z]{3,}/g)) {
    const next = formula[run.index + run[0].length] ?? '';
    // A function's name before its parenthesis; before a script, a short or a mixed-case
    // one (`AdS_5`), not a shell variable's capitals (`$PATH_1$`).
    const name =
      run[0].length <= 6 &&
      (next === '(' || ((next === '_' || next === '^') && /[a-z]/.test(run[0])));
    if (!name && (run[0].length > 3 || !/[A-Z]/.test(run[0]))) return false;
  }
  return !PROSE.test(formula);
}

/**
 * Do the parentheses and brackets in `formula` close in order?
 *
 * @example
 * ```ts
 * balanced('f(x)[0]'); // true
 * balanced('sa+1)..'); // false
 * ```
 */
function balanced(formula: string): boolean {
  const open: string[] = [];
  for (const char of formula) {
    if (char === '(' || char === '[') open.push(char === '(' ? ')' : ']');
    else if ((char === ')' || char === ']') && open.pop() !== char) return false;
  }
  return open.length === 0;
}

/**
 * The characters of a plain formula (Latin and Greek letters, digits, operators, primes,
 * bars, brackets, degrees), with a symbol besides letters, or a Greek letter among them
 * (`$δq$`: no template's name is Greek).
 */
const SIMPLE =
  /^(?=.*[0-9+\-*/=<>|'()[\]!^_,°\u0391-\u03c9≤≥≠≈∼≲≳∝≡±×÷·⋅∘−∞→∈∉⊂⊆⊊⊃⊇∪∩⩽⩾≪≫≃′…])(?=.*[A-Za-z0-9'\u0391-\u03c9])[A-Za-z0-9\u0391-\u03c9 +\-*/=<>|,;.'()[\]!^_:°≤≥≠≈∼≲≳∝≡±×÷·⋅∘−∞→∈∉⊂⊆⊊⊃⊇∪∩⩽⩾≪≫≃′…]+$/;

/** English words of two small letters, which a template's `$it$` may name. */
const TWO_LETTER_WORDS =
  'am an as at be by do go he if in is it me my no of on or so to up us we id ok'.split(' ');

/**
 * Braces around one operator glued between two terms, where a flattened formula left
 * them (`n{=}15`, `2k{+}1`): they print nothing.
 *
 * @example
 * ```ts
 * flatOperator('seeds (n{=}15 runs)', 8); // one hit: '{=}' → '='
 * flatOperator('a {=} b', 2); // undefined
 * ```
 */
function flatOperator(text: string, open: number): Outcome | undefined {
  if (!operatorGroup(text, open)) return undefined;
  if (!isWordChar(text.charCodeAt(open - 1)) || !isWordChar(text.charCodeAt(open + 3))) {
    return undefined;
  }
  return single(open, open + 3, text[open + 1] as string);
}

/**
 * Do the braces at `open` hold one operator and nothing else, as no macro's argument
 * (`2k{+}1`, `n{=}15`; not `CD4\textsuperscript{+}`, `\sf{+}` or a script's, `y^{+}`)? Inside a formula and out.
 *
 * @example
 * ```ts
 * operatorGroup('(2k{+}1)', 3); // true
 * operatorGroup('x\\sf{+}y', 4); // false
 * ```
 */
function operatorGroup(text: string, open: number): boolean {
  return (
    text.charCodeAt(open + 2) === 0x7d &&
    OPERATORS.includes(text[open + 1] as string) &&
    !isMacroArgument(text, open) &&
    // A script's braces are the script's (`y^{+}`, `4.0^{*}`), kept as written.
    !'^_'.includes(text[open - 1] as string)
  );
}

/**
 * A bare group inside a formula whose delimiters go (`${\\text{O}}(n)$`): math's braces
 * print nothing, so both go, and what they hold is read in the next pass. Not an
 * argument or a script (after a letter, `}`, `]`, `^` or `_`, spaces between or not,
 * or before `^` or `_`: `T^{1/2}` keeps its braces; a script of one letter or digit
 * loses them, see {@link bareScripts}), not a list (`{0, 1}` is a set the author meant), and not
 * a style declaration, which `text-style` and
 * `calligraphic` read with its braces (`{\\bf x}`, `{\\cal L}`), nor a math accent's,
 * which `accents` reads whole (`{\\bar n}` → `n̄`).
 *
 * @example
 * ```ts
 * // in '${\\text{O}}(n)$', once the opening `$` was read:
 * bareGroup('${\\text{O}}(n)$', 1, ctx); // hits: '{' → '', '}' → ''
 * ```
 */
function bareGroup(text: string, open: number, ctx: Context): Outcome | undefined {
  // An empty base for a script (`CCSDT(Q)${}_Λ$`) or braces that keep an operator from
  // spacing (`(2k{+}1)`) print nothing, wherever they stand.
  const inner = text.charCodeAt(open + 1);
  if (operatorGroup(text, open)) {
    return insideFormula(ctx, open + 2)
      ? single(open, open + 3, text[open + 1] as string)
      : undefined;
  }
  // (An empty script, `a^{}_{}`, is no base: kept.)
  if (inner === 0x7d && !isMacroArgument(text, open) && !'^_'.includes(text[open - 1] as string)) {
    const next = text.charCodeAt(open + 2);
    const script = next === 0x5e || next === 0x5f;
    return script && insideFormula(ctx, open + 1) ? single(open, open + 2, '') : undefined;
  }
  // A script of one letter or digit needs no braces (`$p_{c}(N)$` → `p_c(N)`, `$10^{4}$`
  // → `10^4`, `Bi$_{4}$X$_{4}$` → `Bi_4X_4`, a Greek letter too: `(g−2)$_{μ}$` →
  // `(g−2)_μ`), unless one such script of the formula
  // would join what follows it: then all keep theirs, so one formula reads one way
  // (`$a^{n}b^{n}$`, `$w_{0}w_{a}$CDM`, `$e^{2}x$`).
  if (
    (text.charCodeAt(open - 1) === 0x5e || text.charCodeAt(open - 1) === 0x5f) &&
    (isAlphanumeric(inner) || isGreek(inner)) &&
    text.charCodeAt(open + 2) === 0x7d &&
    insideFormula(ctx, open + 2) &&
    formulaScriptsBare(text, open, ctx)
  ) {
    return single(open, open + 3, text[open + 1] as string);
  }
  // A math alphabet's one letter braced alone (`{\\mathcal C}{\\tt osmo}`, a name set
  // letter by letter) is written as the command's argument, which `calligraphic` and
  // `blackboard-bold` read whatever follows: without the braces the letters after it
  // would join the letter (`\\mathcal Cosmo`), and after a group they stayed (`{ℒ}`).
  const alphabet = alphabetGroup(text, open, ctx);
  if (alphabet !== undefined) return alphabet;
  const base = scriptBase(text, open, ctx);
  if (base > 0) {
    return dropPair(open, base);
  }
  // Over spaces: TeX lets a macro's argument or a script stand apart (`\\frac {a}{b}`).
  let back = open - 1;
  while (isSpace(text.charCodeAt(back))) back--;
  const before = text.charCodeAt(back);
  // A symbol's name takes no argument: the group after it is the formula's own
  // (`$+31.1 \pm {9.7}$` → `+31.1 ± 9.7`).
  if (isLetter(before) && !symbolsGroup(text, back + 1, open, ctx)) return undefined;
  if (before === 0x7d || before === 0x5d || before === 0x5e || before === 0x5f) {
    return undefined;
  }
  if (before === 0x5c) return undefined;
  const close = closingBrace(text, open, FORMULA_LIMIT);
  if (close < 0 || !insideFormula(ctx, close)) return undefined;
  // A style command on one token, braced as a whole (`${\\mathbf Q}=(π,π)$`, `${\\bm
  // x}_i$`): the command goes with the braces, or it would be left, unread, outside the
  // formula once its dollars go.
  const token = styledToken(text, open, close);
  if (token > 0) {
    return {
      hits: [
        { start: open, end: token, text: '' },
        { start: close, end: close + 1, text: '' },
      ],
      resume: close + 1,
    };
  }
  const after = text.charCodeAt(close + 1);
  // (An empty group never gets here: the empty-base test above returned.)
  if (after === 0x5e || after === 0x5f) {
    // A math alphabet's one letter as a script's base prints as that letter
    // (`{\\mathbb R}^n`, `{\\mathcal B}_δ`): the braces go, and the letter is read next.
    if (!ALPHABET_LETTER.test(text.slice(open + 1, close))) return undefined;
    return dropPair(open, close);
  }
  // A macro's name last in the group and letters after it: without the braces they
  // would be one name (`$0.1{\\leq}Fr$` is no `\\leqFr`); `accents` reads the group whole.
  if (isLetter(after) && macroNameStart(text, close) >= 0) return undefined;
  // A list in braces is a set the author meant (`${ \\pm 1, \\pm i }$`), braces kept;
  // so is a generalized fraction's group, which is its extent (`1-{2\\over N_c}`). A thin
  // space's comma lists nothing (`${4.50\\pm0.17\\,\\mathrm{K}}$`, `{\\,>\\,}`: the
  // twelfth audit of stored outputs).
  if (/(?<!\\),/.test(text.slice(open + 1, close))) return undefined;
  if (GENERALIZED_FRACTION.test(text.slice(open, close))) return undefined;
  if (text.charCodeAt(open + 1) === 0x5c) {
    const name = text.slice(open + 2, lettersEnd(text, open + 2));
    if (name === 'cal' || STYLE_DECLARATIONS.has(name)) return undefined;
    // A math accent on one spaced letter is `accents`' group, read while the formula is
    // still one (`${\bar n}$` → `n̄`): once its dollars went, a spaced `\bar n` would be
    // prose about the macro, and stay.
    const spacedLetter = close === open + name.length + 4 && text[open + name.length + 2] === ' ';
    if (Object.hasOwn(MATH_ACCENTS, name) && spacedLetter && isLetter(text.charCodeAt(close - 1))) {
      return undefined;
    }
  }
  // A declaration inside (`{h^{-1}\\rm M_{\\odot}}`) is read in this pass, while the
  // formula still shows: the `{` goes now and `text-style` takes the `}` as it closes
  // the group, so the declaration is not left raw once the dollars are gone.
  if (scopesDeclaration(text, open, close) && ctx.enabled('text-style')) {
    ctx.braces.push(true);
    return single(open, open + 1, '');
  }
  return dropPair(open, close);
}

/**
 * Where the formula around `at` opens: its `$` or `\\(`, looked for within the longest
 * formula's reach (a search to the text's start at every group made a 200 kB line of
 * `$10^{3}$ ` take seconds).
 *
 * @example
 * ```ts
 * formulaStart('a $p_{c}(N)$', 5); // 2
 * ```
 */
function formulaStart(text: string, at: number): number {
  const from = Math.max(0, at - FORMULA_REACH);
  const part = text.slice(from, at + 2);
  const found = Math.max(part.lastIndexOf('$', at - from), part.lastIndexOf('\\(', at - from));
  return found < 0 ? -1 : from + found;
}

/** Farther than any formula reads (480 characters across a wrapped abstract's lines). */
const FORMULA_REACH = 1000;

const SCRIPTS_MEMO = 'math-delimiters:scripts@';

/**
 * {@link bareScripts} for the formula the group at `open` stands in, asked once per
 * formula (its closer, which {@link insideFormula} knows, names it).
 *
 * @example
 * ```ts
 * // in '$p_{c}(N)$', once the opening `$` was read:
 * formulaScriptsBare('$p_{c}(N)$', 3, ctx); // true
 * ```
 */
function formulaScriptsBare(text: string, open: number, ctx: Context): boolean {
  const end = ctx.memo.get(END_MEMO) as number;
  return ctx.once(`${SCRIPTS_MEMO}${end}`, () => bareScripts(text, formulaStart(text, open), end));
}

/**
 * May every script of one letter or digit in braces between `from` and the formula's
 * closer at `end` lose its braces? Not when one would join what follows it, in the
 * formula or past its closer: a digit or a decimal's point, a letter after a letter, or
 * a small letter after a digit (`x_{0}1`, `$y^{2}$.5`, `a^{n}b`, `e^{2}x`, through a
 * style command too, `10^{2}\\mathrm{cm}`); a capital after a digit starts an element's
 * symbol (`Bi_{4}X`).
 *
 * @example
 * ```ts
 * bareScripts('$p_{c}(N)$', 0, 9); // true
 * bareScripts('$a^{n}b^{n}$', 0, 11); // false
 * ```
 */
function bareScripts(text: string, from: number, end: number): boolean {
  for (const found of text
    .slice(from, end + 3)
    .matchAll(
      /[_^]\{([A-Za-z0-9\u0391-\u03c9])\}\$?(\{?\\(?:math|text)?(?:rm|bf|it|sf)\b ?\{?)?(.?)(.?)/g,
    )) {
    const script = (found[1] as string).charCodeAt(0);
    const next = (found[3] ?? '').charCodeAt(0);
    // Through a style command after it, a digit's script and a unit's small letters
    // (`10^{2}\\mathrm{cm}` would read `10^2cm`); an element's capital starts anew
    // (`\\mathrm{Fe}_{x}\\mathrm{NbSe_2}` → `Fe_xNbSe_2`).
    if (found[2] !== undefined) {
      if (isDigit(script) && (isLower(next) || isDigit(next))) return false;
      continue;
    }
    if (
      isDigit(next) ||
      (next === 0x2e && isDigit((found[4] ?? '').charCodeAt(0))) ||
      ((isLetter(next) || isGreek(next)) && (isLetter(script) || isGreek(script))) ||
      (isLower(next) && isDigit(script))
    ) {
      return false;
    }
  }
  return true;
}

/**
 * Where the one token of a group that holds a style command and that token starts
 * (`{\\mathbf Q}`, `{\\bm x}`, `{\\boldsymbol \\alpha}`, `{\\mathbf α}`), or -1: a letter
 * or digit after the space that ends the name, a Greek letter, or a macro's name. After
 * the space, the letters set beside the token read as one word with it (`{\\mathrm GL}`).
 *
 * @example
 * ```ts
 * styledToken('${\\mathbf Q}=1$', 1, 11); // 10
 * styledToken('${\\mathrm GL}$', 1, 12); // 10
 * styledToken('${\\mathbf{QR}}$', 1, 13); // -1
 * ```
 */
function styledToken(text: string, open: number, close: number): number {
  if (text.charCodeAt(open + 1) !== 0x5c) return -1;
  const nameEnd = lettersEnd(text, open + 2);
  const name = text.slice(open + 2, nameEnd);
  // `\\mathcal` draws another letter (`{\\mathcal O}` is 𝒪): `calligraphic` reads it.
  if (!STYLE_COMMANDS.has(name) || name === 'mathcal') return -1;
  const token = text.charCodeAt(nameEnd) === 0x20 ? nameEnd + 1 : nameEnd;
  const first = text.charCodeAt(token);
  if (first === 0x5c) {
    const end = lettersEnd(text, token + 1);
    return end > token + 1 && end === close ? token : -1;
  }
  const greek = isGreek(first);
  const alphanumeric = isLetter(first) || isDigit(first);
  if (token > nameEnd && alphanumeric && /^[A-Za-z0-9]+$/.test(text.slice(token, close))) {
    return token;
  }
  if (close !== token + 1 || !greek) return -1;
  return token;
}

/**
 * Does the group from `open` to `close` scope a style declaration at its own level,
 * first or later in it (`{\\bf x}`, `{10^{6}~\\rm K}`; not a script's inside it,
 * `{X_{\\rm CO}/Y}`)? Without its braces the declaration would run on.
 *
 * @example
 * ```ts
 * scopesDeclaration('${10^{6}~\\rm K}$', 1, 17); // true
 * scopesDeclaration('${X_{\\rm CO}/Y}$', 1, 16); // false
 * ```
 */
function scopesDeclaration(text: string, open: number, close: number): boolean {
  let depth = 0;
  for (let k = open + 1; k < close; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x7b) depth++;
    else if (code === 0x7d) depth--;
    else if (code === 0x5c) {
      const end = lettersEnd(text, k + 1);
      const name = text.slice(k + 1, end);
      if (depth === 0 && (name === 'cal' || STYLE_DECLARATIONS.has(name))) return true;
      k = Math.max(k + 1, end - 1);
    }
  }
  return false;
}

/**
 * Is the group at `open`, after a name ending at `nameEnd`, the formula's own although a
 * name stands before it? The name is a symbol's of the math table (or a Greek letter's
 * before an operator), which takes no
 * argument, and no macro's name but a symbol's stands glued before it (a variable may)
 * (`\\frac\\partial{…}`: the group is `\\frac`'s second argument; `\\nabla\\cdot{B}`
 * is a divergence), and the group scopes no style declaration (see
 * {@link scopesDeclaration}). A group that starts with a letter may be glued to the
 * name while `symbols` reads the name first; without it they would join (`\\leq{b}`).
 *
 * @example
 * ```ts
 * symbolsGroup('$\\pm {9.7}$', 4, 5, ctx); // true
 * symbolsGroup('$\\nabla\\cdot{B}=0$', 12, 12, ctx); // true
 * symbolsGroup('$a\\times{B}$', 8, 8, ctx); // true
 * symbolsGroup('$\\omega{\\times\\omega}$', 7, 7, ctx); // true
 * symbolsGroup('$\\sim{10^{6}~\\rm K}$', 5, 5, ctx); // false
 * symbolsGroup('$\\frac\\infty{2}$', 14, 14, ctx); // false
 * ```
 */
function symbolsGroup(text: string, nameEnd: number, open: number, ctx: Context): boolean {
  const name = macroNameStart(text, nameEnd);
  if (name < 0) return false;
  const first = text.slice(open + 2, lettersEnd(text, open + 2));
  const macroFirst = text.charCodeAt(open + 1) === 0x5c;
  if (!Object.hasOwn(MATH_SYMBOLS, text.slice(name, nameEnd))) {
    // A Greek letter takes none either, but its group is read only when an operator
    // starts it (`\\omega{\\times\\omega}`): one that starts with a term may be
    // a function's argument or a fraction's (`\\Gamma{\\frac{n}{2}}`,
    // `\\sigma{\\pi d^2 \\over 4}`), and a letter that is a script is the script's
    // (`e^\\lambda{t}`).
    const operator =
      macroFirst && Object.hasOwn(MATH_SYMBOLS, first) && !Object.hasOwn(GREEK, first);
    const script = text.charCodeAt(name - 2) === 0x5e || text.charCodeAt(name - 2) === 0x5f;
    if (!Object.hasOwn(GREEK, text.slice(name, nameEnd)) || !operator || script) return false;
  }
  // A math accent first in the group takes the group's rest as its argument
  // (`\\times{\\vec B}`): kept, as `accents` reads the group whole.
  if (macroFirst && Object.hasOwn(MATH_ACCENTS, first)) return false;
  // A declaration the group scopes would run on without it (`\\sim{10^{6}~\\rm K}`),
  // and so would a generalized fraction (`\\pm{a \\over b}`), or a prime after it
  // would mark what the group held.
  const close = closingBrace(text, open, FORMULA_LIMIT);
  if (close < 0 || scopesDeclaration(text, open, close)) return false;
  if (GENERALIZED_FRACTION.test(text.slice(open, close)) || text.charCodeAt(close + 1) === 0x27) {
    return false;
  }
  // Glued letters would join the name, unless `symbols` reads it first (`\\leq{b}`).
  if (nameEnd === open && isLetter(text.charCodeAt(open + 1)) && !ctx.enabled('symbols')) {
    return false;
  }
  if (!isLetter(text.charCodeAt(name - 2))) return true;
  // A symbol glued before takes none either (`\\nabla\\cdot{B}`).
  const before = macroNameStart(text, name - 1);
  return before < 0 || Object.hasOwn(MATH_SYMBOLS, text.slice(before, name - 1));
}

/**
 * The group at `open` around a math alphabet's one letter (`{\\mathcal C}`,
 * `{\\mathbb{R}}`), in a formula and no script's or macro's argument, rewritten as the
 * command with its letter braced (`\\mathcal{C}`), or undefined.
 *
 * @example
 * ```ts
 * alphabetGroup('${\\mathcal C}{\\tt osmo}$', 1, ctx); // hits: '{' → '', ' ' → '{'
 * ```
 */
function alphabetGroup(text: string, open: number, ctx: Context): Outcome | undefined {
  const mark = text.charCodeAt(open - 1);
  if (mark === 0x5e || mark === 0x5f) return undefined;
  // A macro's argument after a space (`$\\hat {\\mathcal L}$`) is the macro's.
  if (mark === 0x20 && macroNameStart(text, open - 1) >= 0) return undefined;
  // After a group only when that one styles its own letters (`{\\tt osmo}{\\mathcal L}`),
  // not a macro's argument before its next (`\\frac{a}{\\mathcal B}`).
  if (mark === 0x7d ? !styledGroupBefore(text, open) : isMacroArgument(text, open)) {
    return undefined;
  }
  const close = text.slice(open, open + 17).indexOf('}') + open;
  if (close < open) return undefined;
  // (A braced letter's own `}` comes first: `{\\mathbb{R}}` closes one later.)
  const end = text.charCodeAt(close - 2) === 0x7b ? close + 1 : close;
  if (text.charCodeAt(end) !== 0x7d) return undefined;
  if (!ALPHABET_LETTER.test(text.slice(open + 1, end)) || !insideFormula(ctx, end)) {
    return undefined;
  }
  // A script's base loses the braces alone (`{\\mathcal B}^*`), below.
  if (text.charCodeAt(end + 1) === 0x5e || text.charCodeAt(end + 1) === 0x5f) return undefined;
  if (end !== close) {
    return dropPair(open, end);
  }
  // (`{\\mathcal C}`: the letter is last before the `}`, after a space or none.)
  const letter = close - 1;
  const gap = text.charCodeAt(letter - 1) === 0x20 ? letter - 1 : letter;
  return {
    hits: [
      { start: open, end: open + 1, text: '' },
      { start: gap, end: letter, text: '{' },
    ],
    resume: close + 1,
  };
}

/**
 * Whether the group that closes right before `open` scopes a style declaration or a math
 * alphabet from its start (`{\\tt osmo}`, `{\\mathcal C}`) and is no macro's argument.
 *
 * @example
 * ```ts
 * styledGroupBefore('${\\tt osmo}{\\mathcal L}$', 11); // true
 * styledGroupBefore('$\\frac{a}{\\mathcal L}$', 9); // false
 * ```
 */
function styledGroupBefore(text: string, open: number, depth = 0): boolean {
  const start = openingBrace(text, open - 1, 23);
  if (start < 0) return false;
  // (A run of such groups, `{\\mathcal C}{\\tt osmo}{\\mathcal L}`, a few deep.)
  const chained = text.charCodeAt(start - 1) === 0x7d;
  if (
    chained ? depth > 4 || !styledGroupBefore(text, start, depth + 1) : isMacroArgument(text, start)
  ) {
    return false;
  }
  const name = text.slice(start + 2, lettersEnd(text, start + 2));
  return (
    text.charCodeAt(start + 1) === 0x5c &&
    (STYLE_DECLARATIONS.has(name) || ALPHABET_LETTER.test(text.slice(start + 1, open - 1)))
  );
}

/** A math alphabet's command on one letter (`\\mathbb R`, `\\mathcal{B}`). */
const ALPHABET_LETTER = /^\\(?:mathbb|mathcal|mathscr|mathfrak|Bbb) ?(?:[A-Za-z]|\{[A-Za-z]\})$/;

/**
 * Where the group opening at `open` closes, when it is a script's base in a formula that
 * holds a name alone (`-1` when not): up to four letters (`{B}_{c}`, `{Si}_2`), a Greek
 * letter (`{τ}^{+}`) or a roman name (`{\\mathrm{Si}}_{2}`). Math prints no braces there, and nothing but a
 * macro's name (`\\hat{B}_c`), an optional argument's bracket, a script's mark or a
 * group other than a script's may stand before it, which would make it an argument
 * (`\\frac{a}{B}_2`); right after the opener the group is left to the tests below
 * (`${x}^2$`). A chemical formula's second element had kept its braces once the first
 * lost them (`${\\mathrm{YbRh}}_{2}{\\mathrm{Si}}_{2}$` → `YbRh_2{Si}_2`, an APS
 * feed's title in the hundred-and-eighty-sixth blind set).
 *
 * @example
 * ```ts
 * // in '$x_{2}{\\mathrm{Si}}_{2}$', once the opening `$` was read:
 * scriptBase('$x_{2}{\\mathrm{Si}}_{2}$', 6, ctx); // 18
 * scriptBase('$\\frac{a}{B}_2$', 9, ctx); // -1
 * ```
 */
function scriptBase(text: string, open: number, ctx: Context): number {
  const close = closingBrace(text, open, BASE_REACH);
  if (close < 0 || (text[close + 1] !== '^' && text[close + 1] !== '_')) return -1;
  if (!BASE_NAME.test(text.slice(open + 1, close))) return -1;
  let back = open - 1;
  while (isSpace(text.charCodeAt(back))) back--;
  const before = text[back] ?? ' ';
  if (before === '}') {
    // Only after a script's group (`_{2}{…}`): another group is a macro's argument. A
    // script of one letter or digit loses its braces too, so the base must not join it
    // (`$\\sum_{i}{w}_{i}$` stays; a capital after a digit starts an element, `_2Si`).
    const script = scriptGroupStart(text, back, BASE_REACH);
    if (script < 0) return -1;
    const held = text.slice(script + 1, back);
    // (A Greek letter's, drawn or by name, loses them too: `_{\\mu}{w}`, review125.)
    if (
      /^(?:[A-Za-z0-9\u0391-\u03c9]|\\[A-Za-z]+)$/.test(held) &&
      !(isDigit(held.charCodeAt(0)) && BASE_CAPITAL.test(text.slice(open + 1, close)))
    ) {
      return -1;
    }
  } else if (/[\w\\^_\]$]/.test(before)) return -1;
  return insideFormula(ctx, close) ? close : -1;
}

/** A base that starts with a capital, plain or roman (`Si`, `\\mathrm{Si}`). */
const BASE_CAPITAL = /^(?:\\[a-z]+\{)?[A-Z]/;

/** How far a script base's group may reach: a roman name of four letters in its command. */
const BASE_REACH = 20;

/** What a script's base group may hold alone: a name, a Greek letter, a roman name. */
const BASE_NAME =
  /^(?:[A-Za-z]{1,4}|[\u0391-\u03a9\u03b1-\u03c9]|\\(?:mathrm|mathit|mathbf|mathsf|text|textrm)\{[A-Za-z]{1,4}\})$/;

/** TeX's generalized fractions, which take the whole group around them. */
const GENERALIZED_FRACTION = /\\(?:over|choose|atop|above|brace|brack)(?![A-Za-z])/;

/**
 * Is the group at `open` a macro's argument: after its name or after an earlier
 * argument (`\\stackrel{d}{=}`, `\\frac{1}{-}`)?
 *
 * @example
 * ```ts
 * isMacroArgument('\\stackrel{d}{=}', 12); // true
 * isMacroArgument('(2k{+}1)', 3); // false
 * ```
 */
function isMacroArgument(text: string, open: number): boolean {
  const before = text.charCodeAt(open - 1);
  return before === 0x7d || before === 0x5d || macroNameStart(text, open) >= 0;
}

/** Operators braced to print without their spacing (`{+}`, `{=}`); `{,}` is `escapes`'. */
const OPERATORS = '+-=<>*/';

/**
 * Where the spaces right before the closer at `at` start: its padding, which goes with
 * it (`at` itself when there is none, or when a word follows the closer at `after`).
 *
 * @example
 * ```ts
 * paddingStart('$\\emph{x} $', 10); // 9
 * ```
 */
function paddingStart(text: string, at: number, after = at + 1): number {
  // Before a word the padding keeps the words apart (`$\\alpha $b`), but not a number
  // from a relation before it, which only ended the name (`only $\\sim $2 ms` → `∼2`); a
  // control space's own space is no padding (`$\\ $`).
  if (
    isWordChar(text.charCodeAt(after)) &&
    !(
      isDigit(text.charCodeAt(after)) && PREFIX_RELATION.test(text.slice(Math.max(0, at - 12), at))
    ) &&
    !gluedOperator(text, at)
  ) {
    return at;
  }
  let start = at;
  while (start > 0 && isSpace(text.charCodeAt(start - 1)) && text.charCodeAt(start - 2) !== 0x5c) {
    start--;
  }
  return start;
}

/**
 * Is the formula closing at `at` one binary operator whose name a space ended, glued to
 * a word before its opener (`T$\\times $V` → `T×V`, as TeX sets it)?
 *
 * @example
 * ```ts
 * gluedOperator('T$\\times $V', 9); // true
 * gluedOperator('a $\\times $b', 10); // false
 * ```
 */
function gluedOperator(text: string, at: number): boolean {
  const found = GLUED_OPERATOR.exec(text.slice(Math.max(0, at - 12), at));
  return found !== null && isWordChar(text.charCodeAt(at - found[0].length - 1));
}

/** A binary operator alone in its formula, its name ended by a space: `$\\times `. */
const GLUED_OPERATOR = /\$\\(?:times|cdot|div|otimes|oplus|circ) +$/;

/**
 * A relation or sign that is all its formula holds, written before a number, its name
 * ended by a space: `$\\sim `, `$\\leq ` (not `$p \\leq `, whose space TeX sets).
 */
const PREFIX_RELATION = /\$ *\\(?:sim|approx|simeq|lesssim|gtrsim|leq?|geq?|lt|gt|pm|mp|times) +$/;

const END_MEMO = 'math-delimiters:end';

/**
 * Is the pass inside a formula whose delimiters this rule removes, at `at`? The pass
 * runs left to right, so that is the last formula opened, while its closer is ahead.
 *
 * @example
 * ```ts
 * // in '$256\times 256$', once the opening `$` was read:
 * insideFormula(ctx, 4); // true
 * ```
 */
export function insideFormula(ctx: Context, at: number): boolean {
  return formulaEnd(ctx, at) !== Number.POSITIVE_INFINITY;
}

/**
 * Where the formula the pass is inside at `at` closes (its closer's position), or
 * `Infinity` outside one: a rule that protects a span stops there, so the closer is
 * still read.
 *
 * @example
 * ```ts
 * // in '$\\E[\\Dh]$, the', once the opening `$` was read:
 * formulaEnd(ctx, 3); // 8
 * ```
 */
export function formulaEnd(ctx: Context, at: number): number {
  const end = ctx.memo.get(END_MEMO) as number | undefined;
  if (end !== undefined && end > at) return end;
  // A text command's formula around inner pairs (`$\\textbf{M$^3$}\\times {2}$`).
  const outer = ctx.memo.get(OUTER_END_MEMO) as number | undefined;
  return outer !== undefined && outer > at ? outer : Number.POSITIVE_INFINITY;
}

/** The closer of a formula whose text command holds inner pairs (see {@link nestedClose}). */
const OUTER_END_MEMO = 'math-delimiters:outer-end';

/**
 * Where the closing `$` or `\)` after `from` is, or -1 (none within the limit). One line
 * break may stand inside, where a wrapped line splits the formula (arXiv's API wraps
 * abstracts at 80 columns: `$\sim` / `28.6\times$`, `$0.71 \pm` / `0.24$`), when a
 * macro some rule knows stands in it; a second, or a blank line, ends the search.
 */
function closer(text: string, from: number, dollar: boolean, ctx: Context): number {
  const stop = Math.min(text.length, from + FORMULA_LIMIT + 1);
  let wrapped = false;
  for (let k = from; k < stop; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x0a) {
      // A number may start it (`$0.71 \pm` / `0.24$`): the closing test asks for a
      // known macro and no space at either end, which a price's line lacks
      // (`$5 per hour,` / `vs. $x$`, `$5 \times` / `3 and $10`).
      if (wrapped || k === from || !isWrap(text, k)) return -1;
      wrapped = true;
      continue;
    }
    if (dollar) {
      if (code === 0x24 && text.charCodeAt(k - 1) !== 0x5c) {
        // `$$` closes this formula and opens the next (`$\\sim$$3\\times10^{11}$`) when
        // what came between is math; after a price it opens display math (`$5 and $$E$$`).
        if (wrapped && !wrappedMath(text, from, k, true)) return -1;
        if (wrapped && !wrappedNumber(text, from, k, isDigit(text.charCodeAt(from)))) return -1;
        if (text.charCodeAt(k + 1) !== 0x24) return k;
        // (A product of a small letter and a capital the text's other formulas set in
        // math counts, before a macro's or a relation's formula: `$kT$$\\sim$0.3`,
        // `$kT$$=$0.3`; a shell's `$USER$$`, its process id, stays, review111.)
        if (k === from) return -1;
        const inner = text.slice(from, k);
        const product =
          /^[a-z][A-Z]$/.test(inner) &&
          '\\=<>'.includes(text[k + 2] ?? ' ') &&
          nameAmongFormulas(text, inner, ctx);
        return looksLikeMath(inner, true) || product ? k : -1;
      }
    } else if (code === 0x5c) {
      if (text.charCodeAt(k + 1) === 0x29) {
        return wrapped && !wrappedMath(text, from, k, false) ? -1 : k;
      }
      k++;
    }
  }
  return -1;
}

/**
 * Whether a formula a line break splits reads as math by itself, with a macro some rule
 * knows: else its delimiters pair with nothing, so the next line's formula opens its
 * own pair (`We use $\\beta` / `the $x$`; `my $a = "\\times";` / `my $b;`).
 *
 * @example
 * ```ts
 * wrappedMath('$\\sim\n28.6\\times$', 1, 16, true); // true
 * wrappedMath('$\\beta\nthe $', 1, 11, true); // false
 * ```
 */
function wrappedMath(text: string, from: number, close: number, dollar: boolean): boolean {
  const formula = text.slice(from, close);
  // (A quote is code's, `$a = "\\times";` / `my $`; padding a prompt's or a price's,
  // `$ echo` / `$ ls`, `$ 10 \\to` / `$ 5`: `\\( x \\)` has no price to fear.)
  if (formula.includes('"') || (dollar && /^[ \t]|[ \t]$/.test(formula))) return false;
  // Or an operator the first line ends with, in a formula with a script (`$O(k|N_i| +` /
  // `d|S_i|)$`, the hundred-and-fifty-fifth blind set's).
  const operatorWrap = /[+\-=]\s*\n/.test(formula) && /[_^]/.test(formula);
  if (!holdsKnownMacro(formula) && !relation(formula) && !operatorWrap) return false;
  // The line break reads as the space it stands for (same length: positions hold).
  const line = formula.replace('\n', ' ');
  return looksLikeMath(line, dollar) || (dollar && simpleFormula(text, line, from - 1, close));
}

/**
 * Whether a wrapped formula is math, not two prices the wrap put a line apart: its
 * closer before no number (`R$ 5.2`), and, when a number starts it (`number`:
 * `$1.5 million (\\emph{vs.}` / `US$3 million)`), after no currency's capitals and with
 * a math symbol's macro in it (`\\pm`, `\\times`, `\\alpha`, `\\mathrm`; a text macro is
 * prose's).
 *
 * @example
 * ```ts
 * wrappedNumber('$0.71 \\pm\n0.24$', 1, 14, true); // true
 * wrappedNumber('$2 \\cite{a}\nvs. NZ$ 3', 1, 18, true); // false
 * ```
 */
function wrappedNumber(text: string, from: number, close: number, number: boolean): boolean {
  if (/^ ?\d/.test(text.slice(close + 1, close + 3))) return false;
  if (!number) return true;
  if (/(?:^|[^A-Za-z\\])[A-Z]{1,3}$/.test(text.slice(Math.max(0, close - 5), close))) return false;
  for (const name of text.slice(from, close).matchAll(/\\([A-Za-z]+)/g)) {
    const macro = name[1] as string;
    if (
      Object.hasOwn(MATH_SYMBOLS, macro) ||
      Object.hasOwn(GREEK, macro) ||
      MATH_COMMANDS.has(macro)
    ) {
      return true;
    }
  }
  return false;
}

/** Commands only a formula holds: fractions, roots, math alphabets. */
const MATH_COMMANDS: ReadonlySet<string> = new Set([
  'frac',
  'sqrt',
  'mathrm',
  'mathbf',
  'mathcal',
  'mathbb',
  'mathit',
  'operatorname',
]);

/**
 * Whether a formula with no macro is a relation or holds a braced script, a term at
 * each end (`p <` / `10^{-6}`, `(R^2 >` / `0.89)`): what a shell's or a regular
 * expression's dollars on two lines are not (`/^[0-9]+$/` / `b = /^x$/`, `$B_C` / `D=$E`).
 *
 * @example
 * ```ts
 * relation('p <\n10^{-6}'); // true
 * relation('=\n0.97'); // true
 * relation('/\nb = /^x'); // false
 * ```
 */
function relation(formula: string): boolean {
  // A sign and the number it compares, split by the wrap (`AUROC $=` / `0.97$`).
  if (/^[<>=] ?\n\d[\d.]*$/.test(formula)) return true;
  // (`$((a <` / `b))$` is a shell's arithmetic.)
  return (
    !formula.startsWith('((') &&
    /^[A-Za-z0-9(]/.test(formula) &&
    /[A-Za-z0-9)}]$/.test(formula) &&
    /[<>=]|[_^]\{/.test(formula)
  );
}

/**
 * Whether `formula` holds a macro some rule knows (`\\sim`, `\\mathbb`): what a formula
 * split by a line break needs, since a shell's or a regular expression's dollars on
 * consecutive lines (`/^[0-9]+$/` / `b = /^x$/`, `$B_C` / `D=$E`) hold none.
 *
 * @example
 * ```ts
 * holdsKnownMacro('\\sim\n28.6\\times'); // true
 * holdsKnownMacro('/\nb = /^[a-f]+'); // false
 * ```
 */
function holdsKnownMacro(formula: string): boolean {
  for (const name of formula.matchAll(/\\([A-Za-z]{2,})/g)) {
    if (isKnownMacro(name[1] as string)) return true;
  }
  return false;
}

/**
 * Whether the line break at `at` wraps a line: text on both sides (two spaces may
 * indent the next, as arXiv's metadata wraps titles), no blank line.
 *
 * @example
 * ```ts
 * isWrap('a $\\sim\n28$', 8); // true
 * isWrap('of $\\mathcal{B}(B\\to\n  K)$', 17); // true
 * isWrap('a $x\n\n$', 4); // false
 * ```
 */
function isWrap(text: string, at: number): boolean {
  // (A `$` first on the next line closes the formula before punctuation only, not
  // before a shell's name or call: `"$USER\\times` / `$HOME"`, `$(INC)\\int` / `$(LIBS)`.)
  // Two spaces may indent the next line, as arXiv's metadata wraps a title.
  return /\S\r?\n {0,2}(?:[^\s$]|\$(?=[-.,;:!?)\]'"]|$))/.test(
    text.slice(Math.max(0, at - 2), at + 5),
  );
}

/**
 * The backslashes a `$…$` pair from `at` to `close` lost before its macros' names (see
 * {@link bareNames}), put back for the next pass to read: `$sim$0.8`, `$mu$`. With
 * `greek`, for a pair math by its own shape, only where the pair stands in prose and
 * every name is a Greek letter's or an accent's, none a script's: its other words are
 * variables' (`$top_p=0.9$`, `$sim(u,v)$`, `$C_in$`, `$prec=0.9$`).
 *
 * @example
 * ```ts
 * lostBackslashes('from $mu$ in', 5, 8, 'mu', ctx, true); // one hit: '' → '\\' at 6
 * lostBackslashes('set $top_p=0.9$ here', 4, 14, 'top_p=0.9', ctx, true); // undefined
 * ```
 */
function lostBackslashes(
  text: string,
  at: number,
  close: number,
  formula: string,
  ctx: Context,
  greek = false,
): Outcome | undefined {
  // (Glued to a word on the left and none on the right: `USp$prime$(2N)`, not a shell's
  // `foo$in$bar`.)
  const glued = isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(close + 1));
  // A number and a Greek name, or an operator's name, stand in prose, not in a shell's
  // `"$1alpha$"`, `$1mu$HOME`, `+$max_delta$unit`.
  const prose = pairInProse(text, at, close);
  if (greek && !prose) return undefined;
  // Quoted whole in straight quotes, or after a pattern's anchor, it is code's: a shell's
  // `echo "$beta$"`, grep's `"^$eta$"` (review108).
  const quote = text.charCodeAt(at - 1);
  if (
    quote === 0x5e ||
    ((quote === 0x22 || quote === 0x27) && text.charCodeAt(close + 1) === quote)
  ) {
    return undefined;
  }
  // A number glued to a name inside a string its line opened is a shell's or a
  // pattern's argument (`echo "Ran $1times$ ok"`, `'s/(\\d+)x/ $1times$ /'`, review118).
  if (isDigit(formula.charCodeAt(0)) && stringOpen(text, at)) return undefined;
  const names = bareNames(formula, ctx, glued, prose);
  if (names === undefined || (greek && !names.every((k) => greekName(formula, k)))) {
    return undefined;
  }
  return {
    hits: names.map((k) => ({ start: at + 1 + k, end: at + 1 + k, text: '\\' })),
    resume: close + 1,
  };
}

/**
 * A symbol's name that is an English word, or an operator's name, alone in dollars before
 * a compound's hyphen, in prose: the author's word set in italics (`$top$-K`,
 * `$star$-shaped`, `$log$-bracketing`: the two-hundred-and-sixteenth and
 * hundred-and-thirty-first blind sets'), its dollars gone and no symbol read.
 *
 * @example
 * ```ts
 * italicWord('GSBAK: $top$-K attack', 7, 11, 'top'); // two hits: the dollars → ''
 * italicWord('echo $top$', 5, 9, 'top'); // undefined
 * ```
 */
function italicWord(text: string, at: number, close: number, formula: string): Outcome | undefined {
  if (!ITALIC_WORDS.has(formula) && !(OPERATOR_NAMES.has(formula) && !formula.endsWith('mod'))) {
    return undefined;
  }
  if (text.charCodeAt(close + 1) !== 0x2d) return undefined;
  if (!isAlphanumeric(text.charCodeAt(close + 2)) || !/^$|[\s([]/.test(text.charAt(at - 1))) {
    return undefined;
  }
  return dropPair(at, close);
}

/**
 * Both one-character delimiters at `first` and `second` go (a pair's dollars, a group's
 * braces), and the scan resumes after the second.
 *
 * @example
 * ```ts
 * dropPair(4, 8); // two hits: the characters at 4 and 8 → ''
 * ```
 */
function dropPair(first: number, second: number): Outcome {
  return {
    hits: [
      { start: first, end: first + 1, text: '' },
      { start: second, end: second + 1, text: '' },
    ],
    resume: second + 1,
  };
}

/**
 * Does the `$…$` pair from `at` to `close` stand in prose: after a space, a bracket, a
 * tie, a dash, a slash or another formula, and before no word, dollar or quote (but a
 * possessive's `'s`, `the $mu$'s value`, review108)?
 *
 * @example
 * ```ts
 * pairInProse('the $mu$-value', 4, 7); // true
 * pairInProse('"$1mu$HOME"', 1, 5); // false
 * ```
 */
function pairInProse(text: string, at: number, close: number): boolean {
  return (
    /^$|[\s([~\-/>$]/.test(text.charAt(at - 1)) &&
    (!/[\w$"'`]/.test(text.charAt(close + 1)) || POSSESSIVE.test(text.slice(close + 1, close + 4)))
  );
}

/**
 * A `$…$` pair whose `\t` a JSON dump turned into a TAB and a page then into a space
 * (`$ au$`, `$ heta_i$`, `$ ilde{x}$`): the backslash and the `t` come back, for the
 * next pass to read, where the letters after the space spell no name but do with a `t`
 * before them, one a rule reads (a command or an accent before its brace), and only a script, a
 * relation, a bracket or nothing follows them, in prose (or `imes` alone glued to a
 * number, `30$ imes$ higher`). `json-escapes` reads the TAB itself; `times` reads a
 * number's `$6.71 imes$`.
 *
 * @example
 * ```ts
 * eatenTab('the $ au$-bench', 4, 8, ' au', ctx); // one hit: ' ' → '\\t' at 5
 * eatenTab('a $ ab$ b', 2, 6, ' ab', ctx); // undefined (no `\tab` to read)
 * ```
 */
function eatenTab(
  text: string,
  at: number,
  close: number,
  formula: string,
  ctx: Context,
): Outcome | undefined {
  if (formula.charCodeAt(0) !== 0x20 || !isLower(formula.charCodeAt(1))) return undefined;
  const end = lettersEnd(formula, 1);
  const letters = formula.slice(1, end);
  // (Not `op`: `$ op$` is as likely an operator's name set apart as `\top`, review130.)
  // (A product's sign alone may be glued to its number, `30$ imes$ higher`, as
  // `30$\\times$` is written: the two-hundred-and-thirty-sixth blind set's.)
  const product =
    letters === 'imes' &&
    end === formula.length &&
    isDigit(text.charCodeAt(at - 1)) &&
    !/[\w$"'`]/.test(text.charAt(close + 1));
  if (
    end - 1 < 2 ||
    letters === 'op' ||
    isKnownMacro(letters) ||
    !(product || pairInProse(text, at, close))
  ) {
    return undefined;
  }
  if (end < formula.length && !/[_^={(<>+,]/.test(formula.charAt(end))) return undefined;
  const name = `t${letters}`;
  const braced = formula.charCodeAt(end) === 0x7b;
  // (An accent before its group too: no Perl hash's `$hat{a}` starts with a space.)
  if (!readsName(name, braced, ctx) && !(braced && Object.hasOwn(MATH_ACCENTS, name))) {
    return undefined;
  }
  return { hits: [{ start: at + 1, end: at + 2, text: '\\t' }], resume: close + 1 };
}

/**
 * Is the name at `k` of `formula` a Greek letter's, or a math accent's before its group,
 * and no script's (`C_in`)? Or a binary operator's or a relation's between a script's
 * group, a bracket or a number and a spaced operand (`S_{12}times h`, the
 * two-hundred-and-twentieth blind set's digest), no function's (`sim(u,v)`)?
 *
 * @example
 * ```ts
 * greekName('alpha>0', 0); // true
 * greekName('C_in', 2); // false
 * greekName('S_{12}times h', 6); // true
 * ```
 */
function greekName(formula: string, k: number): boolean {
  const mark = formula.charCodeAt(k - 1);
  if (mark === 0x5f || mark === 0x5e) return false;
  const end = lettersEnd(formula, k);
  const name = formula.slice(k, end);
  if (BETWEEN_OPERANDS.has(name))
    return /[})\d]/.test(formula[k - 1] ?? '') && formula[end] === ' ';
  return Object.hasOwn(GREEK, name) || (Object.hasOwn(MATH_ACCENTS, name) && formula[end] === '{');
}

/** Operators' and relations' names read between operands in a formula that lost them. */
const BETWEEN_OPERANDS = new Set(['times', 'cdot', 'pm', 'sim', 'approx', 'leq', 'geq', 'neq']);

/**
 * Where macro names that lost their backslash start, in a `$…$` formula with no
 * backslash left whose every word of two letters or more outside braces is such a
 * name a rule will read (see `readsName`): a symbol (`sim`, `times`, `alpha`, `pm`,
 * `in`) or a command before its brace (`mathcal{G}`). Undefined when there is none, or another word (`US`), or a space just
 * inside, or a digit first (money: `US$5 to US$10`).
 *
 * @example
 * ```ts
 * bareNames('U times U', ctx); // [2]
 * bareNames('mathcal{G}^0', ctx); // [0]
 * bareNames('9.7times10^7', ctx); // [3]
 * bareNames('5 to US', ctx); // undefined
 * bareNames('prime', ctx, true); // [0] (`USp$prime$(2N)`)
 * bareNames('4.4sigma', ctx, false, true); // [3] (`the $4.4sigma$ tension`)
 * bareNames('mathcal{O}(n log n)', ctx, false, true); // [0, 13] (`log` beside another name, in prose)
 * bareNames('sim!2', ctx); // [0, 3] (`\\!`, a thin space)
 * bareNames('widetilde{O}(n)', ctx, false, true); // [0] (an accent, in prose)
 * bareNames('SL(2,mathbb{Z})', ctx, false, true); // [5] (`SL` a group's name, in prose)
 * bareNames('ENV(top)', ctx, false, true); // undefined (an array's key, review108)
 * bareNames('SO(3) to SO(2)', ctx, false, true); // [6] (`to` outside the parentheses)
 * ```
 */
function bareNames(
  formula: string,
  ctx: Context,
  glued = false,
  prose = false,
): number[] | undefined {
  // A backslash left, a space just inside, or a digit first (money: `US$5 to US$10`),
  // unless the pair holds no space and a script or ends with a digit, or is a number and
  // a Greek letter's name or `times`: then the numbers are the formula's, glued to its
  // names (`$9.7times10^7$`, `$3.2pm0.4$`, `$4.4sigma$`, `$21times$`).
  const first = formula.charCodeAt(0);
  if (formula.includes('\\') || isSpace(first)) return undefined;
  // (Spaced, a number and an operator's name glued to it is a price's or a template's as
  // often as a formula's: `$1sim 2$`, `{{ $2sim 5 }}$`, `$3pm 4pm$`, review144 and
  // review145.)
  if (
    isDigit(first) &&
    (formula.includes(' ') ||
      !(NUMBERS_GLUED.test(formula) || (prose && greekAfterNumber(formula))))
  ) {
    return undefined;
  }
  if (isSpace(formula.charCodeAt(formula.length - 1))) return undefined;
  // No formula ends with its operator: a Perl statement's variables (`$top_s=$sin_lat`),
  // a shell's or Ninja's words joined by a hyphen (`"$in-$out"`, `$to-$from`, review135);
  // a script's sign is no operator (`$theta^*$`, `$alpha_+$`).
  // (A Greek letter's name too: `$pi-$x` and `$eta-$min` are a shell's as often as
  // `$gamma-$MoD` is a title's, review137.)
  if (/(?<![\^_])[=+*/,-]$/.test(formula)) return undefined;
  const found: number[] = [];
  const operators: number[] = [];
  // Where the parentheses after capitals that name a group or a function open: a name in
  // them that is an English word, or that they hold alone, is an array's key, not a
  // symbol (`$ENV(top)$`, review108; `$CFG(sim)$`, review110).
  const keys: number[] = [];
  let depth = 0;
  for (let k = 0; k < formula.length; k++) {
    const code = formula.charCodeAt(k);
    if (code === 0x7b) depth++;
    else if (code === 0x7d) depth--;
    if (!isLetter(code)) continue;
    const end = lettersEnd(formula, k);
    if (depth === 0 && end - k >= 2) {
      const name = formula.slice(k, end);
      // An operator's name (`log` of `\\log`) gets its backslash back beside another
      // name in prose (`$mathcal{O}(n log log n)$`), but says nothing alone (`$log n$`,
      // `$max$`).
      if (OPERATOR_NAMES.has(name) && formula[end] !== '{' && prose) {
        operators.push(k);
        k = end - 1;
        continue;
      }
      // A symbol, or a command with its brace (`mathcal{G}`): nothing else reads alone.
      // A capital and one small letter is a chemical element's or a dimensionless
      // number's symbol (`$Re$`: rhenium, or Reynolds's number), not `\Re` or `\Pi`.
      // Capitals before a parenthesis name a group or a function, no macro: a variable's
      // (`$SL(2,mathbb{Z})$`, `$SU(N)$`), where the pair stands in prose (Tcl's
      // `"$CFG(top)$CFG(sub)"` is an array's).
      if (prose && /^[A-Z]{2,3}$/.test(name) && formula[end] === '(') {
        keys.push(end);
        k = end - 1;
        continue;
      }
      // A math accent before a group of one letter too, where the pair stands in prose
      // (`$widetilde{O}(n)$`); a Perl hash's `"$hat{a}$b"` is glued to what follows.
      const accent =
        prose &&
        /^\{[A-Za-z]\}/.test(formula.slice(end, end + 3)) &&
        Object.hasOwn(MATH_ACCENTS, name);
      if (/^[A-Z][a-z]$/.test(name) || !(accent || readsName(name, formula[end] === '{', ctx))) {
        return undefined;
      }
      found.push(k);
      // A `!` glued between the name and its operand is `\!`, a negative thin space,
      // that lost its backslash too (`$sim!2times$`); no name is factorial.
      if (formula.charCodeAt(end) === 0x21 && isWordChar(formula.charCodeAt(end + 1))) {
        found.push(end);
      }
    }
    k = end - 1;
  }
  // One English word alone is the author's italic word (`$top$-1`, `$star$-shaped`),
  // unless the pair is glued to a word before it, inside which no word is set apart
  // (`USp$prime$(2N)` is `USp′(2N)`).
  if (found.length === 1 && ENGLISH_NAMES.has(formula) && !glued) return undefined;
  // Operators' names alone in a bound's parentheses are the bound's (`$O(n log n)$`, an
  // aggregator's abstract in the hundred-and-ninety-eighth blind set).
  if (found.length === 0) {
    return operators.length > 0 && prose && BOUND.test(formula) ? operators : undefined;
  }
  if (keys.some((open) => arrayKey(formula, open, found))) return undefined;
  return operators.length === 0 ? found : [...found, ...operators].sort((a, b) => a - b);
}

/** An asymptotic bound: a Landau letter and its parentheses (`O(n log n)`, `Θ(log T)`). */
const BOUND = /^[OoΘΩ]\([^()$]{1,60}\)$/;

/**
 * Whether the parentheses opening at `open` (after capitals) hold a found name that is an
 * array's key: an English word (`ENV(top)`), or a name alone (`CFG(sim)`) but a Greek
 * letter's (`DP(alpha)`), not a group's argument (`SL(2,mathbb{Z})`). Names outside them
 * do not count (`SO(3) to SO(2)`).
 *
 * @example
 * ```ts
 * arrayKey('ENV(top)', 3, [4]); // true
 * arrayKey('SO(3) to SO(2)', 2, [6]); // false
 * ```
 */
function arrayKey(formula: string, open: number, found: readonly number[]): boolean {
  const close = formula.indexOf(')', open);
  if (close < 0) return false;
  return found.some((k) => {
    if (k <= open || k >= close) return false;
    const end = lettersEnd(formula, k);
    const name = formula.slice(k, end);
    // (A Greek letter's name alone is a parameter's, `$DP(alpha)$`, review111.)
    return (
      ENGLISH_NAMES.has(name) || (k === open + 1 && end === close && !Object.hasOwn(GREEK, name))
    );
  });
}

/** A possessive's ending after a closer: `'s` and no more of a word or a quote (`$'s'`). */
const POSSESSIVE = /^['’]s(?![\w$'’])/;

/** A formula whose numbers are its own: a script in it, or a digit last. */
const NUMBERS_GLUED = /[\^_]|\d$/;

/**
 * A number and a Greek letter's name or `times` glued after it, the whole formula: a
 * significance (`4.4sigma` in `$4.4sigma$`) or a multiplier whose backslash a page lost
 * (`$21times$`, the hundred-and-seventy-fifth blind set's), no money's (`$5bn$` names no
 * letter). Asked only where the pair stands in prose (a space or a bracket before, no
 * word after).
 *
 * @example
 * ```ts
 * greekAfterNumber('4.4sigma'); // true
 * greekAfterNumber('21times'); // true
 * greekAfterNumber('5bn'); // false
 * ```
 */
function greekAfterNumber(formula: string): boolean {
  const name = NUMBER_THEN_NAME.exec(formula)?.[1];
  return name !== undefined && (Object.hasOwn(GREEK, name) || name === 'times');
}

const NUMBER_THEN_NAME = /^\d+(?:\.\d+)?([A-Za-z]{2,10})$/;

/** Symbols' names that are English words: alone in dollars, the word set in italics. */
const ENGLISH_NAMES = new Set(
  'top bot cap cup star int sum prod mid not in to wedge vee div angle square diamond flat sharp natural prime perp land lor neg iff implies gets owns'.split(
    ' ',
  ),
);

/**
 * Symbols' names that are words a title sets in italics before a hyphen (`$top$-K`,
 * `$star$-shaped`); not `perp`, `bot`, `vee`, `cap`, `sharp`, whose symbol is meant
 * (`$perp$-projection`, `$cap$-closed`, `$sharp$-P`, review135).
 */
const ITALIC_WORDS: ReadonlySet<string> = new Set(
  'top star sum mid not in to angle square diamond prime'.split(' '),
);

/** A quantity's name compared with a number (`Acc < 77\%`). */
const NAMED = /^[A-Za-z]\w{0,11} ?[<>=] ?[+-]?\d+(?:\.\d+)?(?:\\?%)?$/;

/**
 * A variable held constant, as physics writes it (`$T=const$`, `$ρ = Const$`: a Latin
 * letter or a Greek one a converter drew, a short subscript, `=` and the word): a
 * relation, not a price's or a shell's words.
 */
const HELD_CONSTANT = /^[A-Za-z\u0391-\u03a9\u03b1-\u03c9](?:_\w{1,3})? ?= ?[Cc]onst(?:ant)?\.?$/;

/**
 * An acronym raised to a mark or a short script (`DPF^*`, `AUC^{ROC}`), or a name with a
 * braced subscript (`mAP_{0.5}`, `UNIT_{ref}`): a defined quantity, in dollars (in
 * `\\(…\\)` it is a pattern's group as often, `grep -E ' \\(LOG_{err}\\)'`, review140 and
 * review141; a longer name a template's or a shell's, `echo "$ENVIRONMENT_{x}$"`,
 * review144). Not a letter or a digit unbraced after a name (`HOME^x`, `MY_VAR`,
 * `PATH_1`): a shell's.
 */
const SCRIPTED_ACRONYM =
  /^(?:[A-Z]{2,6}\^(?:[*\d+-]|\{[^{}]{1,8}\})|[A-Za-z]{2,8}_\{[^{}]{1,8}\})$/;

/** A capital with a script of a character or a short group: `R_0`, `T_{90}`. */
const SCRIPTED_LETTER = /^[A-Z][_^](?:[A-Za-z0-9]|\{[A-Za-z0-9,+-]{1,6}\})$/;

/**
 * Is the pair from `at` to `close` a capital with a short script, padded by one space on
 * both sides, between a word and a space or punctuation other than code's `;` (`Beyond
 * $ R_0 $:`, `their $ T_{90} $ duration`)? No price, template or shell variable is
 * written so.
 *
 * @example
 * ```ts
 * paddedScript('Beyond $ R_0 $: the', ' R_0 ', 7, 13); // true
 * paddedScript('f($ R_0 $)', ' R_0 ', 2, 8); // false
 * ```
 */
function paddedScript(text: string, formula: string, at: number, close: number): boolean {
  const core = formula.slice(1, -1);
  return (
    formula === ` ${core} ` &&
    SCRIPTED_LETTER.test(core) &&
    text.charCodeAt(at - 1) === 0x20 &&
    isLetter(text.charCodeAt(at - 2)) &&
    /^(?:[\s.,:)]|$)/.test(text.slice(close + 1, close + 2))
  );
}

/**
 * Is the pair from `at` to `close` a script alone after one space, glued to the word
 * before its opener and followed by a space, punctuation or the text's end (`T$ _c$ of`,
 * `M$ ^{2}$,`: a digest's converter padded it, the eighty-fifth blind set's)? Its base
 * is that word; no price, template or shell variable starts with `_` or `^`.
 *
 * @example
 * ```ts
 * gluedScript('a T$ _c$ of', ' _c', 3, 7); // true
 * gluedScript('a T $ _c$ of', ' _c', 4, 8); // false
 * ```
 */
function gluedScript(text: string, formula: string, at: number, close: number): boolean {
  return (
    GLUED_SCRIPT.test(formula) &&
    isAlphanumeric(text.charCodeAt(at - 1)) &&
    /^(?:[\s.,;:)]|$)/.test(text.slice(close + 1, close + 2))
  );
}

/** One space, then a script of a character or a short group: ` _c`, ` ^{2}`. */
const GLUED_SCRIPT = /^ [_^](?:[A-Za-z0-9]|\{[A-Za-z0-9,+-]{1,6}\})$/;

/**
 * Is the padded pair one Latin letter that the text also sets as a formula without
 * padding, standing alone (`of $E$ under $T$, and the set $ E$.`), or as a variable of
 * a formula with a macro (`$\\widetilde O(d^2 \\sqrt{T})$ where $ d $ is`), before a
 * space or a sentence's punctuation? The author typed a space TeX ignores; no shell
 * line names its variable so twice (`print $ f $ x` stays), and a spreadsheet's `$A$1`
 * or a shell's `$a$b` is no formula to be its twin.
 *
 * @example
 * ```ts
 * paddedLetter('of $E$, and the set $ E$.', ' E', 23, ctx); // true
 * paddedLetter('$O(\\sqrt{T})$ where $ T $ is', ' T ', 23, ctx); // true
 * paddedLetter('print $ f $ x', ' f ', 10, ctx); // false
 * ```
 */
function paddedLetter(text: string, formula: string, close: number, ctx: Context): boolean {
  const core = formula.trim();
  if (core.length !== 1 || core === formula || !isLetter(core.charCodeAt(0))) return false;
  // Space or a sentence's punctuation after the closer (not a string's quote: `"$ a $"`).
  if (!/^(?:[\s.,;:)]|$)/.test(text.slice(close + 1, close + 2))) return false;
  const at = close - formula.length - 1;
  // (The text's formulas are searched once a pass for each letter.)
  const inMacroFormula = () =>
    ctx.once(`${VARIABLE_MEMO}${core}`, () => {
      const variable = new RegExp(`(?<![A-Za-z\\\\])${core}(?![A-Za-z])`);
      const pairs = text.matchAll(/\$([^$\n]{1,120})\$(?!\d)/g);
      return someMathPair(pairs, (other) => /\\[A-Za-z]{2}/.test(other) && variable.test(other));
    });
  if (proseAround(text, at, close) && inMacroFormula()) return true;
  // (The text's twins are found once a pass for each letter: searched at every padded
  // formula, a 100 kB line of `$ x $` took seconds.)
  const twins = ctx.once(`${TWIN_MEMO}${core}`, () => twinsOf(text, `$${core}$`));
  return twins.some((other) => other > close || other + 3 <= at);
}

const VARIABLE_MEMO = 'math-delimiters:variable:';
const TWIN_MEMO = 'math-delimiters:twin:';

/**
 * Where `twin` (a letter between dollars) stands alone in `text`, as a formula does: not
 * a spreadsheet's `$A$1` nor a shell's `$a$b`.
 *
 * @example
 * ```ts
 * twinsOf('of $E$, and $A$1', '$E$'); // [3]
 * ```
 */
function twinsOf(text: string, twin: string): number[] {
  const found: number[] = [];
  for (let other = text.indexOf(twin); other !== -1; other = text.indexOf(twin, other + 1)) {
    if (
      !isWordChar(text.charCodeAt(other - 1)) &&
      text.charCodeAt(other - 1) !== 0x24 &&
      !isWordChar(text.charCodeAt(other + 3)) &&
      text.charCodeAt(other + 3) !== 0x24
    ) {
      found.push(other);
    }
  }
  return found;
}

/**
 * Is the pair from `at` to `close` set in prose: after a comma, a bracket or a word that
 * introduces a quantity (`where`, `and`, `let`…) and before a word of two letters or
 * more or a sentence's punctuation? Code's `print $ f $ x`, `x $ y $ z` is not.
 *
 * @example
 * ```ts
 * proseAround('where $ d $ is', 6, 10); // true
 * proseAround('print $ f $ x', 6, 10); // false
 * ```
 */
function proseAround(text: string, at: number, close: number): boolean {
  const tail = text.slice(Math.max(0, at - 12), at);
  const word = /(?:^|[\s(])([A-Za-z]+)\s?$/.exec(tail)?.[1] ?? '';
  if (!/[,(]\s?$/.test(tail) && !PROSE_BEFORE.has(word.toLowerCase())) return false;
  return /^(?:\s[A-Za-z]{2}|[.,;:)]|$)/.test(text.slice(close + 1, close + 4));
}

/** Words after which prose names a variable (`where $ d $ is`, `and $ T $ the`). */
const PROSE_BEFORE: ReadonlySet<string> = new Set(
  'where and or of for let with in on that then is are be by to at as if when given while since over both either'.split(
    ' ',
  ),
);

/**
 * Does the lone prime's pair from `at` to `close` follow a number that stands alone
 * (no letter, digit, `_` or backslash before it) and come before a space, punctuation
 * or another formula?
 *
 * @example
 * ```ts
 * primeAfterNumber("a 10$'$ beam", 4, 6); // true
 * primeAfterNumber("x=1$'$'", 3, 5); // false
 * ```
 */
function primeAfterNumber(text: string, at: number, close: number): boolean {
  const start = numberStart(text, at);
  if (start === at || /[\p{L}\p{N}_\\]/u.test(text[start - 1] ?? ' ')) return false;
  const after = text[close + 1] ?? ' ';
  return /[\s.,;:)\]$]/.test(after);
}

/**
 * Does the lone prime's pair from `at` to `close` stand inside a word, before an
 * apostrophe's ending that ends it (`Ain$'$t`, `model$'$s`, `GPT-4$'$s`, `I$'$m`,
 * `DON$'$T`, a plural's `models$'$`)? The word is two letters or more (or `I`), with digits after a hyphen,
 * alone on its side: no `$`, quote, slash or currency's letters before it (a shell's
 * `US$'$d`), nothing but a space or a sentence's punctuation after the ending (a
 * Perl's `bar$'$s/`, an identifier's `ab$'$s_1`), and no single quote open before it
 * on its line (bash's `'…$'$t'`, review117). A variable's `x$'$s` stays.
 *
 * @example
 * ```ts
 * apostropheInWord("the World Ain$'$t Fair", 14, 16); // true
 * apostropheInWord("f$'$s", 1, 3); // false
 * ```
 */
function apostropheInWord(text: string, at: number, close: number): boolean {
  let start = at;
  while (start > 0 && at - start < 40 && WORD_PART.test(text[start - 1] as string)) start--;
  const word = text.slice(start, at);
  // Two letters or more (`I` alone), a letter first: not a variable's `x$'$s`, `x1$'$s`.
  if ((word.match(/\p{L}/gu)?.length ?? 0) < 2 && word !== 'I') return false;
  if (!/[\p{L}\p{M}\d]$/u.test(word) || !/^\p{L}/u.test(word)) return false;
  if (start > 0 && CODE_BEFORE_WORD.test(text[start - 1] as string)) return false;
  if (afterCurrency(text, at)) return false;
  let end = close + 1;
  while (isLetter(text.charCodeAt(end))) end++;
  if (end < text.length && !/[\s.,;:!?)\]”’—–…]/.test(text[end] as string)) return false;
  // In a string a shell or a program opened, or before a shell's closing quote (bash's
  // `echo I$'$m here'`, whose `$'` opens one), it is code's.
  if (stringOpen(text, start, false) || closingQuoteAhead(text, end)) return false;
  const ending = text.slice(close + 1, end);
  // A plural's possessive: `models$'$ outputs` (not `this$'$`, `was$'$`).
  if (ending === '') return word.length > 2 && word.endsWith('s') && !NOT_PLURALS.has(word);
  const upper = ending === ending.toUpperCase() && word === word.toUpperCase();
  return APOSTROPHE_ENDINGS.includes(upper ? ending.toLowerCase() : ending);
}

/** Words ending in `s` that are no plural a possessive's apostrophe follows. */
const NOT_PLURALS: ReadonlySet<string> = new Set(
  'this its was has is as us his hers ours yours theirs whereas thus plus minus less unless across always perhaps besides'.split(
    ' ',
  ),
);

/**
 * Whether a string stands open at `at` on its line, within 120 characters before it: a
 * straight double quote unpaired (when `doubled`: a title in double quotes is prose's,
 * `"Ain$'$t Fair"`; one code opened counts always), or a single quote that opens one
 * (after a space, a bracket, `=`, a comma, `:` or a `+` joining strings, before no
 * space) and no quote that closes it since. A word's own apostrophe (`Don't`), a
 * plural's (`models' `) and a possessive's (`A+'s`) open nothing.
 *
 * @example
 * ```ts
 * stringOpen("perl -pe 's/(x)/ $1times$ /'", 13); // true
 * stringOpen("the models' speed is up to $21times$", 27); // false
 * ```
 */
function stringOpen(text: string, at: number, doubled = true): boolean {
  const line = lineBefore(text, at, 120);
  const base = at - line.length;
  const unpaired = (line.match(/"/g)?.length ?? 0) % 2 === 1;
  if (doubled && unpaired) return true;
  // A double quote code opened is a string whatever `doubled` says: after a call's
  // parenthesis, an assignment, or a printing or a shell's command and its flags
  // (`console.log("the model$'$s value")`, `s = "…"`, `echo "…"`, review121; `grep -E
  // "…"`, `cat "…"`, review123); a title's, a JSON value's or a BibTeX text field's
  // quotes are prose's (review122), and so are a word's before them (`so "…" shows`).
  if (unpaired) {
    const quote = line.lastIndexOf('"');
    const lead = line.slice(Math.max(0, quote - 40), quote);
    if (CODE_QUOTE.test(lead) && !TEXT_FIELD.test(lead)) return true;
  }
  let open = false;
  for (let k = line.indexOf("'"); k !== -1; k = line.indexOf("'", k + 1)) {
    const before = line[k - 1] ?? ' ';
    // (What follows the last quote is the text's, not the window's end: `'$|$x$|$'`.)
    const after = text[base + k + 1] ?? ' ';
    // A `+` joins strings (`"a"+'…'`, `name+'…'`), not in `C++'s`; and a possessive's
    // or a contraction's quote opens none (`A+'s speedup`).
    const joined = before === '+' && line[k - 2] !== '+';
    const ending = endingBeforePunctuation(text.slice(base + k + 1, base + k + 5));
    if (!open && (/[\s([{=,:]/.test(before) || joined) && !/\s/.test(after) && !ending) {
      open = true;
    } else if (open && !/\s/.test(before) && !/[\p{L}\d]/u.test(after)) open = false;
  }
  return open;
}

/**
 * Whether `part` starts with an apostrophe's ending and a space or punctuation after it:
 * `s `, `t,`, `re.` (a possessive's quote, `A+'s speedup`, opens no string).
 *
 * @example
 * ```ts
 * endingBeforePunctuation('s speedup'); // true
 * endingBeforePunctuation('s/(x)/'); // false
 * ```
 */
function endingBeforePunctuation(part: string): boolean {
  const length = endingLength(part);
  return length > 0 && /[\s.,;:!?)]/.test(part[length] ?? '');
}

/**
 * What opens a code's string before its `"`: a call, an assignment, a printing command or
 * a shell's command with up to three flags (`grep -E "`; not an English verb, `find`).
 */
const CODE_QUOTE =
  /(?:[(=]\s?|(?:^|[\s;|&])(?:echo|printf|print|puts|say|warn|die|log|grep|egrep|fgrep|rg|sed|awk|cat|jq|mkdir|touch|ls|cp|mv|rm|cd|git|curl|wget|sudo)\s(?:--?[\w-]{1,20}\s){0,3})$/;

/** A BibTeX field that holds text, whose quoted value is read (`title = "…"`). */
const TEXT_FIELD = /(?:title|abstract|note)\s*=\s?$/i;

/**
 * Whether a single quote closes a string within 60 characters after `at` on its line,
 * before any that opens one: after a letter or a digit and before a space, punctuation
 * or the line's end, and no plural's possessive (`models' outputs`), which no string
 * ends so glued after a word's `s` and a space.
 *
 * @example
 * ```ts
 * closingQuoteAhead("echo I$'$m here'", 10); // true
 * closingQuoteAhead("I$'$m sure it's fine", 5); // false
 * ```
 */
function closingQuoteAhead(text: string, at: number): boolean {
  const line = lineAfter(text, at, 60);
  for (let k = line.indexOf("'"); k !== -1; k = line.indexOf("'", k + 1)) {
    const before = line[k - 1] ?? ' ';
    const after = line[k + 1] ?? ' ';
    if (/[\s([{=,]/.test(before)) return false;
    if (/[\p{L}\d.,!?]/u.test(before) && !/[\p{L}\d$]/u.test(after)) {
      return !(before === 's' && after === ' ');
    }
  }
  return false;
}

/** What a word before an apostrophe may hold: letters and their marks, digits, a hyphen. */
const WORD_PART = /[\p{L}\p{M}\d-]/u;

/** What glues code to a word before a prime: a variable's `$`, a quote, a path, a key. */
const CODE_BEFORE_WORD = /[$'"`/\\_{}=<>@#%&*|^~.:;,]/;

/**
 * Is the bar alone from `at` to `close` one of two around a word, an absolute value
 * set bar by bar (`p99 $|$jitter$|$ from`, an arXiv-daily bot's stored abstract)?
 *
 * @example
 * ```ts
 * barAroundWord('p99 $|$jitter$|$ from', 4, 6); // true
 * barAroundWord('p99 $|$jitter$|$ from', 13, 15); // true
 * ```
 */
function barAroundWord(text: string, at: number, close: number): boolean {
  // (Not in a pattern's string: `grep -E '^$|$foo$|$'`, review120.)
  // (A title in double quotes is prose's, review121; a pattern opened right before a
  // bar is code's, `grep -E "$|$foo$|$"`, review122.)
  if (stringOpen(text, at, false)) return false;
  const opener = isWordChar(text.charCodeAt(at - 1)) ? text.lastIndexOf('$|$', at - 1) : at;
  // (An operator after another pair's closer is a ratio's or a product's: `$|$S$|$/$|$T$|$`,
  // review123.)
  if (
    opener >= 0 &&
    /["'^/.*|]/.test(text[opener - 1] ?? ' ') &&
    !(/[/*.|]/.test(text[opener - 1] ?? ' ') && text.startsWith('$|$', opener - 4))
  ) {
    return false;
  }
  if (!isWordChar(text.charCodeAt(at - 1))) {
    return BAR_AFTER.test(text.slice(close + 1, close + 48));
  }
  return (
    !isWordChar(text.charCodeAt(close + 1)) && BAR_BEFORE.test(text.slice(Math.max(0, at - 48), at))
  );
}

/** A word and the bar that closes it, right after an opening bar (not a shell's `$|$PATH$|$`). */
const BAR_AFTER = /^(?![A-Z_]{2,}\$)[A-Za-z0-9][\w.-]{0,39}\$\|\$(?![\w$])/;

/** An opening bar and a word, right before a closing bar. */
const BAR_BEFORE = /(?<![\w$])\$\|\$(?![A-Z_]{2,}$)[\w.-]{0,39}[A-Za-z0-9]$/;

/** Words of prose, which no formula's one name is. */
const PROSE =
  /(?:^|[^A-Za-z])(?:and|the|for|per|with|from|are|was|not|but|each|only|than|then|also|all|any|our|its|you)(?![A-Za-z])/i;

/**
 * A Greek letter a converter drew, anywhere in a formula (`1σ`, `Λ`): math's letters,
 * without Greek script's tonos (`ή`) and not two glued, as Greek words are (review111).
 */
const GREEK_DRAWN =
  /^(?!.*[\u0386-\u03ce\u03d1\u03d5\u03d6\u03f1\u03f5]{2})(?!.*[\u0386-\u0390\u03aa-\u03b0\u03ca-\u03ce]).*[\u0391-\u03a1\u03a3-\u03a9\u03b1-\u03c9\u03d1\u03d5\u03d6\u03f1\u03f5]/s;

/** A Greek letter, with the symbol forms `\epsilon`, `\phi`, `\vartheta`… print (`ϵ`, `ϕ`). */
const GREEK_LETTER = /^[\u0391-\u03c9\u03d1\u03d5\u03d6\u03f1\u03f5]$/;

/**
 * Does `formula` look like math? No word of three letters or more outside macro names
 * and braced arguments, except one among macros that is no word of prose; for `$…$` also a macro, `^`, `_` or a single letter, and no
 * space just inside the dollars unless the formula holds a macro, or `padding` says the
 * text is LaTeX (another formula holds one).
 *
 * @example
 * ```ts
 * looksLikeMath('\\mathcal{O}(n^2)', true); // true
 * looksLikeMath('5 and ', true); // false
 * looksLikeMath(' q=2 ', true); // false
 * looksLikeMath(' q=2 ', true, true); // true
 * looksLikeMath(' f ', true, true); // false
 * looksLikeMath('1.97 \\pm 0.01 (stat) \\pm 0.04 (sys)', true); // true
 * ```
 */
export function looksLikeMath(written: string, dollar: boolean, padding = false): boolean {
  if (written.length === 0) return false;
  // An uncertainty's source named after its number is no word of prose: `1.97 \pm 0.01
  // (stat) \pm 0.04 (sys)` (read as a number's group, same length).
  const formula = written.includes('(')
    ? written.replace(ERROR_SOURCE, (_, word: string) => `(${'0'.repeat(word.length)})`)
    : written;
  // Words joined by control spaces are text an author set in math (`$one\ facial\ photo$`).
  const spacedText = /[A-Za-z]\\ [A-Za-z]/.test(formula);
  let run = 0;
  let depth = 0;
  let marked = false;
  let macro = false;
  let letters = 0;
  let words = 0;
  // After `\\rm` at the formula's level its words are a unit's, set upright
  // (`$6\\times 10^{-19} \\rm erg~s^{-1}~arcsec^{-2}$`): no prose, up to three of them and
  // none of prose's own words (a formula whose `$` the author left out runs on into prose:
  // `$300\\rm km s^{-1}, much larger than the $`).
  let upright = false;
  let units = 0;
  for (let k = 0; k < formula.length; k++) {
    const code = formula.charCodeAt(k);
    if (code === 0x5c) {
      // A macro name, or an escaped character, is math; one unknown letter is code's
      // escape (`\n`, `\t`, `\s` in `$var\n$var`), and only a known name counts as a
      // macro beside a word.
      const name = k + 1;
      k++;
      while (k + 1 < formula.length && isLetter(formula.charCodeAt(k + 1))) k++;
      const known = isKnownMacro(formula.slice(name, k + 1));
      upright ||= depth === 0 && formula.slice(name, k + 1) === 'rm';
      marked ||= known || k > name || !isLetter(formula.charCodeAt(name));
      // (A one-letter name is an accent's or code's escape as well: `\d` in `/^\d+$/`.)
      macro ||= known && k > name;
      run = 0;
      continue;
    }
    if (code === 0x7b) depth++;
    else if (code === 0x7d) depth--;
    else if (code === 0x5e || code === 0x5f) marked = true;
    if (isLetter(code)) {
      letters++;
      // Letters glued to a styled letter's brace finish its word (`\mathcal{V}isi`).
      if (run === 0 && formula.charCodeAt(k - 1) === 0x7d) run = -FORMULA_LIMIT;
      if (depth === 0 && ++run === 3 && !spacedText) {
        if (!upright ? ++words > 1 : ++units > 3 || PROSE.test(formula)) return false;
      }
    } else if (!(run < 0 && isDigit(code))) run = 0;
  }
  // One word may stand among macros, or in a relation, as a function's or a quantity's
  // name (`$poly(n/\varepsilon)$`, `$\Delta Acc > 20\%$`, `$Param\Delta$`, `$Acc < 77\%$`);
  // not a word of prose.
  // (A word that repeats a macro's name is text about it: `$\Huge Huge$`; the macro
  // again is no such word: `$AdS_3 \times S^3 \times T^4$`.)
  if (
    words === 1 &&
    !spacedText &&
    (PROSE.test(formula) ||
      !(
        macro ||
        (dollar &&
          (NAMED.test(formula) || SCRIPTED_ACRONYM.test(formula) || HELD_CONSTANT.test(formula)))
      ) ||
      /\\([A-Za-z]{2,})\b.*(?<!\\)\b\1\b/.test(formula))
  ) {
    return false;
  }
  // `\(…\)` around dots alone is no formula (`\(...\)` names the delimiters).
  if (!dollar) return !/^[.…\s]*$/.test(formula);
  // A space just inside the dollars is a price's (`$5 and $10`), unless a macro starts
  // the formula or a macro's name ends it at the closer, as no price does
  // (`$\emph{monitoring} $`, `$ 3-5 \times$`), or it holds a known macro anywhere
  // (`$ 3 \times 3 $`), or `padding` says another formula of the text does and this
  // one has a script or a relation (`$ q=2 $` beside `$ q=\infty $`): TeX ignores the
  // padding. (One letter padded on both sides stays: `print $ f $ x` is Haskell's.)
  const padded = isSpace(formula.charCodeAt(0)) || isSpace(formula.charCodeAt(formula.length - 1));
  // (The padding TeX ignores is no part of what the formula is.)
  const core = padded ? formula.trim() : formula;
  if (
    padded &&
    !macro &&
    formula.trimStart().charCodeAt(0) !== 0x5c &&
    !/\\[A-Za-z]+$/.test(formula) &&
    // Beside LaTeX, a formula math by its own marks: a script or a relation (`$ q=2 $`,
    // `$ H^s $`), or a Greek letter a converter drew (`$ λ$`, `$ 1σ$`), not a lone Latin
    // letter or number (`print $ f $ x`, `US $ 5 $`).
    !(
      padding &&
      (marked ||
        (/[=<>]/.test(core) && isRelation(core)) ||
        // (One letter padded on both sides is Haskell's as often: `f $ λ $ x`.)
        (GREEK_DRAWN.test(core) && !(core.length === 1 && /^\s.*\s$/s.test(formula))))
    )
  ) {
    return false;
  }
  // One letter, a Latin or a Greek one (`$k$-means`, `$α$-entmax`); a Greek one may take
  // its title's hyphen inside (`$γ-$MoD`, as `$\gamma-$MoD` is written).
  const one =
    (core.length === 1 && (letters === 1 || GREEK_LETTER.test(core))) ||
    (core.length === 2 && core[1] === '-' && GREEK_LETTER.test(core[0] as string));
  // A relation may stand in parentheses (`$(p<0.01)$`); none starts with one.
  const inner = core.startsWith('(') && core.endsWith(')') ? core.slice(1, -1) : core;
  // A number and a drawn `×` is a factor (`$6.71×$`, once `times` read `$6.71 imes$`).
  return (
    marked ||
    one ||
    isOperator(core) ||
    isRelation(inner) ||
    isRelation(core) ||
    NAMED.test(core) ||
    FACTOR.test(core)
  );
}

/**
 * An uncertainty's source in parentheses after a number, as physics quotes an error
 * (`0.01 (stat)`, `0.04 (syst)`, `0.10 (lumi)`, `(theo)`, `(exp)`, `(model)`), its word
 * the group's one capture with its period if abbreviated (`(stat.)`), combined
 * (`(stat+syst)`) or capitalised (`(Stat)`), after a space, a tie or a thin space, by
 * digits of the same length.
 */
const ERROR_SOURCE =
  /(?<=\d(?: |~|\\,)?)\(((?:stat|syst?|lumi|theo|theory|exp|model|scale|PDF)\.?(?:\s?\+\s?(?:stat|syst?)\.?)?)\)/gi;

/** A number and a drawn `×` after it, the whole formula: `6.71×`. */
const FACTOR = /^\d+(?:\.\d+)?×$/;

/**
 * Whether `formula` holds `\\(` and `\\)` in unequal numbers, a line break's `\\\\` not
 * counted (`\\alpha \\\\(1)`): a lone one is code's (jq's `\\($x)`), a pair is math
 * wrapped twice.
 *
 * @example
 * ```ts
 * unpairedInlineMath('x == \\('); // true
 * unpairedInlineMath(' \\(x\\)^2 '); // false
 * ```
 */
function unpairedInlineMath(formula: string): boolean {
  let open = 0;
  let close = 0;
  for (let k = formula.indexOf('\\'); k !== -1; k = formula.indexOf('\\', k + 2)) {
    const next = formula.charCodeAt(k + 1);
    if (next === 0x28) open++;
    else if (next === 0x29) close++;
  }
  return open !== close;
}

/**
 * A relation, a number, a function's value or an interval, as no price is written
 * between two dollars: `p < 0.05`, `k = 16`, `δ=0.30` (a Greek letter typed as itself),
 * `α= 2/3`, `s=-1`,
 * `+0.7`, `1024`, `3-7` (a range), `F(V)`, `(QK)V`, `(M,g)`, `[0,1]`, `(0, T]`.
 *
 * @example
 * ```ts
 * isRelation('k = 16'); // true
 * isRelation('[0,1]'); // true
 * isRelation('α= 2/3'); // true
 * isRelation('5 and 10'); // false
 * ```
 */
function isRelation(formula: string): boolean {
  return /^(?:[A-Za-z\u0391-\u03c9]\w{0,2} ?(?:[<>] ?|= ?-?)(?:\d+(?:\.\d+)?\/\d+|[\w.]+)|[+-]?\d+(?:\.\d+)?(?:\\?%)?|[A-Za-z]\([\w, ]{1,12}\)|\([A-Za-z]{1,4}\)[A-Za-z]{1,2}|\(\w{1,3}(?:, ?\w{1,3}){1,3}\)|\d+(?:\.\d+)?-\d+(?:\.\d+)?|[[(]-?[\w.]{1,6}, ?-?[\w.]{1,6}[\])])$/.test(
    formula,
  );
}

/** A comparison or operator alone (`$>$90\%`, `$\leq$` aside): `<`, `>`, `=`, `+`, `-`, up to two. */
function isOperator(formula: string): boolean {
  return formula.length <= 2 && /^[<>=+-]+$/.test(formula);
}
