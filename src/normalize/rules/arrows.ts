/**
 * `arrows`: arrow macros that lost their backslash (`rightarrow`, `Leftarrow`,
 * `longrightarrow`, …) become the arrow, glued into words or not:
 * `kernelrightarrowdriver` → `kernel→driver`. No English word contains them (`arrow`
 * and `narrow` do not: the name must be whole), so no context is needed beyond the
 * name's own letters.
 *
 * @example
 * ```text
 * the kernelrightarrowdriver path and A Rightarrow B → the kernel→driver path and A ⇒ B
 * an arrow, a narrow margin, the Arrow library → an arrow, a narrow margin, the Arrow library
 * ```
 *
 * @module
 */
import { type Outcome, type Rule, single } from '../types.js';

/** Arrow names, longest first (`leftrightarrow` before `rightarrow`), and their arrows. */
const ARROWS: readonly (readonly [string, string])[] = [
  ['Longleftrightarrow', '⟺'],
  ['longleftrightarrow', '⟷'],
  ['Longrightarrow', '⟹'],
  ['longrightarrow', '⟶'],
  ['Longleftarrow', '⟸'],
  ['longleftarrow', '⟵'],
  ['Leftrightarrow', '⇔'],
  ['leftrightarrow', '↔'],
  ['Rightarrow', '⇒'],
  ['rightarrow', '→'],
  ['Leftarrow', '⇐'],
  ['leftarrow', '←'],
];

export const arrows: Rule = {
  name: 'arrows',
  prefilter: {
    triggers: '',
    infixes: ['arrow'],
    anchors: [],
    gate: hasArrowName,
  },
  examples: [
    ['the kernelrightarrowdriver path and A Rightarrow B', 'the kernel→driver path and A ⇒ B'],
    [
      'an arrow, a narrow margin, the Arrow library',
      'an arrow, a narrow margin, the Arrow library',
    ],
  ],
  match(text, at) {
    // The `w` of `arrow`; a backslash is `symbols`' business.
    if (text.charCodeAt(at) !== 0x77) return undefined;
    return arrowEndingAt(text, at + 1);
  },
};

/**
 * An arrow name ending at `end` (after its `w`), not after a backslash.
 *
 * @example
 * ```ts
 * arrowEndingAt('arightarrowb', 11); // one hit: 'rightarrow' → '→'
 * ```
 */
function arrowEndingAt(text: string, end: number): Outcome | undefined {
  for (const [name, arrow] of ARROWS) {
    const start = end - name.length;
    if (start < 0 || !text.startsWith(name, start)) continue;
    if (text.charCodeAt(start - 1) === 0x5c) return undefined;
    return single(start, end, arrow);
  }
  return undefined;
}

/**
 * The gate: an arrow name somewhere. It looks at each `w` (rare in English), which
 * is far cheaper than a search for `arrow`, whose `a` is everywhere.
 *
 * @example
 * ```ts
 * hasArrowName('kernelrightarrowdriver'); // true
 * hasArrowName('a narrow window'); // false
 * ```
 */
function hasArrowName(text: string): boolean {
  let at = text.indexOf('w');
  while (at !== -1) {
    if (text.charCodeAt(at - 1) === 0x6f && arrowEndingAt(text, at + 1) !== undefined) return true;
    at = text.indexOf('w', at + 1);
  }
  return false;
}
