/**
 * `times`: `\times` that lost its backslash (and its `$`) becomes `×`, but only right
 * after a number: glued to it (`2.44times`, `256times256`, `(4times)`, `4timesNVIDIA`
 * before a capital), or spaced
 * between two numbers (`1024 times 1024`; not arithmetic told in words, `3 times 2.5 is
 * 7.5`); or as a word of its own glued before a
 * decimal or a power (`up to times3.23`, `times10^{-3}`); or between one-letter operands
 * inside a group (`^{dtimes r}`), or spaced between them inside a script's group
 * (`^{n times d}`); or spaced in a list beside a flattened decimal one (`2.24 times,
 * 2.10times`). `imes` after a number is `\times` whose `\t` a JSON dump turned into a
 * TAB and a page into a space (`$6.71 imes$`). "5-40 times faster", "3 to 4
 * times", "k times", "1 timestep" and `times2` are English or names and stay.
 *
 * @example
 * ```text
 * at least 2.44times faster and 256times256 → at least 2.44× faster and 256×256
 * on 4timesNVIDIA A100 and 8timesH100 GPUs → on 4×NVIDIA A100 and 8×H100 GPUs
 * scaled to 1024 times 1024 high-resolution → scaled to 1024 × 1024 high-resolution
 * DehazeXL can infer images of up to 10240 times<LF>10240 pixels, but Run it 5 times<LF>2. Then → DehazeXL can infer images of up to 10240 ×<LF>10240 pixels, but Run it 5 times<LF>2. Then
 * maximum (4times) quantization, 3-4times faster → maximum (4×) quantization, 3-4× faster
 * with just 1 timestep, runs 5-40 times faster, 3 to 4 times faster, (1.5 times lower) → with just 1 timestep, runs 5-40 times faster, 3 to 4 times faster, (1.5 times lower)
 * message is "3 times 2.5 is 7.5" and 2 times 3 = 6, but 512 times 512 pixels → message is "3 times 2.5 is 7.5" and 2 times 3 = 6, but 512 × 512 pixels
 * def retry3times(), toHaveBeenCalled3times, but ImageNet256times 256 → def retry3times(), toHaveBeenCalled3times, but ImageNet256×256
 * it can be 100timessim600times faster, 124{times} less, but 2timesapprox → it can be 100×∼600× faster, 124× less, but 2timesapprox
 * up to times3.23 faster, a rate of 5 times10^{-3}, but times2 and my_times3.5 → up to ×3.23 faster, a rate of 5 ×10^{-3}, but times2 and my_times3.5
 * a 200mtimes130m hall and a 3cmtimes4cm patch, but v2mtimes3, x_3mtimes4, 2ndtimes3, 0otimes1 and 5mtimes → a 200m×130m hall and a 3cm×4cm patch, but v2mtimes3, x_3mtimes4, 2ndtimes3, 0otimes1 and 5mtimes
 * identify mathbb{R}^{dtimes r} and {Ntimes M}, but {runtimes}, {a times b}, x^{otimes n}, {G rtimes H} and a ktimes k cell → identify ℝ^{d×r} and {N×M}, but {runtimes}, {a times b}, x^{otimes n}, {G rtimes H} and a ktimes k cell
 * W in mathbb{R}^{n times d} and x_{i times j}, but {a times b} → W ∈ ℝ^{n × d} and x_{i × j}, but {a times b}
 * speed boosts up to 2.24 times, 2.10times, and 1.25times, but 2times, 3 timesteps → speed boosts up to 2.24 ×, 2.10×, and 1.25×, but 2×, 3 timesteps
 * a drastic $6.71 imes$ speedup, $2 imes 10^5$ steps and 3.6imes faster, but the 3 imesh → a drastic 6.71× speedup, 2 × 10^5 steps and 3.6× faster, but the 3 imesh
 * retry3imes(), h264imes, frame_0001imes.png and the 2 imes with Ctrl+Space → retry3imes(), h264imes, frame_0001imes.png and the 2 imes with Ctrl+Space
 * ```
 *
 * @module
 */
import {
  isDigit,
  isLetter,
  isLower,
  isSpace,
  isUpper,
  isWordChar,
  longLineBefore,
  numberEnd,
  numberStart,
} from '../scan.js';
import { type Outcome, type Rule, single } from '../types.js';

const WORD = 'times';

export const times: Rule = {
  name: 'times',
  prefilter: {
    triggers: '0123456789{',
    // `{`: one-letter operands are read inside a group only (`^{dtimes r}`).
    anchors: ['{'],
    digitGate: (text, at) => timesAt(text, at) !== undefined,
  },
  match(text, at) {
    const code = text.charCodeAt(at);
    if (code === 0x7b) return betweenLetters(text, at);
    return isDigit(code) ? timesAt(text, at) : undefined;
  },
};

/**
 * `times` between one-letter operands inside the group opened at `open`, as a set's
 * size is flattened (`mathbb{R}^{dtimes r}`, `{Ntimes N}`). Only in a group: outside
 * one, a search for `times` would stop at every `t` of every text, and `a times b` is
 * English. `Xtimes` is no English word after a lone letter.
 *
 * @example
 * ```ts
 * betweenLetters('mathbb{R}^{dtimes r}', 11); // one hit: 'times ' → '×'
 * ```
 */
function betweenLetters(text: string, open: number): Outcome | undefined {
  // A bounded look: a text of many `{` must not search to its end from each.
  const near = text.slice(open, open + 42).indexOf('}');
  if (near < 0) return undefined;
  const close = open + near;
  // Not `\\otimes` nor, after a space, `\\rtimes`/`\\ltimes` (`rho^{otimes n}`, `G rtimes H`).
  const found =
    /(?:^|[^A-Za-z\\])(?!o|(?<= )[rl])[A-Za-z](times) ?(?:[A-Za-z0-9](?![A-Za-z])|[A-Z0-9])/.exec(
      text.slice(open + 1, close),
    );
  if (found === null) return spacedInScript(text, open, close);
  const start = open + 1 + found.index + found[0].indexOf('times');
  // TeX ends `\\times` at the space after it, and drops that space: `d×r`.
  const end = start + WORD.length + (text.charCodeAt(start + WORD.length) === 0x20 ? 1 : 0);
  return { hits: [{ start, end, text: '×' }], resume: end };
}

/**
 * `times` spaced between one-character operands inside a script's group, from `open`
 * to `close` (`mathbb{R}^{n times d}`): a script is math, where `a times b` is no
 * English. The spaces stay, as written.
 *
 * @example
 * ```ts
 * spacedInScript('R^{n times d}', 2, 12); // one hit: 'times' → '×'
 * spacedInScript('{a times b}', 0, 10); // undefined
 * ```
 */
function spacedInScript(text: string, open: number, close: number): Outcome | undefined {
  const mark = text.charCodeAt(open - 1);
  if (mark !== 0x5e && mark !== 0x5f) return undefined;
  const found = /(?:^|[^A-Za-z\\])[A-Za-z0-9] (times) [A-Za-z0-9](?![A-Za-z])/.exec(
    text.slice(open + 1, close),
  );
  if (found === null) return undefined;
  const start = open + 1 + found.index + found[0].indexOf('times');
  return single(start, start + WORD.length, '×');
}

/**
 * `times` after the number whose digit is at `at`: the rule's match, and, asked at
 * every digit, its gate (ten searches for digits beat one for `times`, whose `t` is
 * everywhere in English).
 *
 * @example
 * ```ts
 * timesAt('2.44times', 3); // { hits: [{ start: 4, end: 9, text: '×' }], resume: 9 }
 * ```
 */
function timesAt(text: string, at: number): Outcome | undefined {
  if (text.charCodeAt(at - 1) === 0x73) return timesBefore(text, at);
  // Only the last digit of a number looks ahead.
  const next = text.charCodeAt(at + 1);
  if (next === 0x74) {
    const end = at + 1 + WORD.length;
    if (!text.startsWith(WORD, at + 1)) return undefined;
    // `4timesNVIDIA`: a capital starts the next word; `1timestep` is one word.
    const after = text.charCodeAt(end);
    // `100timessim600times`: a range of multipliers, `\times\sim` flattened together.
    const chained = /^(sim|approx)\d/.exec(text.slice(end, end + 8));
    if (chained !== null) {
      const stop = end + (chained[1] as string).length;
      const sign = chained[1] === 'sim' ? '∼' : '≈';
      return {
        hits: [
          { start: at + 1, end, text: '×' },
          { start: end, end: stop, text: sign },
        ],
        resume: stop,
      };
    }
    if (isLetter(after) && !isUpper(after)) return undefined;
    // `retry3times`, `toHaveBeenCalled3times`: a small letter glued before the number makes
    // one identifier, unless a number follows (`ImageNet256times 256` is a size).
    const before = text.charCodeAt(numberStart(text, at + 1) - 1);
    const operand = after === 0x20 ? text.charCodeAt(end + 1) : after;
    if (isLower(before) && !isDigit(operand)) return undefined;
    // The space before a number glued after it is TeX's after a control word, which it
    // eats: `$1024\times 1024$` flattened, `1024times 1024` → `1024×1024`; not before
    // another multiplier (`2times 3times`, a list).
    if (after === 0x20 && isDigit(operand)) {
      // (Nor before a compound's hyphen and word: `2times 10-point gain`, review131, with a
      // thousands' comma too, `2times 1,000-point`; a power's sign is the product's,
      // `3times 10-4`, review132.)
      const stop = numberEnd(text, end + 1);
      const follow = text.charCodeAt(stop);
      const compound = follow === 0x2d && isLetter(text.charCodeAt(stop + 1));
      if (!isLetter(follow) && !compound) return single(at + 1, end + 1, '×');
    }
    return single(at + 1, end, '×');
  }
  // `\\times` whose `\\t` a dump turned into a TAB, and a page into a space or nothing.
  const eaten = next === 0x20 || next === 0x69 ? eatenTab(text, at) : undefined;
  if (eaten !== undefined) return eaten;
  if (next === 0x20) return spacedTimes(text, at);
  // A unit of one or two letters between the number and `times` (`200mtimes130m`, a
  // room's `3mtimes4m`): a number must follow, and none of the number's own letters
  // may stand before it (`v2mtimes3`).
  if (isLower(next)) return unitTimes(text, at);
  // `124{times}`: `124{\times}` (braced to drop its spacing) without its backslash.
  if (next === 0x7b) {
    return text.startsWith('{times}', at + 1) ? single(at + 1, at + 8, '×') : undefined;
  }
  return wrappedAt(text, at + 1) ? spacedTimes(text, at) : undefined;
}

/**
 * `times` spaced between two numbers, the first ending at `at` and a space or a line
 * break that wraps prose after it: `1024 times 1024`.
 *
 * @example
 * ```ts
 * spacedTimes('scaled to 1024 times 1024 high', 13); // one hit: 'times' → '×'
 * ```
 */
function spacedTimes(text: string, at: number): Outcome | undefined {
  // (A line break that wraps prose may stand for either space: arXiv's API wraps
  // abstracts; the number after it is no list's item or date, `5 times` / `2. Then`.)
  // (The line before the break must be a wrapped one: `retry 3 times` / `5s apart`.)
  if (!text.startsWith(WORD, at + 2)) return undefined;
  const end = at + 2 + WORD.length;
  if (!isLetter(text.charCodeAt(end)) && flattenedListMate(text, at, end)) {
    return single(at + 2, end, '×');
  }
  if (
    (text.charCodeAt(end) !== 0x20 && !wrappedAt(text, end)) ||
    !isDigit(text.charCodeAt(end + 1))
  ) {
    return undefined;
  }
  // Arithmetic told in words is prose (`3 times 2.5 is 7.5`, `2 times 3 equals 6`).
  if (ARITHMETIC.test(text.slice(end + 1, end + 24))) return undefined;
  // Across a break, a size's two sides (`1024 times` / `1024`), not a count beside a
  // sentence's number or a list's item (`ran it 5 times` / `2023 was`, `10 times` /
  // `20 epochs`, `5 times` / `2. Then`): both numbers 16 or more.
  if (text.charCodeAt(at + 1) === 0x0a || text.charCodeAt(end) === 0x0a) {
    const after = /^\d+/.exec(text.slice(end + 1, end + 12))?.[0] ?? '';
    const before = text.slice(numberStart(text, at + 1), at + 1);
    if (
      /^\d+[.):/-]/.test(text.slice(end + 1, end + 12)) ||
      Number(after) < 16 ||
      Number(before) < 16
    ) {
      return undefined;
    }
  }
  return single(at + 2, end, '×');
}

/**
 * Whether a spaced `N times` (its number ending at `at`, the word at `end`) is an item
 * of a list whose next or previous item is a flattened `times` glued to a decimal: the
 * page flattened `$\\times$` in all of them, and the author spaced one (`up to 2.24
 * times, 2.10times, and 1.25times`, a Hugging Face page's in the hundred-and-ninety-fourth
 * blind set). English writes none glued, so one such mate is evidence enough.
 *
 * @example
 * ```ts
 * flattenedListMate('up to 2.24 times, 2.10times, and', 9, 16); // true
 * flattenedListMate('up to 2.24 times, 2 times faster', 9, 16); // false
 * ```
 */
function flattenedListMate(text: string, at: number, end: number): boolean {
  if (LIST_MATE_AFTER.test(text.slice(end, end + 24))) return true;
  const start = numberStart(text, at + 1);
  return LIST_MATE_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/**
 * The next item of a list, a decimal with `times` glued (`, 2.10times,`, `, and
 * 1.25times`): a whole number glued so is a missing space as often (`5 times, and
 * 10times for the baselines`, review125).
 */
const LIST_MATE_AFTER = /^,? (?:and |or )?\d+\.\d+times(?![a-z])/;

/** The previous item of a list, a decimal with `times` glued (`2.10times, and `). */
const LIST_MATE_BEFORE = /(?<![\w.])\d+\.\d+times,? (?:and |or )?$/;

/**
 * `imes` after the number whose last digit is at `at`, glued or after one space:
 * `\\times` whose `\\t` a JSON dump turned into a TAB and a page then into a space or
 * nothing (`$6.71 imes$`, `10.6imes fewer`): no word is spelled so. The number stands
 * alone (after a space, a bracket, a `$`, a tie or `\\!`: not `retry3imes()`, `h264imes`,
 * `file-3imes.txt`). Glued, `imes` goes before a space, a closing bracket, a `$` or a
 * clause's punctuation; spaced, only as the formula's end (`6.71×`, the space going with
 * it) or before a spaced number (`2 × 10^5`, the space kept): `2 imes` and `2 imes,` are
 * two IMEs.
 *
 * @example
 * ```ts
 * eatenTab('a drastic $6.71 imes$ across', 14); // one hit: ' imes' → '×'
 * eatenTab('$2 imes 10^5$', 1); // one hit: 'imes' → '×'
 * eatenTab('the 3 imesh, the 2 imes with Ctrl', 4); // undefined
 * ```
 */
function eatenTab(text: string, at: number): Outcome | undefined {
  const spaced = text.charCodeAt(at + 1) === 0x20;
  const start = spaced ? at + 2 : at + 1;
  if (!text.startsWith('imes', start)) return undefined;
  const end = start + 4;
  const lead = text.charCodeAt(numberStart(text, at + 1) - 1);
  if (!(Number.isNaN(lead) || isSpace(lead) || LEADS.includes(String.fromCharCode(lead)))) {
    return undefined;
  }
  const after = text.charCodeAt(end);
  if (spaced) {
    if (after === 0x24) return single(at + 1, end, '×');
    return after === 0x20 && isDigit(text.charCodeAt(end + 1))
      ? single(start, end, '×')
      : undefined;
  }
  const mark = String.fromCharCode(after);
  const closes =
    Number.isNaN(after) ||
    isSpace(after) ||
    ')]}$'.includes(mark) ||
    (',;:.'.includes(mark) && !isWordChar(text.charCodeAt(end + 1)));
  return closes ? single(start, end, '×') : undefined;
}

/**
 * What a number that stands alone may follow: a bracket, a formula's `$`, a tie, or the
 * `!` of a negative thin space that lost its backslash too (`$sim!2 imes$`).
 */
const LEADS = '([{$~!';

/**
 * Whether the character at `at` is a line break that wraps prose (the line before it is
 * a wrapped one), so it may stand for a space. A function, not a closure in `timesAt`:
 * that runs at every digit, and a closure there allocated at each.
 *
 * @example
 * ```ts
 * wrappedAt('retry 3 times\n5s apart', 13); // false (a short line)
 * ```
 */
function wrappedAt(text: string, at: number): boolean {
  return text.charCodeAt(at) === 0x0a && longLineBefore(text, at);
}

/** A product's number, then its result told in words or `=`: `2.5 is 7.5`, `3 equals 6`. */
const ARITHMETIC = /^\d+(?:\.\d+)? *(?:=|(?:is|equals|gives|makes)\b)/;

/** Units a size is written in before `times` (`200mtimes130m`, `3cmtimes4cm`). */
const UNITS: ReadonlySet<string> = new Set(
  'm cm mm km nm um px pt ft in s ms ns us h g kg mg kb mb gb tb'.split(' '),
);

/**
 * `times` after a unit of one or two small letters glued to the number whose last digit
 * is at `at`, before another number (`200mtimes130m` → `200m×130m`).
 *
 * @example
 * ```ts
 * unitTimes('a 200mtimes130m hall', 4); // one hit: 'times' → '×'
 * unitTimes('the 3rdtimes', 4); // undefined
 * ```
 */
function unitTimes(text: string, at: number): Outcome | undefined {
  let unit = at + 1;
  while (unit <= at + 2 && isLower(text.charCodeAt(unit)) && !text.startsWith(WORD, unit)) unit++;
  if (unit === at + 1 || !text.startsWith(WORD, unit)) return undefined;
  // A unit of length, time, mass or size, not another operator's flattened name
  // (`0otimes1` is ⊗, `2rtimes3` ⋊) nor an ordinal's suffix (`2ndtimes3`).
  if (!UNITS.has(text.slice(at + 1, unit))) return undefined;
  const end = unit + WORD.length;
  if (!isDigit(text.charCodeAt(end))) return undefined;
  // No identifier's letter or underscore before the number (`v2mtimes3`, `x_3mtimes4`).
  const lead = text.charCodeAt(numberStart(text, at + 1) - 1);
  if (isLetter(lead) || lead === 0x5f) return undefined;
  return single(unit, end, '×');
}

/**
 * `times` as a word of its own glued before the number whose first digit is at `at`,
 * where the number is a decimal or a power (`up to times3.23`, `5 times10^{-3}`): what
 * `$\times$3.23` leaves. Before a whole number it may be a name (`times2`).
 *
 * @example
 * ```ts
 * timesBefore('up to times3.23 faster', 12); // one hit: 'times' → '×'
 * ```
 */
function timesBefore(text: string, at: number): Outcome | undefined {
  const start = at - WORD.length;
  if (start < 0 || !text.startsWith(WORD, start)) return undefined;
  const before = text.charCodeAt(start - 1);
  if (isLetter(before) || isDigit(before) || before === 0x5f) return undefined;
  return /^\d+(?:\.\d|\^)/.test(text.slice(at, at + 12)) ? single(start, at, '×') : undefined;
}
