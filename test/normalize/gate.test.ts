import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';
import { mayChange, minimalAnchors, ungatedPass } from '../../src/normalize/engine.js';
import { REGISTRY, RULE_NAMES } from '../../src/normalize/registry.js';
import { readFixture, TEXT_FIXTURE_NAMES } from '../support/fixtures.js';
import { docExamples, exampleOptions } from './support.js';

/**
 * The gate in front of the engine skips text that holds no rule's anchor and passes
 * no rule's gate. It is only a shortcut if it never skips text a pass would change:
 * these tests run the pass without the gate and compare.
 */

/** Pieces that sit near every anchor and gate: whole artifacts, halves of them, digits. */
const PIECES = [
  ...new Set([
    ...REGISTRY.flatMap((rule) =>
      docExamples(rule.name).flatMap(([before]) => before.split(/(?<= )/)),
    ),
    ...REGISTRY.flatMap((rule) => rule.prefilter.anchors),
    '\\',
    '{',
    '}',
    'x',
    '2',
    '0',
    '3',
    ' ',
    'e',
    'q',
    'le',
    'ge',
    'sim',
    'pm',
    'approx',
    'eq',
    'cdot',
    'mathbb',
    'mathb',
    'bb',
    'times',
    'time',
    'romannumeral',
    'textbf',
    '&amp;',
    '&#x2014;',
    'x2013',
    'x201',
    '``',
    "''",
    '"',
    "'",
    '^',
    '_',
    '~',
    'https://a.io/',
    '://',
    'k',
  ]),
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));

/** Only `name` on: every other rule off. */
function only(name: string): Record<string, boolean> {
  return Object.fromEntries(RULE_NAMES.map((rule) => [rule, rule === name]));
}

/** What one ungated pass does to `input`: its text, and whether it reported anything. */
function passed(
  input: string,
  rules?: Record<string, boolean>,
): { text: string; reported: number } {
  const record = { fixes: [], unknownMacros: [] };
  const out = ungatedPass(input, rules, record);
  return { text: out, reported: record.unknownMacros.length };
}

describe('the gate in front of the normalizer', () => {
  it('gives every rule an anchor or a gate', () => {
    for (const rule of REGISTRY) {
      const gated =
        rule.prefilter.anchors.length > 0 ||
        rule.prefilter.gate !== undefined ||
        rule.prefilter.digitGate !== undefined;
      expect(gated, rule.name).toBe(true);
      for (const anchor of rule.prefilter.anchors)
        expect(anchor.length, rule.name).toBeGreaterThan(0);
    }
  });

  it('keeps the shortest anchors and drops any that contains another', () => {
    expect(minimalAnchors([{ anchors: ['\\romannumeral'] }, { anchors: ['~', '\\'] }])).toEqual([
      '~',
      '\\',
    ]);
    expect(minimalAnchors([{ anchors: ['bb', 'x20'] }, { anchors: ['bb'] }])).toEqual([
      'bb',
      'x20',
    ]);
  });

  it('skips plain prose and lets every artifact through', () => {
    expect(mayChange('We study the sequence of frequent, unique tokens in 2024.')).toBe(false);
    for (const rule of REGISTRY) {
      // With the rule's example options: an off-by-default rule's examples may hold
      // nothing else to read.
      const rules = exampleOptions(rule.name).rules;
      for (const [before, after] of docExamples(rule.name)) {
        if (before !== after)
          expect(mayChange(before, rules), `${rule.name}: ${before}`).toBe(true);
      }
    }
  });

  it('never skips text a pass would change, with all rules on', () => {
    fc.assert(
      fc.property(text, (input) => {
        if (mayChange(input)) return;
        expect(passed(input)).toEqual({ text: input, reported: 0 });
      }),
      { numRuns: 3000 },
    );
  });

  it('never skips text a pass would change, for each rule alone (its own anchors and gates)', () => {
    for (const name of RULE_NAMES) {
      const rules = only(name);
      fc.assert(
        fc.property(text, (input) => {
          if (mayChange(input, rules)) return;
          expect(passed(input, rules), name).toEqual({ text: input, reported: 0 });
        }),
        { numRuns: 400 },
      );
    }
  });

  it('never skips a title or abstract of the real captures that a pass would change', () => {
    let skipped = 0;
    for (const name of TEXT_FIXTURE_NAMES) {
      for (const paper of parseListing(readFixture(name), { normalize: false }).papers) {
        for (const field of [paper.raw.title, paper.raw.abstract]) {
          if (mayChange(field)) continue;
          skipped++;
          expect(passed(field)).toEqual({ text: field, reported: 0 });
        }
      }
    }
    // Most fields need nothing: the gate is what keeps them off the JavaScript scan.
    expect(skipped).toBeGreaterThan(300);
  });
});
