/**
 * `accents`: LaTeX accent commands on a letter, with or without braces, become the
 * accented letter (composed by Unicode NFC from the letter and a combining mark).
 *
 * @example
 * ```text
 * Fr'echet and Painlev'e, but the Chang'e-3 mission → Fréchet and Painlevé, but the Chang'e-3 mission
 * we find that text na\"ively → we find that text naïvely
 * compared to a na\"ive → compared to a naïve
 * Schr\"{o}dinger, G\'{e}rard, {\"U}ber, na\"{\i}ve, \v{C}ech → Schrödinger, Gérard, Über, naïve, Čech
 * the {\L}ojasiewicz inequality, {\O}stergaard, Gau{\ss} → the Łojasiewicz inequality, Østergaard, Gauß
 * a {\Delta}Energy term, the author{\textquoteright}s → a ΔEnergy term, the author’s
 * Wa{\l}{\k e}ga, Fran{\c c}ois, {\v S}ebek → Wałęga, François, Šebek
 * T{\"}ulu-3 and Pl{\"}ucker → Tülu-3 and Plücker
 * a K{\' a}rm{\' a}n vortex street and {\" o}, but K\' arm and {\" ok} → a Kármán vortex street and ö, but K' arm and {" ok}
 * the Pad\acute{e} approximant and \hat{y} → the Padé approximant and ŷ
 * $\hat{\theta}$, \widetilde{O}(d), \tilde{\mathcal{O}}(d) and \vec{x}_i → θ̂, Õ(d), 𝒪̃(d) and x⃗_i
 * the mean $\overline{X}$ and \overline{z}_t, but $\overline{AB}$ and $L\boxtimes\overline{L}$ → the mean X̄ and z̄_t, but \overline{AB} and L\boxtimes\overline{L}
 * the zero vector $\vec{0}$, $\bar{1}$ and the median $\overline{L_X}$ → the zero vector 0⃗, 1̄ and the median L̄_X
 * $\tilde O(d/\epsilon^2)$, $\hat y = 1$ and $\hat\pi_k$, but \hat yz and u \dot v → Õ(d/ϵ^2), ŷ = 1 and π̂_k, but \hat yz and u \dot v
 * $L\propto \dot {E}^s$ and \hat  {y}, but \dot \ {E} → L∝Ė^s and ŷ, but \dot \ {E}
 * Pok\&#39;emon and na\&quot;ive, but it\&#39;s → Pokémon and naïve, but it\&#39;s
 * flattened: hat{y} and tilde{O}(T), but what{y}, obj.bar{x} and $bar{x} → flattened: ŷ and Õ(T), but what{y}, obj.bar{x} and $bar{x}
 * a state \ket{\psi} and \underset{\Phi}{x}, but {\Delta}E → a state \ket{ψ} and \underset{Φ}{x}, but ΔE
 * Spearman's \r{ho} = 0.68, \b{eta}-VAEs, (\k{appa}_i) and \v{arepsilon}, but \c{c}a and \v{ab} → Spearman's ρ = 0.68, β-VAEs, (κ_i) and ε, but ça and \v{ab}
 * WebProt'eg'e, Dashed Caf'e Wall, SurReal: Fr'echet Mean, Painlev'e Paradox → WebProtégé, Dashed Café Wall, SurReal: Fréchet Mean, Painlevé Paradox
 * L'evy walks, the model's edge, OK'ed, Cc'ed, Sa'eed, dell'energia, l'esprit, O'er → L'evy walks, the model's edge, OK'ed, Cc'ed, Sa'eed, dell'energia, l'esprit, O'er
 * Qu'elle, Lorsqu'elle, Dell'energia, Quest'edizione, Catch'em All, Ya'el, Ze'ev, Ka'ena → Qu'elle, Lorsqu'elle, Dell'energia, Quest'edizione, Catch'em All, Ya'el, Ze'ev, Ka'ena
 * Schr"odinger bridges, K&quot;oppen-Geiger zones, F"orster transfer → Schrödinger bridges, Köppen-Geiger zones, Förster transfer
 * f"app {x}", L"abc", The"amazing" result, 5"ive, ABC"def → f"app {x}", L"abc", The"amazing" result, 5"ive, ABC"def
 * the "Lottery Ticket"effect, Missing"end, the \LaTeX {\'e}t\'e version → the "Lottery Ticket"effect, Missing"end, the LaTeX été version
 * a "quoted<LF>Onto"another line, The"auto"mode, Nets"are used → a "quoted<LF>Onto"another line, The"auto"mode, Nets"are used
 * (Image \c{opyright} 2024 Planet Labs) and \d{ots}, but \c{c}a → (Image © 2024 Planet Labs) and …, but ça
 * Ko\.zuch and (\.Zuraw), but fd '^\.DS_Store$' and r'\.py$' → Kożuch and (Żuraw), but fd '^\.DS_Store$' and r'\.py$'
 * ${\bar n}$, $\ln({\bar n})$ and $\nabla\times{\vec B}$, but $\sigma_{\ddot{\nu}}$ and ${\widehat\Omega_\Lambda}$ → n̄, ln(n̄) and ∇×B⃗, but σ_{ν̈} and Ω̂_Λ
 * $\binom{\bar n}{k}$ and $x_i{\bar n}$ → \binom{n̄}{k} and x_i{n̄}
 * Fr\&#x27;echet losses, M\&quot;{o}bius, Garc\&#x27;{\i}a and Pl\&#X22;ucker, but it\&#x27;s, dell\&#39;utente and f\&quot;{i} → Fréchet losses, Möbius, García and Plücker, but it\&#x27;s, dell\&#39;utente and f\&quot;{i}
 * the P\&#x27;eclet number, \textit{R\&#x27;enyi}, but L\&#x27;homme, V\&#x27;era and \&#x27;H\&#x27; → the Péclet number, Rényi, but L\&#x27;homme, V\&#x27;era and \&#x27;H\&#x27;
 * Cr\&#x60;eme and D\&#x27;{e}fago, but print(f\&#x27;{e}\&#x27;) → Crème and Défago, but print(f\&#x27;{e}\&#x27;)
 * a medi\c c\~ao, but the \c c macro, Ko\v sice and printf("\n\r Done") → a medição, but the \c c macro, Ko\v sice and printf("\n\r Done")
 * na\"ive, but assert_eq!(out, "<<< \"say \\\"hello\\\"\""); → naïve, but assert_eq!(out, "<<< \"say \\\"hello\\\"\"");
 * the VLMs'encoders and LLMs'evaluation → the VLMs'encoders and LLMs'evaluation
 * ```
 *
 * @module
 */

import {
  isDigit,
  isLetter,
  isLower,
  isUpper,
  isWordChar,
  lettersEnd,
  lettersStart,
  lineAfter,
  macroNameStart,
} from '../scan.js';
import { DOTLESS_BASES, LETTER_ACCENTS, MATH_ACCENTS, SYMBOL_ACCENTS } from '../tables/accents.js';
import { GREEK, SYMBOL_MACROS } from '../tables/symbols.js';
import { type Context, type Outcome, type Rule, single } from '../types.js';
import { accentOnDotless, endingLength } from './escapes.js';
import { insideFormula } from './math-delimiters.js';
import { declaration } from './symbols.js';
import { isKnownMacro } from './unknown-macros.js';

export const accents: Rule = {
  name: 'accents',
  prefilter: {
    triggers: '\\{\'"',
    anchors: ['\\', '{'],
    gate: flatMarks,
  },
  match(text, at, ctx) {
    const mark = text.charCodeAt(at);
    if ((mark === 0x27 || mark === 0x22) && text.charCodeAt(at + 1) === 0x7b) {
      return flatBraced(text, at);
    }
    if (mark === 0x27) return flatAcute(text, at);
    if (mark === 0x22) return flatUmlaut(text, at);
    if (mark === 0x5c) {
      if (text.charCodeAt(at + 1) === 0x26) return entityAccent(text, at);
      const accent =
        readAccent(text, at, ctx) ??
        readMathAccent(text, at, insideFormula(ctx, at)) ??
        wordAccent(text, at);
      return accent === undefined ? undefined : single(at, accent.end, accent.text);
    }
    if (text.charCodeAt(at) !== 0x7b) return undefined;
    if (text.charCodeAt(at + 2) === 0x7d) return flatMathAccent(text, at);
    // `{\"U}`: the braces around an accent go with it; so do those around a letter or
    // a symbol (`{\L}ojasiewicz`, `{\ss}`, `{\Delta}E`, `{\textquoteright}s`).
    if (text.charCodeAt(at + 1) !== 0x5c) return undefined;
    const split = splitAccent(text, at);
    if (split !== undefined) return split;
    // A command's argument (`\textsuperscript{\textregistered}`) is no group of its own.
    if (isCommandArgument(text, at)) return undefined;
    const accent =
      readAccent(text, at + 1, ctx) ??
      spacedAccent(text, at + 1) ??
      // A math accent's group standing alone in a formula (`${\bar n}$` → `n̄`).
      (standsAlone(text, at) ? readMathAccent(text, at + 1, insideFormula(ctx, at)) : undefined) ??
      // (Not a declaration's argument in LaTeX's sources: `\DeclareInputText{176}{\textnumero}`.)
      (afterUnknownMacro(text, at) || declaration(text, at + 1)
        ? undefined
        : readLetter(text, at + 1));
    if (accent === undefined || text.charCodeAt(accent.end) !== 0x7d) return undefined;
    return single(at, accent.end + 1, accent.text);
  },
};

/** The accents a BibTeX source braces alone before a vowel (`T{\"}ulu`, `Jos{\'}e`). */
const SPLIT_MARKS = `"'\`^`;

/**
 * An accent braced alone inside a word, its letter right after the group (`T{\"}ulu`,
 * a BibTeX source's `Tülu`): the letter with the accent.
 *
 * @example
 * ```ts
 * splitAccent('T{\\"}ulu-3', 1); // one hit: '{\\"}u' → 'ü'
 * splitAccent('a {\\"} b', 2); // undefined
 * splitAccent("the model{\\'}s", 9); // undefined (an escaped apostrophe)
 * ```
 */
function splitAccent(text: string, at: number): Outcome | undefined {
  const command = text[at + 2] ?? '';
  const mark = SPLIT_MARKS.includes(command) ? SYMBOL_ACCENTS[command] : undefined;
  if (mark === undefined || text.charCodeAt(at + 3) !== 0x7d) return undefined;
  // On a vowel only: `model{\'}s` and `O{\'}Neil` brace an escaped apostrophe.
  if (!isLetter(text.charCodeAt(at - 1)) || !VOWELS.includes(text[at + 4] ?? '')) return undefined;
  const composed = `${text[at + 4]}${mark}`.normalize('NFC');
  return composed.length === 1 ? single(at, at + 5, composed) : undefined;
}

/**
 * A gate shared by `accents` and `quotes`, which the engine asks once: an apostrophe
 * before another (TeX's closing quote, `''`), a flattened acute ({@link flatAcute}) or a
 * flattened diaeresis ({@link flatUmlaut}). One native search stops at each apostrophe
 * (an abstract has about one), where two searches, for `''` and `'e`, read the whole
 * text twice; one more stops at each double quote.
 *
 * @example
 * ```ts
 * flatMarks("the Caf'e Wall illusion"); // true
 * flatMarks("the Lost-in-the-Middle'' problem"); // true
 * flatMarks('Schr"odinger bridges'); // true
 * flatMarks("the model's \"edge\""); // false
 * ```
 */
export function flatMarks(text: string): boolean {
  for (let at = text.indexOf("'"); at !== -1; at = text.indexOf("'", at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (next === 0x27 || (next === 0x65 && flatAcute(text, at) !== undefined)) return true;
    if (next === 0x7b && flatBraced(text, at) !== undefined) return true;
  }
  for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) {
    if (flatUmlaut(text, at) !== undefined || flatBraced(text, at) !== undefined) return true;
  }
  return false;
}

/**
 * An acute or a diaeresis that lost its backslash before its braced vowel, inside a
 * capitalised name (`R'{e}nyi`, `Schr"{o}dinger`: a source already missing the `\` of
 * `\'{e}`, an arXiv-daily bot's stored abstract). The braces are TeX's argument, which no
 * elision or quotation writes; the name's letters go on after them. Not after a small
 * letter (Python's `f'{e}nd'`), nor with the same quote again on its line (a string's
 * `R'{e}nyi'`).
 *
 * @example
 * ```ts
 * flatBraced("order-α R'{e}nyi entropy", 9); // one hit: "'{e}" → 'é'
 * flatBraced("print(f'{n}th')", 7); // undefined
 * ```
 */
function flatBraced(text: string, at: number): Outcome | undefined {
  const vowel = text[at + 2] ?? '';
  if (text.charCodeAt(at + 3) !== 0x7d || vowel === '' || !'aeiouAEIOU'.includes(vowel)) {
    return undefined;
  }
  const start = lettersStart(text, at, NAME_LIMIT);
  const name = text.slice(start, at);
  // A capitalised name, or a word of two letters or more (`na"{i}ve`); not a Python
  // string's prefix (`f'{n}th'`, `rb'{a}x'`). At a word's end only after two letters
  // (`Andr'{e}`).
  if (
    name === '' ||
    STRING_PREFIX.test(name) ||
    (!isUpper(name.charCodeAt(0)) && name.length < 2)
  ) {
    return undefined;
  }
  if (
    !isLetter(text.charCodeAt(at + 4)) &&
    (name.length < 2 || isWordChar(text.charCodeAt(at + 4)))
  ) {
    return undefined;
  }
  const before = text.charCodeAt(start - 1);
  if (isWordChar(before) || before === 0x5c || before === 0x22 || before === 0x27) {
    return undefined;
  }
  // The same quote closing a string after it on its line, within 200 characters: not a
  // word's apostrophe (`model's`) nor another such accent (`R'{e}nyi … Andr'{e}`), and
  // quotation marks in pairs are a quotation's (`the "fast" solver`), review120.
  const mark = text[at] as string;
  const line = lineAfter(text, at + 4, 200);
  let marks = 0;
  for (let k = line.indexOf(mark); k !== -1; k = line.indexOf(mark, k + 1)) {
    if (line.charCodeAt(k + 1) === 0x7b) continue;
    if (mark === "'" && isLetter(line.charCodeAt(k - 1)) && isLetter(line.charCodeAt(k + 1)))
      continue;
    // (A possessive's or a contraction's after the name: `Andr'{e}'s`, review121.)
    if (mark === "'" && possessiveAt(line, k)) continue;
    marks++;
  }
  if (marks % 2 === 1) return undefined;
  const accent = mark === "'" ? '\u0301' : '\u0308';
  return single(at, at + 4, `${vowel}${accent}`.normalize('NFC'));
}

/**
 * Whether the quote at `k` starts an apostrophe's ending that ends its word (`'s`, `'re`;
 * not a quoted letter, `'m'`).
 *
 * @example
 * ```ts
 * possessiveAt("Andr'{e}'s method", 8); // true
 * possessiveAt("the 'm' parameter", 4); // false
 * ```
 */
function possessiveAt(line: string, k: number): boolean {
  const length = endingLength(line.slice(k + 1, k + 4));
  return length > 0 && !/[A-Za-z']/.test(line[k + 1 + length] ?? '');
}

/**
 * A Python string's prefix in small letters, which a quote and a braced field may follow
 * (`f'{x}'`, `rb'{a}'`); a capital alone is a name's initial (`R'{e}nyi`).
 */
const STRING_PREFIX = /^(?:[frbu]|r[fb]|[fb]r)$/;

/**
 * A diaeresis that lost its backslash inside a name (`Schr"odinger`, `K"oppen`,
 * `F"orster`: scraped text shows `Schr\\"odinger` so, and an HTML writer's
 * `Schr&quot;odinger` once decoded). A capitalised name's first letters before the mark
 * (one to four, not all capitals: `Missing"end` is a word and a quote), a small vowel
 * and two letters or more after it, no other `"` ahead on its line (a string or a
 * quotation closes: `L"error …"`, `The"amazing" result`) and an even number behind it
 * (`"All You Need"and` closes one). Not after a small letter (`f"app`, Python's
 * prefixes), a digit (`5"`), a backslash or a quote.
 *
 * @example
 * ```ts
 * flatUmlaut('Schr"odinger bridges', 4); // one hit: '"o' → 'ö'
 * flatUmlaut('f"app {x}', 1); // undefined
 * ```
 */
function flatUmlaut(text: string, at: number): Outcome | undefined {
  if (!umlautShape(text, at)) return undefined;
  // A quotation's or a string's mark: another quote ahead (`L"error …"`), or an odd
  // number behind it (`"All You Need"and`, a quotation wrapped onto this line too),
  // within a window. Another mark of the same shape is no quote (`M"uller, K"ohler`);
  // a quote between letters that is not one still is (`The"auto"mode`).
  const from = Math.max(0, at - QUOTE_WINDOW);
  let behind = 0;
  for (
    let k = text.indexOf('"', from);
    k !== -1 && k < at + QUOTE_WINDOW;
    k = text.indexOf('"', k + 1)
  ) {
    if (k === at || umlautShape(text, k)) continue;
    if (k > at) return undefined;
    behind++;
  }
  const vowel = text[at + 1] as string;
  return behind % 2 === 0 ? single(at, at + 2, `${vowel}\u0308`.normalize('NFC')) : undefined;
}

/** How far around a flattened diaeresis its quotes are counted. */
const QUOTE_WINDOW = 300;

/**
 * Is the `"` at `at` shaped as a lost diaeresis: a capitalised name of one to four letters
 * before it (not all capitals), at a word's start, and a small vowel and two letters or
 * more after it?
 *
 * @example
 * ```ts
 * umlautShape('Schr"odinger', 4); // true
 * umlautShape('auto"mode', 4); // false
 * ```
 */
function umlautShape(text: string, at: number): boolean {
  const vowel = text[at + 1] ?? '';
  if (vowel === '' || !'aeiouy'.includes(vowel) || lettersEnd(text, at + 2) < at + 4) {
    return false;
  }
  const start = lettersStart(text, at, NAME_LIMIT);
  if (start === at || at - start > 4 || !isUpper(text.charCodeAt(start))) return false;
  const before = text.charCodeAt(start - 1);
  if (
    isWordChar(before) ||
    before === 0x5c ||
    before === 0x22 ||
    before === 0x27 ||
    before === 0x5f
  ) {
    return false;
  }
  const name = text.slice(start, at);
  // A word glued to a stray closing quote (`Nets"are`) goes on with an English word.
  if (ENGLISH_AFTER.has(text.slice(at + 1, lettersEnd(text, at + 1)))) return false;
  return name.length === 1 || name.toUpperCase() !== name;
}

/** English words a stray quote glues to a word before them (`Nets"are`, `Open"and`). */
const ENGLISH_AFTER = new Set(
  'are and any all also after about among another approach each effect end even every else its into our ours out over only other upon use used uses using auto ideal example early either equal open order one once under until unless image input item'.split(
    ' ',
  ),
);

/** Longest name a flattened acute is read in, before its mark. */
const NAME_LIMIT = 24;

/** Letters that end an English word after `'e` (`OK'ed`, `x'es`, `o'er`, `ta'en`, `Catch'em`). */
const ENDINGS = 'dsrnm';

/**
 * An acute accent that lost its backslash on an `e` (`Fr'echet`, `Caf'e`, `Painlev'e`),
 * as scraped titles show `Fr\'echet`. Only inside a capitalised name of two letters or
 * more before the mark, not all capitals (`OK'ed`), after a consonant: no English word
 * is spelled so, while one letter before it is a French elision as often (`L'evy`,
 * `L'enfant`), and so are a few longer words ({@link ELISIONS}); after a vowel it is a
 * transliteration's mark (`Ya'el`), and so it is between Pinyin's syllables (`Chang'e`). Not
 * before `d`, `s`, `r`, `n` or `m` ending the word (`Cc'ed`, `Catch'em`), nor before
 * another `e` (`Sa'eed`).
 *
 * @example
 * ```ts
 * flatAcute("SurReal: Fr'echet Mean", 11); // one hit: "'e" → 'é'
 * flatAcute("L'evy walks", 1); // undefined
 * flatAcute("the Chang'e-3 mission", 9); // undefined
 * ```
 */
function flatAcute(text: string, at: number): Outcome | undefined {
  if (text.charCodeAt(at + 1) !== 0x65) return undefined;
  // An acute is set after a consonant (`Fr'e`, `Caf'e`); after a vowel the mark is a
  // transliteration's (`Ya'el`, `Ze'ev`, `Ka'ena`) or an elision's (`Com'era`).
  if (!isNameLetter(text.charCodeAt(at - 1)) || VOWELS.includes(text[at - 1] as string)) {
    return undefined;
  }
  // Between two Pinyin syllables it is their mark (`Chang'e-3`, the lunar mission): one
  // syllable ending in `ng` before it, `e`, `ei`, `en`, `eng` or `er` ending the word
  // after it (`Ang'elique`, `Bellang'e` are French).
  if (PINYIN_MARK.test(text.slice(Math.max(0, at - 7), at + 5))) return undefined;
  // The name runs back over its letters and its other flattened acutes (`WebProt'eg'e`),
  // so a chain of them is read in one pass.
  let start = at;
  while (start > at - NAME_LIMIT) {
    const code = text.charCodeAt(start - 1);
    if (isNameLetter(code) || (code === 0x27 && text.charCodeAt(start) === 0x65)) start--;
    else break;
  }
  while (text.charCodeAt(start) === 0x27) start++;
  if (at - start < 2 || !isUpper(text.charCodeAt(start))) return undefined;
  // A name's start: no letter, digit, backslash or apostrophe's word before it.
  const before = text.charCodeAt(start - 1);
  if (isWordChar(before) || before === 0x5c || before === 0x27 || before === 0x5f) {
    return undefined;
  }
  const name = text.slice(start, at);
  // (An acronym's plural before its possessive's apostrophe, a space lost after it:
  // `VLMs'encoders`, the fourteenth audit of stored outputs; `ViTs'`, `LoRAs'`: review89.)
  if (name.toUpperCase() === name || ELISIONS.test(name) || acronymPlural(name)) {
    return undefined;
  }
  const next = text.charCodeAt(at + 2);
  if (next === 0x65) return undefined;
  if (ENDINGS.includes(text[at + 2] as string) && !isLetter(text.charCodeAt(at + 3))) {
    return undefined;
  }
  return single(at, at + 2, 'é');
}

/**
 * An apostrophe between two Pinyin syllables, seen from up to seven characters before it
 * to four after: a capitalised syllable ending in `ng`, alone as a word's start, and one
 * that is `e`, `ei`, `en`, `eng` or `er` ending the word.
 */
const PINYIN_MARK = /(?:^|[^A-Za-z])[A-Z][a-z]{0,3}ng'e(?:i|n|ng|r)?(?![A-Za-z])/;

/** Vowels, after which an apostrophe before `e` is no lost acute. */
const VOWELS = 'aeiouyAEIOUY';

/**
 * French and Italian words that elide before a vowel, capitalised at a sentence's or a
 * title's start (`Qu'elle`, `Lorsqu'elle`, `Dell'energia`, `Quest'edizione`,
 * `Anch'esso`, `Com'era`, `Dov'era`, `Tutt'e`, `Un'altra`), and poetry's `Th'` (`Th'expense`).
 */
const ELISIONS =
  /(?:qu|ll)$|^(?:quest|anch|ch|com|cos|dov|quand|quant|tant|mezz|buon|sant|tutt|senz|nessun|ciascun|qualcun|un|aujourd|prud|entr|grand|th)$/i;

/**
 * Is `name` an acronym's plural: two capitals or more and a final `s` (`VLMs`, `ViTs`,
 * `LoRAs`, `PhDs`)?
 *
 * @example
 * ```ts
 * acronymPlural('ViTs'); // true
 * acronymPlural('Andr'); // false
 * ```
 */
function acronymPlural(name: string): boolean {
  return /^[A-Za-z]+s$/.test(name) && (name.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

/** A word in `ll` that is no Italian elision (`dell'`, `nell'`, `quell'`, `bell'`): `Koll`. */
const LL_NAME = /ll$(?<!^(?:[dn]e|d?a|su|co|pe|que|be)ll)/i;

/** A letter of a name: ASCII, or Latin-1's (`é` from an earlier mark: `Prot'eg'e`). */
function isNameLetter(code: number): boolean {
  return isLetter(code) || (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7);
}

/**
 * The letter an escaped mark sits on: a small vowel, maybe braced, or `{\i}` (`&#39;e`,
 * `&quot;{o}`); before a consonant or a capital the mark is an apostrophe (`it\&#39;s`)
 * or a quotation's.
 */
const MARKED_BASE = /^(?:[aeiouy]|\{[aeiouy]\}|\{\\i\})/;

/**
 * Is the backslash at `at` an accent's, its mark escaped by an HTML writer (`Fr\&#x27;echet`,
 * `M\&quot;{o}bius`, `Cr\&#x60;eme`)? Inside a name: after two letters or more for an
 * acute or a grave, none of them an elision (`l\&#x27;impostazione`, `dell\&#39;utente`,
 * `qu\&#39;il`) or a Python string's prefix (`r\&#x27;abc`, `f\&quot;{i}`, `rb\&#39;x`);
 * after one letter before a braced vowel (`D\&#x27;{e}fago`); a diaeresis after one
 * capital (`K\&quot;oppen`), and an acute after one no elision starts with
 * (`P\&#x27;eclet`, not `L\&#x27;homme`).
 *
 * @example
 * ```ts
 * escapedAccentMark('Fr\\&#x27;echet', 2); // true
 * escapedAccentMark('l\\&#x27;impostazione', 1); // false
 * escapedAccentMark('P\\&#x27;eclet', 1); // true
 * ```
 */
export function escapedAccentMark(text: string, at: number): boolean {
  return escapedMark(text, at) !== undefined;
}

/**
 * The entity and the mark it escapes when the backslash at `at` is an accent's (see
 * {@link escapedAccentMark}).
 *
 * @example
 * ```ts
 * escapedMark('Fr\\&#x27;echet', 2); // ['&#x27;', "'"]
 * ```
 */
function escapedMark(text: string, at: number): readonly [string, string] | undefined {
  const found = ENTITY_MARKS.find(([entity]) => text.startsWith(entity, at + 1));
  if (found === undefined) return undefined;
  const [entity, mark] = found;
  const base = at + 1 + entity.length;
  if (!MARKED_BASE.test(text.slice(base, base + 4))) return undefined;
  const word = text.slice(lettersStart(text, at, 8), at);
  // (Of the words in `ll`, an escaped mark's evidence spares all but Italian's: a name's
  // `Koll\\&apos;ar` is Kollár's acute, the eighty-fifth blind set's.)
  if (word === '' || PREFIXES.has(word) || (ELISIONS.test(word) && !LL_NAME.test(word))) {
    return undefined;
  }
  // A braced letter is TeX's argument, which no elision writes (`D\\&#x27;{e}fago`).
  if (word.length > 1 || text.charCodeAt(base) === 0x7b) return found;
  // One capital: a diaeresis's (`K\\&quot;oppen`), or an acute's when no elision starts
  // with it (`P\\&#x27;eclet`, `R\\&#x27;enyi`; `L\\&#x27;homme`, `D\\&#x27;un` are elisions).
  if (!isUpper(word.charCodeAt(0))) return undefined;
  // (A capital a quote glued to the word before it opens is none: `\\&#x27;H\\&#x27;igh`.)
  const before = text.charCodeAt(at - 2);
  if (before === 0x3b || isWordChar(before)) return undefined;
  return mark === '"' || !ELIDED_CAPITALS.includes(word) ? found : undefined;
}

/** Capitals that elide before a vowel in French or Italian (`L'`, `D'`, `C'`, `J'`…), or are one. */
const ELIDED_CAPITALS = 'ACDEIJLMNOSTUVY';

/** Python's string prefixes, before a quote an HTML writer escaped. */
const PREFIXES = new Set(['r', 'b', 'u', 'f', 'rb', 'br', 'fr', 'rf']);

/** Accent marks an HTML writer escaped after their backslash (`\&#39;e`). */
const ENTITY_MARKS: readonly (readonly [string, string])[] = [
  ['&#39;', "'"],
  ['&#039;', "'"],
  ['&#x27;', "'"],
  ['&#X27;', "'"],
  ['&apos;', "'"],
  ['&quot;', '"'],
  ['&#34;', '"'],
  ['&#034;', '"'],
  ['&#x22;', '"'],
  ['&#X22;', '"'],
  ['&#96;', '`'],
  ['&#096;', '`'],
  ['&#x60;', '`'],
  ['&#X60;', '`'],
  ['&grave;', '`'],
];

/**
 * An accent whose mark an HTML writer escaped (`Pok\&#39;emon`, `na\&quot;ive`): the
 * accented letter, read as if the mark were written.
 *
 * @example
 * ```ts
 * entityAccent('Pok\\&#39;emon', 3); // one hit: '\\&#39;e' → 'é'
 * entityAccent('Fr\\&#x27;echet', 2); // one hit: '\\&#x27;e' → 'é'
 * ```
 */
function entityAccent(text: string, at: number): Outcome | undefined {
  // Inside a word only: after a quote, a bracket or a space it is a quotation's
  // (`\&quot;application/json\&quot;`, `alert(\&#39;error`).
  const found = escapedMark(text, at);
  if (found === undefined) return undefined;
  const [entity, mark] = found;
  const rest = text.slice(at + 1 + entity.length, at + 1 + entity.length + 8);
  const accent = readAccent(`\\${mark}${rest}`, 0);
  if (accent === undefined) return undefined;
  return single(at, at + entity.length + accent.end - 1, accent.text);
}

/**
 * Whether the text uses `\\b` as an author's bold macro, not the bar-under accent: one of
 * its groups is a capital and small letters, a word's start (`\\b{Co}upled`), which no
 * accent takes; not a capital digraph in `h`, a transliteration's (`\\b{Kh}alid`).
 *
 * @example
 * ```ts
 * authorBold('\\b{Co}upled \\b{V}ariational'); // true
 * authorBold('\\b{eta}-VAEs, \\b{wb} and \\b{h}'); // false
 * ```
 */
export function authorBold(text: string): boolean {
  // Not a transliteration's capital digraph (`\\b{Kh}alid`, `\\b{Sh}ams`).
  return /\\b\{[A-Z](?!h\})[A-Za-z]+\}/.test(text);
}

/**
 * Whether the `\\b{` at `at` is an author's bold macro: its group starts with a capital
 * (`\\b{V}ariational`) in a text where one group is a capitalised word's start
 * (`\\b{Co}upled`). A transliteration's `\\b{d}`, a regular expression's `\\b{wb}` and a
 * converter's `\\b{eta}` are small letters, and stay the accent or as written.
 *
 * @example
 * ```ts
 * boldGroup('\\b{Co}upled \\b{V}ariational', 12, ctx); // true
 * boldGroup('\\b{Co}upled and \\b{d}ikr', 16, ctx); // false
 * ```
 */
export function boldGroup(text: string, at: number, ctx: Context): boolean {
  // Once a pass: asked at each capital `\\b{`, a scan each time would be quadratic.
  return isUpper(text.charCodeAt(at + 3)) && ctx.once('author-bold', () => authorBold(text));
}

/** The letters an unbraced umlaut sits on: vowels and `y` (a dotless `ı` is read as `i`). */
const UMLAUT_BASES = 'aeiouyAEIOUY';

/**
 * An accent command at `at` (its backslash): the accented letter and where it ends.
 * With `ctx`, a text's author bold (`\\b{V}ariational`, see {@link boldGroup}) is no
 * accent; without, `text` is a piece the rule built (an entity's accent).
 */
function readAccent(
  text: string,
  at: number,
  ctx?: Context,
): { text: string; end: number } | undefined {
  const command = text[at + 1];
  if (command === undefined) return undefined;
  if (command === 'b' && text.charCodeAt(at + 2) === 0x7b && ctx && boldGroup(text, at, ctx)) {
    return undefined;
  }
  if (command === '.' && ctx && patternDot(text, at)) return undefined;
  let mark = SYMBOL_ACCENTS[command];
  let braceOnly = false;
  if (mark === undefined) {
    // Letter accents (`\v{c}`) must be a one-letter control word followed by `{`.
    if (isLetter(text.charCodeAt(at + 2))) return undefined;
    mark = LETTER_ACCENTS[command];
    braceOnly = true;
    // A converter that took `\\rho` for the ring accent `\\r` on `ho` (`\\r{ho}`,
    // `\\b{eta}`, `\\k{appa}`) or `\\copyright` for the cedilla on `opyright`
    // (`\\c{opyright}`, `\\d{ots}`): an accent's argument is one letter, so a Greek
    // letter's or a symbol's name split at its first letter is that letter or symbol.
    if (mark !== undefined && text.charCodeAt(at + 2) === 0x7b) {
      const end = lettersEnd(text, at + 3);
      const name = command + text.slice(at + 3, end);
      if (end > at + 4 && text.charCodeAt(end) === 0x7d) {
        if (Object.hasOwn(GREEK, name)) return { text: GREEK[name] as string, end: end + 1 };
        if (Object.hasOwn(SYMBOL_MACROS, name)) {
          return { text: SYMBOL_MACROS[name] as string, end: end + 1 };
        }
      }
    }
  }
  if (mark === undefined) return undefined;
  // A dotless `ı` after `\\"` or `\\'` may start a Turkish word an escaped quote opens
  // (`\\"ılık\\"`): see escapes' `accentOnDotless`. Other accents quote nothing.
  if (
    text.charCodeAt(at + 2) === 0x131 &&
    (command === '"' || command === "'") &&
    !accentOnDotless(text, at)
  ) {
    return undefined;
  }
  const argument = readBase(text, at + 2, braceOnly);
  if (argument === undefined) return undefined;
  const composed = `${argument.base}${mark}`.normalize('NFC');
  // Unbraced, a letter Unicode has no accented form of (`b̈`, `t́`) was no accent:
  // `\"best\"` is a quotation, `Don\'t` a contraction. Braces say it is one (`\c{o}`).
  if (composed.length !== 1 && text.charCodeAt(at + 2) !== 0x7b) return undefined;
  // Nor does an umlaut sit unbraced on a consonant, though Unicode has `ḧ` and `ẅ`: a
  // string's escaped quote before a word (`\\"hello\\"` in a test's expected output).
  if (
    command === '"' &&
    text.charCodeAt(at + 2) !== 0x7b &&
    !UMLAUT_BASES.includes(argument.base)
  ) {
    return undefined;
  }
  return { text: composed, end: argument.end };
}

/** Names a dotfile or a hidden folder has, after a path's `\.` (`\.env`, `\.gitignore`). */
const DOTFILE =
  /^(?:env|git\w*|config|cache|ssh|vscode|venv|npmrc|\w+rc|local|profile|docker\w*|github|idea|aws|kube)$/;

/**
 * Is the unbraced `\.` at `at` a pattern's escaped dot, not TeX's dot accent: after a
 * pattern's anchor, quantifier, alternation or slash, or a quote that opens it
 * (`'^\.DS_Store$'`, `r'\.py$'`, `/\.git/`), or before a file's name (a capital or an
 * `_` after its first letter: `\.DS_Store`)? A name's accent stands in a word or after
 * a space or a bracket (`Ko\.zuch`, `(\.Zuraw)`).
 *
 * @example
 * ```ts
 * patternDot("fd '^\\.DS_Store$'", 5); // true
 * patternDot('Ko\\.zuch', 2);          // false
 * patternDot('HF_HOME=F:\\.cache\\hf', 10); // true
 * patternDot('frontend\\.env.local', 8); // true
 * patternDot('J. Ko\\.zuch.et al.', 5); // false
 * ```
 */
function patternDot(text: string, at: number): boolean {
  if (text.charCodeAt(at + 2) === 0x7b) return false;
  if ('^*+?|/\'"'.includes(text[at - 1] ?? ' ')) return true;
  // A Windows path's hidden folder: after a drive's colon or a home's tilde (`F:\\.cache`,
  // `~\\.config`); not a name's accent before an affiliation's macro (`Jan
  // \\.Zukowski\\inst{1}`, review112).
  if (text[at - 1] === ':' || text[at - 1] === '~') return true;
  // After an environment variable or the previous folder, before a small letter (a
  // folder's name; a name's accent takes a capital there: `Nowak\\and\\.Zukowski`):
  // `%USERPROFILE%\\.cache`, `${HOME}\\.gradle`, `\\Users\\me\\.ssh` (review113).
  if (isLower(text.charCodeAt(at + 2))) {
    if (text[at - 1] === '%' || text[at - 1] === '}') return true;
    const folder = lettersStart(text, at, 40);
    if (folder < at && /[\\:]/.test(text[folder - 1] ?? '')) return true;
    // A dotfile's name after a folder's (`frontend\.env.example`, `app\.config.json`, a
    // PowerShell line in the two-hundred-and-twenty-fourth blind set's clean side); no
    // name an accent starts so (a name's period after it is no extension's: `Ko\.zuch.et
    // al.`, review143).
    if (DOTFILE.test(text.slice(at + 2, lettersEnd(text, at + 2)))) return true;
  }
  const after = text.charCodeAt(at + 3);
  return isUpper(after) || after === 0x5f;
}

/**
 * An accent and its letter after a space, as BibTeX writes them in a group
 * (`Wa{\l}{\k e}ga`, `{\c c}`, `{\v s}`, `K{\' a}rm{\' a}n`): TeX skips the space
 * before a command's argument. The group's `}` must follow, which the caller checks.
 * Unbraced, `\c c` could be prose about a command, and `\' ` an apostrophe's escape.
 *
 * @example
 * ```ts
 * spacedAccent('{\\k e}', 1); // { text: 'ę', end: 5 }
 * spacedAccent("{\\' a}", 1); // { text: 'á', end: 5 }
 * ```
 */
function spacedAccent(text: string, at: number): { text: string; end: number } | undefined {
  const name = text[at + 1] ?? '';
  const mark = LETTER_ACCENTS[name] ?? SYMBOL_ACCENTS[name];
  if (mark === undefined || text.charCodeAt(at + 2) !== 0x20) return undefined;
  const argument = readBare(text, at + 3);
  if (argument === undefined) return undefined;
  return { text: `${argument.base}${mark}`.normalize('NFC'), end: argument.end };
}

/**
 * A cedilla, a double acute or an ogonek and its letter after a space inside a word,
 * unbraced (`medi\\c c\\~ao` → `medição`): TeX skips the space before the argument,
 * and a word around it is no prose about the command (`the \\c c macro` stays). Not
 * `\\' a`, an apostrophe's escape as often, nor `\\v s`, a vertical tab's.
 *
 * @example
 * ```ts
 * wordAccent('medi\\c c\\~ao', 4); // { text: 'ç', end: 8 }
 * wordAccent('the \\c c macro', 4); // undefined
 * ```
 */
function wordAccent(text: string, at: number): { text: string; end: number } | undefined {
  // Not an escape's letter before it (`\\n\\r X`), nor a name a program's escape spells
  // (`\\v`, `\\b`, `\\r`, `\\t`, `\\u`, `\\d`): C's, JSON's and regular expressions'.
  if (
    !isLetter(text.charCodeAt(at - 1)) ||
    text.charCodeAt(at - 2) === 0x5c ||
    !WORD_ACCENTS.includes(text[at + 1] ?? '')
  ) {
    return undefined;
  }
  const accent = spacedAccent(text, at);
  if (accent === undefined || accent.text.length !== 1) return undefined;
  const after = text.charCodeAt(accent.end);
  return isLetter(after) || after === 0x5c ? accent : undefined;
}

/** Letter accents no program's escape spells: cedilla, double acute, ogonek. */
const WORD_ACCENTS = 'cHk';

/**
 * Whether the `{` at `at` opens a command's argument: a known command's name right
 * before it, not a letter's or a symbol's.
 *
 * @example
 * ```ts
 * isCommandArgument('x\\textsuperscript{\\textregistered}', 17); // true
 * isCommandArgument('a {\\Delta}E', 2); // false
 * isCommandArgument('\\L{\\\'o}dz', 2); // false
 * ```
 */
function isCommandArgument(text: string, at: number): boolean {
  // The space that ends a name stands between too: `\\frac {\\nu}{2}`.
  const end = text.charCodeAt(at - 1) === 0x20 ? at - 1 : at;
  const start = macroNameStart(text, end);
  if (start < 0) return false;
  // Only a command takes one: a letter or a symbol (`\L{\'o}dz`) does not, nor an
  // unknown name (a JSON dump's `\nM{\"u}ller` is a line break and a name).
  const name = text.slice(start, end);
  if (Object.hasOwn(SYMBOL_MACROS, name) || Object.hasOwn(LETTER_ACCENTS, name)) return false;
  // A math accent's argument (`\hat{\theta}`) goes with the accent, not before it.
  if (Object.hasOwn(MATH_ACCENTS, name)) return true;
  // Past a space, only a command sure to take one: `\LaTeX {\'e}t\'e` and `\quad {\"A}`
  // are a name and a group of their own.
  if (end !== at) return SPACED_ARGUMENT.has(name);
  return isKnownMacro(name) || name === 'textsuperscript' || name === 'textsubscript';
}

/** Commands whose argument may stand a space after the name (`\frac {\nu}{2}`). */
const SPACED_ARGUMENT = new Set(['frac', 'tfrac', 'dfrac', 'sqrt', 'mathrm', 'mathbf', 'text']);

/**
 * Is the group at `at` glued to a macro no rule knows (`\ensuremath{\alpha}`)? Its
 * braces are that macro's argument: dropping them would glue the name to the letter
 * (`\ensuremathα`). An accent in the group still composes (`\nM{\"u}ller` is a dump's
 * line break, then a name).
 *
 * @example
 * ```ts
 * afterUnknownMacro('\\foo{\\alpha}x', 4); // true
 * afterUnknownMacro('a {\\Delta}E', 2); // false
 * ```
 */
function afterUnknownMacro(text: string, at: number): boolean {
  const start = macroNameStart(text, at);
  return start >= 0 && !isKnownMacro(text.slice(start, at));
}

/**
 * Whether the group at `at` stands alone as a formula's operand: after a space, an
 * opening bracket, an operator or a symbol's name (`\times{\vec B}`), not as a script's,
 * a command's or a word's part (`_{\ddot{\nu}}`, `\binom{\bar n}`, `}{\bar n}`,
 * `x_i{\bar n}`), whose braces say where it ends.
 *
 * @example
 * ```ts
 * standsAlone('$\\ln({\\bar n})$', 5); // true
 * standsAlone('$x_i{\\bar n}$', 4); // false
 * ```
 */
function standsAlone(text: string, at: number): boolean {
  const name = macroNameStart(text, at);
  if (name >= 0) return Object.hasOwn(SYMBOL_MACROS, text.slice(name, at));
  const before = text.charCodeAt(at - 1);
  return !isWordChar(before) && !'^_}]\\'.includes(text[at - 1] ?? '^');
}

/**
 * One digit braced as a math accent's operand (`\\vec{0}` → `0⃗`, the zero vector).
 *
 * @example
 * ```ts
 * bracedDigit('{0}', 0); // { base: '0', end: 3 }
 * ```
 */
function bracedDigit(text: string, at: number): { base: string; end: number } | undefined {
  return text.charCodeAt(at) === 0x7b &&
    isDigit(text.charCodeAt(at + 1)) &&
    text.charCodeAt(at + 2) === 0x7d
    ? { base: text[at + 1] as string, end: at + 3 }
    : undefined;
}

/**
 * A math accent by name on one braced letter or digit (`\hat{y}`, `\acute{e}`, `\vec{0}`),
 * composed by NFC.
 * The letter may be a letter's macro (`\hat{\theta}`) or a letter another rule already
 * wrote (`\tilde{𝒪}`, once `\mathcal{O}` became `𝒪`).
 *
 * @example
 * ```ts
 * readMathAccent('\\hat{y}', 0, false); // { text: 'ŷ', end: 7 }
 * readMathAccent('\\hat{\\theta}', 0, false); // { text: 'θ̂', end: 12 }
 * ```
 */
function readMathAccent(
  text: string,
  at: number,
  formula: boolean,
): { text: string; end: number } | undefined {
  const end = lettersEnd(text, at + 1);
  const name = text.slice(at + 1, end);
  // Right after a macro no rule reads, the letter would join its name (`\boxtimes\hat{L}`
  // is not `\boxtimesL̂`): both stay as written.
  if (!Object.hasOwn(MATH_ACCENTS, name) || afterUnknownMacro(text, at)) return undefined;
  // TeX skips the spaces after a command's name, so a group after them is its argument.
  let open = end;
  while (text.charCodeAt(open) === 0x20) open++;
  const argument =
    readBase(text, open, true) ??
    readLetterBase(text, open) ??
    bracedDigit(text, open) ??
    unbraced(text, end, formula);
  if (argument === undefined) {
    // A letter with its subscript braced together (`\\overline{L_X}` → `L̄_X`): the
    // accent sits on the letter, the script after it.
    const scripted = SCRIPTED_LETTER.exec(text.slice(open, open + 16));
    if (scripted === null) return undefined;
    const accented = `${scripted[1]}${MATH_ACCENTS[name]}`.normalize('NFC');
    return { text: `${accented}${scripted[2]}`, end: open + scripted[0].length };
  }
  return { text: `${argument.base}${MATH_ACCENTS[name]}`.normalize('NFC'), end: argument.end };
}

/** A Latin letter and its subscript braced as one operand: `{L_X}`, `{F_1}`, `{x_{ij}}`. */
const SCRIPTED_LETTER = /^\{([A-Za-z])(_(?:[A-Za-z0-9]|\{[A-Za-z0-9]{1,4}\}))\}/;

/**
 * A math accent's letter without braces, as TeX takes the next token: one letter after
 * the space that ends the accent's name, in a formula (`$\tilde O(T)$`, `$\hat y =$`), a letter's macro
 * (`\hat\pi`) or a letter of another script (`\tildeΩ`). A second letter after it says
 * a word (`\hat yz`): no accent; but one or two capitals after a spaced capital are a
 * product's factors (`\widetilde PV`).
 *
 * @example
 * ```ts
 * unbraced('\\tilde O(T)', 6, true); // { base: 'O', end: 8 }
 * unbraced('\\hat yz', 4, true); // undefined
 * ```
 */
function unbraced(
  text: string,
  from: number,
  formula: boolean,
): { base: string; end: number } | undefined {
  const spaced = text.charCodeAt(from) === 0x20;
  // Spaced, only in a formula: in text it is prose about the macro (`u \dot v`, `\bar I`).
  if (spaced && !formula) return undefined;
  const at = spaced ? from + 1 : from;
  const token = letterToken(text, at);
  // Glued to the name, an ASCII letter is part of it (`\hatx` is no accent).
  if (token === undefined || (!spaced && text.charCodeAt(at) < 0x80)) return undefined;
  // Capitals after a spaced capital in a formula are a product's other factors, as TeX
  // reads them (`$\widetilde PV$` → `P̃V`, the hundred-and-ninety-fourth blind set's);
  // small letters after it make a word.
  if (isLetter(text.charCodeAt(token.end))) {
    const rest = /^[A-Z]{1,2}(?![A-Za-z])/.exec(text.slice(token.end, token.end + 3));
    if (!spaced || rest === null || !/^[A-Z]$/.test(token.base)) return undefined;
  }
  return token;
}

/**
 * One letter at `at`: a letter's macro (`\theta`) or one letter of any script (`θ`, `𝒪`).
 *
 * @example
 * ```ts
 * letterToken('\\alpha}', 0); // { base: 'α', end: 6 }
 * letterToken('\\times', 0); // undefined (no letter)
 * ```
 */
function letterToken(text: string, at: number): { base: string; end: number } | undefined {
  const letter = text.charCodeAt(at) === 0x5c ? readLetter(text, at) : undefined;
  const base = letter?.text ?? String.fromCodePoint(text.codePointAt(at) ?? 0x20);
  const end = letter?.end ?? at + base.length;
  return LETTER.test(base) ? { base, end } : undefined;
}

/**
 * A braced letter that is no ASCII letter: a letter's macro (`{\theta}`) or one letter
 * of any script (`{θ}`, `{𝒪}`).
 *
 * @example
 * ```ts
 * readLetterBase('{\\alpha}', 0); // { base: 'α', end: 8 }
 * readLetterBase('{\\times}', 0); // undefined (no letter)
 * ```
 */
function readLetterBase(text: string, from: number): { base: string; end: number } | undefined {
  if (text.charCodeAt(from) !== 0x7b) return undefined;
  const token = letterToken(text, from + 1);
  if (token === undefined || text.charCodeAt(token.end) !== 0x7d) return undefined;
  return { base: token.base, end: token.end + 1 };
}

/** One letter of any script, and nothing else. */
const LETTER = /^\p{L}$/u;

/** Math accents read without their backslash: names no prose puts before a brace. */
const FLAT_ACCENTS = new Set(['hat', 'tilde', 'bar', 'widetilde', 'widehat', 'overline']);

/**
 * A math accent that lost its backslash, on one braced letter, seen from the brace at
 * `at` (`hat{y}`, `tilde{O}(sqrt{T})`, `bar{x}`, `widetilde{O}(n)`, as listing pages
 * flatten `$\hat{y}$`).
 * The name is a word of its own: not after a letter, digit, backslash, a path's or a
 * member's `.`, `/`, `_`, `-` (`obj.bar{x}`), or a sigil (Perl's `$bar{x}`); `dot{a}`
 * and the other accents' names are words too often.
 *
 * @example
 * ```ts
 * flatMathAccent('and hat{y} and', 7); // one hit: 'hat{y}' → 'ŷ'
 * flatMathAccent('what{y}', 4); // undefined
 * ```
 */
function flatMathAccent(text: string, at: number): Outcome | undefined {
  const base = text.charCodeAt(at + 1);
  if (!isLetter(base)) return undefined;
  const start = lettersStart(text, at, 10);
  const name = text.slice(start, at);
  if (!FLAT_ACCENTS.has(name)) return undefined;
  // Not a path's, a member's or a sigil's name (`obj.bar{x}`, Perl's `$bar{x}`).
  const before = text.charCodeAt(start - 1);
  if (isWordChar(before) || '\\./_-$@%'.includes(text[start - 1] as string)) return undefined;
  return single(start, at + 3, `${text[at + 1]}${MATH_ACCENTS[name]}`.normalize('NFC'));
}

/**
 * A letter or symbol macro at `at` (its backslash): `\L`, `\ss`, `\Delta`… as itself.
 *
 * @example
 * ```ts
 * readLetter('{\\L}odz', 1); // { text: 'Ł', end: 3 }
 * ```
 */
function readLetter(text: string, at: number): { text: string; end: number } | undefined {
  const end = lettersEnd(text, at + 1);
  const name = text.slice(at + 1, end);
  return Object.hasOwn(SYMBOL_MACROS, name)
    ? { text: SYMBOL_MACROS[name] as string, end }
    : undefined;
}

/** The accented base: `o`, `{o}`, `\i`, `{\i}`; braces required when `braceOnly`. */
function readBase(
  text: string,
  from: number,
  braceOnly: boolean,
): { base: string; end: number } | undefined {
  if (text.charCodeAt(from) === 0x7b) {
    const inner = readBare(text, from + 1);
    if (inner === undefined || text.charCodeAt(inner.end) !== 0x7d) return undefined;
    return { base: inner.base, end: inner.end + 1 };
  }
  return braceOnly ? undefined : readBare(text, from);
}

/**
 * An unbraced base: a letter or `\\i`/`\\j`, whose one space before a letter only ends
 * its name, as TeX reads a control word (`Garc\\'\\i a` is `García`).
 *
 * @example
 * ```ts
 * readBare('\\"\\i', 2); // { base: 'i', end: 4 }
 * readBare("Garc\\'\\i a", 6); // { base: 'i', end: 9 }
 * ```
 */
function readBare(text: string, from: number): { base: string; end: number } | undefined {
  const code = text.charCodeAt(from);
  if (isLetter(code)) return { base: text[from] as string, end: from + 1 };
  // A dotless `ı` a converter drew for `\\i` takes the accent as `i` does, Unicode
  // composing no `ı̈` (`na\\"ıvely` → `naïvely`, the hundred-and-ninety-eighth blind set's).
  if (code === 0x131) return { base: 'i', end: from + 1 };
  if (code !== 0x5c) return undefined;
  const dotless = DOTLESS_BASES[text[from + 1] ?? ''];
  if (dotless === undefined || isLetter(text.charCodeAt(from + 2))) return undefined;
  const spaced = text.charCodeAt(from + 2) === 0x20 && isLetter(text.charCodeAt(from + 3));
  return { base: dotless, end: spaced ? from + 3 : from + 2 };
}
