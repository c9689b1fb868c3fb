/**
 * review32: a blind reviewer's HTML and Hub JSON captures (`fixtures/handmade/review32/`):
 * cards copied out of a page, KaTeX formulas, `<br>` inside an abstract, and the values
 * `jq '.[]'` prints one after another.
 */
import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';

const read = (name: string) => parseListing(readFixture(`handmade/review32/${name}`));

describe('cards copied out of a page (DevTools "Copy outerHTML")', () => {
  it('are read as HTML, each card whole', () => {
    const listing = read('07-devtools-fragment.html');
    expect(listing.layout).toBe('html');
    expect(
      listing.papers.map((p) => [
        p.arxivId,
        p.submittedBy,
        p.upvotes,
        p.comments,
        p.authorCount,
        p.organization?.name,
      ]),
    ).toEqual([
      // The organization's link after the author count is the card's organization.
      ['2501.13074', 'AngLv', 39, 2, 8, 'Tencent'],
      ['2501.12909', 'Ritz', 61, 0, 3, undefined],
      ['2501.12599', 'akhaliq', 104, 4, 4, 'Moonshot AI'],
    ]);
    expect(listing.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('a rendered card holding markup a browser lays out', () => {
  it('reads a KaTeX formula once, from its TeX source', () => {
    const [paper] = read('H2-katex-triplicated.html').papers;
    expect(paper?.abstract).toBe(
      'We introduce TPO, which scales as O(n^2) in the number of steps.',
    );
  });

  it('keeps an abstract whole across its `<br>`s', () => {
    const listing = read('M1-br-splits-abstract.html');
    expect(listing.papers[0]?.abstract).toBe(
      'In this paper, we propose VideoLLaMA3, a more advanced multimodal foundation model for image and video understanding. The meaning of "vision-centric" is two-fold: the vision encoder\'s representations are trained on high-quality image-text data. Code: https://github.com/DAMO-NLP-SG/VideoLLaMA3',
    );
    expect(listing.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reads both in a page with broken tags and entities', () => {
    const listing = read('08-broken-entities-katex.html');
    const ends = ['with <1% noise.', 'Code: https://github.com/yafuly/TPO', 'k=3 human raters.'];
    expect(listing.papers.map((p, i) => p.abstract.endsWith(ends[i] ?? ''))).toEqual([
      true,
      true,
      true,
    ]);
    expect(listing.papers[1]?.abstract).toContain('scales as O(n^2) in the number of steps');
    // FilmAgent's title link never closes: the code button's link opens after it all the same.
    expect(listing.papers[2]).toMatchObject({
      githubUrl: 'https://github.com/HITsz-TMG/FilmAgent',
      githubStars: 112,
      authorCount: 3,
      publishedAt: '2025-01-22',
    });
    expect(listing.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe("Hub JSON values one after another (`jq '.[]'`)", () => {
  it('reads each value, as JSON Lines', () => {
    const listing = read('H4b-jq-stream-full.json');
    expect(listing.papers.map((p) => [p.arxivId, p.upvotes, p.comments])).toEqual([
      ['2501.12948', 326, 9],
      ['2501.12599', 104, 4],
    ]);
    expect(listing.diagnostics).toEqual([]);
  });

  it('still reports text after the values that is no JSON', () => {
    const listing = parseListing(
      '{"paper": {"id": "2501.12948", "title": "A Title Of A Paper"}}\n{"paper": {"id": "2501.12599"}} tail',
    );
    expect(listing.papers.map((p) => p.arxivId)).toEqual(['2501.12948']);
    expect(listing.diagnostics.map((d) => d.code)).toEqual(['invalid-json']);
  });
});

describe('a page saved with `<base href>` and relative links', () => {
  it('resolves its card links against the base', () => {
    const listing = read('M4-base-relative-card-links.html');
    expect(listing.papers.map((p) => [p.arxivId, p.url])).toEqual([
      ['2501.13074', 'https://huggingface.co/papers/2501.13074'],
    ]);
    expect(listing.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
