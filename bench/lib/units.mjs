/**
 * Units the bench reports in: MB is 10⁶ bytes of UTF-8 input (throughput), MiB is
 * 2²⁰ bytes (memory and the hostile inputs' sizes).
 *
 * @module
 */
import { loadavg } from 'node:os';

export const MB = 1e6;
export const MiB = 1024 * 1024;

/**
 * A string's size in UTF-8 bytes.
 *
 * @example
 * ```js
 * utf8('é'); // 2
 * ```
 */
export function utf8(text) {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Milliseconds per MiB.
 *
 * @example
 * ```js
 * perMB(8, 4 * 1024 * 1024); // 2
 * ```
 */
export function perMB(ms, bytes) {
  return ms / (bytes / MiB);
}

/**
 * The machine's load averages (1, 5, 15 minutes), for the report's header: a busy
 * machine explains slow figures.
 *
 * @example
 * ```js
 * loadAverage(); // '2.94 2.00 1.92'
 * ```
 */
export function loadAverage() {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}
