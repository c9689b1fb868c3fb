import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_INPUT_LENGTH, ListingParseError, parseListing } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';

const CAPTURE = readFixture('001_3000abd2b438303c.txt');
const ORIGIN = { line: 1, column: 1, offset: 0 };

describe('options.maxInputLength', () => {
  it('defaults to 256 Mi code units', () => {
    expect(DEFAULT_MAX_INPUT_LENGTH).toBe(256 * 1024 * 1024);
  });

  it('parses an input exactly as long as the limit', () => {
    const listing = parseListing(CAPTURE, { maxInputLength: CAPTURE.length });
    expect(listing.papers).toHaveLength(41);
    expect(listing.diagnostics).toEqual([]);
  });

  it('returns one input-too-long diagnostic, and nothing else, one code unit over it', () => {
    const listing = parseListing(CAPTURE, { maxInputLength: CAPTURE.length - 1 });
    expect(listing).toEqual({
      papers: [],
      chrome: [],
      diagnostics: [
        {
          code: 'input-too-long',
          severity: 'error',
          message: `Input is ${CAPTURE.length} code units long, over maxInputLength (${CAPTURE.length - 1}); nothing was parsed`,
          position: { start: ORIGIN, end: ORIGIN },
        },
      ],
    });
  });

  it('counts UTF-16 code units, as String.length does', () => {
    const input = 'Grammar \u{1d4aa} Aligned Decoding';
    expect(input.length).toBe(27); // 26 characters, one of them astral (two code units)
    expect(parseListing(input, { maxInputLength: 27 }).diagnostics[0]?.code).toBe(
      'missing-abstract',
    );
    expect(parseListing(input, { maxInputLength: 26 }).diagnostics[0]?.code).toBe('input-too-long');
  });

  it('accepts a limit of 0 for the empty input, and Infinity for any', () => {
    expect(parseListing('', { maxInputLength: 0 }).diagnostics).toEqual([]);
    expect(parseListing('x', { maxInputLength: 0 }).diagnostics[0]?.code).toBe('input-too-long');
    expect(parseListing(CAPTURE, { maxInputLength: Number.POSITIVE_INFINITY }).papers).toHaveLength(
      41,
    );
  });

  it('throws ListingParseError in strict mode', () => {
    expect(() => parseListing(CAPTURE, { maxInputLength: 10, strict: true })).toThrow(
      ListingParseError,
    );
    try {
      parseListing(CAPTURE, { maxInputLength: 10, strict: true });
    } catch (error) {
      expect((error as ListingParseError).code).toBe('input-too-long');
      expect((error as ListingParseError).position.start).toEqual(ORIGIN);
    }
  });

  it('rejects a limit that is not a non-negative number with a TypeError', () => {
    for (const bad of [-1, Number.NaN, '100', null]) {
      expect(() => parseListing('x', { maxInputLength: bad as number })).toThrow(TypeError);
    }
  });
});
