/**
 * Chunk decoding: strings pass through, bytes are UTF-8 decoded in pieces of whole lines
 * of about a kilobyte. A line cut by a chunk boundary (and a sequence cut inside it) is
 * carried by a decoder in `{ stream: true }` mode; the pieces a chunk holds whole are
 * decoded on their own.
 *
 * Why pieces: V8 stores a string in one byte per character when every character is
 * Latin-1, else in two. Decoded whole, one `×` anywhere in a 64 KiB chunk made every
 * line of it two-byte, and every title and abstract sliced from it; in pieces, only the
 * piece that holds it is. One-byte strings are half the memory, and `JSON.stringify`
 * and the UTF-8 encoding on output take their fast paths.
 *
 * @module
 */
import { describeValue } from '../describe-value.js';

/** Turns chunks into text; `end()` flushes a sequence cut off by the end of input. */
export interface ChunkDecoder {
  /**
   * The text of `chunk`, in pieces of whole lines (each piece but the last ends with a
   * line feed), so Latin-1 text becomes compact one-byte strings in V8 even when another
   * piece of the chunk holds wider characters. Strings pass through whole.
   */
  decode(chunk: string | Uint8Array): string[];
  end(): string;
}

const LF = 0x0a;

/**
 * The least a piece holds (bytes), whole lines only. About one paper card: small enough
 * that a wide character makes little else two-byte, large enough that a megabyte of
 * blank or short lines is not decoded and pushed one line at a time (that measured
 * twelve times slower).
 */
const PIECE_BYTES = 1024;

/**
 * Create a decoder. A byte order mark is kept as U+FEFF, as
 * `readFileSync(file, 'utf8')` keeps it, so offsets count it in both; invalid bytes
 * become U+FFFD, as there too. A line feed byte is never part of a multibyte sequence,
 * so decoding piece by piece gives the very text that decoding the whole stream gives.
 *
 * @example
 * ```ts
 * const decoder = createChunkDecoder();
 * decoder.decode(new Uint8Array([0x61, 0x0a, 0xc3])); // ['a\n'] (short: one piece)
 * decoder.decode(new Uint8Array([0xa9])); // ['é']
 * decoder.end(); // ''
 * ```
 */
export function createChunkDecoder(): ChunkDecoder {
  // `partial` carries a line (and a sequence) across chunks; `whole` decodes the pieces a
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
      // Each piece ends at the first line feed at least PIECE_BYTES in.
      let feed = chunk.indexOf(LF, PIECE_BYTES - 1);
      if (feed === -1) return [partial.decode(chunk, { stream: true })];
      // The first piece finishes what the previous chunk left open.
      const pieces = [partial.decode(chunk.subarray(0, feed + 1), { stream: true })];
      let start = feed + 1;
      feed = chunk.indexOf(LF, start + PIECE_BYTES - 1);
      while (feed !== -1) {
        pieces.push(whole.decode(chunk.subarray(start, feed + 1)));
        start = feed + 1;
        feed = chunk.indexOf(LF, start + PIECE_BYTES - 1);
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
