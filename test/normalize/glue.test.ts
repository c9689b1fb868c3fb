import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controlWordBefore, separatorAfter } from '../../src/normalize/glue.js';
import { explainNormalization, normalizeText } from '../../src/normalize/index.js';

/** The control words of two letters or more in `text` (`\\\\foo` is a line break, then `foo`). */
function controlWords(text: string): Set<string> {
  return new Set(
    [...text.matchAll(/(?<!\\)(?:\\\\)*\\([A-Za-z]{2,})/g)].map((m) => m[1] as string),
  );
}

/**
 * Macros rules read and macros none does, the fixes that empty their text around them,
 * and letters. Left out: `\\n` (a one-letter name, left as it was on purpose) and `\\\\`,
 * which `escapes` may read as one escaped backslash (`\\\\ab` → `\\ab`).
 */
const PIECES = [
  '\\foo',
  '\\boxtimes',
  '\\CPLF',
  '\\mu',
  '\\alpha',
  '\\hat',
  '\\LaTeX',
  '$',
  '{',
  '}',
  '\\textbf{',
  '\\emph{',
  '\\rm ',
  '{\\bf ',
  '\\%',
  '\\,',
  '~',
  'x',
  's',
  'ab',
  ' ',
  'times',
  '2',
];

describe('a fix beside a control word', () => {
  it('makes no control word the input did not have', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (input) => {
        const output = normalizeText(input);
        const before = controlWords(input);
        for (const name of controlWords(output)) {
          expect(before.has(name), `${input} → ${output}: \\${name}`).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    // Real abstracts (arXiv listings stored by daily digests).
    [
      'continuous piecewise linear functions ($\\CPLF$s), ensuring',
      'continuous piecewise linear functions (\\CPLF s), ensuring',
    ],
    [
      'Four slits, each of width 50$' + '{\\mu}$m, separated by 3.75mm',
      'Four slits, each of width 50μm, separated by 3.75mm',
    ],
    ['$L\\boxtimes\\textbf{x}$ and \\foo\\emph{bar}', 'L\\boxtimes x and \\foo bar'],
    ['\\foo\\textbf{}x', '\\foo x'],
    // A symbol takes the empty group when a later pass reads it.
    ['$\\alpha$s and $' + '{\\alpha}$s', 'αs and αs'],
    // Nothing glued: no separator.
    ['\\foo\\textbf{\\%} and \\alpha\\textbf{x}', '\\foo% and αx'],
    // One-letter names: a string's escape more often than TeX's.
    ['denote\\n$B$.', 'denote\\nB.'],
    // Nor an unknown name that starts as a string's escape does before a word (JSON dumps),
    // whose `\n` in prose is a line break (`json-escapes`).
    ['creation of\\nun$\\underline{c}$heatable', 'creation of\nuncheatable'],
    ['via\\nConstrained\\nit\\textbf{E}rative', 'via\\nConstrained\\nitErative'],
    ['our\\name$x$c, but URL\\textunderscore$x$c', 'our\\namexc, but URL\\textunderscore xc'],
    // `\\\\` is a line break, then a word.
    ['a\\\\\\textbf{b}', 'a\\\\b'],
  ])('%s', (input, output) => {
    expect(normalizeText(input)).toBe(output);
    expect(normalizeText(output)).toBe(output);
  });

  it('puts the separator in the fix that made the need', () => {
    expect(explainNormalization('\\foo\\emph{bar}').fixes).toEqual([
      { rule: 'text-style', start: 4, end: 10, before: '\\emph{', after: ' ' },
      { rule: 'text-style', start: 13, end: 14, before: '}', after: '' },
    ]);
    expect(explainNormalization('\\foo\\textbf{}x').fixes.map((fix) => fix.after)).toEqual([
      '',
      ' ',
    ]);
  });
});

describe('controlWordBefore', () => {
  it.each([
    [['$L\\boxtimes', ''], '', 'boxtimes'],
    [['a', ''], '\\foo', 'foo'],
    [['a \\\\', ''], 'foo', ''],
    [['a \\\\\\foo'], '', 'foo'],
    [['denote\\n', ''], '', ''],
    [['of\\nun', ''], '', ''],
    [['$\\nabla', ''], '', 'nabla'],
    [['plain text', ''], '', ''],
    [[], '', ''],
  ] as const)('%j then %j: %j', (pieces, tail, name) => {
    expect(controlWordBefore(pieces, tail)).toBe(name);
  });
});

describe('separatorAfter', () => {
  it('is an empty group after a symbol or a logo, a space after any other name', () => {
    expect(separatorAfter('mu')).toBe('{}');
    expect(separatorAfter('LaTeX')).toBe('{}');
    expect(separatorAfter('boxtimes')).toBe(' ');
    expect(separatorAfter('hat')).toBe(' ');
  });
});
