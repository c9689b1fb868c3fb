import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainNormalization, normalizeText } from '../../src/normalize/index.js';
import { REGISTRY } from '../../src/normalize/registry.js';
import { docExamples } from './support.js';

/**
 * Pieces of artifacts and their neighbours: random strings built from these hit the
 * rules' edges far more often than random characters do.
 */
const TOKENS = [
  ...new Set([
    ...REGISTRY.flatMap((rule) =>
      docExamples(rule.name).flatMap(([before]) => before.split(/(?<= )/)),
    ),
    '\\',
    '{',
    '}',
    '~',
    '^',
    '`',
    "'",
    '"',
    '&',
    ';',
    '#',
    'x',
    ' ',
    '(',
    ')',
    '|',
    '-',
    '.',
    '_',
    '%',
    '2',
    '256',
    '0.01',
    'k',
    'p',
    'times',
    'leq',
    'ge',
    'sim',
    'pm',
    'chi',
    'mathbb',
    'R',
    'textbf',
    'romannumeral',
    'eg',
    'model',
    'circledR',
    'x2013',
    'amp;',
    'https://x.io/a',
    '\\textbf{',
    '\\"',
    '``',
    "''",
    '\\%',
    '\\&',
    '\\{',
    '\\}',
  ]),
];

const artifactText = fc
  .array(fc.constantFrom(...TOKENS), { maxLength: 40 })
  .map((tokens) => tokens.join(''));
const anyText = fc.oneof(
  artifactText,
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

describe('normalization properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('reports fixes that slice back to their before text and rebuild the output', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { text: output, fixes } = explainNormalization(text);
        let rebuilt = '';
        let last = 0;
        for (const fix of fixes) {
          expect(fix.start).toBeGreaterThanOrEqual(last);
          expect(fix.end).toBeGreaterThanOrEqual(fix.start);
          expect(text.slice(fix.start, fix.end)).toBe(fix.before);
          expect(fix.after).not.toBe(fix.before);
          rebuilt += text.slice(last, fix.start) + fix.after;
          last = fix.end;
        }
        expect(rebuilt + text.slice(last)).toBe(output);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees between normalizeText and explainNormalization', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(normalizeText(text)).toBe(explainNormalization(text).text);
      }),
    );
  });

  it('returns text without any trigger character as the same string', () => {
    // A needle's last character is where the pass stops for it (`-` for `--`).
    const triggers = new Set(
      REGISTRY.flatMap((rule) => [
        ...rule.prefilter.triggers,
        ...(rule.prefilter.needles ?? []).map((needle) => needle.slice(-1)),
      ]),
    );
    const clean = fc
      .string({ maxLength: 80 })
      .map((text) => [...text].filter((char) => !triggers.has(char)).join(''));
    fc.assert(
      fc.property(clean, (text) => {
        expect(normalizeText(text)).toBe(text);
        expect(explainNormalization(text).fixes).toEqual([]);
      }),
    );
  });

  it('is idempotent rule by rule', () => {
    for (const rule of REGISTRY) {
      const rules = { [rule.name]: true };
      const only = Object.fromEntries(REGISTRY.map((r) => [r.name, r.name === rule.name]));
      fc.assert(
        fc.property(artifactText, (text) => {
          const once = normalizeText(text, { rules: only });
          expect(
            normalizeText(once, { rules: only }),
            `${rule.name} ${JSON.stringify(rules)}`,
          ).toBe(once);
        }),
        { numRuns: 300 },
      );
    }
  });
});
