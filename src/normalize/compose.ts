/**
 * Composing the fixes of two passes. The engine runs passes until nothing changes
 * (a repair can expose another: `2\textbf{}times` becomes `2times`, then `2×`);
 * this maps the later pass's fixes, whose offsets are into the earlier output, back
 * to the input, so every fix still slices back to its `before`.
 *
 * @module
 */
import type { Fix } from '../schema.js';

/** A pass-one fix with where its replacement sits in the pass-one output. */
interface Placed {
  readonly fix: Fix;
  readonly outStart: number;
  readonly outEnd: number;
}

/**
 * Fixes from `input` to the output of a second pass, given the first pass's `first`
 * (offsets into `input`, output `middle`) and the second pass's `second` (offsets
 * into `middle`). Where a second-pass fix touches a first-pass replacement, the two
 * merge into one fix over the input (credited to the later rule).
 *
 * @example
 * ```ts
 * // "p \textbf{leq} 3": pass one drops the macro, pass two sees "p leq 3".
 * compose(input, textStyleFixes, 'p leq 3', [{ rule: 'math-words', start: 2, end: 5, … }]);
 * // → the text-style fixes and { rule: 'math-words', start: 10, end: 13, before: 'leq', after: '≤' }
 * ```
 */
export function compose(
  input: string,
  first: readonly Fix[],
  middle: string,
  second: readonly Fix[],
): Fix[] {
  const placed: Placed[] = [];
  let shift = 0;
  for (const fix of first) {
    const outStart = fix.start + shift;
    placed.push({ fix, outStart, outEnd: outStart + fix.after.length });
    shift += fix.after.length - (fix.end - fix.start);
  }
  // Input ranges of the second-pass fixes, widened over the replacements they touch,
  // then merged where they overlap. Offsets only grow, so the maps are cursors and
  // the whole composition stays linear.
  const toInputStart = cursor(placed, 'start');
  const toInputEnd = cursor(placed, 'end');
  const ranges: { start: number; end: number; rule: string; members: Fix[] }[] = [];
  for (const fix of second) {
    const start = toInputStart(fix.start);
    const end = Math.max(start, toInputEnd(fix.end));
    const last = ranges[ranges.length - 1];
    if (last !== undefined && start < last.end) {
      last.end = Math.max(last.end, end);
      last.members.push(fix);
    } else ranges.push({ start, end, rule: fix.rule, members: [fix] });
  }
  const startToMiddle = middleCursor(placed, 'start');
  const endToMiddle = middleCursor(placed, 'end');
  const out: Fix[] = [];
  let next = 0;
  for (const range of ranges) {
    // First-pass fixes wholly before the range stay; those inside it merge into it
    // (ranges were widened over every replacement they touch, so none straddles).
    // An insertion at the range's start is inside it when the range's first fix reads
    // the inserted text (`$sim$`: `\` put back, then `\sim` → `∼`), so the test is made
    // where both live, in the middle text.
    const first = range.members[0] as Fix;
    while (
      next < placed.length &&
      (placed[next] as Placed).fix.end <= range.start &&
      (placed[next] as Placed).outEnd <= first.start
    ) {
      out.push((placed[next] as Placed).fix);
      next++;
    }
    while (next < placed.length && (placed[next] as Placed).fix.start < range.end) next++;
    const outStart = Math.min(startToMiddle(range.start), first.start);
    const outEnd = endToMiddle(range.end);
    let after = '';
    let at = outStart;
    for (const member of range.members) {
      after += middle.slice(at, member.start) + member.after;
      at = member.end;
    }
    after += middle.slice(at, outEnd);
    const before = input.slice(range.start, range.end);
    if (after !== before) {
      out.push({ rule: range.rule, start: range.start, end: range.end, before, after });
    }
  }
  for (; next < placed.length; next++) out.push((placed[next] as Placed).fix);
  return out;
}

/**
 * Maps nondecreasing middle-text offsets to input offsets. An offset inside a
 * replacement maps to the replacement's start (`side` "start") or end ("end"); an
 * emptied replacement (a deletion) at the offset counts as before a start and after
 * an end, so a fix next to a deletion does not swallow it.
 */
function cursor(placed: readonly Placed[], side: 'start' | 'end'): (at: number) => number {
  let index = 0;
  let shift = 0;
  return (at) => {
    while (index < placed.length) {
      const { fix, outStart, outEnd } = placed[index] as Placed;
      if (side === 'start') {
        if (outStart > at) break;
        if (at < outEnd) return fix.start;
      } else {
        if (outEnd >= at && outStart < at) return fix.end;
        if (outEnd >= at) break;
      }
      shift = fix.end - outEnd;
      index++;
    }
    return at + shift;
  };
}

/**
 * Maps nondecreasing input offsets (at fix boundaries or in unchanged text) to the
 * middle text. An insertion (a fix with empty `before`) at the offset counts as before
 * a start and after an end: it stays a fix of its own, outside the merged range.
 */
function middleCursor(placed: readonly Placed[], side: 'start' | 'end'): (at: number) => number {
  let index = 0;
  let shift = 0;
  return (at) => {
    while (index < placed.length) {
      const { fix, outEnd } = placed[index] as Placed;
      if (fix.end > at) break;
      if (side === 'end' && fix.end === at && fix.start === at) break;
      shift = outEnd - fix.end;
      index++;
    }
    return at + shift;
  };
}
