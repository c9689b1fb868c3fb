import { describe, expect, it } from 'vitest';
import { type Listing, type Paper, parseListing } from '../../src/index.js';
import { checkListing } from '../robustness/support/oracle.js';
import { readFixture } from '../support/fixtures.js';

/**
 * The fourteenth review's probes of paper pages (each failed before its mend): real
 * captures from `fixtures/public-captures/paper-pages/`, edited as other saves of the
 * same page would differ.
 */
const read = (name: string) => readFixture(`public-captures/paper-pages/${name}`);
const copy = read('browser-copy.txt');

function parse(input: string): Listing {
  const listing = parseListing(input);
  checkListing(input, listing, listing.layout === 'text' ? 'text' : 'markdown');
  return listing;
}

function only(listing: Listing): Paper {
  expect(listing.papers).toHaveLength(1);
  return listing.papers[0] as Paper;
}

describe('review14: several pages in one capture', () => {
  it('reads a listing that follows a paper page (a crawl of several pages)', () => {
    const listing = readFixture('md-firecrawl-search.md');
    const input = `${read('crawler-github.md')}\n\n${listing}`;
    const parsed = parseListing(input);
    expect(parsed.page).toBe('paper');
    expect(parsed.papers[0]?.title).toBe('LLM Agents Making Agent Tools');
    expect(parsed.papers.slice(1).map((paper) => paper.title)).toEqual(
      parseListing(listing).papers.map((paper) => paper.title),
    );
  });

  it('reads a second page that follows the first one', () => {
    const input = `${read('crawler-github.md')}\n\n${read('crawler-wrapped-title.md')}`;
    expect(parse(input).papers.map((paper) => paper.title)).toEqual([
      'LLM Agents Making Agent Tools',
      'Speech-to-Text Adapter and Speech-to-Entity Retriever Augmented LLMs for Speech Understanding',
    ]);
  });

  it("says so when a digest's next entry (a badge below the comments) is not read", () => {
    const entry = (id: string, title: string) =>
      `arxiv:${id}\n\n### ${title}\n\nUpvote 12\n\n### Abstract\n\nWe study ${title}. It works well on every benchmark we tried.\n\n### Community\n\n`;
    const listing = parse(entry('2409.16040', 'Time-MoE') + entry('2409.12136', 'GRIN'));
    expect(listing.papers.map((paper) => [paper.title, paper.arxivId])).toEqual([
      ['Time-MoE', '2409.16040'],
    ]);
    expect(listing.diagnostics.map((found) => [found.code, found.severity])).toEqual([
      ['mismatched-link', 'warning'],
    ]);
    // A digest's `Models citing this paper: 5` field is none of the page's lists.
    const counted =
      '## One\n\n**Abstract**\n\nText one.\n\nModels citing this paper: 5\n\n## Two\n\n**Abstract**\n\nText two.\n';
    expect(parseListing(counted).page).toBeUndefined();
  });

  it('keeps a listing that a page follows a listing (review15)', () => {
    const listing = readFixture('handmade/layouts/long-titles/firecrawl-long.md');
    const input = `${listing}\n\n${read('crawler-github.md')}`;
    const parsed = parseListing(input);
    expect(parsed.page).toBeUndefined();
    expect(parsed.papers.slice(0, 8).map((paper) => paper.title)).toEqual(
      parseListing(listing)
        .papers.slice(0, 8)
        .map((paper) => paper.title),
    );
  });
});

describe('review14: the abstract ends where the page goes on', () => {
  it('a `Project page` button on the row of buttons is no abstract', () => {
    const input = read('jina-wrapper.md').replace(
      '[View PDF](https://arxiv.org/pdf/2310.08491) ',
      '[View PDF](https://arxiv.org/pdf/2310.08491) [Project page](https://kaistai.github.io/prometheus/) ',
    );
    const paper = only(parse(input));
    expect(paper.abstract).toMatch(/model at https:\/\/github\.com\/kaistAI\/Prometheus\.$/);
    expect(paper.arxivUrl).toBe('https://arxiv.org/abs/2310.08491');
  });

  it('a page without its `Community` heading keeps the comments out of the abstract', () => {
    const paper = only(parse(copy.replace('\nCommunity\n', '\n')));
    expect(paper.abstract).toMatch(/self-improving LLM systems with low overhead\.$/);
  });
});

describe('review14: the page head', () => {
  it('takes no title after the first field: a copy that starts below the title has no paper', () => {
    const listing = parse(copy.replace(/^\nAgentic Context Engineering[^\n]*\n/, '\n'));
    expect(listing.papers).toEqual([]);
    expect(listing.diagnostics.map((found) => found.code)).toContain('orphan-abstract');
  });

  it('`Submitted by` with no name after it takes no author for the submitter', () => {
    // A one-word first author, user-name shaped (`DeepSeek-AI`).
    const input = copy
      .replace('Submitted by\ntaesiri\n', 'Submitted by\n')
      .replace('\nQizheng Zhang\n', '\nDeepSeek-AI\n');
    const paper = only(parse(input));
    expect(paper.submittedBy).toBeUndefined();
    expect(paper.authors?.[0]).toBe('DeepSeek-AI');
    expect(paper.authorCount).toBe(13);
  });

  it('a name with a nickname in parentheses is a name', () => {
    const paper = only(parse(copy.replace('\nChangran Hu\n', '\nChangran (Frank) Hu\n')));
    expect(paper.authorCount).toBe(13);
    expect(paper.authors?.[1]).toBe('Changran (Frank) Hu');
  });

  it("front matter keys are not the page's labels", () => {
    const input = read('obsidian-time-moe.md').replace(
      'source_type: web\n',
      'source_type: web\narxiv: 2401.00001\nauthors: Ada Lovelace, Alan Turing\nabstract: none\n',
    );
    const paper = only(parse(input));
    expect(paper.arxivId).toBe('2409.16040');
    expect(paper.authors).toBeUndefined();
  });

  it("a comment's `hf papers read` names no id for the page", () => {
    const input = copy.replace('Reply\n', 'Reply\nhf papers read 2509.00001\n');
    expect(only(parse(input)).arxivId).toBe('2510.04618');
  });

  it('reads a reader-mode save: badge, heading and abstract alone', () => {
    const input =
      'arxiv:2510.04618\n\n# Agentic Context Engineering\n\nWe present ACE, a framework. It treats contexts as evolving playbooks. It works.\n\n## Models citing this paper 0\n\n## Datasets citing this paper 0\n';
    const paper = only(parse(input));
    expect(paper.title).toBe('Agentic Context Engineering');
    expect(paper.abstract).toMatch(/^We present ACE/);
  });

  it('says so when a page gives no paper', () => {
    const input =
      'Zusammenfassung\n\nModels citing this paper 0\n\nDatasets citing this paper 0\n\nSpaces citing this paper 0\n';
    const listing = parse(input);
    expect(listing.page).toBe('paper');
    expect(listing.papers).toEqual([]);
    expect(listing.diagnostics.map((found) => found.code)).toEqual(['no-paper-data']);
  });
});

describe('review15: what the mends broke', () => {
  it("a comment's badge of another paper keeps the page one page", () => {
    const listing = parse(copy.replace('Reply\n', 'Reply\narxiv:2509.00001\n'));
    expect(listing.page).toBe('paper');
    expect(only(listing).arxivId).toBe('2510.04618');
    expect(listing.diagnostics.map((found) => found.code)).toEqual(['mismatched-link']);
  });

  it("a comment's `Subscribe` or the menu's `Daily Papers` hands nothing to the card grammar", () => {
    const input = copy.replace('Reply\n', 'Reply\nSubscribe\nDaily Papers\n');
    expect(only(parse(input)).title).toBe(
      'Agentic Context Engineering: Evolving Contexts for Self-Improving Language Models',
    );
  });

  it('loses no line when a second page follows text in the first one’s trailer', () => {
    const input = `${read('crawler-github.md')}\n\nA stray line of text\n\narxiv:2510.04618\n\n${copy}`;
    expect(parse(input).papers.map((paper) => paper.arxivId ?? null)).toEqual([null, '2510.04618']);
  });

  it('counts the authors a page folds (`+ 8 authors`)', () => {
    const paper = only(
      parse(copy.replace('\nKunle Olukotun\n', '\nKunle Olukotun\n+ 8 authors\n')),
    );
    expect(paper.authorCount).toBe(21);
    expect(paper.authors).toHaveLength(13);
  });

  it('keeps the title against a short line after a button', () => {
    const input = copy.replace(
      'Language Models\nPublished on Oct 6\n',
      'Language Models\nView PDF\nStanford University\nPublished on Oct 6\n',
    );
    expect(only(parse(input)).title).toBe(
      'Agentic Context Engineering: Evolving Contexts for Self-Improving Language Models',
    );
  });

  it("a lone `Upvote`'s count is the next line's only", () => {
    const input = copy.replace(
      '#3 Paper of the day\n',
      '#3 Paper of the day\nUpvote\nGitHub\n1.2k\n',
    );
    const paper = only(parse(input));
    expect(paper.upvotes).toBeUndefined();
    expect(paper.githubStars).toBe(1200);
  });
});
