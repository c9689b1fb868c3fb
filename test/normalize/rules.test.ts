import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explainNormalization, normalizeText } from '../../src/normalize/index.js';
import { REGISTRY, RULE_NAMES } from '../../src/normalize/registry.js';
import { docExamples, exampleOptions, withControls } from './support.js';

describe('rule registry', () => {
  it('has one uniquely named rule per file, in a fixed order', () => {
    expect(new Set(RULE_NAMES).size).toBe(RULE_NAMES.length);
    expect(RULE_NAMES).toEqual([
      'macros',
      'href',
      'urls',
      'code',
      'citations',
      'math-delimiters',
      'math-copies',
      'entities',
      'escapes',
      'json-escapes',
      'accents',
      'romannumeral',
      'units',
      'calligraphic',
      'fractions',
      'text-style',
      'abbreviations',
      'symbols',
      'blackboard-bold',
      'ornaments',
      'math-words',
      'arrows',
      'times',
      'dashes',
      'quotes',
      'tie',
      'unknown-macros',
    ]);
  });

  it('triggers rules on ASCII characters, but math-copies at a mathematical letter', () => {
    for (const rule of REGISTRY) {
      const { triggers, needles = [] } = rule.prefilter;
      expect(triggers.length + needles.length, rule.name).toBeGreaterThan(0);
      for (const char of needles.join('')) expect(char.charCodeAt(0), rule.name).toBeLessThan(128);
      const wide = [...triggers].filter((char) => char.charCodeAt(0) >= 128);
      expect(wide, rule.name).toEqual(rule.name === 'math-copies' ? ['\uD835'] : []);
    }
  });
});

/** Rules that fix something on another rule's behalf credit that rule. */
const CREDITS: Readonly<Record<string, readonly string[]>> = {
  urls: ['escapes'],
  escapes: ['href'],
  // It puts a backslash back; the macro's own rule makes the fix the record shows.
  'json-escapes': ['symbols', 'fractions', 'math-delimiters', 'text-style'],
};

for (const rule of REGISTRY) {
  describe(`rule ${rule.name}`, () => {
    const options = exampleOptions(rule.name);

    const examples = docExamples(rule.name);

    it('doc comment shows its examples (the only copy: the tests read them there)', () => {
      expect(examples.length).toBeGreaterThan(0);
    });

    it.each(examples)('%s', (before, after) => {
      expect(normalizeText(before, options)).toBe(after);
      // Idempotent: the output is a fixed point.
      expect(normalizeText(after, options)).toBe(after);
    });

    it('is credited where its examples change, and only it changes them when alone', () => {
      const credited = [rule.name, ...(CREDITS[rule.name] ?? [])];
      const alone = Object.fromEntries(RULE_NAMES.map((name) => [name, name === rule.name]));
      for (const [before, after] of examples) {
        if (before === after) continue;
        const fixes = explainNormalization(before, options).fixes;
        expect(
          fixes.some((fix) => credited.includes(fix.rule)),
          `${rule.name}: ${before}`,
        ).toBe(true);
        const solo = explainNormalization(before, { ...options, rules: alone });
        for (const fix of solo.fixes) expect(credited).toContain(fix.rule);
      }
    });

    it('is documented in docs/normalization.md with its examples', () => {
      const doc = withControls(
        readFileSync(
          fileURLToPath(new URL('../../docs/normalization.md', import.meta.url)),
          'utf8',
        ),
      );
      expect(doc).toContain(`### \`${rule.name}\``);
      for (const [before, after] of examples) {
        expect(doc).toContain(before);
        expect(doc).toContain(after);
      }
    });

    it('switched off, leaves its own fixes undone', () => {
      const off = { ...options, rules: { [rule.name]: false } };
      for (const [before] of examples) {
        const fixes = explainNormalization(before, off).fixes;
        expect(fixes.filter((fix) => fix.rule === rule.name)).toEqual([]);
      }
    });
  });
}
