/**
 * The command line: options, help text and usage errors, with commander. Parsing only;
 * `run.ts` does the work.
 *
 * @module
 */
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import type { InputFormat } from '../parse/options.js';
import {
  CSV_DEFAULT_FIELDS,
  chooseFields,
  FIELD_NAMES,
  type FieldName,
  parseFieldList,
} from './fields.js';
import type { OutputFormat } from './formats.js';

/** The options after parsing. */
export interface CliOptions {
  readonly files: readonly string[];
  readonly format: OutputFormat;
  /** The fields to write, resolved from `--fields`, the format, `--raw` and `--explain`. */
  readonly fields: readonly FieldName[];
  /** `files`: each argument is a capture; `jsonl`: each line of each argument is one. */
  readonly input: 'files' | 'jsonl';
  readonly textField: string;
  readonly idField?: string;
  readonly inputFormat: InputFormat;
  readonly referenceDate?: string;
  readonly normalize: boolean;
  readonly merge: boolean;
  readonly dedupe: boolean;
  readonly strict: boolean;
  readonly quiet: boolean;
  readonly summary: boolean;
  readonly failOn?: 'error' | 'warning';
  readonly jobs: number;
  /** Whether `--jobs` was given (else `jobs` is the default: the cores). */
  readonly jobsGiven: boolean;
}

/** Parsed options, or the exit code when parsing ended the run (help, version, usage error). */
export type Parsed = { readonly options: CliOptions } | { readonly exit: number };

/** Exit codes, as the help text documents them. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

const HELP_AFTER = `
Output goes to stdout, diagnostics to stderr as "file:line:column: severity code message".
On a terminal, a progress bar (by bytes read) and a one-line summary show on stderr.

Exit codes:
  0  success (diagnostics may have been printed)
  1  an input could not be read, --strict met an error, --fail-on matched, or stdout failed
  2  usage error

Examples (CAPTURE.txt, DAY*.md and CRAWL.jsonl stand for your own files):
  paper-listing CAPTURE.txt > papers.jsonl
  curl -s https://example.org/listing.txt | paper-listing --reference-date 2024-12-11
  paper-listing --format csv --fields source,title,publishedAt CAPTURE.txt
  paper-listing --merge DAY*.md --format parquet > papers.parquet
  paper-listing --input jsonl --text-field text --id-field url CRAWL.jsonl
  paper-listing CAPTURE.txt | jq -r .title`;

function parseDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('Expected YYYY-MM-DD.');
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError('Not a real date.');
  }
  return value;
}

function parseFields(value: string): FieldName[] {
  const parsed = parseFieldList(value);
  if ('unknown' in parsed) {
    throw new InvalidArgumentError(
      `Unknown field ${JSON.stringify(parsed.unknown)}; choose from ${FIELD_NAMES.join(', ')}.`,
    );
  }
  return parsed.fields;
}

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!/^\d+$/.test(value) || jobs < 1)
    throw new InvalidArgumentError('Expected a whole number ≥ 1.');
  return jobs;
}

/**
 * Parse `argv` (the arguments after the program name). Help and version go to `out`,
 * errors to `err`.
 *
 * @example
 * ```ts
 * parseArguments(['--format', 'csv', 'a.txt'], write, write);
 * // { options: { files: ['a.txt'], format: 'csv', fields: [...CSV_DEFAULT_FIELDS], … } }
 * ```
 */
export function parseArguments(
  argv: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
): Parsed {
  const program = new Command('paper-listing')
    .description(
      'Parse Hugging Face paper-listing captures into one record per paper: JSON lines, a JSON array, CSV or Parquet.\nWith no files, or with -, reads stdin.',
    )
    .argument('[files...]', 'captures to read (JSONL files with --input jsonl); - is stdin')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['jsonl', 'json', 'csv', 'parquet'])
        .default('jsonl'),
    )
    .option(
      '--fields <list>',
      `fields to write, comma-separated, any format (default: every field; for csv ${CSV_DEFAULT_FIELDS.join(',')}); names: ${FIELD_NAMES.join(', ')}`,
      parseFields,
    )
    .option('--raw', 'add rawTitle and rawAbstract, the exact source text')
    .option('--explain', 'add "fixes": what normalization changed, where')
    .addOption(
      new Option('--input <kind>', 'files: each file is a capture; jsonl: each line is one')
        .choices(['files', 'jsonl'])
        .default('files'),
    )
    .option('--text-field <name>', 'with --input jsonl: the field holding the capture', 'text')
    .option('--id-field <name>', "with --input jsonl: the field naming it (records' source)")
    .addOption(
      new Option('--input-format <format>', 'input layout')
        .choices(['auto', 'text', 'markdown', 'bare-urls', 'reflinks', 'html', 'hub-json'])
        .default('auto'),
    )
    .option(
      '--reference-date <YYYY-MM-DD>',
      'resolve yearless dates ("Mar 11") against this day (default: each capture\'s own date, if it has one)',
      parseDate,
    )
    .option('--no-normalize', 'keep LaTeX/HTML artifacts; only collapse whitespace')
    .option(
      '--merge',
      'merge papers across all inputs (by arXiv id, else title); written at the end',
    )
    .option('--dedupe', 'merge repeated papers within each input')
    .option(
      '--jobs <n>',
      `parse this many inputs at once, on worker threads (default: ${availableParallelism()}, the cores, once the inputs pass 8 MB)`,
      parseJobs,
    )
    .option('--strict', 'stop at the first error diagnostic, exit 1')
    .addOption(
      new Option(
        '--fail-on <severity>',
        'exit 1 at the end if any diagnostic this bad was met',
      ).choices(['error', 'warning']),
    )
    .option('--summary', 'print the one-line summary even when stderr is not a terminal')
    .option('--quiet', 'print no diagnostics, progress or summary (read failures still print)')
    .version(packageJson.version, '--version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .addHelpText('after', HELP_AFTER)
    .showHelpAfterError('(paper-listing --help shows the options)')
    .exitOverride()
    .configureOutput({ writeOut: out, writeErr: err });
  try {
    program.parse([...argv], { from: 'user' });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version')
      return { exit: EXIT_OK };
    return { exit: EXIT_USAGE };
  }
  const opts = program.opts<{
    format: OutputFormat;
    fields?: FieldName[];
    raw?: boolean;
    explain?: boolean;
    input: 'files' | 'jsonl';
    textField: string;
    idField?: string;
    inputFormat: InputFormat;
    referenceDate?: string;
    normalize: boolean;
    merge?: boolean;
    dedupe?: boolean;
    jobs?: number;
    strict?: boolean;
    failOn?: 'error' | 'warning';
    summary?: boolean;
    quiet?: boolean;
  }>();
  const usage = (message: string): Parsed => {
    err(`error: ${message}\n(paper-listing --help shows the options)\n`);
    return { exit: EXIT_USAGE };
  };
  if (
    opts.input !== 'jsonl' &&
    (program.getOptionValueSource('textField') === 'cli' || opts.idField !== undefined)
  ) {
    return usage('--text-field and --id-field apply to --input jsonl only');
  }
  const files = program.args.length === 0 ? ['-'] : program.args;
  return {
    options: {
      files,
      format: opts.format,
      fields: chooseFields(opts.fields, opts.format, {
        raw: opts.raw === true,
        explain: opts.explain === true,
      }),
      input: opts.input,
      textField: opts.textField,
      ...(opts.idField === undefined ? {} : { idField: opts.idField }),
      inputFormat: opts.inputFormat,
      ...(opts.referenceDate === undefined ? {} : { referenceDate: opts.referenceDate }),
      normalize: opts.normalize,
      merge: opts.merge === true,
      dedupe: opts.dedupe === true,
      strict: opts.strict === true,
      quiet: opts.quiet === true,
      summary: opts.summary === true,
      ...(opts.failOn === undefined ? {} : { failOn: opts.failOn }),
      jobs: opts.jobs ?? availableParallelism(),
      jobsGiven: opts.jobs !== undefined,
    },
  };
}
