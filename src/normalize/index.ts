/**
 * Artifact normalization (placeholder until the rule registry lands): returns the
 * text unchanged and no fixes.
 *
 * @module
 */
import type { Fix } from '../schema.js';

/** Options for {@link normalizeText} and {@link explainNormalization}. */
export interface NormalizeOptions {
  /** Turn rules on (`true`) or off (`false`) by name. */
  readonly rules?: Readonly<Record<string, boolean>>;
  /** Replacement text for unknown macros, by name without the backslash. */
  readonly macros?: Readonly<Record<string, string>>;
}

/** What {@link explainNormalization} returns. */
export interface Explanation {
  readonly text: string;
  readonly fixes: Fix[];
}

/**
 * Normalize and explain.
 *
 * @example
 * ```ts
 * explainNormalization('clean text'); // { text: 'clean text', fixes: [] }
 * ```
 */
export function explainNormalization(text: string, _options?: NormalizeOptions): Explanation {
  return { text, fixes: [] };
}

/**
 * Normalize text.
 *
 * @example
 * ```ts
 * normalizeText('clean text'); // 'clean text'
 * ```
 */
export function normalizeText(text: string, options?: NormalizeOptions): string {
  return explainNormalization(text, options).text;
}
