import { describe, expect, it } from 'vitest';
import { parseDateLine } from '../../src/grammar/date-line.js';

describe('parseDateLine', () => {
  it('reads a day, a year and a comment count, spaced as the pages print them', () => {
    expect(parseDateLine('Apr 17, 2024 2')).toEqual({
      month: 4,
      day: 17,
      year: 2024,
      comments: 2,
      valid: true,
    });
    expect(parseDateLine('Mar 11')).toEqual({ month: 3, day: 11, valid: true });
    expect(parseDateLine('Sep 25 2')).toEqual({ month: 9, day: 25, comments: 2, valid: true });
  });

  it('reads a count a text extractor glued to the year (`Feb 13, 20252`)', () => {
    expect(parseDateLine('Feb 13, 20252')).toEqual({
      month: 2,
      day: 13,
      year: 2025,
      comments: 2,
      valid: true,
    });
    expect(parseDateLine('Feb 13, 2025123')?.comments).toBe(123);
  });

  it('takes no glued count after a year outside 19xx and 20xx, nor two counts', () => {
    expect(parseDateLine('Feb 13, 30252')).toBeUndefined();
    expect(parseDateLine('Feb 13, 3025')?.year).toBe(3025);
    expect(parseDateLine('Feb 13, 20252 3')).toBeUndefined();
  });
});
