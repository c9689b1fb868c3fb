import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BREAKS_SEEN,
  isAbstractShaped,
  isProse,
  isTitleShaped,
  shapeOf,
  WORDS_SEEN,
} from '../../src/grammar/shape.js';
import { parseListing } from '../../src/index.js';

describe('shapeOf', () => {
  it('counts words, sentence breaks, spaces and machine-text symbols', () => {
    expect(shapeOf('We propose a model. It beats the rest.')).toEqual({
      length: 38,
      letters: true,
      words: 8,
      breaks: 1,
      endsSentence: true,
      colon: false,
      spaced: true,
      symbols: 0,
    });
    // One capital before the dot is an initial, not a sentence's end.
    expect(shapeOf('We propose X. It beats Y.').breaks).toBe(0);
    expect(shapeOf('root:x:0:0:root:/root:/bin/bash')).toMatchObject({ spaced: false, symbols: 9 });
    // LaTeX is not machine text.
    expect(shapeOf('$\\mathcal{O}(n^{2})$ and x_i').symbols).toBe(0);
    // Not inside URLs.
    expect(shapeOf('Code: https://github.com/a/b and www.x.org/a/b').symbols).toBe(1);
  });
});

/**
 * The first implementation: one loop, every character, every count exact. The fast
 * `shapeOf` must agree with it wherever a decision can look (words and breaks capped).
 */
function referenceShape(text: string) {
  const symbolSet = ':/=;|<>@#';
  let words = 0;
  let breaks = 0;
  let inWord = false;
  let spaces = 0;
  let symbols = 0;
  let url = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      spaces++;
      url = false;
    } else if (!inWord && (text.startsWith('http', i) || text.startsWith('www.', i))) url = true;
    else if (!url && symbolSet.includes(text[i] ?? '')) symbols++;
    const separator = code === 0x20 || code === 0x2d;
    if (!separator && !inWord) words++;
    inWord = !separator;
    if ((code === 0x2e || code === 0x21 || code === 0x3f) && text.charCodeAt(i + 1) === 0x20) {
      const next = text.charCodeAt(i + 2);
      const capital = (next >= 0x41 && next <= 0x5a) || (next >= 0x30 && next <= 0x39);
      const before = text.charCodeAt(i - 1);
      const beforeThat = text.charCodeAt(i - 2);
      const initial =
        before >= 0x41 && before <= 0x5a && !(beforeThat >= 0x61 && beforeThat <= 0x7a);
      if (capital && !(code === 0x2e && initial)) breaks++;
    }
  }
  const last = text.charCodeAt(text.length - 1);
  return {
    length: text.length,
    letters: /\p{L}/u.test(text),
    words: Math.min(words, WORDS_SEEN),
    breaks: Math.min(breaks, BREAKS_SEEN),
    endsSentence: last === 0x2e || last === 0x3002,
    colon: text.includes(':'),
    spaced: spaces > 0,
    symbols,
  };
}

describe('shapeOf against the one-loop reference', () => {
  // Words, separators, sentence ends, URL starts and machine-text characters.
  const piece = fc.constantFrom(
    ' ',
    '-',
    '.',
    '!',
    '?',
    ':',
    '/',
    '=',
    ';',
    '|',
    '<',
    '>',
    '@',
    '#',
    'http',
    'https://',
    'www.',
    'ww',
    'h',
    'A',
    'J',
    'a',
    'b',
    '1',
    '9',
    'é',
    '中',
    '\t',
    'x_i',
    '$',
  );
  it('agrees on random texts', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        expect(shapeOf(text)).toEqual(referenceShape(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees on every title and abstract of the fixtures', () => {
    const texts = readdirSync('fixtures')
      .filter((name) => name.endsWith('.txt'))
      .flatMap((name) => parseListing(readFileSync(join('fixtures', name), 'utf8')).papers)
      .flatMap((paper) => [paper.title, paper.abstract ?? '']);
    expect(texts.length).toBeGreaterThan(200);
    for (const text of texts) expect(shapeOf(text)).toEqual(referenceShape(text));
  });

  it('stays linear on a long line of machine text, in one token or in many', () => {
    const line = 'a:b/c='.repeat(200_000);
    expect(shapeOf(line).symbols).toBe(600_000);
    expect(shapeOf(`http://${line}`).symbols).toBe(0);
    // Many tokens with a symbol each and no hyphen after them: each token's look for a
    // hyphen must stop at the token (a search to the end of the text each time made
    // this quadratic: 600,000 characters took 0.8 s).
    const tokens = 'a: '.repeat(200_000);
    expect(shapeOf(tokens).symbols).toBe(200_000);
    expect(shapeOf(`${tokens}-http://x`).symbols).toBe(200_000);
    for (const text of [`x-${'www.a/b '.repeat(1000)}`, `${'a-b:c '.repeat(1000)}x-http://y/z`]) {
      expect(shapeOf(text)).toEqual(referenceShape(text));
    }
  });

  it('counts the same on either side of the sort limit (64 symbols), URLs among them', () => {
    for (let count = 60; count <= 68; count++) {
      const text = `${'a=b '.repeat(count - 4)}see https://x.org/a/b#c and a:b;c|d`;
      expect(shapeOf(text)).toEqual(referenceShape(text));
    }
  });
});

describe('titles and abstracts', () => {
  it.each([
    ['Grammar-Aligned Decoding', true],
    ['mGPT: Few-Shot Learners', true],
    ['Load more', false],
    ['www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin', false],
    ['postgres:x:101:104:PostgreSQL administrator,,,:/var/lib/postgresql:/bin/bash', false],
    ['We propose X. It beats Y. Code is at Z.', false],
  ])('isTitleShaped(%j) is %s', (text, expected) => {
    expect(isTitleShaped(shapeOf(text))).toBe(expected);
  });

  it('an abstract with URLs is still prose; a config line is not', () => {
    const abstract =
      'PLEASE READ AND CITE THE REVISED VERSION at Human Brain Mapping: http://onlinelibrary.wiley.com/doi/10.1002/hbm.23730/full Code available here: https://github.com/robintibor/braindecode';
    expect(isProse(shapeOf(abstract))).toBe(true);
    expect(isProse(shapeOf('daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin'))).toBe(false);
    expect(isAbstractShaped(shapeOf('Why think step by step? Reasoning emerges'))).toBe(false);
  });
});

describe('the card machine on shapes', () => {
  it('reads a one-card page whose abstract is one short sentence', () => {
    const listing = parseListing('Mar 11\n\nA Title Here\n\nAn abstract here, 2.44times.\n');
    expect(listing.papers.map((paper) => [paper.title, paper.abstract])).toEqual([
      ['A Title Here', 'An abstract here, 2.44×.'],
    ]);
    expect(listing.diagnostics).toEqual([]);
  });

  it('takes no paper from a file of config lines: every line is an error to look at', () => {
    const passwd =
      'root:x:0:0:root:/root:/bin/bash\nwww-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\nbackup:x:34:34:backup:/var/backups:/usr/sbin/nologin\n';
    const listing = parseListing(passwd);
    expect(listing.papers).toEqual([]);
    expect(listing.chrome).toEqual([]);
    expect(listing.diagnostics.map((found) => [found.code, found.position.start.line])).toEqual([
      ['unrecognized-line', 1],
      ['unrecognized-line', 2],
      ['unrecognized-line', 3],
    ]);
  });
});

describe('repeated and orphaned lines', () => {
  const abstract = (topic: string) =>
    `We study ${topic} in depth. It matters for many tasks. Results improve on every benchmark.`;

  it('a title printed twice is one title, the repeat chrome; never its abstract', () => {
    const input = `Mar 11\n\nA Title Here\nA Title Here\n\n${abstract('titles')}\n`;
    const listing = parseListing(input);
    expect(listing.papers.map((paper) => [paper.title, paper.abstract])).toEqual([
      ['A Title Here', abstract('titles')],
    ]);
    expect(listing.chrome.map((line) => line.text)).toEqual(['Mar 11', 'A Title Here']);
  });

  it('plain text: an abstract after an abstract is an orphan, not a second paragraph', () => {
    // The second card lost its title line: its abstract is reported, never joined.
    const input = `A First Title Here\n\n${abstract('firsts')}\n\n${abstract('seconds')}\n`;
    const listing = parseListing(input);
    expect(listing.papers.map((paper) => paper.abstract)).toEqual([abstract('firsts')]);
    expect(listing.diagnostics.map((found) => found.code)).toEqual(['orphan-abstract']);
  });

  it('Markdown: an abstract keeps its paragraphs', () => {
    const input = `### [A First Title Here](https://huggingface.co/papers/2401.00001)\n\n${abstract('firsts')}\n\n${abstract('more')}\n`;
    const listing = parseListing(input);
    expect(listing.papers.map((paper) => paper.abstract)).toEqual([
      `${abstract('firsts')} ${abstract('more')}`,
    ]);
  });
});
