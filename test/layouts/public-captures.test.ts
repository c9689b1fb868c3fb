import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';
import { checkListing } from '../robustness/support/oracle.js';
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

  it('reads a fenced text-browser dump that opens with `[[`, not as JSON', () => {
    const input = read('reflinks-fenced-search.md');
    const listing = parseListing(input);
    expect(listing.layout).toBe('reflinks');
    // The dump was cut in its 34th card: every `### [title][n]` heading is a paper.
    // (a heading the dump wrapped goes on in a heading of its own: `### Approaches][106]`)
    const titles = [...input.matchAll(/^### \[((?:.|\n### )+?)\]\[\d+\]$/gm)].map((m) =>
      m[1]?.replaceAll('\n### ', ' '),
    );
    expect(titles).toHaveLength(34);
    expect(listing.papers.map((paper) => paper.title)).toEqual(titles);
    // Its reference list is gone with the cut: no link names a paper, and none is guessed.
    expect(listing.papers.filter((paper) => paper.arxivId !== undefined)).toEqual([]);
    // `[[microsoft] Microsoft][67]`: the avatar's alt, then the organization's name.
    const organizations = listing.papers.flatMap((paper) =>
      paper.organization === undefined ? [] : [[paper.title, paper.organization.name]],
    );
    expect(organizations).toHaveLength(4);
    expect(organizations[0]).toEqual(['VIBEVOICE-ASR Technical Report', 'Microsoft']);
    // The site's menu above the cards (`* [ GitHub][20]`) is chrome, not a misplaced link.
    expect(listing.diagnostics).toEqual([]);
    checkListing(input, listing, 'markdown');
  });

  it('reads a bare-URL export that puts a blank line between all its lines', () => {
    const input = read('bare-urls-double-spaced.md');
    const listing = parseListing(input);
    expect(listing.layout).toBe('bare-urls');
    // What each card says, read from the capture with a pattern of this export's own.
    const card =
      / \[-\] (\S+)\n\nhttps:\/\/huggingface\.co\/login\?next=%2Fpapers%2F([\d.]+)\n\n([^\n]+)\n\nhttps:\/\/huggingface\.co\/papers\/\2\n/g;
    const cards = [...input.matchAll(card)].map((m) => ({
      arxivId: m[2],
      title: m[3]?.trim(),
      upvotes: m[1] === '-' ? undefined : Number(m[1]),
    }));
    const comments = new Map(
      [...input.matchAll(/\n(\d+)\n\nhttps:\/\/huggingface\.co\/papers\/([\d.]+)#community/g)].map(
        (m) => [m[2], Number(m[1])],
      ),
    );
    expect(cards).toHaveLength(107);
    expect(
      listing.papers.map((paper) => ({
        arxivId: paper.arxivId,
        title: paper.title,
        upvotes: paper.upvotes,
      })),
    ).toEqual(cards);
    expect(listing.papers.map((paper) => paper.comments)).toEqual(
      cards.map((c) => comments.get(c.arxivId ?? '')),
    );
    expect(listing.papers.every((paper) => (paper.abstract ?? '').length > 100)).toBe(true);
    // The footer's bare link to the home page is navigation, not an error.
    expect(listing.diagnostics).toEqual([]);
    checkListing(input, listing, 'markdown'); // a linked layout: chrome is link text
  });

  it("takes a clipped card's id and page from its author or comment link when its title has none", () => {
    const input = read('md-web-clipper-2026-04-17.md');
    const listing = parseListing(input);
    expect(listing.papers).toHaveLength(29);
    for (const paper of listing.papers) {
      expect(paper.arxivId).toMatch(/^\d{4}\.\d{5}$/);
      expect(paper.url).toBe(`https://huggingface.co/papers/${paper.arxivId}`);
      // Each id is one the capture links, beside the card's own title.
      expect(input).toContain(`https://huggingface.co/papers/${paper.arxivId}`);
    }
    const byTitle = new Map(listing.papers.map((paper) => [paper.title, paper]));
    expect(
      byTitle.get('Beyond Prompts: Unconditional 3D Inversion for Out-of-Distribution Shapes'),
    ).toMatchObject({
      arxivId: '2604.14914',
      authorCount: 4,
      comments: 2,
    });
    expect(
      byTitle.get(
        'LeapAlign: Post-Training Flow Matching Models at Any Generation Step by Building Two-Step Trajectories',
      ),
    ).toMatchObject({
      arxivId: '2604.15311',
      comments: 1,
      organization: { name: 'ByteDance Seed' },
    });
  });

  it("keeps a setext heading's underline, a line of its own, in the chrome", () => {
    const input = read('md-crawler-trending-setext.md');
    const listing = parseListing(input);
    expect(listing.papers).toHaveLength(50);
    const underline = listing.chrome.find((line) => /^-{3,}$/.test(line.text));
    expect(underline?.position.start.line).toBe(4);
    checkListing(input, listing, 'markdown');
  });

  it("reads a mirror's `Subscribe` run into the first title as the button and the title", () => {
    const input = read('text-mirror-compact-excerpt.txt');
    expect(input).toContain('\nSubscribeLLaDA2.0: Scaling Up Diffusion Language Models to 100B\n');
    const listing = parseListing(input);
    expect(listing.papers[0]?.title).toBe('LLaDA2.0: Scaling Up Diffusion Language Models to 100B');
    expect(listing.chrome.map((line) => line.text)).toContain('Subscribe');
    checkListing(input, listing);
  });

  it("keeps a plain-text organization line whole, the avatar's alt with the name", () => {
    const input = read('text-mirror-organization-excerpt.txt');
    expect(input).toContain('\nopenbmb OpenBMB\n·\nFeb 6 2\n');
    const listing = parseListing(input);
    const [paper] = listing.papers;
    expect(paper?.title).toMatch(/^AgentCPM-Report: /);
    // The alt (`openbmb`) would be in no field if it went: the line is read as printed.
    expect(paper?.organization).toEqual({ name: 'openbmb OpenBMB' });
    expect(paper?.comments).toBe(2);
    checkListing(input, listing);
  });

  it("reads a mirror's cache keyed by arXiv id as a list of its entries", () => {
    const input = read('json-keyed-by-id-excerpt.json');
    const cache = JSON.parse(input) as Record<string, { title: string; upvotes: number }>;
    const listing = parseListing(input);
    expect(listing.layout).toBe('hub-json');
    expect(listing.papers.map((paper) => [paper.arxivId, paper.upvotes])).toEqual(
      Object.entries(cache).map(([id, entry]) => [id, entry.upvotes]),
    );
    // Each title is its own member's, as written (`Video-to-Video\n  Synthesis`), and read.
    expect(listing.papers.map((paper) => JSON.parse(`"${paper.raw.title}"`))).toEqual(
      Object.values(cache).map((entry) => entry.title),
    );
    expect(listing.papers[2]?.title).toBe(
      'PanGu-π: Enhancing Language Model Architectures via Nonlinearity Compensation',
    );
    // `publication_date` is the paper's date.
    expect(listing.papers[0]?.publishedAt).toBe('2023-12-24T10:08:59Z');
    expect(listing.diagnostics).toEqual([]);
  });

  it('makes no paper of a feed of models', () => {
    const listing = parseListing(read('json-feed-models.json'));
    expect(listing.papers).toEqual([]);
    expect(listing.diagnostics.map((d) => d.code)).toEqual(['no-paper-data']);
  });

  it("takes no digest's field or button for a paper's abstract", () => {
    // Not Hugging Face pages: third-party digests of them. Their titles are read; what
    // they print where a card has its abstract (`Vote: 12`, `[Watch Video](….mp4)`,
    // `🔗 链接: https://…`) was each paper's abstract, and must never be.
    const korean = parseListing(read('md-digest-ko.md'));
    const chinese = parseListing(read('md-digest-zh-table.md'));
    // Every card of the Korean digest, its short titles linking arXiv too (`Twisting Lids
    // Off with Two Hands` was read as an arXiv button, and the cards after it were lost).
    const headings = read('md-digest-ko.md').match(/^### \[[^\]]+\]/gm) ?? [];
    expect(korean.papers.map((paper) => `### [${paper.title}]`)).toEqual(headings);
    expect(korean.papers[9]?.arxivId).toBe('2403.02338');
    expect(korean.diagnostics).toEqual([]);
    expect(chinese.papers).toHaveLength(5);
    for (const paper of [...korean.papers, ...chinese.papers]) {
      expect(paper.abstract).not.toMatch(/^(?:Vote: \d+|Watch Video|\p{Extended_Pictographic})/u);
    }
    // Where the Korean digest has a summary under the fields, it is the abstract: all of
    // its points, the list's items joined.
    expect(korean.papers[0]?.abstract).toMatch(
      /^기계가 동영상을 이해하는.* 편향 문제를 극복합니다\.$/,
    );
    expect(korean.papers[0]?.arxivId).toBe('2403.01422');
  });
});
