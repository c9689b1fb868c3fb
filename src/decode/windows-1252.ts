/**
 * Windows-1252, the encoding text is most often wrongly read or written in. Node's
 * `TextDecoder('windows-1252')` (Node 20, without full ICU data) decodes it as Latin-1,
 * so `’` comes out as U+0092: the 32 code points that differ are kept here.
 *
 * @module
 */

/** Bytes 0x80–0x9F. The five the encoding leaves undefined map to C1 controls, as browsers do. */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

const TO_BYTE = new Map<number, number>(HIGH.map((code, index) => [code, 0x80 + index]));

/**
 * Decode Windows-1252 bytes.
 *
 * @example
 * ```ts
 * decodeWindows1252(new Uint8Array([0x4c, 0x65, 0x74, 0x92, 0x73])); // 'Let’s'
 * ```
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte < 0x80 || byte > 0x9f) continue;
    out += latin1(bytes, from, i) + String.fromCharCode(HIGH[byte - 0x80] as number);
    from = i + 1;
  }
  return out + latin1(bytes, from, bytes.length);
}

/**
 * The Windows-1252 byte of a character, or `-1` when it has none.
 *
 * @example
 * ```ts
 * windows1252Byte(0x2019); // 0x92 (’)
 * windows1252Byte(0xe9);   // 0xe9 (é)
 * windows1252Byte(0x3b1);  // -1 (α)
 * ```
 */
export function windows1252Byte(code: number): number {
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  return TO_BYTE.get(code) ?? -1;
}

/**
 * The character Windows-1252 byte 0x80–0x9F stands for (HTML reads a numeric reference
 * in that range the same way: `&#150;` is `–`); other codes are returned as they are.
 *
 * @example
 * ```ts
 * fromWindows1252(0x96); // 0x2013 (–)
 * fromWindows1252(0xe9); // 0xe9
 * ```
 */
export function fromWindows1252(code: number): number {
  return code >= 0x80 && code <= 0x9f ? (HIGH[code - 0x80] as number) : code;
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  let out = '';
  // In slices, so a long run does not overflow the argument list.
  for (let i = from; i < to; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, Math.min(to, i + 8192)));
  }
  return out;
}

/**
 * The character a numeric character reference stands for, with HTML's replacements:
 * 0x80–0x9F as Windows-1252; NUL, surrogates and code points past U+10FFFF as U+FFFD.
 *
 * @example
 * ```ts
 * numericValue(0x96); // '–' (windows-1252)
 * numericValue(0xd800); // '\uFFFD'
 * ```
 */
export function numericValue(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(fromWindows1252(code));
}
