/**
 * `quotes`: LaTeX quotes become typographic ones. An opening ` `` ` pairs with the
 * next `''` or `"`; a straight `"` closed by `''` pairs too. Pairs are found once per
 * text, in one pass; a quote without a partner stays as written.
 *
 * @example
 * ```text
 * differentiating ``objects'' can be → differentiating “objects” can be
 * to produce ``judgements" of the → to produce “judgements” of the
 * we term as "tokenization bias''. To → we term as “tokenization bias”. To
 * a "plain" quote, an apostrophe's, a lone `` → a "plain" quote, an apostrophe's, a lone ``
 * ```
 *
 * @module
 */
import type { Context, Hit, Rule } from '../types.js';

export const quotes: Rule = {
  name: 'quotes',
  prefilter: {
    triggers: '`\'"',
    anchors: ['``', "''"],
  },
  examples: [
    ["differentiating ``objects'' can be", 'differentiating “objects” can be'],
    ['to produce ``judgements" of the', 'to produce “judgements” of the'],
    ["we term as \"tokenization bias''. To", 'we term as “tokenization bias”. To'],
    [
      'a "plain" quote, an apostrophe\'s, a lone ``',
      'a "plain" quote, an apostrophe\'s, a lone ``',
    ],
  ],
  match(text, at, ctx) {
    // An apostrophe is no quote; only `''` is.
    if (text.charCodeAt(at) === 0x27 && text.charCodeAt(at + 1) !== 0x27) return undefined;
    const hit = pairs(text, ctx).get(at);
    return hit === undefined ? undefined : { hits: [hit], resume: hit.end };
  },
};

/**
 * The quote marks that pair up in `text`, by position, computed once per call. Pairs
 * nest like brackets (a stack), so the marks a pass converts never change how the
 * marks it leaves pair up in the next pass.
 */
function pairs(text: string, ctx: Context): Map<number, Hit> {
  const cached = ctx.memo.get('quotes') as Map<number, Hit> | undefined;
  if (cached !== undefined) return cached;
  const found = new Map<number, Hit>();
  ctx.memo.set('quotes', found);
  // Without `` or '' nothing pairs: two native searches spare the scan below.
  if (!text.includes('``') && !text.includes("''")) return found;
  // Open marks: position, and length (2 for ``, 1 for a straight ").
  const open: { at: number; length: number }[] = [];
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code !== 0x60 && code !== 0x27 && code !== 0x22) continue;
    // `\"o` and `\'e` are accents, not quotes.
    if (text.charCodeAt(at - 1) === 0x5c) continue;
    const next = text.charCodeAt(at + 1);
    const top = open[open.length - 1];
    if (code === 0x60) {
      if (next !== 0x60) continue;
      open.push({ at, length: 2 });
      at++;
    } else if (code === 0x27) {
      if (next !== 0x27) continue;
      if (top !== undefined) {
        open.pop();
        convert(found, top, at, 2);
      }
      at++;
    } else if (top?.length === 2) {
      open.pop();
      convert(found, top, at, 1);
    } else if (top !== undefined) {
      // Two straight quotes: an ordinary pair, left as written.
      open.pop();
    } else {
      open.push({ at, length: 1 });
    }
  }
  return found;
}

/**
 * Record a pair: the opener becomes “, the closer ”.
 *
 * @example
 * ```ts
 * convert(found, { at: 0, length: 2 }, 5, 2); // ``abc'' → “abc”
 * ```
 */
function convert(
  found: Map<number, Hit>,
  opener: { at: number; length: number },
  at: number,
  length: number,
): void {
  found.set(opener.at, { start: opener.at, end: opener.at + opener.length, text: '“' });
  found.set(at, { start: at, end: at + length, text: '”' });
}
