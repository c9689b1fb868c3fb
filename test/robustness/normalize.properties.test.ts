import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainNormalization, normalizeText } from '../../src/index.js';
import {
  FIXTURE_LINES,
  HOSTILE_PIECES,
  hostileText,
  PARAMETERS,
  TIMEOUT,
} from './support/arbitraries.js';

/** Pieces of the artifacts the rules repair, to build text that triggers them. */
const ARTIFACT_PIECES = [
  '2.44times',
  '1times',
  'times',
  'ax2013b',
  'x2013',
  'x2014',
  '\\"o',
  "\\'e",
  '\\`a',
  '\\^o',
  '\\~n',
  '\\c{c}',
  '\\textbf{D}',
  '\\emph{x}',
  '\\mathbb{R}',
  '\\mathcal{O}',
  '\\alpha',
  '\\beta',
  '\\leq',
  '\\%',
  '\\&',
  '\\_',
  '\\$',
  '~',
  '``',
  "''",
  '&amp;',
  '&lt;',
  '&#x27;',
  '&#39;',
  '&nbsp;',
  '\\href{https://x.org}{code}',
  '\\url{https://x.org}',
  'https://github.com/a/b.',
  '\\romannumeral',
  'e.g.',
  'i.e.',
  '\\unknownmacro',
  '{',
  '}',
  '\\',
  '$x$',
  '^{2}',
  '_{i}',
];

/** Text made of artifacts, hostile pieces and plain words. */
const artifactText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...ARTIFACT_PIECES),
      fc.constantFrom(...HOSTILE_PIECES),
      fc.constantFrom(' ', ' ', 'word', 'A', '1', '.', '-'),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const anyText = fc.oneof(
  { arbitrary: artifactText, weight: 4 },
  { arbitrary: fc.constantFrom(...FIXTURE_LINES), weight: 1 },
  { arbitrary: hostileText, weight: 2 },
);

/**
 * Clean text that no rule may touch: real-world sentences whose words look like
 * triggers (`times`, `sometimes`, `x86`, a URL at a sentence's end, `e.g.`), typed as
 * a careful author would. Changing any of it is a false positive.
 */
const NEGATIVE_CORPUS: readonly string[] = [
  'It runs three times faster at times.',
  'Sometimes the timestep matters; other times it does not.',
  'We evaluate on x86 and ARM machines.',
  'Performance improves by 2.44× on average.',
  'Accuracy rises from 71.3% to 78.9% (a 7.6-point gain).',
  'The O(n log n) algorithm beats the naïve one.',
  'Results on ImageNet-1K, COCO and UCF-101.',
  'See Section 3 for details, e.g. the ablations.',
  'The model, i.e. the decoder, is frozen.',
  'Costs fall from $10 to $2 per hour.',
  'We release code and data.',
  'Ω, α and β are learned; ℝ^d is the space.',
  'GPT-4 and Llama-2 70B are compared — with care.',
  '“Quoted” and ‘single’ quotes stay as typed.',
  'Email us at team@example.org for access.',
  'A 2013 study and a 2014 follow-up.',
  'Under the Apache 2.0 license.',
];

describe('normalizeText on any string', () => {
  it(
    'never throws, and is idempotent',
    () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const once = normalizeText(text);
          expect(normalizeText(once)).toBe(once);
        }),
        PARAMETERS,
      );
    },
    TIMEOUT,
  );

  it(
    'agrees with explainNormalization, whose fixes slice back to the input in order',
    () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const explained = explainNormalization(text);
          expect(explained.text).toBe(normalizeText(text));
          let previousEnd = 0;
          for (const fix of explained.fixes) {
            expect(fix.start).toBeGreaterThanOrEqual(previousEnd);
            expect(fix.end).toBeGreaterThanOrEqual(fix.start);
            expect(text.slice(fix.start, fix.end)).toBe(fix.before);
            previousEnd = fix.end;
          }
          if (explained.fixes.length === 0) expect(explained.text).toBe(text);
        }),
        PARAMETERS,
      );
    },
    TIMEOUT,
  );

  it('leaves the negative corpus exactly as it is', () => {
    for (const text of NEGATIVE_CORPUS) {
      expect(normalizeText(text)).toBe(text);
      expect(explainNormalization(text).fixes).toEqual([]);
    }
  });

  it(
    'leaves clean text clean when it is split or joined anywhere',
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...NEGATIVE_CORPUS), { minLength: 1, maxLength: 4 }),
          (parts) => {
            const text = parts.join(' ');
            expect(normalizeText(text)).toBe(text);
          },
        ),
        PARAMETERS,
      );
    },
    TIMEOUT,
  );
});
