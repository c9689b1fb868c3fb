/**
 * Diagnostics are data: a closed union of codes, a severity per code, a position.
 * Strict mode is a thin layer that throws {@link ListingParseError} at the first error.
 *
 * @module
 */
import type { Diagnostic, DiagnosticCode, Position, Severity } from './schema.js';

/** The severity of each code: one table, so the docs and the code agree. */
export const SEVERITY: Readonly<Record<DiagnosticCode, Severity>> = {
  'missing-abstract': 'warning',
  'incomplete-footer': 'warning',
  'conflicting-title': 'warning',
  'orphan-abstract': 'error',
  'unrecognized-line': 'error',
  'unexpected-footer': 'error',
  'invalid-date': 'error',
  'unknown-block': 'error',
  'unsupported-layout': 'error',
  'input-too-long': 'error',
  'block-too-large': 'error',
  'binary-input': 'error',
  'mismatched-link': 'warning',
  'glued-page': 'warning',
  'mojibake-repaired': 'warning',
  'decoded-windows-1252': 'warning',
  'invalid-json': 'error',
  'invalid-entry': 'error',
  'invalid-field': 'warning',
  'no-paper-data': 'error',
  'rendered-cards-only': 'warning',
  'cards-data-mismatch': 'warning',
  'markdown-cut': 'warning',
  'markdown-not-parsed': 'warning',
};

/**
 * Build a diagnostic with the code's severity.
 *
 * @example
 * ```ts
 * diagnostic('missing-abstract', 'Title has no abstract', position);
 * // → { code: 'missing-abstract', severity: 'warning', message: 'Title has no abstract', position }
 * ```
 */
export function diagnostic(code: DiagnosticCode, message: string, position: Position): Diagnostic {
  return { code, severity: SEVERITY[code], message, position };
}

/** Quote a line for a message: short, on one line. `quote('abc')` → `"abc"`. */
export function quote(text: string, max = 60): string {
  const oneLine = text.replace(/[\r\n]+/g, ' ');
  return JSON.stringify(oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine);
}

/**
 * Thrown by `parseListing(text, { strict: true })` at the first error-level
 * diagnostic. Carries the diagnostic's code and position, and an excerpt of the
 * source line with a caret under the offending column.
 *
 * @example
 * ```ts
 * try {
 *   parseListing('Mar 11\n\n-----\n', { strict: true });
 * } catch (error) {
 *   if (error instanceof ListingParseError) console.error(error.code, error.excerpt);
 * }
 * ```
 */
export class ListingParseError extends Error {
  override readonly name = 'ListingParseError';
  readonly code: DiagnosticCode;
  readonly position: Position;
  readonly diagnostic: Diagnostic;
  /** The offending source line and a caret under its column. */
  readonly excerpt: string;

  /**
   * `paper-listing` and `paper-listing/node` are separate bundles, each with its own copy
   * of this class; recognise an instance from either by its shape, not by its prototype.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return (
      value instanceof Error &&
      value.name === 'ListingParseError' &&
      'diagnostic' in value &&
      'code' in value
    );
  }

  constructor(found: Diagnostic, source?: string) {
    const excerpt = source === undefined ? '' : excerptAt(source, found.position);
    const { line, column } = found.position.start;
    super(`${found.code} at ${line}:${column}: ${found.message}${excerpt ? `\n${excerpt}` : ''}`);
    this.code = found.code;
    this.position = found.position;
    this.diagnostic = found;
    this.excerpt = excerpt;
  }
}

/**
 * The source line holding `position.start`, cut to 80 columns around it, with a caret.
 *
 * @example
 * ```ts
 * excerptAt('ab\ncd-x', { start: { line: 2, column: 3, offset: 5 }, end: … });
 * // 'cd-x\n  ^'
 * ```
 */
export function excerptAt(source: string, position: Position): string {
  const at = Math.min(position.start.offset, source.length);
  let lineStart = at;
  while (lineStart > 0 && source[lineStart - 1] !== '\n' && source[lineStart - 1] !== '\r') {
    lineStart--;
  }
  let lineEnd = at;
  while (lineEnd < source.length && source[lineEnd] !== '\n' && source[lineEnd] !== '\r') {
    lineEnd++;
  }
  const from = Math.max(lineStart, at - 40);
  const to = Math.min(lineEnd, from + 80);
  const prefix = from > lineStart ? '…' : '';
  const suffix = to < lineEnd ? '…' : '';
  const text = `${prefix}${source.slice(from, to)}${suffix}`;
  return `${text}\n${' '.repeat(prefix.length + at - from)}^`;
}
