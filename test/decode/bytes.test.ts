import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createChunkDecoder, decodeCapture } from '../../src/decode/bytes.js';
import { decodeWindows1252 } from '../../src/decode/windows-1252.js';
import { cut } from '../stream/collect.js';

/** Decode `chunks` through one decoder: every piece, then the flush. */
function pieces(chunks: readonly (string | Uint8Array)[]): string[] {
  const decoder = createChunkDecoder();
  const out = chunks.flatMap((chunk) => decoder.decode(chunk));
  out.push(decoder.end());
  return out;
}

/** What the decoder promises, written independently: UTF-8 lines, else Windows-1252. */
function whole(bytes: Uint8Array): string {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let out = '';
  let start = 0;
  while (start < bytes.length) {
    const feed = bytes.indexOf(0x0a, start);
    const end = feed === -1 ? bytes.length : feed + 1;
    const line = bytes.subarray(start, end);
    try {
      out += strict.decode(line);
    } catch {
      out += decodeWindows1252(line);
    }
    start = end;
  }
  return out;
}

describe('createChunkDecoder', () => {
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

  it('keeps a short chunk of whole lines in one piece, and its last line for the end', () => {
    expect(pieces([encode('a\r\nb × c\n\nend')])).toEqual(['a\r\nb × c\n\n', 'end']);
  });

  it('cuts a long chunk into pieces of whole lines, each at least a kilobyte', () => {
    const long = 'x'.repeat(1500);
    const short = 'y'.repeat(10);
    const wide = `${'z'.repeat(1100)} ×`;
    const text = `${long}\n${short}\n${wide}\ntail`;
    expect(pieces([encode(text)])).toEqual([`${long}\n`, `${short}\n${wide}\n`, 'tail']);
  });

  it('holds a line cut between chunks until it is whole', () => {
    const bytes = encode('ab é\ncd');
    // 'é' is two bytes: cut between them.
    expect(pieces([bytes.subarray(0, 4), bytes.subarray(4)])).toEqual(['ab é\n', 'cd']);
  });

  it('passes strings through whole, and ends a cut-off line before one', () => {
    expect(pieces(['a\nb'])).toEqual(['a\nb', '']);
    // A lone lead byte is no UTF-8: that line reads as Windows-1252.
    expect(pieces([new Uint8Array([0x61, 0xc3]), 'b'])).toEqual(['aÃb', '']);
  });

  it('decodes a line that is not UTF-8 as Windows-1252, and counts it', () => {
    const decoder = createChunkDecoder();
    const cp1252 = new Uint8Array([0x4c, 0x65, 0x74, 0x92, 0x73, 0x20, 0x95, 0x0a]);
    const text = [
      ...decoder.decode(encode('café\n')),
      ...decoder.decode(cp1252),
      decoder.end(),
    ].join('');
    expect(text).toBe('café\nLet’s •\n');
    expect(decoder.windows1252Lines).toBe(1);
    expect(decoder.firstWindows1252).toEqual({ line: 2, column: 1, offset: 5 });
    expect(decodeCapture(Uint8Array.from([...encode('café\n'), ...cp1252]))).toBe(text);
  });

  it('gives the same text for any bytes and any chunking', () => {
    // Whole characters of one to four bytes (so cuts split real sequences), stray bytes,
    // and long enough lines that a chunk holds several pieces.
    const fragment = fc.oneof(
      fc
        .constantFrom('a', ' ', '\r', 'é', '×', '–', '😀', '\ufeff')
        .map((char) => [...new TextEncoder().encode(char)]),
      fc.integer({ min: 0, max: 255 }).map((byte) => [byte]),
    );
    const line = fc.array(fragment, { maxLength: 500, size: 'max' }).map((parts) => parts.flat());
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 8, size: 'max' }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (lines, points) => {
          const bytes = Uint8Array.from(lines.flatMap((part) => [...part, 0x0a]));
          // Half the cuts fall inside multibyte sequences, where the carry matters.
          const inside = [...bytes.keys()].filter((k) => (bytes[k] as number) >= 0x80);
          const cuts = points.map((point) =>
            point % 2 === 1 && inside.length > 0
              ? (inside[point % inside.length] as number)
              : point,
          );
          expect(pieces(cut(bytes, cuts)).join('')).toBe(whole(bytes));
          expect(decodeCapture(bytes)).toBe(whole(bytes));
        },
      ),
      { numRuns: 200, endOnFailure: true },
    );
  });
});
