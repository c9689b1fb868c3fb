/**
 * Artifact normalization: repairs what flattening arXiv LaTeX and HTML to text leaves
 * in titles and abstracts (`2.44times`, `na\"ive`, `\textbf{D}irect`, `x2013`, …).
 * Each repair is a small named rule in `rules/`; `engine.ts` runs them in one pass.
 *
 * @module
 */
import { describeValue } from '../describe-value.js';
import type { Fix } from '../schema.js';
import { type Recording, run } from './engine.js';
import type { UnknownMacro } from './types.js';

export { RULE_DEFAULTS, RULE_NAMES } from './registry.js';
export type { UnknownMacro } from './types.js';

/**
 * Options for {@link normalizeText} and {@link explainNormalization}.
 *
 * @example
 * ```ts
 * const options: NormalizeOptions = { rules: { tie: false }, macros: { model: 'KDiT' } };
 * normalizeText('we introduce \\model, at~https://x.io', options); // 'we introduce KDiT, at~https://x.io'
 * ```
 */
export interface NormalizeOptions {
  /**
   * Turn rules on (`true`) or off (`false`) by name; unnamed rules keep their default
   * (`RULE_DEFAULTS`): every rule is on except `dashes` (`--` → `–`), which is off.
   */
  readonly rules?: Readonly<Record<string, boolean>>;
  /** Replacement text for unknown macros, by name without the backslash. */
  readonly macros?: Readonly<Record<string, string>>;
}

/**
 * What {@link explainNormalization} returns.
 *
 * @example
 * ```ts
 * const explained: Explanation = explainNormalization('na\\"ive \\model');
 * // { text: 'naïve \\model',
 * //   fixes: [{ rule: 'accents', start: 2, end: 5, before: '\\"i', after: 'ï' }],
 * //   unknownMacros: [{ name: 'model', start: 8, end: 14 }] }
 * ```
 */
export interface Explanation {
  /** The normalized text. */
  readonly text: string;
  /** Every change, in input order, with offsets into the input. */
  readonly fixes: Fix[];
  /** Macros no rule knows, kept as written: supply them through `options.macros`. */
  readonly unknownMacros: UnknownMacro[];
}

/**
 * Normalize and explain: the text, each fix with its input offsets, and the unknown
 * macros.
 *
 * @example
 * ```ts
 * explainNormalization('2.44times faster');
 * // { text: '2.44× faster',
 * //   fixes: [{ rule: 'times', start: 4, end: 9, before: 'times', after: '×' }],
 * //   unknownMacros: [] }
 * ```
 */
export function explainNormalization(text: string, options?: NormalizeOptions): Explanation {
  checkText(text, 'explainNormalization');
  const record: Recording = { fixes: [], unknownMacros: [] };
  const normalized = run(text, options?.rules, checkedMacros(options?.macros), record);
  return { text: normalized, fixes: record.fixes, unknownMacros: record.unknownMacros };
}

/**
 * Normalize text. Text that needs nothing comes back as the same string.
 *
 * @example
 * ```ts
 * normalizeText('a na\\"ive 45\\% gain'); // 'a naïve 45% gain'
 * ```
 */
export function normalizeText(text: string, options?: NormalizeOptions): string {
  checkText(text, 'normalizeText');
  return run(text, options?.rules, checkedMacros(options?.macros));
}

/**
 * A programming error named as the other entry points name it: `text` must be a string.
 *
 * @example
 * ```ts
 * checkText(undefined, 'normalizeText'); // TypeError: normalizeText expects a string, got undefined
 * ```
 */
function checkText(text: unknown, name: string): void {
  if (typeof text !== 'string') {
    throw new TypeError(`${name} expects a string, got ${describeValue(text)}`);
  }
}

/**
 * `options.macros` checked: an object or nothing (a string would be a programming error).
 *
 * @example
 * ```ts
 * checkedMacros({ model: 'KDiT' }); // { model: 'KDiT' }
 * ```
 */
function checkedMacros(
  macros: Readonly<Record<string, string>> | undefined,
): Readonly<Record<string, string>> | undefined {
  if (macros === undefined) return undefined;
  if (typeof macros !== 'object' || macros === null) {
    throw new TypeError('options.macros must be an object of strings');
  }
  return macros;
}
