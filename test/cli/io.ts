import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { type CliIO, run } from '../../src/cli/run.js';

/** A fixture's path, as a user would pass it. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
}

/** A writable that keeps what it is given. */
export class Sink extends Writable {
  text = '';
  isTTY?: boolean;
  constructor(options?: { isTTY?: boolean; highWaterMark?: number }) {
    super({ decodeStrings: false, highWaterMark: options?.highWaterMark ?? 16 * 1024 });
    if (options?.isTTY !== undefined) this.isTTY = options.isTTY;
  }
  override _write(chunk: string | Buffer, _encoding: string, done: () => void): void {
    this.text += String(chunk);
    done();
  }
}

/** stdin that gives `chunks` and counts how many were pulled. */
export function stdinOf(chunks: readonly (string | Uint8Array)[]): CliIO['stdin'] & {
  pulled: number;
} {
  const source = {
    pulled: 0,
    async *[Symbol.asyncIterator]() {
      for (const chunk of chunks) {
        source.pulled++;
        await Promise.resolve();
        yield chunk;
      }
    },
  };
  return source;
}

/** Run the CLI in-process with in-memory streams. */
export async function cli(
  argv: readonly string[],
  io: Partial<CliIO> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Sink();
  const stderr = new Sink();
  const code = await run(argv, { stdin: stdinOf([]), stdout, stderr, ...io });
  const out = io.stdout instanceof Sink ? io.stdout : stdout;
  const err = io.stderr instanceof Sink ? io.stderr : stderr;
  return { code, stdout: out.text, stderr: err.text };
}

/** Parse CSV as RFC 4180 says (quoted fields may hold commas, quotes and newlines). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
