import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/layouts/markdown/parse.js';
import { parseSubset } from '../../src/layouts/markdown/subset/index.js';
import { readFixture } from '../support/fixtures.js';

/**
 * The subset reader must build exactly the tree `fromMarkdown` builds (key order and
 * positions included, so the JSON is compared) whenever it accepts a text, and must
 * accept the bulk of a real scraper capture, or the fast path is a dead branch.
 */
function sameAsRemark(text: string): boolean {
  const tree = parseSubset(text);
  if (tree === undefined) return false;
  expect(JSON.stringify(tree), JSON.stringify(text)).toBe(JSON.stringify(fromMarkdown(text)));
  return true;
}

function markdownFixtures(): string[] {
  const root = fileURLToPath(new URL('../../fixtures/', import.meta.url));
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.md'))
    .sort();
}

/** Blank-line pieces of about `length` code units, as the piece reader cuts them. */
function piecesOf(text: string, length: number): string[] {
  const out: string[] = [];
  let piece = '';
  for (const block of text.split(/\n\n(?=[^\s\-+*\d])/)) {
    piece += `${block}\n\n`;
    if (piece.length >= length) {
      out.push(piece);
      piece = '';
    }
  }
  if (piece.length > 0) out.push(piece);
  return out;
}

/** Inline material, subset and not, to be glued into lines. */
const INLINE = [
  'a',
  'b c',
  '2 authors',
  '·',
  '[',
  ']',
  '(',
  ')',
  '![',
  '!',
  '](u)',
  '](u )',
  '](\n\tu)',
  '](u\n  )',
  '](u v)',
  '](a(b)c)',
  '](a(b)',
  '( )',
  '[t](u)',
  '![](i)',
  '[![](i)x](u)',
  '\\',
  '\\\\',
  '\\[',
  '\\]',
  '\\!',
  '\\\n',
  '&',
  '& x;',
  '&amp;',
  '*',
  '_',
  '`',
  '<',
  '](<u>)',
  '](u "t")',
  '](u\\)',
  ']: u',
  '](&amp;)',
  '](b&#38;c)',
  '][',
  '][\n',
  'é',
  '🎉',
  '\u00a0',
  '\t',
  '\u0001',
  '\u007f',
];

/** Line shapes: the subset's own, and the look-alikes it must refuse. */
const LINES: readonly ((inline: string) => string)[] = [
  () => '',
  (t) => t,
  (t) => t,
  (t) => `- ${t}`,
  (t) => `-   ${t}`,
  (t) => `-     ${t}`,
  (t) => `\t${t}`,
  (t) => `  ${t}`,
  (t) => `    ${t}`,
  (t) => `# ${t}`,
  (t) => `### ${t}`,
  (t) => `####### ${t}`,
  (t) => `#${t}`,
  (t) => `${t} `,
  (t) => `${t} #`,
  (t) => `+${t}`,
  (t) => `+ ${t}`,
  (t) => `-${t}`,
  (t) => `--${t}`,
  (t) => `1. ${t}`,
  (t) => `2024. ${t}`,
  (t) => `> ${t}`,
  () => '---',
  () => '===',
  () => '~~~',
  () => '-',
  () => '- ·',
  () => '\t45 authors',
  () => '[',
  () => '](https://huggingface.co/papers/2606.00683)',
  () => '  ',
  (t) => `\uFEFF${t}`,
];

describe('the Markdown subset reader', () => {
  it('equals fromMarkdown on every Markdown fixture, whole and in pieces', () => {
    const names = markdownFixtures();
    expect(names.length).toBeGreaterThanOrEqual(15);
    for (const name of names) {
      const text = readFixture(name);
      sameAsRemark(text);
      for (const piece of piecesOf(text, 4096)) sameAsRemark(piece);
      for (const piece of piecesOf(text, 1)) sameAsRemark(piece);
    }
  });

  it('reads nearly all of a real scraper capture and a clipper capture', () => {
    for (const [name, share] of [
      ['md-firecrawl-search.md', 0.95],
      ['handmade/layouts/clipper/obsidian-2026-04-17.md', 0.9],
    ] as const) {
      const text = readFixture(name).replace(/^---\n[\s\S]*?\n---\n/, '');
      let read = 0;
      for (const piece of piecesOf(text, 4096)) if (sameAsRemark(piece)) read += piece.length;
      expect(read / text.length, name).toBeGreaterThan(share);
    }
  });

  it('equals fromMarkdown on random documents whenever it accepts one', () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...LINES),
            fc.array(fc.constantFrom(...INLINE), { minLength: 1, maxLength: 6 }),
          ),
          { minLength: 1, maxLength: 12 },
        ),
        fc.boolean(),
        (lines, finalBreak) => {
          const text =
            lines.map(([line, inline]) => line(inline.join(''))).join('\n') +
            (finalBreak ? '\n' : '');
          runs++;
          if (sameAsRemark(text)) accepted++;
        },
      ),
      { numRuns: 4000 },
    );
    // Not a vacuous property: a good share of the documents take the fast path.
    expect(accepted / runs).toBeGreaterThan(0.03);
  });

  it('leaves the subset for every construct it does not read', () => {
    for (const text of [
      '> a quote',
      'a `code` span',
      'some *emphasis*',
      'snake_case',
      'Q&amp;A',
      'an <http://autolink>',
      '[a]: https://hf.co',
      '1. first',
      '- a\n\n- b',
      '-     indented code',
      '[a](u "title")',
      '[a](<u>)',
      '[a](u\\)x)',
      'a\r\nb',
      'a\tb',
      'trailing \nspace',
      'Title\n===',
      'Title\n---',
      '```\ncode\n```',
      '    code',
      '- a\n  - nested',
      '# closing #',
      '\uFEFF# after a byte order mark',
    ]) {
      expect(parseSubset(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('holds on the cases a review found', () => {
    // A reference in a destination is decoded; a failed attempt over a line ending
    // inside a list item moves micromark's points past the item's indent.
    for (const text of [
      '[a](&amp;)',
      '[a](b&#38;c)',
      '- [a](b\n  [c](d)',
      '- [a][\n  \\\nb',
      '- [][\\\n  a',
      '- [][\n\t\\\na',
    ]) {
      sameAsRemark(text);
    }
    expect(parseSubset('[a](&amp;)')).toBeUndefined();
    expect(parseSubset('- [a](b\n  [c](d)')).toBeUndefined();
  });

  it('reads a card of the firecrawl layout as remark does', () => {
    const card = [
      '[101](https://huggingface.co/login?next=%2Fpapers%2F2606.00683)',
      '',
      '### [OCC-RAG: Optimal Cognitive Core](https://huggingface.co/papers/2606.00683)',
      '',
      '[An abstract on one line,\\\\',
      'and on the next.](https://huggingface.co/papers/2606.00683)',
      '',
      '[- ![](https://huggingface.co/avatars/a.svg)\\\\',
      '- 3 authors](https://huggingface.co/papers/2606.00683)',
      '',
      '·',
      '',
      'May 29[6](https://huggingface.co/papers/2606.00683#community)',
      '',
    ].join('\n');
    expect(sameAsRemark(card)).toBe(true);
    const tree = parseSubset(card);
    expect(tree?.children.map((node) => node.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'list',
      'paragraph',
      'paragraph',
    ]);
  });

  it('is what parseMarkdown uses, with remark for the rest', () => {
    expect(parseMarkdown('# [T](u)\n')).toEqual(parseSubset('# [T](u)\n'));
    expect(parseMarkdown('> quote\n')).toEqual(fromMarkdown('> quote\n'));
  });
});
