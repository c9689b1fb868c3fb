import { describe, expect, it } from 'vitest';
import { readSectionLabel } from '../../src/grammar/section-label.js';
import { parseListing } from '../../src/index.js';

describe('readSectionLabel', () => {
  it.each([
    ['Abstract', 'abstract'],
    ['**Abstract**', 'abstract'],
    ['Summary', 'abstract'],
    ['TL;DR:', 'abstract'],
    ['AI Generated Summary', 'summary'],
    ['AI-generated summary', 'summary'],
    ['AI Summary', 'summary'],
    ['Summary: We present X.', undefined],
    ['Abstract Algebra for Neural Networks', undefined],
  ])('%s → %s', (text, section) => {
    expect(readSectionLabel(text)).toBe(section);
  });
});

describe("a card's section label under its head (review39's MCP paper search)", () => {
  const card = (label: string, body: string) =>
    `## KazQAD: Kazakh Open-Domain Question Answering Dataset\n\nPublished on Published on 6 Apr, 2024\n**Authors:** Rustem Yeshpanov ([yeshpanovrustem](https://hf.co/yeshpanovrustem)), Pavel Efimov, and 3 more.\n\n### ${label}\n\n${body}\n\n**AI Keywords**: open-domain question answering, reading comprehension\nUpvoted 1 times\n**Link to paper:** [https://hf.co/papers/2404.04487](https://hf.co/papers/2404.04487)\n\n---\n`;
  const body = 'We introduce KazQAD, a Kazakh open-domain question answering dataset.';

  it('is no title: the text under `### Abstract` is the abstract, the head is read', () => {
    const listing = parseListing(
      `All 1 papers that matched the query 'kazakh'\n\n---\n\n${card('Abstract', body)}`,
    );
    expect(listing.papers).toHaveLength(1);
    const [paper] = listing.papers;
    expect(paper).toMatchObject({
      title: 'KazQAD: Kazakh Open-Domain Question Answering Dataset',
      abstract: body,
      publishedAt: '2024-04-06',
      authors: ['Rustem Yeshpanov', 'Pavel Efimov'],
      authorCount: 5,
      upvotes: 1,
      arxivId: '2404.04487',
    });
    expect(paper?.aiSummary).toBeUndefined();
    expect(listing.diagnostics).toEqual([]);
    expect(listing.chrome.map((line) => line.text)).toContain('Abstract');
  });

  it("takes the text under `### AI Generated Summary` as the page's AI summary", () => {
    const listing = parseListing(card('AI Generated Summary', body));
    const [paper] = listing.papers;
    expect([paper?.title, paper?.aiSummary, paper?.abstract]).toEqual([
      'KazQAD: Kazakh Open-Domain Question Answering Dataset',
      body,
      '',
    ]);
    // As on a paper's own page: the card shows no abstract.
    expect(listing.diagnostics.map((d) => d.code)).toEqual(['missing-abstract']);
  });

  it('invents no paper from a label with no card open', () => {
    const listing = parseListing(`### Abstract\n\n${body}\n`);
    expect(listing.papers.map((paper) => paper.title)).not.toContain('Abstract');
  });
});
