/**
 * `abbreviations`: the CVPR-style abbreviation macros print their abbreviation, with
 * a final period unless one follows already (what the style's `\onedot` does).
 *
 * @example
 * ```text
 * modules (\eg, DINOv2) → modules (e.g., DINOv2)
 * (NeRV, E-NeRV, \etc) reconstruct → (NeRV, E-NeRV, etc.) reconstruct
 * as in \ie the, Smith \etal, \wrt x, and so \etc. → as in i.e. the, Smith et al., w.r.t. x, and so etc.
 * ```
 *
 * @module
 */
import { ABBREVIATIONS } from '../tables/abbreviations.js';
import { type Rule, single } from '../types.js';

export const abbreviations: Rule = {
  name: 'abbreviations',
  prefilter: {
    triggers: '\\',
    anchors: ['\\'],
  },
  match(text, at, ctx) {
    if (text.charCodeAt(at) !== 0x5c) return undefined;
    const name = ctx.macroName(text, at);
    const end = at + 1 + name.length;
    if (!Object.hasOwn(ABBREVIATIONS, name)) return undefined;
    const dot = text.charCodeAt(end) === 0x2e ? '' : '.';
    return single(at, end, `${ABBREVIATIONS[name]}${dot}`);
  },
};
