/**
 * `arrows`: an arrow macro that lost its backslash (`rightarrow`, `Leftarrow`,
 * `leftrightarrow`, `longrightarrow`, `uparrow`, `hookrightarrow`…) becomes its arrow,
 * alone or glued between the words flattened math leaves around it
 * (`kernelrightarrowdriver`). The names are no English words; `arrow`, `narrow`,
 * `sparrow`, Apache `Arrow` and `ArrowLeft` are, or are names, and stay.
 *
 * The rule fires on the `w` of `arrow`, rare in English, and looks back for a
 * direction; its gate is the same test at every `w`, so clean text costs one native
 * search for `w` and a glance at the `ro` before each.
 *
 * @example
 * ```text
 * the kernelrightarrowdriver path → the kernel→driver path
 * a userleftrightarrowagent loop → a user↔agent loop
 * A Leftarrow B, x longrightarrow y, up (uparrow), hookrightarrow → A ⇐ B, x ⟶ y, up (↑), ↪
 * a narrow arrow, the sparrow, Apache Arrow, ArrowLeft, arrowhead, rightArrow, left-arrow, up arrow → a narrow arrow, the sparrow, Apache Arrow, ArrowLeft, arrowhead, rightArrow, left-arrow, up arrow
 * icons/leftarrow.svg, key_uparrow, uparrow_icon, setuparrow, markdownarrow and x uparrow y → icons/leftarrow.svg, key_uparrow, uparrow_icon, setuparrow, markdownarrow and x ↑ y
 * btn-rightarrow, onKey('rightarrow'), {leftarrow: 1} → btn-rightarrow, onKey('rightarrow'), {leftarrow: 1}
 * as varepsilondownarrow0 and taurightarrowinfty, nrightarrowinfty → as ε↓0 and τ→∞, n→∞
 * as nrightarrow infty, but nrightarrow infinity → as n→∞, but n→ infinity
 * mapping (z_{t}rightarrow z_{0}), but xrightarrow  y, Tuparrow by and 1%downarrow and → mapping (z_{t}→z_{0}), but x→  y, T↑ by and 1%↓ and
 * ```
 *
 * @module
 */
import { isLetter, isWordChar, lettersStart } from '../scan.js';
import { GREEK } from '../tables/symbols.js';
import type { Hit, Outcome, Rule } from '../types.js';

const ARROW = 'arrow';

/**
 * Directions before `arrow`, longest first where one ends another (`leftright` before
 * `right`), with the arrow each names.
 */
const DIRECTIONS: readonly (readonly [string, string])[] = [
  ['Longleftright', '⟺'],
  ['longleftright', '⟷'],
  ['Leftright', '⇔'],
  ['leftright', '↔'],
  ['Longright', '⟹'],
  ['longright', '⟶'],
  ['Longleft', '⟸'],
  ['longleft', '⟵'],
  ['hookright', '↪'],
  ['hookleft', '↩'],
  ['Updown', '⇕'],
  ['updown', '↕'],
  ['Right', '⇒'],
  ['right', '→'],
  ['Left', '⇐'],
  ['left', '←'],
  ['Down', '⇓'],
  ['down', '↓'],
  ['Up', '⇑'],
  ['up', '↑'],
];

export const arrows: Rule = {
  name: 'arrows',
  prefilter: {
    triggers: '',
    // At the `w` of `arrow` (searched for `w`, then `arro` before it): at no other `w`.
    needles: [ARROW],
    anchors: [],
    gate: hasArrowName,
  },
  match: (text, at) => arrowAt(text, at),
};

/**
 * The gate: the rule's own test at each `w`.
 *
 * @example
 * ```ts
 * hasArrowName('the kernelrightarrowdriver path'); // true
 * hasArrowName('we show a narrow arrow');          // false
 * ```
 */
function hasArrowName(text: string): boolean {
  for (let at = text.indexOf('w'); at !== -1; at = text.indexOf('w', at + 1)) {
    // `row` before the `w` first: `how`, `show` and `follow` end most English `ow`s.
    if (
      text.charCodeAt(at - 1) === 0x6f &&
      text.charCodeAt(at - 2) === 0x72 &&
      arrowAt(text, at) !== undefined
    ) {
      return true;
    }
  }
  return false;
}

/**
 * The arrow name whose `arrow` ends with the `w` at `at`, as its symbol. Not after a
 * backslash (`\rightarrow` is `symbols`' business).
 *
 * @example
 * ```ts
 * arrowAt('Ax Rightarrow B', 12); // { hits: [{ start: 3, end: 13, text: '⇒' }], resume: 13 }
 * arrowAt('narrow', 5);           // undefined
 * ```
 */
function arrowAt(text: string, at: number): Outcome | undefined {
  const arrowStart = at + 1 - ARROW.length;
  if (arrowStart < 0 || !text.startsWith(ARROW, arrowStart)) return undefined;
  for (const [direction, symbol] of DIRECTIONS) {
    const start = arrowStart - direction.length;
    if (start < 0 || !text.startsWith(direction, start)) continue;
    const before = text.charCodeAt(start - 1);
    const after = text.charCodeAt(at + 1);
    // `\rightarrow` is `symbols`' business; a path, an identifier or a file name
    // (`icons/leftarrow.svg`, `key_uparrow`) is a name, not flattened math.
    // So is a CSS class or a quoted key (`btn-rightarrow`, `'rightarrow'`, `{leftarrow:`).
    if ('\\/_.-\'"'.includes(text[start - 1] as string) && start > 0) return undefined;
    if ('_/\'":'.includes(text[at + 1] as string) && at + 1 < text.length) return undefined;
    if (after === 0x2e && isLetter(text.charCodeAt(at + 2))) return undefined;
    // A Greek letter's name glued before is the arrow's operand (`varepsilondownarrow0`
    // → `ε↓0`): both are flattened math. Otherwise `up` and `down` end English words
    // (`setup`, `markdown`): glued to a word of two letters or more, they are that
    // word's end; a one-letter variable may stand there.
    const greek = greekBefore(text, start);
    if (
      greek === undefined &&
      SHORT.has(direction) &&
      isLetter(before) &&
      isLetter(text.charCodeAt(start - 2))
    ) {
      return undefined;
    }
    const hits: Hit[] = [];
    if (greek !== undefined) {
      hits.push({ start: greek, end: start, text: GREEK[text.slice(greek, start)] as string });
    }
    // Glued to its left operand (a word or a group), the name's one space before a
    // one-letter or numeric operand only ended the name, as TeX reads it
    // (`z_{t}rightarrow z_{0}` → `z_{t}→z_{0}`); spaced both sides, after a sign
    // (`1%downarrow and`) or before a word (`Tuparrow by`, a marker), the spaces stay.
    const space = text.charCodeAt(at + 1) === 0x20 ? 1 : 0;
    const glued =
      space === 1 &&
      (isWordChar(before) || before === 0x7d) &&
      (ONE_OPERAND.test(text.slice(at + 2, at + 32)) || inftyAfter(text, at + 2));
    hits.push({ start, end: glued ? at + 2 : at + 1, text: symbol });
    // `infty` after the arrow, glued or spaced, goes with it (`taurightarrowinfty` →
    // `τ→∞`, `n rightarrow infty` → `n → ∞`): both are flattened math.
    if (!inftyAfter(text, at + 1 + space)) return { hits, resume: at + 1 + (glued ? 1 : 0) };
    hits.push({ start: at + 1 + space, end: at + 6 + space, text: '∞' });
    return { hits, resume: at + 6 + space };
  }
  return undefined;
}

/**
 * Where a Greek letter's name glued before `end` starts, the whole word before it
 * (`varepsilon` in `varepsilondownarrow`), or undefined.
 *
 * @example
 * ```ts
 * greekBefore('as varepsilondownarrow0', 13); // 3
 * greekBefore('markdownarrow', 8); // undefined
 * ```
 */
function greekBefore(text: string, end: number): number | undefined {
  const start = lettersStart(text, end, 12);
  if (start === end || isWordChar(text.charCodeAt(start - 1))) return undefined;
  return Object.hasOwn(GREEK, text.slice(start, end)) ? start : undefined;
}

/** Is `infty` glued at `from`, ending a word (`rightarrowinfty`)? */
function inftyAfter(text: string, from: number): boolean {
  const after = text.charCodeAt(from + 5);
  return text.startsWith('infty', from) && !isWordChar(after) && after !== 0x5f;
}

/**
 * A one-letter, Greek or numeric operand (`-1`, `∞`), alone or glued to the chain's
 * next arrow (`Irightarrow J`, `2rightarrow 3`).
 */
const ONE_OPERAND =
  /^(?:-?[A-Za-z\d](?![A-Za-z])|[α-ωΑ-Ω∞](?![A-Za-zα-ω])|[A-Za-z\d](?:[Ll]ong|hook)?(?:[Rr]ight|[Ll]eft|[Uu]p|[Dd]own)[a-z]*arrow)/;

/** Directions that end English words, so a word before them is no operand. */
const SHORT = new Set(['up', 'Up', 'down', 'Down', 'updown', 'Updown']);
