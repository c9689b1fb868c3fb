import { describe, expect, it } from 'vitest';
import { readTally } from '../../src/grammar/tally.js';
import { parseListing } from '../../src/index.js';

describe('readTally', () => {
  it.each([
    ['Upvoted 1 times', { upvotes: 1 }],
    [
      'Upvoted 92 times. The authors are participating in a discussion with 1 comments.',
      { upvotes: 92, comments: 1 },
    ],
    [
      'Upvoted 33 times. There is a community discussion with 4 comments.',
      { upvotes: 33, comments: 4 },
    ],
    ['. There is a community discussion with 3 comments.', { comments: 3 }],
  ])('%s', (text, want) => {
    const tally = readTally(text);
    expect({ upvotes: tally?.upvotes?.count, comments: tally?.comments?.count }).toEqual({
      upvotes: undefined,
      comments: undefined,
      ...want,
    });
  });

  it.each(['Upvoted by the community', 'Upvoted 3 times by reviewers', 'We upvoted 3 times.'])(
    'is no tally: %s',
    (text) => {
      expect(readTally(text)).toBeUndefined();
    },
  );

  it('gives each count the range it stands on', () => {
    const text = 'Upvoted 33 times. There is a community discussion with 1 comments.';
    const tally = readTally(text);
    expect(text.slice(tally?.upvotes?.from, tally?.upvotes?.to)).toBe('Upvoted 33 times');
    expect(text.slice(tally?.comments?.from, tally?.comments?.to)).toBe(
      'There is a community discussion with 1 comments.',
    );
  });
});

describe('a tally sentence in a card', () => {
  const abstract =
    'We introduce a dataset for question answering. It holds six thousand questions.';

  it("is the card's above, never the next card's lead", () => {
    const listing = parseListing(
      `## First Paper About Question Answering\n\n### Abstract\n\n${abstract}\n\nUpvoted 7 times\n\n---\n\n## Second Paper About Question Answering\n\n### Abstract\n\n${abstract}\n`,
    );
    expect(listing.papers.map((paper) => [paper.title, paper.upvotes])).toEqual([
      ['First Paper About Question Answering', 7],
      ['Second Paper About Question Answering', undefined],
    ]);
  });
});
