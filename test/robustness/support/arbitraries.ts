/**
 * fast-check arbitraries for hostile listing text: real fixture lines mixed with
 * synthetic dates, footers and garbage (lone surrogates, NUL and control characters,
 * BOMs, bidi marks, every line ending), so the properties explore the grammar's
 * decisions and not only noise.
 *
 * @module
 */
import fc from 'fast-check';
import { readFixture, TEXT_FIXTURE_NAMES } from '../../support/fixtures.js';

/** How many runs each property gets: thousands in CI, more through `npm run fuzz`. */
export const RUNS = Number(process.env.ROBUSTNESS_RUNS ?? 2000);

/**
 * Mutation plans per run: each parses a whole capture, so fewer than the properties
 * get, yet one to six edits each make several thousand mutations.
 */
export const MUTATION_RUNS = Number(process.env.ROBUSTNESS_MUTATION_RUNS ?? Math.ceil(RUNS * 0.6));

/** A fixed seed unless the fuzz script passes one, so CI is reproducible. */
export const SEED = Number(process.env.ROBUSTNESS_SEED ?? 20241211);

/** Per-test timeout that grows with the run count (the default 5 s is for unit tests). */
export const TIMEOUT = Math.max(120_000, RUNS * 60);

/**
 * fast-check parameters shared by every property. A property that runs out of time
 * stops early (as passed) rather than hang CI; shrinking a failure stops there too,
 * reporting the smallest counterexample found so far.
 */
export const PARAMETERS: fc.Parameters<unknown> = {
  numRuns: RUNS,
  seed: SEED,
  interruptAfterTimeLimit: Math.floor(TIMEOUT * 0.75),
};

/** Every distinct line of the real plain-text captures, blank lines included once. */
export const FIXTURE_LINES: readonly string[] = [
  ...new Set(TEXT_FIXTURE_NAMES.flatMap((name) => readFixture(name).split(/\r\n|\r|\n/))),
];

/** Code units and short strings that break naive parsers. */
export const HOSTILE_PIECES: readonly string[] = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001b',
  '\u001f',
  '\u007f',
  '\u0085',
  '\ufeff',
  '\u200b',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2028',
  '\u2029',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  '\ud83d\ude00',
  '\ufffd',
  '\uffff',
  '\t',
  '\v',
  '\f',
  '\r',
  '\n',
  '\r\n',
  ' ',
  '  ',
  '\u00a0',
  '\u3000',
  '·',
  '•',
  '*',
  '-',
  '\\',
  '{',
  '}',
  '$',
  '`',
  ':',
  '. ',
  '? ',
  '! ',
  'A',
  'a',
  'é',
  'ß',
  '文',
  '0',
  '9',
  'times',
  '1times',
  'ax2013b',
  '\\mathcal{O}',
  '&amp;',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'prototype',
];

const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** Date lines, valid or not: `Feb 30`, `Oct 7, 2023 12`, `Sept. 4`. */
export const dateLine: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...MONTH_NAMES, 'Sept.', 'March', 'Febr'),
    fc.integer({ min: 0, max: 40 }),
    fc.option(fc.integer({ min: 999, max: 10000 }), { nil: undefined }),
    fc.option(fc.integer({ min: 0, max: 99999999 }), { nil: undefined }),
  )
  .map(([month, day, year, comments]) => {
    const withYear = year === undefined ? `${month} ${day}` : `${month} ${day}, ${year}`;
    return comments === undefined ? withYear : `${withYear} ${comments}`;
  });

/** Footer lines: author counts and separators, well-formed or nearly. */
export const footerLine: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.constantFrom('  • ', '•', '* ', '- ', '• '), fc.nat({ max: 9999999 }))
    .map(([bullet, count]) => `${bullet}${count} author${count === 1 ? '' : 's'}`),
  fc.constantFrom('·', ' · ', '··', '• authors'),
);

/** Garbage built from hostile pieces, and arbitrary code points. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...HOSTILE_PIECES), { maxLength: 24 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 40 }),
);

/** A fixture line with hostile pieces spliced in at random places. */
const damagedFixtureLine: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...FIXTURE_LINES), fc.nat(), fc.constantFrom(...HOSTILE_PIECES))
  .map(([line, at, piece]) => {
    const cut = line.length === 0 ? 0 : at % line.length;
    return `${line.slice(0, cut)}${piece}${line.slice(cut)}`;
  });

/** One line of listing-like input (it may itself hold line breaks: hostile pieces do). */
export const listingLine: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...FIXTURE_LINES), weight: 6 },
  { arbitrary: dateLine, weight: 2 },
  { arbitrary: footerLine, weight: 2 },
  { arbitrary: damagedFixtureLine, weight: 2 },
  { arbitrary: hostileText, weight: 2 },
  { arbitrary: fc.constant(''), weight: 2 },
);

/** A line ending, of every kind the splitter knows and some it must not treat as one. */
export const lineEnding: fc.Arbitrary<string> = fc.constantFrom(
  '\n',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\r\r\n',
  '\n\r',
  '\u2028',
);

/** Whole listing-like inputs: lines joined by mixed endings, maybe with a BOM. */
export const listingText: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '', '\ufeff', ' \n', '\r\n'),
    fc.array(fc.tuple(listingLine, lineEnding), { maxLength: 40 }),
    fc.boolean(),
  )
  .map(([head, lines, trailing]) => {
    const body = lines.map(([line, ending]) => `${line}${ending}`).join('');
    return `${head}${trailing ? body : body.replace(/(?:\r\n|\r|\n|\u2028)$/, '')}`;
  });

/**
 * Cut points for a string of length `length`: sorted, distinct, inside the string.
 *
 * @example
 * ```ts
 * chunk('abcdef', [2, 4]); // ['ab', 'cd', 'ef']
 * ```
 */
export function chunk(input: string, cuts: readonly number[]): string[] {
  const points = [
    ...new Set(cuts.map((cut) => (input.length === 0 ? 0 : cut % (input.length + 1)))),
  ]
    .filter((cut) => cut > 0 && cut < input.length)
    .sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const point of points) {
    chunks.push(input.slice(from, point));
    from = point;
  }
  chunks.push(input.slice(from));
  return chunks;
}

/** Cut points for {@link chunk}: few or many, with one-code-unit chunks likely. */
export const cuts: fc.Arbitrary<number[]> = fc.oneof(
  fc.array(fc.nat(), { maxLength: 8 }),
  fc.array(fc.nat(), { minLength: 20, maxLength: 200 }),
);

/**
 * Any input: listing-shaped text most of the time, pure noise the rest
 * (`listingWeight` to 1).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(mixedInput(4), (text) => { parseListing(text); }));
 * ```
 */
export function mixedInput(listingWeight: number): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: listingText, weight: listingWeight },
    { arbitrary: hostileText, weight: 1 },
  );
}
