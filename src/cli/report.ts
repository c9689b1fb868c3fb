/**
 * How the CLI names problems on stderr: `file:line:column: severity code message`, the
 * shape editors and `grep` understand.
 *
 * @module
 */
import type { Diagnostic } from '../schema.js';

/**
 * One diagnostic as a line (without its newline).
 *
 * @example
 * ```ts
 * formatDiagnostic('a.txt', { code: 'unrecognized-line', severity: 'error', message: 'Line could not be placed: "-----"', position });
 * // 'a.txt:9:1: error unrecognized-line Line could not be placed: "-----"'
 * ```
 */
export function formatDiagnostic(source: string, found: Diagnostic): string {
  const { line, column } = found.position.start;
  return `${source}:${line}:${column}: ${found.severity} ${found.code} ${found.message}`;
}
