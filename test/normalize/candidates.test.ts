import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createCursor,
  nextCandidate,
  type Searcher,
  searchersFor,
} from '../../src/normalize/candidates.js';
import { REGISTRY } from '../../src/normalize/registry.js';
import { readFixture, TEXT_FIXTURE_NAMES } from '../support/fixtures.js';

/**
 * The pass stops only where native searches find a candidate. These tests hold the
 * searches to the definition a per-character scan would apply: a trigger character,
 * or the last letter of a word ending where the word ends.
 */

const TRIGGERS = new Set(REGISTRY.flatMap((rule) => [...rule.prefilter.triggers]));
const ENDINGS = [...new Set(REGISTRY.flatMap((rule) => rule.prefilter.wordEndings ?? []))];
const NEEDLES = [...new Set(REGISTRY.flatMap((rule) => rule.prefilter.needles ?? []))];

function isAsciiLetter(char: string | undefined): boolean {
  return char !== undefined && /^[A-Za-z]$/.test(char);
}

/** Every candidate, by looking at every character. */
function scanned(text: string): number[] {
  const positions: number[] = [];
  for (let at = 0; at < text.length; at++) {
    const isTrigger = TRIGGERS.has(text[at] as string);
    const endsWord =
      !isAsciiLetter(text[at + 1]) && ENDINGS.some((ending) => text.endsWith(ending, at + 1));
    const endsNeedle = NEEDLES.some((needle) => text.endsWith(needle, at + 1));
    if (isTrigger || endsWord || endsNeedle) positions.push(at);
  }
  return positions;
}

/** Every candidate, by the searches, stepping one past each. */
function searched(text: string, searchers: readonly Searcher[]): number[] {
  const cursor = createCursor(searchers);
  const positions: number[] = [];
  for (let at = nextCandidate(text, searchers, cursor, 0); at < text.length; ) {
    positions.push(at);
    at = nextCandidate(text, searchers, cursor, at + 1);
  }
  return positions;
}

const ALL = searchersFor(REGISTRY.map((rule) => rule.prefilter));
const PIECES = [
  ...TRIGGERS,
  ...ENDINGS,
  ...ENDINGS.map((ending) => ending.slice(1)),
  ...NEEDLES,
  '-',
  'a',
  'E',
  'Q',
  ' ',
  'é',
  'leq',
  'equal',
  'cdots',
  'mathbb',
];

describe('candidates', () => {
  it('takes word endings of two ASCII letters or more (the pass looks rules up by ASCII code)', () => {
    expect(ENDINGS.length).toBeGreaterThan(0);
    for (const ending of ENDINGS) expect(ending).toMatch(/^[A-Za-z]{2,}$/);
  });

  it('searches a word ending from its rarest letter', () => {
    expect(searchersFor([{ triggers: '\\', wordEndings: ['eq', 'cdot', 'bb'] }])).toEqual([
      { needle: '\\', prefix: '', wordEnd: false },
      { needle: 'q', prefix: 'e', wordEnd: true },
      { needle: 'cdot', prefix: '', wordEnd: true },
      { needle: 'bb', prefix: '', wordEnd: true },
    ]);
  });

  it('needs no search for an ending whose last letter is a trigger anyway', () => {
    expect(searchersFor([{ triggers: 'q', wordEndings: ['eq'] }])).toEqual([
      { needle: 'q', prefix: '', wordEnd: false },
    ]);
  });

  it('finds word endings only where the word ends', () => {
    const searchers = searchersFor([{ triggers: '', wordEndings: ['eq', 'cdot'] }]);
    expect(searched('equal, eq, leq5, eqs, p leq 3, a cdot b, cdots', searchers)).toEqual([
      8, 13, 26, 36,
    ]);
  });

  it('checks the whole prefix before the needle', () => {
    const searchers = searchersFor([{ triggers: '', wordEndings: ['xxq'] }]);
    expect(searchers).toEqual([{ needle: 'q', prefix: 'xx', wordEnd: true }]);
    expect(searched('xq q xxq', searchers)).toEqual([7]);
  });

  it('resumes past a jump without losing later candidates', () => {
    const searchers = searchersFor([{ triggers: '\\~' }]);
    const cursor = createCursor(searchers);
    expect(nextCandidate('a~b\\c~\\', searchers, cursor, 0)).toBe(1);
    expect(nextCandidate('a~b\\c~\\', searchers, cursor, 4)).toBe(5);
    expect(nextCandidate('a~b\\c~\\', searchers, cursor, 6)).toBe(6);
    expect(nextCandidate('a~b\\c~\\', searchers, cursor, 7)).toBe(7); // none left: the text's length
  });

  it('finds a long ending whose needle starts before the point it resumes from', () => {
    // A jump to 4 lands inside `cdot` (2..5): the search must start back at its `c`.
    const searchers = searchersFor([{ triggers: '', wordEndings: ['cdot'] }]);
    const cursor = createCursor(searchers);
    expect(nextCandidate('a cdot 1', searchers, cursor, 4)).toBe(5);
  });

  it('agrees with a per-character scan from any resume point', () => {
    const text = fc
      .array(fc.constantFrom(...PIECES), { maxLength: 24 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), (input, jumps) => {
        const all = scanned(input);
        const cursor = createCursor(ALL);
        let from = 0;
        for (const jump of [...jumps.map((n) => n % (input.length + 1))].sort((a, b) => a - b)) {
          from = Math.max(from, jump);
          const expected = all.find((at) => at >= from) ?? input.length;
          expect(nextCandidate(input, ALL, cursor, from)).toBe(expected);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with a per-character scan on strings of triggers and endings', () => {
    const text = fc
      .array(fc.constantFrom(...PIECES), { maxLength: 24 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (input) => {
        expect(searched(input, ALL)).toEqual(scanned(input));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with a per-character scan on every capture', () => {
    for (const name of TEXT_FIXTURE_NAMES) {
      const capture = readFixture(name);
      const positions = searched(capture, ALL);
      expect(positions.length).toBeGreaterThan(100);
      expect(positions).toEqual(scanned(capture));
    }
  });
});
