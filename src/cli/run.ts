/**
 * The CLI's work, testable in-process: `run(argv, io)` reads the inputs one after
 * another, streams each through the parser, and writes papers as they come, waiting
 * whenever stdout is full. Nothing holds a whole input or the whole output.
 *
 * @module
 */
import type { Writable } from 'node:stream';
import { READERS } from '../parse/index.js';
import type { Diagnostic, Paper } from '../schema.js';
import { listingBatches, type StreamOptions } from '../stream/index.js';
import type { SourcedPaper } from './fields.js';
import { fileOutputFor } from './file-output.js';
import { createFormatter, type Formatter } from './formats.js';
import { type ByteChunks, checkText, describeError, openInput } from './inputs.js';
import { createOutput, type Output } from './output.js';
import { type CliOptions, EXIT_FAILURE, EXIT_OK, parseArguments } from './program.js';
import { createProgress, type MaybeTTY, type Progress } from './progress.js';
import { formatDiagnostic } from './report.js';

/** Where the CLI reads and writes: `process`'s streams, or test doubles. */
export interface CliIO {
  /** Read only when an input is `-` (or none is given). */
  readonly stdin: ByteChunks;
  readonly stdout: Writable;
  /**
   * The file descriptor behind `stdout`. When it is a file or a device such as
   * `/dev/null`, papers are written to it directly (faster); pipes and terminals keep
   * `stdout`.
   */
  readonly stdoutFd?: number;
  /** The progress bar shows only when `isTTY` is true. */
  readonly stderr: MaybeTTY;
  /** Milliseconds, for the progress bar's rate; default `Date.now`. */
  readonly now?: () => number;
}

/** How one input ended. */
type Outcome = 'done' | 'unreadable' | 'strict-error';

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
  const parsed = parseArguments(
    argv,
    (text) => io.stdout.write(text),
    (text) => io.stderr.write(text),
  );
  if ('exit' in parsed) return parsed.exit;
  const { options } = parsed;
  const direct = io.stdoutFd === undefined ? undefined : fileOutputFor(io.stdoutFd);
  const out = direct ?? createOutput(io.stdout);
  const progress = createProgress(io.stderr, {
    files: options.files.length,
    enabled: !options.quiet,
    now: io.now ?? Date.now,
  });
  const job: Job = {
    options,
    io,
    out,
    progress,
    formatter: createFormatter(options.format, options.fields),
    say(line) {
      progress.clear();
      // Papers held for a file go first, in case stderr goes to the same file.
      out.flush();
      io.stderr.write(`${line}\n`);
    },
  };

  let exit = EXIT_OK;
  try {
    for (const name of options.files) {
      if (out.closed) break;
      const outcome = await readInput(job, name);
      progress.fileDone();
      if (outcome !== 'done') exit = EXIT_FAILURE;
      if (outcome === 'strict-error') break;
    }
    await out.write(job.formatter.end());
  } finally {
    // Even when a bug throws, the papers written so far reach the file.
    out.flush();
  }
  progress.clear();
  if (out.failure !== undefined) {
    job.say(`paper-listing: cannot write the output: ${describeError(out.failure)}`);
    return EXIT_FAILURE;
  }
  return exit;
}

/** What every input shares. */
interface Job {
  readonly options: CliOptions;
  readonly io: CliIO;
  readonly out: Output;
  readonly progress: Progress;
  readonly formatter: Formatter;
  say(line: string): void;
}

/**
 * Parse one input and write its papers. Read failures are reported here and end only
 * this input; anything else is a bug and propagates.
 *
 * @example
 * ```ts
 * await readInput(job, 'missing.txt'); // 'unreadable', after "paper-listing: missing.txt: …"
 * ```
 */
async function readInput(job: Job, name: string): Promise<Outcome> {
  const { options, out, progress } = job;
  const opened = await openInput(name, job.io.stdin);
  if ('error' in opened) {
    job.say(`paper-listing: ${name}: ${opened.error}`);
    return 'unreadable';
  }
  try {
    const checked = await checkText(opened.chunks);
    if ('binary' in checked) {
      // A whole input skipped is reported even with --quiet.
      const origin = { line: 1, column: 1, offset: 0 };
      const found: Diagnostic = {
        code: 'binary-input',
        severity: 'error',
        message: `Input looks binary (${checked.binary}); skipped`,
        position: { start: origin, end: origin },
      };
      job.say(formatDiagnostic(name, found));
      return options.strict ? 'strict-error' : 'done';
    }
    const { formatter } = job;
    for await (const events of listingBatches(
      counted(checked.chunks, progress),
      streamOptions(options),
      READERS,
    )) {
      // One write per paper: joining a chunk's papers was slower, since one wide
      // character makes the whole joined string two-byte, and slow to encode. Waiting
      // only when stdout is full saves a promise per paper.
      let papers = 0;
      for (const event of events) {
        if (event.type === 'paper') {
          const full = out.write(formatter.paper(toRecord(event.paper, name, options.explain)));
          papers++;
          if (full !== undefined) await full;
        } else if (event.type === 'diagnostic') {
          const found = event.diagnostic;
          const stops = options.strict && found.severity === 'error';
          if (!options.quiet || stops) job.say(formatDiagnostic(name, found));
          if (stops) {
            progress.advance(0, papers);
            return 'strict-error';
          }
        }
        if (out.closed) return 'done';
      }
      progress.advance(0, papers);
      // Papers reach a file as each chunk is parsed, not only when the buffer fills.
      out.flush();
    }
    return 'done';
  } catch (error) {
    if (typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
    job.say(`paper-listing: ${name}: ${describeError(error)}`);
    return 'unreadable';
  }
}

/**
 * The stream options the command line asks for.
 *
 * @example
 * ```ts
 * streamOptions({ inputFormat: 'text', normalize: false, … }); // { format: 'text', normalize: false }
 * ```
 */
function streamOptions(options: CliOptions): StreamOptions {
  return {
    format: options.inputFormat,
    normalize: options.normalize,
    ...(options.referenceDate === undefined ? {} : { referenceDate: options.referenceDate }),
  };
}

/**
 * A paper with its source first; `fixes` only with `--explain`.
 *
 * @example
 * ```ts
 * toRecord(paper, '-', false); // { source: '-', title: …, position: … }
 * ```
 */
export function toRecord(paper: Paper, source: string, explain: boolean): SourcedPaper {
  if (explain || paper.fixes === undefined) return { source, ...paper };
  const { fixes: _fixes, ...rest } = paper;
  return { source, ...rest };
}

/**
 * Pass chunks through, telling the progress bar their size.
 *
 * @example
 * ```ts
 * for await (const chunk of counted(file, progress)) …
 * ```
 */
async function* counted(
  chunks: ByteChunks,
  progress: Progress,
): AsyncGenerator<Uint8Array | string> {
  for await (const chunk of chunks) {
    progress.advance(chunk.length, 0);
    yield chunk;
  }
}
