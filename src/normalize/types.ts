/**
 * The shapes shared by the normalization engine and its rules.
 *
 * @module
 */

/**
 * One replacement a rule proposes: `[start, end)` of the input becomes `text`.
 *
 * @example
 * ```ts
 * const hit: Hit = { start: 4, end: 9, text: '×' }; // "2.44times" → "2.44×"
 * ```
 */
export interface Hit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The rule to credit, when a rule fixes something on another rule's behalf. */
  readonly rule?: string;
}

/**
 * What a rule returns where it matched: its replacements (sorted, non-overlapping,
 * possibly none: a protected span) and where scanning resumes.
 *
 * @example
 * ```ts
 * // A URL that needs nothing: protect it, so no rule looks inside.
 * const outcome: Outcome = { hits: [], resume: 42 };
 * ```
 */
export interface Outcome {
  readonly hits: readonly Hit[];
  readonly resume: number;
}

/**
 * A macro the rules do not know, kept as written and reported so a user can supply
 * its text through `options.macros`.
 *
 * @example
 * ```ts
 * const found: UnknownMacro = { name: 'model', start: 23, end: 29 }; // "\model"
 * ```
 */
export interface UnknownMacro {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Per-call state the rules share: each `normalizeText` call that reaches a candidate
 * gets its own (reset between its passes), so calls never share state and the engine
 * is re-entrant. A call whose text needs nothing allocates none.
 *
 * @example
 * ```ts
 * ctx.braces.push(true); // "\textbf{" opened a group whose "}" must go
 * ```
 */
export interface Context {
  /** User macros, by name without the backslash. */
  readonly macros: Readonly<Record<string, string>>;
  /** Whether a rule is on (rules consult this for work done on another rule's behalf). */
  enabled(rule: string): boolean;
  /** Open groups: `true` where the closing brace is to be dropped (a text-style macro). */
  readonly braces: boolean[];
  /** Report a macro no rule knows (dropped unless the caller asked for an explanation). */
  reportUnknown(macro: UnknownMacro): void;
  /**
   * What the formula `tex` reads as under this call's rules and macros: the text
   * `$tex$` normalizes to (`k_{p}(G)` → `k_p(G)`), for a rule that meets a formula's
   * source outside its delimiters. A call of its own, recording nothing.
   */
  formula(tex: string): string;
  /** Rule-private memo (for example the quote pairing), keyed by rule name. */
  readonly memo: Map<string, unknown>;
  /**
   * `compute()` once a pass under `key`, then its value: for a fact about the whole
   * text that a rule asks at each trigger, where a search each time would be quadratic.
   */
  once<T>(key: string, compute: () => T): T;
  /**
   * The macro name (ASCII letters) after the backslash at `at`, `''` if none. Several
   * rules ask at each backslash; the answer is read once per position.
   */
  macroName(text: string, at: number): string;
}

/**
 * Where a rule may apply, said cheaply: what the engine searches for before it asks the
 * rule's `match`. Two layers: the **gate** (`anchors`, `gate`, `digitGate`) says whether
 * a text can hold anything the rule changes at all; the **triggers** (`triggers`,
 * `wordEndings`) say at which positions the pass stops to ask the rule. Both must
 * agree with `match`: wherever `match` changes something, the gate holds for the text
 * and the position is a trigger (the tests check this for every rule).
 *
 * @example
 * ```ts
 * const prefilter: Prefilter = { triggers: '~', anchors: ['~'] }; // the tie rule
 * ```
 */
export interface Prefilter {
  /**
   * Characters at which the rule may apply (each found by a native search): ASCII, but
   * for a rule that starts at a wider character (`\uD835`, the lead of the mathematical
   * alphanumerics' UTF-16 pairs).
   */
  readonly triggers: string;
  /**
   * Word endings (two letters or more) at whose last letter the rule may apply, only
   * where a word ends (the next character is not a letter): `eq` fires on the `q` of
   * `leq`, not on `quite` or `equal`. Each is searched from its rarest letter, so a
   * common last letter (the `t` of `cdot`) costs nothing where the ending is absent.
   */
  readonly wordEndings?: readonly string[];
  /**
   * Literals (two characters or more) at whose last character the rule may apply,
   * wherever the whole literal stands: `--` stops the pass at its second hyphen, not
   * at every hyphen of the text, and `arrow` at the `w` of `arrow` only (searched, as a
   * word ending is, from its rarest letter).
   */
  readonly needles?: readonly string[];
  /**
   * Literal strings, one of which occurs in any text the rule changes (or reports an
   * unknown macro in). Text that holds no anchor and passes no gate of any enabled
   * rule is returned as it is, without a pass: most abstracts need nothing, and a few
   * native `indexOf` searches are far cheaper than a scan in JavaScript.
   */
  readonly anchors: readonly string[];
  /**
   * For a condition no short list of literals can say (a word right before a digit):
   * a cheap test that is true of any text the rule changes. Ored with `anchors`.
   */
  readonly gate?: (text: string) => boolean;
  /**
   * A gate asked at each digit of the text (true where the rule could change the text
   * around that digit). The engine finds the digits once for every rule that asks.
   */
  readonly digitGate?: (text: string, at: number) => boolean;
}

/**
 * A normalization rule: a name, its prefilter (where the pass may call it) and a
 * matcher. Its examples live in its file's doc comment (a ` ```text ` block of
 * `before → after` lines), which the tests run: kept out of the bundle.
 *
 * @example
 * ```ts
 * const rule: Rule = {
 *   name: 'escapes',
 *   prefilter: { triggers: '\\', anchors: ['\\'] },
 *   match: (text, at) => (text[at + 1] === '%' ? single(at, at + 2, '%') : undefined),
 * };
 * ```
 */
export interface Rule {
  readonly name: string;
  /** Where the rule may apply: its triggers, word endings, anchors and gates. */
  readonly prefilter: Prefilter;
  /**
   * Try the rule at a trigger position. Hits may start before `at` (a rule that looks
   * back from its trigger), never before text an earlier fix consumed: the engine
   * checks, and skips an outcome that would overlap. At a position its prefilter
   * would not stop at, `match` returns `undefined`.
   */
  match(text: string, at: number, ctx: Context): Outcome | undefined;
}

/**
 * An outcome with one hit, resuming after it.
 *
 * @example
 * ```ts
 * single(4, 9, '×'); // { hits: [{ start: 4, end: 9, text: '×' }], resume: 9 }
 * ```
 */
export function single(start: number, end: number, text: string, rule?: string): Outcome {
  const hit: Hit = rule === undefined ? { start, end, text } : { start, end, text, rule };
  return { hits: [hit], resume: end };
}

/**
 * An outcome that changes nothing and makes the scanner skip to `end`.
 *
 * @example
 * ```ts
 * protect(42); // { hits: [], resume: 42 }
 * ```
 */
export function protect(end: number): Outcome {
  return { hits: [], resume: end };
}
