/**
 * The engine: one left-to-right pass. Before it, each rule's anchors (literal strings)
 * and gates say whether any rule could change the text at all; most abstracts need
 * nothing, and native searches say so far faster than a scan in JavaScript. The pass
 * itself stops only at candidates (trigger characters, word endings and needles, found
 * by native searches too, see `candidates.ts`); text left as it was is returned as the
 * very same string.
 *
 * @module
 */
import type { Fix } from '../schema.js';
import {
  type Cursor,
  carriedCursor,
  createCursor,
  type Finder,
  finderFor,
  nextCandidate,
} from './candidates.js';
import { compose } from './compose.js';
import { controlWordBefore, separatorAfter, startsWithLetter } from './glue.js';
import { REGISTRY, RULE_DEFAULTS, RULE_NAMES } from './registry.js';
import { lettersEnd, someDigit } from './scan.js';
import type { Context, Hit, Prefilter, Rule, UnknownMacro } from './types.js';

/** Which rules run, and where the pass looks for them. */
interface Plan {
  /** Finds every position where some enabled rule may apply. */
  readonly finder: Finder;
  /** Per ASCII code: the rules a candidate with that character tries, in order. */
  readonly table: readonly (readonly Rule[] | undefined)[];
  /** The same for the few trigger characters above ASCII (see `Finder.wide`). */
  readonly wide: ReadonlyMap<number, readonly Rule[]>;
  readonly enabled: ReadonlySet<string>;
  /** The enabled rules' anchors, shortest first, none containing another. */
  readonly anchors: readonly string[];
  readonly gates: readonly ((text: string) => boolean)[];
  /** Whether any rule's digit gate holds at a digit; undefined when no rule asks. */
  readonly atDigit: ((text: string, at: number) => boolean) | undefined;
}

/** Where a recording pass puts its fixes and unknown macros. */
export interface Recording {
  /** Replaced as later passes compose their fixes in. */
  fixes: Fix[];
  readonly unknownMacros: UnknownMacro[];
}

const NO_MACROS: Readonly<Record<string, string>> = Object.freeze({});
const plans = new WeakMap<object, Plan>();
const defaultPlan = buildPlan(undefined);

/**
 * Most inputs settle in one pass, the rest in two; a pass can only expose what an
 * earlier one uncovered, so a few more is plenty. The cap keeps hostile input linear.
 */
const MAX_PASSES = 6;

/**
 * Run every enabled rule over `input`, pass after pass until nothing changes, so the
 * result is a fixed point: normalizing it again changes nothing. With `record`, the
 * fixes (offsets into `input`) and unknown macros go there.
 *
 * @example
 * ```ts
 * run('2\\textbf{}times', undefined, undefined); // '2×'
 * ```
 */
export function run(
  input: string,
  rules: Readonly<Record<string, boolean>> | undefined,
  macros: Readonly<Record<string, string>> | undefined,
  record?: Recording,
): string {
  return runPlan(input, planFor(rules), macros ?? NO_MACROS, record);
}

/** {@link run} for a plan already built. */
function runPlan(
  input: string,
  plan: Plan,
  macros: Readonly<Record<string, string>>,
  record?: Recording,
): string {
  // Most text needs nothing: a few native searches say so before any scan in JavaScript.
  if (!planMayChange(input, plan)) return input;
  // This call's own context, made at its first candidate: calls share no state.
  const state: CallState = { plan, macros, ctx: undefined, made: undefined };
  let current = pass(input, state, record);
  // A fix can expose another (`2\\textbf{}times`); what no rule could change is done.
  for (
    let count = 1;
    count < MAX_PASSES && current !== input && planMayChange(current, plan);
    count++
  ) {
    const later: Recording | undefined = record && { fixes: [], unknownMacros: [] };
    const next = pass(current, state, later);
    if (next === current) break;
    if (record && later) {
      record.fixes = compose(input, record.fixes, current, later.fixes);
    }
    current = next;
  }
  return current;
}

/**
 * Whether any enabled rule could change `text`: one of their anchors is in it, or one
 * of their gates holds. When not, a pass would return `text` as it is.
 *
 * @example
 * ```ts
 * mayChange('a plain sentence'); // false
 * mayChange('45\\% more'); // true
 * mayChange('45\\% more', { escapes: false, 'unknown-macros': false, … }); // false
 * ```
 */
export function mayChange(text: string, rules?: Readonly<Record<string, boolean>>): boolean {
  return planMayChange(text, planFor(rules));
}

/** {@link mayChange} for a plan already built. */
function planMayChange(text: string, plan: Plan): boolean {
  // Indexed loops: this runs on every field, and an iterator here was seen to allocate.
  const { anchors, gates } = plan;
  for (let k = 0; k < anchors.length; k++) if (text.includes(anchors[k] as string)) return true;
  for (let k = 0; k < gates.length; k++)
    if ((gates[k] as (text: string) => boolean)(text)) return true;
  return plan.atDigit !== undefined && someDigit(text, plan.atDigit);
}

/**
 * One pass with no gate in front: what the gate must agree with (for its tests).
 *
 * @example
 * ```ts
 * ungatedPass('a plain sentence', undefined, { fixes: [], unknownMacros: [] }); // 'a plain sentence'
 * ```
 */
export function ungatedPass(
  text: string,
  rules: Readonly<Record<string, boolean>> | undefined,
  record: Recording,
): string {
  const state: CallState = {
    plan: planFor(rules),
    macros: NO_MACROS,
    ctx: undefined,
    made: undefined,
  };
  return pass(text, state, record);
}

/** One call's state: its plan, its macros, and its context once a pass needs one. */
interface CallState {
  readonly plan: Plan;
  readonly macros: Readonly<Record<string, string>>;
  ctx: PassContext | undefined;
  /** What the last pass that changed its text made, for the next pass's candidates. */
  made: Made | undefined;
}

/** A pass's output, the cursor it read its input with, and its edits (see `carriedCursor`). */
interface Made {
  readonly text: string;
  readonly cursor: Cursor;
  readonly edits: readonly number[];
}

/**
 * The context one call's rules share (see {@link Context}), reset before each pass.
 *
 * @example
 * ```ts
 * const ctx = new PassContext(defaultPlan, {});
 * ctx.enabled('times'); // true
 * ```
 */
class PassContext implements Context {
  readonly braces: boolean[] = [];
  readonly memo = new Map<string, unknown>();
  /** Where this pass reports unknown macros; `undefined` drops them. */
  record: Recording | undefined = undefined;
  private nameText = '';
  private nameAt = -1;
  private name = '';

  constructor(
    private readonly plan: Plan,
    readonly macros: Readonly<Record<string, string>>,
  ) {}

  enabled(name: string): boolean {
    return this.plan.enabled.has(name);
  }

  once<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  reportUnknown(macro: UnknownMacro): void {
    this.record?.unknownMacros.push(macro);
  }

  formula(tex: string): string {
    // A call of its own: this pass's memo, braces and recording stay as they are.
    return runPlan(`$${tex}$`, this.plan, this.macros);
  }

  macroName(text: string, at: number): string {
    if (at !== this.nameAt || text !== this.nameText) {
      this.nameText = text;
      this.nameAt = at;
      this.name = text.slice(at + 1, lettersEnd(text, at + 1));
    }
    return this.name;
  }

  /**
   * Ready for a new pass: no open groups, no memo, this pass's recording.
   *
   * @example
   * ```ts
   * ctx.reset(undefined); // ctx.braces is [] again
   * ```
   */
  reset(record: Recording | undefined): void {
    this.record = record;
    this.braces.length = 0;
    this.memo.clear();
    this.nameAt = -1;
  }
}

/**
 * A fresh context, as one call of the engine makes it: for tests that ask a rule's
 * `match` directly.
 *
 * @example
 * ```ts
 * const ctx = createContext(undefined, { fixes: [], unknownMacros: [] });
 * times.match('2times', 0, ctx); // { hits: [{ start: 1, end: 6, text: '×' }], resume: 6 }
 * ```
 */
export function createContext(
  rules: Readonly<Record<string, boolean>> | undefined,
  record: Recording | undefined,
  macros: Readonly<Record<string, string>> = NO_MACROS,
): Context {
  const ctx = new PassContext(planFor(rules), macros);
  ctx.reset(record);
  return ctx;
}

/** One left-to-right pass; returns `text` itself when nothing changed. */
function pass(text: string, state: CallState, record: Recording | undefined): string {
  const { finder, table } = state.plan;
  let ctx: PassContext | undefined;
  let pieces: string[] | undefined;
  let last = 0;
  const length = text.length;
  const made = state.made;
  // The previous pass's output: its candidates carry over, but for the edits' surroundings.
  const cursor =
    made !== undefined && made.text === text
      ? carriedCursor(made.cursor, text, made.edits)
      : createCursor(text, finder);
  state.made = undefined;
  const edits: number[] = [];
  // The last fix, and whether it removed its text (see `glue.ts`).
  let lastFix: Fix | undefined;
  let glued = false;
  let at = nextCandidate(cursor, 0);
  while (at < length) {
    if (ctx === undefined) {
      state.ctx ??= new PassContext(state.plan, state.macros);
      ctx = state.ctx;
      ctx.reset(record);
    }
    const code = text.charCodeAt(at);
    const candidates = (code < 128 ? table[code] : state.plan.wide.get(code)) as readonly Rule[];
    let next = at + 1;
    for (let r = 0; r < candidates.length; r++) {
      const rule = candidates[r] as Rule;
      const outcome = rule.match(text, at, ctx);
      if (outcome === undefined) continue;
      // A hit may look back, but never into text an earlier fix already consumed; a
      // deletion that looked back over spaces such a fix took starts where it ended
      // (`$30\\times $`: `\\times ` took the padding the closing `$` would take along).
      let first = outcome.hits[0];
      if (first !== undefined && first.start < last) {
        if (!spacesTaken(text, first, last)) continue;
        first = { ...first, start: last };
      }
      for (let h = 0; h < outcome.hits.length; h++) {
        const hit = h === 0 ? (first as Hit) : (outcome.hits[h] as Hit);
        const before = text.slice(hit.start, hit.end);
        if (hit.text === before) continue;
        pieces ??= [];
        const gap = text.slice(last, hit.start);
        if (glued && startsWithLetter(gap)) separateLast(pieces, edits, lastFix);
        let after = hit.text;
        // A fix's own letters after a control word the text keeps: `\foo\LaTeX`.
        if (startsWithLetter(after) && !startsWithLetter(before)) {
          const name = controlWordBefore(pieces, gap);
          if (name !== '') after = separatorAfter(name) + after;
        }
        pieces.push(gap, after);
        edits.push(hit.start, hit.end, after.length);
        last = hit.end;
        // The letter after an emptied fix would join a control word before it.
        glued = after === '' && !startsWithLetter(before);
        if (record) {
          lastFix = { rule: hit.rule ?? rule.name, start: hit.start, end: hit.end, before, after };
          record.fixes.push(lastFix);
        }
      }
      // An outcome wholly behind the trigger leaves it to the next rules.
      if (outcome.resume <= at) continue;
      next = outcome.resume;
      break;
    }
    at = nextCandidate(cursor, Math.max(next, last, at + 1));
  }
  if (pieces === undefined) return text;
  const rest = text.slice(last);
  if (glued && startsWithLetter(rest)) separateLast(pieces, edits, lastFix);
  pieces.push(rest);
  const output = pieces.join('');
  state.made = { text: output, cursor, edits };
  return output;
}

/**
 * Whether `hit` deletes text whose part before `last` (where the last fix ended) is
 * spaces alone: what that fix already took, so the hit may start at `last` instead (and
 * deletes nothing when that fix took it all: `\\langle \\rangle`, whose closer deletes
 * the space its opener took, keeps its other hits).
 *
 * @example
 * ```ts
 * spacesTaken('$3\\times $', { start: 8, end: 10, text: '' }, 9); // true
 * spacesTaken('a \\rangle', { start: 1, end: 2, text: '' }, 2); // true
 * ```
 */
function spacesTaken(text: string, hit: Hit, last: number): boolean {
  if (hit.text !== '' || hit.end < last) return false;
  for (let k = hit.start; k < last; k++) if (text.charCodeAt(k) !== 0x20) return false;
  return true;
}

/**
 * Letters follow the last fix, which emptied its text: the control word before it, if
 * any, is kept apart from them by a separator at the end of that fix (its piece, its
 * edit's length and its recorded `after`).
 *
 * @example
 * ```ts
 * separateLast(['\\foo', ''], [4, 12, 0], fix); // pieces ['\\foo', ' '], edits [4, 12, 1]
 * ```
 */
function separateLast(pieces: string[], edits: number[], lastFix: Fix | undefined): void {
  const name = controlWordBefore(pieces, '');
  if (name === '') return;
  const separator = separatorAfter(name);
  pieces[pieces.length - 1] += separator;
  edits[edits.length - 1] = (edits[edits.length - 1] as number) + separator.length;
  if (lastFix) lastFix.after += separator;
}

/**
 * The plan for `options.rules`, built once per rules object.
 *
 * @example
 * ```ts
 * planFor({ times: false }).enabled.has('times'); // false
 * ```
 */
function planFor(rules: Readonly<Record<string, boolean>> | undefined): Plan {
  if (rules === undefined) return defaultPlan;
  let plan = plans.get(rules);
  if (plan === undefined) {
    plan = buildPlan(rules);
    plans.set(rules, plan);
  }
  return plan;
}

/**
 * Check `options.rules` and build the searches and table for the rules it leaves on
 * (every rule it does not name at its `RULE_DEFAULTS` entry).
 *
 * @example
 * ```ts
 * buildPlan(undefined).table[0x5c]?.length; // 10 (the rules a backslash triggers)
 * ```
 */
function buildPlan(rules: Readonly<Record<string, boolean>> | undefined): Plan {
  if (rules !== undefined) {
    for (const name of Object.keys(rules)) {
      if (!RULE_NAMES.includes(name)) {
        throw new TypeError(
          `Unknown normalization rule "${name}"; known rules: ${RULE_NAMES.join(', ')}`,
        );
      }
      if (typeof rules[name] !== 'boolean') {
        throw new TypeError(`options.rules["${name}"] must be a boolean`);
      }
    }
  }
  const enabled = new Set(RULE_NAMES.filter((name) => rules?.[name] ?? RULE_DEFAULTS[name]));
  const chosen = REGISTRY.filter((rule) => enabled.has(rule.name));
  const table: Rule[][] = [];
  const add = (code: number, rule: Rule): void => {
    table[code] ??= [];
    if (!table[code].includes(rule)) table[code].push(rule);
  };
  for (const rule of chosen) {
    const { triggers, wordEndings } = rule.prefilter;
    for (const trigger of triggers) add(trigger.charCodeAt(0), rule);
    for (const ending of wordEndings ?? []) add(ending.charCodeAt(ending.length - 1), rule);
    for (const needle of rule.prefilter.needles ?? [])
      add(needle.charCodeAt(needle.length - 1), rule);
  }
  const prefilters = chosen.map((rule) => rule.prefilter);
  // Once each: rules may share a gate (`accents` and `quotes` search apostrophes once).
  const gates = [...new Set(prefilters.flatMap((p) => (p.gate === undefined ? [] : [p.gate])))];
  const digitGates = prefilters.flatMap((p) => (p.digitGate ? [p.digitGate] : []));
  // A loop, not `some` with an arrow: this runs at every digit, and must not allocate.
  const atDigit =
    digitGates.length === 0
      ? undefined
      : (text: string, at: number) => {
          for (let k = 0; k < digitGates.length; k++) {
            if ((digitGates[k] as (text: string, at: number) => boolean)(text, at)) return true;
          }
          return false;
        };
  const dense: (readonly Rule[] | undefined)[] = Array.from({ length: 128 }, (_, k) => table[k]);
  const wide = new Map<number, readonly Rule[]>();
  table.forEach((rules, code) => {
    if (code >= 128) wide.set(code, rules);
  });
  return {
    finder: finderFor(prefilters),
    table: dense,
    wide,
    enabled,
    anchors: minimalAnchors(prefilters),
    gates,
    atDigit,
  };
}

/**
 * The prefilters' anchors without repeats or any that contains another (`\\romannumeral`
 * is found wherever `\\` is), shortest first: one-character searches are the fastest.
 *
 * @example
 * ```ts
 * minimalAnchors([{ anchors: ['\\romannumeral'] }, { anchors: ['\\', '~'] }]); // ['\\', '~']
 * ```
 */
export function minimalAnchors(prefilters: readonly Pick<Prefilter, 'anchors'>[]): string[] {
  const all = [...new Set(prefilters.flatMap((prefilter) => prefilter.anchors))];
  all.sort((a, b) => a.length - b.length);
  return all.filter((anchor, k) => !all.slice(0, k).some((shorter) => anchor.includes(shorter)));
}
