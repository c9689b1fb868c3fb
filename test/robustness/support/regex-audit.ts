/**
 * A static audit of regular expressions: find every regex literal and `new RegExp`
 * in a TypeScript source, and flag the shape that backtracks exponentially, an
 * unbounded quantifier on a group that itself holds an unbounded quantifier
 * (`(a+)+`, `(\s*x)*`, `(?:a|b+)+`).
 *
 * @module
 */

/** A regex found in a source file. */
export interface FoundRegex {
  readonly source: string;
  readonly line: number;
}

/** Characters after which a `/` starts a regex literal rather than dividing. */
const BEFORE_REGEX = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '\n']);

/**
 * Regex literals in TypeScript source, skipping strings and comments.
 *
 * @example
 * ```ts
 * findRegexLiterals("const a = /x+/g; // /not/").map((r) => r.source); // ['x+']
 * ```
 */
export function findRegexLiterals(code: string): FoundRegex[] {
  const found: FoundRegex[] = [];
  let line = 1;
  let previous = '\n';
  let i = 0;
  while (i < code.length) {
    const char = code[i] ?? '';
    if (char === '\n') line++;
    if (char === '/' && code[i + 1] === '/') {
      while (i < code.length && code[i] !== '\n') i++;
      continue;
    }
    if (char === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      const stop = end === -1 ? code.length : end + 2;
      for (let j = i; j < stop; j++) if (code[j] === '\n') line++;
      i = stop;
      continue;
    }
    if (char === "'" || char === '"' || char === '`') {
      i++;
      while (i < code.length && code[i] !== char) {
        if (code[i] === '\\') i++;
        else if (code[i] === '\n') line++;
        i++;
      }
      i++;
      previous = 'x';
      continue;
    }
    const keywordBefore = /(?:return|typeof|case)\s*$/.test(code.slice(Math.max(0, i - 8), i));
    if (char === '/' && (BEFORE_REGEX.has(previous) || keywordBefore)) {
      let j = i + 1;
      let inClass = false;
      while (j < code.length && code[j] !== '\n') {
        const c = code[j];
        if (c === '\\') j++;
        else if (c === '[') inClass = true;
        else if (c === ']') inClass = false;
        else if (c === '/' && !inClass) break;
        j++;
      }
      found.push({ source: code.slice(i + 1, j), line });
      i = j + 1;
      while (i < code.length && /[a-z]/.test(code[i] ?? '')) i++;
      previous = 'x';
      continue;
    }
    if (char.trim() !== '') previous = char;
    i++;
  }
  return found;
}

/**
 * Whether a pattern nests unbounded quantifiers: a group repeated without bound whose
 * body can itself repeat without bound. Character classes and escapes are skipped.
 *
 * @example
 * ```ts
 * hasNestedQuantifier('(a+)+$'); // true
 * hasNestedQuantifier('^(\\d{1,2})(?:, (\\d{4}))?$'); // false
 * ```
 */
export function hasNestedQuantifier(pattern: string): boolean {
  /** For each open group: does its body hold an unbounded quantifier? */
  const stack: boolean[] = [];
  let lastGroupUnbounded = false;
  let lastWasGroup = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') {
      i++;
      lastWasGroup = false;
      continue;
    }
    if (char === '[') {
      i++;
      while (i < pattern.length && pattern[i] !== ']') {
        if (pattern[i] === '\\') i++;
        i++;
      }
      lastWasGroup = false;
      continue;
    }
    if (char === '(') {
      stack.push(false);
      lastWasGroup = false;
      continue;
    }
    if (char === ')') {
      lastGroupUnbounded = stack.pop() ?? false;
      // The enclosing group holds whatever this one holds.
      if (lastGroupUnbounded && stack.length > 0) stack[stack.length - 1] = true;
      lastWasGroup = true;
      continue;
    }
    const unbounded =
      char === '*' || char === '+' || (char === '{' && /^\{\d*,\}/.test(pattern.slice(i)));
    if (unbounded) {
      if (lastWasGroup && lastGroupUnbounded) return true;
      if (stack.length > 0) stack[stack.length - 1] = true;
    }
    lastWasGroup = false;
  }
  return false;
}
