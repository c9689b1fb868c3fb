import { describe, expect, it } from 'vitest';
import { explainNormalization, normalizeText } from '../../src/normalize/index.js';

/** About a megabyte of `unit`. */
function megabyte(unit: string): string {
  return unit.repeat(Math.ceil(1_000_000 / unit.length));
}

// Each case must complete (no timing assertion: a quadratic scan would time the test
// out at this size) and give the stated result.
describe('hostile input stays linear and correct', () => {
  it.each([
    ['backslashes', '\\'],
    ['opening braces', '{'],
    ['closing braces', '}'],
    ['carets', '^'],
    ['tildes', '~'],
    ['backticks', '`'],
    ['single quotes', "'"],
    ['digits', '7'],
    ['letters', 'q'],
    ['ampersands', '&'],
    ['colons', ':'],
    ['half URLs', 'http:/'],
    ['brace-nested URLs', '{https://a'],
    ['unclosed \\url', '\\url{'],
    ['unclosed accents', '\\"{'],
    // A case-protected word is looked for within its reach, not to the text's end.
    ['unclosed groups of words', '{a '],
    ['unclosed groups of formulas', '{$a '],
    ['letters then a digit', 'leqq1'],
    ['unclosed scripts', 'x\\textsuperscript{a '],
    ['unpaired doubled openers', ' \\\\(x'],
    ['unpaired doubled closers', ' x\\\\)'],
    ['escaped dollars before names', ' \\$a'],
    // Code blocks: each opener looks back three spaces at most.
    ['fence lines', '\n```x'],
    ['tilde fence lines', '\n~~~x'],
    ['runs of tildes', '~~~~~~~~\n'],
    // Prompts before macros: a Python session is code to its blank line, found once;
    // a prompt inside a line looks back over its indent only.
    ['Python prompts before macros', '>>> \\a\n'],
    ['Python prompts inside lines', 'a >>> \\a\n'],
    ['indented Python prompts', '  >>> s = "&amp;"\n\n'],
    ['Python prompts before prose', '>>> f(1)\n&amp;\nThe end\n'],
    // A big operator's limit is looked for within its reach, not to the text's end.
    ['unclosed flattened sums', ' sum_{'],
    // A table row's line is read once for all its formulas.
    ['table rows of bars', ' | $|x'],
    // A BibTeX entry's paragraph is found once for the entries it holds.
    ['closed BibTeX entries', '@a{k,x}\n'],
    ['unclosed BibTeX entries', "@a{k,{\\'e}\n"],
    // A raw string's closing quote is looked for within its token only.
    ['raw strings', "r'\\x' "],
    ['unclosed raw strings', 'r"\\x '],
    // An escaped closer looks back within a quotation's reach.
    ['escaped format strings', ' \\"%a\\"'],
    // Code's own escapes: each guard looks back over its line within a reach, not to the
    // text's start (an SQL pattern, a substitution's or a backreference's group, a
    // shell's escaped space, SQL's doubled quotes).
    ['SQL patterns', " LIKE '%\\_a"],
    ['substitution groups', " 's/\\(a\\)/\\1/'"],
    ['groups before backreferences', ' x\\(a\\)\\1'],
    ['shell lines of escaped spaces', '\ncd a\\ b'],
    ['SQL calls with doubled quotes', " RAISERROR(''a'', 1, 2)"],
    // A formula's copy reads a bounded number of sources a pass, each within its reach.
    ['mathematical letters before long words', 'n𝑛abcdefghijklmnopqrstuvwxyz{}{}{}{}{} '],
    ['mathematical letters before commands', 'x𝑥\\ours{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{} '],
    ['mathematical letters before groups', 'x𝑥y{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x} '],
  ])('%s pass through unchanged', (_name, unit) => {
    const text = megabyte(unit);
    expect(normalizeText(text)).toBe(text);
  });

  it('a TAB-separated dump with one dollar far away passes through unchanged', () => {
    // json-escapes looks for a formula's `$` around short names: within reach only.
    for (const text of [`$${megabyte('x\tab ')}`, `${megabyte('x\rab ')}$`]) {
      expect(normalizeText(text)).toBe(text);
    }
  });

  it('many links and pairs with far-off company are each read once', () => {
    // Whether the text is a LaTeX source, and its first doubled pairs, are asked once a
    // pass: asked at each `\\hyperref[` or each one-letter pair, they were quadratic.
    const unit = '\\hyperref[a]{b} ';
    const count = Math.ceil(1_000_000 / unit.length);
    expect(normalizeText(unit.repeat(count)) === 'b '.repeat(count), 'links').toBe(true);
    // Only the text's first eight pairs are asked for company; these have none in reach.
    const far = `${'\\\\( '.repeat(8)}${megabyte('a ')}${' \\\\(x\\\\)'.repeat(20_000)}`;
    expect(normalizeText(far) === far, 'pairs').toBe(true);
  });

  it('a long citation list is read once a citation', () => {
    // Each citation asks about the list's earlier ones up to eight back, not to its start.
    const text = `methods ${megabyte('\\cite{a}, ')}x`;
    const out = normalizeText(text);
    expect(out.startsWith('methods'), 'start').toBe(true);
    expect(out.length < text.length, 'some removed').toBe(true);
    // A list wrapped line by line goes the same way.
    const wrapped = `methods ${megabyte('\\cite{a},\n  ')}x`;
    expect(normalizeText(wrapped).length < wrapped.length, 'wrapped').toBe(true);
  });

  it('one long macro name is one unknown macro', () => {
    const text = `\\${megabyte('a')}`;
    const explained = explainNormalization(text);
    expect(explained.text).toBe(text);
    expect(explained.unknownMacros).toHaveLength(1);
  });

  it('a megabyte of the same artifact is fixed throughout', () => {
    const cases: [string, string][] = [
      ['2times ', '2× '],
      ['\\%', '%'],
      ["``a'' ", '“a” '],
      ['wordx2013which ', 'word–which '],
      ['&amp;', '&'],
      // An unclosed declaration group's opener goes, as any unclosed styling opener.
      ['x_{\\rm a ', 'x_a '],
      // A tie after a group's `}` looks back for its `{` within a script's reach, not to
      // the text's start (4.7 s for 400 kB when it did).
      ['a}~1 ', 'a} 1 '],
      // A bar by name in a formula asks once per line whether the line is a table's row
      // (a line of them had each bar slice the whole line: 1.9 s for 100 kB).
      ['$\\vert x$ ', '| x '],
      ['$\\lvert x \\rvert$ ', '|x| '],
    ];
    for (const [unit, fixed] of cases) {
      const count = Math.ceil(1_000_000 / unit.length);
      // Compared as booleans: a failing diff of a megabyte would drown the report.
      expect(normalizeText(unit.repeat(count)) === fixed.repeat(count), unit).toBe(true);
    }
  });

  it('a megabyte of spaced dashes on one line is read throughout, with dashes on', () => {
    // Each dash's line is searched within its reach, not to the line's start (8 s for
    // 500 kB when it was).
    const count = Math.ceil(1_000_000 / 'a -- b '.length);
    const text = 'a -- b '.repeat(count);
    expect(normalizeText(text, { rules: { dashes: true } }) === 'a – b '.repeat(count)).toBe(true);
  });

  it('deeply nested styling loses every macro and every brace it opened', () => {
    const depth = 100_000;
    const text = `${'\\textbf{'.repeat(depth)}x${'}'.repeat(depth)}`;
    expect(normalizeText(text)).toBe('x');
  });

  it('repairs that expose others settle, with fixes that slice back', () => {
    const count = 60_000;
    const text = '2\\textbf{}times '.repeat(count);
    const explained = explainNormalization(text);
    expect(explained.text === '2× '.repeat(count)).toBe(true);
    expect(explained.fixes).toHaveLength(3 * count);
    expect(explained.fixes.every((fix) => text.slice(fix.start, fix.end) === fix.before)).toBe(
      true,
    );
  });
});
