/**
 * The code and paper buttons at a Trending card's end: `GitHub 131`, `GitHub 3.29k`
 * (some scrapers write `LINK: GitHub 11.3k`), and `arXiv Page`.
 *
 * @module
 */
import { readCount } from './count.js';

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
