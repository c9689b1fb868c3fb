import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';

/** review12's findings against the thirty-eighth session's fixes, each a probe. */
describe('the fixes from real captures stay narrow (review12)', () => {
  it('reads the list, not its index by id beside it (H1, M1)', () => {
    const entry = (n: number) => ({ id: `2401.0000${n}`, title: `Paper ${n}`, upvotes: n });
    const input = JSON.stringify({
      papers: [entry(3), entry(4)],
      byId: { '2401.00003': entry(3), '2401.00004': entry(4) },
    });
    expect(parseListing(input).papers.map((paper) => paper.title)).toEqual(['Paper 3', 'Paper 4']);
  });

  it('keys an object by arXiv ids only, its other members the cache own (M4, M6)', () => {
    const keyed = JSON.stringify({
      last_updated: '2024-03-05T10:00:00Z',
      count: 2,
      '2312.17653': { title: 'LARP', abstract: 'x', upvotes: 3 },
      '2312.17654': { title: 'Paper Two', abstract: 'y', upvotes: 4 },
    });
    const listing = parseListing(keyed);
    expect(listing.papers.map((paper) => paper.title)).toEqual(['LARP', 'Paper Two']);
    expect(listing.diagnostics).toEqual([]);
    const sections = JSON.stringify({
      intro: { id: 'intro', title: 'Introduction' },
      usage: { id: 'usage', title: 'Usage' },
    });
    expect(parseListing(sections).papers).toEqual([]);
  });

  it("takes a feed item whose id is its site's URL by the paper its url links (H2)", () => {
    const input = JSON.stringify({
      items: [
        {
          id: 'https://example.org/p/1',
          url: 'https://huggingface.co/papers/2401.00001',
          title: 'A',
        },
        { id: 'https://example.org/p/2', url: '/papers/2401.00002', title: 'B' },
      ],
    });
    expect(parseListing(input).papers.map((paper) => [paper.title, paper.arxivId])).toEqual([
      ['A', '2401.00001'],
      ['B', '2401.00002'],
    ]);
  });

  it('reads the cards of a page whose links are on another host or scheme (H3)', () => {
    const page = readFixture('public-captures/html-daily-2024-08-01.html').replace(
      / data-props="[^"]*"/g,
      '',
    );
    const full = parseListing(page).papers.map((paper) => paper.arxivId);
    for (const host of ['https://hf.co', 'http://huggingface.co']) {
      const moved = page.replaceAll('href="/papers/', `href="${host}/papers/`);
      expect(parseListing(moved).papers.map((paper) => paper.arxivId)).toEqual(full);
    }
  });

  it('leaves a thumbnail link alone after a date in a double-spaced export (H4)', () => {
    const input = readFixture('public-captures/bare-urls-double-spaced.md');
    // Each card's thumbnail as the export prints one: an empty line's text, then its URL.
    const thumbs = input.replace(
      /\n\n \[-\] (\S+)\n\nhttps:\/\/huggingface\.co\/login\?next=%2Fpapers%2F([\d.]+)\n/g,
      '\n\n \n\nhttps://huggingface.co/papers/$2\n\n [-] $1\n\nhttps://huggingface.co/login?next=%2Fpapers%2F$2\n',
    );
    expect(thumbs).not.toBe(input);
    const before = parseListing(input).papers;
    const after = parseListing(thumbs).papers;
    expect(after.map((paper) => [paper.arxivId, paper.title])).toEqual(
      before.map((paper) => [paper.arxivId, paper.title]),
    );
  });

  it('still takes a list of lists of numbers for JSON (H5)', () => {
    expect(parseListing('[[12, "2401.00001"], [null, 1]]').layout).toBe('hub-json');
    expect(parseListing("[[Hugging Face's logo] Hugging Face][1]\n").layout).not.toBe('hub-json');
  });

  it("keeps a title's own brackets in a text-browser link (H6)", () => {
    const input = [
      '### [[CLS] Token Tells Everything Needed for Training-free Efficient MLLMs][41]',
      '',
      'References',
      '',
      '  41. https://huggingface.co/papers/2412.05819',
      '',
    ].join('\n');
    expect(parseListing(input, { format: 'reflinks' }).papers[0]?.title).toBe(
      '[CLS] Token Tells Everything Needed for Training-free Efficient MLLMs',
    );
  });

  it('keeps a linked name that repeats a word whole (H8)', () => {
    const input = [
      '### [A Title For The Paper](https://huggingface.co/papers/2401.00001)',
      '',
      'An abstract that says enough words to be read as one, and ends as a sentence does.',
      '',
      '[Yang Yang](https://huggingface.co/yangyang) · Jan 2, 2024',
      '',
    ].join('\n');
    expect(parseListing(input).papers[0]?.organization?.name).toBe('Yang Yang');
  });

  it('reads a keyed map of other papers beside a small list (review13 M3)', () => {
    const input = JSON.stringify({
      featured: [{ id: '2401.00009', title: 'Featured Paper Nine', upvotes: 50 }],
      papers: {
        '2401.00001': { title: 'Paper One About Cats', upvotes: 3 },
        '2401.00002': { title: 'Paper Two About Dogs', upvotes: 4 },
      },
    });
    expect(parseListing(input).papers.map((paper) => paper.title)).toEqual([
      'Featured Paper Nine',
      'Paper One About Cats',
      'Paper Two About Dogs',
    ]);
  });

  it("keeps a plain-text card's URL field out of its titles (review13 M2)", () => {
    const input = [
      'Mar 11',
      '',
      'LLM-Supported Natural Language to Bash Translation',
      '',
      'Code: https://github.com/westenfelder/NL2SH',
      '',
      'The Bourne-Again Shell (Bash) command-line interface for Linux systems has complex syntax and requires extensive specialized knowledge. We present a manually verified test dataset.',
      '',
      '  • 4 authors',
      '·',
      'Feb 7, 2025',
      '',
    ].join('\n');
    const papers = parseListing(input).papers;
    expect(papers.map((paper) => paper.title)).toEqual([
      'LLM-Supported Natural Language to Bash Translation',
    ]);
    expect(papers[0]?.abstract).toMatch(/^The Bourne-Again Shell/);
  });

  it('reads a second double-spaced export, written from the layout, field by field', () => {
    // Other titles, counts and buttons than the real capture's: thumbnails, GitHub links,
    // a card without comments, `-` for no upvotes, the site's footer.
    type Card = [string, string, string, string, string, string, string, string];
    const cards: Card[] = [
      [
        '2509.11111',
        'Agents That Plan Twice: Deliberate Search for Tool Use',
        '17',
        '3',
        'Sep 14, 2025',
        '4',
        'GitHub 212',
        'https://github.com/a/plan2',
      ],
      ['2510.22222', 'Sparse Mixture Routers Revisited', '5', '9', 'Oct 2, 2025', '', '', ''],
      [
        '2511.33333',
        'A Benchmark for Long Video Question Answering',
        '-',
        '2',
        'Nov 30, 2025',
        '1',
        'GitHub 1.2k',
        'https://github.com/b/lvqa',
      ],
    ];
    const lines = [
      'Trending Papers - Hugging Face',
      'Subscribe',
      'https://huggingface.co/login?next=%2Fpapers',
    ];
    for (const [id, title, up, authors, date, comments, github, repo] of cards) {
      const page = `https://huggingface.co/papers/${id}`;
      lines.push(' ', page, ` [-] ${up}`, `https://huggingface.co/login?next=%2Fpapers%2F${id}`);
      lines.push(
        title,
        page,
        `We study ${title.toLowerCase()} and show, across many settings, that it generalises well.`,
        page,
      );
      lines.push('[', `${authors} authors](${page})`, '·', date);
      if (comments !== '') lines.push(comments, `${page}#community`);
      if (github !== '') lines.push(github, repo);
    }
    lines.push('System theme', 'TOS', 'https://huggingface.co/terms-of-service');
    const input = `${lines.join('\n\n')}\n`;
    const listing = parseListing(input);
    expect(listing.layout).toBe('bare-urls');
    expect(
      listing.papers.map((paper) => [
        paper.arxivId,
        paper.title,
        paper.upvotes,
        paper.authorCount,
        paper.publishedAt ?? paper.published,
        paper.comments,
        paper.githubUrl,
        paper.githubStars,
      ]),
    ).toEqual([
      ['2509.11111', cards[0]?.[1], 17, 3, '2025-09-14', 4, 'https://github.com/a/plan2', 212],
      ['2510.22222', cards[1]?.[1], 5, 9, '2025-10-02', undefined, undefined, undefined],
      [
        '2511.33333',
        cards[2]?.[1],
        undefined,
        2,
        '2025-11-30',
        1,
        'https://github.com/b/lvqa',
        1200,
      ],
    ]);
    expect(listing.papers.every((paper) => paper.abstract.startsWith('We study '))).toBe(true);
    expect(listing.diagnostics).toEqual([]);
  });
});
