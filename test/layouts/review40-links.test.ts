/**
 * review40 (F6, F7): a Markdown capture whose links are written reference-style
 * (`[Title][r1]` … `[r1]: https://…`, turndown's `linkStyle: 'referenced'`, html2text's
 * reference links), its definitions at the end or after each block, reads as the same
 * capture with inline links; a bare-URL capture whose URL lines are autolinks
 * (`<https://…>`) reads as the bare URLs. The captures in `fixtures/handmade/review40/`
 * are made from real ones by `make.mjs` there.
 */
import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';
import type { Listing } from '../../src/schema.js';
import { readFixture } from '../support/fixtures.js';

const FIELDS = [
  'title',
  'abstract',
  'arxivId',
  'url',
  'arxivUrl',
  'authors',
  'authorCount',
  'organization',
  'submittedBy',
  'upvotes',
  'comments',
  'githubUrl',
  'githubStars',
  'links',
  'listingDate',
  'listedAt',
  'published',
  'publishedAt',
  'aiSummary',
] as const;

const fields = (listing: Listing) =>
  listing.papers.map((paper) => Object.fromEntries(FIELDS.map((key) => [key, paper[key]])));
const errors = (listing: Listing) =>
  listing.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);

const PAIRS: readonly (readonly [string, string, boolean])[] = [
  ['md-firecrawl-search.md', 'firecrawl-refs-end.md', true],
  ['md-firecrawl-search.md', 'firecrawl-refs-block.md', true],
  ['md-structured-trending.md', 'structured-trending-refs-block.md', true],
  ['public-captures/bare-urls-double-spaced.md', 'bare-urls-autolinks.md', true],
  // Markdown an HTML block swallowed is read again on its own, without the document's
  // definitions: its references stay text (`unknown-block`), its papers are the same.
  ['handmade/layouts/html-in-markdown/pandoc-daily.md', 'pandoc-daily-refs-end.md', false],
];

describe('reference-style links and autolinks read as the links they stand for', () => {
  for (const [original, variant, sameErrors] of PAIRS) {
    it(`${variant} gives ${original}'s papers, field by field`, () => {
      const before = parseListing(readFixture(original));
      const after = parseListing(readFixture(`handmade/review40/${variant}`));
      expect(after.layout).toBe(before.layout);
      expect(after.papers.length).toBe(before.papers.length);
      expect(fields(after)).toEqual(fields(before));
      if (sameErrors) expect(errors(after)).toEqual(errors(before));
    });
  }

  it('resolves labels as CommonMark matches them: case and runs of blanks do not count', () => {
    const input =
      '### [OCC-RAG: Optimal Cognitive Core][Paper  One]\n\n[Paper one]: https://huggingface.co/papers/2606.00683\n';
    const [paper] = parseListing(input).papers;
    expect(paper?.arxivId).toBe('2606.00683');
    expect(paper?.title).toBe('OCC-RAG: Optimal Cognitive Core');
  });

  it('reads a definition as markup: never a title, never an error', () => {
    const input =
      '[An abstract that says what the paper does, at length enough to be one.][r1]\nAug 18\n\n[r1]: https://huggingface.co/papers/2603.08450\n';
    const listing = parseListing(input);
    expect(listing.layout).toBe('markdown');
    expect(listing.papers.map((p) => p.title)).not.toContain(
      '[r1]: https://huggingface.co/papers/2603.08450',
    );
    expect(errors(listing)).toEqual([]);
  });

  it("closes an author list a list broke with its reference's label (`- 3 authors][r4]`)", () => {
    const input = [
      '### [The Noisy Path from Source to Citation][r1]',
      '',
      '[- ![][r2]\\\\',
      '- 3 authors][r1]',
      '',
      '·',
      '',
      'Jun 10',
      '',
      '[r1]: https://huggingface.co/papers/2502.20581',
      '[r2]: https://huggingface.co/avatars/a.svg',
      '',
    ].join('\n');
    const listing = parseListing(input);
    expect(listing.papers.map((p) => [p.arxivId, p.authorCount, p.published])).toEqual([
      ['2502.20581', 3, { month: 6, day: 10 }],
    ]);
    expect(errors(listing)).toEqual([]);
  });

  it('leaves an unmatched reference as its text: it links nothing', () => {
    const input =
      '[A Title][nowhere]\n\n[An abstract.][r1]\n\n[r2]: https://huggingface.co/papers/2606.00683\n';
    const listing = parseListing(input);
    expect(listing.papers.every((paper) => paper.url === undefined)).toBe(true);
  });
});
