/**
 * A link's resource, `(destination)` right after its `]`, read as micromark's
 * `resource` and `factoryDestination` read it: optional whitespace, a raw destination
 * with balanced parentheses (at most 32 deep), optional whitespace, `)`. A title or a
 * `<…>` destination is outside the subset; a backslash in the destination too (its
 * escapes would need decoding), and so does an `&` (a character reference would).
 *
 * @module
 */

/** The resource ends at `end` (after its `)`), and points at `url`. */
export interface Resource {
  readonly end: number;
  readonly url: string;
}

/** Not a resource: micromark reads the `]` as text and goes on after it. */
export const NO_RESOURCE = 0;
/** Something only micromark reads exactly: the caller gives the whole piece to it. */
export const OUTSIDE_SUBSET = 1;

const SPACE = 0x20;
const LF = 0x0a;
const TAB = 0x09;
const LEFT_PAREN = 0x28;
const RIGHT_PAREN = 0x29;
const BACKSLASH = 0x5c;
const LESS_THAN = 0x3c;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const DELETE = 0x7f;
/** micromark's limit on nested parentheses in a raw destination. */
const MAX_BALANCE = 32;

/**
 * Read the resource whose `(` is just before `from`, in `text` up to `to`.
 *
 * @example
 * ```ts
 * readResource('[a](https://hf.co) b', 4, 20); // { end: 18, url: 'https://hf.co' }
 * readResource('[a](b c)', 4, 8);              // NO_RESOURCE: a space in the destination
 * readResource('[a](b "t")', 4, 10);           // OUTSIDE_SUBSET: a title
 * ```
 */
export function readResource(
  text: string,
  from: number,
  to: number,
): Resource | typeof NO_RESOURCE | typeof OUTSIDE_SUBSET {
  let at = skipWhitespace(text, from, to);
  if (at >= to) return NO_RESOURCE;
  let code = text.charCodeAt(at);
  if (code === RIGHT_PAREN) return { end: at + 1, url: '' };
  if (code === LESS_THAN) return OUTSIDE_SUBSET;
  if (isControl(code)) return NO_RESOURCE;
  const start = at;
  let balance = 0;
  for (; at < to; at++) {
    code = text.charCodeAt(at);
    if (balance === 0 && (code === RIGHT_PAREN || code === SPACE || code === LF || code === TAB))
      break;
    if (code === LEFT_PAREN) {
      if (balance >= MAX_BALANCE) return NO_RESOURCE;
      balance++;
    } else if (code === RIGHT_PAREN) balance--;
    else if (code === BACKSLASH) return OUTSIDE_SUBSET;
    else if (code === SPACE || isControl(code)) return NO_RESOURCE;
  }
  // The input ended inside the destination, or with parentheses still open.
  if (at >= to) return NO_RESOURCE;
  const url = text.slice(start, at);
  // micromark decodes character references in a destination (`&amp;` → `&`).
  if (url.includes('&')) return OUTSIDE_SUBSET;
  at = skipWhitespace(text, at, to);
  if (at >= to) return NO_RESOURCE;
  code = text.charCodeAt(at);
  if (code === RIGHT_PAREN) return { end: at + 1, url };
  // A title may follow whitespace; anything else ends the attempt.
  if (at > start + url.length && (code === QUOTE || code === APOSTROPHE || code === LEFT_PAREN)) {
    return OUTSIDE_SUBSET;
  }
  return NO_RESOURCE;
}

/**
 * Skip spaces, tabs and line endings, as micromark's
 * `factoryWhitespace` does between a resource's parts.
 *
 * @example
 * ```ts
 * skipWhitespace('( \n x)', 1, 6); // 4
 * ```
 */
function skipWhitespace(text: string, from: number, to: number): number {
  let at = from;
  while (at < to) {
    const code = text.charCodeAt(at);
    if (code !== SPACE && code !== LF && code !== TAB) break;
    at++;
  }
  return at;
}

/**
 * An ASCII control character, as micromark's `asciiControl` (tab and line feed included).
 *
 * @example
 * ```ts
 * isControl(0x7f); // true
 * ```
 */
function isControl(code: number): boolean {
  return code < SPACE || code === DELETE;
}
