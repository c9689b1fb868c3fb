/**
 * The submitter line: `Submitted by taesiri`, or `Submitted by` alone with the user
 * name on a later line (after the avatar placeholder).
 *
 * @module
 */

const PREFIX = 'Submitted by';
// A Hugging Face user name: letters, digits, `-`, `_`, `.`; no spaces.
const USER = /^[A-Za-z0-9][\w.-]{0,38}$/;

/**
 * Read a submitter line: `{ name }`, `{}` when the name comes later, or `undefined`.
 *
 * @example
 * ```ts
 * readSubmitter('Submitted by taesiri'); // { name: 'taesiri' }
 * readSubmitter('Submitted by');         // {}
 * readSubmitter('Submitted to ICML');    // undefined
 * ```
 */
export function readSubmitter(text: string): { name?: string } | undefined {
  if (!text.startsWith(PREFIX)) return undefined;
  const rest = text.slice(PREFIX.length).trim();
  if (rest.length === 0) return {};
  return isUserName(rest) ? { name: rest } : undefined;
}

/**
 * Whether a piece of text can be a user name on its own.
 *
 * @example
 * ```ts
 * isUserName('vvasilev'); // true
 * isUserName('two words'); // false
 * isUserName('2024');      // false (digits only)
 * ```
 */
export function isUserName(text: string): boolean {
  return USER.test(text) && /\D/.test(text);
}
