import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';

// review27's H3: a plain-text card whose abstract's last line stands on a line of its own,
// right above the card's footer.
const eagle = 'EAGLE: Speculative Sampling Requires Rethinking Feature Uncertainty';
const body =
  'Autoregressive decoding makes the inference of Large Language Models (LLMs) time-consuming. In this paper, we reconsider speculative sampling and derive two key observations.';
const footer = '  • 4 authors\n·\nJan 26, 2024 1';
const medusa =
  'Medusa: Simple LLM Inference Acceleration Framework\n\nThe inference process in Large Language Models is often limited due to the absence of parallelism.\n\n  • 6 authors\n·\nJan 19, 2024 2\n';

describe("an abstract's own last line above the card's footer", () => {
  it('is the abstract, and the footer stays with its card', () => {
    for (const tail of [
      'Code: https://github.com/SafeAILab/EAGLE',
      'Project page: https://sites.google.com/view/eagle-llm',
      'Our code is available at https://github.com/SafeAILab/EAGLE',
      'We release all code and models publicly.',
    ]) {
      for (const gap of ['\n', '\n\n']) {
        const listing = parseListing(`${eagle}\n\n${body}${gap}${tail}\n\n${footer}\n\n${medusa}`);
        expect(
          listing.papers.map((p) => [p.title, p.authorCount, p.publishedAt, p.comments]),
          tail,
        ).toEqual([
          [eagle, 4, '2024-01-26', 1],
          [medusa.slice(0, 51), 6, '2024-01-19', 2],
        ]);
        expect(listing.papers[0]?.abstract).toBe(`${body} ${tail}`);
        expect(listing.diagnostics).toEqual([]);
      }
    }
  });

  it('leaves a title-shaped line there the next card, one with no abstract', () => {
    const input = `${eagle}\n\n${body}\n\nMixtral of Experts: Sparse Models at Scale\n\n${footer}\n`;
    const listing = parseListing(input);
    expect(listing.papers.map((p) => [p.title, p.authorCount])).toEqual([
      [eagle, undefined],
      ['Mixtral of Experts: Sparse Models at Scale', 4],
    ]);
  });
});
