/**
 * `quotes`: LaTeX quotes become typographic ones. An opening ` `` ` pairs with the
 * next `''` or `"`, and a single backquote with the apostrophe that closes its phrase;
 * a straight `"` closed by `''` pairs too, and so does `''` typed for an opening quote
 * (`''term''`). Pairs are found once per text, in one pass. A
 * closing `''` whose opening was lost gets it back where the phrase before it shows
 * its start: a hyphenated term or capitalised words (`the Lost-in-the-Middle''
 * problem`); any other quote without a partner stays as written.
 *
 * @example
 * ```text
 * differentiating ``objects'' can be → differentiating “objects” can be
 * to produce ``judgements" of the → to produce “judgements” of the
 * subjects (``Agents"), verbs (``Events"), and objects (``Targets") → subjects (“Agents”), verbs (“Events”), and objects (“Targets”)
 * we term as "tokenization bias''. To → we term as “tokenization bias”. To
 * a "plain" quote, an apostrophe's, a lone `` → a "plain" quote, an apostrophe's, a lone ``
 * the Lost-in-the-Middle'' problem, the Needle in a Haystack'' test → the “Lost-in-the-Middle” problem, the “Needle in a Haystack” test
 * a ''quoted'' term, the model'' output, 5'' screens → a “quoted” term, the model'' output, 5'' screens
 * the so-called `lazy' neurons, `don't care' terms → the so-called ‘lazy’ neurons, ‘don't care’ terms
 * Su (`we're entering the world of Physical AI, this is where AI enters the real world,' CES) → Su (‘we're entering the world of Physical AI, this is where AI enters the real world,’ CES)
 * see ``https://x.io/a'' now → see “https://x.io/a” now
 * ``back in the `80s nobody believed it,'' he said → “back in the `80s nobody believed it,” he said
 * a well-structured `map'' of it, a claim''s scope, we''ll see, f''(x) → a well-structured “map” of it, a claim's scope, we'll see, f''(x)
 * WHERE note = 'don''t', title: 'It''s here', the f''s sign → WHERE note = 'don''t', title: 'It''s here', the f''s sign
 * a `code` span, `f' (a prime), `x''y → a `code` span, `f' (a prime), `x''y
 * s.replace("'", "''") and x = "''" + y → s.replace("'", "''") and x = "''" + y
 * `require('semver/ranges')`, GNU's `ui_out' functions, `f(x)' → `require('semver/ranges')`, GNU's `ui_out' functions, `f(x)'
 * set it to ``''``, ``key*=charset''value``, ```py fence```, `export * from 'x'` → set it to ``''``, ``key*=charset''value``, ```py fence```, `export * from 'x'`
 * marks (` `` ` and ` '' `), use `` and '' for quotes, but `` tiny ones'' → marks (` `` ` and ` '' `), use `` and '' for quotes, but “ tiny ones”
 * the Collatz-inspired `4/3 problem', but see `src/x' there → the Collatz-inspired ‘4/3 problem’, but see `src/x' there
 * approaches, exemplified by LongWriter, typically rely on<LF>''teaching'', which → approaches, exemplified by LongWriter, typically rely on<LF>“teaching”, which
 * can lead to sub-optimal performance, as an imbalanced<LF>`light' reader design is unlocked by a small `trigger<LF>patch', but Alternative `ayin<LF>X' → can lead to sub-optimal performance, as an imbalanced<LF>‘light’ reader design is unlocked by a small ‘trigger<LF>patch’, but Alternative `ayin<LF>X'
 * a noisy `recovery QSP.' and `Pauli errors,' here → a noisy ‘recovery QSP.’ and ‘Pauli errors,’ here
 * RAISERROR(''First name must be informed'', 16, 1), but the (''Lost'' problem) → RAISERROR(''First name must be informed'', 16, 1), but the (“Lost” problem)
 * use `` for templates; otherwise "" or '' → use `` for templates; otherwise "" or ''
 * `variable.summary' bug fixed, file `gnuplot.cfg', but `i.e.' here → `variable.summary' bug fixed, file `gnuplot.cfg', but ‘i.e.’ here
 * the `Ph.D. students' problem → the ‘Ph.D. students’ problem
 * ```
 *
 * @module
 */
import {
  isAlphanumeric,
  isDigit,
  isLetter,
  isUpper,
  isWordChar,
  lettersEnd,
  wrapsLine,
} from '../scan.js';
import type { Context, Hit, Rule } from '../types.js';
import { flatMarks } from './accents.js';
import { APOSTROPHE_ENDINGS } from './escapes.js';

export const quotes: Rule = {
  name: 'quotes',
  prefilter: {
    // A single apostrophe is no trigger: the one that closes a single backquote's pair
    // is replaced with its opener, so the pass does not stop at every apostrophe.
    triggers: '`"',
    needles: ["''"],
    anchors: ['`'],
    // `''`, in one search with `accents`' flattened marks (the engine asks a gate once).
    gate: flatMarks,
  },
  match(text, at, ctx) {
    // At the second apostrophe of `''`: the mark starts one before. A lone apostrophe
    // is another rule's trigger (`accents`' `Caf'e`), never this one's.
    const apostrophe = text.charCodeAt(at) === 0x27;
    if (apostrophe && text.charCodeAt(at - 1) !== 0x27) return undefined;
    const mark = apostrophe ? at - 1 : at;
    const found = pairs(text, ctx);
    const hit = found.get(mark);
    if (hit === undefined) return undefined;
    const other = partner(found, mark);
    // A single backquote's pair is short: its closing mark goes with it; so does a `’’`
    // closer, which no trigger reaches.
    if (
      text.charCodeAt(mark) === 0x60 &&
      other !== undefined &&
      (hit.end === mark + 1 || text.charCodeAt(other.start) === 0x2019)
    ) {
      return { hits: [hit, other], resume: other.end };
    }
    // A recovered opening is an insertion behind the closing mark: both go at once.
    const hits = hit.text === '”' && other !== undefined ? [other, hit] : [hit];
    return { hits, resume: hit.end };
  },
};

/**
 * The quote marks that pair up in `text`, by position, computed once per call. Pairs
 * nest like brackets (a stack), so the marks a pass converts never change how the
 * marks it leaves pair up in the next pass.
 */
function pairs(text: string, ctx: Context): Map<number, Hit> {
  const cached = ctx.memo.get('quotes') as Map<number, Hit> | undefined;
  if (cached !== undefined) return cached;
  const found = new Map<number, Hit>();
  ctx.memo.set('quotes', found);
  // Without a backquote or '' nothing pairs: two native searches spare the scan below.
  if (!text.includes('`') && !text.includes("''")) return found;
  // Open marks (see {@link Opener}): a `` that another `` closes is a code literal, not
  // a quotation.
  const open: Opener[] = [];
  for (let at = nextMark(text, 0); at < text.length; at = nextMark(text, at + 1)) {
    const code = text.charCodeAt(at);
    // `\"o` and `\'e` are accents, not quotes.
    if (text.charCodeAt(at - 1) === 0x5c) continue;
    const next = text.charCodeAt(at + 1);
    const top = open[open.length - 1];
    if (code === 0x60) {
      if (next !== 0x60) {
        at = singlePair(found, text, at);
        continue;
      }
      if (text.charCodeAt(at + 2) === 0x60) {
        // A fence (```): no quotation.
        while (text.charCodeAt(at + 1) === 0x60) at++;
        continue;
      }
      // ``code``: reStructuredText's literal, closed by another ``.
      if (top?.tick) open.pop();
      else open.push({ at, length: 2, tick: true, alone: standsAlone(text, at, 2) });
      at++;
    } else if (code === 0x27) {
      if (next !== 0x27) continue;
      // SQL's doubled quotes around a call's argument pair with nothing, either of them.
      const sql = sqlString(text, at);
      if (sql > 0) {
        at = sql - 1;
        continue;
      }
      const after = text.charCodeAt(at + 2);
      if (isContraction(text, at) && !inSingleQuotes(text, at)) {
        // `claim''s`: an apostrophe doubled as SQL and YAML escape it, in prose that
        // holds no such string (`'don''t'` and `title: 'It''s'` are the escape itself).
        found.set(at, { start: at, end: at + 2, text: "'" });
        at++;
      } else if (top !== undefined) {
        // Glued to what follows (`charset''value`, `''``), '' closes no quotation.
        // Two marks that both stand alone are named, not quoting (`` and '').
        if (top.alone === true && standsAlone(text, at, 2)) {
          open.pop();
        } else if (top.length === 1 && at === top.at + 1) {
          // Right after a straight quote it quotes nothing: code's empty string in
          // double quotes (`s.replace("'", "''")`), which the next `"` closes.
        } else if (!isLetter(after) && !isDigit(after) && after !== 0x60 && after !== 0x27) {
          open.pop();
          convert(found, top, at, 2);
        }
      } else if (opensWord(text, at)) {
        // `''Lost''`: two apostrophes typed for an opening quote.
        open.push({ at, length: 2 });
      } else {
        recover(found, text, at);
      }
      at++;
    } else if (code === 0x2019) {
      // `’’` typed (or converted) for TeX's closing `''` closes TeX's opening quote (`gold
      // standard’’` after it, the two hundredth blind set's): no text writes two right
      // quotes.
      const after = text.charCodeAt(at + 2);
      // (The pair must quote words where prose opens a quotation, not stand in a pattern
      // or a string: `s/``/“/g; s/’’/”/g`, `s,``,“,g`, `(``|’’)` or a text about the marks,
      // ```` ``’’ ````, review126 and review128.)
      // (Whether a letter or a digit stands between the marks is asked of the opener, whose
      // search resumes where it stopped: a slice per `’’` made `a ``!’’ !’’ …` quadratic.)
      if (
        next === 0x2019 &&
        top?.tick &&
        top.alone !== true &&
        !isAlphanumeric(after) &&
        after !== 0x60 &&
        /^$|[\s([{>*—–-]/.test(text.charAt(top.at - 1)) &&
        // (Nor a group's or a pattern's marks: `s{``}{“}g; s{’’}{”}g`, `(``[a-z]|’’)`,
        // `(``|\w’’)`: a closing bracket or a bar after the opener, an opening one or a bar
        // before the closer, review131; so `the ``|V|’’ notation` stays.)
        !/[\s`'’/)\]}|]/.test(text.charAt(top.at + 2)) &&
        !/[\s`/({[|]/.test(text.charAt(at - 1)) &&
        wordBefore(text, top, at)
      ) {
        open.pop();
        // (Kept as the opener's partner: no pass stops at `’`.)
        found.set(top.at, { start: top.at, end: top.at + 2, text: '“' });
        found.set(-top.at - 1, { start: at, end: at + 2, text: '”' });
        at++;
      } else if (next === 0x2019 && top?.tick) {
        // Refused, it still answers its opener, which no later mark may close (`(``|’’)`
        // then `"quotes.py"`, review129): both stay as written.
        open.pop();
        at++;
      }
    } else if (
      top?.length === 2 &&
      top.alone !== true &&
      !/[,;|/)\]}]/.test(text.charAt(top.at + 2))
    ) {
      // (Not a `` named alone: `use `` for templates, "" or ''` quotes nothing; nor one
      // before a separator or a closing bracket, a pattern's: `sed -e "s,``,“,g"`.)
      open.pop();
      convert(found, top, at, 1);
    } else if (top?.length === 1) {
      // Two straight quotes: an ordinary pair, left as written.
      open.pop();
    } else {
      open.push({ at, length: 1 });
    }
  }
  return found;
}

/**
 * An open mark: position, length (2 for `` or '', 1 for a straight "), whether it is ``
 * (`tick`), whether it has whitespace on both sides (`alone`), and how far the search
 * for a letter or digit after it has gone (`scanned`: the one found, or where it stopped).
 */
interface Opener {
  at: number;
  length: number;
  tick?: true;
  alone?: boolean;
  scanned?: number;
}

/**
 * Whether a letter or a digit of any script stands between the opener `open` and `end`.
 * The search goes on from where the last one for this opener stopped, and stops at `end`:
 * each character is read once per opener, and `a ``!’’ ``!’’ …` stays linear.
 *
 * @example
 * ```ts
 * wordBefore('a ``!gold’’', { at: 2, length: 2 }, 9); // true
 * wordBefore('a ``!’’', { at: 2, length: 2 }, 5); // false
 * ```
 */
function wordBefore(text: string, open: Opener, end: number): boolean {
  let k = open.scanned ?? open.at + open.length;
  for (; k < end; k++) {
    if (isWordChar(text.charCodeAt(k))) {
      open.scanned = k;
      return true;
    }
  }
  open.scanned = k;
  return false;
}

const MARKS = /[`'"’]/g;

/**
 * Whether the `length`-character mark at `at` has whitespace (or the text's edge) on
 * both sides: a mark named, when its partner stands alone too.
 *
 * @example
 * ```ts
 * standsAlone("use `` and ''", 4, 2); // true
 * standsAlone('the ``best', 4, 2); // false
 * ```
 */
function standsAlone(text: string, at: number, length: number): boolean {
  // (`charAt` past the text's edge is '', which holds no non-space either.)
  return !/\S/.test(text.charAt(at - 1) + text.charAt(at + length));
}

/**
 * The next quote mark (`` ` ``, `'`, `"` or `’`) at or after `from`, or `text.length`: a
 * native search, not a look at every character.
 *
 * @example
 * ```ts
 * nextMark("a ``b''", 0); // 2
 * ```
 */
function nextMark(text: string, from: number): number {
  MARKS.lastIndex = from;
  // `test` builds no match object; it leaves `lastIndex` just past the mark.
  return MARKS.test(text) ? MARKS.lastIndex - 1 : text.length;
}

/**
 * Record a pair: the opener becomes “, the closer ”.
 *
 * @example
 * ```ts
 * convert(found, { at: 0, length: 2 }, 5, 2); // ``abc'' → “abc”
 * ```
 */
function convert(
  found: Map<number, Hit>,
  opener: { at: number; length: number },
  at: number,
  length: number,
): void {
  found.set(opener.at, { start: opener.at, end: opener.at + opener.length, text: '“' });
  found.set(at, { start: at, end: at + length, text: '”' });
}

/** A decade after its elided century: `80s`, `90s`. */
const DECADE = /^\d0s(?![A-Za-z])/;

/** How far a single backquote's phrase runs to a bare closing apostrophe. */
const PHRASE = 60;
/** How far a quotation runs to a closing apostrophe after a sentence's mark. */
const MARKED_QUOTE = 200;

/**
 * A single backquote that opens a word (`` the so-called `lazy' neurons ``) pairs with
 * the next apostrophe that ends a word within 60 characters (‘lazy’), or a sentence's
 * mark after one within 200 (`` `QSP.' ``, a quoted sentence's `` ,' ``). A backquote,
 * `"`, line break, apostrophe that opens a word, or a character of code (`_`, `(`,
 * `/`, `=`…) first, or one letter quoted (`` `f' ``, a prime) pairs nothing; an
 * apostrophe inside a word (`don't`) is passed over. Closed by `''` instead
 * (`` `map'' ``), the quotation is double: “map”. Returns where the search for marks
 * goes on: past a closing `''` it took, else `at`.
 *
 * @example
 * ```ts
 * singlePair(found, "a `lazy' unit", 2); // ‘ at 2, ’ at 7; returns 2
 * singlePair(found, "a `map'' of", 2); // “ at 2, ” at 6–8; returns 7
 * ```
 */
function singlePair(found: Map<number, Hit>, text: string, at: number): number {
  const before = text.charCodeAt(at - 1);
  // (After a line break that wraps prose too, and one may stand inside: arXiv's API
  // wraps abstracts; a short line is a keymap's or a list's.)
  if (
    at > 0 &&
    before !== 0x20 &&
    before !== 0x28 &&
    !(before === 0x0a && wrapsLine(text, at - 1))
  ) {
    return at;
  }
  if (!isLetter(text.charCodeAt(at + 1)) && !isDigit(text.charCodeAt(at + 1))) return at;
  // A decade's elided century typed with a backquote (`` the `80s ``) opens nothing.
  if (DECADE.test(text.slice(at + 1, at + 5))) return at;
  const stop = Math.min(text.length, at + MARKED_QUOTE);
  let wrapped = false;
  for (let k = at + 2; k < stop; k++) {
    const code = text.charCodeAt(k);
    if (
      code === 0x0a &&
      !wrapped &&
      (isWordChar(text.charCodeAt(k - 1)) || ',;:?!'.includes(text[k - 1] as string)) &&
      wrapsLine(text, k)
    ) {
      if (!isLetter(text.charCodeAt(k + 1)) && !isDigit(text.charCodeAt(k + 1))) return at;
      wrapped = true;
      continue;
    }
    // Code quotes with a backquote too (GNU's `ui_out', `require('x')`): an identifier's
    // or a call's characters inside are no phrase.
    // A fraction's slash between digits is prose's (`` `4/3 problem' ``), a path's is not,
    // nor a network's prefix after a dotted address (`` `10.0.0.0/8' ``).
    const fraction =
      code === 0x2f &&
      isDigit(text.charCodeAt(k - 1)) &&
      isDigit(text.charCodeAt(k + 1)) &&
      !/\.\d+$/.test(text.slice(Math.max(at, k - 8), k));
    // So are a dotted name's parts (`variable.summary', `gnuplot.cfg', `main.c': the
    // ninety-second blind set's clean side, review89); an abbreviation's next dot follows
    // one to three letters (`i.e.', `U.S.', `Ph.D.').
    const dotted =
      code === 0x2e &&
      isAlphanumeric(text.charCodeAt(k - 1)) &&
      isLetter(text.charCodeAt(k + 1)) &&
      // (An abbreviation's letters before its next dot: `Ph.D.`, `M.Sc.`, review90.)
      !/^[A-Za-z]{1,3}\./.test(text.slice(k + 1, k + 5));
    if (
      dotted ||
      code === 0x60 ||
      code === 0x22 ||
      code === 0x0a ||
      (CODE.includes(text[k] as string) && !fraction)
    ) {
      return at;
    }
    if (code !== 0x27) continue;
    const next = text.charCodeAt(k + 1);
    const previous = text.charCodeAt(k - 1);
    if (isLetter(next)) {
      // An apostrophe inside a word (`don't`) is no closing; one that opens a word is
      // a quote in code.
      if (isLetter(previous)) continue;
      return at;
    }
    // A sentence's mark may end the quoted words, as British quotes place it
    // (`` a noisy `recovery QSP.' ``, `` `Pauli errors,' ``).
    const marked = '.,;:!?'.includes(text[k - 1] as string) && isWordChar(text.charCodeAt(k - 2));
    if (next === 0x60 || k < at + 3 || (!isWordChar(previous) && !marked)) return at;
    // Past a phrase's length only a single apostrophe after a sentence's mark closes the
    // quotation (`` `we're entering … the real world,' ``): a bare one may be a plural's,
    // and a `''` an outer double quotation's (`` ``back in the `80s … large,'' ``).
    if (k >= at + PHRASE && (!marked || next === 0x27)) return at;
    if (next === 0x27) {
      // `` `map'' ``: TeX's closing double quote after a single backquote: one
      // quotation, double, when nothing is glued after it (`x''y` is code).
      const after = text.charCodeAt(k + 2);
      if (isWordChar(after) || after === 0x27 || after === 0x60) return at;
      found.set(at, { start: at, end: at + 1, text: '“' });
      found.set(-at - 1, { start: k, end: k + 2, text: '”' });
      // The pass of marks goes on after the closing `''`, which is taken.
      return k + 1;
    }
    found.set(at, { start: at, end: at + 1, text: '‘' });
    // Kept for its opener (see `partner`): the pass never stops at the apostrophe.
    found.set(-at - 1, { start: k, end: k + 1, text: '’' });
    return at;
  }
  return at;
}

/**
 * `''` at `at` between a word of two letters or more (`f''s` is a double prime) and an
 * English contraction's ending, then the word's end: `s`, `t`, `d`, `m`, `re`, `ll`,
 * `ve` (`claim''s`, `don''t`, `we''ll`).
 *
 * @example
 * ```ts
 * isContraction("claim''s wording", 5); // true
 * isContraction("f''s sign", 1); // false
 * ```
 */
function isContraction(text: string, at: number): boolean {
  if (!isLetter(text.charCodeAt(at - 1)) || !isLetter(text.charCodeAt(at - 2))) return false;
  const end = lettersEnd(text, at + 2);
  return end - at <= 4 && CONTRACTIONS.has(text.slice(at + 2, end));
}

/**
 * Whether a single quote opens a string before `at` on its line, within 200
 * characters (`= 'don''t'`, `title: 'It''s here'`, `('can''t')`): there a doubled
 * apostrophe is the string's own escape.
 *
 * @example
 * ```ts
 * inSingleQuotes("WHERE note = 'don''t'", 17); // true
 * inSingleQuotes("a claim''s wording", 7); // false
 * ```
 */
function inSingleQuotes(text: string, at: number): boolean {
  const stop = Math.max(0, at - 200);
  for (let k = at - 1; k >= stop; k--) {
    const code = text.charCodeAt(k);
    if (code === 0x0a) return false;
    if (code !== 0x27) continue;
    // One apostrophe, not glued to a word on its left: a string's opening quote.
    if (
      text.charCodeAt(k - 1) !== 0x27 &&
      text.charCodeAt(k + 1) !== 0x27 &&
      !isWordChar(text.charCodeAt(k - 1))
    ) {
      return true;
    }
  }
  return false;
}

const CONTRACTIONS = new Set(APOSTROPHE_ENDINGS);

/** Characters of identifiers, calls and escapes, which a quoted phrase does not hold. */
const CODE = '_()/=<>{}\\';

/**
 * `''` at a word's start: after a space, a line break (a wrapped abstract's `the` /
 * `''handle''`), `(` or the text's start, before a letter or digit.
 */
function opensWord(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at + 2);
  return (
    (at === 0 || before === 0x20 || before === 0x28 || before === 0x0a) &&
    (isLetter(after) || isDigit(after))
  );
}

/**
 * Where a string argument in SQL's doubled quotes ends, past its closing `''`: a `''`
 * right after a name's bracket that closes on its line, within 200 characters, before
 * a comma and a number, an `@` variable or a name (`RAISERROR(''No name'', 16, 1)`,
 * `sp_log(''Started'', @id)`); else -1 (`f(''x'')`, a relation's `R(''Paris'', ''France'')`
 * quote).
 *
 * @example
 * ```ts
 * sqlString("RAISERROR(''No name'', 16, 1)", 10); // 21
 * sqlString("R(''Paris'', ''France'')", 2); // -1
 * ```
 */
function sqlString(text: string, at: number): number {
  if (text.charCodeAt(at - 1) !== 0x28 || !isWordChar(text.charCodeAt(at - 2))) return -1;
  const inside = text.slice(at + 2, at + 202);
  const end = inside.indexOf("''");
  if (end < 0 || inside.slice(0, end).includes('\n')) return -1;
  const close = at + 2 + end;
  return /^,\s*[\w@]/.test(text.slice(close + 2, close + 12)) ? close + 2 : -1;
}

/** Small words a title keeps in lowercase between its capitalised words. */
const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'for',
  'to',
  'and',
  'or',
  'with',
  'at',
  'by',
]);

/**
 * A closing `''` at `at` whose opening was lost: the quotation is recovered when the
 * phrase before it shows where it starts: a hyphenated term (`Lost-in-the-Middle''`)
 * or a run of capitalised words, small words allowed between them (`the Needle in a
 * Haystack'' test`). Otherwise the `''` stays as written.
 *
 * @example
 * ```ts
 * recover(found, "the Lost-in-the-Middle'' problem", 22); // “ at 4, ” at 22
 * ```
 */
function recover(found: Map<number, Hit>, text: string, at: number): void {
  // `f''(x)`, `F''` and `5''` are primes: a quotation ends before a space or punctuation.
  const after = text.charCodeAt(at + 2);
  if (isLetter(after) || isDigit(after) || after === 0x28) return;
  if (at < 2 || !isTermChar(text.charCodeAt(at - 2))) return;
  let end = at;
  let start = -1;
  for (let words = 0; words < 6; words++) {
    let wordStart = end;
    while (wordStart > 0 && isTermChar(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart === end) break;
    const word = text.slice(wordStart, end);
    const first = word.charCodeAt(0);
    const capital = isUpper(first);
    if (words === 0) {
      if (!capital && !/[A-Za-z]-[A-Za-z]/.test(word)) return;
      start = wordStart;
    } else if (capital) {
      start = wordStart;
    } else if (!SMALL_WORDS.has(word)) {
      break;
    }
    if (text.charCodeAt(wordStart - 1) !== 0x20) break;
    end = wordStart - 1;
  }
  if (start < 0) return;
  // Kept for the closing mark (see `partner`): the pass never stops at the phrase's
  // first letter, so the closing mark's match inserts it.
  found.set(-at - 1, { start, end: start, text: '“' });
  found.set(at, { start: at, end: at + 2, text: '”' });
}

/** A character of a quoted term: a letter, a digit, a hyphen or a period inside. */
function isTermChar(code: number): boolean {
  return isLetter(code) || isDigit(code) || code === 0x2d;
}

/**
 * The mark that goes with the one at `at` but where the pass never stops, kept under
 * `-at - 1`: the opening inserted before a recovered closing `''`, the closing
 * apostrophe of a single backquote's pair, or a `’’` that closes TeX's opening quote.
 *
 * @example
 * ```ts
 * partner(found, 2); // in "a `lazy' unit": ’ at 7
 * ```
 */
function partner(found: Map<number, Hit>, at: number): Hit | undefined {
  return found.get(-at - 1);
}
