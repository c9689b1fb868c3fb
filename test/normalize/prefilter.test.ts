import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/normalize/engine.js';
import { REGISTRY } from '../../src/normalize/registry.js';
import type { Prefilter, Rule } from '../../src/normalize/types.js';
import { docExamples } from './support.js';

/**
 * Every rule's prefilter (triggers, word endings, anchors, gates) must agree with its
 * `match`: wherever `match` changes something or reports a macro, the pass would have
 * stopped there (a trigger, or a word ending where the word ends) and the gate would
 * have let the text through. A prefilter that disagrees silently loses repairs.
 */

/** Pieces near every trigger: the rules' examples cut at spaces, and artifact halves. */
const PIECES = [
  ...new Set([
    ...REGISTRY.flatMap((rule) =>
      docExamples(rule.name).flatMap(([before]) => before.split(/(?<= )/)),
    ),
    ...REGISTRY.flatMap((rule) => rule.prefilter.anchors),
    ...REGISTRY.flatMap((rule) => rule.prefilter.wordEndings ?? []),
    ...'\\{}~^_`\'"&:$()[]x0123456789 .,-'.split(''),
    'times',
    'sim',
    'pm',
    'approx',
    'le',
    'ge',
    'to',
    'mathbf',
    'mathcal',
    'mathbb',
    'textbf',
    'x2013',
    'x2019',
    'x201c',
    'x201d',
    'Linu',
    'NVIDIA',
    'SFT',
    'RL',
    'Mbps',
    'GB',
    '\\cite',
    '\\citep',
    '\\href',
    '\\url',
    '\\texttt',
    '\\textcolor',
    '\\ul',
    'https://a.io/',
    "''",
    '``',
    '\\"',
    "\\'",
    "s'",
    'M',
    'k',
    'The',
    'Lost-in-the-Middle',
  ]),
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((parts) => parts.join(''));

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /^[A-Za-z]$/.test(char);
}

/** Would the pass stop at `at` for this prefilter? */
function stopsAt(prefilter: Prefilter, input: string, at: number): boolean {
  if (prefilter.triggers.includes(input[at] as string)) return true;
  if (
    (prefilter.needles ?? []).some((needle) => input.startsWith(needle, at - needle.length + 1))
  ) {
    return true;
  }
  return (prefilter.wordEndings ?? []).some(
    (ending) => input.startsWith(ending, at - ending.length + 1) && !isLetter(input[at + 1]),
  );
}

/** Would the gate let `input` through for this prefilter? */
function passesGate(prefilter: Prefilter, input: string): boolean {
  if (prefilter.anchors.some((anchor) => input.includes(anchor))) return true;
  if (prefilter.gate?.(input)) return true;
  const { digitGate } = prefilter;
  if (digitGate === undefined) return false;
  for (let at = 0; at < input.length; at++) {
    if (/[0-9]/.test(input[at] as string) && digitGate(input, at)) return true;
  }
  return false;
}

/** Positions where `rule.match`, asked at every position in turn, does something. */
function firings(rule: Rule, input: string): number[] {
  const record = { fixes: [], unknownMacros: [] as unknown[] };
  const ctx = createContext(undefined, record as never, { model: 'KDiT' });
  const found: number[] = [];
  for (let at = 0; at < input.length; at++) {
    const reported = record.unknownMacros.length;
    const outcome = rule.match(input, at, ctx);
    const changes = outcome?.hits.some((hit) => input.slice(hit.start, hit.end) !== hit.text);
    if (changes || record.unknownMacros.length > reported) found.push(at);
  }
  return found;
}

describe('each rule’s prefilter agrees with its match', () => {
  for (const rule of REGISTRY) {
    it(`${rule.name}: match fires only where the prefilter stops, on text the gate passes`, () => {
      fc.assert(
        fc.property(text, (input) => {
          for (const at of firings(rule, input)) {
            expect(stopsAt(rule.prefilter, input, at), `${rule.name} at ${at}`).toBe(true);
            expect(passesGate(rule.prefilter, input), `${rule.name}: gate`).toBe(true);
          }
        }),
        { numRuns: 600 },
      );
    });

    it(`${rule.name}: the prefilter lets every example through where it changes`, () => {
      for (const [before, after] of docExamples(rule.name)) {
        if (before === after) continue;
        expect(passesGate(rule.prefilter, before), before).toBe(true);
      }
    });
  }

  it('finds firings: the check is not vacuous', () => {
    const times = REGISTRY.find((rule) => rule.name === 'times') as Rule;
    expect(firings(times, 'runs 2.44times faster')).toEqual([8]);
    const tie = REGISTRY.find((rule) => rule.name === 'tie') as Rule;
    expect(firings(tie, 'Figure~2')).toEqual([6]);
  });
});
