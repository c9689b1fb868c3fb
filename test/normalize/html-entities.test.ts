import { decodeHTMLStrict } from 'entities';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/index.js';
import { decodeReference } from '../../src/normalize/rules/entities.js';
import { NAMED_REFERENCES } from '../../src/normalize/tables/html-entities.js';

describe('the compact character-reference table', () => {
  it('decodes every name it has as HTML5 does', () => {
    expect(NAMED_REFERENCES.size).toBeGreaterThan(290);
    for (const [name, value] of NAMED_REFERENCES) {
      expect(value, name).toBe(decodeHTMLStrict(`&${name};`));
      expect(decodeReference(`&${name};`)).toBe(value);
    }
  });

  it('decodes numeric references as HTML5 does, C1 and out-of-range included', () => {
    const codes = [
      0, 9, 0x41, 0x80, 0x81, 0x92, 0x96, 0x9f, 0xa0, 0xe9, 0x2013, 0xd800, 0xdfff, 0xfffd, 0x1d400,
      0x10ffff, 0x110000, 0xffffffff,
    ];
    for (const code of codes) {
      for (const reference of [
        `&#${code};`,
        `&#x${code.toString(16)};`,
        `&#X${code.toString(16)};`,
      ]) {
        expect(decodeReference(reference), reference).toBe(decodeHTMLStrict(reference));
      }
    }
    expect(decodeReference('&#0000000065;')).toBe('A');
    expect(decodeReference('&#99999999999;')).toBe('\uFFFD');
  });

  it('keeps a name it does not know, in a parse as in normalizeText', () => {
    expect(decodeReference('&bigstar;')).toBe('&bigstar;');
    expect(normalizeText('a &bigstar; b &ndash; c &eacute;')).toBe('a &bigstar; b – c é');
  });
});
