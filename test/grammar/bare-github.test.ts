import { describe, expect, it } from 'vitest';
import { parseListing, tokenize } from '../../src/index.js';
import { checkListing } from '../robustness/support/oracle.js';

describe("a card's bare `GitHub` line", () => {
  const card = (button: string) =>
    `Mar 11\n\nA Study Of Things In Depth\n\nWe present a study of many things, with long results and more words here.\n\n${button}\n\nOct 7, 2023\n`;

  it('is chrome when it has no link and no count (a text copy of the button)', () => {
    const input = card('GitHub');
    const listing = parseListing(input);
    expect(listing.papers).toHaveLength(1);
    expect(listing.papers[0]?.githubUrl).toBeUndefined();
    expect(listing.papers[0]?.githubStars).toBeUndefined();
    expect(listing.papers[0]?.publishedAt).toBe('2023-10-07');
    expect(listing.chrome.map((line) => line.text)).toContain('GitHub');
    expect(tokenize(input).find((token) => token.value === 'GitHub')?.kind).toBe('chrome');
    // Review14's fuzzing found the bare line covered by nothing but the card's range.
    checkListing(input, listing);
  });

  it('still gives the stars when the button has its count', () => {
    const listing = parseListing(card('GitHub 1.2k'));
    expect(listing.papers[0]?.githubStars).toBe(1200);
    expect(listing.chrome.map((line) => line.text)).not.toContain('GitHub 1.2k');
  });

  it("takes the star count on the next line as the button's (review27's M6)", () => {
    const input =
      'Submitted by\nctlllll\n\nEfficient Memory Management for Large Language Model Serving with PagedAttention\n\nHigh throughput serving of large language models (LLMs) requires batching sufficiently many requests at a time. However, existing systems struggle because the key-value cache memory for each request is huge.\n\n9 authors\n· Published on Sep 12, 2023\n\nUpvote\n76\n\nGitHub\n86.1k\narXiv Page\n';
    const listing = parseListing(input);
    expect(listing.papers.map((p) => [p.upvotes, p.githubStars, p.authorCount])).toEqual([
      [76, 86100, 9],
    ]);
    expect(listing.diagnostics).toEqual([]);
    checkListing(input, listing);
  });
});
