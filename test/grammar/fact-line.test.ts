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
    [
      'Authors: Rustem Yeshpanov (yeshpanovrustem), Pavel Efimov (pefimov), and 7 more.',
      ['https://hf.co/yeshpanovrustem', 'https://hf.co/pefimov'],
      { authors: ['Rustem Yeshpanov', 'Pavel Efimov'], authorCount: 9 },
    ],
    [
      'Link to paper: https://hf.co/papers/2404.04487',
      ['https://hf.co/papers/2404.04487'],
      { arxivId: '2404.04487', paperLink: true, papers: ['2404.04487'] },
    ],
    ['AI Keywords: machine translation, BLEU', [], { kept: ['ai keywords'] }],
    ['ArXiv ID: 2305.03048', [], { arxivId: '2305.03048', papers: ['2305.03048'] }],
    ['arXiv: arXiv:2305.03048v2', [], { arxivId: '2305.03048', papers: ['2305.03048'] }],
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
    // A bracket after a name that links no profile is part of it: no name then.
    ['Authors: Rustem Yeshpanov (yeshpanovrustem), Pavel Efimov', []],
    ['Link to paper: https://example.com/paper', ['https://example.com/paper']],
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

/** review21's probes (`fixtures/handmade/facts/`): what a fact must never fill. */
describe('a fact is never given to a card it may not be of', () => {
  const read = (name: string) => {
    const input = readFixture(`handmade/facts/${name}`);
    return { input, listing: parseListing(input) };
  };
  const errorsAt = (listing: ReturnType<typeof parseListing>) =>
    listing.diagnostics.filter((d) => d.severity === 'error').map((d) => d.position.start.line);

  it('after an abstract: the next card whose title was not read keeps its facts', () => {
    const { input, listing } = read('next-card-facts-after-abstract.md');
    expect(listing.papers).toHaveLength(1);
    const [alpha] = listing.papers;
    expect(alpha?.title).toBe('Alpha: Fast Sparse Attention for Long Video');
    expect([alpha?.arxivId, alpha?.authors, alpha?.published]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(errorsAt(listing)).toEqual([7, 9, 11, 13, 15]);
    checkListing(input, listing, 'markdown');
  });

  it("right above the next card's heading: neither card's", () => {
    const { listing } = read('facts-above-next-heading.md');
    expect(listing.papers.map((paper) => paper.upvotes)).toEqual([undefined, undefined]);
  });

  it('in plain text, a fact line is never a title or an abstract', () => {
    for (const name of ['plain-digest-sentence-title.txt', 'plain-next-card-id.txt']) {
      const { input, listing } = read(name);
      for (const paper of listing.papers) {
        expect(paper.title).not.toMatch(/^(?:Authors|Upvotes|ArXiv ID):/);
        expect(paper.abstract).not.toMatch(/^(?:Authors|Upvotes|ArXiv ID):/);
        expect(paper.upvotes).toBeUndefined(); // 7 is the second card's
        expect(paper.arxivId).toBeUndefined();
      }
      checkListing(input, listing, 'text');
    }
  });

  it('placeholders, "and others" and teams are no authors', () => {
    const { listing } = read('authors-placeholders.md');
    expect(listing.papers).toHaveLength(6);
    expect(listing.papers.map((paper) => paper.authors)).toEqual(Array(6).fill(undefined));
    expect(errorsAt(listing)).toEqual([3, 9, 15, 21, 27, 33]);
  });

  it('a link to another paper, or an id its own link disagrees with, is not read', () => {
    const { listing } = read('links-name-another-paper.md');
    const [paper] = listing.papers;
    expect([paper?.arxivId, paper?.githubUrl, paper?.links]).toEqual([
      '2305.03048',
      undefined,
      undefined,
    ]);
    expect(listing.diagnostics.map((d) => d.code)).toEqual(['mismatched-link', 'unknown-block']);
  });

  it("a section's heading over a fact is no card (review23): the fact is reported", () => {
    const { input, listing } = read('section-heading-over-fact.md');
    expect(listing.papers.map((paper) => paper.title)).not.toContain('Related Work');
    expect(listing.papers.map((paper) => paper.arxivId)).not.toContain('2305.02483');
    expect(listing.diagnostics.map((d) => [d.code, d.position.start.line])).toContainEqual([
      'unknown-block',
      9,
    ]);
    checkListing(input, listing, 'markdown');
  });

  it("an unranked `##` title over facts, once the page's cards have shown facts: a card", () => {
    const { input, listing } = read('unranked-heading-after-facts.md');
    expect(listing.papers.map((paper) => [paper.title, paper.authors, paper.upvotes])).toEqual([
      ['Alpha: Fast Sparse Attention for Long Video', ['Renrui Zhang', 'Ziyu Guo'], undefined],
      ['Beta Model Scaling Laws', ['Wen Xiao', 'Yujia Xie'], 7],
    ]);
    expect(listing.diagnostics).toEqual([]);
    checkListing(input, listing, 'markdown');
  });

  it('a digest with unlinked, ranked `##` headings: the rank dropped, the facts under each', () => {
    const { input, listing } = read('digest-h2-unlinked-ranked.md');
    expect(
      listing.papers.map((paper) => [
        paper.title,
        paper.authors?.length,
        paper.upvotes,
        paper.githubUrl,
      ]),
    ).toEqual([
      [
        'Personalize Segment Anything Model with One Shot',
        3,
        10,
        'https://github.com/zrrskywalker/personalize-sam',
      ],
      ['GPT', 2, 3, 'https://github.com/wendy-xiao/chatgpt_editing_summ'],
    ]);
    expect(listing.papers[1]?.publishedAt).toBe('2023-05-05');
    expect(listing.diagnostics).toEqual([]);
    checkListing(input, listing, 'markdown');
  });
});
