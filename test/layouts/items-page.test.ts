import { describe, expect, it } from 'vitest';
import { type Listing, parseListing, parseListingStream } from '../../src/index.js';
import { detectPage } from '../../src/layouts/detect.js';
import { checkCovered, checkListing } from '../robustness/support/oracle.js';
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

  it('citation markers (`⟨60⟩`, crawl4ai): link syntax, out of the text', () => {
    items('md-citation-markers-dataset.md', [
      [
        '2602.08711',
        'TimeChat-Captioner: Scripting Multi-Scene Videos with Time-Aware and Structural Audio-Visual Captions',
        // `Published Feb 9`: no year, and the capture says nothing of its own date.
        undefined,
        29,
      ],
    ]);
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
    const item = 'Qwen3 Technical Report\nPaper • 2505.09388 • Published May 14, 2025 • 343\n';
    expect(detectPage('[Model card](/a/b) [Files and versions](/a/b/tree/main)')).toBe('items');
    expect(detectPage('Dataset card\nData Studio\nFiles\n')).toBe('items');
    expect(detectPage(`## Papers for Qwen/Qwen3-8B\n\n${item}`)).toBe('items');
    expect(detectPage('Spaces using nvidia/x 1\n\nDownloads last month\n')).toBe('items');
    expect(detectPage(' Back to Articles\n\n# A post\n')).toBe('items');
    const blog = 'https://huggingface.co/blog/peft-beyond-lora';
    expect(detectPage(`# A post\n\n${item}`, blog)).toBe('items');
    expect(detectPage(`# A model\n\n${item}`, 'https://huggingface.co/Qwen/Qwen3-8B')).toBe(
      'items',
    );
  });

  it('keeps listings, paper pages and pages that only mention the words', () => {
    expect(detectPage('We release the model card and the weights.\n')).toBeUndefined();
    expect(
      detectPage('# Daily Papers\n', 'https://huggingface.co/papers/date/2026-03-11'),
    ).toBeUndefined();
    expect(detectPage('# A paper\n', 'https://huggingface.co/papers/2505.09388')).toBeUndefined();
    expect(detectPage('Papers for the curious reader\n')).toBeUndefined();
    // A mark alone, or a URL alone, decides nothing.
    expect(detectPage('## Papers for Qwen/Qwen3-8B\n')).toBeUndefined();
    expect(
      detectPage('# A post\n', 'https://huggingface.co/blog/peft-beyond-lora'),
    ).toBeUndefined();
    expect(
      detectPage('Papers for facebook/dinov2 and related work are in our survey.\n'),
    ).toBeUndefined();
    // A listing's cards above: its cards are its papers, whatever the URL says.
    const listing =
      'Submitted by\nakhaliq\n\nA Title\n\n· 9 authors\n\nSubmitted by\nx\n\nB Title\n';
    expect(detectPage(listing, 'https://huggingface.co/blog/x')).toBeUndefined();
  });
});

/** Papers of a probe read as a page of items: `[arxivId, title]`, and the error codes. */
function read16(input: string): { papers: string[][]; errors: string[]; page?: string } {
  const listing = parseListing(input);
  checkCovered(input, listing);
  return {
    papers: listing.papers.map((paper) => [paper.arxivId ?? '', paper.title]),
    errors: listing.diagnostics
      .filter((found) => found.severity === 'error')
      .map((found) => found.code),
    ...(listing.page === undefined ? {} : { page: listing.page }),
  };
}

const TABS = 'Model card Files and versions\n\n## Papers for Qwen/Qwen3-8B\n\n';

describe("review16's findings on pages of items", () => {
  it('takes titles with a question or an abbreviation inside, and one-word names', () => {
    const input = `${TABS}How Far Can Camels Go? Exploring the State of Instruction Tuning on Open Resources\nPaper • 2306.04751 • Published Jun 7, 2023 • 5\n\nDr. LLaMA: Improving Small Language Models in Domain-Specific QA via Generative Data Augmentation\nPaper • 2305.07804 • Published May 12, 2023 • 2\n\nMixtral\nPaper • 2401.04088 • Published Jan 8, 2024 • 160\n`;
    expect(read16(input)).toEqual({
      page: 'items',
      papers: [
        [
          '2306.04751',
          'How Far Can Camels Go? Exploring the State of Instruction Tuning on Open Resources',
        ],
        [
          '2305.07804',
          'Dr. LLaMA: Improving Small Language Models in Domain-Specific QA via Generative Data Augmentation',
        ],
        ['2401.04088', 'Mixtral'],
      ],
      errors: [],
    });
  });

  it('joins a name a printed page wrapped over lines (a real PDF print, its sidebar title made two lines)', () => {
    const input = readFixture('handmade/items/pdf-wrapped-sidebar-title.txt');
    expect(read16(input).papers).toEqual([
      [
        '2104.06403',
        'HRNet-Pose: Deep High-Resolution Representation Learning for Human Pose Estimation with Lightweight Multi-Branch Networks',
      ],
    ]);
  });

  it('gives no paper the prose above an item whose name the scraper dropped', () => {
    const input = `${TABS}Qwen3 Technical Report\nPaper • 2505.09388 • Published May 14, 2025 • 343\n\n## License\n\nApache 2.0\nPaper • 2501.15383 • Published Jan 26, 2025 • 71\n\n- **GGUF** : [LFM2.5-GGUF](https://huggingface.co/LiquidAI/LFM2.5-GGUF)\n\nPaper • 2309.00071 • Published Aug 31, 2023 • 88\n`;
    const found = read16(input);
    expect(found.papers).toEqual([['2505.09388', 'Qwen3 Technical Report']]);
    expect(found.errors).toEqual(['unexpected-footer', 'unexpected-footer']);
  });

  it("never takes an unreadable item line for the next item's name", () => {
    const input = `${TABS}Qwen3 Technical Report\nPaper • 2505.09388 • Published May 14, 2025 • 343 ⟨60⟩\n\nPaper • 2501.15383 • Published Jan 26, 2025 • 71\n\nYaRN: Efficient Context Window Extension of Large Language Models\nPaper • 2309.00071v2 • Published Aug 31, 2023 • 88\n`;
    const found = read16(input);
    expect(found.papers).toEqual([
      ['2309.00071', 'YaRN: Efficient Context Window Extension of Large Language Models'],
    ]);
    expect(found.errors).toEqual(['unknown-block', 'unexpected-footer']);
  });

  it('keeps listings that only mention the marks, or whose URL alone names another page', () => {
    const listing =
      'Mar 11\n\nPapers for NeurIPS/ICML Reviewers: A Recommendation Engine\n\nWe build a recommender that matches submissions to reviewers, and it works well in practice.\n\nHubAudit: What Model Repositories Really Contain\n\nWe crawl repositories and compare what each Model card claims with what its Files and versions tab actually holds.\n';
    expect(parseListing(listing).page).toBeUndefined();
    expect(parseListing(listing).papers).toHaveLength(2);
    const withUrl = `---\nurl: https://huggingface.co/blog/daily-papers-digest\n---\n\n${listing}`;
    expect(parseListing(withUrl).page).toBeUndefined();
    expect(parseListing(withUrl).papers).toHaveLength(2);
  });
});

describe("review17's findings on pages of items", () => {
  const fixture = (name: string) => read16(readFixture(`handmade/items/review17-${name}`));

  it("reads a collection's items between its notes", () => {
    expect(fixture('N2a-collection-url-notes.md').papers).toEqual([
      ['2309.00071', 'YaRN: Efficient Context Window Extension of Large Language Models'],
      ['2404.06654', "RULER: What's the Real Context Size of Your Long-Context Language Models?"],
      ['2402.13753', 'LongRoPE: Extending LLM Context Window Beyond 2 Million Tokens'],
    ]);
    expect(
      fixture('N7-collection-text-copy-notes-joined.txt').papers.map(([, title]) => title),
    ).toEqual([
      'YaRN: Efficient Context Window Extension of Large Language Models',
      "RULER: What's the Real Context Size of Your Long-Context Language Models?",
      'LongRoPE: Extending LLM Context Window Beyond 2 Million Tokens',
    ]);
  });

  it("joins no badge or note into a name, and reads an article's items after its prose", () => {
    expect(fixture('N6b-pdf-second-item-after-NEW.txt').papers).toEqual([
      ['2104.06403', 'Lite-HRNet: A Lightweight High-Resolution Network'],
      [
        '1902.09212',
        'HRNet: Deep High-Resolution Representation Learning for Human Pose Estimation',
      ],
    ]);
    expect(fixture('N16-blog-items-in-article-body.md').papers.map(([id]) => id)).toEqual([
      '2106.09685',
      '2308.03303',
      '2312.03732',
    ]);
  });

  it("takes no blog sidebar's heading for an untitled item's name", () => {
    const found = fixture('N21-blog-untitled-items-bound-after-error.md');
    expect(found.papers).toEqual([]);
    expect(found.errors).toEqual(['unexpected-footer', 'unexpected-footer', 'unexpected-footer']);
  });
});

describe("review18's findings on pages of items", () => {
  const fixture = (name: string) => read16(readFixture(`handmade/items/review18-${name}`));

  it('reads a name under a short heading over papers (`## Papers`)', () => {
    expect(fixture('P1f-md-model-heading-papers-blank-name.md').papers).toEqual([
      ['2505.09388', 'Qwen3 Technical Report'],
    ]);
  });

  it("reads names that hold an abbreviation's stop", () => {
    expect(
      fixture('P3-items-names-with-abbreviations.txt').papers.map(([, title]) => title),
    ).toEqual([
      'Scaling Laws for Everything, e.g. Language and Vision',
      'Revisiting Smith et al. Transformers at Scale',
      'Measuring U.S. Legal Reasoning in Large Language Models',
      'Images, Audio, Video, etc. All in One Tokenizer',
      'Prof. Bot: Teaching Assistants with Retrieval',
      'Approx. Bayesian Inference for Deep Networks',
    ]);
  });
});

describe('collection items inside a listing', () => {
  it("gives an item under a title and its abstract to no one: the abstract stays the card's", () => {
    const input =
      'Mar 11\n\nQwen3 Technical Report\n\nWe release the Qwen3 family of dense and mixture-of-experts models.\nPaper • 2505.09388 • Published May 14, 2025 • 343\n';
    const listing = parseListing(input);
    expect(listing.papers.map((paper) => [paper.title, paper.arxivId, paper.abstract])).toEqual([
      [
        'Qwen3 Technical Report',
        undefined,
        'We release the Qwen3 family of dense and mixture-of-experts models.',
      ],
    ]);
    expect(listing.diagnostics.map((found) => found.code)).toEqual(['unexpected-footer']);
  });

  it("reads an item's card after a title-only card (review17's N1a)", () => {
    const found = read16(
      readFixture('handmade/items/review17-N1a-md-listing-title-only-card-then-item-card.md'),
    );
    expect(found.papers).toEqual([
      ['2505.09388', 'Qwen3 Technical Report'],
      ['2501.15383', 'Qwen2.5-1M Technical Report'],
      ['2309.00071', 'YaRN: Efficient Context Window Extension of Large Language Models'],
    ]);
    expect(found.errors).toEqual([]);
  });

  it("keeps a listing's title above a repository's line, chrome between (review17's N14)", () => {
    const found = read16(
      readFixture('handmade/items/review17-N14-listing-title-repo-line-chrome-then-abstract.md'),
    );
    expect(found.papers.map(([, title]) => title)).toEqual([
      'Unified Auto-Encoding with Masked Diffusion',
      'Binary Latent Diffusion',
    ]);
    expect(found.errors).toEqual([]);
  });

  it("stays a listing with a sidebar's heading and a copied item among linked cards (review17's N23)", () => {
    const found = read16(
      readFixture('handmade/items/review17-N23-md-reading-list-section-like-heading.md'),
    );
    expect(found.page).toBeUndefined();
    expect(found.papers.map(([id]) => id)).toEqual(['2212.04356', '2311.00430']);
  });
});
