import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';
import { readFixture, TEXT_FIXTURE_NAMES, TEXT_FIXTURES } from '../support/fixtures.js';
import { MUTATION_RUNS, PARAMETERS, TIMEOUT } from './support/arbitraries.js';
import { TEXT_MUTATOR } from './support/mutate.js';
import { checkListing, oracleLines } from './support/oracle.js';

const originals = TEXT_FIXTURE_NAMES.map((name) => parseListing(readFixture(name)));

/** Every chrome line of every capture: none may ever become a title. */
const CHROME = new Set(originals.flatMap((listing) => listing.chrome.map((line) => line.text)));

/** Each original paper as its title line and abstract line, joined. */
const PAIRS = new Set(
  originals.flatMap((listing) =>
    listing.papers.map((paper) => `${paper.raw.title}\n${paper.raw.abstract}`),
  ),
);

/** Original papers whose title line survived, followed by its abstract line intact. */
function survivingPairs(text: string): string[] {
  const contents = oracleLines(text).flatMap((line) =>
    line.content ? [text.slice(line.content.start, line.content.end)] : [],
  );
  const pairs: string[] = [];
  for (let i = 0; i + 1 < contents.length; i++) {
    const pair = `${contents[i]}\n${contents[i + 1]}`;
    if (PAIRS.has(pair)) pairs.push(pair);
  }
  return pairs;
}

describe('mutation fuzzing of the real captures', () => {
  it('starts from captures the parser reads whole', () => {
    expect(originals.map((listing) => listing.papers.length)).toEqual(
      TEXT_FIXTURE_NAMES.map((name) => TEXT_FIXTURES[name]),
    );
    for (const listing of originals) {
      for (const paper of listing.papers) expect(paper.raw.abstract.length).toBeGreaterThan(250);
    }
    expect([...CHROME]).toContain('Get trending papers in your email inbox!');
  });

  it(
    'keeps every guarantee, never titles chrome, and finds every surviving paper',
    () => {
      fc.assert(
        fc.property(TEXT_MUTATOR.plan, (plan) => {
          const text = TEXT_MUTATOR.text(plan);
          const listing = parseListing(text);
          checkListing(text, listing);
          for (const paper of listing.papers) {
            if (CHROME.has(paper.title)) throw new Error(`chrome became a title: ${paper.title}`);
          }
          const found = new Set(
            listing.papers.map((paper) => `${paper.raw.title}\n${paper.raw.abstract}`),
          );
          for (const pair of survivingPairs(text)) {
            if (!found.has(pair)) throw new Error(`lost a surviving paper: ${pair.slice(0, 80)}`);
          }
        }),
        { ...PARAMETERS, numRuns: MUTATION_RUNS },
      );
    },
    TIMEOUT,
  );
});
