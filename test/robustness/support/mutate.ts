/**
 * Mutations of the real captures, as fast-check arbitraries so failures shrink to a
 * short list of edits: delete, duplicate or swap lines, truncate a line, mix line
 * endings, cut the file anywhere, splice two captures together.
 *
 * @module
 */
import fc from 'fast-check';
import { readFixture, TEXT_FIXTURE_NAMES } from '../../support/fixtures.js';

/** One edit of a capture's lines. Indexes are taken modulo the current line count. */
export type Mutation =
  | { readonly type: 'delete'; readonly at: number; readonly count: number }
  | { readonly type: 'duplicate'; readonly at: number }
  | { readonly type: 'swap'; readonly at: number; readonly with: number }
  | { readonly type: 'truncate'; readonly at: number; readonly keep: number }
  | { readonly type: 'splice'; readonly at: number; readonly other: number; readonly from: number };

/** A mutated capture: which fixture, which line edits, how lines end, where the file is cut. */
export interface MutationPlan {
  readonly fixture: number;
  readonly mutations: readonly Mutation[];
  /** Line endings, cycled: `['\n']` keeps the original, a mix mixes them. */
  readonly endings: readonly string[];
  /** Keep this fraction of the final text (1 keeps it whole). */
  readonly cut: number;
}

/**
 * A mutator over some captures: an arbitrary of plans and the text each plan gives.
 *
 * @example
 * ```ts
 * const { plan, text } = mutatorOf([readFixture('000_444d491a8cf7bda0.txt')]);
 * fc.sample(plan, 1).map(text); // one mutated capture
 * ```
 */
export function mutatorOf(captures: readonly string[]): {
  plan: fc.Arbitrary<MutationPlan>;
  text: (plan: MutationPlan) => string;
} {
  const files = captures.map((capture) => capture.split('\n'));
  const last = files.length - 1;
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({
      type: fc.constant('delete' as const),
      at: fc.nat(),
      count: fc.integer({ min: 1, max: 4 }),
    }),
    fc.record({ type: fc.constant('duplicate' as const), at: fc.nat() }),
    fc.record({ type: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
    fc.record({ type: fc.constant('truncate' as const), at: fc.nat(), keep: fc.nat() }),
    fc.record({
      type: fc.constant('splice' as const),
      at: fc.nat(),
      other: fc.nat({ max: last }),
      from: fc.nat(),
    }),
  );
  const plan: fc.Arbitrary<MutationPlan> = fc.record({
    fixture: fc.nat({ max: last }),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }),
    endings: fc.oneof(
      { arbitrary: fc.constant(['\n']), weight: 3 },
      {
        arbitrary: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 5 }),
        weight: 1,
      },
    ),
    cut: fc.oneof(
      { arbitrary: fc.constant(1), weight: 3 },
      { arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 1 },
    ),
  });

  function apply(lines: string[], edit: Mutation): string[] {
    if (lines.length === 0) return lines;
    const at = edit.at % lines.length;
    const line = lines[at] ?? '';
    switch (edit.type) {
      case 'delete':
        return [...lines.slice(0, at), ...lines.slice(at + edit.count)];
      case 'duplicate':
        return [...lines.slice(0, at + 1), line, ...lines.slice(at + 1)];
      case 'swap': {
        const other = edit.with % lines.length;
        const copy = [...lines];
        copy[at] = lines[other] ?? '';
        copy[other] = line;
        return copy;
      }
      case 'truncate':
        return [
          ...lines.slice(0, at),
          line.slice(0, line.length === 0 ? 0 : edit.keep % line.length),
          ...lines.slice(at + 1),
        ];
      case 'splice': {
        const other = files[edit.other] ?? [];
        return [...lines.slice(0, at), ...other.slice(edit.from % Math.max(other.length, 1))];
      }
    }
  }

  function text(chosen: MutationPlan): string {
    let lines = files[chosen.fixture] ?? [];
    for (const edit of chosen.mutations) lines = apply(lines, edit);
    const endings = chosen.endings.length === 0 ? ['\n'] : chosen.endings;
    let result = '';
    for (const [index, line] of lines.entries()) {
      result += index === lines.length - 1 ? line : `${line}${endings[index % endings.length]}`;
    }
    return chosen.cut >= 1 ? result : result.slice(0, Math.floor(result.length * chosen.cut));
  }

  return { plan, text };
}

/** The mutator over the four plain-text captures. */
export const TEXT_MUTATOR = mutatorOf(TEXT_FIXTURE_NAMES.map((name) => readFixture(name)));
