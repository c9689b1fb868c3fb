import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/cli/json.js';
import { parseListing, toPaperRecord } from '../../src/index.js';
import { readFixture, TEXT_FIXTURE_NAMES } from '../support/fixtures.js';

const CAPTURES = [...TEXT_FIXTURE_NAMES, 'md-firecrawl-search.md', 'handmade/bare-urls.txt'];

/** Strings JSON must escape, or must not: quotes, controls, lone and paired surrogates. */
const tricky = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.constantFrom('"', '\\', '\n', '\u0000', '\u001f', '\ud800', '\udc00', 'a'),
  }),
  fc.string({ unit: 'grapheme', minLength: 64, maxLength: 200 }),
);

/** JSON-shaped values, with numbers JSON writes as `null` or `0`. */
const { value: jsonShaped } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    tricky,
    fc.double(),
    fc.constantFrom(-0, Number.NaN, Number.POSITIVE_INFINITY, 1e21, 5e-324),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value')),
    fc.dictionary(tricky, tie('value')),
  ),
}));

describe('toJson', () => {
  it('equals JSON.stringify on every paper of every capture, with and without fixes', () => {
    let papers = 0;
    let repeated = 0;
    for (const name of CAPTURES) {
      for (const paper of parseListing(readFixture(name)).papers) {
        for (const explain of [false, true]) {
          const record = toPaperRecord(paper, {
            source: `fixtures/${name}`,
            raw: explain,
            explain,
          });
          expect(toJson(record)).toBe(JSON.stringify(record));
        }
        papers++;
        if (paper.raw.abstract === paper.abstract) repeated++;
      }
    }
    expect(papers).toBe(248 + 120 + 3);
    // The shortcut this file is for: most papers repeat their abstract in `raw`.
    expect(repeated / papers).toBeGreaterThan(0.5);
  });

  it('equals JSON.stringify on random JSON-shaped objects', () => {
    fc.assert(
      fc.property(fc.dictionary(tricky, jsonShaped), (record) => {
        expect(toJson(record)).toBe(JSON.stringify(record));
      }),
      { numRuns: 2000 },
    );
  });

  it('escapes a long string the same wherever it repeats, and tells similar ones apart', () => {
    const long = `${'quote " and tab \t '.repeat(5)}end`;
    const twin = `${long.slice(0, -1)}x`;
    const record = { a: long, b: { c: long, d: [twin, long] }, e: twin };
    expect(toJson(record)).toBe(JSON.stringify(record));
  });

  it('stays exact on a record with thousands of long strings (the memo is bounded)', () => {
    const links = Array.from(
      { length: 3000 },
      (_, k) => `https://example.org/${'p'.repeat(50)}/${k}"`,
    );
    const long = `${'quote " '.repeat(10)}end`;
    const record = { abstract: long, links, raw: { abstract: long }, again: links.slice(0, 5) };
    expect(toJson(record)).toBe(JSON.stringify(record));
  });

  it('leaves out what JSON.stringify leaves out, and keeps own keys in order', () => {
    const record = Object.assign(Object.create({ inherited: 1 }) as object, {
      2: 'two',
      b: undefined,
      a: () => 1,
      1: [undefined, () => 1],
      z: { toJSON: () => 'custom' },
    });
    expect(toJson(record)).toBe('{"1":[null,null],"2":"two","z":"custom"}');
    expect(toJson(record)).toBe(JSON.stringify(record));
  });

  it('throws on a bigint, as JSON.stringify does', () => {
    expect(() => toJson({ n: 1n })).toThrow(TypeError);
  });
});
