import { describe, expect, it } from 'vitest';
import {
  collapseWhitespace,
  contentEnd,
  contentStart,
  isSpace,
  sameCollapsed,
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

describe('sameCollapsed', () => {
  it('answers as comparing the collapsed texts would', () => {
    expect(sameCollapsed(' A \t b', 'A b')).toBe(true);
    expect(sameCollapsed('A\u00a0\u2009b', ' A b ')).toBe(true);
    expect(sameCollapsed('A b', 'Ab')).toBe(false);
    expect(sameCollapsed('Ab', 'A b')).toBe(false);
    expect(sameCollapsed('A b', 'A b c')).toBe(false);
    expect(sameCollapsed('', ' \t ')).toBe(true);
  });

  it('agrees with collapseWhitespace on random texts of letters and spaces', () => {
    // A small alphabet, so equal pairs come up often.
    const alphabet = ['a', 'b', ' ', '  ', '\t', '\u00a0', '\n'];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const text = (): string =>
      Array.from({ length: random(6) }, () => alphabet[random(alphabet.length)]).join('');
    for (let k = 0; k < 5000; k++) {
      const a = text();
      const b = text();
      expect(sameCollapsed(a, b), JSON.stringify([a, b])).toBe(
        collapseWhitespace(a) === collapseWhitespace(b),
      );
    }
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
