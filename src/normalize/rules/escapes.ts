/**
 * `escapes`: LaTeX's escaped specials read as the characters they print. `\\` (a
 * line break) is kept and skipped, so its second backslash escapes nothing. `\&`
 * and an entity after it decode together (`\&amp;` → `&`), and `\{url\}` loses its braces like
 * any braced URL: otherwise the output would hold a new artifact for a second pass.
 *
 * @example
 * ```text
 * a significant 45\% drop → a significant 45% drop
 * F\_1 and \#1 and \$20 and R\&D → F_1 and #1 and $20 and R&D
 * the set \{a, b\} → the set {a, b}
 * ```
 *
 * @module
 */
import { type Rule, single } from '../types.js';
import { startsUrl, unescapeUrl, urlEnd } from '../urls.js';
import { readReference } from './entities.js';

const PLAIN: Readonly<Record<string, string>> = {
  '%': '%',
  _: '_',
  '#': '#',
  $: '$',
  '&': '&',
  '{': '{',
  '}': '}',
};

export const escapes: Rule = {
  name: 'escapes',
  prefilter: {
    triggers: '\\',
    anchors: ['\\'],
  },
  examples: [
    ['a significant 45\\% drop', 'a significant 45% drop'],
    ['F\\_1 and \\#1 and \\$20 and R\\&D', 'F_1 and #1 and $20 and R&D'],
    ['the set \\{a, b\\}', 'the set {a, b}'],
  ],
  match(text, at) {
    if (text.charCodeAt(at) !== 0x5c) return undefined;
    const next = text[at + 1];
    if (next === '\\') return { hits: [], resume: at + 2 };
    if (next === undefined) return undefined;
    const plain = PLAIN[next];
    if (plain === undefined) return undefined;
    // `\&amp;`: the escaped ampersand starts an entity; read the two as one.
    if (next === '&' && /^[#A-Za-z][#A-Za-z0-9]{0,31};/.test(text.slice(at + 2, at + 36))) {
      const entity = readReference(text, at + 1);
      return entity === undefined
        ? { hits: [], resume: at + 2 }
        : single(at, entity.end, entity.text, 'entities');
    }
    if (next === '{' && startsUrl(text, at + 2)) {
      const end = urlEnd(text, at + 2);
      if (text.startsWith('\\}', end - 1)) {
        return single(at, end + 1, unescapeUrl(text.slice(at + 2, end - 1)), 'href');
      }
    }
    return single(at, at + 2, plain);
  },
};
