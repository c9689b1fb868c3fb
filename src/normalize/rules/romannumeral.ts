/**
 * `romannumeral`: TeX's `\romannumeral<number>` (often braced) becomes the lowercase
 * Roman numeral it prints.
 *
 * @example
 * ```text
 * we present ({\romannumeral1}) a detailed analysis → we present (i) a detailed analysis
 * durations; ({\romannumeral3}) a scalable → durations; (iii) a scalable
 * step \romannumeral4 and \romannumeral 12 → step iv and xii
 * ```
 *
 * @module
 */
import { isDigit } from '../scan.js';
import { type Rule, single } from '../types.js';

const COMMAND = '\\romannumeral';

export const romannumeral: Rule = {
  name: 'romannumeral',
  prefilter: {
    triggers: '\\{',
    anchors: ['\\romannumeral'],
  },
  match(text, at) {
    const braced = text.charCodeAt(at) === 0x7b;
    if (!braced && text.charCodeAt(at) !== 0x5c) return undefined;
    const read = readNumeral(text, braced ? at + 1 : at);
    if (read === undefined) return undefined;
    if (!braced) return single(at, read.end, read.text);
    if (text.charCodeAt(read.end) !== 0x7d) return undefined;
    return single(at, read.end + 1, read.text);
  },
};

/**
 * `\\romannumeral` and its number at `at`, as Roman text and where it ends.
 *
 * @example
 * ```ts
 * readNumeral('\\romannumeral3)', 0); // { text: 'iii', end: 14 }
 * ```
 */
function readNumeral(text: string, at: number): { text: string; end: number } | undefined {
  if (!text.startsWith(COMMAND, at)) return undefined;
  let k = at + COMMAND.length;
  if (text.charCodeAt(k) === 0x20) k++;
  const first = k;
  while (k < text.length && k - first < 5 && isDigit(text.charCodeAt(k))) k++;
  if (k === first || isDigit(text.charCodeAt(k))) return undefined;
  const value = Number(text.slice(first, k));
  if (value < 1 || value > 3999) return undefined;
  return { text: toRoman(value), end: k };
}

const ROMAN: readonly (readonly [number, string])[] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/**
 * Lowercase Roman numeral, as TeX prints it.
 *
 * @example
 * ```ts
 * toRoman(14); // 'xiv'
 * ```
 */
export function toRoman(value: number): string {
  let rest = value;
  let out = '';
  for (const [size, letters] of ROMAN) {
    while (rest >= size) {
      out += letters;
      rest -= size;
    }
  }
  return out;
}
