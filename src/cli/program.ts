/**
 * The command line: options, help text and usage errors, with commander. Parsing only;
 * `run.ts` does the work.
 *
 * @module
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import type { InputFormat } from '../parse/options.js';
import { DEFAULT_FIELDS, FIELDS } from './fields.js';
import type { OutputFormat } from './formats.js';

/** The options after parsing. */
export interface CliOptions {
  readonly files: readonly string[];
  readonly format: OutputFormat;
  readonly fields: readonly string[];
  readonly inputFormat: InputFormat;
  readonly referenceDate?: string;
  readonly normalize: boolean;
  readonly explain: boolean;
  readonly strict: boolean;
  readonly quiet: boolean;
}

/** Parsed options, or the exit code when parsing ended the run (help, version, usage error). */
export type Parsed = { readonly options: CliOptions } | { readonly exit: number };

/** Exit codes, as the help text documents them. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

const HELP_AFTER = `
Output goes to stdout, diagnostics to stderr as "file:line:column: severity code message".
A progress bar shows on stderr when it is a terminal and the work is large.

Exit codes:
  0  success (diagnostics may have been printed)
  1  a file could not be read, or --strict met an error
  2  usage error

Examples:
  paper-listing fixtures/*.txt > papers.jsonl
  curl -s https://example.org/listing.txt | paper-listing --reference-date 2024-12-11
  paper-listing --format csv --fields source,title,publishedAt listing.txt
  paper-listing listing.txt | jq -r .title`;

function parseDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('Expected YYYY-MM-DD.');
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError('Not a real date.');
  }
  return value;
}

function parseFields(value: string): string[] {
  const fields = value.split(',').map((field) => field.trim());
  const unknown = fields.filter((field) => !Object.hasOwn(FIELDS, field));
  if (unknown.length > 0 || fields.length === 0) {
    throw new InvalidArgumentError(
      `Unknown field ${JSON.stringify(unknown[0] ?? '')}; choose from ${Object.keys(FIELDS).join(', ')}.`,
    );
  }
  return fields;
}

/**
 * Parse `argv` (the arguments after the program name). Help and version go to `out`,
 * errors to `err`.
 *
 * @example
 * ```ts
 * parseArguments(['--format', 'csv', 'a.txt'], write, write);
 * // { options: { files: ['a.txt'], format: 'csv', fields: [...DEFAULT_FIELDS], … } }
 * ```
 */
export function parseArguments(
  argv: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
): Parsed {
  const program = new Command('paper-listing')
    .description(
      'Parse Hugging Face paper-listing captures into one JSON object (or CSV row) per paper.\nWith no files, or with -, reads stdin.',
    )
    .argument('[files...]', 'captures to read; - is stdin')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['jsonl', 'json', 'csv'])
        .default('jsonl'),
    )
    .option(
      '--fields <list>',
      `CSV columns, comma-separated (default: ${DEFAULT_FIELDS.join(',')}; also: ${Object.keys(
        FIELDS,
      )
        .filter((field) => !DEFAULT_FIELDS.includes(field))
        .join(', ')})`,
      parseFields,
    )
    .addOption(
      new Option('--input-format <format>', 'input layout')
        .choices(['auto', 'text', 'markdown', 'bare-urls', 'reflinks', 'html', 'hub-json'])
        .default('auto'),
    )
    .option(
      '--reference-date <YYYY-MM-DD>',
      'resolve yearless dates ("Mar 11") against this day',
      parseDate,
    )
    .option('--no-normalize', 'keep LaTeX/HTML artifacts; only collapse whitespace')
    .option('--explain', 'include each paper\'s "fixes" (what normalization changed, where)')
    .option('--strict', 'stop at the first error diagnostic, exit 1')
    .option('--quiet', 'print no diagnostics and no progress bar (read failures still print)')
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
    fields?: string[];
    inputFormat: CliOptions['inputFormat'];
    referenceDate?: string;
    normalize: boolean;
    explain?: boolean;
    strict?: boolean;
    quiet?: boolean;
  }>();
  if (opts.fields !== undefined && opts.format !== 'csv') {
    err('error: --fields applies to --format csv only\n');
    return { exit: EXIT_USAGE };
  }
  const files = program.args.length === 0 ? ['-'] : program.args;
  return {
    options: {
      files,
      format: opts.format,
      fields: opts.fields ?? DEFAULT_FIELDS,
      inputFormat: opts.inputFormat,
      ...(opts.referenceDate === undefined ? {} : { referenceDate: opts.referenceDate }),
      normalize: opts.normalize,
      explain: opts.explain === true,
      strict: opts.strict === true,
      quiet: opts.quiet === true,
    },
  };
}
