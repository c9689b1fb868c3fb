import { describe, expect, it } from 'vitest';
import { type Listing, parseListing } from '../../src/index.js';
import { content, readFixture, TEXT_FIXTURE_NAMES } from '../support/fixtures.js';

/**
 * A browser's copy keeps `&nbsp;` as NBSP (or a narrow one), a dump a TAB: the grammar
 * reads them as spaces (review40's metamorphic sweep, F3). Each capture below is parsed
 * as saved and with every third space between words replaced; the papers must read the
 * same, whitespace collapsed, with the same diagnostics, and every value still comes from
 * its own place (the replacement is one for one, so positions are unchanged). Spaces
 * inside an HTML tag stay: a browser writes none there.
 */
const WORD_SPACE = /<[^>\n]*>|(?<=[\p{L}\p{N}]) (?=[\p{L}\p{N}])/gu;

function everyThird(text: string, blank: string): string {
  let k = 0;
  return text.replace(WORD_SPACE, (match) => (match === ' ' && ++k % 3 === 0 ? blank : match));
}

/** What the papers say, with every run of whitespace as one space. */
function said(listing: Listing): unknown {
  return JSON.parse(
    JSON.stringify(listing.papers.map(content)).replace(/(?:\s|\\t|\\u00a0)+/g, ' '),
  );
}

const codes = (listing: Listing) =>
  listing.diagnostics.map((d) => `${d.code}@${d.position.start.offset}`);

const CAPTURES = [
  ...TEXT_FIXTURE_NAMES,
  'md-firecrawl-search.md',
  'public-captures/bare-urls-double-spaced.md',
  'public-captures/reflinks-fenced-search.md',
  'public-captures/md-web-clipper-2026-04-17.md',
  'public-captures/items-pages/md-model-fenced-items.md',
  'handmade/items/review18-P3-items-names-with-abbreviations.txt',
  'handmade/review40/submitted-by-title.md',
  'handmade/review40/count-pair.txt',
  'handmade/review40/wrapped-title-split.txt',
  'handmade/review40/authors-fact-paper-lost.md',
  'handmade/review40/github-stars.md',
  'handmade/review40/cite-arxiv-id.txt',
  'handmade/review40/source-url-listing-date.md',
  'handmade/review40/glued-comment-invented.txt',
  'handmade/review40/authors-fact.md',
  'handmade/review40/envelope-listing-date.md',
];

describe('inline blanks other than the space', () => {
  for (const name of CAPTURES) {
    const input = readFixture(name);
    const original = parseListing(input);
    for (const [blank, label] of [
      ['\u00a0', 'NBSP'],
      ['\u202f', 'a narrow NBSP'],
      ['\t', 'a TAB'],
    ] as const) {
      it(`${name}: reads the same with ${label} for every third space`, () => {
        const variant = parseListing(everyThird(input, blank));
        expect(variant.papers.length).toBe(original.papers.length);
        expect(said(variant)).toEqual(said(original));
        expect(codes(variant)).toEqual(codes(original));
        expect([variant.date, variant.metadata]).toEqual([original.date, original.metadata]);
      });
    }
  }

  it('keeps the source in raw fields and chrome', () => {
    const input =
      'Daily\u00a0Papers\nSubmitted by\u00a0akhaliq\nA Title\nTokenRhythm\n327\u202f3\n';
    const listing = parseListing(input);
    const [paper] = listing.papers;
    expect([
      paper?.submittedBy,
      paper?.organization?.name,
      paper?.upvotes,
      paper?.comments,
    ]).toEqual(['akhaliq', 'TokenRhythm', 327, 3]);
    expect(paper?.raw.title).toBe('A Title');
    expect(listing.chrome.map((line) => line.text)).toEqual(['Daily\u00a0Papers']);
    for (const line of listing.chrome) {
      expect(input.slice(line.position.start.offset, line.position.end.offset)).toBe(line.text);
    }
  });
});
