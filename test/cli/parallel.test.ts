/**
 * `--jobs` in-process: the pool and the worker loop talk over a real MessageChannel
 * (structured clone and all), on the test's own thread, so the same code the built CLI
 * runs in worker threads is exercised here on tiny inputs.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { WorkerLike } from '../../src/cli/pool.js';
import type { TaskSettings } from '../../src/cli/task.js';
import { serveWorker } from '../../src/cli/worker.js';
import { readFixture } from '../support/fixtures.js';
import { cli, fixturePath, Sink, stdinOf } from './io.js';

const scratch = mkdtempSync(join(tmpdir(), 'paper-listing-jobs-'));

/** A "worker" on this thread: serveWorker on one end of a channel. */
function spawnWorker(settings: TaskSettings): WorkerLike {
  const { port1, port2 } = new MessageChannel();
  serveWorker(port2, settings);
  let closed = false;
  return {
    postMessage: (message) => port1.postMessage(message),
    on: (event: 'message' | 'error', listener: (value: unknown) => void) =>
      port1.on(event, listener),
    terminate: async () => {
      if (closed) return 0;
      closed = true;
      port1.close();
      port2.close();
      return 0;
    },
  } as WorkerLike;
}

const small = ['000_444d491a8cf7bda0.txt', '001_3000abd2b438303c.txt', '004_42f5292a8f8eecce.txt'];

describe('--jobs, on a pool', () => {
  it('writes what one job writes, in input order, stdin included', async () => {
    const args = [...small.map(fixturePath), '-', fixturePath(small[1] ?? '')];
    const stdin = (): ReturnType<typeof stdinOf> =>
      stdinOf([readFixture('001_3000abd2b438303c.txt')]);
    const one = await cli(['--jobs', '1', ...args], { stdin: stdin() });
    for (const jobs of ['2', '3']) {
      const many = await cli(['--jobs', jobs, ...args], { stdin: stdin(), spawnWorker });
      expect(many).toEqual(one);
    }
    expect(one.stdout.split('\n')).toHaveLength(56 + 41 + 69 + 41 + 41 + 1);
  });

  it('without --jobs, small inputs stay on the main thread (a worker costs its start-up)', async () => {
    const refuse = (): WorkerLike => {
      throw new Error('no worker expected');
    };
    const run = await cli(small.map(fixturePath), { spawnWorker: refuse });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toHaveLength(56 + 41 + 69 + 1);
  });

  it('holds a later input while an earlier one is slow, within the hold limit', async () => {
    // The slow head is stdin (parsed on this thread); the files after it finish first.
    let release = (): void => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = {
      async *[Symbol.asyncIterator]() {
        yield 'Dec 11\n\nEMO: Earth Mover Distance Optimization\n\nWe propose EMO. It waits.\n\n  • 3 authors\n·\nJul 25 2\n';
        await gate;
      },
    };
    const stdout = new Sink();
    const done = cli(['--jobs', '2', '-', fixturePath(small[1] ?? '')], {
      stdin: slow,
      stdout,
      spawnWorker,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stdout.text).toBe('');
    release();
    const { code } = await done;
    expect(code).toBe(0);
    const titles = stdout.text
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { title: string }).title);
    expect(titles[0]).toBe('EMO: Earth Mover Distance Optimization');
    expect(titles).toHaveLength(1 + 41);
  });

  it('--strict stops at the first input with an error, later inputs not written', async () => {
    const broken = join(scratch, 'broken.txt');
    writeFileSync(broken, 'Mar 11\n\n-----\n');
    const args = ['--strict', fixturePath(small[0] ?? ''), broken, fixturePath(small[1] ?? '')];
    const one = await cli(['--jobs', '1', ...args]);
    const many = await cli(['--jobs', '2', ...args], { spawnWorker });
    expect(many).toEqual(one);
    expect(one.code).toBe(1);
    expect(one.stdout.split('\n')).toHaveLength(56 + 1);
  });

  it('reads JSONL captures on the pool, each record named by its id', async () => {
    const lines = small.map((name) =>
      JSON.stringify({ url: `https://x/${name}`, text: readFixture(name) }),
    );
    const file = join(scratch, 'crawl.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n{"url":"u"}\nnot json\n\n`);
    const args = ['--input', 'jsonl', '--id-field', 'url', '--summary', file];
    const one = await cli(['--jobs', '1', ...args]);
    const many = await cli(['--jobs', '2', ...args], { spawnWorker });
    expect(many).toEqual(one);
    expect(one.code).toBe(1); // two lines were not captures
    const sources = one.stdout
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { source: string }).source);
    expect([...new Set(sources)]).toEqual(small.map((name) => `https://x/${name}`));
    expect(one.stderr).toBe(
      `paper-listing: ${file}:4: no string field "text"; skipped\n` +
        `paper-listing: ${file}:5: not a JSON line; skipped\n` +
        'paper-listing: 166 papers from 3 inputs; 0 errors, 0 warnings, 2 unreadable\n',
    );
  });

  it('merges across inputs the same with workers', async () => {
    const args = [
      '--merge',
      '--format',
      'csv',
      ...small.map(fixturePath),
      ...small.map(fixturePath),
    ];
    const one = await cli(['--jobs', '1', ...args]);
    const many = await cli(['--jobs', '2', ...args], { spawnWorker });
    expect(many).toEqual(one);
  });
});
