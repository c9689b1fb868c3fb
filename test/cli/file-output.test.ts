import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileOutput, fileOutputFor } from '../../src/cli/file-output.js';
import { readFixture } from '../support/fixtures.js';
import { cli, fixturePath, Sink, stdinOf } from './io.js';

const scratch = mkdtempSync(join(tmpdir(), 'paper-listing-file-output-'));
const opened: number[] = [];
let files = 0;

/** A new empty file, opened for writing. */
function open(): { path: string; fd: number } {
  const path = join(scratch, `out-${files++}.jsonl`);
  const fd = openSync(path, 'w');
  opened.push(fd);
  return { path, fd };
}

afterEach(() => {
  for (const fd of opened.splice(0)) closeSync(fd);
});

describe('createFileOutput', () => {
  it('writes the UTF-8 of what it is given, held until flush or a full buffer', () => {
    const { path, fd } = open();
    const out = createFileOutput(fd);
    // One- to four-byte characters, a lone surrogate, and texts larger than the buffer.
    const texts = [
      'plain ASCII\n',
      'caf\u00e9 2.44\u00d7 \u2013 \u{1f600}\n',
      'lone \ud800 surrogate\n',
      `${'\u2013'.repeat(30_000)}\n`,
      'x'.repeat(70_000),
      ...Array.from({ length: 3000 }, (_, k) => `{"n":${k},"t":"\u00e9\u2264"}\n`),
    ];
    out.write(texts[0] ?? '');
    expect(statSync(path).size).toBe(0);
    for (const text of texts.slice(1)) expect(out.write(text)).toBeUndefined();
    out.flush();
    expect(readFileSync(path)).toEqual(Buffer.from(texts.join('')));
    expect(out.closed).toBe(false);
    expect(out.failure).toBeUndefined();
  });

  it('closes with the error when a write fails (a full disk)', () => {
    const fd = openSync('/dev/full', 'w');
    opened.push(fd);
    const out = createFileOutput(fd);
    out.write('a paper\n');
    out.flush();
    expect(out.closed).toBe(true);
    expect((out.failure as NodeJS.ErrnoException).code).toBe('ENOSPC');
    out.write('more');
    out.flush();
  });
});

describe('fileOutputFor', () => {
  it('takes a regular file and /dev/null, not a bad descriptor', () => {
    expect(fileOutputFor(open().fd)).toBeDefined();
    const devNull = openSync('/dev/null', 'w');
    opened.push(devNull);
    expect(fileOutputFor(devNull)).toBeDefined();
    expect(fileOutputFor(2 ** 30)).toBeUndefined();
  });

  it('refuses a pipe and a terminal, which keep their stream', () => {
    const fifo = join(scratch, 'fifo');
    execFileSync('mkfifo', [fifo]);
    // Read-write, so opening does not wait for a reader.
    const pipe = openSync(fifo, constants.O_RDWR);
    opened.push(pipe);
    expect(fileOutputFor(pipe)).toBeUndefined();
    // The pseudo-terminal master: a character device that is a terminal.
    const terminal = openSync('/dev/ptmx', 'r+');
    opened.push(terminal);
    expect(fileOutputFor(terminal)).toBeUndefined();
  });
});

describe('the CLI with stdout on a file', () => {
  it('writes the same bytes as through the stream, and nothing through the stream', async () => {
    const args = ['--format', 'json', fixturePath('001_3000abd2b438303c.txt'), '-'];
    const stdin = [
      'Mar 11\n\nA T\u00eftle \u2013 with dashes\n\nAn abstract\u2009here, 2.44times.\n',
    ];
    const streamed = await cli(args, { stdin: stdinOf(stdin) });
    const { path, fd } = open();
    const stdout = new Sink();
    const direct = await cli(args, { stdin: stdinOf(stdin), stdout, stdoutFd: fd });
    expect(direct.code).toBe(streamed.code);
    expect(direct.stderr).toBe(streamed.stderr);
    expect(stdout.text).toBe('');
    expect(readFileSync(path, 'utf8')).toBe(streamed.stdout);
    const papers = JSON.parse(streamed.stdout) as { source: string; title: string }[];
    expect(papers).toHaveLength(41 + 1);
    expect(papers.at(-1)).toMatchObject({ source: '-', title: 'A T\u00eftle \u2013 with dashes' });
  });

  it("writes each chunk's papers before reading on, and before a diagnostic", async () => {
    // Two copies with a footer out of place between them: an error in the middle of the
    // papers of one chunk.
    const copy = readFixture('001_3000abd2b438303c.txt');
    const capture = `${copy}\n  \u2022 3 authors\n\n${copy}`;
    const { path, fd } = open();
    let release = (): void => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let sizeWhenHeld = -1;
    const stdin = {
      async *[Symbol.asyncIterator]() {
        yield capture;
        sizeWhenHeld = statSync(path).size;
        await held;
      },
    };
    let sizeAtDiagnostic = -1;
    const stderr = new Sink();
    const say = stderr.write.bind(stderr);
    stderr.write = ((chunk: string) => {
      if (chunk.includes('unexpected-footer')) sizeAtDiagnostic = statSync(path).size;
      return say(chunk);
    }) as typeof stderr.write;
    const done = cli([], { stdin, stdoutFd: fd, stderr });
    while (sizeWhenHeld < 0) await new Promise((resolve) => setImmediate(resolve));
    release();
    expect(await done).toMatchObject({ code: 0 });
    const lines = readFileSync(path, 'utf8').split('\n');
    expect(lines).toHaveLength(2 * 41 + 1);
    // The papers before the error were in the file before it was reported (the 41st ends
    // at the error, after it); all but the last paper, which waits for the end of the
    // input, were in the file while the input waited.
    const bytes = (count: number): number =>
      Buffer.byteLength(`${lines.slice(0, count).join('\n')}\n`);
    expect(sizeAtDiagnostic).toBe(bytes(40));
    expect(sizeWhenHeld).toBe(bytes(81));
  });
});
