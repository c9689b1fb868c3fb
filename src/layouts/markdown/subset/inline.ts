/**
 * A block's inline content in the subset: text, line endings, backslash escapes, hard
 * breaks (`\` at a line's end), and inline links and images. Brackets follow micromark's
 * `labelEnd`: a `]` closes the latest opener not yet given up, a link makes every link
 * opener before it inactive (no links in links), and an opener whose `]` has no resource
 * is given up and stays text. No definitions exist in a subset piece, so every
 * reference form stays text too.
 *
 * Code spans, autolinks, raw HTML, emphasis and character references are outside the
 * subset: meeting one ends the scan, and the piece goes to micromark whole.
 *
 * @module
 */
import type { Break, Image, Link, PhrasingContent, Text } from 'mdast';
import { NO_RESOURCE, OUTSIDE_SUBSET, readResource } from './resource.js';

/** The unist point at an offset of the text being read. */
export type PointAt = (offset: number) => NonNullable<Text['position']>['start'];

/** Text from `start` to `end` in the source; escapes make `value` differ from it. */
interface TextRun {
  readonly kind: 0;
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** A `[` or `![` waiting for its `]`. */
interface Opener {
  readonly kind: 1;
  readonly image: boolean;
  readonly start: number;
  readonly end: number;
  /** Where it sits in the run list. */
  readonly index: number;
  /** Its `]` came without a resource: it is text. */
  balanced: boolean;
  /** A link closed after it: it can no longer open one. */
  inactive: boolean;
}

/** A finished node: link, image or break. */
interface Done {
  readonly kind: 2;
  readonly node: Link | Image | Break;
}

type Run = TextRun | Opener | Done;

const LF = 0x0a;
const TAB = 0x09;
const SPACE = 0x20;
const BANG = 0x21;
const AMPERSAND = 0x26;
const LEFT_PAREN = 0x28;
const STAR = 0x2a;
const LESS_THAN = 0x3c;
const LEFT_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const RIGHT_BRACKET = 0x5d;
const UNDERSCORE = 0x5f;
const BACKTICK = 0x60;

/**
 * A character reference micromark would decode (`&amp;`, `&#38;`, `&#x26;`): the
 * shape only, so every candidate leaves the subset, known name or not.
 */
const REFERENCE = /&(?:#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)/y;

/**
 * Read `text` from `from` to `to` (one block's content, line endings included, no
 * line prefixes or suffixes) into mdast phrasing nodes, or `undefined` where it leaves
 * the subset. With `itemLines` (a list item's paragraph over several lines), a failed
 * `](…)` or `][…` attempt leaves the subset: micromark re-reads a line ending such an
 * attempt crossed and moves its end past the item's indent, which shows in the points.
 *
 * @example
 * ```ts
 * readInline('[A *b*](u)', 0, 10, pointAt); // undefined: emphasis
 * readInline('See [A](u)', 0, 10, pointAt);
 * // [{ type: 'text', value: 'See ', … }, { type: 'link', url: 'u', children: [{ type: 'text', value: 'A', … }], … }]
 * ```
 */
export function readInline(
  text: string,
  from: number,
  to: number,
  pointAt: PointAt,
  itemLines = false,
): PhrasingContent[] | undefined {
  const runs: Run[] = [];
  const openers: Opener[] = [];
  // Start of the plain text not yet pushed as a run, or -1.
  let plain = -1;
  const flush = (end: number): void => {
    if (plain !== -1 && end > plain) {
      runs.push({ kind: 0, value: text.slice(plain, end), start: plain, end });
    }
    plain = -1;
  };
  let at = from;
  while (at < to) {
    const code = text.charCodeAt(at);
    if (code === BACKSLASH) {
      const next = at + 1 < to ? text.charCodeAt(at + 1) : -1;
      if (next === LF) {
        flush(at);
        runs.push({ kind: 2, node: hardBreak(at, at + 2, pointAt) });
        at = skipIndent(text, at + 2, to);
        continue;
      }
      if (isAsciiPunctuation(next)) {
        flush(at);
        runs.push({ kind: 0, value: text[at + 1] ?? '', start: at, end: at + 2 });
        at += 2;
        continue;
      }
    } else if (
      code === LEFT_BRACKET ||
      (code === BANG && text.charCodeAt(at + 1) === LEFT_BRACKET && at + 1 < to)
    ) {
      flush(at);
      const image = code === BANG;
      const end = at + (image ? 2 : 1);
      const opener: Opener = {
        kind: 1,
        image,
        start: at,
        end,
        index: runs.length,
        balanced: false,
        inactive: false,
      };
      runs.push(opener);
      openers.push(opener);
      at = end;
      continue;
    } else if (code === RIGHT_BRACKET) {
      while (openers.length > 0 && openers[openers.length - 1]?.balanced === true) openers.pop();
      const opener = openers[openers.length - 1];
      if (opener !== undefined) {
        if (!opener.inactive && at + 1 < to && text.charCodeAt(at + 1) === LEFT_PAREN) {
          const resource = readResource(text, at + 2, to);
          if (resource === OUTSIDE_SUBSET) return undefined;
          if (resource === NO_RESOURCE && itemLines) return undefined;
          if (resource !== NO_RESOURCE) {
            flush(at);
            const inside = runs.splice(opener.index);
            inside.shift();
            openers.pop();
            // Link openers before a link can no longer open one. Walking back stops at
            // the first one already inactive: every link opener before it is too.
            for (let k = openers.length - 1; k >= 0 && !opener.image; k--) {
              const before = openers[k] as Opener;
              if (before.image) continue;
              if (before.inactive) break;
              before.inactive = true;
            }
            const position = { start: pointAt(opener.start), end: pointAt(resource.end) };
            const children = nodesOf(inside, pointAt);
            const node: Link | Image = opener.image
              ? { type: 'image', title: null, url: resource.url, alt: altOf(children), position }
              : { type: 'link', title: null, url: resource.url, children, position };
            runs.push({ kind: 2, node });
            at = resource.end;
            continue;
          }
        }
        // A reference attempt (`][`) fails too: no definitions here.
        if (
          itemLines &&
          !opener.inactive &&
          text.charCodeAt(at + 1) === LEFT_BRACKET &&
          at + 1 < to
        ) {
          return undefined;
        }
        opener.balanced = true;
      }
    } else if (code === LF) {
      // A line's leading whitespace is not content.
      if (plain === -1) plain = at;
      const after = at + 1;
      at = skipIndent(text, after, to);
      if (at > after) flush(after);
      continue;
    } else if (
      code === BACKTICK ||
      code === LESS_THAN ||
      code === STAR ||
      code === UNDERSCORE ||
      (code === AMPERSAND && isReference(text, at))
    ) {
      return undefined;
    }
    if (plain === -1) plain = at;
    at++;
  }
  flush(to);
  return nodesOf(runs, pointAt);
}

/**
 * Where the spaces and tabs from `at` end (at most `to`): a line's indent, which mdast
 * leaves out of the text (and a list marker's spaces, for the blocks).
 *
 * @example
 * ```ts
 * skipIndent('a\n\t b', 2, 5); // 4
 * ```
 */
export function skipIndent(text: string, at: number, to: number): number {
  let index = at;
  while (index < to) {
    const code = text.charCodeAt(index);
    if (code !== SPACE && code !== TAB) break;
    index++;
  }
  return index;
}

/**
 * Runs → phrasing nodes: adjacent text runs (openers left over are text) join into one
 * text node, as mdast-util-from-markdown joins adjacent data.
 *
 * @example
 * ```ts
 * nodesOf([{ kind: 0, value: 'a', start: 0, end: 1 }, { kind: 0, value: '[', start: 1, end: 2 }], pointAt);
 * // [{ type: 'text', value: 'a[', position: … }]
 * ```
 */
function nodesOf(runs: readonly Run[], pointAt: PointAt): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let value = '';
  let start = -1;
  let end = -1;
  const close = (): void => {
    if (start === -1) return;
    const node: Text = {
      type: 'text',
      value,
      position: { start: pointAt(start), end: pointAt(end) },
    };
    nodes.push(node);
    value = '';
    start = -1;
  };
  for (const run of runs) {
    if (run.kind === 2) {
      close();
      nodes.push(run.node);
      continue;
    }
    value += run.kind === 0 ? run.value : run.image ? '![' : '[';
    if (start === -1) start = run.start;
    end = run.end;
  }
  close();
  return nodes;
}

/**
 * A hard break from its `\` to after its line ending, as mdast places it.
 *
 * @example
 * ```ts
 * hardBreak(3, 5, pointAt); // { type: 'break', position: { start: 1:4, end: 2:1 } }
 * ```
 */
function hardBreak(start: number, end: number, pointAt: PointAt): Break {
  return { type: 'break', position: { start: pointAt(start), end: pointAt(end) } };
}

/**
 * The text of phrasing nodes, as mdast-util-to-string gives an image's `alt`
 * (images count by their own `alt`).
 *
 * @example
 * ```ts
 * altOf([{ type: 'text', value: 'a ' }, { type: 'image', alt: 'b', url: '' }]); // 'a b'
 * ```
 */
function altOf(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.value;
    else if (node.type === 'image') out += node.alt ?? '';
    else if (node.type === 'link') out += altOf(node.children);
  }
  return out;
}

/**
 * A character reference starts at `at` (see {@link REFERENCE}).
 *
 * @example
 * ```ts
 * isReference('Q&amp;A', 1); // true
 * isReference('Q&A', 1);     // false
 * ```
 */
function isReference(text: string, at: number): boolean {
  REFERENCE.lastIndex = at;
  return REFERENCE.test(text);
}

/**
 * ASCII punctuation, which a backslash escapes.
 *
 * @example
 * ```ts
 * isAsciiPunctuation(0x5b); // true: `[`
 * ```
 */
function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 0x21 && code <= 0x2f) ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7e)
  );
}
