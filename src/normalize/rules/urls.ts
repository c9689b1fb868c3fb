/**
 * `urls`: a URL is protected, so no other rule looks inside it (a `~` or `x2013` in a
 * path is not an artifact). Its LaTeX escapes are still read, credited to `escapes`, and
 * so is a stray backslash typed before its scheme (`\https://x.io`).
 *
 * @example
 * ```text
 * see https://x.io/~u/a~b/x2013 now → see https://x.io/~u/a~b/x2013 now
 * at https://github.com/T/Public\_Data. → at https://github.com/T/Public_Data.
 * via https://github.com/toelt\-llc/FlightScope\_Bench, aims → via https://github.com/toelt-llc/FlightScope_Bench, aims
 * code at \https://github.com/a/b and (\http://x.io), but C:\\https://x → code at https://github.com/a/b and (http://x.io), but C:\\https://x
 * ```
 *
 * @module
 */
import type { Hit, Rule } from '../types.js';
import { urlEnd, urlEscapes, urlStartAtColon } from '../urls.js';

export const urls: Rule = {
  name: 'urls',
  prefilter: {
    triggers: ':',
    anchors: ['\\'],
  },
  match(text, at, ctx) {
    if (text.charCodeAt(at) !== 0x3a) return undefined;
    const start = urlStartAtColon(text, at);
    if (start < 0) return undefined;
    const end = urlEnd(text, at);
    const hits: Hit[] = [];
    // A backslash typed before the scheme makes no macro (`available at \https://x.io`):
    // it goes, after a space, a bracket or the text's start.
    if (
      text.charCodeAt(start - 1) === 0x5c &&
      (start === 1 || /[\s(]/.test(text[start - 2] as string)) &&
      ctx.enabled('escapes')
    ) {
      hits.push({ start: start - 1, end: start, text: '', rule: 'escapes' });
    }
    if (ctx.enabled('escapes')) {
      for (const position of urlEscapes(text, start, end)) {
        hits.push({
          start: position,
          end: position + 2,
          text: text[position + 1] as string,
          rule: 'escapes',
        });
      }
    }
    return { hits, resume: end };
  },
};
