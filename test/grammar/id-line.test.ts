import { describe, expect, it } from 'vitest';
import { readIdLine } from '../../src/grammar/id-line.js';
import { parseListing } from '../../src/index.js';

describe('readIdLine', () => {
  it.each([
    ['2505.09666 (27 upvotes)', { arxivId: '2505.09666', upvotes: 27 }],
    ['2505.09666 (1 upvote)', { arxivId: '2505.09666', upvotes: 1 }],
    ['2505.09666', undefined],
    ['2505.09666 (27 stars)', undefined],
  ])('%s', (text, want) => {
    expect(readIdLine(text)).toEqual(want);
  });
});

describe("an id line over a card's title (review39's hf_papers_list)", () => {
  it('gives the card below its id and upvotes', () => {
    const listing = parseListing(
      '# HuggingFace Papers — 2 result(s)\n\n## 2505.09666 (27 upvotes)\n**System Prompt Optimization with Meta-Learning**\n\nLarge Language Models (LLMs) have shown remarkable capabilities, with optimizing their input prompts playing a pivotal role.\n\n## 2505.10562 (9 upvotes)\n**End-to-End Vision Tokenizer Tuning**\n\nExisting vision tokenization isolates the optimization of vision tokenizers from downstream training.\n',
    );
    expect(listing.papers.map((paper) => [paper.title, paper.arxivId, paper.upvotes])).toEqual([
      ['System Prompt Optimization with Meta-Learning', '2505.09666', 27],
      ['End-to-End Vision Tokenizer Tuning', '2505.10562', 9],
    ]);
    expect(listing.diagnostics).toEqual([]);
  });
});
