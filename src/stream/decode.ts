/**
 * Chunk decoding: strings pass through, bytes are UTF-8 decoded with `{ stream: true }`,
 * so a sequence split between chunks is joined before it is decoded.
 *
 * @module
 */
import { describeValue } from '../describe-value.js';

/** Turns chunks into text; `end()` flushes a sequence cut off by the end of input. */
export interface ChunkDecoder {
  decode(chunk: string | Uint8Array): string;
  end(): string;
}

/**
 * Create a decoder. A byte order mark is kept as U+FEFF, as
 * `readFileSync(file, 'utf8')` keeps it, so offsets count it in both; invalid bytes
 * become U+FFFD, as there too.
 *
 * @example
 * ```ts
 * const decoder = createChunkDecoder();
 * decoder.decode(Uint8Array.of(0xc3)); // '' (waits for the second byte)
 * decoder.decode(Uint8Array.of(0xa9)); // 'é'
 * ```
 */
export function createChunkDecoder(): ChunkDecoder {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let holdsBytes = false;
  return {
    decode(chunk) {
      if (typeof chunk === 'string') {
        if (!holdsBytes) return chunk;
        // Bytes then a string: the bytes' unfinished sequence is cut off, as at the end.
        holdsBytes = false;
        return decoder.decode() + chunk;
      }
      if (chunk instanceof Uint8Array) {
        holdsBytes = true;
        return decoder.decode(chunk, { stream: true });
      }
      throw new TypeError(
        `stream chunks must be strings or Uint8Arrays, got ${describeValue(chunk)}`,
      );
    },
    end() {
      if (!holdsBytes) return '';
      holdsBytes = false;
      return decoder.decode();
    },
  };
}
