/**
 * Output to a file or a device such as `/dev/null`: `fs.writeSync` from one reused
 * buffer. Node writes such a stdout synchronously too, but makes a `Buffer` for every
 * write; encoding straight into a reused one halves the cost of writing a paper.
 *
 * @module
 */
import { fstatSync, writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import type { Output } from './output.js';

/** Bytes held before they are written. */
const BUFFER_BYTES = 64 * 1024;

/** UTF-8 takes at most 3 bytes per UTF-16 code unit (a surrogate pair: 4 for 2). */
const MAX_BYTES_PER_UNIT = 3;

/**
 * A file output for `fd` when it is a regular file or a device other than a terminal,
 * else `undefined`: pipes, sockets and terminals keep their stream, whose backpressure
 * and `EPIPE` handling matter there.
 *
 * @example
 * ```ts
 * const out = fileOutputFor(1) ?? createOutput(process.stdout);
 * ```
 */
export function fileOutputFor(fd: number): Output | undefined {
  try {
    const stat = fstatSync(fd);
    if (!(stat.isFile() || stat.isCharacterDevice()) || isatty(fd)) return undefined;
  } catch {
    return undefined;
  }
  return createFileOutput(fd);
}

/**
 * Write to the open file descriptor `fd`. Text is encoded into a 64 KiB buffer, written
 * when full and on `flush()`. A failed write (a full disk) closes the output and is
 * kept as its `failure`.
 *
 * @example
 * ```ts
 * const out = createFileOutput(openSync('papers.jsonl', 'w'));
 * out.write('{"title":"A"}\n'); // held
 * out.flush(); // written
 * ```
 */
export function createFileOutput(fd: number): Output {
  const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  let used = 0;
  let closed = false;
  let failure: Error | undefined;

  function writeAll(bytes: Uint8Array): void {
    if (closed) return;
    try {
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    } catch (error) {
      failure = error as Error;
      closed = true;
    }
  }

  function flush(): void {
    if (used === 0) return;
    writeAll(buffer.subarray(0, used));
    used = 0;
  }

  return {
    write(text) {
      if (closed) return undefined;
      if (typeof text !== 'string') {
        flush();
        writeAll(text);
        return undefined;
      }
      const most = text.length * MAX_BYTES_PER_UNIT;
      if (used + most > BUFFER_BYTES) flush();
      if (most > BUFFER_BYTES) writeAll(Buffer.from(text));
      else used += buffer.write(text, used);
      return undefined;
    },
    flush,
    get closed() {
      return closed;
    },
    get failure() {
      return failure;
    },
  };
}
