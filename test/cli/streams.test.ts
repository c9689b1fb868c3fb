import { spawn } from 'node:child_process';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { parseListing } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';
import { cli, fixturePath, Sink } from './io.js';

const footers = readFixture('001_3000abd2b438303c.txt');
const titles = new Set(parseListing(footers).papers.map((paper) => paper.raw.title));

/** Copy `k` of the capture, its titles made unique so that dedupe keeps every paper. */
function copy(k: number): string {
  return `${footers
    .split('\n')
    .map((line) => (titles.has(line) ? `${line} ${k}` : line))
    .join('\n')}\n`;
}

/** stdin of `copies` unique copies in 16 KiB chunks, made lazily; counts chunks pulled. */
function copies(count: number): AsyncIterable<string> & { pulled: number; total: number } {
  const chunkSize = 16 * 1024;
  const source = {
    pulled: 0,
    total: 0,
    async *[Symbol.asyncIterator]() {
      for (let k = 0; k < count; k++) {
        const text = copy(k);
        for (let at = 0; at < text.length; at += chunkSize) {
          source.pulled++;
          await Promise.resolve();
          yield text.slice(at, at + chunkSize);
        }
      }
    },
  };
  source.total = Array.from({ length: count }, (_, k) =>
    Math.ceil(copy(k).length / chunkSize),
  ).reduce((a, b) => a + b, 0);
  return source;
}

/** The escape sequence that erases to the end of the line. */
const ERASE = '\u001b\\[K';

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('backpressure', () => {
  it('stops reading while stdout is full, and never buffers past its high-water mark', async () => {
    const held: (() => void)[] = [];
    let flowing = false;
    let maxBuffered = 0;
    let longest = 0;
    let lines = 0;
    const stdout = new Writable({
      highWaterMark: 1024,
      decodeStrings: false,
      write(chunk: string, _encoding, done) {
        lines += chunk.split('\n').length - 1;
        longest = Math.max(longest, chunk.length);
        if (flowing) done();
        else held.push(done);
      },
    });
    const track = stdout.write.bind(stdout);
    stdout.write = ((chunk: string) => {
      const ok = track(chunk);
      maxBuffered = Math.max(maxBuffered, stdout.writableLength);
      return ok;
    }) as typeof stdout.write;
    const stdin = copies(10);
    const done = run([], { stdin, stdout, stderr: new Sink() });
    // Everything here is microtasks: without backpressure the whole input would be read
    // before the first of these turns ends.
    for (let i = 0; i < 5; i++) await turn();
    expect(held.length).toBe(1); // one write in flight, the rest waiting for 'drain'
    expect(stdin.pulled).toBeLessThan(stdin.total / 2);
    flowing = true;
    for (const release of held) release();
    expect(await done).toBe(0);
    expect(lines).toBe(410);
    expect(stdin.pulled).toBe(stdin.total);
    expect(maxBuffered).toBeLessThanOrEqual(1024 + longest);
  });
});

describe('a closed pipe', () => {
  it('EPIPE on stdout ends the run quietly, exit 0, and stops reading', async () => {
    let writes = 0;
    const stdout = new Writable({
      write(_chunk, _encoding, done) {
        if (++writes < 3) return done();
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE', errno: -32 }));
      },
    });
    const stderr = new Sink();
    const stdin = copies(20);
    expect(await run([], { stdin, stdout, stderr })).toBe(0);
    expect(stderr.text).toBe('');
    expect(stdin.pulled).toBeLessThan(stdin.total);
  });

  it('`| head -n 2` through a real pipe: two lines out, exit 0, no stack trace', async () => {
    const head = spawn('head', ['-n', '2'], { stdio: ['pipe', 'pipe', 'inherit'] });
    let headOut = '';
    head.stdout.setEncoding('utf8').on('data', (text: string) => {
      headOut += text;
    });
    const exited = new Promise((resolve) => head.on('close', resolve));
    const stderr = new Sink();
    const stdin = copies(200);
    const code = await run([], { stdin, stdout: head.stdin, stderr });
    await exited;
    expect(code).toBe(0);
    expect(stderr.text).toBe('');
    const lines = headOut.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1] ?? '').title).toBe(`${parseListing(footers).papers[1]?.title} 0`);
    expect(stdin.pulled).toBeLessThan(stdin.total);
  });
});

describe('the progress bar and the summary', () => {
  const twenty = Array<string>(20).fill(fixturePath('001_3000abd2b438303c.txt'));
  let clock = 0;
  const now = (): number => (clock += 60);
  const summary = 'paper-listing: 820 papers from 20 inputs; 0 errors, 0 warnings\n';

  it('shows bytes read of the total, MB/s, papers and inputs on a terminal, then the summary', async () => {
    const stderr = new Sink({ isTTY: true });
    const { code, stdout } = await cli(twenty, { stderr, now });
    expect(code).toBe(0);
    expect(stdout.split('\n')).toHaveLength(20 * 41 + 1);
    const total = (20 * Buffer.byteLength(footers)) / 1e6;
    const frames = [
      ...stderr.text.matchAll(
        new RegExp(
          `\r\\[([# ]{20})\\] (\\d+\\.\\d)/${total.toFixed(1)} MB {2}\\d+\\.\\d MB/s {2}\\d+ papers {2}\\d+/20 inputs${ERASE}`,
          'g',
        ),
      ),
    ];
    expect(frames.length).toBeGreaterThan(1);
    // The bar fills by bytes: the last frame is further along than the first.
    const read = frames.map((frame) => Number(frame[2]));
    expect(read.at(-1)).toBeGreaterThan(read[0] ?? Number.POSITIVE_INFINITY);
    // Erased at the end, then the one-line summary.
    expect(stderr.text.endsWith(`\r\x1b[K${summary}`)).toBe(true);
    expect(stdout).not.toContain('\r');
  });

  it('shows on one large input, by its bytes', async () => {
    const stderr = new Sink({ isTTY: true });
    const big = copies(400); // about 17 MB through stdin: no total, so no bar, but bytes
    const { code } = await cli(['--format', 'csv', '--fields', 'title'], {
      stdin: big,
      stderr,
      now,
    });
    expect(code).toBe(0);
    expect(stderr.text).toMatch(/\r\d+\.\d MB {2}\d+\.\d MB\/s {2}\d+ papers {2}0\/1 inputs/);
  });

  it('is never written when stderr is not a terminal, with --quiet, or for small work', async () => {
    expect((await cli(twenty, { stderr: new Sink({ isTTY: false }), now })).stderr).toBe('');
    expect(
      (await cli(['--quiet', ...twenty], { stderr: new Sink({ isTTY: true }), now })).stderr,
    ).toBe('');
    const few = twenty.slice(0, 3);
    expect((await cli(few, { stderr: new Sink({ isTTY: true }), now })).stderr).toBe(
      'paper-listing: 123 papers from 3 inputs; 0 errors, 0 warnings\n',
    );
    // --summary asks for the summary wherever stderr goes.
    expect(
      (await cli(['--summary', ...few], { stderr: new Sink({ isTTY: false }), now })).stderr,
    ).toBe('paper-listing: 123 papers from 3 inputs; 0 errors, 0 warnings\n');
  });
});
