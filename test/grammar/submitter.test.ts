import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';

// review27's M7: a submitter's name on a line of its own, held for a card that never
// opened, was in no paper, chrome or diagnostic.
describe("a submitter's name with no card after it", () => {
  it('is chrome with its `Submitted by`, never lost', () => {
    const input =
      'Dec 11\n\nSome Title Here Long\n\nAn abstract of the paper that is long enough. It has two sentences to be sure.\n\nSubmitted by\nakhaliq\n';
    const listing = parseListing(input);
    expect(listing.papers.map((p) => p.submittedBy)).toEqual([undefined]);
    expect(listing.chrome.map((c) => c.text)).toEqual(
      expect.arrayContaining(['Submitted by', 'akhaliq']),
    );
  });
});
