/**
 * The CLI's output paths in-process (the end-to-end tests run the same through the
 * built command): Parquet, --merge and --dedupe with their warnings, JSONL captures from
 * stdin, and the ordered queue's hold limit.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { runOrdered } from '../../src/cli/ordered.js';
import { createParquetOutput, ROW_GROUP_ROWS } from '../../src/cli/parquet.js';
import { createPool, type FromWorker, type ToWorker } from '../../src/cli/pool.js';
import type { Item, ItemSink, TaskInput } from '../../src/cli/task.js';
import { type PaperRecord, parseListing, toPaperRecord } from '../../src/index.js';
import { recordProblems } from '../support/records.js';
import { cli, fixturePath, Sink, stdinOf } from './io.js';

const scratch = mkdtempSync(join(tmpdir(), 'paper-listing-out-'));

class Bytes extends Writable {
  chunks: Buffer[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.chunks.push(Buffer.from(chunk));
    done();
  }
  get file(): ArrayBuffer {
    return new Uint8Array(Buffer.concat(this.chunks)).buffer;
  }
}

const CARD = (day: number, upvotes: number, title: string, id = '2401.00001'): string =>
  `Dec ${day}\n\n[${upvotes}](https://huggingface.co/login)\n\n### [${title}](https://huggingface.co/papers/${id})\n\nAn abstract. It is short.\n`;

describe('Parquet', () => {
  it('writes records a row group at a time, and a valid file with none', async () => {
    const [paper] = parseListing(CARD(11, 9, 'A Title')).papers;
    if (paper === undefined) throw new Error('no paper');
    const record = toPaperRecord(paper, { source: 'a.md', explain: true });
    const fields = Object.keys(record) as (keyof PaperRecord)[];
    const written: Uint8Array[] = [];
    const output = createParquetOutput(fields, (bytes) => {
      written.push(bytes);
      return Promise.resolve();
    });
    let waits = 0;
    for (let row = 0; row <= ROW_GROUP_ROWS; row++) {
      // A publishedAt with a time of day: the DATE column keeps its UTC day.
      const publishedAt = row === ROW_GROUP_ROWS ? '2024-03-11T23:30:00.000Z' : null;
      const wait = output.record({ ...record, upvotes: row, publishedAt });
      if (wait !== undefined) {
        waits++;
        await wait;
      }
    }
    await output.end();
    expect(waits).toBe(1); // the first row group went out before the end
    const rows = await parquetReadObjects({ file: new Uint8Array(Buffer.concat(written)).buffer });
    expect(rows).toHaveLength(ROW_GROUP_ROWS + 1);
    expect(rows.at(-1)).toMatchObject({
      upvotes: ROW_GROUP_ROWS,
      arxivId: '2401.00001',
      fixes: [],
    });

    const stdout = new Bytes();
    const empty = await cli(['--format', 'parquet'], { stdin: stdinOf(['new\n']), stdout });
    expect(empty.code).toBe(0);
    expect(await parquetReadObjects({ file: stdout.file })).toEqual([]);
  });

  it('through run(): the same records as JSON lines', async () => {
    const stdout = new Bytes();
    const file = fixturePath('handmade/trending.md');
    expect((await cli(['--format', 'parquet', file], { stdout })).code).toBe(0);
    const rows = await parquetReadObjects({ file: stdout.file });
    const lines = (await cli([file])).stdout.trimEnd().split('\n');
    expect(rows.map((row) => row.arxivId)).toEqual(lines.map((line) => JSON.parse(line).arxivId));
  });
});

describe('--merge and --dedupe', () => {
  const mon = join(scratch, 'mon.md');
  const tue = join(scratch, 'tue.md');
  writeFileSync(tue, CARD(11, 9, 'A Title'));
  writeFileSync(mon, CARD(10, 3, 'Another Title'));

  it('--merge warns on a conflicting title (counted), and writes one record', async () => {
    const run = await cli(['--merge', '--summary', '--reference-date', '2024-12-11', tue, mon]);
    const records = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records).toHaveLength(1);
    expect(recordProblems(records[0])).toEqual([]);
    expect(records[0]).toMatchObject({ upvotes: 9, sources: [tue, mon] });
    expect(run.stderr).toMatch(
      /warning conflicting-title .*\npaper-listing: 1 paper from 2 inputs; 0 errors, 1 warning\n$/,
    );
    const quiet = await cli(['--merge', '--quiet', '--fail-on', 'warning', tue, mon]);
    expect(quiet.stderr).toBe('');
    expect(quiet.code).toBe(1);
  });

  it('--dedupe merges within an input, with its warning', async () => {
    const twice = join(scratch, 'twice.md');
    writeFileSync(twice, `${CARD(10, 3, 'A Title')}\n${CARD(11, 9, 'Changed Title')}`);
    const run = await cli([
      '--dedupe',
      '--format',
      'csv',
      '--fields',
      'title,upvotes,listingDates',
      twice,
    ]);
    expect(run.stdout).toBe('title,upvotes,listingDates\nA Title,9,"[""--12-10"",""--12-11""]"\n');
    // At the repeated card, which starts at its upvote count (`[9]`, column 2).
    expect(run.stderr).toMatch(/^.*twice\.md:11:2: warning conflicting-title /);
  });
});

describe('JSONL captures', () => {
  it('reads stdin, CRLF lines and numeric ids; a missing file is unreadable', async () => {
    const line = (id: number, title: string): string =>
      JSON.stringify({ id, body: `Dec 11\n\n${title}\n\nAn abstract. It has two sentences.\n` });
    const stdin = stdinOf([
      `${line(7, 'First Paper Title')}\r\n${line(8, 'Second Paper Title Here')}`,
      '\r\n',
    ]);
    const run = await cli(
      [
        '--input',
        'jsonl',
        '--text-field',
        'body',
        '--id-field',
        'id',
        '--format',
        'csv',
        '--fields',
        'source,title',
        '-',
        join(scratch, 'none.jsonl'),
      ],
      { stdin },
    );
    expect(run.stdout).toBe('source,title\n7,First Paper Title\n8,Second Paper Title Here\n');
    expect(run.stderr).toMatch(/none\.jsonl: no such file or directory/);
    expect(run.code).toBe(1);
  });

  it('counts captures on the progress bar, their number not known up front', async () => {
    const card = 'Dec 11\n\nA Paper Title Here\n\nAn abstract. It has two sentences.\n';
    const lines = Array.from({ length: 24 }, (_, k) => JSON.stringify({ text: card, k }));
    let clock = 0;
    const stderr = new Sink({ isTTY: true });
    const run = await cli(['--input', 'jsonl'], {
      stdin: stdinOf(lines.map((line) => `${line}\n`)),
      stderr,
      now: () => (clock += 200),
    });
    expect(run.code).toBe(0);
    expect(stderr.text).toMatch(/\r\d+\.\d MB {2}\d+\.\d MB\/s {2}\d+ papers {2}2\d captures/);
    expect(stderr.text).toMatch(/paper-listing: 24 papers from 24 inputs; 0 errors, 0 warnings\n$/);
  });
});

describe('the ordered queue and the pool', () => {
  it('makes a task that is not the head wait once it holds too much', async () => {
    const delivered: string[] = [];
    let releaseHead = (): void => {};
    const headGate = new Promise<void>((resolve) => {
      releaseHead = resolve;
    });
    let secondWaited = false;
    const text = (t: string): Item[] => [{ type: 'text', text: t }];
    const runners = {
      head: async (_input: TaskInput, sink: ItemSink) => {
        await sink(text('a1'));
        await headGate;
        await sink(text('a2'));
        return 'done' as const;
      },
      second: async (_input: TaskInput, sink: ItemSink) => {
        const first = sink(text('b1-long'));
        expect(first).toBeDefined(); // over the limit: wait
        secondWaited = true;
        await first;
        await sink(text('b2'));
        return 'done' as const;
      },
    };
    const inputs = async function* (): AsyncGenerator<TaskInput> {
      yield { kind: 'file', name: 'head' };
      yield { kind: 'file', name: 'second' };
    };
    const done = runOrdered(inputs(), {
      jobs: 2,
      holdLimit: 4,
      runnerFor: (input) => runners[(input as { name: 'head' | 'second' }).name],
      deliver: (items) => {
        for (const item of items) if (item.type === 'text') delivered.push(item.text);
        return undefined;
      },
      settled: () => true,
      closed: () => false,
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(secondWaited).toBe(true);
    expect(delivered).toEqual(['a1']);
    releaseHead();
    await done;
    expect(delivered).toEqual(['a1', 'a2', 'b1-long', 'b2']);
  });

  it('rejects a task when its worker fails or reports a failure', async () => {
    const listeners: { message?: (m: FromWorker) => void; error?: (e: Error) => void } = {};
    const worker = {
      postMessage(message: ToWorker) {
        if (message.type !== 'task') return;
        if (message.input.kind === 'file' && message.input.name === 'crash') {
          listeners.error?.(new Error('worker crashed'));
        } else {
          listeners.message?.({ type: 'failed', id: message.id, error: 'Error: a bug' });
        }
      },
      on(event: 'message' | 'error', listener: never) {
        listeners[event] = listener;
      },
      terminate: async () => 0,
    };
    const pool = createPool(1, () => worker);
    const sink = Object.assign(() => undefined, { closed: false }) as ItemSink;
    await expect(pool.run({ kind: 'file', name: 'bug' }, sink)).rejects.toThrow('Error: a bug');
    await expect(pool.run({ kind: 'file', name: 'crash' }, sink)).rejects.toThrow('worker crashed');
    await pool.close();
  });
});
