/**
 * Macros that stand for one symbol, by name without the backslash.
 *
 * Why a small table here and not `unicode2latex`: that package maps thousands of
 * commands, most of them math we never meet in abstracts, and many map to ASCII
 * (`\textasciitilde` → `~`, `\textbackslash` → `\`) that would re-trigger other rules
 * and break idempotence. This table holds only symbols whose output is non-ASCII (so
 * a second pass cannot match again), and the tests check that.
 *
 * @module
 */

/**
 * Greek letters by macro name.
 *
 * @example
 * ```ts
 * GREEK.chi; // 'χ'
 * ```
 */
export const GREEK: Readonly<Record<string, string>> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ϵ',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  vartheta: 'ϑ',
  varkappa: 'ϰ',
  iota: 'ι',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  varpi: 'ϖ',
  rho: 'ρ',
  varrho: 'ϱ',
  sigma: 'σ',
  varsigma: 'ς',
  tau: 'τ',
  upsilon: 'υ',
  phi: 'ϕ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Xi: 'Ξ',
  Pi: 'Π',
  Sigma: 'Σ',
  Upsilon: 'Υ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
};

/**
 * Math operators and relations by macro name.
 *
 * @example
 * ```ts
 * MATH_SYMBOLS.leq; // '≤'
 * ```
 */
export const MATH_SYMBOLS: Readonly<Record<string, string>> = {
  times: '×',
  div: '÷',
  cdot: '·',
  pm: '±',
  mp: '∓',
  leq: '≤',
  le: '≤',
  geq: '≥',
  ge: '≥',
  neq: '≠',
  ne: '≠',
  approx: '≈',
  simeq: '≃',
  sim: '∼',
  // amssymb's bolder `\thicksim` and `\thickapprox` print the same relations.
  thicksim: '∼',
  thickapprox: '≈',
  equiv: '≡',
  propto: '∝',
  ll: '≪',
  gg: '≫',
  infty: '∞',
  in: '∈',
  mid: '∣',
  prec: '≺',
  succ: '≻',
  preceq: '⪯',
  succeq: '⪰',
  notin: '∉',
  subset: '⊂',
  subseteq: '⊆',
  cup: '∪',
  cap: '∩',
  forall: '∀',
  exists: '∃',
  partial: '∂',
  nabla: '∇',
  circ: '∘',
  ast: '∗',
  star: '⋆',
  to: '→',
  rightarrow: '→',
  leftarrow: '←',
  Rightarrow: '⇒',
  Leftarrow: '⇐',
  leftrightarrow: '↔',
  nrightarrow: '↛',
  nleftarrow: '↚',
  nRightarrow: '⇏',
  nLeftarrow: '⇍',
  nleftrightarrow: '↮',
  nLeftrightarrow: '⇎',
  uparrow: '↑',
  downarrow: '↓',
  mapsto: '↦',
  ldots: '…',
  cdots: '⋯',
  dots: '…',
  vdots: '⋮',
  ell: 'ℓ',
  emptyset: '∅',
  neg: '¬',
  oplus: '⊕',
  otimes: '⊗',
  rtimes: '⋊',
  ltimes: '⋉',
  sum: '∑',
  prod: '∏',
  langle: '⟨',
  rangle: '⟩',
  prime: '′',
  bullet: '•',
  gtrsim: '≳',
  lesssim: '≲',
  gtrapprox: '⪆',
  lessapprox: '⪅',
  // Astronomers' own names for ≲ and ≳ (`\lsim`, `\gsim`, `\ltsim`, `\simlt`,
  // `\lapprox`…), each drawn as a relation over `\sim`: written in arXiv's abstracts
  // as if they were LaTeX's. (`\la` and `\ga`, MNRAS's, stay: `\la` is `\langle` elsewhere.)
  lsim: '≲',
  gsim: '≳',
  ltsim: '≲',
  gtsim: '≳',
  simlt: '≲',
  simgt: '≳',
  lapprox: '≲',
  gapprox: '≳',
  // ADS's abstracts spell them out (`v {$\greaterequivlnt$} 30 km s-1`).
  lessequivlnt: '≲',
  greaterequivlnt: '≳',
  natural: '♮',
  flat: '♭',
  sharp: '♯',
  longrightarrow: '⟶',
  Longrightarrow: '⟹',
  Leftrightarrow: '⇔',
  iff: '⟺',
  implies: '⟹',
  gets: '←',
  nearrow: '↗',
  searrow: '↘',
  top: '⊤',
  bot: '⊥',
  perp: '⊥',
  parallel: '∥',
  odot: '⊙',
  varnothing: '∅',
  cong: '≅',
  approxeq: '≊',
  leqslant: '⩽',
  geqslant: '⩾',
  nleq: '≰',
  ngeq: '≱',
  triangleq: '≜',
  ni: '∋',
  wedge: '∧',
  vee: '∨',
  land: '∧',
  lor: '∨',
  lnot: '¬',
  setminus: '∖',
  bigcup: '⋃',
  bigcap: '⋂',
  int: '∫',
  models: '⊨',
  vdash: '⊢',
  lfloor: '⌊',
  rfloor: '⌋',
  lceil: '⌈',
  rceil: '⌉',
  Vert: '‖',
  hbar: 'ℏ',
  aleph: 'ℵ',
  Re: 'ℜ',
  Im: 'ℑ',
  angle: '∠',
  triangle: '△',
  square: '□',
  diamond: '⋄',
  bigstar: '★',
  // Set, lattice and logic relations, operators and arrows of LaTeX and amssymb that
  // abstracts in mathematics and physics use (`G/P \supset V`).
  supset: '⊃',
  supseteq: '⊇',
  subsetneq: '⊊',
  supsetneq: '⊋',
  nsubseteq: '⊈',
  nsupseteq: '⊉',
  nsubset: '⊄',
  nsupset: '⊅',
  Subset: '⋐',
  Supset: '⋑',
  sqsubset: '⊏',
  sqsupset: '⊐',
  sqsubseteq: '⊑',
  sqsupseteq: '⊒',
  sqcap: '⊓',
  sqcup: '⊔',
  uplus: '⊎',
  ominus: '⊖',
  oslash: '⊘',
  bigoplus: '⨁',
  bigotimes: '⨂',
  bigodot: '⨀',
  biguplus: '⨄',
  bigsqcup: '⨆',
  amalg: '⨿',
  wr: '≀',
  lhd: '⊲',
  rhd: '⊳',
  unlhd: '⊴',
  unrhd: '⊵',
  dashv: '⊣',
  Vdash: '⊩',
  vDash: '⊨',
  nvdash: '⊬',
  ncong: '≇',
  nsim: '≁',
  napprox: '≉',
  nless: '≮',
  ngtr: '≯',
  lessgtr: '≶',
  gtrless: '≷',
  lll: '⋘',
  ggg: '⋙',
  doteq: '≐',
  asymp: '≍',
  nmid: '∤',
  coloneqq: '≔',
  eqqcolon: '≕',
  bowtie: '⋈',
  leftharpoonup: '↼',
  rightharpoonup: '⇀',
  rightleftharpoons: '⇌',
  leftrightharpoons: '⇋',
  nwarrow: '↖',
  swarrow: '↙',
  longmapsto: '⟼',
  Uparrow: '⇑',
  Downarrow: '⇓',
  updownarrow: '↕',
  Updownarrow: '⇕',
  leadsto: '↝',
  circlearrowleft: '↺',
  circlearrowright: '↻',
  curvearrowleft: '↶',
  curvearrowright: '↷',
  clubsuit: '♣',
  diamondsuit: '♢',
  heartsuit: '♡',
  spadesuit: '♠',
  mho: '℧',
  beth: 'ℶ',
  gimel: 'ℷ',
  daleth: 'ℸ',
  backprime: '‵',
  varpropto: '∝',
  blacksquare: '■',
  blacktriangle: '▴',
  measuredangle: '∡',
  sphericalangle: '∢',
  Box: '□',
  wp: '℘',
  surd: '√',
  imath: 'ı',
  jmath: 'ȷ',
};

/**
 * Letters of other alphabets by macro name (`\L` → `Ł`): also read braced, `{\L}`.
 *
 * @example
 * ```ts
 * LETTER_MACROS.ss; // 'ß'
 * ```
 */
export const LETTER_MACROS: Readonly<Record<string, string>> = {
  ss: 'ß',
  o: 'ø',
  O: 'Ø',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  aa: 'å',
  AA: 'Å',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
  j: 'ȷ',
};

/**
 * Text symbols and special letters by macro name.
 *
 * @example
 * ```ts
 * TEXT_SYMBOLS.ss; // 'ß'
 * ```
 */
export const TEXT_SYMBOLS: Readonly<Record<string, string>> = {
  textregistered: '®',
  circledR: '®',
  texttrademark: '™',
  textcopyright: '©',
  copyright: '©',
  dag: '†',
  ddag: '‡',
  dagger: '†',
  ddagger: '‡',
  S: '§',
  P: '¶',
  pounds: '£',
  euro: '€',
  textendash: '–',
  textemdash: '—',
  textbullet: '•',
  textellipsis: '…',
  textdegree: '°',
  degree: '°',
  textcelsius: '℃',
  textsection: '§',
  textparagraph: '¶',
  permil: '‰',
  textperthousand: '‰',
  yen: '¥',
  guillemotleft: '«',
  guillemotright: '»',
  textdagger: '†',
  checkmark: '✓',
  ...LETTER_MACROS,
  textmu: 'µ',
  texttimes: '×',
  textpm: '±',
  textquotedblleft: '“',
  textquotedblright: '”',
  textquoteleft: '‘',
  textquoteright: '’',
  // textcomp's arrows and its numero sign, which arXiv abstracts use in text
  // (`SFT \textrightarrow RL`, `\textnumero2.21`). Its currency, fractions and other signs
  // are left out: a review found them only in LaTeX's own sources and docs.
  textrightarrow: '→',
  textleftarrow: '←',
  textuparrow: '↑',
  textdownarrow: '↓',
  textnumero: '№',
};

/**
 * The astronomy journals' own macros (AASTeX's, MNRAS's, and the solar units most papers
 * define) and particle physics' energy units (`\\GeV`), which abstracts use as if they
 * were LaTeX's: units and the Sun's symbol. Unlike the other tables' symbols, some hold ASCII (`μm`, `M_⊙`, `km s^{-1}`
 * as the rules write `km~s$^{-1}$`), each a fixed point of the rules (the tests check it). The marks set on a decimal point
 * (`1\farcs5`) are `symbols`' reading of the number.
 *
 * @example
 * ```ts
 * ASTRONOMY_MACROS.Msun; // 'M_⊙'
 * ```
 */
export const ASTRONOMY_MACROS: Readonly<Record<string, string>> = {
  degr: '°',
  arcdeg: '°',
  arcmin: '′',
  arcsec: '″',
  micron: 'μm',
  um: 'μm',
  sun: '⊙',
  earth: '⊕',
  Msun: 'M_⊙',
  msun: 'M_⊙',
  Lsun: 'L_⊙',
  lsun: 'L_⊙',
  Rsun: 'R_⊙',
  lya: 'Lyα',
  Lya: 'Lyα',
  kms: 'km s^{-1}',
  // Particle physics' energy units, which hep-ph and nucl-th papers define as their names.
  meV: 'meV',
  eV: 'eV',
  keV: 'keV',
  MeV: 'MeV',
  GeV: 'GeV',
  TeV: 'TeV',
  PeV: 'PeV',
};

/**
 * Logos that print their own name: ASCII, but no rule matches letters alone, so they
 * stay a fixed point. The Euclid Consortium's `\Euclid` prints the mission's name (in
 * italics, with `\xspace`), as its papers' abstracts on arXiv write it.
 *
 * @example
 * ```ts
 * LOGOS.LaTeX; // 'LaTeX'
 * ```
 */
export const LOGOS: Readonly<Record<string, string>> = {
  LaTeX: 'LaTeX',
  TeX: 'TeX',
  BibTeX: 'BibTeX',
  Euclid: 'Euclid',
};

/**
 * Names authors define for groups and algebra's functors, each printing its own name
 * (`\newcommand{\SO}{\mathrm{SO}}`): read only before its argument or script, since a
 * name alone may stand for more (`\SO` for `SO(3)`).
 *
 * @example
 * ```ts
 * DEFINED_NAMES.has('SO'); // true
 * ```
 */
export const DEFINED_NAMES: ReadonlySet<string> = new Set(
  'SO SU SL GL SE Sp PSL PGL PSU PSO PSp USp Spin Pin Hom End Aut Spec Ext Tor Gal Sym Isom Inn Out Diff Pic Tr'.split(
    ' ',
  ),
);

/**
 * Math operators that print their own name in roman type (`\log n` → `log n`).
 *
 * @example
 * ```ts
 * OPERATOR_NAMES.has('log'); // true
 * ```
 */
export const OPERATOR_NAMES: ReadonlySet<string> = new Set(
  'log ln lg exp sin cos tan cot sec csc sinh cosh tanh arcsin arccos arctan max min sup inf lim limsup liminf arg det dim ker deg gcd hom Pr bmod'.split(
    ' ',
  ),
);

/**
 * The `upgreek` package's upright letters (`\upmu`, `\Upgamma`): the same letters, as
 * plain text has no slant.
 *
 * @example
 * ```ts
 * uprightGreek().upmu; // 'μ'
 * uprightGreek().Upomega; // 'Ω'
 * ```
 */
function uprightGreek(): Record<string, string> {
  const upright: Record<string, string> = {};
  for (const [name, letter] of Object.entries(GREEK)) {
    const lower = name.toLowerCase();
    upright[name === lower ? `up${name}` : `Up${lower}`] = letter;
  }
  return upright;
}

/**
 * Every one-symbol macro: Greek, math, text. The tests check that the three parts
 * do not share a name, so none shadows another.
 *
 * @example
 * ```ts
 * SYMBOL_MACROS.times; // '×'
 * ```
 */
export const SYMBOL_MACROS: Readonly<Record<string, string>> = {
  ...GREEK,
  ...uprightGreek(),
  ...MATH_SYMBOLS,
  ...TEXT_SYMBOLS,
  ...ASTRONOMY_MACROS,
};

/**
 * pifont's `\ding{n}` in the Zapf Dingbats font as its Unicode character (the numbers
 * Unicode's own mapping gives), or undefined for a number the font does not fill.
 * Abstracts number their points with them (`\ding{182}` → `❶`) and tick and cross
 * tables' cells (`\ding{51}` → `✓`, `\ding{55}` → `✗`).
 *
 * @example
 * ```ts
 * dingbat(182); // '❶'
 * dingbat(51); // '✓'
 * dingbat(240); // undefined
 * ```
 */
export function dingbat(n: number): string | undefined {
  const odd = DINGBAT_EXCEPTIONS[n];
  if (odd !== undefined) return String.fromCodePoint(odd);
  if (n >= 33 && n <= 126) return String.fromCodePoint(0x2700 + n - 32);
  if (n >= 161 && n <= 167) return String.fromCodePoint(0x2761 + n - 161);
  if (n >= 172 && n <= 181) return String.fromCodePoint(0x2460 + n - 172);
  if (n >= 182 && n <= 254 && (n < 213 || n > 215) && n !== 240) {
    return String.fromCodePoint(0x2776 + n - 182);
  }
  return undefined;
}

/** The dingbats Unicode places outside the Dingbats block (`★`, `☎`, `●`, the suits). */
const DINGBAT_EXCEPTIONS: Readonly<Record<number, number>> = {
  37: 0x260e,
  42: 0x261b,
  43: 0x261e,
  72: 0x2605,
  108: 0x25cf,
  110: 0x25a0,
  115: 0x25b2,
  116: 0x25bc,
  117: 0x25c6,
  119: 0x25d7,
  168: 0x2663,
  169: 0x2666,
  170: 0x2665,
  171: 0x2660,
};
