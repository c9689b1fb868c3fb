/**
 * Abbreviation macros from the CVPR/ICCV style files (`\eg`, `\ie`, `\etc`, …).
 * Those styles end each with `\onedot`: a period, unless a period follows already.
 * The text here is without that final period; the rule adds it.
 *
 * @module
 */

/**
 * Abbreviation text without its final period, by macro name.
 *
 * @example
 * ```ts
 * ABBREVIATIONS.eg; // 'e.g'
 * ```
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  eg: 'e.g',
  Eg: 'E.g',
  ie: 'i.e',
  Ie: 'I.e',
  cf: 'cf',
  Cf: 'Cf',
  etc: 'etc',
  vs: 'vs',
  wrt: 'w.r.t',
  Wrt: 'W.r.t',
  dof: 'd.o.f',
  Dof: 'D.o.f',
  etal: 'et al',
  iid: 'i.i.d',
  aka: 'a.k.a',
  viz: 'viz',
  resp: 'resp',
};
