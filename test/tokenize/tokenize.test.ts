import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Token, tokenize } from '../../src/index.js';
import { readFixture, TEXT_FIXTURE_NAMES } from '../support/fixtures.js';

function sliceOf(input: string, token: Token): string {
  return input.slice(token.start.offset, token.end.offset);
}

/** Line and column of an offset, computed the slow, obvious way. */
function pointAt(input: string, offset: number): { line: number; column: number } {
  const before = input.slice(0, offset).replace(/\r\n?/g, '\n').split('\n');
  const last = before[before.length - 1] ?? '';
  // Columns count code units of the original line; \r\n folding above keeps lengths per line.
  return { line: before.length, column: last.length + 1 };
}

// Lines built from the pieces a capture is made of, so random inputs hit every construct.
const piece = fc.constantFrom(
  'new',
  'Subscribe',
  'Mar 11',
  'Oct 7, 2023 2',
  '  • 3 authors',
  '·',
  'A Title: With Words',
  'We study X. We find Y. It works.',
  '-----',
  '',
  ' \t',
  '\ufeff',
  'Feb 30',
);
const eol = fc.constantFrom('\n', '\r\n', '\r', '');
const captureLike = fc
  .array(fc.tuple(fc.oneof(piece, fc.string()), eol), { maxLength: 40 })
  .map((parts) => parts.map(([text, end]) => text + end).join(''));

describe('tokenize', () => {
  it.each(TEXT_FIXTURE_NAMES)('is lossless on %s', (name) => {
    const input = readFixture(name);
    const tokens = tokenize(input);
    expect(tokens.map((token) => token.value).join('')).toBe(input);
    for (const token of tokens) expect(sliceOf(input, token)).toBe(token.value);
  });

  it('gives the kinds of a real capture with footers', () => {
    const input = readFixture('001_3000abd2b438303c.txt');
    const counts = new Map<string, number>();
    for (const token of tokenize(input)) counts.set(token.kind, (counts.get(token.kind) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({
      chrome: 5,
      'listing-date': 1,
      title: 41,
      abstract: 41,
      authors: 41,
      separator: 41,
      published: 41,
      // One blank token between each two content lines; the file has no final newline.
      blank: 5 + 1 + 41 * 5 - 1,
    });
  });

  it('is lossless, contiguous and correctly positioned for any input', () => {
    fc.assert(
      fc.property(fc.oneof(captureLike, fc.string({ unit: 'binary' })), (input) => {
        const tokens = tokenize(input);
        expect(tokens.map((token) => token.value).join('')).toBe(input);
        let offset = 0;
        for (const token of tokens) {
          expect(token.start.offset).toBe(offset);
          expect(token.end.offset).toBeGreaterThan(token.start.offset);
          expect(sliceOf(input, token)).toBe(token.value);
          expect({ line: token.start.line, column: token.start.column }).toEqual(
            pointAt(input, token.start.offset),
          );
          offset = token.end.offset;
        }
        expect(offset).toBe(input.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives blank tokens only for whitespace', () => {
    fc.assert(
      fc.property(captureLike, (input) => {
        for (const token of tokenize(input)) {
          if (token.kind === 'blank') expect(token.value.trim()).toBe('');
          else expect(token.value.trim()).toBe(token.value);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('throws a TypeError for a non-string', () => {
    expect(() => (tokenize as (input: unknown) => unknown)(42)).toThrow(
      'tokenize expects a string, got number',
    );
  });
});
