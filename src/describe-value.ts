/**
 * Error messages that say what was passed instead of a string.
 *
 * @module
 */

/**
 * Name a value for an error message: its type, and its constructor for objects.
 *
 * @example
 * ```ts
 * describeValue(null); // 'null'
 * describeValue(Buffer.from('x')); // 'an object (Buffer)'
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') {
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === 'string' && name !== 'Object' ? `an object (${name})` : 'an object';
  }
  return typeof value;
}
