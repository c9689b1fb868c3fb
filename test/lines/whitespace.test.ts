import { describe, expect, it } from 'vitest';
import {
  collapseWhitespace,
  contentEnd,
  contentStart,
  isSpace,
} from '../../src/lines/whitespace.js';

describe('isSpace', () => {
  it('agrees with String.prototype.trim on every BMP code unit', () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const trimmed = String.fromCharCode(code).trim() === '';
      if (trimmed !== isSpace(code)) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });
});

describe('collapseWhitespace', () => {
  it('collapses runs of any whitespace to one space and trims', () => {
    expect(collapseWhitespace('  a\u00a0\u2009b\t\tc  ')).toBe('a b c');
    expect(collapseWhitespace('\ufeffnew')).toBe('new');
    expect(collapseWhitespace(' \t ')).toBe('');
  });

  it('returns clean text as the same string', () => {
    const clean = 'A clean title: no runs, no tabs';
    expect(collapseWhitespace(clean)).toBe(clean);
    expect(collapseWhitespace('')).toBe('');
  });
});

describe('contentStart and contentEnd', () => {
  const bounds = (text: string): [number, number] => {
    const from = contentStart(text);
    return [from, contentEnd(text, from)];
  };
  it('give the content range without surrounding whitespace', () => {
    expect(bounds('  ab \t')).toEqual([2, 4]);
    expect(bounds('\ufeffnew')).toEqual([1, 4]);
    expect(bounds(' \u00a0')).toEqual([2, 2]);
    expect(bounds('')).toEqual([0, 0]);
  });
});
