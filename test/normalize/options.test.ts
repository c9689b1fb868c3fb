import { describe, expect, it } from 'vitest';
import { FixSchema } from '../../src/index.js';
import {
  explainNormalization,
  normalizeText,
  RULE_DEFAULTS,
  RULE_NAMES,
} from '../../src/normalize/index.js';

describe('explainNormalization', () => {
  it('reports a fix as the schema documents it', () => {
    const explained = explainNormalization('2.44times faster');
    expect(explained).toEqual({
      text: '2.44× faster',
      fixes: [{ rule: 'times', start: 4, end: 9, before: 'times', after: '×' }],
      unknownMacros: [],
    });
    for (const fix of explained.fixes) expect(FixSchema.parse(fix)).toEqual(fix);
  });

  it('reports unknown macros with their offsets, kept as written', () => {
    const text = 'we introduce \\model, and \\codestar-15B';
    const explained = explainNormalization(text);
    expect(explained.text).toBe(text);
    expect(explained.fixes).toEqual([]);
    expect(explained.unknownMacros).toEqual([
      { name: 'model', start: 13, end: 19 },
      { name: 'codestar', start: 25, end: 34 },
    ]);
    for (const macro of explained.unknownMacros) {
      expect(text.slice(macro.start, macro.end)).toBe(`\\${macro.name}`);
    }
  });

  it('returns clean text as the same string', () => {
    const text = 'A clean abstract with 3 numbers, 12% gains and "quotes".';
    expect(normalizeText(text)).toBe(text);
    expect(explainNormalization(text).text).toBe(text);
  });
});

describe('options.macros', () => {
  it('replaces a macro and no longer reports it', () => {
    const explained = explainNormalization('we introduce \\model, an', {
      macros: { model: 'KDiT' },
    });
    expect(explained.text).toBe('we introduce KDiT, an');
    expect(explained.fixes).toEqual([
      { rule: 'macros', start: 13, end: 19, before: '\\model', after: 'KDiT' },
    ]);
    expect(explained.unknownMacros).toEqual([]);
  });

  it('overrides a built-in macro and takes a trailing {}', () => {
    expect(
      normalizeText('(\\eg, x) \\model{}s', { macros: { eg: 'for example', model: 'M' } }),
    ).toBe('(for example, x) Ms');
  });

  it('rejects a non-object', () => {
    expect(() => normalizeText('x', { macros: 'model' as never })).toThrow(TypeError);
  });
});

describe('options.rules', () => {
  it('switches a rule off by name and leaves the others on', () => {
    const text = '2.44times and 45\\%';
    expect(normalizeText(text, { rules: { times: false } })).toBe('2.44times and 45%');
    expect(normalizeText(text, { rules: { escapes: false } })).toBe('2.44× and 45\\%');
    expect(normalizeText(text, { rules: { times: true } })).toBe('2.44× and 45%');
  });

  it('puts a lost backslash back only where a rule will read the macro', () => {
    // With `symbols` off nothing reads `\sim` or `\times`: the text stays as it came.
    const off = { rules: { symbols: false } };
    expect(normalizeText('within $sim$0.8 arcsec', off)).toBe('within $sim$0.8 arcsec');
    expect(normalizeText('3.6\times faster', off)).toBe('3.6\times faster');
    expect(normalizeText('within $sim$0.8 arcsec')).toBe('within ∼0.8 arcsec');
    expect(normalizeText('3.6\times faster')).toBe('3.6× faster');
  });

  it('keeps the braces that part a symbol it does not read from the letters after it', () => {
    // Without `symbols`, `\leq{b}` as `\leqb` would be another macro's name.
    const off = { rules: { symbols: false } };
    expect(normalizeText('$a \\leq{b}$ and $x\\pm{y}$', off)).toBe('a \\leq{b} and x\\pm{y}');
    // A number's group goes with `symbols` on or off: no name can take it in.
    expect(normalizeText('$x \\pm{9.7}$', off)).toBe('x \\pm9.7');
  });

  it('lists the default of every rule in RULE_DEFAULTS, as the engine applies them', () => {
    expect(Object.keys(RULE_DEFAULTS)).toEqual([...RULE_NAMES]);
    expect(Object.isFrozen(RULE_DEFAULTS)).toBe(true);
    expect(Object.entries(RULE_DEFAULTS).filter(([, on]) => !on)).toEqual([['dashes', false]]);
    // Naming every rule at its listed default changes nothing; flipping `dashes` does.
    const text = 'pages 16--1024, 2.44times and 45\\%';
    expect(normalizeText(text, { rules: { ...RULE_DEFAULTS } })).toBe(normalizeText(text));
    expect(normalizeText(text)).toBe('pages 16--1024, 2.44× and 45%');
    expect(normalizeText(text, { rules: { dashes: !RULE_DEFAULTS.dashes } })).toBe(
      'pages 16–1024, 2.44× and 45%',
    );
  });

  it('switches every rule off', () => {
    const none = Object.fromEntries(RULE_NAMES.map((name) => [name, false]));
    const text = '2.44times \\textbf{D}irect na\\"ive';
    expect(normalizeText(text, { rules: none })).toBe(text);
    expect(explainNormalization(text, { rules: none }).unknownMacros).toEqual([]);
  });

  it('rejects unknown rule names and non-boolean switches', () => {
    expect(() => normalizeText('x', { rules: { time: false } })).toThrow(
      /Unknown normalization rule "time"/,
    );
    expect(() => normalizeText('x', { rules: { times: 'no' as never } })).toThrow(TypeError);
  });

  it('keeps URLs protected by the urls rule: off, their insides are fair game', () => {
    const text = 'see https://x.io/compressionx2013which now';
    expect(normalizeText(text)).toBe(text);
    expect(normalizeText(text, { rules: { urls: false } })).toBe(
      'see https://x.io/compression–which now',
    );
  });
});
