/**
 * `parseListing` options: one definition, read once, checked once.
 *
 * @module
 */

import { toReferenceDate } from '../assemble/dates.js';
import type { AssembleSettings } from '../assemble/paper.js';
import type { NormalizeOptions } from '../normalize/index.js';

/**
 * Input layouts `parseListing` reads. `'auto'` (the default) detects one of the others
 * from the first 16 KiB (see `docs/formats.md`); `'bare-urls'` is plain text with each
 * link's URL on its own line, `'reflinks'` a text-browser dump with `[text][12]` links,
 * `'html'` a saved page, `'hub-json'` the Hub's JSON (a document or JSON Lines).
 *
 * @example
 * ```ts
 * import { parseListing } from 'paper-listing';
 * parseListing('### [A Title](https://huggingface.co/papers/2401.00001)\n', { format: 'markdown' });
 * ```
 */
export type InputFormat =
  | 'auto'
  | 'text'
  | 'markdown'
  | 'bare-urls'
  | 'reflinks'
  | 'html'
  | 'hub-json';

const FORMATS: ReadonlySet<string> = new Set([
  'auto',
  'text',
  'markdown',
  'bare-urls',
  'reflinks',
  'html',
  'hub-json',
]);

/**
 * Options for `parseListing` and `parseListingStream`.
 *
 * @example
 * ```ts
 * import { parseListing } from 'paper-listing';
 * const listing = parseListing('Mar 11\n', { referenceDate: '2025-03-12', normalize: false });
 * listing.date; // → { year: 2025, month: 3, day: 11 }
 * ```
 */
export interface ParseOptions {
  /**
   * Year source for dates printed without one (`Mar 11`): a `Date` (its local calendar day) or
   * `YYYY-MM-DD`. Such a date takes this year, or the year before when that would put
   * it after the reference date. Without it, those dates stay yearless.
   */
  referenceDate?: Date | string;
  /** Throw `ListingParseError` at the first error-level diagnostic. Default `false`. */
  strict?: boolean;
  /**
   * Repair arXiv-style artifacts in titles and abstracts. `true` (default) runs every
   * rule; an object picks rules and macros; `false` only collapses whitespace.
   */
  normalize?: boolean | NormalizeOptions;
  /**
   * Longest input, in UTF-16 code units, that is parsed. Beyond it the parser returns
   * an `input-too-long` diagnostic instead of papers. Default {@link DEFAULT_MAX_INPUT_LENGTH}.
   */
  maxInputLength?: number;
  /** The capture's layout; default `'auto'`. */
  format?: InputFormat;
  /**
   * Drop copies of a card (same arXiv id, else same title). `'adjacent'` (the default)
   * drops a card repeated right after itself in the same section, as some extractors
   * print every Trending card twice; `true` drops any paper seen before in the input;
   * `false` keeps every card. The kept paper takes fields only its copy had; the copy is
   * listed in `chrome` (its raw title and position), so nothing vanishes.
   */
  dedupe?: boolean | 'adjacent';
}

/**
 * 256 Mi code units: far above any real capture, well below exhausting memory.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_INPUT_LENGTH, parseListing } from 'paper-listing';
 * DEFAULT_MAX_INPUT_LENGTH; // → 268435456
 * parseListing('Mar 11\n', { maxInputLength: 3 }).diagnostics[0]?.code; // → 'input-too-long'
 * ```
 */
export const DEFAULT_MAX_INPUT_LENGTH = 256 * 1024 * 1024;

/** Options after checking. */
export interface ResolvedOptions {
  readonly settings: AssembleSettings;
  readonly strict: boolean;
  readonly maxInputLength: number;
  readonly format: InputFormat;
  readonly dedupe: false | 'adjacent' | 'all';
}

/**
 * Check and resolve options. A wrong option is a programming error: `TypeError`.
 *
 * @example
 * ```ts
 * resolveOptions({ referenceDate: '2024-12-11' }).settings.reference; // { year: 2024, month: 12, day: 11 }
 * ```
 */
export function resolveOptions(options: ParseOptions | undefined): ResolvedOptions {
  if (options === undefined || options === null) {
    return {
      settings: { normalize: {} },
      strict: false,
      maxInputLength: DEFAULT_MAX_INPUT_LENGTH,
      format: 'auto',
      dedupe: 'adjacent',
    };
  }
  if (typeof options !== 'object') {
    throw new TypeError(`options must be an object, got ${typeof options}`);
  }
  const {
    normalize = true,
    strict = false,
    maxInputLength = DEFAULT_MAX_INPUT_LENGTH,
    format = 'auto',
    dedupe = 'adjacent',
  } = options;
  if (typeof format !== 'string' || !FORMATS.has(format)) {
    throw new TypeError(`options.format must be one of ${[...FORMATS].join(', ')}`);
  }
  if (typeof dedupe !== 'boolean' && dedupe !== 'adjacent') {
    throw new TypeError("options.dedupe must be a boolean or 'adjacent'");
  }
  if (typeof strict !== 'boolean') throw new TypeError('options.strict must be a boolean');
  if (typeof maxInputLength !== 'number' || !(maxInputLength >= 0)) {
    throw new TypeError('options.maxInputLength must be a non-negative number');
  }
  if (typeof normalize !== 'boolean' && (typeof normalize !== 'object' || normalize === null)) {
    throw new TypeError('options.normalize must be a boolean or an object');
  }
  const settings: AssembleSettings = {
    normalize: normalize === true ? {} : normalize,
    ...(options.referenceDate === undefined
      ? {}
      : { reference: toReferenceDate(options.referenceDate) }),
  };
  return { settings, strict, maxInputLength, format, dedupe: dedupe === true ? 'all' : dedupe };
}
