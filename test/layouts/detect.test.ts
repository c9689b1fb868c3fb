import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';
import { DETECT_WINDOW, detectLayout } from '../../src/layouts/detect.js';
import { readFixture, TEXT_FIXTURE_NAMES } from '../support/fixtures.js';

describe('detectLayout', () => {
  it.each(TEXT_FIXTURE_NAMES)('reads the plain-text capture %s as text', (name) => {
    expect(detectLayout(readFixture(name))).toBe('text');
  });

  it.each([
    ['md-firecrawl-search.md', 'markdown'],
    ['handmade/bare-urls.txt', 'bare-urls'],
    ['handmade/reflinks.md', 'reflinks'],
    ['handmade/trending.md', 'markdown'],
    ['handmade/trending-compact.md', 'markdown'],
  ])('reads %s as %s', (name, layout) => {
    expect(detectLayout(readFixture(name))).toBe(layout);
  });

  it('reads markup copied out of a page as HTML, and Markdown opening with a block as Markdown', () => {
    const cards = readFixture('handmade/review32/07-devtools-fragment.html');
    expect(detectLayout(cards)).toBe('html');
    expect(
      detectLayout(
        '<aside>\n💡 A note</aside>\n\n### [A Title](https://huggingface.co/papers/2606.00683)\n',
      ),
    ).toBe('markdown');
    expect(detectLayout('<div>\n<a href="/papers/2606.00683">A Title</a>\n</div>\n')).toBe('text');
  });

  it('sees front matter, headings and links, after a BOM too', () => {
    expect(detectLayout('---\na: 1\n---\nnew\n')).toBe('markdown');
    expect(detectLayout('\ufeff### A Title\n')).toBe('markdown');
    expect(detectLayout('see [x](https://huggingface.co/papers/2606.00683)\n')).toBe('markdown');
    expect(detectLayout('Mar 11\n\nA Title\n\nWe do it. It works. Really.\n')).toBe('text');
    expect(detectLayout('')).toBe('text');
  });

  it('needs two URL lines for bare URLs, and a fence with references for reflinks', () => {
    expect(detectLayout('Title\nhttps://huggingface.co/papers/2606.00683\n')).toBe('text');
    expect(detectLayout('```\n[a][1]\n```\n')).toBe('text');
    expect(detectLayout('```\n[a][1]\n[b][2]\n```\n')).toBe('reflinks');
  });

  it("reads a clipping that opens with a card's empty thumbnail link as Markdown, not JSON", () => {
    const whole = readFixture('handmade/layouts/clipper/markdownload-2026-03-05.md');
    const clipped = whole.slice(whole.indexOf('[](https://huggingface.co/papers/2606.03264)'));
    expect(detectLayout(clipped)).toBe('markdown');
    expect(detectLayout(`\n  ${clipped}`)).toBe('markdown');
    expect(detectLayout('[][1]\n\n[1]: https://huggingface.co/papers/2606.03264\n')).not.toBe(
      'hub-json',
    );
    // Its cards are the whole capture's from the cut on, field for field (the listing's
    // day was the cut front matter's).
    const fields = (text: string) =>
      parseListing(text, { referenceDate: '2026-03-05' }).papers.map(
        ({ raw: _raw, position: _position, listedAt: _at, listingDate: _date, ...paper }) => paper,
      );
    const after = fields(clipped);
    expect(after.map((paper) => paper.arxivId).slice(0, 2)).toEqual(['2606.03264', '2504.19413']);
    expect(after).toEqual(fields(whole).slice(-after.length));
    // An empty JSON array stays one, alone or before more JSON.
    expect(detectLayout('[]')).toBe('hub-json');
    expect(detectLayout(' [ ]\n')).toBe('hub-json');
    expect(detectLayout('[],\n')).toBe('hub-json');
  });

  it('looks only at the first window of a long input', () => {
    const late = `${'plain line\n'.repeat(DETECT_WINDOW / 8)}### [T](https://huggingface.co/papers/2606.00683)\n`;
    expect(detectLayout(late)).toBe('text');
  });

  it('is what parseListing uses by default, and format overrides it', () => {
    const markdown = readFixture('handmade/trending.md');
    expect(parseListing(markdown)).toEqual(parseListing(markdown, { format: 'markdown' }));
    expect(parseListing(markdown, { format: 'text' })).not.toEqual(parseListing(markdown));
    expect(() => parseListing('x', { format: 'pdf' as 'text' })).toThrow(TypeError);
    expect(() => parseListing('x', { dedupe: 'yes' as unknown as boolean })).toThrow(TypeError);
  });
});
