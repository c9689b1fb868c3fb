/**
 * Chunk decoding: strings pass through, bytes are UTF-8 decoded one line at a time. A
 * line cut by a chunk boundary (and a sequence cut inside it) is carried by a decoder
 * in `{ stream: true }` mode; the lines a chunk holds whole are decoded on their own.
 *
 * Why lines: V8 stores a string in one byte per character when every character is
 * Latin-1, else in two. Decoded whole, one `×` anywhere in a 64 KiB chunk made every
 * line of it two-byte, and every title and abstract sliced from it; per line, only the
 * lines that hold such a character are. One-byte strings are half the memory, and
 * `JSON.stringify` and the UTF-8 encoding on output take their fast paths.
 *
 * @module
 */
import { describeValue } from '../describe-value.js';

/** Turns chunks into text; `end()` flushes a sequence cut off by the end of input. */
export interface ChunkDecoder {
  /**
   * The text of `chunk`, in pieces: bytes are decoded one line at a time (each piece
   * but the last ends with a line feed), so a line of Latin-1 text becomes a compact
   * one-byte string in V8 even when another line of the chunk holds wider characters.
   * Strings pass through whole.
   */
  decode(chunk: string | Uint8Array): string[];
  end(): string;
}

const LF = 0x0a;

/**
 * Create a decoder. A byte order mark is kept as U+FEFF, as
 * `readFileSync(file, 'utf8')` keeps it, so offsets count it in both; invalid bytes
 * become U+FFFD, as there too. A line feed byte is never part of a multibyte sequence,
 * so decoding line by line gives the very text that decoding the whole stream gives.
 *
 * @example
 * ```ts
 * const decoder = createChunkDecoder();
 * decoder.decode(new Uint8Array([0x61, 0x0a, 0xc3])); // ['a\n', '']
 * decoder.decode(new Uint8Array([0xa9])); // ['é']
 * decoder.end(); // ''
 * ```
 */
export function createChunkDecoder(): ChunkDecoder {
  // `partial` carries a line (and a sequence) across chunks; `whole` decodes the lines a
  // chunk holds entirely, without the cost of streaming mode.
  const partial = new TextDecoder('utf-8', { ignoreBOM: true });
  const whole = new TextDecoder('utf-8', { ignoreBOM: true });
  let holdsBytes = false;
  return {
    decode(chunk) {
      if (typeof chunk === 'string') {
        if (!holdsBytes) return [chunk];
        // Bytes then a string: the bytes' unfinished sequence is cut off, as at the end.
        holdsBytes = false;
        return [partial.decode() + chunk];
      }
      if (!(chunk instanceof Uint8Array)) {
        throw new TypeError(
          `stream chunks must be strings or Uint8Arrays, got ${describeValue(chunk)}`,
        );
      }
      holdsBytes = true;
      let feed = chunk.indexOf(LF);
      if (feed === -1) return [partial.decode(chunk, { stream: true })];
      // The rest of the line the previous chunk left open, through its line feed.
      const pieces = [partial.decode(chunk.subarray(0, feed + 1), { stream: true })];
      let start = feed + 1;
      feed = chunk.indexOf(LF, start);
      while (feed !== -1) {
        pieces.push(whole.decode(chunk.subarray(start, feed + 1)));
        start = feed + 1;
        feed = chunk.indexOf(LF, start);
      }
      pieces.push(partial.decode(chunk.subarray(start), { stream: true }));
      return pieces;
    },
    end() {
      if (!holdsBytes) return '';
      holdsBytes = false;
      return partial.decode();
    },
  };
}
