/**
 * `citations`: a parenthetical citation (`\cite{…}`, `\citep{…}`, `\citealp`,
 * `\parencite`, `\autocite`, `\footcite`, with optional `[…]` notes) prints as a
 * reference mark that means nothing in a listing: it goes, with the tie or space
 * before it (`GCG~\citep{zou2023}` → `GCG`), or two (`~~`). Reported as a removal in the
 * fixes. Its backslash lost, it is read after a tie (`LTL~cite{luo2024}`), or after a
 * space when its keys carry their years (`attacks cite{jiang2024robustkv} or`). A list of
 * them (`place \cite{a}, \cite{b} and \cite{c}.`) goes with its commas and its `and`
 * where its first one goes. So does one whose braces a dump lost, glued to its
 * capitalised keys (`\citeBehavioralCloning,ALVINN`).
 *
 * A citation that stands for words stays as written: after a preposition or verb
 * that makes it a noun (`as shown in \cite{x}`, `see \cite{x}`), after `the` unless a
 * method's noun follows it (`the \cite{x} method` is the method), at the start
 * of the text, or a textual one (`\citet`, `\citeauthor`), whose names are lost.
 *
 * A footnote (`\footnote{…}`) shows its text in parentheses where its mark stood: an
 * abstract has no page foot, and the note is often where the code is.
 *
 * @example
 * ```text
 * attacks such as GCG~\citep{zou2023universal} and AutoDAN \cite{liu2023}. → attacks such as GCG and AutoDAN.
 * solutions~~\cite{a, b} suffer, of LTL~cite{luo2024} that, but the cite{x} command → solutions suffer, of LTL that, but the cite{x} command
 * fail against jailbreak attacks cite{jiang2024robustkv} or degrade, but the cite{x} command, defenses cite{ab2024x}, cite{bc2024y} and cost. cite{cd2024z} showed → fail against jailbreak attacks or degrade, but the cite{x} command, defenses cite{ab2024x}, cite{bc2024y} and cost. cite{cd2024z} showed
 * prior work~\citep[e.g.,][]{a,b}, methods \cite{x} → prior work, methods
 * LLM-A* \cite{meng2024} plans, a 5% \cite{x} gain → LLM-A* plans, a 5% gain
 * dimension $m^{O(1/\varepsilon)}$~\cite{a}, whereas → dimension m^{O(1/ε)}, whereas
 * by pick-and-place \cite{a}, \cite{b}. Tools~\cite{c},~\cite{d} help, see \cite{e}, \cite{f} → by pick-and-place. Tools help, see \cite{e}, \cite{f}
 * methods \cite{a}, \cite{b} and \cite{c}, but cats and \cite{d} → methods, but cats and \cite{d}
 * e.g. \cite{a}, \cite{b}; gains over \cite{c}; Refs. \cite{d} and unlike \cite{e} → e.g. \cite{a}, \cite{b}; gains over \cite{c}; Refs. \cite{d} and unlike \cite{e}
 * Prior work \cite{a}, \cite{b} and<LF>\cite{c} relies on it, as do models \cite{d},<LF>  \cite{e} → Prior work relies on it, as do models
 * as shown in \cite{x}, see \cite{y}; \citet{z} argues → as shown in \cite{x}, see \cite{y}; \citet{z} argues
 * robust compared to the~\cite{aarson} watermarking method → robust compared to the watermarking method
 * on the leaderboard\footnote{https://x.io/b}. Data \footnote[1]{See<LF>the appendix.} here, code~\footnote{x}, 公开的\footnote{y}, but\footnote{} → on the leaderboard (https://x.io/b). Data (See<LF>the appendix.) here, code (x), 公开的(y), but\footnote{}
 * the \href{https://x.io/p}{MMDD platform}\footnote{https://x.io/p}. → the MMDD platform (https://x.io/p).
 * our results~\footnote{Code: https://x.io/a. → our results (Code: https://x.io/a).
 * unlike the \cite{a}, the \cite{b} and \cite{c}, the \cite{d} is, extends the \cite{e} to graphs, the \cite{f} as baseline → unlike the \cite{a}, the \cite{b} and \cite{c}, the \cite{d} is, extends the \cite{e} to graphs, the \cite{f} as baseline
 * cloning (BC)\citeBehavioralCloning,ALVINN,DAVE, treats, but as in \citePaisley:2010 and \citeA{x} → cloning (BC), treats, but as in \citePaisley:2010 and \citeA{x}
 * ```
 *
 * @module
 */
import {
  BLANK_LINE,
  closingBrace,
  isSpace,
  isWordChar,
  lettersEnd,
  lettersStart,
  scriptGroupStart,
} from '../scan.js';
import { type Outcome, type Rule, single } from '../types.js';

/** Citation commands that print only a reference mark. */
const PARENTHETICAL = new Set([
  'cite',
  'citep',
  'citealp',
  'parencite',
  'autocite',
  'footcite',
  'supercite',
  'Cite',
  'Citep',
]);

/** Words after which a citation is a noun ("in [3]"), so removing it would lose sense. */
const NOUN_BEFORE = new Set([
  'in',
  'by',
  'of',
  'from',
  'see',
  'to',
  'and',
  'or',
  'with',
  'following',
  'cf',
  'as',
  'than',
  'like',
  'via',
  'per',
  'use',
  'uses',
  'using',
  'used',
  'on',
  'at',
  'for',
  'the',
  'e.g',
  'i.e',
  'eg',
  'ie',
  'vs',
  'versus',
  'viz',
  'namely',
  'ref',
  'refs',
  'including',
  'unlike',
  'also',
  'example',
  'instance',
  'over',
  'against',
  'between',
  'beyond',
  'into',
  'combining',
  'extending',
  'comparing',
  'applying',
  'adapting',
  'extends',
  'extend',
  'follows',
  'follow',
  'both',
  'recently',
  'references',
  'write',
]);

export const citations: Rule = {
  name: 'citations',
  prefilter: {
    triggers: '\\~{',
    anchors: ['\\', '~', '{'],
  },
  match(text, at, ctx) {
    if (text.charCodeAt(at) === 0x7e) return flattenedCite(text, at);
    if (text.charCodeAt(at) === 0x7b) return spacedFlatCite(text, at);
    if (text.charCodeAt(at) !== 0x5c) return undefined;
    const name = ctx.macroName(text, at);
    if (name === 'footnote') return footnote(text, at, at + 1 + name.length);
    if (!PARENTHETICAL.has(name)) return strippedCite(text, at);
    const end = citationEnd(text, at + 1 + name.length);
    if (end < 0 || isWordChar(text.charCodeAt(end + 1))) return undefined;
    return removal(text, at, end + 1);
  },
};

/**
 * The `}` that ends a citation whose name ends at `nameEnd`: after an optional `*`,
 * up to two notes (`[e.g.,][]`) and its braced keys; -1 when there is none.
 *
 * @example
 * ```ts
 * citationEnd('\\citep[e.g.,][]{a,b} x', 6); // 19
 * citationEnd('\\cite x', 5); // -1
 * ```
 */
function citationEnd(text: string, nameEnd: number): number {
  let k = nameEnd;
  if (text.charCodeAt(k) === 0x2a) k++;
  for (let notes = 0; notes < 2 && text.charCodeAt(k) === 0x5b; notes++) {
    const close = text.indexOf(']', k);
    if (close < 0 || close - k > 60) return -1;
    k = close + 1;
  }
  return text.charCodeAt(k) === 0x7b ? closingBrace(text, k, 300) : -1;
}

/**
 * A citation whose braces a dump lost (PMLR's 2009 YAML): `\\cite` (or `\\citep`,
 * `\\citealp`) glued to its keys, the first capitalised, commas between them
 * (`(BC)\\citeBehavioralCloning,ALVINN,DAVE, treats`, `\\citePaisley:2010`). Not a
 * command of its own with its braces (`\\citeA{x}`, `\\citeNP{x}`), nor a textual one
 * (`\\citeauthor`: its first key letter is small).
 *
 * @example
 * ```ts
 * strippedCite('(BC)\\citeBehavioralCloning,ALVINN, treats', 4); // removes '\\cite…ALVINN'
 * strippedCite('\\citeA{x}', 0); // undefined
 * ```
 */
function strippedCite(text: string, at: number): Outcome | undefined {
  const end = strippedCiteEnd(text, at);
  return end < 0 ? undefined : removal(text, at, end);
}

/**
 * Where the brace-stripped citation whose backslash is at `at` ends, or -1: its keys end
 * before the sentence's own punctuation (`DAVE, treats`, `2010.`), and a period or a
 * comma glued to the next word is none of theirs (`\citeVaswani2017.The`). The first key
 * holds a small letter, a digit or a colon: apacite's own commands are capitals
 * (`\citeA`, `\citeNP`), and take a note or keys after them (`\citeA<see>{a}`,
 * `\citeA {x}`).
 *
 * @example
 * ```ts
 * strippedCiteEnd('\\citeKipf2017, and', 0); // 13
 * strippedCiteEnd('\\citeA {x}', 0); // -1
 * ```
 */
function strippedCiteEnd(text: string, at: number): number {
  const found = STRIPPED_CITE.exec(text.slice(at + 1, at + 300));
  if (found === null) return -1;
  const keys = found[0].replace(/[.,;-]+$/, '').replace(/\.[A-Z][a-z].*$/, '');
  const first = /^cite(?:p|alp)?([^,;]*)/.exec(keys)?.[1] ?? '';
  if (!/[a-z0-9:]/.test(first)) return -1;
  const end = at + 1 + keys.length;
  const next = text.charCodeAt(end);
  if (next === 0x7b || next === 0x5b || next === 0x3c || isWordChar(next)) return -1;
  let k = end;
  while (text.charCodeAt(k) === 0x20) k++;
  return text.charCodeAt(k) === 0x7b ? -1 : end;
}

/** `cite` glued to a capitalised key, and the keys' characters after it. */
const STRIPPED_CITE = /^cite(?:p|alp)?(?=[A-Z])[\w:.,;-]+/;

/** How far a footnote's text may run before its `}`. */
const NOTE_LIMIT = 400;

/**
 * `\footnote{…}` (or `\footnote[2]{…}`) from `at`, its name ending at `nameEnd`: the
 * note's text in parentheses where the mark stood, apart from the word before it
 * (`leaderboard\footnote{https://x.io}.` → `leaderboard (https://x.io).`). An abstract
 * has no page foot, and the note is often where the code is. A note across a blank
 * line, or none at all, stays.
 *
 * @example
 * ```ts
 * footnote('data\footnote{See x.}', 4, 13); // one hit: '\footnote{See x.}' → ' (See x.)'
 * ```
 */
function footnote(text: string, at: number, nameEnd: number): Outcome | undefined {
  let open = nameEnd;
  if (text.charCodeAt(open) === 0x5b) {
    const close = text.indexOf(']', open);
    if (close < 0 || close - open > 8) return undefined;
    open = close + 1;
  }
  if (text.charCodeAt(open) !== 0x7b) return undefined;
  // A tie before the mark goes with it (`available~\footnote{…}`): one space stays.
  const start = text.charCodeAt(at - 1) === 0x7e ? at - 1 : at;
  const close = closingBrace(text, open, NOTE_LIMIT);
  if (close < 0) return unclosedNote(text, start, open);
  const note = text.slice(open + 1, close).trim();
  if (note === '' || BLANK_LINE.test(note)) return undefined;
  // A note that repeats the address the link before it gave (`\href{URL}{the
  // platform}\footnote{URL}`) says nothing more: it goes, or the address would print
  // twice.
  if (repeatsLink(text, start, note)) {
    // (With the space before the mark: `\\href{…}{…} \\footnote{…}`.)
    let gap = start;
    while (gap > 0 && text.charCodeAt(gap - 1) === 0x20) gap--;
    return single(gap, close + 1, '');
  }
  return inParentheses(text, start, close + 1, note, '');
}

/**
 * The span from `start` to `end` replaced by `note` in parentheses (then `mark`), apart
 * from a word before it. Chinese and Japanese text sets no space before a bracket.
 *
 * @example
 * ```ts
 * inParentheses('data\\footnote{x}', 4, 16, 'x', ''); // one hit: → ' (x)'
 * ```
 */
function inParentheses(
  text: string,
  start: number,
  end: number,
  note: string,
  mark: string,
): Outcome {
  const before = text.charCodeAt(start - 1);
  const spaced = start === 0 || isSpace(before) || before >= 0x2e80;
  return single(start, end, `${spaced ? '' : ' '}(${note})${mark}`);
}

/**
 * A footnote whose `}` never comes, from `at` (its mark, or a tie before it), its note
 * running to the text's end (arXiv's
 * abstracts end so: `effectiveness\\footnote{Our code is available at https://x.io/a.`):
 * the note in parentheses, a sentence's last mark after them. Only a short plain note:
 * no brace, no blank line, no word after an address in it.
 *
 * @example
 * ```ts
 * unclosedNote('results\\footnote{Code: https://x.io/a.', 7, 16); // hit: → ' (Code: https://x.io/a).'
 * ```
 */
function unclosedNote(text: string, at: number, open: number): Outcome | undefined {
  if (text.length - open > NOTE_LIMIT) return undefined;
  const rest = text.slice(open + 1).trimEnd();
  if (rest === '' || /[{}]/.test(rest) || BLANK_LINE.test(rest)) return undefined;
  const mark = /[.!?]$/.test(rest) ? (rest.at(-1) as string) : '';
  const note = (mark ? rest.slice(0, -1) : rest).trim();
  // An address inside the note ends it: words after it are the sentence's, its brace lost
  // there (`KRLM\\footnote{… at https://x.io in both settings.`), and the note's end
  // unknown.
  if (note === '' || /https?:\/\/\S+\s+\S/.test(note)) return undefined;
  return inParentheses(text, at, open + 1 + rest.length, note, mark);
}

/**
 * Whether `note` is an address that the text right before `at` already gave: the
 * address itself, or an `\\href` to it ending there.
 *
 * @example
 * ```ts
 * repeatsLink('\\href{https://x.io}{site}\\footnote{https://x.io}', 25, 'https://x.io'); // true
 * ```
 */
function repeatsLink(text: string, at: number, note: string): boolean {
  if (!/^https?:\/\/\S+$/.test(note)) return false;
  const before = text.slice(Math.max(0, at - NOTE_LIMIT), at).trimEnd();
  // The address itself, whole (not the tail of another: `?u=https://x.io/p`), or in `\\url`.
  if (before.endsWith(note) && /(?:^|[\s(<])$/.test(before.slice(0, -note.length))) return true;
  if (before.endsWith(`\\url{${note}}`)) return true;
  const link = before.lastIndexOf(`\\href{${note}}{`);
  return (
    link >= 0 &&
    before.endsWith('}') &&
    before.indexOf('}', link + note.length + 8) === before.length - 1
  );
}

/**
 * A citation that lost its backslash, tied to the word before (`LTL~cite{luo2024}`, as a
 * page that drops backslashes shows `LTL~\\cite{luo2024}`): the tie
 * says LaTeX, and `cite{` is no English. Read at the tie (`at`) as the citation it
 * was; with a space instead of the tie it may be text about the command, and stays.
 *
 * @example
 * ```ts
 * flattenedCite('of LTL~cite{luo2024} that', 6); // one hit: '~cite{luo2024}' → ''
 * flattenedCite('a~b', 1); // undefined
 * ```
 */
function flattenedCite(text: string, at: number): Outcome | undefined {
  // Tied to a word, as a citation is (`type ~cite{key}` is text about the command).
  if (!isWordChar(text.charCodeAt(at - 1))) return undefined;
  const open = lettersEnd(text, at + 1);
  if (!PARENTHETICAL.has(text.slice(at + 1, open)) || text.charCodeAt(open) !== 0x7b) {
    return undefined;
  }
  const end = closingBrace(text, open, 300);
  if (end < 0) return undefined;
  // Keys: their characters, a space only after a comma (`a,b`, `a, b`).
  const keys = text.slice(open + 1, end);
  if (keys === '' || /[^\w:.+/, -]|[^,] |^ /.test(keys)) return undefined;
  if (isWordChar(text.charCodeAt(end + 1))) return undefined;
  return removal(text, at + 1, end + 1);
}

/**
 * A citation that lost its backslash after a space, not a tie, read at its brace
 * (`open`): only when every key is a BibTeX key with its year (`attacks
 * cite{jiang2024robustkv} or`), which no text about the command writes (`the cite{x}
 * command` stays).
 *
 * @example
 * ```ts
 * spacedFlatCite('attacks cite{jiang2024robustkv} or', 12); // one hit: ' cite{jiang2024robustkv}' → ''
 * spacedFlatCite('the cite{x} command', 8); // undefined
 * ```
 */
function spacedFlatCite(text: string, open: number): Outcome | undefined {
  const start = lettersStart(text, open, 12);
  if (text.charCodeAt(start - 1) !== 0x20 || !PARENTHETICAL.has(text.slice(start, open))) {
    return undefined;
  }
  // After a term: a word, a number, a bracket, a share, a name's `*` or a closing curly
  // quote, not a sentence's end (`cost. cite{x} showed`, its subject), a straight quote
  // (code's `" cite{x}"`) or a list's comma.
  if (!/[\p{L}\p{N})\]%*”’]/u.test(text.charAt(start - 2))) return undefined;
  const end = closingBrace(text, open, 300);
  if (end < 0 || isWordChar(text.charCodeAt(end + 1))) return undefined;
  // One of a list whose others lost their backslashes too: all stay, not half of them.
  if (FLAT_LIST_AFTER.test(text.slice(end + 1, end + 16))) return undefined;
  const keys = text.slice(open + 1, end).split(',');
  if (!keys.every((key) => YEAR_KEY.test(key.trim()))) return undefined;
  return removal(text, start, end + 1);
}

/** Another citation after a comma, a semicolon, `and` or a space: `cite{a}, \\cite{b}`. */
const FLAT_LIST_AFTER = /^\s?(?:[,;]|and)?\s?[~\\]?cite[a-z]{0,6}\{/;

/** A BibTeX key with its year: `jiang2024robustkv`, `Vaswani:2017`, `li_2023_lora`. */
const YEAR_KEY = /^[A-Za-z][A-Za-z-]{1,30}[:_]?(?:19|20)\d\d(?:[:_]?[A-Za-z0-9]{0,30})$/;

/** Characters that may end the term a citation follows, besides a word's. */
const AFTER_TERM = ')].*%"\'”';

/**
 * The citation `[at, end)` removed with the tie or space before it, where the words
 * before make it a parenthetical mark.
 *
 * @example
 * ```ts
 * removal('GCG~\\cite{x}.', 4, 12); // one hit: '~\\cite{x}' → ''
 * ```
 */
function removal(text: string, at: number, end: number, listed = 0): Outcome | undefined {
  const start = gapBefore(text, at);
  const last = text.charCodeAt(start - 1);
  // After a comma that ends another citation (`place \cite{a}, \cite{b}.`), one of a
  // list: it goes with its comma where the list's first goes.
  if (last === 0x2c) {
    const previous = listed < LISTED ? citationBefore(text, start - 1) : -1;
    if (previous < 0 || removal(text, previous, start - 1, listed + 1) === undefined) {
      return undefined;
    }
    return single(start - 1, end, '');
  }
  // After a word, a closing bracket or quote, a script's group (`m^{O(1/ε)}`), a period,
  // or a name's `*` or a `%` (`A*`).
  if (
    start === 0 ||
    !(
      isWordChar(last) ||
      AFTER_TERM.includes(text[start - 1] as string) ||
      scriptGroupEnd(text, start - 1)
    )
  ) {
    return undefined;
  }
  // The word before: a preposition or verb makes the citation a noun.
  let wordEnd = start;
  if (last === 0x2e) wordEnd--;
  let wordStart = lettersStart(text, wordEnd, 12);
  // An abbreviation's dotted letters are one word (`e.g. \cite{x}`, `i.e.`).
  for (let dots = 0; dots < 3 && text.charCodeAt(wordStart - 1) === 0x2e; dots++) {
    const letters = lettersStart(text, wordStart - 1, 3);
    if (letters === wordStart - 1) break;
    wordStart = letters;
  }
  const word = text.slice(wordStart, wordEnd).toLowerCase();
  // A list's last one after `and` (`\cite{a}, \cite{b} and \cite{c}`) goes with the word.
  if ((word === 'and' || word === 'or') && listed < LISTED) {
    let after = gapBefore(text, wordStart);
    if (after === wordStart) return undefined;
    if (text.charCodeAt(after - 1) === 0x2c) after--;
    const previous = citationBefore(text, after);
    if (previous < 0 || removal(text, previous, after, listed + 1) === undefined) {
      return undefined;
    }
    return single(after, end, '');
  }
  if (NOUN_BEFORE.has(word) && !(word === 'the' && modifies(text, end))) return undefined;
  return single(start, end, '');
}

/**
 * Does the `}` at `close` end a script's group (`^{O(1/ε)}`, `_{ij}`), not another
 * command's argument (a kept `\\cite{a}` before the next citation of a list)?
 *
 * @example
 * ```ts
 * scriptGroupEnd('m^{O(1/2)}', 9); // true
 * scriptGroupEnd('\\cite{a}', 7); // false
 * ```
 */
function scriptGroupEnd(text: string, close: number): boolean {
  return text.charCodeAt(close) === 0x7d && scriptGroupStart(text, close, 80) !== -1;
}

/**
 * Where the gap before `at` starts: one tie or space, or two (`solutions~~\\cite{a}`, a
 * doubled tie), or a wrapped line's break with the indent after it (not a blank line's).
 * `at` itself when there is none.
 *
 * @example
 * ```ts
 * gapBefore('a~\\cite', 2); // 1
 * gapBefore('and\n  \\cite', 6); // 3
 * ```
 */
function gapBefore(text: string, at: number): number {
  let indent = at;
  while (indent > at - 4 && text.charCodeAt(indent - 1) === 0x20) indent--;
  if (text.charCodeAt(indent - 1) === 0x0a && text.charCodeAt(indent - 2) !== 0x0a) {
    return indent - 1;
  }
  let start = at;
  while (
    start > at - 2 &&
    (text.charCodeAt(start - 1) === 0x7e || text.charCodeAt(start - 1) === 0x20)
  ) {
    start--;
  }
  return start;
}

/** Citations a list may hold before the first: past them, a comma's citation stays. */
const LISTED = 8;

/**
 * Where the parenthetical citation that ends right before `comma` starts, or -1.
 *
 * @example
 * ```ts
 * citationBefore('x \\cite{a}, \\cite{b}', 10); // 2
 * citationBefore('x {a}, \\cite{b}', 5); // -1
 * citationBefore('x \\citeKipf2017 and', 15); // 2
 * ```
 */
function citationBefore(text: string, comma: number): number {
  const at = text.lastIndexOf('\\', comma - 1);
  if (at < 0 || comma - at > 400) return -1;
  // Or one whose braces a dump lost (`\citeKipf2017 and \citeVelickovic2018`).
  if (text.charCodeAt(comma - 1) !== 0x7d) return strippedCiteEnd(text, at) === comma ? at : -1;
  const nameEnd = lettersEnd(text, at + 1);
  if (!PARENTHETICAL.has(text.slice(at + 1, nameEnd))) return -1;
  return citationEnd(text, nameEnd) === comma - 1 ? at : -1;
}

/**
 * Nouns a cited work's method is named by: after `the`, a citation followed by one of
 * them (maybe after one more word) is a mark inside the noun phrase.
 */
const HEADS = new Set(
  'method methods model models approach approaches framework frameworks algorithm algorithms dataset datasets benchmark benchmarks baseline baselines architecture architectures technique techniques metric metrics loss attack attacks defense defence scheme schemes network networks system systems protocol setting settings task tasks pipeline strategy'.split(
    ' ',
  ),
);

/**
 * After `the`, is the citation ending at `end` a mark inside the noun phrase: a noun of
 * {@link HEADS} follows it, right away or after one more word (`the~\\cite{x}
 * watermarking method` is the method)? Before anything else (`the \\cite{x}.`, `the
 * \\cite{x} to larger graphs`, `the \\cite{x} achieves`) the citation is the cited work.
 *
 * @example
 * ```ts
 * modifies('to the \\cite{a} watermarking method', 15); // true
 * modifies('extends the \\cite{a} to graphs', 19); // false
 * ```
 */
function modifies(text: string, end: number): boolean {
  let from = end;
  for (let words = 0; words < 2; words++) {
    if (!isSpace(text.charCodeAt(from))) return false;
    const wordEnd = lettersEnd(text, from + 1);
    const word = text.slice(from + 1, wordEnd);
    // (A word of the sentence between is no modifier: `the \\cite{x} as baseline`.)
    if (word === '' || word !== word.toLowerCase() || NOUN_BEFORE.has(word)) return false;
    if (HEADS.has(word)) return true;
    from = wordEnd;
  }
  return false;
}
