import { describe, expect, it } from 'vitest';
import { readItemLine } from '../../src/grammar/item-line.js';
import { parseListing } from '../../src/index.js';

describe('a collection item line', () => {
  it("reads a paper's id, date and upvotes", () => {
    expect(readItemLine('Paper • 2505.09388 • Published May 14, 2025 • 343')).toEqual({
      kind: 'paper',
      arxivId: '2505.09388',
      published: { month: 5, day: 14, year: 2025, valid: true },
      upvotes: 343,
    });
    expect(readItemLine('Paper • 2502.13923 • Published Feb 19 • 1.2k')).toEqual({
      kind: 'paper',
      arxivId: '2502.13923',
      published: { month: 2, day: 19, valid: true },
      upvotes: 1200,
    });
    // Each fact after the id is optional; a date the page printed relative is no date.
    expect(readItemLine('Paper • 2409.12191')).toEqual({ kind: 'paper', arxivId: '2409.12191' });
    expect(readItemLine('Paper • 2409.12191 • 80')).toEqual({
      kind: 'paper',
      arxivId: '2409.12191',
      upvotes: 80,
    });
    expect(readItemLine('Paper • 2409.12191 • Published 3 days ago • 7')).toEqual({
      kind: 'paper',
      arxivId: '2409.12191',
      upvotes: 7,
    });
  });

  it("takes another repository's item for one, and says it is no paper", () => {
    for (const line of [
      'Text Generation • 8B • Updated Oct 15 • 1.2M • 343',
      'Viewer • Updated Feb 17, 2025 • 80 • 16.9k • 16',
      '37 items • Updated Dec 31, 2025 • 767',
      '12 items • Updated Jan 16',
      'Collection',
    ]) {
      expect(readItemLine(line), line).toEqual({ kind: 'repo' });
    }
  });

  it('leaves lines that only look like one', () => {
    for (const line of [
      'Paper • Qwen3 Technical Report',
      'Paper • 2505.09388 • a note on the method',
      'Paper • 2505.09388 • Published May 14, 2025 • 343 • 12',
      'Published May 14, 2025',
      'Updated weekly • see the notes below for what changed.',
      'Models • Datasets • Spaces',
      'Collections',
      `Paper • 2505.09388 • ${'x'.repeat(120)}`,
    ]) {
      expect(readItemLine(line), line).toBeUndefined();
    }
  });
});

/** A collection page as plain text: items' names over their lines, papers among models. */
const PLAIN = `Qwen3 Technical Report
Paper • 2505.09388 • Published May 14, 2025 • 343

Qwen/Qwen3-8B
Text Generation • 8B • Updated Jul 26, 2025 • 1.2M • 871

Qwen2.5-VL Technical Report
Paper • 2502.13923 • Published Feb 19, 2025 • 218

HuggingFaceFW/fineweb
Viewer • Updated Jan 31, 2025 • 52.5B • 152k • 2.41k
`;

/** The same items as a scraper's Markdown: each card one link around a heading and its line. */
const MARKDOWN = `## Papers

[#### Qwen3 Technical Report

Paper • 2505.09388 • Published May 14, 2025 • 343](https://huggingface.co/papers/2505.09388)

[#### Qwen/Qwen3-8B

Text Generation • 8B • Updated Jul 26, 2025 • 1.2M • 871](https://huggingface.co/Qwen/Qwen3-8B)

[#### Qwen2.5-VL Technical Report

Paper • 2502.13923 • Published Feb 19, 2025 • 218](https://huggingface.co/papers/2502.13923)

[#### Qwen3-VL

Collection

37 items • Updated Dec 31, 2025 • 767](https://huggingface.co/collections/Qwen/qwen3-vl)
`;

describe('collection items in a capture', () => {
  const expected = [
    {
      title: 'Qwen3 Technical Report',
      arxivId: '2505.09388',
      url: 'https://huggingface.co/papers/2505.09388',
      publishedAt: '2025-05-14',
      upvotes: 343,
    },
    {
      title: 'Qwen2.5-VL Technical Report',
      arxivId: '2502.13923',
      url: 'https://huggingface.co/papers/2502.13923',
      publishedAt: '2025-02-19',
      upvotes: 218,
    },
  ];
  const fields = (paper: (typeof expected)[number] & Record<string, unknown>) => ({
    title: paper.title,
    arxivId: paper.arxivId,
    url: paper.url,
    publishedAt: paper.publishedAt,
    upvotes: paper.upvotes,
  });

  it('reads each paper from its name and item line, as plain text and as Markdown', () => {
    for (const input of [PLAIN, MARKDOWN]) {
      const listing = parseListing(input);
      expect(listing.papers.map((paper) => fields(paper as never))).toEqual(expected);
      // An item has no abstract to miss; the models, datasets and collections are furniture.
      expect(listing.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(listing.papers.every((paper) => paper.abstract === '')).toBe(true);
    }
  });

  it("puts the other repositories' names and lines in the chrome", () => {
    const chrome = parseListing(PLAIN).chrome.map((part) => part.text);
    expect(chrome).toContain('Qwen/Qwen3-8B');
    expect(chrome).toContain('Viewer • Updated Jan 31, 2025 • 52.5B • 152k • 2.41k');
  });

  it('never gives an item line to a title it is not under', () => {
    const input =
      'A Paper With An Abstract\n\nWe study things at length, with results.\n\nPaper • 2505.09388 • Published May 14, 2025 • 343\n';
    const listing = parseListing(input);
    expect(listing.papers).toHaveLength(1);
    expect(listing.papers[0]?.arxivId).toBeUndefined();
    expect(listing.papers[0]?.upvotes).toBeUndefined();
    expect(listing.diagnostics.map((d) => d.code)).toContain('unexpected-footer');
  });

  it("says so when the item line names another paper than its title's link", () => {
    const input =
      '### [Qwen3 Technical Report](https://huggingface.co/papers/2505.09388)\n\nPaper • 2502.13923 • Published Feb 19, 2025 • 218\n';
    const listing = parseListing(input);
    expect(listing.papers[0]?.arxivId).toBe('2505.09388');
    expect(listing.papers[0]?.upvotes).toBeUndefined();
    expect(listing.diagnostics.map((d) => d.code)).toContain('mismatched-link');
  });
});
