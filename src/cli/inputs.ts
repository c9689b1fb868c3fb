/**
 * Open the CLI's inputs: a file, or stdin for `-`. Problems that make a file unreadable
 * (missing, a directory, no permission) come back as a message, never as a throw.
 *
 * @module
 */
import { open } from 'node:fs/promises';
import { BINARY_SNIFF_BYTES, binaryReason } from './binary.js';

/** Chunks of an input, as Node streams give them. */
export type ByteChunks = AsyncIterable<Uint8Array | string>;

/** An opened input, or why it could not be opened. */
export type Opened = { readonly chunks: ByteChunks } | { readonly error: string };

/**
 * Open `name` (`-` is `stdin`).
 *
 * @example
 * ```ts
 * const input = await openInput('fixtures/000_444d491a8cf7bda0.txt', process.stdin);
 * if ('error' in input) console.error(input.error);
 * ```
 */
export async function openInput(name: string, stdin: ByteChunks): Promise<Opened> {
  if (name === '-') return { chunks: stdin };
  try {
    const handle = await open(name, 'r');
    try {
      if ((await handle.stat()).isDirectory()) {
        await handle.close();
        return { error: 'is a directory' };
      }
    } catch (error) {
      await handle.close();
      throw error;
    }
    return { chunks: handle.createReadStream({ highWaterMark: 64 * 1024 }) };
  } catch (error) {
    return { error: describeError(error) };
  }
}

/**
 * An I/O error as a short phrase: `no such file or directory (ENOENT)`.
 *
 * @example
 * ```ts
 * describeError(Object.assign(new Error("ENOENT: no such file or directory, open 'x'"), { code: 'ENOENT' }));
 * // 'no such file or directory (ENOENT)'
 * ```
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === undefined) return error.message;
  // Node's messages read "ENOENT: no such file or directory, open 'x'": keep the middle.
  const match = /^[A-Z]+: ([^,]+)/.exec(error.message);
  return `${match?.[1] ?? error.message} (${code})`;
}

/** An input after its first bytes were checked. */
export type Checked = { readonly chunks: ByteChunks } | { readonly binary: string };

/**
 * Read the first 8 KiB of `chunks` and check them for binary content. Returns the
 * reason when binary (the input is closed), else chunks that still start at the start.
 *
 * @example
 * ```ts
 * const checked = await checkText(input.chunks);
 * if ('binary' in checked) console.error(checked.binary);
 * ```
 */
export async function checkText(chunks: ByteChunks): Promise<Checked> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head: (Uint8Array | string)[] = [];
  let bytes = 0;
  let done = false;
  while (bytes < BINARY_SNIFF_BYTES) {
    const result = await iterator.next();
    if (result.done) {
      done = true;
      break;
    }
    head.push(result.value);
    bytes += result.value.length;
  }
  const first = head[0];
  const sample = head.length === 1 && typeof first !== 'string' ? first : concatBytes(head);
  const reason = binaryReason(sample ?? new Uint8Array(0));
  if (reason !== undefined) {
    if (!done) await iterator.return?.();
    return { binary: reason };
  }
  return { chunks: resume(head, done ? undefined : iterator) };
}

async function* resume(
  head: readonly (Uint8Array | string)[],
  rest: AsyncIterator<Uint8Array | string> | undefined,
): AsyncGenerator<Uint8Array | string> {
  let finished = false;
  try {
    // Inside the try: a reader that stops within the first chunks closes the file too.
    yield* head;
    if (rest === undefined) return;
    while (true) {
      const result = await rest.next();
      if (result.done) {
        finished = true;
        return;
      }
      yield result.value;
    }
  } finally {
    // Leaving early (a closed pipe, --strict) closes the file.
    if (!finished) await rest?.return?.();
  }
}

function concatBytes(chunks: readonly (Uint8Array | string)[]): Uint8Array {
  const encoder = new TextEncoder();
  const parts = chunks.map((chunk) => (typeof chunk === 'string' ? encoder.encode(chunk) : chunk));
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}
