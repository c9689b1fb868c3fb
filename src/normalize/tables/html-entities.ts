/**
 * HTML named character references, the ones text about papers uses: HTML 4's 252
 * (Latin-1, Greek, math, arrows, typographic punctuation), XML's `&apos;` (which
 * XHTML and feed dumps write for an apostrophe) and the HTML5 names LaTeX
 * users reach for (`&leq;`, `&rightarrow;`, `&varepsilon;`). Not HTML5's full table
 * of 2,231 names: that table was 14 kB of every browser bundle, and a name not here
 * is kept as written (the normalizer does no harm), never guessed. Values are HTML5's
 * (`&lang;` is U+27E8).
 *
 * @example
 * ```ts
 * NAMED_REFERENCES.get('ndash'); // '–'
 * NAMED_REFERENCES.get('bigstar'); // undefined: kept as written
 * ```
 *
 * @module
 */

/** The names of U+00A0 … U+00FF, in code point order. */
const LATIN1 = `
nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg
plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34
iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml
Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave
Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil
egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde
ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml`;

/** Other names, each with its code point in hexadecimal. */
const OTHER = `
quot 22 apos 27 amp 26 lt 3c gt 3e OElig 152 oelig 153 Scaron 160 scaron 161 Yuml 178 circ 2c6
tilde 2dc ensp 2002 emsp 2003 thinsp 2009 zwnj 200c zwj 200d lrm 200e rlm 200f
ndash 2013 mdash 2014 lsquo 2018 rsquo 2019 sbquo 201a ldquo 201c rdquo 201d bdquo 201e
dagger 2020 Dagger 2021 permil 2030 lsaquo 2039 rsaquo 203a euro 20ac fnof 192 Alpha 391
Beta 392 Gamma 393 Delta 394 Epsilon 395 Zeta 396 Eta 397 Theta 398 Iota 399 Kappa 39a
Lambda 39b Mu 39c Nu 39d Xi 39e Omicron 39f Pi 3a0 Rho 3a1 Sigma 3a3 Tau 3a4 Upsilon 3a5
Phi 3a6 Chi 3a7 Psi 3a8 Omega 3a9 alpha 3b1 beta 3b2 gamma 3b3 delta 3b4 epsilon 3b5
zeta 3b6 eta 3b7 theta 3b8 iota 3b9 kappa 3ba lambda 3bb mu 3bc nu 3bd xi 3be
omicron 3bf pi 3c0 rho 3c1 sigmaf 3c2 sigma 3c3 tau 3c4 upsilon 3c5 phi 3c6 chi 3c7
psi 3c8 omega 3c9 thetasym 3d1 upsih 3d2 piv 3d6 bull 2022 hellip 2026 prime 2032
Prime 2033 oline 203e frasl 2044 weierp 2118 image 2111 real 211c trade 2122
alefsym 2135 larr 2190 uarr 2191 rarr 2192 darr 2193 harr 2194 crarr 21b5 lArr 21d0
uArr 21d1 rArr 21d2 dArr 21d3 hArr 21d4 forall 2200 part 2202 exist 2203 empty 2205
nabla 2207 isin 2208 notin 2209 ni 220b prod 220f sum 2211 minus 2212 lowast 2217
radic 221a prop 221d infin 221e ang 2220 and 2227 or 2228 cap 2229 cup 222a int 222b
there4 2234 sim 223c cong 2245 asymp 2248 ne 2260 equiv 2261 le 2264 ge 2265 sub 2282
sup 2283 nsub 2284 sube 2286 supe 2287 oplus 2295 otimes 2297 perp 22a5 sdot 22c5
lceil 2308 rceil 2309 lfloor 230a rfloor 230b lang 27e8 rang 27e9 loz 25ca spades 2660
clubs 2663 hearts 2665 diams 2666 leq 2264 geq 2265 approx 2248 pm b1 mp 2213
rightarrow 2192 leftarrow 2190 Rightarrow 21d2 Leftarrow 21d0 leftrightarrow 2194
mapsto 21a6 hbar 210f ell 2113 varepsilon 3f5 epsi 3b5 phiv 3d5 varphi 3d5 setminus 2216
subseteq 2286 supseteq 2287 star 2606 ominus 2296 odot 2299 propto 221d simeq 2243
ll 226a gg 226b prec 227a succ 227b emptyset 2205 Element 2208 langle 27e8 rangle 27e9
nearr 2197 searr 2198 check 2713 cross 2717 bullet 2022 hyphen 2010 dash 2010
horbar 2015 ZeroWidthSpace 200b NoBreak 2060`;

/** Name → decoded text. */
export const NAMED_REFERENCES: ReadonlyMap<string, string> = build();

/**
 * The names HTML also reads without their semicolon (`&copy 2024`, `&amp` in a URL): the
 * Latin-1 ones and `amp`, `lt`, `gt`, `quot`. (HTML's other legacy names, `AMP`, `COPY`,
 * `GT`, `LT`, `QUOT` and `REG`, are not in the table.)
 *
 * @example
 * ```ts
 * LEGACY_NAMES.has('copy'); // true
 * LEGACY_NAMES.has('ndash'); // false: `&ndash` without `;` stays as written
 * ```
 */
export const LEGACY_NAMES: ReadonlySet<string> = new Set([
  ...LATIN1.trim().split(/\s+/),
  'amp',
  'lt',
  'gt',
  'quot',
]);

/**
 * The map, from the two lists.
 *
 * @example
 * ```ts
 * build().get('eacute'); // 'é'
 * ```
 */
function build(): Map<string, string> {
  const map = new Map<string, string>();
  LATIN1.trim()
    .split(/\s+/)
    .forEach((name, index) => {
      map.set(name, String.fromCharCode(0xa0 + index));
    });
  const words = OTHER.trim().split(/\s+/);
  for (let k = 0; k + 1 < words.length; k += 2) {
    map.set(words[k] as string, String.fromCodePoint(Number.parseInt(words[k + 1] as string, 16)));
  }
  return map;
}
