/**
 * Shrunk failures found by the property and mutation suites, one fixture each under
 * `fixtures/regressions/`, named after what it caught. Every case must keep all the
 * generic guarantees (the oracle) and its own specific expectation.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Listing, parseListing, tokenize } from '../../src/index.js';
import { checkListing, checkTokens } from '../robustness/support/oracle.js';
import { readFixture } from '../support/fixtures.js';

const DIRECTORY = fileURLToPath(new URL('../../fixtures/regressions/', import.meta.url));

/** What each regression must still do, beyond the generic guarantees. */
const EXPECTATIONS: Record<string, (listing: Listing) => void> = {
  'long-punctuation-line-became-abstract.txt'(listing) {
    // A 300-character rule line has no letter: never an abstract, however long.
    expect(listing.papers.map((paper) => paper.title)).toEqual([
      'Grammar-Aligned Decoding for Language Models',
      'Another Paper About Decoding',
    ]);
    expect(listing.papers[0]?.abstract).toBe('');
    expect(listing.papers[1]?.abstract).toMatch(/^We study decoding/);
    // In input order.
    expect(listing.diagnostics.map((found) => [found.code, found.position.start.line])).toEqual([
      ['missing-abstract', 3],
      ['unrecognized-line', 5],
      ['unrecognized-line', 11],
    ]);
  },
};

const FILES = readdirSync(DIRECTORY)
  .filter((name) => name.endsWith('.txt'))
  .sort();

describe('regression fixtures', () => {
  it('each has its own expectation', () => {
    expect(FILES).toEqual(Object.keys(EXPECTATIONS).sort());
  });

  describe.each(FILES)('%s', (name) => {
    const input = readFixture(`regressions/${name}`);

    it('keeps every generic guarantee', () => {
      checkListing(input, parseListing(input));
      checkTokens(input, tokenize(input));
    });

    it('does what the fix made it do', () => {
      EXPECTATIONS[name]?.(parseListing(input));
    });
  });
});
