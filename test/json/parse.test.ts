import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLiteral } from '../../src/json/literal.js';
import { arrayItems, objectMembers, valueEnd } from '../../src/json/locate.js';
import { createOffsetMapBuilder } from '../../src/json/offset-map.js';
import { readJson } from '../../src/json/read.js';
import { checkJson, escapeEnd, stringEnd } from '../../src/json/syntax.js';

const seed = Number(process.env.ROBUSTNESS_SEED ?? 20241211);

/** Whether `JSON.parse` accepts `text`: the reference the syntax check must agree with. */
function accepted(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const PIECES = [
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '"a"',
  '"\\u00e9"',
  '"\\x"',
  '"\\u12"',
  '1',
  '-0',
  '-',
  '1.',
  '.5',
  '1e5',
  '1E+',
  '2e-3',
  'true',
  'nul',
  'false',
  ' ',
  '\n',
  '"',
  '\\',
  '\t"x\t"',
  '"\u0001"',
];

describe('checkJson', () => {
  it('accepts exactly the documents JSON.parse accepts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const result = checkJson(text);
        expect(result.ok && result.end === text.length, text).toBe(accepted(text));
      }),
      { seed, numRuns: 4000 },
    );
  });

  it('accepts what JSON.stringify writes and finds its end', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        expect(checkJson(`${text}  \n{}`)).toEqual({ ok: true, end: text.length + 3 });
      }),
      { seed, numRuns: 300 },
    );
  });

  it('says what went wrong and where', () => {
    expect(checkJson('{"a" 1}')).toEqual({
      ok: false,
      message: 'Unexpected "1": expected \':\'',
      offset: 5,
    });
    expect(checkJson('[1,]')).toEqual({ ok: false, message: 'Unexpected "]"', offset: 3 });
    expect(checkJson('{1: 2}')).toMatchObject({
      ok: false,
      offset: 1,
      message: 'Unexpected "1": expected a key',
    });
    expect(checkJson('"a\u0001"')).toMatchObject({
      ok: false,
      message: 'Control character in string',
      offset: 2,
    });
    expect(checkJson('"\\q"')).toMatchObject({ ok: false, message: 'Invalid escape in string' });
    expect(checkJson('"abc')).toMatchObject({
      ok: false,
      message: 'Unterminated string',
      offset: 0,
    });
    expect(checkJson('')).toEqual({ ok: false, message: 'Unexpected end of JSON', offset: 0 });
    expect(checkJson('{"a":1')).toMatchObject({
      ok: false,
      message: 'Unexpected end of JSON',
      offset: 6,
    });
    expect(checkJson('{"a"')).toMatchObject({ ok: false, message: 'Unexpected end of JSON' });
  });

  it('stops at the limit', () => {
    const text = '{"a": 1}  \n{"b": 2}';
    expect(checkJson(text, 0, text.indexOf('\n'))).toEqual({ ok: true, end: 10 });
    expect(checkJson(text, text.indexOf('\n') + 1)).toEqual({ ok: true, end: text.length });
    expect(checkJson('[1, 2]', 0, 4)).toMatchObject({ ok: false, offset: 4 });
    expect(checkJson('123', 0, 2)).toEqual({ ok: true, end: 2 });
    expect(checkJson('"abc"', 0, 3)).toMatchObject({ ok: false, message: 'Unterminated string' });
    expect(checkJson('true', 0, 3)).toMatchObject({ ok: false });
  });

  it('checks 100,000 levels of nesting without recursion', () => {
    const depth = 100_000;
    expect(checkJson(`${'['.repeat(depth)}${']'.repeat(depth)}`)).toEqual({
      ok: true,
      end: 2 * depth,
    });
    expect(checkJson(`${'{"a":'.repeat(depth)}1`)).toMatchObject({
      ok: false,
      message: 'Unexpected end of JSON',
    });
  });

  it('finds the end of strings and escapes', () => {
    expect(stringEnd('"a\\"b" x', 0, 8)).toEqual({ ok: true, end: 6 });
    expect(escapeEnd('\\u00e9', 0, 6)).toBe(6);
    expect(escapeEnd('\\u00e', 0, 5)).toBeUndefined();
    expect(escapeEnd('\\uzzzz', 0, 6)).toBeUndefined();
    expect(escapeEnd('\\', 0, 1)).toBeUndefined();
    expect(escapeEnd('\\n', 0, 2)).toBe(2);
  });
});

describe('readJson', () => {
  it('returns JSON.parse values, and the offset of an error', () => {
    expect(readJson('x [1, 2]', 2, 8)).toEqual({ ok: true, value: [1, 2] });
    expect(readJson('[1, 2')).toEqual({ ok: false, message: 'Unexpected end of JSON', offset: 5 });
    expect(readJson('{"a": 1} {"b": 2}')).toEqual({
      ok: false,
      message: 'Unexpected text after the JSON value',
      offset: 9,
    });
    const proto = readJson('{"__proto__": {"polluted": true}}');
    expect(proto.ok && Object.hasOwn(proto.value as object, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('locate', () => {
  it('finds the span of every member of one level', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.boolean(), (object, pretty) => {
        const text = JSON.stringify(object, null, pretty ? 1 : undefined);
        const members = objectMembers(text, 0);
        const parsed = JSON.parse(text);
        expect(members.map((member) => member.key)).toEqual(Object.keys(parsed));
        for (const member of members) {
          expect(JSON.parse(text.slice(member.start, member.end))).toStrictEqual(
            parsed[member.key],
          );
        }
      }),
      { seed, numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), (array) => {
        const text = JSON.stringify(array, null, 2);
        const items = arrayItems(text, 0);
        expect(items.map((item) => JSON.parse(text.slice(item.start, item.end)))).toStrictEqual(
          JSON.parse(text),
        );
      }),
      { seed, numRuns: 300 },
    );
  });

  it('ends values correctly around escaped quotes and brackets in strings', () => {
    expect(valueEnd('{"a": "}\\"]"} tail', 0)).toBe(13);
    expect(valueEnd('12.5e3, 1', 0)).toBe(6);
    expect(valueEnd('"open', 0)).toBe(5);
    expect(valueEnd('[[1]', 0)).toBe(4);
    expect(arrayItems('[]', 0)).toEqual([]);
    expect(objectMembers('{}', 0)).toEqual([]);
    expect(objectMembers('{"\\u0061": 1}', 0)).toEqual([{ key: 'a', start: 11, end: 12 }]);
  });
});

describe('readLiteral', () => {
  it('maps every decoded index back to the source, escapes included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (value) => {
        const text = `{"k": ${JSON.stringify(value)}}`;
        const [member] = objectMembers(text, 0);
        if (member === undefined) throw new Error('no member');
        const literal = readLiteral(text, member);
        expect(literal.text).toBe(value);
        expect(literal.raw).toBe(text.slice(member.start + 1, member.end - 1));
        const at = literal.offsetAt ?? ((index: number) => literal.start + index);
        for (let index = 0; index < value.length; index++) {
          // The source from this character's offset decodes to the rest of the value.
          expect(JSON.parse(`"${text.slice(at(index), literal.end)}"`)).toBe(value.slice(index));
        }
        expect(at(value.length)).toBe(literal.end);
      }),
      { seed, numRuns: 500 },
    );
  });

  it('has no map when nothing is escaped', () => {
    expect(readLiteral('"plain"', { start: 0, end: 7 })).toEqual({
      raw: 'plain',
      text: 'plain',
      start: 1,
      end: 6,
    });
  });
});

describe('createOffsetMapBuilder', () => {
  it('maps copies by shift and a replacement to its start', () => {
    const builder = createOffsetMapBuilder(10);
    expect(builder.verbatim).toBe(true);
    builder.copy(10, 2);
    builder.replace(12, 9, 2);
    builder.copy(21, 0);
    builder.copy(21, 1);
    expect(builder.verbatim).toBe(false);
    const map = builder.build();
    expect([0, 1, 2, 3, 4, 5].map(map)).toEqual([10, 11, 12, 12, 21, 22]);
  });

  it('maps an empty decoding to its start', () => {
    expect(createOffsetMapBuilder(7).build()(0)).toBe(7);
  });
});
