import { describe, expect, it } from 'vitest';
import { type Listing, parseListing } from '../../src/index.js';
import { content, readFixture } from '../support/fixtures.js';

/**
 * A capture's line endings say nothing about its papers: CRLF (Windows), a lone CR (an
 * old Mac's) and trailing blanks must read as LF does. Detection, the page's kind and a
 * hard wrap's measure once cut lines at LF only (review40's metamorphic sweep, F1 and F2:
 * a `fold -w72` capture gave 130 papers for 12 with lone CRs, a bare-URL capture 0 for
 * 3, a model page's card 15 invented papers with CRLF or trailing spaces). Trailing
 * blanks on `fold`'s lines are left out: it cuts inside words, and a blank added at a cut
 * is a space the text never had.
 */
const said = (listing: Listing) =>
  JSON.parse(JSON.stringify(listing.papers.map(content)).replace(/(?:\s|\\[rnt])+/g, ' '));

const VARIANTS: Array<[string, (text: string) => string]> = [
  ['a lone CR', (text) => text.replace(/\r?\n/g, '\r')],
  ['CRLF', (text) => text.replace(/\r?\n/g, '\r\n')],
  ['a trailing space on every line', (text) => text.replace(/\r?\n/g, ' \n')],
];

describe('line endings', () => {
  for (const name of [
    'handmade/layouts/wrapped/fold-w72.txt',
    'handmade/review40/bare-urls-short.txt',
    'public-captures/reflinks-fenced-search.md',
    'handmade/review40/model-page-collection.md',
    '000_444d491a8cf7bda0.txt',
  ]) {
    const input = readFixture(name);
    const original = parseListing(input);
    for (const [label, change] of VARIANTS) {
      // `fold` cuts inside words: a blank added at a cut is a space the text never had.
      if (name.includes('fold-') && label.startsWith('a trailing')) continue;
      it(`${name}: reads the same with ${label}`, () => {
        const variant = parseListing(change(input));
        expect([variant.layout, variant.page]).toEqual([original.layout, original.page]);
        expect(variant.papers.length).toBe(original.papers.length);
        expect(said(variant)).toEqual(said(original));
      });
    }
  }
});
