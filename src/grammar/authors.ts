/**
 * The author count of a card's byline: `• 3 authors`, `- 3 authors`, `* 671 authors`,
 * `3 authors`, and the web clipper's `· 45 authors` (list bullets and the avatar row's
 * dot before the count).
 *
 * @module
 */

// Bullets and dots before the count, then the count and the word. Anchored, linear.
const AUTHORS = /^(?:[•*·-] ?){0,3}(\d{1,6}) authors?$/;

/**
 * Read an author count, or `undefined`.
 *
 * @example
 * ```ts
 * readAuthors('• 3 authors');  // 3
 * readAuthors('· 45 authors'); // 45
 * readAuthors('1 author');     // 1
 * readAuthors('authors');      // undefined
 * ```
 */
export function readAuthors(text: string): number | undefined {
  if (text.length > 28 || text.length < 7) return undefined;
  const match = AUTHORS.exec(text);
  return match === null ? undefined : Number(match[1]);
}
