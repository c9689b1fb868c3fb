/**
 * `urls`: a URL is protected, so no other rule looks inside it (a `~` or `x2013` in a
 * path is not an artifact). Its LaTeX escapes are still read, credited to `escapes`.
 *
 * @example
 * ```text
 * see https://x.io/~u/a~b/x2013 now → see https://x.io/~u/a~b/x2013 now
 * at https://github.com/T/Public\_Data. → at https://github.com/T/Public_Data.
 * via https://github.com/toelt\-llc/FlightScope\_Bench, aims → via https://github.com/toelt-llc/FlightScope_Bench, aims
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
