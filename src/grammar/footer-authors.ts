/**
 * The author count at the start of a card's footer: `  • 3 authors`.
 *
 * @module
 */

const AUTHORS = /^[•*-] ?(\d{1,6}) authors?$/;

/**
 * Read a trimmed, collapsed line as an author count, or return `undefined`.
 *
 * @example
 * ```ts
 * parseAuthorsLine('• 3 authors'); // 3
 * parseAuthorsLine('• 1 author');  // 1
 * parseAuthorsLine('3 authors');   // undefined
 * ```
 */
export function parseAuthorsLine(line: string): number | undefined {
  const first = line.charCodeAt(0);
  if (first !== 0x2022 && first !== 0x2a && first !== 0x2d) return undefined;
  if (line.length > 20) return undefined;
  const match = AUTHORS.exec(line);
  return match === null ? undefined : Number(match[1]);
}
