/**
 * `dashes`: LaTeX's dashes typed as hyphens. `--` glued between two words or numbers
 * is an en dash (a range or a pair: `16--1024`, `Erdős--Rényi`, `Drug--Target`); `---`
 * between words, glued or spaced, is an em dash. A spaced ` -- ` between two words of
 * prose is an en dash too, as TeX sets it (`accuracy -- models`; a line may break on
 * either side); not between a command's tokens (`git checkout -- src/app.ts`).
 *
 * Off by default (`OFF_BY_DEFAULT`): whether a raw abstract's `--` is an artifact is a
 * matter of taste, so `rules: { dashes: true }` asks for it. The examples run with it on.
 *
 * @example
 * ```text
 * for k = 16--1024, the Erd\H{o}s--R\'enyi graph and 2020--2021 → for k = 16–1024, the Erdős–Rényi graph and 2020–2021
 * well---surprisingly---even, 2\times--8\times, fidelity --- tighter → well—surprisingly—even, 2×–8×, fidelity — tighter
 * --flag, i--, <!-- x -->, a----b, ---, -->, x--- → --flag, i--, <!-- x -->, a----b, ---, -->, x---
 * than accuracy --<LF>models, the OSUM model<LF>-- the first, (f -- ḟ) space → than accuracy –<LF>models, the OSUM model<LF>– the first, (f – ḟ) space
 * git checkout -- src/app.ts, x = 1 -- a comment, a --  b, npm test -- --watch, -- a --, ok -- → git checkout -- src/app.ts, x = 1 -- a comment, a --  b, npm test -- --watch, -- a --, ok --
 * kubectl exec mypod -- ls<LF>map :: [a] -> [b] -- apply f<LF>select a<LF>from t -- all rows<LF>graph G {<LF>  a -- b<LF>} → kubectl exec mypod -- ls<LF>map :: [a] -> [b] -- apply f<LF>select a<LF>from t -- all rows<LF>graph G {<LF>  a -- b<LF>}
 * three models -- OPT-1.3B and LLaMA-7B -- as in Table 2; the rest → three models – OPT-1.3B and LLaMA-7B – as in Table 2; the rest
 * hub/models--gpt2/snapshots, "datasets--user--squad", README: --- license: mit → hub/models--gpt2/snapshots, "datasets--user--squad", README: --- license: mit
 * the Reissner--Nordström--AdS hole, Vision--Language--Action (VLA) at 45\%, but p53--G13964C--x → the Reissner–Nordström–AdS hole, Vision–Language–Action (VLA) at 45%, but p53--G13964C--x
 * a question of Fournier-Facio--Mangioni--Sisto (5\%), but Button--Primary-x--Large → a question of Fournier-Facio–Mangioni–Sisto (5%), but Button--Primary-x--Large
 * ```
 *
 * @module
 */
import { isGap, isSpace, isWordChar, tokenEnd, tokenStart } from '../scan.js';
import { type Outcome, type Rule, single } from '../types.js';

export const dashes: Rule = {
  name: 'dashes',
  prefilter: {
    triggers: '',
    // At the second hyphen of `--`: a search for each `-` would stop at every hyphen.
    needles: ['--'],
    anchors: [],
    gate: hasDash,
  },
  match: (text, at) => dashAt(text, at - 1),
};

/**
 * The gate: the rule's own test at each `--`, so a `--` the rule leaves (a flag, a
 * command's or a comment's) lets no pass run.
 *
 * @example
 * ```ts
 * hasDash('pages 12--15'); // true
 * hasDash('git checkout -- README and --flag'); // false
 * ```
 */
function hasDash(text: string): boolean {
  for (let at = text.indexOf('--'); at !== -1; at = text.indexOf('--', at + 2)) {
    if (dashAt(text, at) !== undefined) return true;
  }
  return false;
}

/**
 * The dash whose first hyphen is at `at`, in a run of exactly two or three.
 *
 * @example
 * ```ts
 * dashAt('16--1024', 2); // one hit: '--' → '–'
 * dashAt('16--1024', 1); // undefined
 * ```
 */
function dashAt(text: string, at: number): Outcome | undefined {
  const before = text.charCodeAt(at - 1);
  if (text.charCodeAt(at) !== 0x2d || text.charCodeAt(at + 1) !== 0x2d || before === 0x2d) {
    return undefined;
  }
  const long = text.charCodeAt(at + 2) === 0x2d;
  const end = long ? at + 3 : at + 2;
  const after = text.charCodeAt(end);
  if (after === 0x2d) return undefined;
  if (long) {
    // Glued or spaced, but inside the text, and not a front matter's or a README's
    // separator (`--- license: mit`, `--- ## Summary`).
    const fits = (endsTerm(before) || isSpace(before)) && (startsTerm(after) || isSpace(after));
    const separator = /^\s*(?:#|[\w-]+:)/.test(text.slice(end, end + 40));
    return fits && !separator && at > 0 && end < text.length ? single(at, end, '—') : undefined;
  }
  if (isGap(before) && isGap(after)) return spacedDash(text, at);
  if (!endsTerm(before) || !startsTerm(after) || inName(text, at)) return undefined;
  return single(at, end, '–');
}

/**
 * The en dash of a ` -- ` spaced by one space or line break on each side, between two
 * words of prose: letters, digits and a word's punctuation, none of a command's or a
 * formula's (`/`, `=`, `.` or `_` inside a token, `$`, braces), on a line that shows no
 * code (see {@link codeLine}).
 *
 * @example
 * ```ts
 * spacedDash('accuracy -- models', 9); // one hit: '--' → '–'
 * spacedDash('git checkout -- src/app.ts', 13); // undefined
 * ```
 */
function spacedDash(text: string, at: number): Outcome | undefined {
  if (text.charCodeAt(at - 1) === 0x0a && text.charCodeAt(at + 2) === 0x0a) return undefined;
  if (!endsTerm(text.charCodeAt(at - 2)) || !startsTerm(text.charCodeAt(at + 3))) {
    return undefined;
  }
  const left = text.slice(tokenStart(text, at - 1, 80), at - 1);
  const right = text.slice(at + 3, tokenEnd(text, at + 3, 80));
  if (!PROSE_WORD.test(left) || !PROSE_WORD.test(right)) return undefined;
  // The line before the dash (the one above, when the dash starts a line) and the line
  // after it (the one below, when it ends a line), a few words each way.
  // (Searched within reach only: a long line of dashes must not search it at each.)
  const floor = Math.max(0, at - 1 - LINE_REACH);
  const back = text.slice(floor, at - 1).lastIndexOf('\n');
  const from = back < 0 ? floor : floor + back + 1;
  const ahead = text.slice(at + 3, at + LINE_REACH).indexOf('\n');
  // (Cut mid-line, the first word may be a part: `-based` is no flag.)
  const whole = text.slice(from, at);
  const before = back < 0 && floor > 0 ? whole.slice(whole.indexOf(' ') + 1) : whole;
  const after = text.slice(at + 2, ahead < 0 ? at + LINE_REACH : at + 3 + ahead);
  // A comment block's line (`-- Compute the total<LF>-- including tax`), the first too.
  if (text.charCodeAt(at - 1) === 0x0a && /^\s*--/.test(before)) return undefined;
  const below = ahead < 0 ? '' : text.slice(at + 3 + ahead, at + 3 + ahead + 12);
  if (text.charCodeAt(at - 1) === 0x0a && /^\n\s*-- /.test(below)) return undefined;
  // (Inside a block a line above opened: `graph G {<LF>  a -- b`.)
  const above = back < 0 ? '' : text.slice(Math.max(0, from - BLOCK_REACH), from);
  if (/[{(]\s*\n[^{}()]*$/.test(above)) return undefined;
  return codeLine(before, after) ? undefined : single(at, at + 2, '–');
}

/** How far a spaced dash's evidence reaches along its lines. */
const LINE_REACH = 160;

/** How far back a block's opening line is looked for (`graph G {`). */
const BLOCK_REACH = 1000;

/** A word of prose as a dash's neighbour: `models`, `(VLA)`, `ḟ)`, `GPT-4o,`, `OPT-1.3B`, `10%`. */
const PROSE_WORD =
  /^[([“‘"']?[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}'’×%-]|(?<=\d)\.(?=\d))*[)\]”’"']*[.,;:!?]?[)\]]*$/u;

/**
 * Whether the text around a spaced `--` is code's, which makes the dash a comment's or a
 * command's: before it on its line an assignment, a statement's end or a signature
 * (`=`, `;`, `::`), an SQL clause or a make target alone before it (`from t --`), an
 * SQL clause's capitals, Lua's `end` or `return x`, or a code block's indent (four
 * spaces) starting its line;
 * on either side a prompt, a command's name as typed (`git`, `cargo`, `kubectl`,
 * `Usage:`), a shell's variable or loop (`"$@"`, `; do`), an SQL statement (`select …
 * from`), a pipe, an arrow (`-->`), a flag (`--watch`, `-v`) or a tree's box drawing;
 * a path or a file right after it (`git checkout -- src/app.ts`). (A block a line above
 * opens, `graph G {`, is checked by the caller.)
 *
 * @example
 * ```ts
 * codeLine('x = 1 ', ' a comment'); // true
 * codeLine('than accuracy ', ' models improve'); // false
 * ```
 */
function codeLine(before: string, after: string): boolean {
  return (
    CODE_BEFORE.test(before) ||
    CODE_ANYWHERE.test(before) ||
    CODE_ANYWHERE.test(after) ||
    /^\s+\S*(?:\/|\.(?!\d))\w/.test(after)
  );
}

/** Code before a dash on its line (see {@link codeLine}). */
const CODE_BEFORE =
  /[=;]|::|(?:^|\n)\s*(?:from|where|join|FROM|WHERE|JOIN|make)\s+[\w.]+\s*$|(?:^|\n)\s*(?:ORDER BY|GROUP BY|LIMIT|AND|OR|HAVING|ON)\b|(?:^|\n)\s*(?:end|return\s+\S+)\s*$|(?:^|\n) {4,}\S/;

/** Code on either side of a dash on its line (see {@link codeLine}). */
const CODE_ANYWHERE =
  /[|├└│─]|-->|(?:^|\s)--?[A-Za-z]|(?:^|\n)\s*[$#>]\s|\$[@({]|\$[A-Z_]{2,}|;\s*(?:do|then|done|fi)\b|\b(?:git|cargo|npm|npx|pnpm|yarn|kubectl|docker|pip|conda|bun|deno|python3?|ssh|bash)\s|\b[Uu]sage:|\b(?:select|SELECT)\b[\s\S]*\b(?:from|FROM)\b|(?:^|\n)\s*(?:select|insert|delete|SELECT|INSERT|DELETE)\b/;

/**
 * Is the `--` at `at` part of a name: a token with a `/` or a quote in it, or with a
 * second `--` (`models--gpt2/snapshots`, `"datasets--user--squad"`, `p53--G13964C--x`)
 * unless it chains capitalised words (`Vision--Language--Action`)?
 *
 * @example
 * ```ts
 * inName('hub/models--gpt2/snapshots', 10); // true
 * inName('the Erdős--Rényi graph', 9); // false
 * ```
 */
function inName(text: string, at: number): boolean {
  const token = text.slice(tokenStart(text, at, 80), tokenEnd(text, at, 80));
  if (/[/"']/.test(token)) return true;
  if (token.indexOf('--') === token.lastIndexOf('--')) return false;
  // A chain of capitalised names is a compound's (`Reissner--Nordström--AdS`,
  // `Vision--Language--Action`, a double-barrelled one too: `Chidambaram--Garcia-Failde--
  // Giacchetto`), not an identifier's.
  const parts = token.replace(/^[([]+|[)\].,;:]+$/g, '').split(/--?/);
  return !parts.every((part) => /^\p{Lu}\p{L}*$/u.test(part));
}

/**
 * Can a term end with this character, right before a dash: a letter or digit of any
 * script, or `)`, `]`, `%`, `×`?
 *
 * @example
 * ```ts
 * endsTerm(0x29); // true (")")
 * ```
 */
function endsTerm(code: number): boolean {
  return isWordChar(code) || code === 0x29 || code === 0x5d || code === 0x25 || code === 0xd7;
}

/**
 * Can a term start with this character, right after a dash: a letter or digit of any
 * script, or `(`?
 *
 * @example
 * ```ts
 * startsTerm(0x28); // true ("(")
 * ```
 */
function startsTerm(code: number): boolean {
  return isWordChar(code) || code === 0x28;
}
