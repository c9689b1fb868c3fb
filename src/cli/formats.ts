/**
 * Output formats. Each turns papers into text one at a time, so output streams: JSON
 * opens its array with the first paper and closes it at the end.
 *
 * @module
 */
import { stringify } from 'csv-stringify/sync';
import { FIELDS, type SourcedPaper } from './fields.js';
import { toJson } from './json.js';

/** `--format` values. */
export type OutputFormat = 'jsonl' | 'json' | 'csv';

/** Text for each paper, and for the end of output. */
export interface Formatter {
  paper(paper: SourcedPaper): string;
  end(): string;
}

/**
 * Create the formatter for `format`; `fields` are the CSV columns.
 *
 * @example
 * ```ts
 * const json = createFormatter('json', []);
 * json.paper(a) + json.paper(b) + json.end(); // '[\n{…},\n{…}\n]\n'
 * ```
 */
export function createFormatter(format: OutputFormat, fields: readonly string[]): Formatter {
  let count = 0;
  switch (format) {
    case 'jsonl':
      return { paper: (paper) => `${toJson(paper)}\n`, end: () => '' };
    case 'json':
      return {
        paper: (paper) => `${count++ === 0 ? '[\n' : ',\n'}${toJson(paper)}`,
        end: () => (count === 0 ? '[]\n' : '\n]\n'),
      };
    case 'csv': {
      const columns = fields.map((name) => FIELDS[name] ?? (() => undefined));
      const header = (): string => stringify([fields]);
      return {
        paper(paper) {
          const row = stringify([columns.map((read) => read(paper) ?? '')]);
          return count++ === 0 ? header() + row : row;
        },
        end: () => (count === 0 ? header() : ''),
      };
    }
  }
}
