import { describe, expect, it } from 'vitest';
import { readFacts } from '../../src/grammar/fact-line.js';
import { parseListing } from '../../src/index.js';
import { checkListing } from '../robustness/support/oracle.js';
import { readFixture } from '../support/fixtures.js';

describe('readFacts', () => {
  it.each([
    ['Upvotes: 10', [], { upvotes: 10 }],
    ['Vote: 1,204', [], { upvotes: 1204 }],
    [
      'Authors: Renrui Zhang, Ziyu Guo and Hongsheng Li',
      [],
      { authors: ['Renrui Zhang', 'Ziyu Guo', 'Hongsheng Li'] },
    ],
    [
      'Authors: Norman Müller, Aljaž Božič, Hung-Yu Tseng',
      [],
      { authors: ['Norman Müller', 'Aljaž Božič', 'Hung-Yu Tseng'] },
    ],
    ['Authors: Ludwig van Beethoven, 王小明', [], { authors: ['Ludwig van Beethoven', '王小明'] }],
    [
      'Published: 2023-05-04 | Submitted: 2023-05-04 by AK',
      [],
      { published: { year: 2023, month: 5, day: 4 }, submittedBy: 'AK' },
    ],
    ['Published on: Mar 5, 2024', [], { published: { year: 2024, month: 3, day: 5 } }],
    ['Submitted by: akhaliq', [], { submittedBy: 'akhaliq' }],
    ['ArXiv ID: 2305.03048', [], { arxivId: '2305.03048' }],
    ['arXiv: arXiv:2305.03048v2', [], { arxivId: '2305.03048' }],
    [
      'Links: GitHub | Project Page',
      ['https://github.com/a/b', 'https://a.github.io/b'],
      { githubUrl: 'https://github.com/a/b', links: ['https://a.github.io/b'] },
    ],
  ] as const)('%s', (text, links, facts) => {
    expect(readFacts(text, links)).toEqual(facts);
  });

  it.each([
    ['Tags: diffusion, video', []],
    ['Authors: the MetaMath team', []],
    ['Authors: Jane Doe et al.', []],
    ['Authors: Jane Doe, et al', []],
    ['Upvotes: many', []],
    ['Upvotes: 3.5', []],
    ['Published: 2023-02-29', []],
    ['Published: last week', []],
    ['Submitted: 2023-05-04 by two people', []],
    ['arxiv:2510.04618', []], // a paper page's badge, above the next title
    ['ArXiv ID: 2305.030', []],
    ['Links: GitHub', []], // no link target
    ['Code: the most widely written form of structured text', ['https://github.com/a/b']],
    ['Upvotes: 10 | Tags: video', []], // every piece reads, or none
    ['Some words without a label', []],
  ] as const)('reads nothing of %j', (text, links) => {
    expect(readFacts(text, links)).toBeUndefined();
  });
});

describe("a digest's labelled facts are the card's fields", () => {
  it('a real bot digest: every paper with its authors, date, submitter, upvotes and code', () => {
    const input = readFixture('public-captures/md-bot-digest-numbered.md');
    const listing = parseListing(input);
    const first = listing.papers[0];
    expect(first).toMatchObject({
      arxivId: '2305.03048',
      authors: [
        'Renrui Zhang',
        'Ziyu Guo',
        'Shilin Yan',
        'Junting Pan',
        'Hao Dong',
        'Peng Gao',
        'Hongsheng Li',
      ],
      authorCount: 7,
      publishedAt: '2023-05-04',
      submittedBy: 'AK',
      upvotes: 10,
      githubUrl: 'https://github.com/zrrskywalker/personalize-sam',
    });
    expect(
      listing.papers.map((paper) => [paper.arxivId, paper.upvotes, paper.publishedAt]),
    ).toEqual([
      ['2305.03048', 10, '2023-05-04'],
      ['2305.02483', 3, '2023-05-04'],
      ['2305.02463', 3, '2023-05-03'],
      ['2305.03047', 1, '2023-05-04'],
    ]);
    expect(listing.diagnostics).toEqual([]);
    checkListing(input, listing, 'markdown');
  });

  it('plain text: the facts under a title are its fields, not titles of papers of their own', () => {
    const abstract =
      'Driven by large-data pre-training, Segment Anything Model (SAM) has been demonstrated as a powerful and promptable framework.';
    const input = `Personalize Segment Anything Model with One Shot\nAuthors: Renrui Zhang, Ziyu Guo\nUpvotes: 10\n${abstract}\n`;
    const listing = parseListing(input);
    expect(
      listing.papers.map((paper) => [paper.title, paper.authors, paper.upvotes, paper.abstract]),
    ).toEqual([
      [
        'Personalize Segment Anything Model with One Shot',
        ['Renrui Zhang', 'Ziyu Guo'],
        10,
        abstract,
      ],
    ]);
    checkListing(input, listing, 'text');
  });

  it('a fact that disagrees with the card is reported, never taken', () => {
    const link = '[Shap-E](https://huggingface.co/papers/2305.02463)';
    const abstract = 'We present Shap-E, a conditional generative model for 3D assets.';
    const other = parseListing(`### ${link}\n\nArXiv ID: 2305.03048\n\n${abstract}\n`);
    expect(other.papers.map((paper) => paper.arxivId)).toEqual(['2305.02463']);
    expect(other.diagnostics.map((d) => d.code)).toEqual(['mismatched-link']);
    const twice = parseListing(`### ${link}\n\nUpvotes: 3\n\nUpvotes: 4\n\n${abstract}\n`);
    expect(twice.papers.map((paper) => paper.upvotes)).toEqual([3]);
    expect(twice.diagnostics.map((d) => [d.code, d.position.start.line])).toEqual([
      ['unknown-block', 5],
    ]);
  });
});
