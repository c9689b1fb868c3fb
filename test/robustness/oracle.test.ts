/**
 * The oracle must be able to fail: each guarantee, broken by hand, is caught.
 */
import { describe, expect, it } from 'vitest';
import { type Listing, parseListing, tokenize } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';
import { checkListing, checkTokens, oracleLines, pointFinder } from './support/oracle.js';

const INPUT = readFixture('001_3000abd2b438303c.txt');
const LISTING = parseListing(INPUT);

/** A deep copy to tamper with. */
function copy(): Listing {
  return structuredClone(LISTING);
}

describe('the robustness oracle', () => {
  it('accepts a real capture', () => {
    expect(() => checkListing(INPUT, LISTING)).not.toThrow();
    expect(() => checkTokens(INPUT, tokenize(INPUT))).not.toThrow();
  });

  it('splits and locates like the spec says', () => {
    expect(oracleLines('a\r\n b \r\rc').map((line) => line.content)).toEqual([
      { start: 0, end: 1 },
      { start: 4, end: 5 },
      undefined,
      { start: 8, end: 9 },
    ]);
    expect(pointFinder('ab\r\ncd\re')(7)).toEqual({ line: 3, column: 1, offset: 7 });
  });

  it('catches a lost paper', () => {
    const tampered = copy();
    tampered.papers.splice(3, 1);
    expect(() => checkListing(INPUT, tampered)).toThrow(/lost/);
  });

  it('catches a lost chrome line', () => {
    const tampered = copy();
    tampered.chrome.shift();
    expect(() => checkListing(INPUT, tampered)).toThrow(/lost/);
  });

  it('catches a point whose line disagrees with its offset', () => {
    const tampered = copy();
    const paper = tampered.papers[2];
    if (paper) paper.position.start.line += 1;
    expect(() => checkListing(INPUT, tampered)).toThrow(/line\/column/);
  });

  it('catches chrome text that is not its slice', () => {
    const tampered = copy();
    const line = tampered.chrome[0];
    if (line) line.text = 'Subscribe';
    expect(() => checkListing(INPUT, tampered)).toThrow(/slice back/);
  });

  it('catches an abstract that is not inside its paper', () => {
    const tampered = copy();
    const paper = tampered.papers[0];
    if (paper) paper.raw.abstract = 'Not in the input at all.';
    expect(() => checkListing(INPUT, tampered)).toThrow(/raw abstract/);
  });

  it('catches a foreign key', () => {
    const tampered = copy() as Listing & { extra?: boolean };
    tampered.extra = true;
    expect(() => checkListing(INPUT, tampered)).toThrow(/ListingSchema/);
  });

  it('catches tokens that leave a gap or do not reach the end', () => {
    const tokens = tokenize(INPUT);
    expect(() => checkTokens(INPUT, tokens.slice(1))).toThrow(/gap/);
    expect(() => checkTokens(INPUT, tokens.slice(0, -1))).toThrow(/end of the input/);
  });
});
