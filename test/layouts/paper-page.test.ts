import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Listing, type Paper, parseListing, tokenize } from '../../src/index.js';
import { detectPage } from '../../src/layouts/detect.js';
import { checkListing } from '../robustness/support/oracle.js';
import { readFixture } from '../support/fixtures.js';
import { captureFixtures } from '../support/records.js';

/**
 * Real captures of single paper pages (`huggingface.co/papers/<id>`), saved by five
 * tools (`fixtures/public-captures/README.md`). Each value below was read off the capture
 * by hand: the page's own header and abstract, never its comments or citing lists.
 */
const read = (name: string) => readFixture(`public-captures/paper-pages/${name}`);

/** The one paper of a page read as a paper page, with no error on its furniture. */
function onePaper(name: string): { listing: Listing; paper: Paper } {
  const input = read(name);
  const listing = parseListing(input);
  expect(listing.page).toBe('paper');
  expect(listing.papers).toHaveLength(1);
  expect(listing.diagnostics.filter((found) => found.severity === 'error')).toEqual([]);
  checkListing(input, listing, listing.layout === 'text' ? 'text' : 'markdown');
  return { listing, paper: listing.papers[0] as Paper };
}

describe('a single paper page is read as its one paper', () => {
  it('Obsidian clip: the title above `Authors:`, the summary above its label, no commenter', () => {
    const { paper } = onePaper('obsidian-time-moe.md');
    expect(paper.title).toBe(
      'Time-MoE: Billion-Scale Time Series Foundation Models with Mixture of Experts',
    );
    expect(paper.arxivId).toBe('2409.16040');
    expect(paper.url).toBe('https://huggingface.co/papers/2409.16040');
    expect(paper.aiSummary).toMatch(/^Time-MoE, a scalable and efficient architecture using/);
    expect(paper.abstract).toMatch(/^Deep learning for time series forecasting has seen/);
    expect(paper.abstract).toMatch(/superior capability, efficiency, and flexibility\.$/);
    // The comments: `[akhaliq](…)` is no organization, its GitHub link no code button.
    expect(paper.organization).toBeUndefined();
    expect(paper.githubUrl).toBeUndefined();
    expect(paper.authors).toBeUndefined(); // the clipper dropped the names
  });

  it('Obsidian clip with comments: the paper author who commented is no organization', () => {
    const { paper } = onePaper('obsidian-comments.md');
    expect(paper.title).toBe(
      'Beyond Semantic Similarity: Rethinking Retrieval for Agentic Search via Direct Corpus Interaction',
    );
    expect(paper.arxivId).toBe('2605.05242');
    expect(paper.aiSummary).toMatch(/^Direct corpus interaction enables more effective agentic/);
    expect(paper.abstract).toMatch(/^Modern retrieval systems, whether lexical or semantic,/);
    expect(paper.abstract).toMatch(/agentic search\.$/);
    expect(paper.abstract).not.toContain('The best retriever for agentic search');
    expect(paper.organization).toBeUndefined();
  });

  it("docs crawler: a title wrapped over two lines, no id from the crawl's mismatched URL", () => {
    const { listing, paper } = onePaper('crawler-wrapped-title.md');
    expect(paper.title).toBe(
      'Speech-to-Text Adapter and Speech-to-Entity Retriever Augmented LLMs for Speech Understanding',
    );
    // The crawl's `**URL:**` names RepoFusion (2306.07944), not this page's paper.
    expect(paper.arxivId).toBeUndefined();
    expect(paper.abstract).toMatch(/^A joint speech and language model using a Speech2Text/);
    expect(listing.papers.map((found) => found.title)).not.toContain('Spaces citing this paper 0');
  });

  it('docs crawler: the GitHub button', () => {
    const { paper } = onePaper('crawler-github.md');
    expect(paper.title).toBe('LLM Agents Making Agent Tools');
    expect(paper.githubUrl).toBe('https://github.com/katherlab/toolmaker');
    expect(paper.abstract).toMatch(/^ToolMaker autonomously converts scientific code/);
  });

  it('plain-text fetch with a blank line between all nodes: every header field', () => {
    const { paper } = onePaper('openclaw-double-spaced.txt');
    expect(paper.title).toBe(
      'AgentClinic: a multimodal agent benchmark to evaluate AI in simulated clinical environments',
    );
    expect(paper.arxivId).toBe('2405.07960');
    expect(paper.publishedAt).toBe('2024-05-13');
    expect(paper.upvotes).toBe(1);
    expect(paper.authors).toEqual([
      'Samuel Schmidgall',
      'Rojin Ziaei',
      'Carl Harris',
      'Eduardo Reis',
      'Jeffrey Jopling',
      'Michael Moor',
    ]);
    expect(paper.authorCount).toBe(6);
    expect(paper.aiSummary).toMatch(/^AgentClinic evaluates the interactive decision-making/);
    expect(paper.abstract).toMatch(/^Diagnosing and managing a patient is a complex/);
    expect(paper.abstract).not.toContain('Edit Preview');
  });

  it("browser copy: submitter on its own lines, the id from the page's citing sentences", () => {
    const { paper } = onePaper('browser-copy.txt');
    expect(paper.title).toBe(
      'Agentic Context Engineering: Evolving Contexts for Self-Improving Language Models',
    );
    expect(paper.published).toEqual({ month: 10, day: 6 });
    expect(paper.submittedBy).toBe('taesiri');
    expect(paper.authorCount).toBe(13);
    expect(paper.authors?.[0]).toBe('Qizheng Zhang');
    expect(paper.authors?.[12]).toBe('Kunle Olukotun');
    expect(paper.arxivId).toBe('2510.04618');
    // No summary label here: the summary stays the abstract's first paragraph.
    expect(paper.abstract).toMatch(/^ACE, a framework for adaptive context engineering/);
    expect(paper.abstract).toMatch(/self-improving LLM systems with low overhead\.$/);
  });

  it("jina reader: a comment's own `Abstract` heading and the page's second upvote button stay out", () => {
    const { paper } = onePaper('jina-wrapper.md');
    expect(paper.title).toBe(
      'Prometheus: Inducing Fine-grained Evaluation Capability in Language Models',
    );
    expect(paper.arxivId).toBe('2310.08491');
    expect(paper.arxivUrl).toBe('https://arxiv.org/abs/2310.08491');
    expect(paper.publishedAt).toBe('2023-10-12');
    expect(paper.submittedBy).toBe('akhaliq');
    expect(paper.upvotes).toBe(53);
    expect(paper.authorCount).toBe(11);
    expect(paper.authors?.[10]).toBe('Minjoon Seo');
    expect(paper.abstract).toMatch(/^Recently, using a powerful proprietary Large Language/);
    expect(paper.abstract).toMatch(/model at https:\/\/github\.com\/kaistAI\/Prometheus\.$/);
  });

  it('relative links: the year from the front matter, the names between commas', () => {
    const { paper } = onePaper('relative-links.md');
    expect(paper.title).toBe(
      'Qwen-Image-Layered: Towards Inherent Editability via Layer Decomposition',
    );
    expect(paper.arxivId).toBe('2512.15603');
    expect(paper.publishedAt).toBe('2025-12-17');
    expect(paper.submittedBy).toBe('taesiri');
    expect(paper.authorCount).toBe(14);
    expect(paper.aiSummary).toMatch(/^Qwen-Image-Layered decomposes images into semantically/);
    expect(paper.abstract).toMatch(/^Recent visual generative models often struggle/);
    // A comment's 🔥 count is not the page's upvotes.
    expect(paper.upvotes === undefined || paper.upvotes === 34).toBe(true);
  });

  it('a page printed twice reads its abstract once', () => {
    const { paper } = onePaper('empty-authors.md');
    expect(paper.title).toBe(
      'RAG vs Fine-tuning: Pipelines, Tradeoffs, and a Case Study on Agriculture',
    );
    expect(paper.authors).toBeUndefined(); // the names are empty
    expect(paper.abstract).toMatch(/^The study evaluates the effectiveness/);
    expect(paper.abstract).toMatch(/in other industrial domains\.$/);
    expect(paper.abstract.split('There are two common ways')).toHaveLength(2);
  });

  it('a capture that starts below the title: no paper, the abstract an error', () => {
    const input = read('browser-copy-untitled.txt');
    const listing = parseListing(input);
    expect(listing.page).toBe('paper');
    expect(listing.papers).toEqual([]);
    const errors = listing.diagnostics.filter((found) => found.severity === 'error');
    expect(errors.map((found) => found.code)).toEqual(['orphan-abstract']);
    expect(errors[0]?.message).toContain('GEM, an open-source environment simulator');
    checkListing(input, listing, 'text');
  });
});

describe('headings that link papers below a paper page', () => {
  // The docs crawler's real page, with a comment that pastes a digest (review20's L3).
  const page = read('crawler-github.md');
  const digest = [
    '### 1. [WizardMath: Empowering Mathematical Reasoning for Large Language Models](https://huggingface.co/papers/2308.09583)',
    '',
    'A paper I liked on the same question.',
    '',
    '### [MAmmoTH: Building Math Generalist Models](https://huggingface.co/papers/2309.05653)',
    '',
  ].join('\n');

  it("in a comment: the page's chrome, not papers", () => {
    const input = page.replace(
      '@ librarian-bot recommend\n',
      `@ librarian-bot recommend\n\n${digest}\n`,
    );
    expect(input).not.toBe(page);
    const listing = parseListing(input);
    expect(listing.page).toBe('paper');
    expect(listing.papers.map((paper) => paper.title)).toEqual(['LLM Agents Making Agent Tools']);
    const codes = (found: Listing) => found.diagnostics.map((diagnostic) => diagnostic.code);
    // Said, not read: each heading is a warning, as a listing cut from its page may be one.
    const said = listing.diagnostics.filter((found) => found.code === 'mismatched-link');
    expect(said.map((found) => [found.severity, found.position.start.line])).toEqual([
      ['warning', 35],
      ['warning', 39],
    ]);
    expect(codes(listing).filter((code) => code !== 'mismatched-link')).toEqual(
      codes(parseListing(page)),
    );
    expect(listing.chrome.some((line) => line.text.includes('WizardMath'))).toBe(true);
    checkListing(input, listing, 'markdown');
  });

  it('below the citing lists: a listing after the page (a crawl), its cards read', () => {
    const input = `${page}\n${digest}`;
    const listing = parseListing(input);
    expect(listing.papers.map((paper) => paper.arxivId)).toEqual([
      undefined, // the crawler kept no id for the page
      '2308.09583',
      '2309.05653',
    ]);
    expect(listing.papers[1]?.title).toBe(
      'WizardMath: Empowering Mathematical Reasoning for Large Language Models',
    );
    expect(listing.papers[1]?.abstract).toBe('A paper I liked on the same question.');
    checkListing(input, listing, 'markdown');
  });
});

/** What a reader takes from a handmade page (`fixtures/handmade/paper-pages/expected/`). */
interface Expected {
  title: string;
  arxivId: string | null;
  published: string | null;
  submittedBy: string | null;
  upvotes: number | null;
  authors: string[] | null;
  aiSummary: string | null;
  abstractStart: string;
  abstractEnd: string;
  githubUrl: string | null;
  githubStars: number | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

describe.each(['firecrawl.md', 'lynx.txt', 'w3m.txt', 'jina.md', 'copy.txt', 'no-summary.md'])(
  'a handmade paper page as a tool saves it (%s)',
  (name) => {
    it('gives the page its one paper, every field as the page shows it', () => {
      const input = readFixture(`handmade/paper-pages/${name}`);
      const expected = JSON.parse(
        readFixture(`handmade/paper-pages/expected/${name.replace(/\.\w+$/, '')}.json`),
      ) as Expected;
      const listing = parseListing(input);
      expect(listing.page).toBe('paper');
      expect(listing.papers).toHaveLength(1);
      expect(listing.diagnostics.filter((found) => found.severity === 'error')).toEqual([]);
      checkListing(input, listing, listing.layout === 'text' ? 'text' : 'markdown');
      const paper = listing.papers[0] as Paper;
      const date = paper.published;
      const printed =
        date === undefined
          ? null
          : `${MONTHS[(date.month ?? 0) - 1]} ${date.day}${/, \d{4}$/.test(expected.published ?? '') ? `, ${date.year}` : ''}`;
      expect({
        title: paper.title,
        arxivId: paper.arxivId ?? null,
        published: printed,
        submittedBy: paper.submittedBy ?? null,
        upvotes: paper.upvotes ?? null,
        authors: paper.authors ?? null,
        aiSummary: paper.aiSummary ?? null,
        abstractStart: paper.abstract.slice(0, expected.abstractStart.length),
        abstractEnd: paper.abstract.slice(-expected.abstractEnd.length),
        githubUrl: paper.githubUrl ?? null,
        githubStars: paper.githubStars ?? null,
      }).toEqual(expected);
    });
  },
);

describe('tokenize on a paper page', () => {
  it('gives the page its one title, the summary its own kind, and loses nothing', () => {
    const input = read('browser-copy.txt');
    const tokens = tokenize(input);
    expect(tokens.map((token) => token.value).join('')).toBe(input);
    expect(tokens.filter((token) => token.kind === 'title').map((token) => token.value)).toEqual([
      'Agentic Context Engineering: Evolving Contexts for Self-Improving Language Models',
    ]);
    const page = tokenize(
      'Papers\n\nA Paper Title Here\n\nPublished on Oct 6\n\nAbstract\n\nOne summary sentence.\n\nAI-generated summary\n\nWe study things. We find more things.\n\nCommunity\n\nnice paper\n',
    );
    expect(page.filter((token) => token.kind !== 'blank').map((token) => token.kind)).toEqual([
      'chrome',
      'title',
      'published',
      'chrome',
      'summary',
      'chrome',
      'abstract',
      'chrome',
      'chrome',
    ]);
  });
});

describe('detectPage', () => {
  it('finds no paper page among the listing fixtures', () => {
    const root = fileURLToPath(new URL('../../fixtures/public-captures/', import.meta.url));
    const pages = [
      ...captureFixtures(),
      ...readdirSync(root)
        .filter((name) => /\.(txt|md|html|json)$/.test(name) && name !== 'README.md')
        .map((name) => `public-captures/${name}`),
    ];
    pages.push('handmade/paper-pages/listing-with-labels.md');
    expect(pages.length).toBeGreaterThan(40);
    for (const name of pages) {
      expect([name, parseListing(readFixture(name)).page]).toEqual([name, undefined]);
    }
  });

  it("wants one `Abstract` heading beside the page's marks", () => {
    expect(detectPage('arxiv:2409.16040\n\n## A Title\n\n## Abstract\n\nWe show.\n')).toBe('paper');
    expect(detectPage('## A Title\n\nAuthors:\n\nAda Lovelace\n\n## Abstract\n\nWe.\n')).toBe(
      'paper',
    );
    // A digest labels every abstract; a document about paper pages mentions their lists.
    expect(
      detectPage('arxiv:2409.16040\n\n### One\n\nAbstract\n\nA.\n\n### Two\n\nAbstract\n\nB.\n'),
    ).toBeUndefined();
    expect(
      detectPage('The page lists Models citing this paper and an Abstract heading.\n'),
    ).toBeUndefined();
    expect(detectPage('Mar 11\n\nA Title\n\nAn abstract.\n')).toBeUndefined();
  });
});

describe('a crawl: a page cut before its citing lists, then a listing', () => {
  it("says each of the listing's headings, as it cannot tell them from a comment's", () => {
    const input = readFixture('handmade/facts/crawl-page-without-lists-then-listing.md');
    const listing = parseListing(input);
    expect(listing.page).toBe('paper');
    expect(listing.papers).toHaveLength(1);
    const said = listing.diagnostics.filter((found) => found.code === 'mismatched-link');
    expect(said.map((found) => found.message)).toEqual([
      expect.stringContaining('paper 2308.09583 among the comments'),
      expect.stringContaining('paper 2309.05653 among the comments'),
    ]);
    checkListing(input, listing, 'markdown');
  });
});
