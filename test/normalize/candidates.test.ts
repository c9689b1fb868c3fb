import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALWAYS,
  CHECK,
  carriedCursor,
  createCursor,
  type Finder,
  finderFor,
  NEVER,
  nextCandidate,
  searchersFor,
} from '../../src/normalize/candidates.js';
import { REGISTRY } from '../../src/normalize/registry.js';
import { readFixture, TEXT_FIXTURE_NAMES } from '../support/fixtures.js';

/**
 * The pass stops only where the finder finds a candidate: by native searches and a sort
 * on most texts, by a walk through a table on dense ones. These tests hold both to the
 * definition a per-character scan would apply: a trigger character, the last letter of
 * a word ending where the word ends, or the last character of a needle.
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

/** Every candidate, by the finder, stepping one past each. */
function searched(text: string, finder: Finder): number[] {
  const cursor = createCursor(text, finder);
  const positions: number[] = [];
  for (let at = nextCandidate(cursor, 0); at < text.length; ) {
    positions.push(at);
    at = nextCandidate(cursor, at + 1);
  }
  return positions;
}

/** Every candidate of a cursor, stepping one past each. */
function listed(cursor: ReturnType<typeof createCursor>): number[] {
  const positions: number[] = [];
  for (let at = nextCandidate(cursor, 0); at < cursor.text.length; ) {
    positions.push(at);
    at = nextCandidate(cursor, at + 1);
  }
  return positions;
}

/**
 * `text` with each `[start, end, replacement]` applied (in order, apart), and the edits
 * as `carriedCursor` takes them.
 */
function edited(text: string, spans: readonly [number, number, string][]) {
  let output = '';
  let last = 0;
  const edits: number[] = [];
  for (const [start, end, replacement] of spans) {
    output += text.slice(last, start) + replacement;
    edits.push(start, end, replacement.length);
    last = end;
  }
  return { output: output + text.slice(last), edits };
}

/** Every candidate by the walk alone: the cursor of a text that is all candidates. */
function walked(text: string, finder: Finder): number[] {
  const cursor = createCursor(text, finder);
  const forced = { ...cursor, positions: undefined };
  const positions: number[] = [];
  for (let at = nextCandidate(forced, 0); at < text.length; ) {
    positions.push(at);
    at = nextCandidate(forced, at + 1);
  }
  return positions;
}

const ALL = finderFor(REGISTRY.map((rule) => rule.prefilter));
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
  '𝑛',
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

  it('compiles the searches into a table of ASCII codes for the walk', () => {
    const finder = finderFor([{ triggers: '\\', wordEndings: ['eq', 'cdot'], needles: ['--'] }]);
    expect(finder.kinds[0x5c]).toBe(ALWAYS);
    // The `q` of `eq`, the `t` of `cdot`, the second `-` of `--`: each ending's last.
    expect([finder.kinds[0x71], finder.kinds[0x74], finder.kinds[0x2d]]).toEqual([
      CHECK,
      CHECK,
      CHECK,
    ]);
    expect(finder.kinds[0x65]).toBe(NEVER); // the `e` of `eq` is no candidate by itself
    expect(finder.kinds[0x63]).toBe(NEVER);
  });

  it('finds word endings only where the word ends', () => {
    const finder = finderFor([{ triggers: '', wordEndings: ['eq', 'cdot'] }]);
    const text = 'equal, eq, leq5, eqs, p leq 3, a cdot b, cdots';
    expect(searched(text, finder)).toEqual([8, 13, 26, 36]);
    expect(walked(text, finder)).toEqual([8, 13, 26, 36]);
  });

  it('checks the whole prefix before the needle', () => {
    const finder = finderFor([{ triggers: '', wordEndings: ['xxq'] }]);
    expect(finder.searchers).toEqual([{ needle: 'q', prefix: 'xx', wordEnd: true }]);
    expect(searched('xq q xxq', finder)).toEqual([7]);
    expect(walked('xq q xxq', finder)).toEqual([7]);
  });

  it('finds a needle wherever it stands, in a word or not', () => {
    const finder = finderFor([{ triggers: '', needles: ['--'] }]);
    expect(searched('a-b -- c---d', finder)).toEqual([5, 9, 10]);
    expect(walked('a-b -- c---d', finder)).toEqual([5, 9, 10]);
  });

  it('finds a trigger above ASCII by search and by walk; no needle may end on one', () => {
    const finder = finderFor([{ triggers: '~\uD835' }]);
    expect(finder.wide).toEqual([0xd835]);
    const text = 'é n𝑛n ~ 𝒞𝒞';
    expect(searched(text, finder)).toEqual([3, 7, 9, 11]);
    expect(walked(text, finder)).toEqual([3, 7, 9, 11]);
    expect(() => finderFor([{ triggers: '', needles: ['a\uD835'] }])).toThrow(RangeError);
  });

  it('resumes past a jump without losing later candidates', () => {
    const finder = finderFor([{ triggers: '\\~' }]);
    const cursor = createCursor('a~b\\c~\\', finder);
    expect(cursor.positions).toBeDefined();
    expect(nextCandidate(cursor, 0)).toBe(1);
    expect(nextCandidate(cursor, 4)).toBe(5);
    expect(nextCandidate(cursor, 6)).toBe(6);
    expect(nextCandidate(cursor, 7)).toBe(7); // none left: the text's length
  });

  it('finds a long ending whose needle starts before the point it resumes from', () => {
    // A jump to 4 lands inside `cdot` (2..5): the search must start back at its `c`.
    const finder = finderFor([{ triggers: '', wordEndings: ['cdot'] }]);
    expect(nextCandidate(createCursor('a cdot 1', finder), 4)).toBe(5);
    const forced = { ...createCursor('a cdot 1', finder), positions: undefined };
    expect(nextCandidate(forced, 4)).toBe(5);
    expect(nextCandidate({ ...createCursor('dot 1', finder), positions: undefined }, 0)).toBe(5);
  });

  it('walks a text dense with candidates instead of sorting them', () => {
    const finder = finderFor([{ triggers: '~' }]);
    expect(createCursor('~'.repeat(100), finder).positions).toBeUndefined();
    expect(createCursor(`~${'a'.repeat(100)}`, finder).positions).toEqual(Int32Array.of(0));
    expect(searched(`${'a'.repeat(100)}${'~b'.repeat(60)}`, finder)).toEqual(
      Array.from({ length: 60 }, (_, k) => 100 + 2 * k),
    );
  });

  it('agrees with a per-character scan from any resume point', () => {
    const text = fc
      .array(fc.constantFrom(...PIECES), { maxLength: 24 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), (input, jumps) => {
        const all = scanned(input);
        const cursor = createCursor(input, ALL);
        const forced = { ...cursor, positions: undefined };
        let from = 0;
        for (const jump of [...jumps.map((n) => n % (input.length + 1))].sort((a, b) => a - b)) {
          from = Math.max(from, jump);
          const expected = all.find((at) => at >= from) ?? input.length;
          expect(nextCandidate(cursor, from)).toBe(expected);
          expect(nextCandidate(forced, from)).toBe(expected);
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
        expect(walked(input, ALL)).toEqual(scanned(input));
      }),
      { numRuns: 2000 },
    );
  });

  it('carries candidates over the edits of a pass and looks again around each', () => {
    const finder = finderFor([{ triggers: '\\~', wordEndings: ['cdot'] }]);
    const first = createCursor('a~b \\x c~d', finder);
    expect(listed(first)).toEqual([1, 4, 8]);
    // `\x` (4..6) became `ξ~`: the `~` it wrote is a candidate, the `\` it took is not.
    const { output, edits } = edited('a~b \\x c~d', [[4, 6, 'ξ~']]);
    expect(output).toBe('a~b ξ~ c~d');
    expect(listed(carriedCursor(first, output, edits))).toEqual([1, 5, 8]);
    // An edit can end a word ending that stood apart: `cdo` + `t`, and a deletion that
    // glues a word to a letter takes the candidate away (`cdot` + `s`).
    const glued = edited('a cdo~x cdot ~s', [
      [5, 6, 't'],
      [12, 14, ''],
    ]);
    expect(glued.output).toBe('a cdotx cdots');
    const cursor = createCursor('a cdo~x cdot ~s', finder);
    expect(listed(carriedCursor(cursor, glued.output, glued.edits))).toEqual(
      scanned(glued.output).filter((at) => glued.output[at] === '~' || glued.output[at] === 't'),
    );
  });

  it('carries exactly the candidates a fresh search finds, whatever the edits', () => {
    const text = fc
      .array(fc.constantFrom(...PIECES), { maxLength: 24 })
      .map((parts) => parts.join(''));
    const spans = fc.array(
      fc.tuple(
        fc.nat(),
        fc.nat({ max: 6 }),
        fc.array(fc.constantFrom(...PIECES), { maxLength: 3 }),
      ),
      { maxLength: 5 },
    );
    fc.assert(
      fc.property(text, spans, (input, raw) => {
        // Spans in order and apart, inside the text.
        const chosen: [number, number, string][] = [];
        let from = 0;
        for (const [at, length, parts] of [...raw].sort((a, b) => a[0] - b[0])) {
          const start = Math.max(from, at % (input.length + 1));
          const end = Math.min(input.length, start + length);
          chosen.push([start, end, parts.join('')]);
          from = end;
        }
        const { output, edits } = edited(input, chosen);
        const expected = scanned(output);
        expect(listed(carriedCursor(createCursor(input, ALL), output, edits))).toEqual(expected);
        const forced = { ...createCursor(input, ALL), positions: undefined };
        expect(listed(carriedCursor(forced, output, edits))).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with a per-character scan on every capture', () => {
    for (const name of TEXT_FIXTURE_NAMES) {
      const capture = readFixture(name);
      const positions = searched(capture, ALL);
      expect(positions.length).toBeGreaterThan(100);
      expect(positions).toEqual(scanned(capture));
      expect(walked(capture, ALL)).toEqual(positions);
    }
  });
});
