import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';

// review27's M1: a title of one or two words with no colon and no abstract, right above
// its card's footer, lost the card (chrome above the first card, errors below it).
describe('a short title right above its author count', () => {
  it('opens its card in plain text, first on the page or after another card', () => {
    const input =
      'Dec 11\n\nDeep Sets\n\n  • 6 authors\n·\nMar 10, 2017\n\nPrimer: Searching for Efficient Transformers\n\nLarge Transformer models have been central to recent advances in natural language processing. The training and inference costs of these models have grown rapidly.\n\n  • 6 authors\n·\nSep 17, 2021\n\nMistral 7B\n\n  • 18 authors\n·\nOct 10, 2023 3\n';
    const listing = parseListing(input);
    expect(listing.papers.map((p) => [p.title, p.authorCount, p.publishedAt, p.comments])).toEqual([
      ['Deep Sets', 6, '2017-03-10', undefined],
      ['Primer: Searching for Efficient Transformers', 6, '2021-09-17', undefined],
      ['Mistral 7B', 18, '2023-10-10', 3],
    ]);
    expect(listing.diagnostics.map((d) => d.code)).toEqual([
      'missing-abstract',
      'missing-abstract',
    ]);
  });

  it('leaves a sentence there an error, never a title', () => {
    const input =
      'Primer: Searching for Efficient Transformers\n\nLarge Transformer models have been central to recent advances in natural language processing. The training and inference costs of these models have grown rapidly.\n\n  • 6 authors\n·\nSep 17, 2021\n\nSee more.\n\n  • 18 authors\n·\nOct 10, 2023\n';
    const listing = parseListing(input);
    expect(listing.papers.map((p) => p.title)).toEqual([
      'Primer: Searching for Efficient Transformers',
    ]);
  });
});
