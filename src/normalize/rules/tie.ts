/**
 * `tie`: LaTeX's tie `~` (a non-breaking space) glued between a word and what follows
 * becomes a space. A `~` after a space or bracket (`~30% of the parameters`) means
 * "about" and stays, as it does after a one-letter variable, Latin or Greek (glued after
 * Chinese text too, `红移z~0.7`), a variable with a script (`A_V~0.5 mag`), a quantity's
 * symbol in Chinese, Japanese or Korean text (`Av~0.2`), a quantity's name before a
 * number and its unit in a text that writes `~` for "about" elsewhere or holds Chinese,
 * Japanese or Korean (`FWHM~10 km/s`),
 * a variable before a range in parentheses (`N_{H_2}~(3-7)`), or a closing bracket
 * (`⟩` too) before a number (`x~0.6`, `z~3`, `g2(0)~40`; the one-letter words of English are tied,
 * `a~2`, and in Czech, Slovak or Polish text those languages' own, `w~2020 roku
 * wzrósł`). So does
 * one between quantities (`3~5`, `8 Mbps~10 Gbps`: a range), one between words of the
 * same shape (`Q1~Q4`, `Mon~Fri`, `Beijing~Shanghai`: a range too, though not a name's
 * short part, `Raspberry~Pi`, nor a title's words after a third, `Large
 * Language~Models`), and one in a version or a revision (`2.40~rc1`, `1.2.3~beta`,
 * `HEAD~1`, `"~4.17"`, `@~4.17`). A number or a bracket tied to a unit or symbol outside
 * ASCII is tied (`1600~Å`, `[O~III]~λ5007`), and so is a name's second number when its
 * first is (`Qwen~3.5~0.8B`). Before an escaped percent sign it ties (`$10$~\%` → `10 %`).
 * Inside a formula (`$…$`) a `~` is a space, and goes
 * beside a space, a spacing command or the formula's delimiter, unless a word is glued
 * to that delimiter outside (`$\sim1~$Gyr` → `∼1 Gyr`); first in a formula that stands
 * apart, before a number, it is "about" (`by $~6\times$` → `by ~6×`).
 *
 * @example
 * ```text
 * at VLSR~100 km/s in plain text → at VLSR~100 km/s in plain text
 * FWHM~10 km/s beside Fig.~2 → FWHM 10 km/s beside Fig. 2
 * The project website can be found at~https://x.io/vae/. → The project website can be found at https://x.io/vae/.
 * More details in the repository ~https://github.com/a/b, with ~30% of it → More details in the repository https://github.com/a/b, with ~30% of it
 * compared to traditional codecs~(H.264, H.265) → compared to traditional codecs (H.264, H.265)
 * see Figure~2, with ~30% of the parameters, (~7%) and 3~5 → see Figure 2, with ~30% of the parameters, (~7%) and 3~5
 * from 8 Mbps~10 Gbps, 7B~13B and 10%~20%, but Types~1 and~2 → from 8 Mbps~10 Gbps, 7B~13B and 10%~20%, but Types 1 and 2
 * for x~0.6, n~500, T~300 K and z~3, but a~2 layer → for x~0.6, n~500, T~300 K and z~3, but a 2 layer
 * 红移z~0.7的星系和（z~1000）, but 如图~1; dust (A_V~0.5 mag), L_bol~5×10^43 and τ_{100 μm}~10, but Table~2 → 红移z~0.7的星系和（z~1000）, but 如图 1; dust (A_V~0.5 mag), L_bol~5×10^43 and τ_{100 μm}~10, but Table 2
 * 低消光（Av~0.2 mag，α~0.147），但使用MedSAM~2和OQ~208 → 低消光（Av~0.2 mag，α~0.147），但使用MedSAM 2和OQ 208
 * slopes (ξ~3.3), h^2Ω_{GW}~2.5 and FWHM_inst~50, but H_{2}~2.12 μm → slopes (ξ~3.3), h^2Ω_{GW}~2.5 and FWHM_inst~50, but H_{2} 2.12 μm
 * w~2020 roku wzrósł o~15 % → w 2020 roku wzrósł o 15 %
 * with g2(0)~40, (S/N)~9 and [X/H]~0, but codecs~(H.264) and (ii)~100% → with g2(0)~40, (S/N)~9 and [X/H]~0, but codecs (H.264) and (ii) 100%
 * SMARTS [#8,#16;D1]~[PD4](a)(~[#8])~[ND2] and [#6]~1~[#6], but see~[3] → SMARTS [#8,#16;D1]~[PD4](a)(~[#8])~[ND2] and [#6]~1~[#6], but see [3]
 * 速度提高约 3 倍（~3×）, 提升~2%, but 如图~1 → 速度提高约 3 倍（~3×）, 提升~2%, but 如图 1
 * 오전 12시~1시 사이, but 그림~1 → 오전 12시~1시 사이, but 그림 1
 * ~Flore_Mekki1;~Andre_Low1 (OpenReview ids), but [3];~[4] and 100장~200장 → ~Flore_Mekki1;~Andre_Low1 (OpenReview ids), but [3]; [4] and 100장~200장
 * such as wav2vec~2.0, but 5GB~10GB → such as wav2vec 2.0, but 5GB~10GB
 * gains (11.9\%~$\uparrow$) and by 68%~(LZ4), but 10%~20% → gains (11.9% ↑) and by 68% (LZ4), but 10%~20%
 * git HEAD~1, PROGRA~1, 2.40~rc1, "~4.17.21", lodash@~4.17.0, a&~b, Q1~Q4, Mon~Fri, A~Z, v1.0~v2.0 → git HEAD~1, PROGRA~1, 2.40~rc1, "~4.17.21", lodash@~4.17.0, a&~b, Q1~Q4, Mon~Fri, A~Z, v1.0~v2.0
 * see www.x.edu/a~b/i.html, doi:10.1000/abc~123 and lm(y~x1+x2) → see www.x.edu/a~b/i.html, doi:10.1000/abc~123 and lm(y~x1+x2)
 * version 1.2.3~beta, 2.3.4~dfsg-1, but 2.5~times, 7~pretrained → version 1.2.3~beta, 2.3.4~dfsg-1, but 2.5 times, 7 pretrained
 * IEC~61850, ROS~2 and an RTX~5090, but HEAD~12 → IEC 61850, ROS 2 and an RTX 5090, but HEAD~12
 * in SemEval-2026 Task~8: MTRAGEval, but 8 Mbps~10 Gbps and 5 min~10min → in SemEval-2026 Task 8: MTRAGEval, but 8 Mbps~10 Gbps and 5 min~10min
 * three of four (3/4~pass), but www.x.io/a~b, 10.1000/abc~123 and q^{1/2}~x → three of four (3/4 pass), but www.x.io/a~b, 10.1000/abc~123 and q^{1/2}~x
 * for Large Language~Models on a Raspberry~Pi, but Beijing~Shanghai, Monday~Friday and Mon~Fri → for Large Language Models on a Raspberry Pi, but Beijing~Shanghai, Monday~Friday and Mon~Fri
 * whereas Claude~Haiku~4.5 idles, but Tokyo~Osaka~Kyoto → whereas Claude Haiku 4.5 idles, but Tokyo~Osaka~Kyoto
 * beyond $10^{21} ~\textrm{W/cm}^2$ and $x_1~ \mathrm{mm}$, but 10^{21} ~W and 3~5 → beyond 10^{21} W/cm^2 and x_1 mm, but 10^{21} ~W and 3~5
 * the value $~\alpha$, $\beta~$, small, $10\,~\mathrm{W}$, $10~\quad\mathrm{W}$, but $\texttt{~/data}$ → the value α, β, small, 10 W, 10 W, but ~/data
 * outperforms Adam by $~6\times$ with a fraction of $~10\%$ ($~55\%$), but $\alpha~5$ → outperforms Adam by ~6× with a fraction of ~10% (~55%), but α 5
 * $10~\enskip\mathrm{W}$, $10\hfill~\mathrm{W}$, $a~\noindent b$ → 10 W, 10 W, a b
 * in the last $\sim1~$Gyr, at $T=40~$mK and $10^{17}~$eV, but $\beta~$, $5~$10 and my $a = 40~$b; → in the last ∼1 Gyr, at T=40 mK and 10^{17} eV, but β, $5~$10 and my $a = 40~$b;
 * a parameter~$\alpha$, 50~$\mu$m, 7~$^\circ$C and $10^{-9}$~$\si{\ohm}$, but from 10~$20\%$ and 5~$10 → a parameter α, 50 μm, 7 °C and 10^{-9} Ω, but from 10~20% and 5~$10
 * 1.182--1.319~{$\mu$}m, a~{$5$}, but 10~{$20\%$} → 1.182--1.319 μm, a 5, but 10~20%
 * 温度从300K~$500$K, 从$10^3$~$10^5$, 5 mm~$10$ mm and 5 times~$10$ times, but Figure~$2$ → 温度从300K~500K, 从10^3~10^5, 5 mm~10 mm and 5 times~10 times, but Figure 2
 * at 1600~Å, 3~μm, 5~°C and [O~III]~λ5007, but ΔB~ΔV; Qwen~3.5~0.8B, but 3~5 GPUs → at 1600 Å, 3 μm, 5 °C and [O~III] λ5007, but ΔB~ΔV; Qwen 3.5 0.8B, but 3~5 GPUs
 * bcftools isec -n~1100 and -c~2, but see Fig.~2 → bcftools isec -n~1100 and -c~2, but see Fig. 2
 * in Phys.~Rev.~Lett. and SIAM~J.~Sci.~Comput.~36, but Mon~Fri and v1.0~v2.0 → in Phys. Rev. Lett. and SIAM J. Sci. Comput. 36, but Mon~Fri and v1.0~v2.0
 * from 18°~25° and 18°C~25°C, but 5~°C → from 18°~25° and 18°C~25°C, but 5 °C
 * C1 (FWHM~10 km/s), C2 (~61 km/s), N_{H_2}~(3-7)×10^{22}, 恒星质量（Mstar~10^7 Msun）, but NGC~628 at ~5 Mpc → C1 (FWHM~10 km/s), C2 (~61 km/s), N_{H_2}~(3-7)×10^{22}, 恒星质量（Mstar~10^7 Msun）, but NGC 628 at ~5 Mpc
 * ALMA~1.3 mm and CO~230 GHz maps of ~50 galaxies, $u$~(2.3), 本文基于Julia~0.6, but (“$~6\times$”) → ALMA 1.3 mm and CO 230 GHz maps of ~50 galaxies, u (2.3), 本文基于Julia 0.6, but (“~6×”)
 * temperatures $\langle T\rangle$~33800 K, $44_{-6}^{+21}$~\% and $10$~\% of LRDs, 约三分之一：RMF~0.31（发现值）, but 使用MedSAM~2 → temperatures ⟨T⟩~33800 K, 44_{-6}^{+21} % and 10 % of LRDs, 约三分之一：RMF~0.31（发现值）, but 使用MedSAM 2
 * O~(ε^{-2}) beside O(ε^{-2}) → O~(ε^{-2}) beside O(ε^{-2})
 * AgentHarm (ICLR~'25) and CUA~'25, but y~'25' and x~'250 → AgentHarm (ICLR '25) and CUA '25, but y~'25' and x~'250
 * a nova extens~ao do SMAT, S~ao Paulo e detec\c{c}~oes → a nova extensão do SMAT, São Paulo e detecções
 * comparados~aos modelos (Fig.~2), et~al. and lm(y~aos+x) → comparados aos modelos (Fig. 2), et al. and lm(y~aos+x)
 * ```
 *
 * @module
 */
import {
  decimalsStart,
  hasCjk,
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
  lineBefore,
  numberStart,
  openingBrace,
  tokenStart,
} from '../scan.js';
import { NAMED_SPACING } from '../tables/spacing.js';
import { type Context, type Rule, single } from '../types.js';
import { insideFormula, opensFormula } from './math-delimiters.js';

/** A year's last two digits after an elision's apostrophe, ending a word (`'25`, not `'25'`). */
const ELIDED_YEAR = /^'\d\d(?![\w'])/;

/** A web address's scheme, right after a `~`. */
const URL_AFTER = /^https?:\/\//;

/**
 * A word of prose (small, or capitalised as a name is: `GitHub`, `Code:`; not a
 * command in capitals, `GET`), then the space before the `~`.
 */
const PROSE_WORD_BEFORE = /(?:^|[\s(])(?:[a-z]{2,}|[A-Z][a-z][A-Za-z]*)(?:[.,;:])? $/;

/**
 * Whether the `~` at `at`, after a space, before a web address, is a tie TeX set there:
 * after a word of prose (`the repository ~https://…`, `Code: ~https://…`), and no `~` glued inside or
 * after the address (a strikethrough's `~https://x.io~`). Not a proxy rule's match operator
 * (`GET ~https://…`), a task's marker (`@acme ~https://…`) nor a comment's (`// ~https`).
 *
 * @example
 * ```ts
 * tiedUrl('in the repository ~https://github.com/a/b.', 18); // true
 * tiedUrl('- [x] ~https://www.x.com~', 6); // false
 * ```
 */
function tiedUrl(text: string, at: number): boolean {
  if (!PROSE_WORD_BEFORE.test(text.slice(Math.max(0, at - 24), at))) return false;
  let end = at + 1;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
  // `~https://x.io~`: the address struck through, its closing `~` glued after it.
  return text.lastIndexOf('~', end - 1) === at;
}

/** Portuguese's nasal endings after a lost `\~`: `ão`, `ãos`, `ões`, `ães`, `ãe`. */
const NASAL_ENDING = /^(?:aos?|oes|aes?)(?![\w+])/;

const NASAL_MEMO = 'tie:lost-tildes';

/**
 * A Portuguese word's stem before its nasal ending: small letters last (or an accent's
 * braced letter, `detec\c{c}`), or one of the one-letter stems `n` and `s` (`n~ao`,
 * `S~ao Paulo`); not a capitals' name (`HEAD~ao`) nor another lone letter (`e~ao`,
 * `y~ae`: a tie, a formula's term).
 */
const NASAL_STEM =
  /(?:[A-Za-z\u00c0-\u00ff][a-z\u00df-\u00ff]|\{[a-z]\}|(?<![A-Za-z\u00c0-\u00ff])[nNsS])$/;

/**
 * Does every `~` of the text stand glued before a Portuguese nasal ending, and no `\~`
 * anywhere: a text whose tilde accents all lost their backslash, with no TeX tie?
 *
 * @example
 * ```ts
 * lostTildes('a nova extens~ao e S~ao Paulo'); // true
 * lostTildes('comparados~aos modelos, see Fig.~2'); // false
 * ```
 */
function lostTildes(text: string): boolean {
  if (text.includes('\\~')) return false;
  for (let k = text.indexOf('~'); k !== -1; k = text.indexOf('~', k + 1)) {
    if (!NASAL_ENDING.test(text.slice(k + 1, k + 5))) return false;
  }
  return true;
}

export const tie: Rule = {
  name: 'tie',
  prefilter: {
    triggers: '~',
    anchors: ['~'],
  },
  match(text, at, ctx) {
    if (at === 0 || text.charCodeAt(at) !== 0x7e) return undefined;
    const before = text.charCodeAt(at - 1);
    // An escaped tilde is an accent's or an escape's (`\~n`, `\~15`), never a tie: its
    // space would leave the backslash alone.
    if (before === 0x5c) return undefined;
    // In a formula `~` is only ever a space: beside a space, a spacing command or the
    // formula's own delimiter (which the text around it spaces) it adds nothing. A home
    // directory's `~/` is a path's (`$\texttt{~/data}$`).
    if (insideFormula(ctx, at)) {
      if (text.charCodeAt(at + 1) === 0x2f) return undefined;
      // First in a formula that stands apart, before a number, it is the author's "about"
      // (`by $~6\times$`, `of $~10\%$`): TeX would print a space, losing what was meant.
      if (before === 0x24 && isDigit(text.charCodeAt(at + 1)) && apartBefore(text, at - 1)) {
        return undefined;
      }
      return single(at, at + 1, quietBeside(text, at) ? '' : ' ');
    }
    // Portuguese's tilde accent that lost its backslash, glued inside a word before a nasal
    // ending (`extens~ao`, `detec\c{c}~ao`, `S~ao Paulo`, `m~aes`): no tie stands inside a
    // word, and no English word goes on so (`et~al.` is a tie). Only in a text whose every
    // `~` is so and that writes no `\~` (beside TeX's ties, `comparados~aos` is "to the"),
    // and not in a path, an address or a formula's term (`x.edu/joao~ao`, `lm(y~aos+x)`).
    // (The letter before may still be an accent's group: `detec\c{c}~ao`.)
    if (
      NASAL_ENDING.test(text.slice(at + 1, at + 5)) &&
      NASAL_STEM.test(text.slice(Math.max(0, at - 12), at)) &&
      ctx.once(NASAL_MEMO, () => lostTildes(text)) &&
      !inName(text, at)
    ) {
      return single(at, at + 2, text[at + 1] === 'a' ? 'ã' : 'õ');
    }
    // After a percentage a `~` starts a range (`10%~20%`), but before a formula, a macro,
    // a word or a bracketed one it ties them (`21.8\%~$\rightarrow$`, `95\%~CL`,
    // `68%~(LZ4)`, `10%~[LZ4]`, not a class, `50%~[a-z]`; a batch file's
    // `%%~$PATH:I` and `%~dp0` are none).
    const next = text.charCodeAt(at + 1);
    // A lone `O` before it and a bracket after: soft-O written in plain text
    // (`O~(ε^{-2})` beside `O(ε^{-2})`, the twelfth audit of stored outputs), no tie.
    if (before === 0x4f && next === 0x28 && !isLetter(text.charCodeAt(at - 2))) return undefined;
    if (
      before === 0x25 &&
      (((next === 0x24 || next === 0x5c) &&
        (isDigit(text.charCodeAt(at - 2)) || text.charCodeAt(at - 2) === 0x5c)) ||
        ((isLetter(next) ||
          (next === 0x28 && isLetter(text.charCodeAt(at + 2))) ||
          (next === 0x5b && BRACKETED_WORD.test(text.slice(at + 1, at + 34)))) &&
          percentage(text, at - 1)))
    ) {
      return single(at, at + 1, ' ');
    }
    // After `;` a `~` ties only what LaTeX puts there (`\cite{x};~\cite{y}`, `[3];~[4]`);
    // OpenReview's ids are `;~Name`.
    if (before === 0x3b && (next === 0x5c || next === 0x5b || next === 0x28 || next === 0x24)) {
      return single(at, at + 1, ' ');
    }
    // Before a formula whose delimiters go it ties a word or a number to it
    // (`parameter~$\alpha$`, `50~$\mu$m`), unless both are numbers: a range
    // (`10~$20\%$`). Once the delimiters are gone the formula's symbol tells nothing.
    if (next === 0x24 && tiedFormula(text, at, before, ctx)) return single(at, at + 1, ' ');
    // So before a group that holds one (`1.319~{$\mu$}m`), whose braces go with it.
    if (
      next === 0x7b &&
      text.charCodeAt(at + 2) === 0x24 &&
      tiedFormula(text, at + 1, before, ctx)
    ) {
      return single(at, at + 1, ' ');
    }
    // Before an escaped percent sign it ties the number or formula before it
    // (`$44_{-6}^{+21}$~\%`): "about" stands before a number, never after one.
    if (
      next === 0x5c &&
      text.charCodeAt(at + 2) === 0x25 &&
      (before === 0x24 || before === 0x7d || isDigit(before))
    ) {
      return single(at, at + 1, ' ');
    }
    // After TeX's escaped ampersand set apart between words it ties them (see
    // {@link ampersandTie}); a bare `&~` is code's (`a&~b`).
    if (before === 0x26 && ampersandTie(text, at)) return single(at, at + 1, ' ');
    if (isSpace(before) || OPENERS.includes(text[at - 1] as string)) {
      // A tie after a space before a web address (`repository ~https://…`): no "about" is
      // that, and the space already stands there.
      return before === 0x20 && URL_AFTER.test(text.slice(at + 1, at + 9)) && tiedUrl(text, at)
        ? single(at, at + 1, '')
        : undefined;
    }
    // Between brackets it is a chemical pattern's any-bond (`[#8;D1]~[PD4]`, `)~[ND2]`).
    if ((before === 0x5d || before === 0x29) && (next === 0x5b || next === 0x28)) return undefined;
    // So is one beside an atom's bracket in such a pattern (`[#6]~1~[#6]`).
    if ((before === 0x5d || next === 0x5b) && smartsToken(text, at)) return undefined;
    // After Chinese or Japanese text or its full-width punctuation (`约 3 倍（~3×）`), `~`
    // is "about" or a range, except after a figure's, table's or section's name (`图~1`).
    if (isCjk(before) && !figureName(text, at)) return undefined;
    // So after a quantity's symbol set in Chinese or Japanese text (right after it, or
    // its number right before it), before a number: one or two letters, Latin or Greek,
    // or a short word that starts with a small one (`低尘埃消光（Av~0.2 mag）`,
    // `（α~0.147）`, `nH~10^11的`), is "about", as such text writes it. A longer word is a
    // LaTeX tie copied with a model's or a catalogue's number (`MedSAM~2`, `NGC~628`,
    // `batch~64`).
    if (isDigit(text.charCodeAt(at + 1)) && isScriptLetter(before) && cjkQuantity(text, at)) {
      return undefined;
    }
    // A variable's value in parentheses, a range or an error (`N_{H_2}~(3-7)×10^{22}`),
    // is "about" too; an equation's number is tied (`$u$~(2.3)`).
    if (
      next === 0x28 &&
      VALUE_IN_PARENTHESES.test(text.slice(at + 1, at + 24)) &&
      afterVariable(text, at, ctx)
    ) {
      return undefined;
    }
    const after = text.charCodeAt(at + 1);
    const fits =
      isLetter(after) ||
      (unitStart(after) && !isLetter(before) && !isGreekOrLatin(before) && unitTie(text, at)) ||
      after === 0x28 ||
      after === 0x5b ||
      after === 0x5c ||
      // A venue's year elided after it (`ICML~'25`, `ACL~'24)`, eval252's b46).
      (after === 0x27 && isLetter(before) && ELIDED_YEAR.test(text.slice(at + 1, at + 5))) ||
      (isDigit(after) && isDigit(before) && tiedNumber(text, at)) ||
      (isDigit(after) &&
        !isDigit(before) &&
        // After a closing bracket it is "about" (`g2(0)~40`, `(S/N)~9`, `[X/H]~0`,
        // `⟨T⟩~33800`), but not after a list's label, which LaTeX ties to its item
        // (`(ii)~$100\%$`).
        ((before !== 0x29 && before !== 0x5d && before !== 0x27e9) || listLabel(text, at)) &&
        !afterQuantity(text, at) &&
        !afterVariable(text, at, ctx) &&
        !namedQuantity(text, at, ctx));
    return fits && !inName(text, at) ? single(at, at + 1, ' ') : undefined;
  },
};

/**
 * Whether `code` may start a unit or a symbol outside ASCII that a tie binds to a
 * number or a bracket before it as it binds a letter: a Latin or Greek letter (`1600~Å`,
 * `3~μm`, `[O~I]~λ6300`) or a unit's sign (`5~°C`, `10~Ω`, `5~℃`). Not after a letter:
 * between two terms it may be "similar" (`ΔB~ΔV`), as `~` between words of one shape is
 * a range.
 *
 * @example
 * ```ts
 * unitStart(0xc5); // true (Å)
 * unitStart(0x4e2d); // false (中)
 * ```
 */
function unitStart(code: number): boolean {
  if (code < 0xc0) return code === 0xb0 || code === 0xb5;
  return isGreekOrLatin(code) || UNIT_SIGNS.includes(String.fromCharCode(code));
}

/**
 * Is the `~` at `at`, before a unit or symbol outside ASCII, no terminal's escape
 * (`\\x1b[200~µ`) and outside Chinese, Japanese or Korean text, where `~` is as often
 * "about" or a range (`温度为300~α`, `0.1~μm의`)?
 *
 * @example
 * ```ts
 * unitTie('at 1600~Å', 7); // true
 * unitTie('温度为300~α的', 6); // false
 * ```
 */
function unitTie(text: string, at: number): boolean {
  const start = decimalsStart(text, at);
  if (text.charCodeAt(start - 1) === 0x5b || isCjk(text.charCodeAt(start - 1))) return false;
  for (let k = at + 1; k < at + 6 && k < text.length; k++) {
    if (isCjk(text.charCodeAt(k))) return false;
  }
  return true;
}

/**
 * A Latin letter with a mark or a Greek letter (U+00C0–U+03FF, but `×` and `÷`).
 *
 * @example
 * ```ts
 * isGreekOrLatin(0x3bc); // true (μ)
 * ```
 */
function isGreekOrLatin(code: number): boolean {
  return code >= 0xc0 && code <= 0x3ff && code !== 0xd7 && code !== 0xf7;
}

/** Units' signs outside Latin-1 and Greek: Ω, Å, ℃, ℉, K (the kelvin sign), ′, ″. */
const UNIT_SIGNS = '\u2126\u212b\u2103\u2109\u212a\u2032\u2033';

/**
 * Whether the `~` at `at`, before a `$`, ties a word, a number, a group or another
 * formula to a formula whose delimiters go: not a number to a number (`10~$20\%$`, a
 * range).
 *
 * @example
 * ```ts
 * tiedFormula('the parameter~$\\alpha$', 13, 0x72, ctx); // true
 * tiedFormula('from 10~$20\\%$', 7, 0x30, ctx); // false
 * ```
 */
function tiedFormula(text: string, at: number, before: number, ctx: Context): boolean {
  if (!(isLetter(before) || isDigit(before) || before === 0x7d || before === 0x24)) return false;
  // A number after a quantity is a range's other end (`300K~$500$K`, `5 mm~$10$ mm`,
  // `$10^3$~$10^5$`), as Chinese and Japanese text writes ranges.
  if (
    /^\{?[\d.+-]/.test(text.slice(at + 2, at + 4)) &&
    /(?:\d\S*|\$|\d\s+\S+)$/.test(text.slice(Math.max(0, at - 24), at))
  ) {
    return false;
  }
  return ctx.enabled('math-delimiters') && opensFormula(text, at + 1, ctx);
}

/**
 * Does the `$` at `at` stand apart: first in the text, or after a space, an opening
 * bracket or an opening quote?
 *
 * @example
 * ```ts
 * apartBefore('by $~6', 3); // true
 * apartBefore('[$~6', 1); // true
 * apartBefore('x$~6', 1); // false
 * ```
 */
function apartBefore(text: string, at: number): boolean {
  return at === 0 || isSpace(text.charCodeAt(at - 1)) || OPENING.includes(text[at - 1] as string);
}

/** Brackets and quotes that open: a formula after one stands apart. */
const OPENING = '([{“‘"\'';

/**
 * Does a space, a spacing command (`\,`, `\quad`) or a formula's delimiter (`$`, `\(`,
 * `\)`) stand right beside the `~` at `at`?
 *
 * @example
 * ```ts
 * quietBeside('$10 ~W$', 4); // true (a space before)
 * quietBeside('$10\\,~W$', 6); // true (a thin space before)
 * quietBeside('$x~y$', 2); // false
 * ```
 */
function quietBeside(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const next = text.charCodeAt(at + 1);
  if (isSpace(before) || isSpace(next)) return true;
  // The delimiter is spaced by the text, unless a word is glued to it (`$\sim1~$Gyr`).
  if (before === 0x24) return !isWordChar(text.charCodeAt(at - 2));
  if (next === 0x24) return !isWordChar(text.charCodeAt(at + 2));
  // A command before: `\,~`, `\(~`, `\quad~`; after: `~\,`, `~\)`, `~\quad`.
  if (text.charCodeAt(at - 2) === 0x5c && SPACING_MARKS.includes(text[at - 1] as string)) {
    return true;
  }
  const name = lettersStart(text, at, 10);
  if (name < at && text.charCodeAt(name - 1) === 0x5c && printsSpace(text.slice(name, at))) {
    return true;
  }
  if (next !== 0x5c) return false;
  const mark = text[at + 2] as string;
  return (
    SPACING_MARKS.includes(mark) ||
    mark === ')' ||
    printsSpace(text.slice(at + 2, lettersEnd(text, at + 2)))
  );
}

/** What follows a backslash in a thin, medium, thick or control space, or opens `\(`. */
const SPACING_MARKS = ',;: !(';

/**
 * Whether a named spacing command prints a space (`\quad`, `\enskip`, `\hfill`), not
 * nothing (`\negthinspace`, `\noindent`): the table `escapes` reads them with.
 *
 * @example
 * ```ts
 * printsSpace('enskip'); // true
 * printsSpace('noindent'); // false
 * ```
 */
function printsSpace(name: string): boolean {
  return Object.hasOwn(NAMED_SPACING, name) && NAMED_SPACING[name] === ' ';
}

/**
 * Does the `~` at `at`, right after TeX's escaped ampersand, tie two words
 * (`verification~\\&~validation`, the two-hundred-and-thirteenth blind set's)? The
 * `\\&` is set apart: a space or a tie before it, after a word, a number, `.` or `-`.
 * After the `~` a small letter, or a capitalised word or one capital after a word with a
 * capital (`Research~\\&~Development`, `Q~\\&~A`; not `flags \\&~Mask`). Never on a line
 * of code: an assignment's `=` outside a formula, a shell's or an editor's substitution
 * (`sed 's/a/b \\&~c/'`, `x = a \\&~b;`), and before a capital a statement's `;`
 * (`x++; return Flags \\&~Mask;`). Reviews 132 to 138 drew these lines. The cheap tests
 * come first: this runs at every `~` after an `&`, the line's only at an escaped one.
 *
 * @example
 * ```ts
 * ampersandTie('verification~\\&~validation', 15); // true
 * ampersandTie("sed 's/a/b \\&~c/'", 13); // false
 * ```
 */
function ampersandTie(text: string, at: number): boolean {
  if (text.charCodeAt(at - 2) !== 0x5c) return false;
  const gap = text.charCodeAt(at - 3);
  if (!isSpace(gap) && gap !== 0x7e) return false;
  if (!isWordChar(text.charCodeAt(at - 4)) && !'.-'.includes(text[at - 4] ?? ' ')) return false;
  const next = text.charCodeAt(at + 1);
  const capitalised = isUpper(next) && !isUpper(text.charCodeAt(at + 2));
  if (!isLower(next) && !capitalised) return false;
  const line = lineBefore(text, at, 80);
  if (
    /=|\b(?:sed|perl|awk|vim?|echo|printf)\b|\bs([/|,#])[^ ]*\1/.test(
      line.replace(/\$[^$]*\$/g, ''),
    )
  ) {
    return false;
  }
  return (
    isLower(next) ||
    (/\p{Lu}/u.test(text.slice(wordBefore(text, at - 3), at - 3)) && !line.includes(';'))
  );
}

/**
 * Where the word that ends right before `end` starts (after a space or a tie, 40
 * characters back at most): `GPT-4` in `GPT-4~\\&~Claude`.
 *
 * @example
 * ```ts
 * wordBefore('GPT-4~\\&', 5); // 0
 * ```
 */
function wordBefore(text: string, end: number): number {
  let k = end;
  while (k > 0 && k > end - 40 && !isSpace(text.charCodeAt(k - 1)) && text[k - 1] !== '~') k--;
  return k;
}

/**
 * Is the `~` at `at` part of a name or a range rather than a tie? A version or a
 * revision (`2.40~rc1`, `HEAD~1`, `PROGRA~1`), or the same shape of word on both sides
 * (`Q1~Q4`, `Mon~Fri`, `A~Z`, `v1.0~v2.0`: a range).
 *
 * @example
 * ```ts
 * inName('git HEAD~1', 8); // true
 * inName('see Figure~2', 10); // false
 * inName('Phys.~Rev.', 5); // false
 * ```
 */
function inName(text: string, at: number): boolean {
  // A path, a URL or a DOI without its scheme (`www.x.io/a~b`, `doi:10.1/abc~1`), or a
  // model formula (`lm(y~x1+x2)`); a bare fraction's slash is none (`(1/4~pass)`), one
  // in a script is (`q^{1/2}~\theta`).
  const token = text.slice(tokenStart(text, at, 39), at);
  if (/[/:]/.test(token) && !/^[([]?\d+\/\d+$/.test(token)) return true;
  if (/^\w+\+/.test(text.slice(at + 1, at + 24))) return true;
  // An editor's numbered backup (`init.el.~1~`, Emacs's): a number between tildes.
  if (/^\d+~/.test(text.slice(at + 1, at + 8))) return true;
  // A git revision: one end of a range (`main~2..main~1`, `HEAD~1..HEAD~3`), or a name and
  // its count on a git command's line (`git checkout feature~1`, review134).
  // (A ref's name after the range's dots, not a page range's number, `pages~12..15`, nor an
  // ellipsis, `C...~[12]`, review135.)
  if (/^\d+\.\.[A-Za-z]/.test(text.slice(at + 1, at + 14))) return true;
  if (/(?<!\.)\.\.[A-Za-z][\w./-]*$/.test(token)) return true;
  if (isDigit(text.charCodeAt(at + 1)) && gitRevision(lineBefore(text, at, 120))) return true;
  const left = shape(text, at, -1);
  const right = shape(text, at + 1, 1);
  // A version's suffix (`~rc1`, `1.2.3~beta`, `2.3.4~dfsg`) after a number, or a
  // revision after a capitals' name.
  if (left.endsWith('9') && /^a+9/.test(right)) return true;
  if (
    left.endsWith('9') &&
    /^(?:alpha|beta|pre|dev|dfsg|git|deb|ubuntu|bpo)(?![a-z])/.test(text.slice(at + 1, at + 8))
  ) {
    return true;
  }
  // A revision counts back a little after git's `HEAD` or a DOS short name's six
  // capitals (`HEAD~1`, `PROGRA~1`); another name's number is a tie (`ROS~2`,
  // `IEC~61850`, `RTX~5090`).
  if (/^A+$/.test(left) && right.startsWith('9')) {
    const name = text.slice(Math.max(0, at - 6), at);
    return /(?:^|[^A-Z])HEAD$|^[A-Z]{6}$/.test(name) && !/^\d{3}/.test(text.slice(at + 1, at + 4));
  }
  if (left === 'Aa' && right === 'Aa') return !titleWords(text, at);
  // An abbreviation's period ends no range's first word: a journal's name (`Phys.~Rev.`,
  // `Sci.~Comput.`) is tied.
  if (/[Aa]\.$/.test(left)) return false;
  return left === right && /[A9]/.test(left);
}

/**
 * Are the capitalised words around the `~` at `at` a tie rather than a range? A tie
 * joins a name's short part (`Raspberry~Pi`: one side of two letters or fewer, the
 * other of four or more; a surname's particle before any, `Le~Cam`) or a title's words (`Large Language~Models`,
 * `Vision-Language~Models`: a third capitalised word of a phrase before them). A range
 * runs between places, days, months, seasons or directions written alone
 * (`Beijing~Shanghai`, `Mon~Fri`, `North~South`); a chain of ties ending in a version
 * is a model's name (`Claude~Haiku~4.5`), and one of places a route (`Tokyo~Osaka~Kyoto`). Whole words only, not pieces of an
 * identifier (`Speed_Mbps~Service_Provider`); a possessive may follow (`Model’s`).
 *
 * @example
 * ```ts
 * titleWords('Large Language~Models', 14); // true
 * titleWords('from Beijing~Shanghai', 12); // false
 * titleWords("by Le~Cam's lemma", 5); // true
 * ```
 */
function titleWords(text: string, at: number): boolean {
  const start = lettersStart(text, at, 16);
  const end = lettersEnd(text, at + 1);
  // Words, not pieces of an identifier or a formula (`Speed_Mbps~Service_Provider`).
  const opener = text.charCodeAt(start - 1);
  if (!(start === 0 || isSpace(opener) || opener === 0x2d)) return false;
  if (!(end === text.length || /[\s,.;:!?)'’~]/.test(text[end] as string))) return false;
  const left = text.slice(start, at);
  const right = text.slice(at + 1, end);
  if (CALENDAR.test(left) || CALENDAR.test(right)) return false;
  // A chain of ties ending in a version is a model's name (`Claude~Haiku~4.5`); a range
  // has two ends, and places in a row are a route (`Tokyo~Osaka~Kyoto`).
  if (text.charCodeAt(end) === 0x7e && isDigit(text.charCodeAt(end + 1))) return true;
  // A surname's particle ties its name, however short (`Le~Cam's lemma`).
  if (PARTICLES.has(left)) return true;
  const short = Math.min(left.length, right.length);
  if (short <= 2) return Math.max(left.length, right.length) >= 4;
  return phraseBefore(text, start - 1);
}

/**
 * Does a capitalised word of a title's phrase end right before `at` (a space or a
 * hyphen)? Not a sentence's first function word (`The North~South gradient`).
 *
 * @example
 * ```ts
 * phraseBefore('Large Language', 5); // true
 * phraseBefore('The North', 3); // false
 * ```
 */
function phraseBefore(text: string, at: number): boolean {
  const start = lettersStart(text, at, 16);
  const word = text.slice(start, at);
  return word.length >= 2 && isUpper(text.charCodeAt(start)) && !STARTERS.has(word);
}

/** Capitalised words that start sentences, not titles. */
const STARTERS = new Set([
  'The',
  'This',
  'These',
  'That',
  'Those',
  'Our',
  'We',
  'In',
  'On',
  'For',
  'With',
  'From',
  'And',
  'Its',
  'An',
  'As',
  'At',
  'By',
  'To',
  'Of',
  'It',
  'Both',
  'All',
  'Each',
  'Between',
]);

/**
 * Particles that open a surname (`Le Cam`, `Van Vleck`, `De Giorgi`): none an element's
 * symbol, a number's or a word a range names (`La~Lu`, `Al~Cu`, `Ten~Twenty`, `Mac~Linux`
 * are ranges, review130).
 */
const PARTICLES: ReadonlySet<string> = new Set('Le De Du Des Del Della Van Von'.split(' '));

/** Words of prose that no git command line holds between the command and a revision. */
const PROSE_WORDS: ReadonlySet<string> = new Set(
  'the a an of in on as is are was were be from to for with and or data we our that this these shown see conflicts results'.split(
    ' ',
  ),
);

/** A word that names a revision: a count or a range, a path, a hash, a tag. */
const REVISION_LIKE = /[~^/@]|\.\.|^[0-9a-f]{7,40}$|^v\d/;

/** A git command that takes revisions. */
const GIT_COMMAND =
  /(?:^|[\s`$>])git (?:diff|log|show|checkout|switch|rebase|reset|revert|cherry-pick|branch|merge|bisect|format-patch|rev-parse|blame|stash)(?= )/g;

/**
 * Does `line` (what stands before a `~`) run git on the revision that ends it: the
 * command, then its arguments (flags and their values, other revisions, paths) up to the
 * revision's name, no clause's punctuation among them (`git rebase -i main`, `git diff
 * main~2 main`, review136); not prose after a git command (`git merge fails; about`,
 * `git log on 300 projects, Table`, review135)?
 *
 * @example
 * ```ts
 * gitRevision('git log -n 5 main'); // true
 * gitRevision('Using git log on 300 projects, Table'); // false
 * ```
 */
function gitRevision(line: string): boolean {
  let after = -1;
  for (const match of line.matchAll(GIT_COMMAND)) after = (match.index ?? 0) + match[0].length;
  if (after < 0) return false;
  const rest = line.slice(after);
  const words = rest.split(' ').filter((word) => word !== '');
  if (words.length === 0 || /[;()]|[.,:!?](?:\s|$)/.test(rest)) return false;
  // The arguments before the revision: flags, their values and revisions aside, at most
  // five, and none of prose's words (`git blame data from 40 projects in Table`,
  // review137; a flag's value or the revision may be any name, `git checkout -B data
  // main`, review138).
  let others = 0;
  for (let k = 0; k < words.length - 1; k++) {
    const word = words[k] as string;
    if (word.startsWith('-') || words[k - 1]?.startsWith('-')) continue;
    if (PROSE_WORDS.has(word.toLowerCase())) return false;
    // (Other revisions are no prose: `git log main~1 main~2 … main~6`, commits' hashes,
    // tags, review139.)
    if (!REVISION_LIKE.test(word) && ++others > 5) return false;
  }
  return true;
}

/** Days, months, seasons and directions, whole or cut short (`Mon`, `Sept`): a range's words. */
const CALENDAR =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*$|^(?:Spring|Summer|Autumn|Fall|Winter|North|South|East|West)$/;

/**
 * The shape of the word that ends before `from` (`step` -1) or starts at it (`step` 1):
 * capitals as `A`, small letters as `a`, digits as `9`, each run as one.
 *
 * @example
 * ```ts
 * shape('ResNet18~', 8, -1); // 'AaAa9'
 * ```
 */
function shape(text: string, from: number, step: number): string {
  let out = '';
  for (let k = step < 0 ? from - 1 : from, n = 0; n < 16; k += step, n++) {
    const code = text.charCodeAt(k);
    const kind = isDigit(code)
      ? '9'
      : isUpper(code)
        ? 'A'
        : isLetter(code)
          ? 'a'
          : code === 0x2e
            ? '.'
            : '';
    if (kind === '') break;
    if (step < 0 ? out[0] !== kind : out[out.length - 1] !== kind)
      out = step < 0 ? kind + out : out + kind;
  }
  return out;
}

/**
 * Does a number tied to a name end right before the `~` at `at`, before a model's size
 * (`Qwen~3.5~0.8B`, `Llama~3.1~8B`)? Then the size is the name's too, tied as the first
 * number was; a number alone before a `~` starts a range (`3~5 GPUs`), and so may a
 * tied one before a bare number (`pH~6.5~7`).
 *
 * @example
 * ```ts
 * tiedNumber('Qwen~3.5~0.8B', 8); // true
 * tiedNumber('uses 3~5 GPUs', 6); // false
 * tiedNumber('at pH~6.5~7', 9); // false
 * ```
 */
function tiedNumber(text: string, at: number): boolean {
  const k = decimalsStart(text, at);
  if (k < 2 || text.charCodeAt(k - 1) !== 0x7e || !isLetter(text.charCodeAt(k - 2))) return false;
  // The second a model's size (`0.8B`, `8B`, `70b`): a tied decimal before a bare number
  // may start a range (`pH~6.5~7`, `Table~3.2~4`).
  return SIZE.test(text.slice(at + 1, at + 12));
}

/** Signs that are a number's unit, glued after it: degrees, minutes, seconds, per mille. */
const SIGN_UNITS = '°′″‰℃℉';

/** A model's size: a number and a magnitude (`0.8B`, `70b`, `1.5M`), no letter after. */
const SIZE = /^\d+(?:\.\d+)?[BbMKk](?![A-Za-z])/;

/**
 * Does a quantity end right before the `~` at `at` (`8 Mbps~10 Gbps`, `7B~13B`,
 * `10%~20%`)? Then a `~` before a number is a range, not a tie.
 *
 * @example
 * ```ts
 * afterQuantity('8 Mbps~10 Gbps', 6); // true
 * afterQuantity('阴(18°~25°)', 5); // true
 * afterQuantity('Figure~2', 6); // false
 * afterQuantity('Types~1 and~2', 11); // false
 * afterQuantity('SemEval-2026 Task~8: X', 17); // false
 * ```
 */
function afterQuantity(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (before === 0x25) return true;
  // A number's sign of its own (`18°~25°`, `5′~10′`, `20℃~30℃`).
  if (SIGN_UNITS.includes(text[at - 1] as string)) return isDigit(text.charCodeAt(at - 2));
  if (!isLetter(before)) return false;
  const start = lettersStart(text, at, 8);
  if (at - start > 6) return false;
  const previous = text.charCodeAt(start - 1);
  // A scale after a degree (`18°C~25°C`).
  if (previous === 0xb0) return isDigit(text.charCodeAt(start - 2));
  // A unit glued to its number (`5GB~10GB`), not a name with a digit inside (`wav2vec~2.0`).
  if (isDigit(previous)) return !isLetter(text.charCodeAt(decimalsStart(text, start) - 1));
  // A word that joins (`Types~1 and~2`, `1 to~3`) is no unit.
  if (JOINERS.has(text.slice(start, at))) return false;
  // A unit spaced from its number makes a range only with a unit after the other number
  // too (`8 Mbps~10 Gbps`); a year before a name's number is no quantity
  // (`SemEval-2026 Task~8:`).
  return (
    previous === 0x20 &&
    isDigit(text.charCodeAt(start - 2)) &&
    /^\d+(?:\.\d+)? ?\p{L}/u.test(text.slice(at + 1, at + 24))
  );
}

/**
 * Is the `%` at `at` a percentage's: escaped for TeX (`95\\%`), or after a number that
 * stands alone (`95%`)? A batch file's modifiers end in a digit too (`%~dp0%~n0`), glued
 * after their letters.
 *
 * @example
 * ```ts
 * percentage('at 95%~CL', 5); // true
 * percentage('"%~dp0%~n0.ps1"', 6); // false
 * ```
 */
function percentage(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) === 0x5c) return true;
  const start = numberStart(text, at);
  return (
    start < at && !isWordChar(text.charCodeAt(start - 1)) && text.charCodeAt(start - 1) !== 0x7e
  );
}

/**
 * Is the word before the `~` at `at` a quantity's name (`FWHM~10 km/s`, `Mstar~10^7
 * Msun`; {@link QUANTITY_NAMES}) before a number and its unit, in a text that writes `~`
 * for "about" elsewhere (`(~61 km/s)`), holds Chinese or Japanese, or holds no TeX at
 * all (no backslash, dollar or other `~`: `at VLSR~100 km/s`)? Then it is "about" too.
 * An instrument's, a line's or a catalogue's name is tied to its number, unit or not (`ALMA~1.3 mm`, `CO~230 GHz`, `NGC~628`).
 *
 * @example
 * ```ts
 * namedQuantity('FWHM~10 km/s; C2 (~61 km/s)', 4, ctx); // true
 * namedQuantity('FWHM~10 km/s in $z$', 4, ctx); // false (TeX, no "about" elsewhere)
 * namedQuantity('at VLSR~100 km/s.', 7, ctx); // true (no TeX)
 * namedQuantity('ALMA~1.3 mm and ~50 galaxies', 4, ctx); // false (an instrument)
 * namedQuantity('at z~1-4 with LIR~1e11-1e13Lo', 17, ctx); // true
 * namedQuantity('与VLSR~100 km/s的', 5, ctx); // true (glued after Chinese)
 * ```
 */
function namedQuantity(text: string, at: number, ctx: Context): boolean {
  const start = lettersStart(text, at, 7);
  // Glued after Chinese or Japanese, which spaces no words, it is still the name
  // (`与VLSR~100 km/s`); after a Latin letter it is part of another word.
  const before = text.charCodeAt(start - 1);
  if (!QUANTITY_NAMES.has(text.slice(start, at)) || (isWordChar(before) && !isCjk(before))) {
    return false;
  }
  if (!QUANTITY_AFTER.test(text.slice(at + 1, at + 40))) return false;
  return ctx.once(ABOUT_MEMO, () => ABOUT_SIGN.test(text) || hasCjk(text) || plainText(text));
}

/**
 * A text with no TeX: no backslash, no dollar, and no `~` that ties as TeX's do, after
 * an abbreviation's period or before a word or a bracket (`Fig.~2`, `Section~(3)`,
 * `the~model`); other quantities' "about" may stand beside it (`VLSR~100 km/s and
 * FWHM~20 km/s`).
 *
 * @example
 * ```ts
 * plainText('at VLSR~100 km/s.'); // true
 * plainText('VLSR~100 km/s and FWHM~20 km/s'); // true
 * plainText('FWHM~10 km/s (Fig.~2)'); // false
 * ```
 */
function plainText(text: string): boolean {
  return !/[\\$]|\.~|~[A-Za-z([]/.test(text);
}

/** Quantities astronomers and physicists name in capitals or glued letters. */
const QUANTITY_NAMES: ReadonlySet<string> = new Set(
  'FWHM FWZI EW SFR sSFR MBH Mbh Mstar Mdyn Mgas Mdust Mhalo Mvir Rvir Reff Teff Tdust Tkin Tex Lbol LIR SNR NH VLSR vLSR Vlsr'.split(
    ' ',
  ),
);

/** A range or a value and its error in parentheses: `(3-7)`, `(0.5–2.5)`, `(5±1)`. */
const VALUE_IN_PARENTHESES = /^\(\d+(?:\.\d+)?\s?[-–±]\s?\d/;

/** A number (a decimal, a power, a range) and an astronomer's or a physicist's unit. */
const QUANTITY_AFTER =
  /^\d+(?:\.\d+)?(?:[eE][-+]?\d+|\^\{?-?\d+\}?|\s?×\s?10\^\{?-?\d+\}?)?(?:\s?[-–]\s?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)?\s?(?:km\/s|km s|mag|K|[MLZ]_?(?:sun|⊙|o)|k?pc|Mpc|AU|au|[kMGT]?eV|[kMG]?Hz|cm|mm|μm|nm|Å|arcsec|dex|[GMk]?yr|erg|m?Jy)(?![A-Za-z]|-[A-Za-z])/;

/**
 * A `~` for "about": after the text's start, a space, a bracket, a comma or a semicolon,
 * or after a one-letter variable there (`at z~1-4`; not the article, `a~2`).
 */
const ABOUT_SIGN = /(?:^|[\s(（，,;])[b-zA-Z]?~\d/;

const ABOUT_MEMO = 'tie:about';

/**
 * Is the word before the `~` at `at` one letter, a variable (`x~0.6`, `n~500`,
 * `T~300 K`; glued after Chinese or Japanese text too, `红移z~0.7`), or a variable with a
 * script (`A_V~0.5 mag`, `L_bol~5×10^43`, `τ_{100 μm}~10`)? Then `~` before a number
 * means "about": no one ties a lone letter to a number in prose.
 *
 * @example
 * ```ts
 * afterVariable('for x~0.6', 5, ctx); // true
 * afterVariable('Step~2', 4, ctx); // false
 * afterVariable('S&P~500', 3, ctx); // false
 * afterVariable('w~2020 roku wzrósł o~15 %', 1, ctx); // false
 * afterVariable('galaxies at z~3', 13, ctx); // true
 * afterVariable('isec -n~1100', 7, ctx); // true
 * afterVariable('红移z~0.7的星系', 3, ctx); // true
 * afterVariable('dust ($A_V$~0.5 mag)', 11, ctx); // false, but true once the dollars go
 * ```
 */
function afterVariable(text: string, at: number, ctx: Context): boolean {
  const letter = text[at - 1] as string;
  if (scriptedVariable(text, at)) return true;
  // A Greek letter alone is a variable in any text (`(α~0.147)`, `ξ~3.3`).
  if (isScriptLetter(text.charCodeAt(at - 1)) && !isLetter(text.charCodeAt(at - 1))) {
    return at === 1 || !isWordChar(text.charCodeAt(at - 2));
  }
  if (!isLetter(text.charCodeAt(at - 1))) return false;
  // A word of one letter: after a space, a bracket or the start (`S&P~500` is a name);
  // or a command line's short option (`bcftools isec -n~1100`, bcftools' "exactly").
  const before = text.charCodeAt(at - 2);
  if (before === 0x2d && (at === 2 || isSpace(text.charCodeAt(at - 3)))) return true;
  if (!(at === 1 || variableStart(before))) return false;
  // One-letter words are tied to a whole number: the article (`a~2 layer`) and, in
  // Czech, Slovak or Polish text, those languages' prepositions and conjunctions
  // (`w~2020 roku wzrósł o~15 %`). Elsewhere those letters are variables: an
  // astronomer's redshift is "about" 3 (`galaxies at z~3`).
  const word =
    ENGLISH_ONE_LETTER_WORDS.includes(letter) ||
    (SLAVIC_ONE_LETTER_WORDS.includes(letter) &&
      // Once a pass: a text of many ties asks at each.
      ctx.once(SLAVIC_MEMO, () => slavicText(text)));
  return !(word && !/^\d+\.\d/.test(text.slice(at + 1, at + 12)));
}

/**
 * Whether a variable may start after `code`: a space, an opening bracket, or Chinese or
 * Japanese text and its full-width punctuation, which set no space before a Latin letter
 * (`在z~2时`, `（z~1000）`).
 *
 * @example
 * ```ts
 * variableStart(0x5728); // true (在)
 * variableStart(0x26); // false (&: `S&P~500` is a name)
 * ```
 */
function variableStart(code: number): boolean {
  return isSpace(code) || code === 0x28 || code === 0x5b || isCjk(code);
}

/**
 * Whether a variable with a script ends at the `~` at `at`: a letter, Latin or Greek (a
 * name's last, `FWHM_inst`, or after a factor, `h^2Ω_{GW}`; no macro's), then `_` or `^`
 * and letters (`A_V`, `L_bol`, `T_eff`) or a braced group of no digits alone (`τ_{100
 * μm}`, `T_{kin}`, `M_{⋆}`). A script of digits is a molecule's (`H_2~2.12 μm`,
 * `H_{2}~2.12 μm`: the line's name, tied).
 *
 * @example
 * ```ts
 * scriptedVariable('dust (A_V~0.5 mag)', 9); // true
 * scriptedVariable('a torus with τ_{100 μm}~10', 23); // true
 * scriptedVariable('the H_2~2.12 μm line', 7); // false
 * ```
 */
function scriptedVariable(text: string, at: number): boolean {
  let mark = at - 1;
  if (text.charCodeAt(mark) === 0x7d) {
    // Back to its `{` within reach, no group inside, and a letter in it (`H_{2}` is a
    // molecule's).
    const open = openingBrace(text, mark, 25);
    if (open < 0 || /^\d+$/.test(text.slice(open + 1, mark))) return false;
    mark = open - 1;
  } else {
    let start = at;
    while (start > at - 8 && isScriptLetter(text.charCodeAt(start - 1))) start--;
    if (start === at) return false;
    mark = start - 1;
  }
  const script = text.charCodeAt(mark);
  if (script !== 0x5f && script !== 0x5e) return false;
  const base = text.charCodeAt(mark - 1);
  // The base is a letter: a variable's, a name's (`FWHM_inst`, `max_i`) or after a factor
  // (`h^2Ω_{GW}`); not a macro's name (`\\alpha_i`, which its rule reads first).
  const name = lettersStart(text, mark, 12);
  return isScriptLetter(base) && text.charCodeAt(name - 1) !== 0x5c;
}

/** A Latin or Greek letter (`ϵ`, `ϕ` too): what a variable and its script are written in. */
function isScriptLetter(code: number): boolean {
  return isLetter(code) || isGreek(code) || (code >= 0x3d0 && code <= 0x3f6);
}

/**
 * Whether the word before the `~` at `at` is a quantity's symbol set in Chinese or
 * Japanese text: one or two letters (two capitals only before a number with a decimal, a
 * power or a range: `OQ~208` is a source's name), four at most starting with a small
 * one, or five capitals at most before a value below one (`RMF~0.31`; not a version,
 * `Julia~0.6`), with such text a few words
 * before it on its line or right after the number that follows.
 *
 * @example
 * ```ts
 * cjkQuantity('消光（Av~0.2 mag）', 5); // true
 * cjkQuantity('使用MedSAM~2模型', 8); // false
 * ```
 */
function cjkQuantity(text: string, at: number): boolean {
  let start = at;
  while (start > at - 6 && isScriptLetter(text.charCodeAt(start - 1))) start--;
  const length = at - start;
  if (isScriptLetter(text.charCodeAt(start - 1))) return false;
  // (A longer word only before a value below one, `RMF~0.31`: no name's number.)
  if (length > 2 && (length > 4 || isUpper(text.charCodeAt(start)))) {
    // (Capitals only: a name is a version's, `Julia~0.6`, `Flask~0.12`.)
    const capitals = /^[A-Z]+$/.test(text.slice(start, at));
    if (length > 5 || !capitals || !/^0\.\d/.test(text.slice(at + 1, at + 4))) return false;
  }
  // Two capitals before a whole number name a source or a catalogue's entry (`OQ~208`,
  // `PG~1553`); a quantity's value has a decimal, a power or a range (`AV~0.5`).
  if (length === 2 && isUpper(text.charCodeAt(start)) && isUpper(text.charCodeAt(start + 1))) {
    if (/^\d+(?![\d.^×±-])/.test(text.slice(at + 1, at + 12))) return false;
  }
  // (Within a few words back on the line: `（ΔR~1000 AU, nH~10^11 cm^-3）`.)
  for (let k = start - 1; k >= 0 && k > start - 30 && text.charCodeAt(k) !== 0x0a; k--) {
    if (isCjk(text.charCodeAt(k))) return true;
  }
  let end = at + 1;
  while (end < at + 24 && /[\d.^×±{}+-]/.test(text[end] ?? '')) end++;
  return isCjk(text.charCodeAt(end));
}

/**
 * Is the token around the `~` at `at` (its run of non-space characters) a chemical
 * pattern with an atom's bracket (`[#6]~1~[#6]`)?
 *
 * @example
 * ```ts
 * smartsToken('[#6]~1~[#6] ring', 4); // true
 * smartsToken('see~[3], then [#6]', 3); // false
 * ```
 */
function smartsToken(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && at - start < 40 && !isSpace(text.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < text.length && end - at < 40 && !isSpace(text.charCodeAt(end))) end++;
  return /\[#\d/.test(text.slice(start, end));
}

/**
 * Does a list's label end right before the `~` at `at`: `(i)`, `(iii)`, `(a)`, `(2)`,
 * standing alone (not a function's argument, `g2(0)`)?
 *
 * @example
 * ```ts
 * listLabel('and (iii)~12.1%', 9); // true
 * listLabel('of g2(0)~40', 8); // false
 * ```
 */
function listLabel(text: string, at: number): boolean {
  return /(?:^|[\s,;:])\((?:[ivx]{1,4}|[a-z]|\d{1,2})\)$/.test(text.slice(Math.max(0, at - 9), at));
}

/** Words of one letter in English (`vlna` ties Czech, Slovak and Polish ones too). */
const ENGLISH_ONE_LETTER_WORDS = 'aAI';

/** Words of one letter in Czech, Slovak and Polish, but not in English. */
const SLAVIC_ONE_LETTER_WORDS = 'iouvwzyOUVWZY';

/**
 * Is `text` Czech, Slovak or Polish: one of their common small words (`roku`, `się`,
 * `jsou`, `letech`; in small letters, or a capital first: `DLA` is an astronomer's
 * absorber), or a word in small letters with a letter of their own alphabets
 * (`wzrosły`; names, `Dvořák and Šťastný`, start with a capital)?
 *
 * @example
 * ```ts
 * slavicText('w~2020 roku na grupie'); // true
 * slavicText('Following Dvořák et al., at z~6'); // false
 * ```
 */
function slavicText(text: string): boolean {
  return SLAVIC_WORD.test(text) || SLAVIC_LETTER_WORD.test(text);
}

const SLAVIC_MEMO = 'tie:slavic';

/** Small words of Czech, Slovak and Polish that English and the Romance languages lack. */
const SLAVIC_WORD =
  /(?<!\p{L})(?:[Ss]ię|[Żż]e|[Jj]est|[Oo]raz|[Dd]la|[Pp]rzez|[Jj]ako|roku|[Kk]tóry|[Kk]tóra|[Kk]tóre|[Pp]rzy|[Ll]ub|[Tt]ylko|[Tt]akże|grupie|[Jj]sou|[Tt]aké|[Nn]ení|[Pp]ři|[Nn]ebo|letech|[Pp]odle|[Mm]ezi|roce|[Jj]eho|[Jj]ejich)(?!\p{L})/u;

/**
 * A word in small letters with a letter of Czech's, Slovak's or Polish alphabet that
 * English text does not use.
 */
const SLAVIC_LETTER_WORD = /(?<!\p{L})[a-zà-öø-ÿąćęłńśźżčďěĺľňŕřšťůž]*[ąćęłńśźżčďěĺľňŕřšťůž]/u;

/**
 * Does the name of a figure, table, equation or section end at `at` (`图~1`, `表~2`,
 * `그림~1`): a tie there, as ctex and kotex users write it?
 *
 * @example
 * ```ts
 * figureName('见图~1', 2); // true
 * figureName('12시~1시', 3); // false
 * ```
 */
function figureName(text: string, at: number): boolean {
  if ('图表式节章'.includes(text[at - 1] as string)) return true;
  // `표` after a number is a counter (`10표~20표`), as `장` is: a range.
  return (
    text.startsWith('그림', at - 2) || (text[at - 1] === '표' && !isDigit(text.charCodeAt(at - 2)))
  );
}

/** Words that join numbers, not units: a `~` after them is a tie. */
const JOINERS = new Set(['and', 'or', 'to', 'vs', 'nor', 'of', 'in', 'on', 'at', 'by', 'for']);

/** After these, a `~` starts something ("(~7%)", "/~user") rather than tying a word. */
const OPENERS = '([{/~=<>$:;+-*"\'@&|%`“‘';

/** A word in brackets, as a name is bracketed (`[LZ4]`), not a pattern's class (`[a-z]`). */
const BRACKETED_WORD = /^\[[A-Za-z][A-Za-z\d.+ ]{0,30}\]/;
