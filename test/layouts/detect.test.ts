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
