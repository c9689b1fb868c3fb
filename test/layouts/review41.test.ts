import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';

/**
 * review41, an adversarial review of the forty-sixth session's constructs: each case
 * gave a card another card's value, lost a paper or changed the layout.
 */
const read = (name: string) => parseListing(readFixture(`handmade/review41/${name}`));
const rows = (name: string) =>
  read(name).papers.map((paper) => [paper.title, paper.arxivId, paper.upvotes]);

describe('review41', () => {
  it('R1: a plain id line under its card is that card’s, not the next card’s lead', () => {
    expect(rows('b2-idline-below-plain.txt')).toEqual([
      [
        "Beyond 'Aha!': Toward Systematic Meta-Abilities Alignment in Large Reasoning Models",
        '2505.10554',
        33,
      ],
      ['System Prompt Optimization with Meta-Learning', '2505.09666', 27],
      ['EnerVerse-AC: Envisioning Embodied Environments with Action Condition', '2505.09723', 14],
    ]);
    expect(rows('b1-idline-below.md').slice(0, 2)).toEqual([
      [
        "Beyond 'Aha!': Toward Systematic Meta-Abilities Alignment in Large Reasoning Models",
        '2505.10554',
        33,
      ],
      ['System Prompt Optimization with Meta-Learning', '2505.09666', 27],
    ]);
  });

  it('R1: plain id lines above their cards lead them, as the first one shows', () => {
    expect(rows('idline-above-plain.txt')).toEqual([
      [
        'Beyond Aha: Toward Systematic Meta-Abilities Alignment in Large Reasoning Models',
        '2505.10554',
        33,
      ],
      ['System Prompt Optimization with Meta-Learning', '2505.09666', 27],
    ]);
  });

  it('R2: a section label over nothing does not take the next card’s title', () => {
    for (const name of ['a12-empty-section.txt', 'a13-empty-section-bold.md']) {
      const listing = read(name);
      expect(listing.papers).toHaveLength(3);
      expect(listing.papers[0]?.abstract).toBe('');
      expect(listing.papers[1]?.title).toContain('System Prompt Optimization with Meta-Learning');
    }
  });

  it('R4: autolinks under a digest’s headings keep it Markdown', () => {
    const listing = read('e5-autolink-under.md');
    expect(listing.layout).toBe('markdown');
    expect(listing.papers.map((paper) => paper.title)).toEqual([
      'System Prompt Optimization with Meta-Learning',
      'End-to-End Vision Tokenizer Tuning',
    ]);
  });

  it('R5: a `Link to paper:` after a thematic break is no longer the card above’s', () => {
    const listing = read('a6-linkabove.md');
    expect(listing.papers.map((paper) => paper.arxivId)).toEqual([undefined, undefined]);
    expect(listing.diagnostics.map((d) => d.code)).toContain('unknown-block');
  });

  it('L1: `comments` that are no count (a list, a text) are skipped, not reported', () => {
    const listing = read('h1-comments-array.json');
    expect(listing.papers.map((paper) => paper.comments)).toEqual(
      listing.papers.map(() => undefined),
    );
    expect(listing.diagnostics).toEqual([]);
  });
});
