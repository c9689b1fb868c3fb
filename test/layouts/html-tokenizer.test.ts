import { readdirSync, readFileSync } from 'node:fs';
import { characterEntities } from 'character-entities';
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numericValue } from '../../src/decode/windows-1252.js';
import { isAlphanumeric, readReference } from '../../src/layouts/html/references.js';
import { walkTags } from '../../src/layouts/html/tokens.js';
import { LEGACY_NAMES, NAMED_REFERENCES } from '../../src/normalize/tables/html-entities.js';
import { type WalkEvent, walkEventsParse5 } from '../support/parse5-walk.js';

/** Our walk's events, in the form of `walkEventsParse5`. */
function walkEvents(input: string): WalkEvent[] {
  const events: WalkEvent[] = [];
  walkTags(input, {
    startTag(token, foreign) {
      events.push([
        'start',
        token.tagName,
        token.selfClosing,
        foreign,
        token.startOffset,
        token.endOffset,
        token.attrs.map((a) => [a.name, a.value, a.startOffset, a.endOffset] as const),
      ]);
    },
    endTag(token) {
      events.push([
        'end',
        token.tagName,
        token.startOffset,
        token.endOffset,
        token.attrs.map((a) => [a.name, a.value] as const),
      ]);
    },
    text(chars, location) {
      events.push(['text', chars, location.startOffset, location.endOffset]);
    },
    wantText: true,
  });
  return events;
}

/** Every HTML fixture (saved pages) and the Markdown ones (HTML blocks in Markdown). */
function fixtures(): string[] {
  const list = readdirRecursive('fixtures').filter((path) => /\.(html?|md)$/.test(path));
  expect(list.filter((path) => path.endsWith('.html')).length).toBeGreaterThanOrEqual(8);
  return list;
}

function readdirRecursive(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = `${current}/${entry.name}`;
      if (entry.isDirectory()) stack.push(path);
      else out.push(path);
    }
  }
  return out.sort();
}

/** References whose name is not in the compact table (kept as written by us). */
function unknownNames(input: string): string[] {
  const names: string[] = [];
  for (const match of input.matchAll(/&([A-Za-z][A-Za-z0-9]*);?/g)) {
    const name = match[1] as string;
    if (name in characterEntities && !NAMED_REFERENCES.has(name)) names.push(match[0]);
  }
  return names;
}

describe('the HTML tokenizer, against parse5', () => {
  it('reports what the parse5 walk reported, on every fixture', () => {
    for (const path of fixtures()) {
      const input = readFileSync(path, 'utf8');
      // A name outside the compact table would read differently; none is on a fixture.
      expect(unknownNames(input), path).toEqual([]);
      expect(walkEvents(input), path).toEqual(walkEventsParse5(input));
    }
  });

  const pieces = [
    '<',
    '>',
    '/',
    '!',
    '-',
    '"',
    "'",
    '=',
    '&',
    ';',
    '#',
    'x',
    'a',
    'B',
    'p',
    '1',
    '9',
    ' ',
    '\t',
    '\n',
    '\r',
    '\r\n',
    '\f',
    '\0',
    ']',
    '?',
    'é',
    '😀',
    'script',
    'style',
    'title',
    'textarea',
    'svg',
    'math',
    'foreignObject',
    'desc',
    'mi',
    'annotation-xml encoding="text/html"',
    'font color=red',
    'div',
    'plaintext',
    'xmp',
    '[CDATA[',
    ']]>',
    '<!--',
    '-->',
    '--!>',
    '<!DOCTYPE html>',
    '<script>',
    '</script>',
    '<svg>',
    '</svg>',
    '<title>',
    '</title>',
    '&amp;',
    '&amp',
    '&lt',
    '&copy',
    '&not',
    '&notin;',
    '&notinva;',
    '&eacute;',
    '&#x',
    '&#',
    '&#150;',
    '&#0;',
    '&#xD800;',
    '&#x110000;',
    '&#1114112',
    '&#X41',
  ];
  const htmlish = fc
    .array(fc.constantFrom(...pieces), { maxLength: 40 })
    .map((parts) => parts.join(''));

  it('reports what the parse5 walk reported, on random HTML-ish strings', () => {
    fc.assert(
      fc.property(htmlish, (input) => {
        // A name outside the compact table is kept as written where parse5 decodes it.
        fc.pre(unknownNames(input).length === 0);
        expect(walkEvents(input)).toEqual(walkEventsParse5(input));
      }),
      { numRuns: Number(process.env.HTML_FUZZ_RUNS ?? 4000) },
    );
  });

  it('reads script, comment and CDATA edge cases as parse5 does', () => {
    const cases = [
      '<script><!--<script>a</script>b--></script>c',
      '<script><!--<script>a</script>-->x</script>',
      '<script>a<!--b--!>c</script>',
      '<script><!-- </script> --></script>',
      '<!-->a<!--->b<!---->c<!--x--!>d<!--<!-- -->e',
      '<?php x ?>a</ b>c<!x>d</>e',
      '<svg><![CDATA[a]]]>b<![CDATA[</svg>]]></svg><![CDATA[c]]>',
      '<math><mi><![CDATA[x]]></mi><annotation-xml encoding="TEXT/HTML"><style>a</style></annotation-xml></math>',
      '<svg><foreignObject><style><b></style></foreignObject><clippath/><p>out</svg>',
      '<title>a &amp b</title><textarea>x&lt;</textarea><style>&amp;</style>',
      '<p a="&amp" b=&copy=1 c=\'&notit;\' d="&#x80;&#0;&#xD800;&#99999999999">',
      '<P A=1 a=2 A="3">',
      'a\r\nb\rc\r\n<p\r\nx="1\r\n2">\r\n',
      '\0<p\0 a\0=\0>\0<title>\0</title><script>\0</script>',
      '<plaintext></plaintext><p>',
      '<ÄB>x</äb>',
      '<constructor>x</constructor><__proto__>',
    ];
    for (const input of cases) expect(walkEvents(input), input).toEqual(walkEventsParse5(input));
  });

  it('stays linear and iterative at 100,000 levels of nesting', () => {
    for (const [open, close] of [
      ['<div>', '</div>'],
      ['<svg>', '</svg>'],
      ['<math><mi>', '</mi></math>'],
    ] as const) {
      // The best of three runs, against a shared machine's noise.
      const timeOf = (depth: number): number => {
        const input = open.repeat(depth) + close.repeat(depth);
        let best = Number.POSITIVE_INFINITY;
        for (let run = 0; run < 3; run++) {
          const start = performance.now();
          let tags = 0;
          walkTags(input, { startTag: () => void tags++, endTag: () => void tags++ });
          expect(tags).toBeGreaterThanOrEqual(2 * depth);
          best = Math.min(best, performance.now() - start);
        }
        return best;
      };
      const small = timeOf(10_000);
      const large = timeOf(100_000);
      // Ten times the input: quadratic work would take a hundred times as long.
      expect(large).toBeLessThan(small * 30 + 100);
    }
  });
});

describe('character references', () => {
  it('decodes every name in the table, and legacy names without `;`, as HTML does', () => {
    for (const [name, value] of NAMED_REFERENCES) {
      expect(readReference(`&${name};`, 0, false)).toEqual({ value, end: name.length + 2 });
      expect(decodeHTML(`&${name};`)).toBe(value);
      const bare = `&${name} `;
      const ours = readReference(bare, 0, false);
      expect((ours?.value ?? '&') + bare.slice(ours?.end ?? 1), name).toBe(decodeHTML(bare));
      for (const after of ['=', 'x', '1', '"']) {
        const text = `&${name}${after}`;
        const read = readReference(text, 0, true);
        expect((read?.value ?? '&') + text.slice(read?.end ?? 1), text).toBe(
          decodeHTMLAttribute(text),
        );
      }
    }
    expect([...LEGACY_NAMES].every((name) => NAMED_REFERENCES.has(name))).toBe(true);
  });

  it('keeps HTML names that start with a legacy name and are not in the table', () => {
    const longest = Math.max(...[...NAMED_REFERENCES.keys()].map((name) => name.length));
    expect(longest).toBeLessThanOrEqual(16);
    for (const name of Object.keys(characterEntities)) {
      if (NAMED_REFERENCES.has(name)) continue;
      const text = `&${name};`;
      // Not decoded, and no legacy prefix taken: kept as written.
      expect(readReference(text, 0, false), name).toBeUndefined();
    }
  });

  it('replaces numeric references as HTML does', () => {
    for (const code of [0, 9, 13, 0x41, 0x80, 0x81, 0x9f, 0xd800, 0xdfff, 0xfffe, 0x10ffff]) {
      for (const text of [`&#${code};`, `&#x${code.toString(16)}`, `&#X${code.toString(16)}z`]) {
        const read = readReference(text, 0, false);
        expect((read?.value ?? '&') + text.slice(read?.end ?? 1), text).toBe(decodeHTML(text));
      }
    }
    expect(numericValue(0x110000)).toBe('\uFFFD');
    expect(readReference('&#99999999999999999999;', 0, false)?.value).toBe('\uFFFD');
    expect(readReference('&#;', 0, false)).toBeUndefined();
    expect(isAlphanumeric(0x40)).toBe(false);
  });
});
