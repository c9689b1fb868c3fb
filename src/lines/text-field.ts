/**
 * Text with its source: what a layout hands the grammar and the grammar hands the
 * assembler for a title or an abstract. `raw` is the exact input slice; `text` is what
 * the reader sees (syntax and escapes removed); `offsetAt` maps an index into `text`
 * back to an input offset, so normalization fixes point into the user's file.
 *
 * @module
 */
import type { Point } from '../schema.js';

/** A text field as a layout found it. */
export interface TextField {
  /** The exact source slice `[start, end)`. */
  readonly raw: string;
  /** The text to clean: `raw`, or `raw` with the layout's syntax removed. */
  readonly text: string;
  readonly start: Point;
  readonly end: Point;
  /** Index in `text` → offset in the input; defaults to `start.offset + index`. */
  readonly offsetAt?: (index: number) => number;
}

/**
 * The input offset of `text[index]` in a field.
 *
 * @example
 * ```ts
 * offsetIn({ raw: 'ab', text: 'ab', start: { line: 1, column: 1, offset: 10 }, end: … }, 1); // 11
 * ```
 */
export function offsetIn(field: TextField, index: number): number {
  return field.offsetAt === undefined ? field.start.offset + index : field.offsetAt(index);
}

/**
 * The point of an input offset on the same line as `base`, or `base` shifted.
 *
 * @example
 * ```ts
 * pointAfter({ line: 2, column: 3, offset: 10 }, 14); // { line: 2, column: 7, offset: 14 }
 * ```
 */
export function pointAfter(base: Point, offset: number): Point {
  return { line: base.line, column: base.column + offset - base.offset, offset };
}

/**
 * `field.text.slice(from, to)` as a field of its own, when the slice stays on the
 * field's first line or the field maps offsets (points are found from `locate`).
 *
 * @example
 * ```ts
 * sliceField(field, 4, 9, locate); // the field for text[4..9), with points into the input
 * ```
 */
export function sliceField(
  field: TextField,
  from: number,
  to: number,
  locate: (offset: number) => Point,
): TextField {
  if (from === 0 && to === field.text.length) return field;
  const startOffset = offsetIn(field, from);
  const endOffset = to >= field.text.length ? field.end.offset : offsetIn(field, to);
  const start = locate(startOffset);
  const end = to >= field.text.length ? field.end : locate(endOffset);
  const base = field.start.offset;
  const mapped = field.offsetAt;
  return {
    raw: field.raw.slice(startOffset - base, endOffset - base),
    text: field.text.slice(from, to),
    start,
    end,
    ...(mapped === undefined ? {} : { offsetAt: (index: number) => mapped(index + from) }),
  };
}

/**
 * Fields as one: `text`s joined by a space (or nothing after a line-ending hyphen,
 * `self-` + `supervised`), `raw` spanning them with `gaps[i]`, the source between
 * field `i` and field `i + 1`. Flat, so joining many wrapped lines stays linear.
 *
 * @example
 * ```ts
 * joinFields([first, second], ['\n']).text; // 'Masked Diffusion Models are … Exploit Inaccurate Sampling'
 * ```
 */
export function joinFields(
  fields: readonly TextField[],
  gaps: readonly string[],
  tight?: readonly boolean[],
): TextField {
  const [first] = fields;
  const last = fields[fields.length - 1];
  if (first === undefined || last === undefined) throw new RangeError('joinFields: no fields');
  if (fields.length === 1) return first;
  const texts: string[] = [];
  const raws: string[] = [];
  // Where each field's text starts in the joined text.
  const starts: number[] = [];
  let length = 0;
  fields.forEach((field, index) => {
    if (index > 0) {
      const previous = fields[index - 1] as TextField;
      const glue =
        tight?.[index - 1] === true || endsWithHyphen(previous.text, field.text) ? '' : ' ';
      texts.push(glue);
      length += glue.length;
      raws.push(gaps[index - 1] ?? ' ');
    }
    starts.push(length);
    texts.push(field.text);
    raws.push(field.raw);
    length += field.text.length;
  });
  return {
    raw: raws.join(''),
    text: texts.join(''),
    start: first.start,
    end: last.end,
    offsetAt: (index) => {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((starts[middle] as number) <= index) low = middle;
        else high = middle - 1;
      }
      const field = fields[low] as TextField;
      const at = index - (starts[low] as number);
      // A glue space: it stands where the field before it ends.
      return at < field.text.length ? offsetIn(field, at) : field.end.offset;
    },
  };
}

/** `and`, `or`, `to` after a line-ending hyphen: a compound's first part left hanging. */
const SUSPENDED = /^(?:and|or|to|nor|vs\.?) /;

/**
 * Whether `first` ends with a hyphen that broke a word `second` goes on with: a letter
 * before it, a letter after (`self-` / `supervised`, `Information-` / `Seeking`).
 *
 * @example
 * ```ts
 * endsWithHyphen('Audio-', 'Video Generation'); // true
 * endsWithHyphen('costs -', 'Video'); // false
 * endsWithHyphen('Across Pre-', 'and Post-Training'); // false (a suspended hyphen)
 * ```
 */
export function endsWithHyphen(first: string, second: string): boolean {
  if (first.length < 3 || first.charCodeAt(first.length - 1) !== 0x2d) return false;
  const before = first.charCodeAt(first.length - 2);
  const next = second.charCodeAt(0);
  const letterBefore = (before >= 0x61 && before <= 0x7a) || (before >= 0x41 && before <= 0x5a);
  // A suspended hyphen (`Pre-` / `and Post-Training`) keeps its space.
  if (SUSPENDED.test(second)) return false;
  // A compound's next part, small or capitalised as in a title (`Information-` /
  // `Seeking`, which html2text breaks after the hyphen).
  return letterBefore && ((next >= 0x61 && next <= 0x7a) || (next >= 0x41 && next <= 0x5a));
}
