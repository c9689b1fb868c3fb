import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';
import { normalizeText } from '../../src/normalize/index.js';
import { readFixture, TEXT_FIXTURE_NAMES } from '../support/fixtures.js';
import { markdownFields, plainTextFields } from './support.js';

/** What must not survive normalization (the "done when" list of issue 3). */
const LEFTOVERS: readonly [string, RegExp][] = [
  ['digit glued to times', /\dtimes/],
  ['letter-glued x20.. entity', /[A-Za-z]x20[0-9A-Fa-f]{2}/],
  ['\\%', /\\%/],
  ['\\textbf', /\\textbf/],
  ['\\"', /\\"/],
  ['{\\romannumeral', /\{\\romannumeral/],
  ['mathbb', /mathbb/],
  ['^circledR', /\^circledR/],
  ['doubled {URL}', /https?:\/\/[^\s{}]+\{https?:\/\//],
];

describe('parseListing normalizes the plain-text fixtures', () => {
  const listings = TEXT_FIXTURE_NAMES.map((name) => ({ name, input: readFixture(name) })).map(
    ({ name, input }) => ({ name, input, papers: parseListing(input).papers }),
  );

  it('leaves none of the listed artifacts in any title or abstract', () => {
    const raw = listings.flatMap(({ papers }) =>
      papers.flatMap((paper) => [paper.raw.title, paper.raw.abstract]),
    );
    const clean = listings.flatMap(({ papers }) =>
      papers.flatMap((paper) => [paper.title, paper.abstract]),
    );
    for (const [what, pattern] of LEFTOVERS) {
      // Each artifact is really in the captures…
      expect(
        raw.some((text) => pattern.test(text)),
        `${what} in the raw fixtures`,
      ).toBe(true);
      // …and gone after normalization.
      expect(
        clean.filter((text) => pattern.test(text)),
        what,
      ).toEqual([]);
    }
  });

  it('reports fixes whose source offsets slice back to their before text', () => {
    let count = 0;
    for (const { input, papers } of listings) {
      for (const paper of papers) {
        for (const fix of paper.fixes ?? []) {
          expect(input.slice(fix.start, fix.end)).toBe(fix.before);
          count++;
        }
      }
    }
    expect(count).toBeGreaterThan(100);
  });

  it('counts the fixes the captures call for, rule by rule', () => {
    const counts: Record<string, number> = {};
    for (const { papers } of listings) {
      for (const paper of papers) {
        for (const fix of paper.fixes ?? []) counts[fix.rule] = (counts[fix.rule] ?? 0) + 1;
      }
    }
    // Counted in the fixtures with grep: 46 digit-glued `times` and one `1024 times
    // 1024`; 11 `\%`; 8 `x2013`; 7 `\textbf{` with 6 closing braces (one unbalanced);
    // 4 `\"i`; 3 `{\romannumeral…}`; `\eg` and `\etc`; 2 ties; 4 `{URL}` forms;
    // `^circledR` ×3 and `^{tiny TM}`; `p leq` ×2, `(leq`, `kge3` ×3, `cdot`,
    // `chi^2`; `mathbb R` ×2; 10 openers and 12 closers of LaTeX quotes.
    expect(counts).toEqual({
      times: 47,
      escapes: 11,
      entities: 8,
      'text-style': 13,
      accents: 4,
      romannumeral: 3,
      abbreviations: 2,
      tie: 2,
      href: 4,
      ornaments: 4,
      'math-words': 8,
      'blackboard-bold': 2,
      quotes: 22,
    });
  });

  it('keeps unknown macros as written', () => {
    const abstracts = listings.flatMap(({ papers }) => papers.map((paper) => paper.abstract));
    expect(abstracts.some((text) => text.includes('we introduce \\model, an efficient'))).toBe(
      true,
    );
    expect(abstracts.some((text) => text.includes('\\codestar-15B model'))).toBe(true);
  });

  it('applies options.macros and can be switched off', () => {
    const input = readFixture('004_42f5292a8f8eecce.txt');
    const withMacros = parseListing(input, { normalize: { macros: { model: 'KDiT' } } });
    expect(withMacros.papers.some((p) => p.abstract.includes('we introduce KDiT, an'))).toBe(true);
    const off = parseListing(input, { normalize: false });
    expect(off.papers.every((p) => p.fixes === undefined)).toBe(true);
    expect(off.papers.some((p) => p.abstract.includes('\\textbf{D}irect'))).toBe(true);
  });
});

describe('idempotence on every real title and abstract', () => {
  it('plain-text fixtures', () => {
    const fields = plainTextFields();
    expect(fields.length).toBe(496);
    for (const field of fields) {
      const once = normalizeText(field);
      expect(normalizeText(once)).toBe(once);
    }
  });

  it('Markdown fixture', () => {
    const fields = markdownFields();
    expect(fields.length).toBeGreaterThan(200);
    for (const field of fields) {
      const once = normalizeText(field);
      expect(normalizeText(once)).toBe(once);
    }
  });
});

describe('the Markdown capture', () => {
  const fields = markdownFields();
  const normalized = fields.map((field) => normalizeText(field));

  it('repairs its math words and keeps its approximations', () => {
    const joined = normalized.join('\n');
    expect(joined).toContain('(≥ 0.65 threshold) with F1 = 0.77 at the recommended ≥ 0.85');
    expect(joined).toContain('across ~22 schemas and ~153 SQL views');
    expect(joined).toContain('(approx 30% for the strongest configuration');
  });

  it('keeps its unknown macros', () => {
    const joined = normalized.join('\n');
    expect(joined).toContain('we introduce \\name,');
    expect(joined).toContain('self-RAG \\snippet,');
  });
});

describe('negative corpus: clean sentences of the fixtures', () => {
  // Sentences with none of the characters or words an artifact needs pass through
  // as the very same string. The filter is independent of the rules' own logic.
  const suspicious =
    /[\\{}~^`"&|_]|''|times|leq|geq|neq|cdot|mathbb|sim\d|approx\d|[a-z]x[0-9a-f]{4}|\d ?pm ?\d|[a-z](?:ge|le)\d|https?:/i;
  const sentences = [...plainTextFields(), ...markdownFields()]
    .flatMap((field) => field.split(/(?<=\.) /))
    .filter((sentence) => !suspicious.test(sentence));

  it('has thousands of sentences', () => {
    expect(sentences.length).toBeGreaterThan(2500);
  });

  it('changes none of them', () => {
    const changed = sentences.filter((sentence) => normalizeText(sentence) !== sentence);
    expect(changed).toEqual([]);
  });
});
