/**
 * Chunk decoding: strings pass through, bytes are decoded in pieces of whole lines of
 * about a kilobyte, as UTF-8, or line by line as Windows-1252 where they are not UTF-8.
 * A line cut by a chunk boundary is carried as bytes until it is whole.
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
import type { Point } from '../schema.js';
import { decodeWindows1252 } from './windows-1252.js';

/** Turns chunks into text; `end()` flushes the last line. */
export interface ChunkDecoder {
  /**
   * The text of `chunk`, in pieces of whole lines (each ends with a line feed), so
   * Latin-1 text becomes compact one-byte strings in V8 even when another piece of the
   * chunk holds wider characters. Strings pass through whole.
   */
  decode(chunk: string | Uint8Array): string[];
  end(): string;
  /** Lines decoded as Windows-1252 so far (their bytes were not UTF-8). */
  readonly windows1252Lines: number;
  /** Where the first such line starts in the text, when there is one. */
  readonly firstWindows1252: Point | undefined;
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
 * Create a decoder. Bytes are decoded as UTF-8 line by line; a line whose bytes are not
 * valid UTF-8 is decoded as Windows-1252 (the encoding such text nearly always is), so
 * `’` stays `’` instead of becoming U+FFFD. A byte order mark is kept as U+FEFF, as
 * `readFileSync(file, 'utf8')` keeps it. A line feed byte is never part of a multibyte
 * sequence, so the text is the same however the bytes are chunked.
 *
 * @example
 * ```ts
 * const decoder = createChunkDecoder();
 * decoder.decode(new Uint8Array([0x61, 0x0a, 0xc3])); // ['a\n'] (the rest waits for its line)
 * decoder.decode(new Uint8Array([0xa9, 0x0a]));       // ['é\n']
 * decoder.decode(new Uint8Array([0x92, 0x0a]));       // ['’\n'] (Windows-1252)
 * decoder.end(); // ''
 * ```
 */
export function createChunkDecoder(): ChunkDecoder {
  // Bytes of the line in progress, across chunks; decoded once the line is whole.
  let carry: Uint8Array[] = [];
  let carryLength = 0;
  let holdsBytes = false;
  let produced = 0;
  let windows1252Lines = 0;
  let firstWindows1252: Point | undefined;
  // Line breaks in the text so far, counted only until the first Windows-1252 line.
  let breaks = 0;

  function text(bytes: Uint8Array): string {
    let first: number | undefined;
    const decoded = decodeLines(bytes, (offset) => {
      windows1252Lines++;
      first ??= offset;
    });
    if (firstWindows1252 === undefined) {
      breaks += countBreaks(decoded, 0, first ?? decoded.length);
      if (first !== undefined) {
        firstWindows1252 = { line: breaks + 1, column: 1, offset: produced + first };
      }
    }
    produced += decoded.length;
    return decoded;
  }

  function takeCarry(head: Uint8Array): Uint8Array {
    if (carry.length === 0) return head;
    const whole = new Uint8Array(carryLength + head.length);
    let at = 0;
    for (const part of carry) {
      whole.set(part, at);
      at += part.length;
    }
    whole.set(head, at);
    carry = [];
    carryLength = 0;
    return whole;
  }

  return {
    decode(chunk) {
      if (typeof chunk === 'string') {
        if (!holdsBytes) {
          produced += chunk.length;
          return [chunk];
        }
        // Bytes then a string: the bytes' unfinished line ends here, as at the end.
        holdsBytes = false;
        const rest = text(takeCarry(new Uint8Array(0)));
        produced += chunk.length;
        return [rest + chunk];
      }
      if (!(chunk instanceof Uint8Array)) {
        throw new TypeError(
          `stream chunks must be strings or Uint8Arrays, got ${describeValue(chunk)}`,
        );
      }
      holdsBytes = true;
      const last = chunk.lastIndexOf(LF);
      if (last === -1) {
        carry.push(chunk);
        carryLength += chunk.length;
        return [];
      }
      const pieces: string[] = [];
      // The first piece finishes the line the previous chunk left open.
      let feed = chunk.indexOf(LF, Math.min(last, PIECE_BYTES - 1));
      if (feed === -1 || feed > last) feed = last;
      pieces.push(text(takeCarry(chunk.subarray(0, feed + 1))));
      let start = feed + 1;
      while (start <= last) {
        feed = chunk.indexOf(LF, Math.min(last, start + PIECE_BYTES - 1));
        if (feed === -1 || feed > last) feed = last;
        pieces.push(text(chunk.subarray(start, feed + 1)));
        start = feed + 1;
      }
      if (start < chunk.length) {
        const rest = chunk.slice(start);
        carry.push(rest);
        carryLength += rest.length;
      }
      return pieces;
    },
    end() {
      if (!holdsBytes) return '';
      holdsBytes = false;
      return text(takeCarry(new Uint8Array(0)));
    },
    get windows1252Lines() {
      return windows1252Lines;
    },
    get firstWindows1252() {
      return firstWindows1252;
    },
  };
}

/** Line endings (`\n`, `\r\n`, lone `\r`) in `text[from, to)`. */
function countBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1))
    count++;
  for (let at = text.indexOf('\r', from); at !== -1 && at < to; at = text.indexOf('\r', at + 1)) {
    if (text.charCodeAt(at + 1) !== 0x0a) count++;
  }
  return count;
}

const STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decode whole lines of bytes: UTF-8, and each line that is not valid UTF-8 as
 * Windows-1252. `onWindows1252` hears the text offset of each such line.
 *
 * @example
 * ```ts
 * decodeLines(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a])); // 'café\n'
 * ```
 */
export function decodeLines(bytes: Uint8Array, onWindows1252?: (offset: number) => void): string {
  try {
    return STRICT.decode(bytes);
  } catch {
    // Line by line: only the lines that are not UTF-8 are read as Windows-1252.
    let out = '';
    let start = 0;
    while (start < bytes.length) {
      let end = bytes.indexOf(LF, start);
      end = end === -1 ? bytes.length : end + 1;
      const line = bytes.subarray(start, end);
      try {
        out += STRICT.decode(line);
      } catch {
        onWindows1252?.(out.length);
        out += decodeWindows1252(line);
      }
      start = end;
    }
    return out;
  }
}

/**
 * Decode a capture's bytes as the stream and the command do: UTF-8, and the lines that
 * are not UTF-8 as Windows-1252. `parseListing(decodeCapture(bytes))` then gives the
 * papers of parsing the bytes as a stream; only the stream reports the decoding
 * (`decoded-windows-1252`), which this function has no way to return.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { decodeCapture, parseListing } from 'paper-listing';
 * parseListing(decodeCapture(readFileSync('capture.txt')));
 * ```
 */
export function decodeCapture(bytes: Uint8Array): string {
  return decodeLines(bytes);
}
