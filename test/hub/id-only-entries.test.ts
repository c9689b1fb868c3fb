import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';

describe('an entry whose only paper key is its id', () => {
  it("is no paper when the id is a page's anchor (a saved model page's table of contents)", () => {
    const input = JSON.stringify([
      { id: '2505.09388', title: 'Qwen3 Technical Report' },
      { id: 'model-details', title: 'Model Details' },
    ]);
    const listing = parseListing(input);
    expect(listing.papers.map((paper) => [paper.arxivId, paper.url])).toEqual([
      ['2505.09388', 'https://huggingface.co/papers/2505.09388'],
    ]);
    const invalid = listing.diagnostics.find((found) => found.code === 'invalid-entry');
    expect(invalid?.message).toMatch(/no title, or nothing else a paper has/);
  });

  it('reads an arXiv id written with its scheme (`arXiv:…`, the DOI)', () => {
    const input = JSON.stringify([
      { id: 'arXiv:2505.09388', title: 'Qwen3 Technical Report' },
      { id: '10.48550/arXiv.2501.15383', title: 'Qwen2.5-1M Technical Report' },
    ]);
    expect(parseListing(input).papers.map((paper) => [paper.arxivId, paper.url])).toEqual([
      ['2505.09388', 'https://huggingface.co/papers/2505.09388'],
      ['2501.15383', 'https://huggingface.co/papers/2501.15383'],
    ]);
  });

  it('is a paper when it links one, and the link names its page over an id of another kind', () => {
    const input = JSON.stringify([
      {
        id: 'oai:arXiv.org:2505.09388v1',
        title: 'Qwen3 Technical Report',
        url: 'https://huggingface.co/papers/2505.09388',
      },
      {
        id: 'hf-paper-2501.15383',
        title: 'Qwen2.5-1M Technical Report',
        url: 'https://huggingface.co/papers/2501.15383',
      },
    ]);
    const listing = parseListing(input);
    expect(listing.papers.map((paper) => [paper.arxivId, paper.url])).toEqual([
      ['2505.09388', 'https://huggingface.co/papers/2505.09388'],
      ['2501.15383', 'https://huggingface.co/papers/2501.15383'],
    ]);
  });
});
