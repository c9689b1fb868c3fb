import { describe, expect, it } from 'vitest';
import { createGrammar, type GrammarToken } from '../../src/grammar/machine.js';

/** Run the grammar over lines (no blank lines needed: the grammar never sees them). */
function kinds(lines: string[]): string[] {
  const tokens: GrammarToken[] = [];
  const grammar = createGrammar((token) => tokens.push(token));
  let offset = 0;
  lines.forEach((text, index) => {
    const start = { line: index + 1, column: 1, offset };
    const end = { line: index + 1, column: text.length + 1, offset: offset + text.length };
    grammar.line({ text, collapsed: text, start, end });
    offset += text.length + 1;
  });
  grammar.end();
  return tokens.map((token) => (token.code ? `${token.kind}:${token.code}` : token.kind));
}

const ABSTRACT = 'We study things. We find results. The code is released.';

describe('createGrammar', () => {
  it('reads a header, a paper and its full footer', () => {
    expect(
      kinds([
        'new',
        'Subscribe',
        'Dec 11',
        'A Title Here',
        ABSTRACT,
        '• 3 authors',
        '·',
        'Oct 7, 2023',
      ]),
    ).toEqual([
      'chrome',
      'chrome',
      'listing-date',
      'title',
      'abstract',
      'authors',
      'separator',
      'published',
    ]);
  });

  it('tells a yearless footer date from a listing date by what precedes it', () => {
    expect(kinds(['A Title Here', ABSTRACT, '·', 'Jul 25', 'Mar 11'])).toEqual([
      'title',
      'abstract',
      'separator',
      'published',
      'listing-date',
    ]);
  });

  it('makes a title followed by another title a paper without abstract', () => {
    expect(kinds(['First Paper Title', 'Second Paper Title', ABSTRACT])).toEqual([
      'title',
      'title',
      'abstract',
    ]);
  });

  it('keeps a short last abstract (a capture cut off mid-abstract)', () => {
    expect(kinds(['A Title Here', 'We study'])).toEqual(['title', 'abstract']);
  });

  it('never makes junk a title or merges it into one', () => {
    expect(kinds(['Load more', 'A Title Here', ABSTRACT, '-----'])).toEqual([
      'unknown:unrecognized-line',
      'title',
      'abstract',
      'unknown:unrecognized-line',
    ]);
    expect(kinds(['A Title Here', '*****', ABSTRACT])).toEqual([
      'title',
      'unknown:unrecognized-line',
      'abstract',
    ]);
  });

  it('reports an abstract with no title, and footers out of place', () => {
    expect(kinds([ABSTRACT, '• 3 authors', '·'])).toEqual([
      'unknown:orphan-abstract',
      'unknown:unexpected-footer',
      'unknown:unexpected-footer',
    ]);
    expect(kinds(['A Title Here', ABSTRACT, '·', '• 3 authors'])).toEqual([
      'title',
      'abstract',
      'separator',
      'unknown:unexpected-footer',
    ]);
  });

  it('reports impossible dates wherever they are', () => {
    expect(kinds(['Feb 30'])).toEqual(['unknown:invalid-date']);
  });
});
