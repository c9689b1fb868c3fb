import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createChunkDecoder } from '../../src/stream/decode.js';

/** Decode `chunks` through one decoder: every piece, then the flush. */
function pieces(chunks: readonly (string | Uint8Array)[]): string[] {
  const decoder = createChunkDecoder();
  const out = chunks.flatMap((chunk) => decoder.decode(chunk));
  out.push(decoder.end());
  return out;
}

/** Split `bytes` at the given cut points. */
function cut(bytes: Uint8Array, points: readonly number[]): Uint8Array[] {
  const sorted = [...new Set(points.map((point) => point % (bytes.length + 1)))].sort(
    (a, b) => a - b,
  );
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const point of sorted) {
    chunks.push(bytes.subarray(start, point));
    start = point;
  }
  chunks.push(bytes.subarray(start));
  return chunks;
}

const whole = (bytes: Uint8Array): string =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('createChunkDecoder', () => {
  it('gives one piece per line of a chunk, each but the last ending with its line feed', () => {
    const bytes = new TextEncoder().encode('a\r\nb × c\n\nend');
    expect(pieces([bytes])).toEqual(['a\r\n', 'b × c\n', '\n', 'end', '']);
  });

  it('joins a line and a character split between chunks', () => {
    const bytes = new TextEncoder().encode('ab é\ncd');
    // 'é' is two bytes: cut between them, and inside the first line.
    expect(pieces([bytes.subarray(0, 4), bytes.subarray(4)])).toEqual(['ab ', 'é\n', 'cd', '']);
  });

  it('passes strings through whole, and flushes a cut-off sequence before one', () => {
    expect(pieces(['a\nb'])).toEqual(['a\nb', '']);
    expect(pieces([new Uint8Array([0x61, 0xc3]), 'b'])).toEqual(['a', '\ufffdb', '']);
  });

  it('gives the text a whole-stream decode gives, for any bytes and any chunking', () => {
    // Bytes biased towards line feeds and the pieces of multibyte sequences.
    const byte = fc.oneof(
      fc.constantFrom(
        0x0a,
        0x0d,
        0x20,
        0x61,
        0xc3,
        0xa9,
        0xe2,
        0x80,
        0x93,
        0xf0,
        0x9f,
        0xef,
        0xbb,
        0xbf,
      ),
      fc.integer({ min: 0, max: 255 }),
    );
    fc.assert(
      fc.property(
        fc.array(byte, { maxLength: 64 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (list, points) => {
          const bytes = Uint8Array.from(list);
          expect(pieces(cut(bytes, points)).join('')).toBe(whole(bytes));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
