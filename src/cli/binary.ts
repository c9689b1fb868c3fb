/**
 * Tell a binary file from text by its first bytes, before parsing it: a NUL byte, or
 * mostly bytes that are not UTF-8.
 *
 * @module
 */

/** How many leading bytes are looked at. */
export const BINARY_SNIFF_BYTES = 8192;

/**
 * Why `head` (the first bytes of an input) looks binary, or `undefined` when it looks
 * like text. More than a third of the decoded characters being U+FFFD counts as binary,
 * so text in a legacy 8-bit encoding with a few accented letters still passes.
 *
 * @example
 * ```ts
 * binaryReason(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00)); // 'a NUL byte at 8'
 * binaryReason(new TextEncoder().encode('Mar 11\n')); // undefined
 * ```
 */
export function binaryReason(head: Uint8Array): string | undefined {
  const sample = head.subarray(0, BINARY_SNIFF_BYTES);
  const nul = sample.indexOf(0);
  if (nul !== -1) return `a NUL byte at byte ${nul}`;
  // `stream: true` keeps a sequence cut off at the sample's end from counting as invalid.
  const text = new TextDecoder('utf-8').decode(sample, { stream: true });
  let invalid = 0;
  for (let at = text.indexOf('\ufffd'); at !== -1; at = text.indexOf('\ufffd', at + 1)) invalid++;
  return invalid * 3 > text.length
    ? `${invalid} of ${text.length} characters are not UTF-8`
    : undefined;
}
