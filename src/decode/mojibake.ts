/**
 * Mojibake: UTF-8 text that was decoded once as Windows-1252, so `•` reads `â€¢`, `·`
 * reads `Â·` and `Let’s` reads `Letâ€™s`. As ftfy does, each suspicious sequence is
 * encoded back to its bytes and decoded as UTF-8, and kept only when that gives one
 * valid character: text that merely contains `Ã` or `â` is left alone. A capture is
 * repaired only when its first kilobytes show the signature more than once.
 *
 * @module
 */
import { windows1252Byte } from './windows-1252.js';

/** What a repair gives: the text, and where each of its characters came from. */
export interface Repaired {
  readonly text: string;
  /** Index in `text` → index in the text that was repaired. */
  readonly sourceIndex: (index: number) => number;
  /** How many sequences were repaired. */
  readonly count: number;
}

const STRICT = new TextDecoder('utf-8', { fatal: true });
/** Sequences in a sample that make a capture count as mojibake. */
const MIN_SEQUENCES = 2;

/**
 * How many repairable sequences `text` holds.
 *
 * @example
 * ```ts
 * countMojibake('â€¢ 5 authors Â· Letâ€™s'); // 3
 * countMojibake('Ångström, São Paulo');      // 0
 * ```
 */
export function countMojibake(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const length = sequenceAt(text, i);
    if (length > 0) {
      count++;
      i += length - 1;
    }
  }
  return count;
}

/**
 * Whether a sample of a capture shows mojibake enough to repair it.
 *
 * @example
 * ```ts
 * looksLikeMojibake('â€¢ 5 authors\nÂ·\n'); // true
 * ```
 */
export function looksLikeMojibake(sample: string): boolean {
  return countMojibake(sample) >= MIN_SEQUENCES;
}

/**
 * Repair the mojibake in `text`, or `undefined` when there is none.
 *
 * @example
 * ```ts
 * repairMojibake('Letâ€™s see')?.text; // 'Let’s see'
 * repairMojibake('Let’s see');         // undefined
 * ```
 */
export function repairMojibake(text: string): Repaired | undefined {
  let out = '';
  let from = 0;
  // Per repair: where its characters start in the output, where its sequence starts in
  // the source, and both lengths.
  const marks: number[] = [];
  const sources: number[] = [];
  const fixedLengths: number[] = [];
  const sourceLengths: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const length = sequenceAt(text, i);
    if (length === 0) continue;
    const fixed = decodeSequence(text, i, length);
    out += text.slice(from, i);
    marks.push(out.length);
    sources.push(i);
    fixedLengths.push(fixed.length);
    sourceLengths.push(length);
    out += fixed;
    from = i + length;
    i += length - 1;
  }
  if (marks.length === 0) return undefined;
  out += text.slice(from);
  return {
    text: out,
    count: marks.length,
    sourceIndex(index) {
      let low = -1;
      let high = marks.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((marks[middle] as number) <= index) low = middle;
        else high = middle - 1;
      }
      if (low === -1) return index;
      const into = index - (marks[low] as number);
      const fixed = fixedLengths[low] as number;
      const source = sources[low] as number;
      if (into < fixed) return source;
      return source + (sourceLengths[low] as number) + (into - fixed);
    },
  };
}

/** The length of a repairable sequence at `i` (2 to 4), or 0. */
function sequenceAt(text: string, i: number): number {
  const lead = windows1252Byte(text.charCodeAt(i));
  let length: number;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) length = 3;
  else if (lead >= 0xf0 && lead <= 0xf4) length = 4;
  else return 0;
  if (i + length > text.length) return 0;
  for (let k = 1; k < length; k++) {
    const byte = windows1252Byte(text.charCodeAt(i + k));
    if (byte < 0x80 || byte > 0xbf) return 0;
  }
  return decodeSequence(text, i, length).length > 0 ? length : 0;
}

/** The UTF-8 decoding of the sequence's bytes, or `''` when they are not valid UTF-8. */
function decodeSequence(text: string, i: number, length: number): string {
  const bytes = new Uint8Array(length);
  for (let k = 0; k < length; k++) bytes[k] = windows1252Byte(text.charCodeAt(i + k));
  try {
    return STRICT.decode(bytes);
  } catch {
    return '';
  }
}
