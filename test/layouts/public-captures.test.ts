import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';

/** Real captures from public repositories (`fixtures/public-captures/README.md`). */
const read = (name: string) => readFixture(`public-captures/${name}`);

describe('public captures the parser had never seen', () => {
  it('takes a feed item whose id is the paper URL as that paper, not as an id to prefix', () => {
    const input = read('json-feed-papers.json');
    const items = (JSON.parse(input) as { items: Array<{ id: string; title: string }> }).items;
    const listing = parseListing(input);
    expect(listing.layout).toBe('hub-json');
    expect(listing.papers).toHaveLength(items.length);
    listing.papers.forEach((paper, index) => {
      const item = items[index];
      expect(paper.title).toBe(item?.title.trim());
      expect(paper.url).toBe(item?.id);
      expect(item?.id).toBe(`https://huggingface.co/papers/${paper.arxivId}`);
      expect(paper.arxivUrl).toBe(`https://arxiv.org/abs/${paper.arxivId}`);
    });
    expect(listing.diagnostics).toEqual([]);
  });

  it("reads a scraper's mirror whose papers are named by their url alone", () => {
    const input = read('mirror-scraped-2024-03-05.json');
    const papers = (JSON.parse(input) as { papers: Array<{ url: string; upvotes: number }> })
      .papers;
    const listing = parseListing(input);
    expect(listing.papers).toHaveLength(papers.length);
    listing.papers.forEach((paper, index) => {
      expect(paper.url).toBe(papers[index]?.url);
      expect(papers[index]?.url.endsWith(`/${paper.arxivId}`)).toBe(true);
      expect(paper.upvotes).toBe(papers[index]?.upvotes);
    });
  });

  it("takes a 2024 page's day from its data's `date`", () => {
    const listing = parseListing(read('html-daily-2024-08-01.html'));
    expect(listing.layout).toBe('html');
    expect(listing.papers).toHaveLength(13);
    expect(listing.date).toEqual({ year: 2024, month: 8, day: 1 });
    for (const paper of listing.papers) {
      expect(paper.listingDate).toEqual({ year: 2024, month: 8, day: 1 });
    }
    expect(listing.diagnostics).toEqual([]);
  });

  it('reads the same page re-saved without its data from its cards, furniture kept out of errors', () => {
    const input = read('html-daily-2024-08-01.html');
    const full = parseListing(input);
    const stripped = parseListing(input.replace(/ data-props="[^"]*"/g, ''));
    expect(stripped.papers.map((paper) => [paper.arxivId, paper.upvotes, paper.comments])).toEqual(
      full.papers.map((paper) => [paper.arxivId, paper.upvotes, paper.comments]),
    );
    expect(stripped.papers.map((paper) => paper.authorCount)).toEqual(
      full.papers.map((paper) => paper.authorCount),
    );
    // The upvote button's empty link and the `·` inside the avatars' link are the card's
    // furniture: before, 39 `unknown-block` errors quoting "" and 13 titles read as `·`.
    const codes = stripped.diagnostics.map((d) => d.code);
    expect(codes.filter((code) => code === 'unknown-block')).toEqual([]);
    expect(stripped.diagnostics.filter((d) => d.message.includes('"·"'))).toEqual([]);
    expect(codes.filter((code) => code === 'rendered-cards-only')).toHaveLength(1);
    // The old daily cards show no abstract: each title says so, and nothing else is wrong.
    expect(
      codes.filter((code) => code !== 'missing-abstract' && code !== 'rendered-cards-only'),
    ).toEqual([]);
  });

  it('invents no paper from a page of posts: its articles link no paper', () => {
    const listing = parseListing(read('html-posts-page.html'));
    expect(listing.papers).toEqual([]);
    expect(listing.diagnostics.map((d) => d.code)).toEqual(['no-paper-data']);
  });
});
