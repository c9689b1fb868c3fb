/**
 * The code and paper buttons at a Trending card's end: `GitHub 131`, `GitHub 3.29k`
 * (some scrapers write `LINK: GitHub 11.3k`), and `arXiv Page`.
 *
 * @module
 */
import { readCount } from './count.js';
import { isTitleShaped, shapeOf } from './shape.js';

/**
 * Read the GitHub button's text: `{ stars }`, `{}` without a count, or `undefined`.
 *
 * @example
 * ```ts
 * readGitHub('GitHub 3.29k');       // { stars: 3290 }
 * readGitHub('LINK: GitHub 11.3k'); // { stars: 11300 }
 * readGitHub('GitHub 66 auto');     // { stars: 66 } (a paper page's button, as crawlers save it)
 * readGitHub('GitHub');             // {}
 * readGitHub('GitHub Copilot');     // undefined
 * ```
 */
export function readGitHub(text: string): { stars?: number } | undefined {
  let rest = text.startsWith('LINK:') ? text.slice(5).trimStart() : text;
  if (!rest.startsWith('GitHub')) return undefined;
  rest = rest.slice(6).trim();
  if (rest.endsWith(' auto')) rest = rest.slice(0, -5).trimEnd();
  if (rest.length === 0) return {};
  const stars = readCount(rest);
  return stars === undefined ? undefined : { stars };
}

/**
 * Whether text is the arXiv button's.
 *
 * @example
 * ```ts
 * isArxivButton('arXiv Page'); // true
 * isArxivButton('arXiv');      // true
 * ```
 */
export function isArxivButton(text: string): boolean {
  const rest = text.startsWith('LINK:') ? text.slice(5).trimStart() : text;
  return rest === 'arXiv Page' || rest === 'arXiv' || rest === 'View arXiv page';
}

/** A button's label is never longer: an arXiv link's text past it is a title. */
export const LABEL_MAX = 40;

/** Words a link's own label holds (`Read the paper`, `PDF`, `View on arXiv`), no title. */
const LABEL_WORD = /arxiv|\b(?:pdf|paper|abs|abstract|view|read|link|download|full text|here)\b/i;

/**
 * Whether a short arXiv link's text, set as a heading or a line of its own, is a paper's
 * title rather than a button's label: title-shaped, no label's word (a digest's `###
 * [Twisting Lids Off with Two Hands](https://arxiv.org/abs/2403.02338)`).
 *
 * @example
 * ```ts
 * isArxivTitle('Twisting Lids Off with Two Hands'); // true
 * isArxivTitle('View on arXiv');                    // false
 * isArxivTitle('Read the paper');                   // false
 * isArxivTitle('2403.02338');                       // false
 * ```
 */
export function isArxivTitle(text: string): boolean {
  return !LABEL_WORD.test(text) && isTitleShaped(shapeOf(text));
}
