/**
 * Hard-wrapped text: text browsers (`lynx -dump`, `w3m -dump`) and `fold` cut every
 * paragraph at a fixed width, so one title or abstract arrives as many lines. The wrap
 * is found once, from a sample of the capture: many long lines end near one width. A
 * line then continues the one before it when that one was full, that is when the next
 * line's first word would not have fit on it.
 *
 * ```text
 * Generation-Time vs. Post-hoc Citation: A Holistic Evaluation of LLM   ← full (72 + 12 > 79)
 * Attribution                                                           ← continues it
 * ```
 *
 * `fold -w` (without `-s`) cuts inside words at exactly the width: there the lines are
 * joined without a space, as the cut left them.
 *
 * @module
 */

/** How a capture is wrapped. */
export interface Wrap {
  /** The width lines were cut at. */
  readonly width: number;
  /** Cut at exactly `width`, inside words (`fold -w`): join cut lines without a space. */
  readonly hard: boolean;
}

/**
 * An image's alt glued before a name, as `links -dump` prints an avatar: a handle with a
 * letter (a lynx marker, `[12]`, is digits only).
 */
const AVATAR = /^\[(?=[\w.-]{0,39}[A-Za-z])[\w.-]{1,40}\][\p{L}\d]/u;

/** Fewest long lines that show a wrap. */
const MIN_LINES = 8;
/** Columns a text browser may leave free at a line's end. */
const SLACK = 3;
/** Widest wrap looked for: real unwrapped abstracts run to thousands of characters. */
const MAX_WIDTH = 200;

/**
 * Find the wrap of a capture from a sample of it (its first kilobytes), or `undefined`
 * when its lines are not wrapped.
 *
 * @example
 * ```ts
 * measureWrap(foldedText); // { width: 79, hard: false }
 * measureWrap(plainCapture); // undefined: abstracts are single lines of 1,000+ characters
 * ```
 */
export function measureWrap(sample: string): Wrap | undefined {
  const lengths: number[] = [];
  let longest = 0;
  let start = 0;
  while (start < sample.length) {
    let end = sample.indexOf('\n', start);
    if (end === -1) end = sample.length;
    let to = end;
    if (sample.charCodeAt(to - 1) === 0x0d) to--;
    const line = sample.slice(start, to);
    start = end + 1;
    // Lines without a space (URLs, references) are never cut by a wrap.
    if (line.indexOf(' ', firstNonSpace(line)) === -1 || line.includes('://')) continue;
    const length = line.trimEnd().length;
    // A line the page cut short with an ellipsis (a mobile card's abstract) was cut at
    // a length, not wrapped: such lines line up like a wrap and would fake one.
    if (line.charCodeAt(length - 1) === 0x2026) continue;
    if (length < 30) continue;
    if (length > MAX_WIDTH) return undefined;
    lengths.push(length);
    if (length > longest) longest = length;
  }
  if (lengths.length < MIN_LINES) return undefined;
  const near = lengths.filter((length) => length >= longest - 12).length;
  if (near * 10 < lengths.length * 3) return undefined;
  const exact = lengths.filter((length) => length === longest).length;
  return { width: longest, hard: exact * 10 >= lengths.length * 6 };
}

/**
 * Whether `next` continues `previous` under `wrap`, and how to join them: `tight`
 * (no space) where a hard wrap cut a word. Both are whole source lines, untrimmed.
 *
 * @example
 * ```ts
 * wrapJoin({ width: 79, hard: false }, 'Generation-Time vs. Post-hoc Citation: A Holistic Evaluation of LLM', 'Attribution');
 * // { tight: false }
 * wrapJoin({ width: 79, hard: false }, 'Short line.', 'Next');
 * // undefined
 * ```
 */
export function wrapJoin(
  wrap: Wrap,
  previous: string,
  next: string,
): { readonly tight: boolean } | undefined {
  const kept = previous.trimEnd();
  if (kept.length === 0) return undefined;
  const from = firstNonSpace(next);
  if (from === next.length) return undefined;
  if (wrap.hard && previous.length >= wrap.width) {
    // Cut at the width: a space on either side of the cut was kept by the cut.
    const tight = kept.length === previous.length && from === 0;
    return { tight };
  }
  // One paragraph keeps one indentation (a text browser indents each block its own way).
  if (from !== firstNonSpace(previous)) return undefined;
  // A sentence ended, and an avatar's alt opens the next line (`links -dump`'s
  // `[umass]University of Massachusetts Amherst`): a block of its own, not a wrap.
  const end = kept.charCodeAt(kept.length - 1);
  if ((end === 0x2e || end === 0x21 || end === 0x3f) && AVATAR.test(next.slice(from, from + 42))) {
    return undefined;
  }
  let word = from;
  while (word < next.length && next.charCodeAt(word) !== 0x20) word++;
  // Text browsers do not fill lines to the last column: a few columns of slack. A line
  // that reaches three quarters of the width and runs on in lower case continues too.
  const full = kept.length + 1 + (word - from) >= wrap.width - SLACK;
  const code = next.charCodeAt(from);
  const lower = code >= 0x61 && code <= 0x7a;
  if (!(full || (lower && kept.length * 4 >= wrap.width * 3))) return undefined;
  // A URL the browser cut (`https://` / `huggingface.co/…`) runs on without a space.
  const lastSpace = kept.lastIndexOf(' ');
  const url =
    kept.indexOf('://', lastSpace + 1) !== -1 && !kept.endsWith('.') && !kept.endsWith(',');
  return { tight: url };
}

/**
 * Where a line's text starts: past its spaces and tabs.
 *
 * @example
 * ```ts
 * firstNonSpace('   [23]Medusa'); // 3
 * ```
 */
export function firstNonSpace(text: string): number {
  let at = 0;
  while (at < text.length && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09)) at++;
  return at;
}
