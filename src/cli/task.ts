/**
 * One input, parsed: a file, stdin, or one capture of a JSONL file. The same code runs
 * in the main thread and in each worker of `--jobs`; it hands its results on as batches
 * of items (one batch per chunk read), and waits when told to.
 *
 * @module
 */
import { createMerger } from '../merge/merger.js';
import { READERS } from '../parse/index.js';
import type { InputFormat } from '../parse/options.js';
import { toPaperRecord } from '../record/from-paper.js';
import type { PaperRecord } from '../record/schema.js';
import type { Diagnostic, Paper } from '../schema.js';
import { listingBatches } from '../stream/index.js';
import { type FieldName, recordOptionsFor } from './fields.js';
import { createRecordEncoder, type OutputFormat } from './formats.js';
import { type ByteChunks, checkText, describeError, openInput } from './inputs.js';
import { formatDiagnostic } from './report.js';

/** What every task of a run shares; plain data, so it can go to a worker. */
export interface TaskSettings {
  readonly format: OutputFormat;
  readonly fields: readonly FieldName[];
  readonly inputFormat: InputFormat;
  readonly referenceDate?: string;
  readonly normalize: boolean;
  readonly strict: boolean;
  readonly quiet: boolean;
  /** Merge repeated papers within each input. */
  readonly dedupe: boolean;
  /** Hand on papers, for the main thread to merge across inputs. */
  readonly merge: boolean;
}

/** An input: a file (`-` is stdin), or a capture's text with its id. */
export type TaskInput =
  | { readonly kind: 'file'; readonly name: string }
  | { readonly kind: 'text'; readonly source: string; readonly text: string };

/** One result, in input order. */
export type Item =
  /** A record as text in the output format. */
  | { readonly type: 'text'; readonly text: string }
  /** Records as UTF-8, one after another (JSON lines or CSV rows from a worker). */
  | { readonly type: 'bytes'; readonly bytes: Uint8Array }
  /** A record, for Parquet. */
  | { readonly type: 'record'; readonly record: PaperRecord }
  /** A paper, for `--merge`. */
  | { readonly type: 'paper'; readonly paper: Paper; readonly source: string }
  /** A line for stderr. */
  | { readonly type: 'say'; readonly line: string }
  /** Counts since the last stat: bytes read, records, diagnostics by severity. */
  | {
      readonly type: 'stat';
      readonly bytes: number;
      readonly papers: number;
      readonly errors: number;
      readonly warnings: number;
    };

/** Where a task's batches go. A returned promise means: wait before going on. */
export interface ItemSink {
  (items: Item[]): Promise<void> | undefined;
  /** True once nobody wants more (the reader closed the pipe, or the run stopped). */
  readonly closed: boolean;
}

/** How an input ended. */
export type Outcome = 'done' | 'unreadable' | 'strict-error';

/**
 * Parse one input and hand on its results. Read failures are reported as `say` items
 * and end only this input; anything else is a bug and propagates.
 *
 * @example
 * ```ts
 * await runTask({ kind: 'file', name: 'missing.txt' }, settings, stdin, sink);
 * // 'unreadable', after a say item "paper-listing: missing.txt: no such file …"
 * ```
 */
export async function runTask(
  input: TaskInput,
  settings: TaskSettings,
  stdin: ByteChunks,
  sink: ItemSink,
): Promise<Outcome> {
  const source = input.kind === 'file' ? input.name : input.source;
  let chunks: ByteChunks;
  if (input.kind === 'text') {
    const { text } = input;
    chunks = (async function* () {
      yield text;
    })();
  } else {
    const opened = await openInput(input.name, stdin);
    if ('error' in opened) {
      await sink([{ type: 'say', line: `paper-listing: ${source}: ${opened.error}` }]);
      return 'unreadable';
    }
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
      await sink([
        { type: 'say', line: formatDiagnostic(source, found) },
        { type: 'stat', bytes: 0, papers: 0, errors: 1, warnings: 0 },
      ]);
      return settings.strict ? 'strict-error' : 'done';
    }
    chunks = checked.chunks;
  }
  try {
    return await parseInto(source, chunks, settings, input.kind === 'file', sink);
  } catch (error) {
    if (typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
    await sink([{ type: 'say', line: `paper-listing: ${source}: ${describeError(error)}` }]);
    return 'unreadable';
  }
}

/**
 * The parse itself: batches of events in, batches of items out.
 *
 * @example
 * ```ts
 * await parseInto('a.txt', chunks, settings, true, sink); // 'done'
 * ```
 */
async function parseInto(
  source: string,
  chunks: ByteChunks,
  settings: TaskSettings,
  countBytes: boolean,
  sink: ItemSink,
): Promise<Outcome> {
  const out = createPaperOutput(source, settings);
  let bytes = 0;
  let papers = 0;
  let errors = 0;
  let warnings = 0;
  let items: Item[] = [];
  /** With --strict: where the first error starts, once met. */
  let stopAt: number | undefined;
  let openCard: Paper | undefined;

  const counted = async function* (): AsyncGenerator<Uint8Array | string> {
    for await (const chunk of chunks) {
      if (countBytes) bytes += chunk.length;
      yield chunk;
    }
  };
  const hand = (): Promise<void> | undefined => {
    items.push({ type: 'stat', bytes, papers, errors, warnings });
    bytes = 0;
    papers = 0;
    errors = 0;
    warnings = 0;
    const batch = items;
    items = [];
    return sink(batch);
  };
  const paper = (found: Paper): void => {
    papers += out.paper(found, items);
  };

  batches: for await (const events of listingBatches(counted(), streamOptions(settings), READERS)) {
    for (const event of events) {
      if (event.type === 'paper') {
        const { start, end } = event.paper.position;
        if (stopAt === undefined || end.offset <= stopAt) {
          paper(event.paper);
          continue;
        }
        // The first paper past the error: it was open at the error, or started after it.
        if (start.offset < stopAt) openCard = event.paper;
        break batches;
      }
      if (event.type !== 'diagnostic' || stopAt !== undefined) continue;
      const found = event.diagnostic;
      if (found.severity === 'error') errors++;
      else warnings++;
      const stops = settings.strict && found.severity === 'error';
      if (!settings.quiet || stops)
        items.push({ type: 'say', line: formatDiagnostic(source, found) });
      // Papers completed before the error are still written: read on to the card it is in.
      if (stops) stopAt = found.position.start.offset;
    }
    const full = hand();
    if (full !== undefined) await full;
    if (sink.closed) return 'done';
  }
  const conflicts = out.end(items);
  papers += conflicts.papers;
  warnings += conflicts.warnings;
  if (openCard !== undefined) {
    const { title, position } = openCard;
    items.push({
      type: 'say',
      line: `${source}:${position.start.line}:${position.start.column}: --strict stopped inside the card ${JSON.stringify(title)}; it is not written`,
    });
  }
  const last = hand();
  if (last !== undefined) await last;
  return stopAt === undefined ? 'done' : 'strict-error';
}

/** Papers to items: encoded records, records, or papers to merge. */
interface PaperOutput {
  /** Add the items for `paper`; returns how many records that made. */
  paper(paper: Paper, items: Item[]): number;
  /** Add what waited for the end (`--dedupe`); returns records and warnings made. */
  end(items: Item[]): { papers: number; warnings: number };
}

/**
 * How this run hands papers on: as text in the output format, as records (Parquet), as
 * papers (`--merge`), or merged within the input first (`--dedupe`).
 *
 * @example
 * ```ts
 * createPaperOutput('a.txt', settings).paper(paper, items); // 1, items += { type: 'text', … }
 * ```
 */
function createPaperOutput(source: string, settings: TaskSettings): PaperOutput {
  const { fields, format } = settings;
  const recordOptions = recordOptionsFor(source, fields);
  const encode = format === 'parquet' ? undefined : createRecordEncoder(format, fields);
  const item = (paper: Paper): Item => {
    const record = toPaperRecord(paper, recordOptions);
    return encode === undefined
      ? { type: 'record', record }
      : { type: 'text', text: encode(record) };
  };
  if (settings.merge) {
    return {
      paper(paper, items) {
        items.push({ type: 'paper', paper, source });
        return 0;
      },
      end: () => ({ papers: 0, warnings: 0 }),
    };
  }
  if (!settings.dedupe) {
    return {
      paper(paper, items) {
        items.push(item(paper));
        return 1;
      },
      end: () => ({ papers: 0, warnings: 0 }),
    };
  }
  const merger = createMerger();
  let warnings = 0;
  const said: Item[] = [];
  return {
    paper(paper) {
      const conflict = merger.add(paper, source);
      if (conflict !== undefined) {
        warnings++;
        if (!settings.quiet) said.push({ type: 'say', line: formatDiagnostic(source, conflict) });
      }
      return 0;
    },
    end(items) {
      items.push(...said);
      const merged = merger.papers();
      for (const paper of merged) items.push(item(paper));
      return { papers: merged.length, warnings };
    },
  };
}

/**
 * The stream options the settings ask for. No reference date unless the user gave one:
 * each capture's own date is the parser's to find.
 *
 * @example
 * ```ts
 * streamOptions({ inputFormat: 'text', normalize: false, … }); // { format: 'text', normalize: false }
 * ```
 */
function streamOptions(settings: TaskSettings) {
  return {
    format: settings.inputFormat,
    normalize: settings.normalize,
    ...(settings.referenceDate === undefined ? {} : { referenceDate: settings.referenceDate }),
  };
}
