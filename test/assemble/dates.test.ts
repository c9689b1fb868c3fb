import { describe, expect, it } from 'vitest';
import { resolveYear, toIsoDate, toReferenceDate } from '../../src/assemble/dates.js';

describe('toReferenceDate', () => {
  it('reads YYYY-MM-DD and the local calendar day of a Date', () => {
    expect(toReferenceDate('2024-12-11')).toEqual({ year: 2024, month: 12, day: 11 });
    expect(toReferenceDate(new Date(2024, 1, 29, 23, 30))).toEqual({
      year: 2024,
      month: 2,
      day: 29,
    });
  });

  it('rejects dates that do not exist and other shapes', () => {
    for (const bad of ['2023-02-29', '2024-1-5', '11/12/2024', '']) {
      expect(() => toReferenceDate(bad)).toThrow(RangeError);
    }
    expect(() => toReferenceDate(20241211 as unknown as string)).toThrow(TypeError);
  });
});

describe('resolveYear', () => {
  const reference = { year: 2025, month: 1, day: 5 };
  it('takes the reference year, or the year before when the date would be later', () => {
    expect(resolveYear({ month: 1, day: 5 }, reference)).toEqual({ year: 2025, month: 1, day: 5 });
    expect(resolveYear({ month: 1, day: 6 }, reference)).toEqual({ year: 2024, month: 1, day: 6 });
    expect(resolveYear({ month: 12, day: 20 }, reference)).toEqual({
      year: 2024,
      month: 12,
      day: 20,
    });
  });

  it('keeps a printed year, and keeps yearless dates yearless without a reference', () => {
    expect(resolveYear({ year: 2019, month: 3, day: 1 }, reference)).toEqual({
      year: 2019,
      month: 3,
      day: 1,
    });
    expect(resolveYear({ month: 3, day: 1 }, undefined)).toEqual({ month: 3, day: 1 });
  });

  it('keeps Feb 29 yearless when the resolved year has no such day', () => {
    expect(resolveYear({ month: 2, day: 29 }, { year: 2025, month: 6, day: 1 })).toEqual({
      month: 2,
      day: 29,
    });
    expect(resolveYear({ month: 2, day: 29 }, { year: 2024, month: 6, day: 1 })).toEqual({
      year: 2024,
      month: 2,
      day: 29,
    });
  });
});

describe('toIsoDate', () => {
  it('pads, and needs a year', () => {
    expect(toIsoDate({ year: 2023, month: 10, day: 7 })).toBe('2023-10-07');
    expect(toIsoDate({ month: 10, day: 7 })).toBeUndefined();
  });
});
