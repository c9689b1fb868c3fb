/**
 * Finding URLs in flattened text: where they start and end, how their LaTeX escapes
 * read, and whether a braced copy repeats them.
 *
 * @module
 */
import { isLetter, isSpace } from './scan.js';

/**
 * Characters that end a URL: whitespace, braces, quotes, angle brackets, and a backquote
 * (a Markdown code span's, which no URL holds unescaped).
 *
 * @example
 * ```ts
 * endsUrl('{'.charCodeAt(0)); // true
 * ```
 */
export function endsUrl(code: number): boolean {
  return (
    isSpace(code) ||
    code === 0x7b ||
    code === 0x7d ||
    code === 0x22 ||
    code === 0x3c ||
    code === 0x3e ||
    code === 0x60 ||
    Number.isNaN(code)
  );
}

/**
 * The start of `http://` or `https://` whose colon is at `colon`, or `-1`.
 *
 * @example
 * ```ts
 * urlStartAtColon('at https://x.io', 8); // 3
 * ```
 */
export function urlStartAtColon(text: string, colon: number): number {
  if (text.charCodeAt(colon + 1) !== 0x2f || text.charCodeAt(colon + 2) !== 0x2f) return -1;
  let start = -1;
  if (text.startsWith('https', colon - 5)) start = colon - 5;
  else if (text.startsWith('http', colon - 4)) start = colon - 4;
  if (start < 0 || isLetter(text.charCodeAt(start - 1))) return -1;
  return start;
}

/**
 * The end of a URL whose scheme starts at `start` (exclusive). A macro glued after it
 * (`\\cite`, `~\\footnote`: a backslash before a letter, maybe tied) is no part of it,
 * nor is TeX's closing quote (`''`); its escapes (`\\_`, `\\%`) are.
 *
 * @example
 * ```ts
 * urlEnd('https://x.io/{https://x.io/}', 0); // 13
 * urlEnd('https://x.io/a~\\cite{b}.', 0); // 14
 * urlEnd("https://x.io/a'' now", 0); // 14
 * ```
 */
export function urlEnd(text: string, start: number): number {
  let at = start;
  while (at < text.length && !endsUrl(text.charCodeAt(at))) {
    const code = text.charCodeAt(at);
    if (code === 0x5c && isLetter(text.charCodeAt(at + 1))) break;
    // TeX's closing quote after a quoted address (`` ``https://x.io/a'' ``): no URL
    // doubles an apostrophe.
    if (code === 0x27 && text.charCodeAt(at + 1) === 0x27) break;
    if (code === 0x7e && text.charCodeAt(at + 1) === 0x5c && isLetter(text.charCodeAt(at + 2))) {
      break;
    }
    at++;
  }
  return at;
}

/**
 * Is there a URL scheme at `at`?
 *
 * @example
 * ```ts
 * startsUrl('{https://x.io}', 1); // true
 * ```
 */
export function startsUrl(text: string, at: number): boolean {
  return text.startsWith('https://', at) || text.startsWith('http://', at);
}

/** LaTeX's (and a Markdown exporter's `\-`) escapes that turn up inside URLs. */
const URL_ESCAPES = new Set(['_', '%', '#', '&', '~', '-']);

/**
 * A URL with its escapes (`\_`, `\%`, `\#`, `\&`, `\~`, `\-`) read.
 *
 * @example
 * ```ts
 * unescapeUrl('https://x.top/SimpleSpeech2\\_demo/'); // 'https://x.top/SimpleSpeech2_demo/'
 * ```
 */
export function unescapeUrl(url: string): string {
  if (!url.includes('\\')) return url;
  let out = '';
  for (let at = 0; at < url.length; at++) {
    const char = url[at] as string;
    const next = url[at + 1];
    if (char === '\\' && next !== undefined && URL_ESCAPES.has(next)) {
      out += next;
      at++;
    } else out += char;
  }
  return out;
}

/**
 * Positions of the escapes inside a URL span, for reporting each as a fix.
 *
 * @example
 * ```ts
 * urlEscapes('a\\_b', 0, 4); // [1]
 * ```
 */
export function urlEscapes(text: string, start: number, end: number): number[] {
  const found: number[] = [];
  for (let at = start; at < end - 1; at++) {
    if (text.charCodeAt(at) !== 0x5c) continue;
    const next = text[at + 1];
    if (next !== undefined && URL_ESCAPES.has(next)) found.push(at);
    at++;
  }
  return found;
}

/**
 * Does `label` (the braced part of a flattened `\href`) just repeat `url`, or stand
 * in for it the way arXiv writes links ("this https URL")?
 *
 * @example
 * ```ts
 * repeatsUrl('https://x.io/vae/', 'https://x.io/vae/'); // true
 * repeatsUrl('https://x.io/a', 'this https URL'); // true
 * ```
 */
export function repeatsUrl(url: string, label: string): boolean {
  const trimmed = label.trim();
  if (PLACEHOLDERS.has(trimmed.toLowerCase().replace(/\s+/g, ' '))) return true;
  return bare(unescapeUrl(trimmed)) === bare(unescapeUrl(url));
}

/**
 * A URL as a label may show it: without its scheme (or `mailto:`), `www.` or trailing
 * slash.
 *
 * @example
 * ```ts
 * bare('https://www.x.io/a/'); // 'x.io/a'
 * ```
 */
function bare(url: string): string {
  let from = 0;
  if (url.startsWith('https://')) from = 8;
  else if (url.startsWith('http://')) from = 7;
  else if (url.startsWith('mailto:')) from = 7;
  if (url.startsWith('www.', from)) from += 4;
  return stripSlash(url.slice(from));
}

const PLACEHOLDERS = new Set([
  'this https url',
  'this http url',
  'this url',
  'url',
  'link',
  'this link',
  'here',
]);

/**
 * A URL without its trailing slash, so `a/` and `a` compare equal.
 *
 * @example
 * ```ts
 * stripSlash('https://x.io/vae/'); // 'https://x.io/vae'
 * ```
 */
function stripSlash(url: string): string {
  return url.endsWith('/') ? url.slice(0, -1) : url;
}
