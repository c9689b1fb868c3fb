/**
 * CSV cells and rows, RFC 4180: a cell is quoted when it holds a comma, a quote or a
 * line break, and `arxivId` always, so a reader that honours quotes keeps `2207.06220` as
 * text (most still guess a number: see docs/cli.md for the reader options).
 *
 * @module
 */
import type { FieldKind } from './fields.js';

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One value as CSV cell text (unquoted): `null` is empty, lists and `fixes` are JSON.
 *
 * @example
 * ```ts
 * cellText(['https://a', 'https://b'], 'list'); // '["https://a","https://b"]'
 * cellText(null, 'count'); // ''
 * ```
 */
export function cellText(value: unknown, kind: FieldKind): string {
  if (value === null || value === undefined) return '';
  if (kind === 'list' || kind === 'nullable-list' || kind === 'json') return JSON.stringify(value);
  return String(value);
}

/**
 * A row: cells joined by commas, quoted where needed (or always, for `quoted` cells
 * that are not empty), ending in `\n`.
 *
 * @example
 * ```ts
 * csvRow(['a,b', '2207.06220', ''], [false, true, true]); // '"a,b","2207.06220",\n'
 * ```
 */
export function csvRow(cells: readonly string[], quoted: readonly boolean[]): string {
  let row = '';
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index] as string;
    if (index > 0) row += ',';
    row +=
      (quoted[index] === true && cell !== '') || NEEDS_QUOTES.test(cell)
        ? `"${cell.replaceAll('"', '""')}"`
        : cell;
  }
  return `${row}\n`;
}
