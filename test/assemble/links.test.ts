import { describe, expect, it } from 'vitest';
import { collectLinks, isCodeRepository } from '../../src/assemble/links.js';
import { parseListing } from '../../src/index.js';
import { readFixture, TEXT_FIXTURE_NAMES } from '../support/fixtures.js';

describe('collectLinks', () => {
  it('puts the code repository first and trims sentence punctuation', () => {
    expect(
      collectLinks(
        'Data at https://x.org/data. Code: https://github.com/o/r. See (https://y.io/a).',
      ),
    ).toEqual(['https://github.com/o/r', 'https://x.org/data', 'https://y.io/a']);
  });

  it('keeps balanced parentheses, drops duplicates, undoes LaTeX escapes', () => {
    expect(
      collectLinks(
        'https://en.wikipedia.org/wiki/A_(b) and https://github.com/a/b\\_c, again https://github.com/a/b_c/',
      ),
    ).toEqual(['https://github.com/a/b_c', 'https://en.wikipedia.org/wiki/A_(b)']);
  });

  it('ends a URL at Korean, Japanese or Chinese text glued to it (review25 L3)', () => {
    expect(
      collectLinks(
        '소스 코드는 https://github.com/levihsu/OOTDiffusion에서 확인할 수 있습니다. 代码见https://x.org/a。',
      ),
    ).toEqual(['https://github.com/levihsu/OOTDiffusion', 'https://x.org/a']);
    // Latin letters with accents stay in it.
    expect(collectLinks('see https://fr.wikipedia.org/wiki/Café now')).toEqual([
      'https://fr.wikipedia.org/wiki/Café',
    ]);
  });

  it('puts links the card gave before the abstract’s', () => {
    expect(collectLinks('see https://a.org/x', ['https://github.com/k/l'])).toEqual([
      'https://github.com/k/l',
      'https://a.org/x',
    ]);
  });

  it('ignores words that merely start with http, and bare schemes', () => {
    expect(collectLinks('httpx is a library; https:// alone; xhttps://a.org')).toEqual([]);
  });

  it('reads the scheme back from its "://", at the start of text and inside other URLs', () => {
    expect(collectLinks('http://a.io/x and ftp://b.io')).toEqual(['http://a.io/x']);
    expect(collectLinks('xhttps://a.com/?u=http://b.com/ ok')).toEqual(['http://b.com/']);
    expect(collectLinks('://, s://a.io and https://')).toEqual([]);
  });

  it('knows code hosts', () => {
    expect(isCodeRepository('https://github.com/allenai/aspire')).toBe(true);
    expect(isCodeRepository('https://www.gitlab.com/a/b')).toBe(true);
    expect(isCodeRepository('https://github.com/')).toBe(false);
    expect(isCodeRepository('https://litllm.github.io')).toBe(false);
  });
});

describe('links on parsed papers', () => {
  it('come from every abstract that mentions a URL, in plain text too', () => {
    for (const name of [...TEXT_FIXTURE_NAMES, 'md-firecrawl-search.md']) {
      const listing = parseListing(readFixture(name));
      for (const paper of listing.papers) {
        const mentions = paper.abstract.includes('http://') || paper.abstract.includes('https://');
        expect(paper.links !== undefined, `${name}: ${paper.title}`).toBe(mentions);
        const source = paper.raw.abstract.replaceAll('\\', '');
        for (const link of paper.links ?? []) expect(source).toContain(link);
      }
    }
  });

  it('finds the repository of a Markdown card', () => {
    const listing = parseListing(readFixture('md-firecrawl-search.md'));
    const paper = listing.papers.find((p) => p.arxivId === '2605.08583');
    expect(paper?.links).toEqual(['https://github.com/aaFrostnova/CiteTracer']);
  });
});
