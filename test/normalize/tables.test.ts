import { describe, expect, it } from 'vitest';
import { explainNormalization, normalizeText } from '../../src/normalize/index.js';
import { isKnownMacro } from '../../src/normalize/rules/unknown-macros.js';
import { ABBREVIATIONS } from '../../src/normalize/tables/abbreviations.js';
import { LETTER_ACCENTS, SYMBOL_ACCENTS } from '../../src/normalize/tables/accents.js';
import { JSON_CONTROL, JSON_CONTROLS } from '../../src/normalize/tables/json-controls.js';
import { doubleStruck, fraktur, scriptCapital } from '../../src/normalize/tables/math-alphabets.js';
import { MATH_WORDS } from '../../src/normalize/tables/math-words.js';
import { ORNAMENTS } from '../../src/normalize/tables/ornaments.js';
import {
  ASTRONOMY_MACROS,
  GREEK,
  LOGOS,
  MATH_SYMBOLS,
  TEXT_SYMBOLS,
} from '../../src/normalize/tables/symbols.js';
import { STYLE_COMMANDS, STYLE_DECLARATIONS } from '../../src/normalize/tables/text-styles.js';

const isAscii = (text: string): boolean => [...text].some((char) => char.charCodeAt(0) < 0x80);

describe('symbol tables', () => {
  it('share no macro name, so no table shadows another', () => {
    const tables: Record<string, readonly string[]> = {
      greek: Object.keys(GREEK),
      math: Object.keys(MATH_SYMBOLS),
      text: Object.keys(TEXT_SYMBOLS),
      astronomy: Object.keys(ASTRONOMY_MACROS),
      logos: Object.keys(LOGOS),
      abbreviations: Object.keys(ABBREVIATIONS),
      styleCommands: [...STYLE_COMMANDS],
      styleDeclarations: [...STYLE_DECLARATIONS],
      letterAccents: Object.keys(LETTER_ACCENTS),
      handled: ['romannumeral', 'mathbb', 'mathscr', 'url', 'href'],
    };
    const owner = new Map<string, string>();
    for (const [table, names] of Object.entries(tables)) {
      for (const name of names) {
        expect(owner.get(name), `${name} in ${table}`).toBeUndefined();
        owner.set(name, table);
        expect(isKnownMacro(name), name).toBe(true);
      }
    }
  });

  it('produce only non-ASCII text, which no rule can match again', () => {
    for (const table of [GREEK, MATH_SYMBOLS, TEXT_SYMBOLS, ORNAMENTS]) {
      for (const [name, symbol] of Object.entries(table)) {
        expect(isAscii(symbol), name).toBe(false);
        expect(symbol.length, name).toBeGreaterThan(0);
      }
    }
  });

  it('give astronomy macros a symbol the rules leave as it is', () => {
    for (const [name, symbol] of Object.entries(ASTRONOMY_MACROS)) {
      // ASCII only where the rules write that unit so themselves (`km~s$^{-1}$`) and for
      // the energy units, which print their names (`\GeV` → `GeV`).
      if (name !== 'kms' && !/^[mkMGTP]?eV$/.test(name)) {
        expect(
          [...symbol].some((char) => char.charCodeAt(0) >= 0x80),
          name,
        ).toBe(true);
      }
      expect(normalizeText(symbol), name).toBe(symbol);
      expect(normalizeText(`at 3 \\${name}, and`), name).toBe(`at 3 ${symbol}, and`);
      expect(normalizeText(`at 3 \\${name}`), name).toBe(`at 3 ${symbol}`);
    }
  });

  it('give logos their own name, in letters no rule matches', () => {
    for (const [name, logo] of Object.entries(LOGOS)) expect(logo, name).toMatch(/^[A-Za-z0-9]+$/);
  });

  it('give bare math words the symbol of their macro', () => {
    for (const [word, { symbol }] of Object.entries(MATH_WORDS)) {
      expect(symbol, word).toBe(MATH_SYMBOLS[word]);
    }
  });

  it('compose accents into single precomposed letters where Unicode has them', () => {
    expect(Object.keys(SYMBOL_ACCENTS).map((accent) => normalizeText(`\\${accent}e`))).toEqual([
      'ë',
      'é',
      'è',
      'ê',
      'ẽ',
      'ē',
      'ė',
    ]);
    expect(Object.keys(LETTER_ACCENTS).map((accent) => normalizeText(`\\${accent}{o}`))).toEqual([
      'ŏ',
      'ǒ',
      'ő',
      'o̧',
      'ǫ',
      'o̊',
      'ọ',
      'o̱',
    ]);
  });

  it('map blackboard-bold letters to Unicode, Letterlike capitals included', () => {
    expect('CHNPQRZ'.split('').map(doubleStruck).join('')).toBe('ℂℍℕℙℚℝℤ');
    expect(doubleStruck('A')).toBe('𝔸');
    expect(doubleStruck('z')).toBe('𝕫');
    expect(doubleStruck('1')).toBe('𝟙');
    expect(doubleStruck('-')).toBeUndefined();
  });

  it('map script capitals to Unicode, Letterlike ones included, and no small letter', () => {
    expect('BEFHILMR'.split('').map(scriptCapital).join('')).toBe('ℬℰℱℋℐℒℳℛ');
    expect(scriptCapital('O')).toBe('𝒪');
    expect(scriptCapital('o')).toBeUndefined();
    expect(scriptCapital('1')).toBeUndefined();
  });

  it('map Fraktur letters to Unicode, Letterlike capitals included', () => {
    expect('CHIRZ'.split('').map(fraktur).join('')).toBe('ℭℌℑℜℨ');
    // Every other letter in order, each one code point of the Fraktur block.
    const capitals = 'ABDEFGJKLMNOPQSTUVWXY'.split('').map(fraktur).join('');
    expect(capitals).toBe('𝔄𝔅𝔇𝔈𝔉𝔊𝔍𝔎𝔏𝔐𝔑𝔒𝔓𝔔𝔖𝔗𝔘𝔙𝔚𝔛𝔜');
    expect(fraktur('a')).toBe('𝔞');
    expect(fraktur('z')).toBe('𝔷');
    expect(fraktur('1')).toBeUndefined();
    expect(fraktur('ab')).toBeUndefined();
  });
});

describe('the JSON control characters', () => {
  // Inside a formula every control character of the table stands for a lost backslash:
  // `json-escapes` puts it back, `math-delimiters` defers the formula until then, and
  // `math-words` takes the character as a word's boundary. One table; here all three agree.
  const names: Record<string, [string, string]> = {
    t: ['au=0.7', 'τ=0.7'],
    f: ['rac{1}{2}', '1/2'],
    b: ['eta_t', 'β_t'],
    r: ['ho', 'ρ'],
    a: ['lpha', 'α'],
    v: ['arepsilon', 'ε'],
  };

  it('are read alike by every rule that reads them', () => {
    const letters = Object.values(JSON_CONTROLS).sort();
    expect(letters).toEqual(Object.keys(names).sort());
    for (const [control, letter] of Object.entries(JSON_CONTROLS)) {
      const [name, symbol] = names[letter] as [string, string];
      expect(normalizeText(`with $${control}${name}$ here`)).toBe(`with ${symbol} here`);
    }
  });

  it('are the only C0 characters the formula test defers on', () => {
    for (let code = 0; code < 0x20; code++) {
      const character = String.fromCharCode(code);
      expect(JSON_CONTROL.test(character)).toBe(Object.hasOwn(JSON_CONTROLS, character));
    }
  });
});

describe('longest match wins', () => {
  it.each([
    ['\\leq', '≤'],
    ['\\le', '≤'],
    ['\\lambda', 'λ'],
    ['\\l', 'ł'],
    ['\\ldots', '…'],
    ['\\ss', 'ß'],
    ['\\S 3', '§ 3'],
    ['\\etal', 'et al.'],
    ['\\etc', 'etc.'],
    ['\\Rightarrow', '⇒'],
    ['\\rightarrow', '→'],
  ])('%s → %s', (before, after) => {
    expect(normalizeText(before)).toBe(after);
    expect(explainNormalization(before).fixes).toHaveLength(1);
  });

  it('takes \\text and \\textbf by their full names (opener and closing brace)', () => {
    for (const before of ['\\text{a}', '\\textbf{a}']) {
      const { text, fixes } = explainNormalization(before);
      expect(text).toBe('a');
      expect(fixes.map((fix) => fix.before)).toEqual([before.slice(0, -2), '}']);
    }
  });

  it('reads macro names to their end: an unknown longer name is not a known shorter one', () => {
    for (const name of ['\\leqqslant', '\\textbfx{a}', '\\egg', '\\timesx', '\\sims7']) {
      expect(normalizeText(name)).toBe(name);
    }
  });

  it('takes bare leq whole, not le + q', () => {
    const { fixes } = explainNormalization('p leq 0.01');
    expect(fixes).toEqual([{ rule: 'math-words', start: 2, end: 5, before: 'leq', after: '≤' }]);
  });

  it('takes ^{tiny TM} whole, not ^{tiny', () => {
    expect(explainNormalization('Core^{tiny TM} Ultra').fixes).toEqual([
      { rule: 'ornaments', start: 4, end: 14, before: '^{tiny TM}', after: '™' },
    ]);
  });
});
