import { describe, expect, it } from 'vitest';
import { type Listing, parseListing, parseListingStream } from '../../src/index.js';
import { detectPage } from '../../src/layouts/detect.js';
import { checkListing } from '../robustness/support/oracle.js';
import { readFixture } from '../support/fixtures.js';

/**
 * Real captures of Hub pages whose papers are collection items (`Paper • <id> • …`):
 * model, dataset and blog pages, saved by eight tools (`fixtures/public-captures/README.md`).
 * The expected papers were written by hand from each capture by someone who had not seen
 * the parser's output.
 */
const read = (name: string) => readFixture(`public-captures/items-pages/${name}`);

type Expected = readonly [
  arxivId: string,
  title: string,
  published: string | undefined,
  upvotes: number | undefined,
];

/** A capture read as a page of items: these papers exactly, everything else in the chrome. */
function items(name: string, expected: readonly Expected[], errors = 0): Listing {
  const input = read(name);
  const listing = parseListing(input);
  expect(listing.page, name).toBe('items');
  expect(
    listing.papers.map((paper) => [paper.arxivId, paper.title, paper.publishedAt, paper.upvotes]),
    name,
  ).toEqual(expected);
  // An item has no abstract to miss; a model card's headings are no papers.
  for (const paper of listing.papers) {
    expect(paper.abstract).toBe('');
    expect(paper.url).toBe(`https://huggingface.co/papers/${paper.arxivId}`);
  }
  expect(listing.diagnostics.filter((found) => found.severity === 'error')).toHaveLength(errors);
  checkListing(input, listing, listing.layout === 'text' ? 'text' : 'markdown');
  return listing;
}

describe('a page whose papers are collection items', () => {
  it('model page, relative links: each `[#### Title` / `Paper • … • N](/papers/…)` card', () => {
    const listing = items('md-model-relative-links.md', [
      ['2505.09388', 'Qwen3 Technical Report', '2025-05-14', 343],
      ['2502.13923', 'Qwen2.5-VL Technical Report', '2025-02-19', 218],
      [
        '2409.12191',
        "Qwen2-VL: Enhancing Vision-Language Model's Perception of the World at Any Resolution",
        '2024-09-18',
        80,
      ],
      [
        '2308.12966',
        'Qwen-VL: A Frontier Large Vision-Language Model with Versatile Abilities',
        '2023-08-24',
        12,
      ],
    ]);
    // The model card's sections and the collection card are the page's furniture.
    const chrome = listing.chrome.map((line) => line.text);
    expect(chrome).toContain('Install from pip and serve model');
    expect(chrome).toContain('37 items • Updated Dec 31, 2025 • 767');
  });

  it('crawl4ai: the card on one linked heading line', () => {
    items('md-crawl4ai-model.md', [
      [
        '2310.10688',
        'A decoder-only foundation model for time-series forecasting',
        '2023-10-14',
        39,
      ],
    ]);
  });

  it('plain text of a printed page: a card with no upvote count', () => {
    items('text-model-pdf.txt', [
      ['2104.06403', 'Lite-HRNet: A Lightweight High-Resolution Network', '2021-04-13', undefined],
    ]);
  });

  it('plain text in a wrapper: a title wrapped over two lines', () => {
    items('md-wrapper-model-wrapped-title.md', [
      [
        '2506.05176',
        'Qwen3 Embedding: Advancing Text Embedding and Reranking Through Foundation Models',
        '2025-06-05',
        80,
      ],
    ]);
  });

  it('a study copy: cards in a fence, the upvote arrow kept as `△`', () => {
    items('md-model-fenced-items.md', [
      ['2505.09388', 'Qwen3 Technical Report', '2025-05-14', 347],
      ['2501.15383', 'Qwen2.5-1M Technical Report', '2025-01-26', 71],
      [
        '2404.06654',
        "RULER: What's the Real Context Size of Your Long-Context Language Models?",
        '2024-04-09',
        42,
      ],
      [
        '2309.00071',
        'YaRN: Efficient Context Window Extension of Large Language Models',
        '2023-08-31',
        88,
      ],
    ]);
  });

  it('dataset page: title and card in one link over a hard break, a relative date', () => {
    items('md-dataset-hard-break.md', [
      [
        '2605.10867',
        'BEACON: A Multimodal Dataset for Learning Behavioral Fingerprints from Gameplay Data',
        undefined,
        5,
      ],
    ]);
  });

  it('says which papers it could not give: cards whose titles the scraper dropped', () => {
    for (const [name, ids] of [
      ['md-dataset-untitled-item.md', ['2509.00576']],
      [
        'md-model-untitled-items.md',
        ['2507.18446', '2507.09226', '2409.06656', '2408.13106', '2310.12371'],
      ],
      // A blog article, known by its URL: its prose makes no papers either.
      ['md-blog-untitled-items.md', ['2503.01840', '2602.06036', '2607.05147']],
    ] as const) {
      const listing = items(name, [], ids.length);
      const errors = listing.diagnostics.filter((found) => found.severity === 'error');
      expect(errors.map((found) => found.code)).toEqual(ids.map(() => 'unexpected-footer'));
      for (const [index, id] of ids.entries()) expect(errors[index]?.message).toContain(id);
    }
  });

  it('a dump whose cards it cannot split says so, and makes no paper of them', () => {
    const listing = items('reflinks-model.md', [], 1);
    expect(listing.diagnostics[0]?.code).toBe('unknown-block');
    expect(listing.diagnostics[0]?.message).toContain('Training language models');
  });

  it('streams the same papers', async () => {
    const input = read('md-model-relative-links.md');
    const batch = parseListing(input);
    const chunks = input.match(/[\s\S]{1,700}/g) ?? [];
    const streamed = [];
    for await (const paper of parseListingStream(chunks)) streamed.push(paper);
    expect(streamed).toEqual(batch.papers);
  });
});

describe('detecting a page of items', () => {
  it('knows a repository page by its tabs, a stripped one by its sidebar, a blog by its header or URL', () => {
    expect(detectPage('[Model card](/a/b) [Files and versions](/a/b/tree/main)')).toBe('items');
    expect(detectPage('Dataset card\nData Studio\nFiles\n')).toBe('items');
    expect(detectPage('## Papers for Qwen/Qwen3-8B\n')).toBe('items');
    expect(detectPage(' Back to Articles\n\n# A post\n')).toBe('items');
    expect(detectPage('# A post\n', 'https://huggingface.co/blog/peft-beyond-lora')).toBe('items');
    expect(detectPage('# A model\n', 'https://huggingface.co/Qwen/Qwen3-8B')).toBe('items');
  });

  it('keeps listings, paper pages and pages that only mention the words', () => {
    expect(detectPage('We release the model card and the weights.\n')).toBeUndefined();
    expect(
      detectPage('# Daily Papers\n', 'https://huggingface.co/papers/date/2026-03-11'),
    ).toBeUndefined();
    expect(detectPage('# A paper\n', 'https://huggingface.co/papers/2505.09388')).toBeUndefined();
    expect(detectPage('Papers for the curious reader\n')).toBeUndefined();
    // A listing's cards above: its cards are its papers, whatever the URL says.
    const listing =
      'Submitted by\nakhaliq\n\nA Title\n\n· 9 authors\n\nSubmitted by\nx\n\nB Title\n';
    expect(detectPage(listing, 'https://huggingface.co/blog/x')).toBeUndefined();
  });
});
