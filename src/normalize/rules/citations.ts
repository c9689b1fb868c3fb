/**
 * `citations`: a parenthetical citation (`\cite{…}`, `\citep{…}`, `\citealp`,
 * `\parencite`, `\autocite`, `\footcite`, with optional `[…]` notes) prints as a
 * reference mark that means nothing in a listing: it goes, with the tie or space
 * before it (`GCG~\citep{zou2023}` → `GCG`). Reported as a removal in the fixes.
 *
 * A citation that stands for words stays as written: after a preposition or verb
 * that makes it a noun (`as shown in \cite{x}`, `see \cite{x}`), after `the` unless a
 * word follows it in the noun phrase (`the \cite{x} method` is the method), at the start
 * of the text, or a textual one (`\citet`, `\citeauthor`), whose names are lost.
 *
 * @example
 * ```text
 * attacks such as GCG~\citep{zou2023universal} and AutoDAN \cite{liu2023}. → attacks such as GCG and AutoDAN.
 * prior work~\citep[e.g.,][]{a,b}, methods \cite{x} → prior work, methods
 * LLM-A* \cite{meng2024} plans, a 5% \cite{x} gain → LLM-A* plans, a 5% gain
 * as shown in \cite{x}, see \cite{y}; \citet{z} argues → as shown in \cite{x}, see \cite{y}; \citet{z} argues
 * robust compared to the~\cite{aarson} watermarking method → robust compared to the watermarking method
 * unlike the \cite{a}, the \cite{b} and \cite{c} or the \cite{d}. the \cite{e} is → unlike the \cite{a}, the \cite{b} and \cite{c} or the \cite{d}. the \cite{e} is
 * ```
 *
 * @module
 */
import { closingBrace, isWordChar, lettersEnd, lettersStart } from '../scan.js';
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
]);

export const citations: Rule = {
  name: 'citations',
  prefilter: {
    triggers: '\\',
    anchors: ['\\'],
  },
  match(text, at, ctx) {
    if (text.charCodeAt(at) !== 0x5c) return undefined;
    const name = ctx.macroName(text, at);
    if (!PARENTHETICAL.has(name)) return undefined;
    const nameEnd = at + 1 + name.length;
    let k = nameEnd;
    if (text.charCodeAt(k) === 0x2a) k++;
    // Up to two optional notes: `[e.g.,][]`.
    for (let notes = 0; notes < 2 && text.charCodeAt(k) === 0x5b; notes++) {
      const close = text.indexOf(']', k);
      if (close < 0 || close - k > 60) return undefined;
      k = close + 1;
    }
    if (text.charCodeAt(k) !== 0x7b) return undefined;
    const end = closingBrace(text, k, 300);
    if (end < 0 || isWordChar(text.charCodeAt(end + 1))) return undefined;
    return removal(text, at, end + 1);
  },
};

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
function removal(text: string, at: number, end: number): Outcome | undefined {
  const gap = text.charCodeAt(at - 1);
  const start = gap === 0x7e || gap === 0x20 ? at - 1 : at;
  const last = text.charCodeAt(start - 1);
  // After a word, a closing bracket or quote, a period, or a name's `*` or a `%` (`A*`).
  if (start === 0 || !(isWordChar(last) || AFTER_TERM.includes(text[start - 1] as string))) {
    return undefined;
  }
  // The word before: a preposition or verb makes the citation a noun.
  let wordEnd = start;
  if (last === 0x2e) wordEnd--;
  let wordStart = lettersStart(text, wordEnd, 12);
  if (text.charCodeAt(wordStart - 1) === 0x2e && text.charCodeAt(wordStart - 3) === 0x2e) {
    wordStart -= 2;
  }
  const word = text.slice(wordStart, wordEnd).toLowerCase();
  if (NOUN_BEFORE.has(word) && !(word === 'the' && modifies(text, end))) return undefined;
  return single(start, end, '');
}

/**
 * Words after which a citation after `the` may still be the noun: one that joins
 * another (`the \cite{a} and \cite{b}`), or a verb it is the subject of (`the \cite{a}
 * is`).
 */
const JOINING = new Set([
  ...['and', 'or', 'but', 'nor', 'vs', 'versus'],
  ...['is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'could', 'will', 'would'],
  ...['may', 'might', 'does', 'did', 'also'],
]);

/**
 * After `the`, is the citation ending at `end` a mark inside the noun phrase, a word
 * (not one that joins another citation) following it: `the~\cite{x} watermarking
 * method` is the method; `the \cite{x}.` is the cited work itself.
 *
 * @example
 * ```ts
 * modifies('to the \cite{a} watermarking method', 15); // true
 * modifies('unlike the \cite{a}, we', 15); // false
 * ```
 */
function modifies(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20) return false;
  const wordEnd = lettersEnd(text, end + 1);
  return wordEnd > end + 1 && !JOINING.has(text.slice(end + 1, wordEnd).toLowerCase());
}
