import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explainNormalization, normalizeText } from '../../src/normalize/index.js';
import { markdownFields, plainTextFields } from './support.js';

/**
 * The corpora of issue 16 (`fixtures/normalize/`): text that looks broken but is right
 * (negative), broken text and what it must become (positive), and broken text not yet
 * repaired (known failures), which must really fail, so progress shows.
 */

function corpus<T>(name: string): T {
  const path = fileURLToPath(new URL(`../../fixtures/normalize/${name}`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

interface Negative {
  groups: { source: string; texts: string[] }[];
}
interface Positive {
  entries: { kind: string; before: string; after: string; source: string }[];
}
interface KnownFailures {
  entries: { kind: string; before: string; expected: string; source: string; why: string }[];
}

const negative = corpus<Negative>('negative.json');
const positive = corpus<Positive>('positive.json');
const known = corpus<KnownFailures>('known-failures.json');
const negatives = negative.groups.flatMap((group) => group.texts);

describe('the negative corpus', () => {
  it('holds at least 300 entries, each group with its source', () => {
    expect(negatives.length).toBeGreaterThanOrEqual(300);
    expect(new Set(negatives).size).toBe(negatives.length);
    for (const group of negative.groups) {
      expect(group.source.length).toBeGreaterThan(10);
      expect(group.texts.length).toBeGreaterThan(0);
    }
  });

  it('is taken as written, not filtered by the rules: it holds what triggers them', () => {
    // Every kind of look-alike the issue names is in it.
    const joined = negatives.join('\n');
    for (const needle of [
      'Linux2013',
      'manylinux2014',
      'box2014 dataset',
      'Mix2019 corpus',
      'Xbox2020',
      'Mbps~10',
      ' times ',
      'x2 ',
      'sometimes',
      'simple',
      'PMID',
      'pm2.5',
      'PM10',
      '5pm',
      'approximately',
      'Tokyo',
      'prototype',
      'ToRL',
      "'s",
      '"',
      '\\',
      '$',
      '~',
      '^',
      '_',
      '&',
    ]) {
      expect(joined, needle).toContain(needle);
    }
  });

  it('changes none of them, and no rule fires on any', () => {
    const changed = negatives.filter((text) => normalizeText(text) !== text);
    expect(changed).toEqual([]);
    const fired = negatives.filter((text) => explainNormalization(text).fixes.length > 0);
    expect(fired).toEqual([]);
  });
});

describe('the positive corpus', () => {
  it('holds every kind the issue lists', () => {
    expect(positive.entries.length).toBeGreaterThanOrEqual(80);
    const kinds = new Set(positive.entries.map((entry) => entry.kind.split(':')[0]));
    for (const kind of [
      'escapes',
      'accents',
      'text-style',
      'href',
      'tie',
      'math-delimiters',
      'citations',
      'quotes',
      'times',
      'math-words',
      'calligraphic',
      'entities',
    ]) {
      expect(kinds.has(kind), kind).toBe(true);
    }
  });

  it.each(positive.entries)('$kind: $before', ({ before, after }) => {
    expect(normalizeText(before)).toBe(after);
    // The repair is a fixed point, and explained by fixes that slice back.
    expect(normalizeText(after)).toBe(after);
    const explained = explainNormalization(before);
    expect(explained.fixes.length).toBeGreaterThan(0);
    for (const fix of explained.fixes) expect(before.slice(fix.start, fix.end)).toBe(fix.before);
  });

  it('reports a removed citation as a fix with nothing after', () => {
    const { fixes } = explainNormalization('jailbreaks such as GCG~\\citep{zou2023universal}');
    expect(fixes).toEqual([
      {
        rule: 'citations',
        start: 22,
        end: 47,
        before: '~\\citep{zou2023universal}',
        after: '',
      },
    ]);
  });
});

describe('the known failures', () => {
  it.each(known.entries)(
    '$kind: $before still fails (move it to positive.json once it passes)',
    ({ before, expected, why }) => {
      expect(why.length).toBeGreaterThan(0);
      expect(normalizeText(before)).not.toBe(expected);
    },
  );
});

describe('no rule fires on clean text across the fixtures', () => {
  it('changes no sentence of the captures that the positive corpus does not call broken', () => {
    // Every sentence a rule changes in the captures holds an artifact: the kinds the
    // catalog lists. A sentence changed without one would be a false positive.
    const artifact =
      /\\|\{|~|\^|``|''|"|\d ?times|x20[0-9a-f]{2}|\b[pk] ?(?:leq|ge)|leq|geq|cdot|mathbb|\d ?pm ?\d|sim\d/;
    const sentences = [...plainTextFields(), ...markdownFields()].flatMap((field) =>
      field.split(/(?<=\.) /),
    );
    const wrong = sentences.filter(
      (sentence) => normalizeText(sentence) !== sentence && !artifact.test(sentence),
    );
    expect(wrong).toEqual([]);
    expect(sentences.length).toBeGreaterThan(3000);
  });
});
