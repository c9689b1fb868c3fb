import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createChunkDecoder } from '../../src/decode/bytes.js';
import { cut } from './collect.js';

/** Decode `chunks` through one decoder: every piece, then the flush. */
function pieces(chunks: readonly (string | Uint8Array)[]): string[] {
  const decoder = createChunkDecoder();
  const out = chunks.flatMap((chunk) => decoder.decode(chunk));
  out.push(decoder.end());
  return out;
}

const whole = (bytes: Uint8Array): string =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('createChunkDecoder', () => {
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

  it('keeps a short chunk in one piece', () => {
    expect(pieces([encode('a\r\nb × c\n\nend')])).toEqual(['a\r\nb × c\n\nend', '']);
  });

  it('cuts a long chunk into pieces of whole lines, each at least a kilobyte but the last', () => {
    const long = 'x'.repeat(1500);
    const short = 'y'.repeat(10);
    const wide = `${'z'.repeat(1100)} ×`;
    const text = `${long}\n${short}\n${wide}\ntail`;
    expect(pieces([encode(text)])).toEqual([`${long}\n`, `${short}\n${wide}\n`, 'tail', '']);
  });

  it('joins a character split between chunks', () => {
    const bytes = encode('ab é\ncd');
    // 'é' is two bytes: cut between them.
    expect(pieces([bytes.subarray(0, 4), bytes.subarray(4)])).toEqual(['ab ', 'é\ncd', '']);
    // The same where the second chunk is long enough to be cut into pieces itself.
    const long = 'x'.repeat(1100);
    const more = encode(`ab é\n${long}\n${long}\nend`);
    expect(pieces([more.subarray(0, 4), more.subarray(4)])).toEqual([
      'ab ',
      `é\n${long}\n`,
      `${long}\n`,
      'end',
      '',
    ]);
  });

  it('passes strings through whole, and flushes a cut-off sequence before one', () => {
    expect(pieces(['a\nb'])).toEqual(['a\nb', '']);
    expect(pieces([new Uint8Array([0x61, 0xc3]), 'b'])).toEqual(['a', '\ufffdb', '']);
  });

  it('gives the text a whole-stream decode gives, for any bytes and any chunking', () => {
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
        },
      ),
      { numRuns: 200, endOnFailure: true },
    );
  });
});
