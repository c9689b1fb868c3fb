/**
 * The CLI's work, testable in-process: `run(argv, io)` reads the inputs (files, stdin,
 * or the captures of JSONL files), parses them on the main thread or on a pool of
 * workers (`--jobs`), and writes records in input order as they come, waiting whenever
 * stdout is full. Nothing holds a whole input or the whole output, except `--merge`,
 * which holds the distinct papers until the end.
 *
 * @module
 */
import { statSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { createMerger } from '../merge/merger.js';
import { toPaperRecord } from '../record/from-paper.js';
import type { PaperRecord } from '../record/schema.js';
import { readCaptures } from './captures.js';
import { recordOptionsFor } from './fields.js';
import { fileOutputFor } from './file-output.js';
import { createFraming, createRecordEncoder } from './formats.js';
import { type ByteChunks, describeError, openInput } from './inputs.js';
import { runOrdered } from './ordered.js';
import { createOutput } from './output.js';
import { createParquetOutput } from './parquet.js';
import { createPool, type Pool, type WorkerLike } from './pool.js';
import { type CliOptions, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, parseArguments } from './program.js';
import { createProgress, type MaybeTTY } from './progress.js';
import { formatDiagnostic } from './report.js';
import { failsOn, summaryLine, type Tally } from './summary.js';
import { type Item, type Outcome, runTask, type TaskInput, type TaskSettings } from './task.js';

/** Without `--jobs`, inputs smaller than this in all are parsed on the main thread. */
export const POOL_MIN_BYTES = 8_000_000;

/** Where the CLI reads and writes: `process`'s streams, or test doubles. */
export interface CliIO {
  /** Read only when an input is `-` (or none is given). */
  readonly stdin: ByteChunks;
  readonly stdout: Writable & { readonly isTTY?: boolean };
  /**
   * The file descriptor behind `stdout`. When it is a file or a device such as
   * `/dev/null`, records are written to it directly (faster); pipes and terminals keep
   * `stdout`.
   */
  readonly stdoutFd?: number;
  /** The progress bar and the summary show when `isTTY` is true. */
  readonly stderr: MaybeTTY;
  /** Milliseconds, for the progress bar's rate; default `Date.now`. */
  readonly now?: () => number;
  /**
   * Start a worker for `--jobs` (a `Worker` on the CLI's own file). Without it, every
   * input is parsed on the calling thread.
   */
  readonly spawnWorker?: (settings: TaskSettings) => WorkerLike;
}

/**
 * Run the command with `argv` (the arguments after the program name); resolves to the
 * exit code.
 *
 * @example
 * ```ts
 * const code = await run(['--format', 'csv', 'listing.txt'], {
 *   stdin: process.stdin, stdout: process.stdout, stderr: process.stderr,
 * });
 * process.exitCode = code;
 * ```
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  // `--help | head` closes the pipe before the help is written: not a failure. The
  // listener stays when the run ends here (the error comes after); else the output
  // below takes over.
  const closedPipe = (error: NodeJS.ErrnoException): void => {
    if (error.code !== 'EPIPE') throw error;
  };
  io.stdout.on('error', closedPipe);
  const parsed = parseArguments(
    argv,
    (text) => io.stdout.write(text),
    (text) => io.stderr.write(text),
  );
  if ('exit' in parsed) return parsed.exit;
  io.stdout.removeListener('error', closedPipe);
  const { options } = parsed;
  if (options.format === 'parquet' && io.stdout.isTTY === true) {
    io.stderr.write('error: Parquet is binary; redirect stdout to a file (> papers.parquet)\n');
    return EXIT_USAGE;
  }
  const settings: TaskSettings = {
    format: options.format,
    fields: options.fields,
    inputFormat: options.inputFormat,
    ...(options.referenceDate === undefined ? {} : { referenceDate: options.referenceDate }),
    normalize: options.normalize,
    strict: options.strict,
    quiet: options.quiet,
    dedupe: options.dedupe && !options.merge,
    merge: options.merge,
  };
  const direct = io.stdoutFd === undefined ? undefined : fileOutputFor(io.stdoutFd);
  const out = direct ?? createOutput(io.stdout);
  const totalBytes = totalSize(options.files);
  const progress = createProgress(io.stderr, {
    totalBytes,
    // JSONL captures are counted as they come; their number is not known up front.
    inputs: options.input === 'files' ? options.files.length : undefined,
    enabled: !options.quiet,
    now: io.now ?? Date.now,
  });
  const tally: Tally = { inputs: 0, unreadable: 0, papers: 0, errors: 0, warnings: 0 };
  const say = (line: string): void => {
    progress.clear();
    // Records held for a file go first, in case stderr goes to the same file.
    out.flush();
    io.stderr.write(`${line}\n`);
  };

  // Records: as text with the format's framing, or into the Parquet writer.
  const framing =
    options.format === 'parquet' ? undefined : createFraming(options.format, options.fields);
  const parquet =
    options.format === 'parquet'
      ? createParquetOutput(options.fields, (bytes) => out.write(bytes))
      : undefined;
  const encode =
    options.format === 'parquet' ? undefined : createRecordEncoder(options.format, options.fields);
  const writeRecord = (record: PaperRecord): Promise<void> | undefined =>
    parquet === undefined
      ? out.write(framing?.record(encode?.(record) ?? '') ?? '')
      : parquet.record(record);
  const merger = options.merge ? createMerger() : undefined;

  async function deliver(items: Item[]): Promise<void> {
    for (const item of items) {
      let wait: Promise<void> | undefined;
      switch (item.type) {
        case 'text':
          // One write per record: joining a batch was slower (one wide character makes
          // the whole joined string two-byte, and slow to encode).
          wait = out.write(framing?.record(item.text) ?? item.text);
          break;
        case 'bytes': {
          // The framing's text for a record (CSV's header, before the first) goes first.
          const before = framing?.record('') ?? '';
          if (before !== '') out.write(before);
          wait = out.write(item.bytes);
          break;
        }
        case 'record':
          wait = parquet?.record(item.record);
          break;
        case 'paper': {
          const conflict = merger?.add(item.paper, item.source);
          if (conflict !== undefined) {
            tally.warnings++;
            if (!options.quiet) say(formatDiagnostic(conflict.source, conflict));
          }
          break;
        }
        case 'say':
          say(item.line);
          break;
        case 'stat':
          tally.papers += item.papers;
          tally.errors += item.errors;
          tally.warnings += item.warnings;
          progress.advance(item.bytes, item.papers);
          break;
      }
      if (wait !== undefined) await wait;
      if (out.closed) return;
    }
    // Records reach a file as each chunk is parsed, not only when the buffer fills.
    out.flush();
  }

  let exit = EXIT_OK;
  const settled = (outcome: Outcome): boolean => {
    tally.inputs++;
    progress.inputDone();
    if (outcome === 'unreadable') tally.unreadable++;
    if (outcome !== 'done') exit = EXIT_FAILURE;
    return outcome !== 'strict-error';
  };

  const single = options.input === 'files' && options.files.length === 1;
  // A worker costs a start-up (loading the parser): by default, only for work that pays it.
  const large = totalBytes === undefined || totalBytes >= POOL_MIN_BYTES;
  const pool: Pool | undefined =
    options.jobs > 1 && !single && (options.jobsGiven || large) && io.spawnWorker !== undefined
      ? createPool(options.jobs, () =>
          (io.spawnWorker as NonNullable<CliIO['spawnWorker']>)(settings),
        )
      : undefined;
  const inProcess = (input: TaskInput, sink: Parameters<typeof runTask>[3]) =>
    runTask(input, settings, io.stdin, sink);
  try {
    await runOrdered(
      inputsOf(options, io.stdin, { say, tally, progress, fail: () => (exit = EXIT_FAILURE) }),
      {
        jobs: pool === undefined ? 1 : options.jobs,
        runnerFor: (input) =>
          pool === undefined || (input.kind === 'file' && input.name === '-')
            ? inProcess
            : pool.run,
        deliver,
        settled,
        closed: () => out.closed,
        // Workers parsing inputs whose records will not be written: end them now.
        onStop: () => void pool?.close(),
      },
    );
    if (merger !== undefined && !out.closed) {
      for (const paper of merger.papers()) {
        const wait = writeRecord(
          toPaperRecord(paper, recordOptionsFor(paper.source, options.fields)),
        );
        tally.papers++;
        if (wait !== undefined) await wait;
        if (out.closed) break;
      }
    }
    const ending = parquet === undefined ? out.write(framing?.end() ?? '') : parquet.end();
    if (ending !== undefined) await ending;
  } finally {
    // Even when a bug throws, the records written so far reach the file.
    out.flush();
    await pool?.close();
  }
  progress.clear();
  if (out.failure !== undefined) {
    say(`paper-listing: cannot write the output: ${describeError(out.failure)}`);
    return EXIT_FAILURE;
  }
  if ((io.stderr.isTTY === true && !options.quiet) || options.summary) say(summaryLine(tally));
  if (failsOn(tally, options.failOn)) return EXIT_FAILURE;
  return exit;
}

/** What reading the inputs reports to. */
interface InputReport {
  say(line: string): void;
  readonly tally: Tally;
  readonly progress: { advance(bytes: number, papers: number): void };
  fail(): void;
}

/**
 * The inputs, one task each: the files as given, or every capture of every JSONL file.
 *
 * @example
 * ```ts
 * for await (const input of inputsOf(options, stdin, report)) … // { kind: 'file', name: 'a.txt' }
 * ```
 */
async function* inputsOf(
  options: CliOptions,
  stdin: ByteChunks,
  report: InputReport,
): AsyncGenerator<TaskInput> {
  if (options.input === 'files') {
    for (const name of options.files) yield { kind: 'file', name };
    return;
  }
  const fields = {
    text: options.textField,
    ...(options.idField === undefined ? {} : { id: options.idField }),
  };
  for (const name of options.files) {
    const opened = await openInput(name, stdin);
    if ('error' in opened) {
      report.say(`paper-listing: ${name}: ${opened.error}`);
      report.tally.unreadable++;
      report.fail();
      continue;
    }
    try {
      for await (const line of readCaptures(name, opened.chunks, fields, (bytes) =>
        report.progress.advance(bytes, 0),
      )) {
        if ('input' in line) {
          yield line.input;
        } else {
          report.say(`paper-listing: ${line.problem}`);
          report.tally.unreadable++;
          report.fail();
        }
      }
    } catch (error) {
      if (typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
      report.say(`paper-listing: ${name}: ${describeError(error)}`);
      report.tally.unreadable++;
      report.fail();
    }
  }
}

/**
 * The inputs' total size, when each is a file that can be looked at; else `undefined`.
 *
 * @example
 * ```ts
 * totalSize(['a.txt', 'b.txt']); // 3145728
 * totalSize(['-']); // undefined
 * ```
 */
function totalSize(files: readonly string[]): number | undefined {
  let total = 0;
  for (const name of files) {
    if (name === '-') return undefined;
    try {
      total += statSync(name).size;
    } catch {
      // Reported when it is read.
    }
  }
  return total;
}
