import { describe, expect, it } from 'vitest';
import { type Paper, parseListing } from '../../src/index.js';
import { checkListing } from '../robustness/support/oracle.js';
import { readFixture } from '../support/fixtures.js';

const NAME = 'md-firecrawl-search.md';
const input = readFixture(NAME);
const listing = parseListing(input, { referenceDate: '2026-10-02' });
const lines = input.split('\n');

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** What the fixture prints per card, found by a line scan that shares nothing with the parser. */
interface Printed {
  title: string;
  arxivId: string;
  upvotes?: number;
  authorCount?: number;
  organization?: string;
  date: string;
  comments?: number;
}

function scanFixture(): { cards: Printed[]; upvoteLines: number[] } {
  const cards: Printed[] = [];
  const upvoteLines: number[] = [];
  let upvotes: number | undefined;
  let current: Partial<Printed> | undefined;
  lines.forEach((line, index) => {
    const vote = /^\[(-|\d+)\]\(https:\/\/huggingface\.co\/login\?next=%2Fpapers%2F[\d.]+\)$/.exec(
      line,
    );
    if (vote) {
      upvoteLines.push(index + 1);
      upvotes = vote[1] === '-' ? undefined : Number(vote[1]);
      return;
    }
    const title = /^### \[(.*)\]\(https:\/\/huggingface\.co\/papers\/([\d.]+)\)$/.exec(line);
    if (title) {
      const text = (title[1] ?? '').replace(/\\ +/g, ' ').replace(/\\([[\]_*])/g, '$1');
      current = { title: text, arxivId: title[2] ?? '' };
      if (upvotes !== undefined) current.upvotes = upvotes;
      upvotes = undefined;
      cards.push(current as Printed);
      return;
    }
    if (current === undefined) return;
    const authors = /^\[?- (\d+) authors?\]\(https:\/\/huggingface\.co\/papers\/[\d.]+\)$/.exec(
      line,
    );
    if (authors) current.authorCount = Number(authors[1]);
    const org = /^\[!\[[^\]]*\]\([^)]*\)([^\]]+)\]\(https:\/\/huggingface\.co\/[\w-]+\)$/.exec(
      line,
    );
    if (org) current.organization = org[1];
    const date = /^([A-Z][a-z]{2} \d{1,2}(?:, \d{4})?) ?(?:\[(\d+)\]\([^)]*#community\))?$/.exec(
      line,
    );
    if (date && MONTHS.includes(line.slice(0, 3)) && current.date === undefined) {
      current.date = date[1];
      if (date[2] !== undefined) current.comments = Number(date[2]);
    }
  });
  return { cards, upvoteLines };
}

const { cards, upvoteLines } = scanFixture();

function printedDate(paper: Paper): string {
  const published = paper.published;
  if (published === undefined) return '';
  return `${MONTHS[published.month - 1]} ${published.day}`;
}

describe('Markdown capture md-firecrawl-search.md', () => {
  it('is detected as Markdown and gives all 120 papers, no diagnostics', () => {
    expect(cards).toHaveLength(120);
    expect(input.match(/^### \[/gm)).toHaveLength(120);
    expect(listing.papers).toHaveLength(120);
    expect(listing.diagnostics).toEqual([]);
    expect(parseListing(input, { format: 'markdown', referenceDate: '2026-10-02' })).toEqual(
      listing,
    );
  });

  it('counts upvotes, organizations, authors and comments as the fixture prints them', () => {
    const dashes = input.match(/^\[-\]\(https:\/\/huggingface\.co\/login/gm) ?? [];
    const counted = input.match(/^\[\d+\]\(https:\/\/huggingface\.co\/login/gm) ?? [];
    const community = input.match(/#community\)$/gm) ?? [];
    expect(dashes.length + counted.length).toBe(120);
    expect(listing.papers.filter((p) => p.upvotes !== undefined)).toHaveLength(counted.length);
    expect(listing.papers.filter((p) => p.comments !== undefined)).toHaveLength(community.length);
    expect(listing.papers.filter((p) => p.organization !== undefined)).toHaveLength(10);
    expect(listing.papers.filter((p) => p.authorCount !== undefined)).toHaveLength(110);
  });

  it('gives each paper the exact title, id, upvotes, byline, date and comments printed', () => {
    listing.papers.forEach((paper, index) => {
      const card = cards[index];
      expect(card).toBeDefined();
      if (card === undefined) return;
      expect(paper.title).toBe(card.title);
      expect(paper.arxivId).toBe(card.arxivId);
      expect(paper.url).toBe(`https://huggingface.co/papers/${card.arxivId}`);
      expect(paper.upvotes).toBe(card.upvotes);
      expect(paper.authorCount).toBe(card.authorCount);
      expect(paper.organization?.name).toBe(card.organization);
      expect(paper.comments).toBe(card.comments);
      const [monthDay = '', year] = card.date.split(', ');
      expect(printedDate(paper)).toBe(monthDay);
      if (year !== undefined) expect(paper.published?.year).toBe(Number(year));
    });
  });

  it('reads the first cards field by field', () => {
    const [first, , third] = listing.papers;
    expect(first).toMatchObject({
      title: 'OCC-RAG: Optimal Cognitive Core for Faithful Question Answering',
      arxivId: '2606.00683',
      upvotes: 101,
      organization: { name: 'OCC', url: 'https://huggingface.co/occ-ai' },
      published: { year: 2026, month: 5, day: 29 },
      publishedAt: '2026-05-29',
      comments: 6,
    });
    expect(third).toMatchObject({
      title:
        'The Noisy Path from Source to Citation: Measuring How Scholars Engage with Past Research',
      arxivId: '2502.20581',
      authorCount: 3,
      publishedAt: '2025-02-27',
    });
    expect(third?.upvotes).toBeUndefined();
    expect(third?.abstract.startsWith('Academic citations are widely used for evaluating')).toBe(
      true,
    );
    expect(third?.abstract).toContain('research and tracing knowledge flows. Such uses');
  });

  it('leaks no Markdown syntax into titles, abstracts or organization names', () => {
    for (const paper of listing.papers) {
      for (const text of [paper.title, paper.abstract, paper.organization?.name ?? '']) {
        for (const syntax of ['](', '\\\\', '![', '\\_', '\\[', '\\\n', '\\ ', '\n']) {
          expect(text.includes(syntax), `${syntax} in ${paper.arxivId}`).toBe(false);
        }
      }
      // A `[` stays only where the page printed one: `[RET]`, `[Citation needed]`.
      const brackets = `${paper.title} ${paper.abstract}`.match(/\[[^\]]*\]/g) ?? [];
      for (const bracket of brackets) expect(bracket).toMatch(/^\[[\w ]+\]$/);
    }
    const cited = listing.papers.find((p) => p.arxivId === '2402.03003');
    expect(cited?.title).toBe(
      '[Citation needed] Data usage and citation practices in medical imaging conferences',
    );
    expect(cited?.abstract).toContain(
      'https://github.com/TheoSourget/Public_Medical_Datasets_References using',
    );
  });

  it('keeps LaTeX that the scraper escaped for the normalizer, backslash once', () => {
    const toolkit = listing.papers.find((p) => p.abstract.includes('name, an open-source'));
    expect(toolkit?.raw.abstract).toContain('\\\\name, an open-source');
  });

  it('points every position into the capture itself', () => {
    const lineStarts = [0];
    for (let i = 0; i < input.length; i++) if (input[i] === '\n') lineStarts.push(i + 1);
    const check = (point: { line: number; column: number; offset: number }): void => {
      expect((lineStarts[point.line - 1] ?? Number.NaN) + point.column - 1).toBe(point.offset);
    };
    for (const paper of listing.papers) {
      check(paper.position.start);
      check(paper.position.end);
      // A card opens at its upvote button (`[101](…)`), before its `### [Title](…)`.
      const card = input.slice(paper.position.start.offset, paper.position.end.offset);
      expect(input[paper.position.start.offset - 1]).toBe('[');
      expect(card).toContain(paper.raw.title);
      expect(card).toContain('### [');
      expect(input.indexOf(paper.raw.title)).toBeGreaterThan(0);
      expect(input.indexOf(paper.raw.abstract)).toBeGreaterThan(0);
    }
    for (const line of listing.chrome) {
      check(line.position.start);
      expect(input.slice(line.position.start.offset, line.position.end.offset)).toContain(
        line.text.slice(0, 3),
      );
    }
  });

  it('accounts for every non-blank line: paper or chrome (a card opens at its upvotes)', () => {
    const covered = new Set<number>();
    const cover = (position: Paper['position']): void => {
      for (let line = position.start.line; line <= position.end.line; line++) covered.add(line);
    };
    for (const paper of listing.papers) cover(paper.position);
    for (const line of listing.chrome) cover(line.position);
    const uncovered = lines
      .map((line, index) => (line.trim() === '' || covered.has(index + 1) ? 0 : index + 1))
      .filter((line) => line > 0);
    expect(uncovered).toEqual([]);
    expect(upvoteLines).toHaveLength(120);
  });

  it('reports the front matter and page navigation as chrome', () => {
    expect(listing.chrome.slice(0, 9).map((line) => line.text)).toEqual(lines.slice(0, 9));
    expect(listing.chrome.map((line) => line.text).slice(9)).toEqual([
      'new',
      'Get trending papers in your email inbox once a day!',
      'Get trending papers in your email inbox!',
      'Subscribe',
      'Daily Papers',
      'by AK and the research community',
      'Daily',
      'Weekly',
      'Monthly',
      'Trending Papers',
      'Oct 2',
      'Previous',
      'Trending Papers ranked by GitHub stars activity',
    ]);
    expect(listing.date).toEqual({ year: 2026, month: 10, day: 2 });
  });
});

describe('Markdown lenience', () => {
  const head = input.slice(0, input.indexOf('[173]('));

  it('turns junk blocks into unknown-block diagnostics, never papers', () => {
    const junk = `${head}\n> a quote\n\n| a | table |\n\n<div>html</div>\n\n***\n\n\`\`\`\ncode\n\`\`\`\n`;
    const result = parseListing(junk);
    expect(result.papers).toHaveLength(1);
    // The quote, the table row, the HTML's text and the code line; the rule and the
    // code fences are furniture.
    expect(result.diagnostics.map((d) => d.code)).toEqual([
      'unknown-block',
      'unknown-block',
      'unknown-block',
      'unknown-block',
    ]);
    expect(result.chrome.map((line) => line.text)).toContain('***');
    expect(result.diagnostics[0]?.position.start.line).toBe(head.split('\n').length + 1);
  });

  it('does not crash on a capture cut anywhere, and never invents papers', () => {
    const sample = input.slice(0, 12_000);
    for (let cut = 0; cut <= sample.length; cut += 397) {
      const part = sample.slice(0, cut);
      const result = parseListing(part, { format: 'markdown' });
      const titles = (part.match(/^### /gm) ?? []).length;
      expect(result.papers.length).toBeLessThanOrEqual(titles);
      expect(result.papers.length).toBeGreaterThanOrEqual(Math.max(0, titles - 1));
    }
  });

  it('takes no stray heading for a paper: a lone title needs three words or a colon', () => {
    // Above any card, headings that are no titles are the page's own.
    const alone = parseListing('### [a\n\n### Load more\n\n## Ok\n', { format: 'markdown' });
    expect(alone.papers).toEqual([]);
    expect(alone.chrome.map((line) => line.text)).toEqual(['a', 'Load more', 'Ok']);
    // After a card, they are no furniture the grammar knows: diagnostics.
    const after = parseListing(`${head}\n### [a\n\n### Load more\n\n## Ok\n`);
    expect(after.papers).toHaveLength(1);
    expect(after.diagnostics.map((d) => d.code)).toEqual(['unknown-block', 'unknown-block']);
  });

  it('reports an upvote count with no card after it', () => {
    const result = parseListing(
      `${head}\n[5](https://huggingface.co/login?next=%2Fpapers%2F2609.11115)\n`,
    );
    expect(result.papers).toHaveLength(1);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['unexpected-footer']);
  });

  it('maps positions after a BOM and CRLF line endings', () => {
    const crlf = `\ufeff${head.replaceAll('\n', '\r\n')}`;
    const result = parseListing(crlf);
    expect(result.papers).toHaveLength(1);
    const paper = result.papers[0];
    expect(crlf.slice(paper?.position.start.offset).startsWith('101](')).toBe(true);
    expect(paper?.position.start.line).toBe(30);
    expect(paper?.title).toBe('OCC-RAG: Optimal Cognitive Core for Faithful Question Answering');
  });
});

describe('Markdown line endings and gaps', () => {
  it('reads a paragraph with CR and LF line endings mixed, in order', () => {
    const abstract =
      'Auto-Regressive models have recently gained prominence in image generation. However, one major limitation remains. We fix it.';
    const listing = parseListing(`new\rJan 0\nnew\r\r\n${abstract}`, { format: 'markdown' });
    // The line ends were read out of order: a line came twice in a raw title.
    expect(listing.papers.filter((paper) => paper.raw.title.includes('Jan 0\nJan 0'))).toEqual([]);
    checkListing(`new\rJan 0\nnew\r\r\n${abstract}`, listing, 'markdown');
  });

  it('keeps what a block holds after its text in the gap: raw fields stay source slices', () => {
    const first = 'A first abstract paragraph. It has two sentences here.';
    const second = 'A second abstract paragraph. It has two sentences too.';
    const input = `### [A Title Here](https://huggingface.co/papers/2401.00001)\n\n${first}\n\f\n\r${second}\n`;
    const listing = parseListing(input, { format: 'markdown' });
    expect(input.includes(listing.papers[0]?.raw.abstract ?? '!')).toBe(true);
    checkListing(input, listing, 'markdown');
  });
});

describe('a heading whose link text a bot wrapped onto an indented line', () => {
  const abstract =
    'High throughput serving of large language models requires batching many requests at a time.';
  const cases = [
    ['### [Efficient Memory Management for Large Language Model Serving with', ''],
    ['## 2. [Efficient Memory Management for Large Language Model Serving with', ''],
    ['## 2. [Efficient Memory Management for Large Language Model Serving with', '\r'],
  ] as const;

  it.each(cases)('%j: one title, the paper the link names, nothing lost', (heading, cr) => {
    const input = [
      heading,
      '  PagedAttention](https://huggingface.co/papers/2309.06180)',
      '',
      abstract,
      '',
    ].join(`${cr}\n`);
    const listing = parseListing(input);
    expect(listing.papers).toHaveLength(1);
    const [paper] = listing.papers;
    expect(paper?.title).toBe(
      'Efficient Memory Management for Large Language Model Serving with PagedAttention',
    );
    expect(paper?.arxivId).toBe('2309.06180');
    expect(paper?.abstract).toBe(abstract);
    expect(listing.diagnostics).toEqual([]);
    checkListing(input, listing, 'markdown');
  });

  it('an indented line that closes no link still continues the heading', () => {
    const input = `### A long title for\n  Efficient Access\n\n${abstract}\n`;
    expect(parseListing(input).papers[0]?.title).toBe('A long title for Efficient Access');
  });
});

describe("a heading's open bracket that never closes", () => {
  it('is no link over the paragraphs below it: the abstract stays the abstract', () => {
    const input = readFixture('handmade/facts/ranked-heading-never-closed.md');
    const listing = parseListing(input);
    expect(listing.papers.map((paper) => paper.abstract.slice(0, 24))).toEqual([
      'We study sparse attentio',
      'We study sparse attentio',
    ]);
    expect(listing.chrome.some((line) => line.text.includes('We study'))).toBe(false);
    checkListing(input, listing, 'markdown');
  });

  it("keeps neither the rank nor the bracket in the title (review23's M2)", () => {
    const input = readFixture('handmade/facts/ranked-heading-never-closed.md');
    expect(parseListing(input).papers[0]?.title).toBe(
      'WIP Efficient Memory Management for Serving',
    );
    const study = 'We study sparse attention for long videos and show it is fast on benchmarks.';
    const unranked = `### [WIP Efficient Memory Management\n\n${study}\n`;
    expect(parseListing(unranked).papers[0]?.title).toBe('WIP Efficient Memory Management');
  });
});

describe("a digest's card whose title links arXiv (a Korean daily digest's shape)", () => {
  const first =
    '### [MovieLLM: Enhancing Long Video Understanding](https://arxiv.org/abs/2403.01422)\n\n' +
    'We present a framework that makes synthetic long videos for training models at scale.\n';
  const card = (title: string, id: string, body: string): string =>
    `### [${title}](https://arxiv.org/abs/${id})\n\n${body}\n`;

  it('reads a short title-shaped heading as the next card, not as an arXiv button', () => {
    const input = `${first}\n${card('Twisting Lids Off with Two Hands', '2403.02338', 'We study bimanual lid twisting with deep reinforcement learning in simulation.')}`;
    const listing = parseListing(input);
    expect(listing.papers.map((paper) => [paper.title, paper.arxivId])).toEqual([
      ['MovieLLM: Enhancing Long Video Understanding', '2403.01422'],
      ['Twisting Lids Off with Two Hands', '2403.02338'],
    ]);
    expect(listing.diagnostics).toEqual([]);
    checkListing(input, listing, 'markdown');
  });

  it("keeps a button's label, heading or line, as the card's arXiv link", () => {
    for (const label of ['arXiv', 'View on arXiv', 'Read the paper', 'PDF']) {
      const input = `${first}\n[${label}](https://arxiv.org/abs/2403.01422)\n`;
      const listing = parseListing(input);
      expect(listing.papers).toHaveLength(1);
      expect(listing.papers[0]?.arxivUrl).toBe('https://arxiv.org/abs/2403.01422');
    }
  });

  it("joins an abstract set as a list, item by item, and nothing after the list's end", () => {
    const items = [
      '- Models lose accuracy on long videos such as movies, where data is scarce.',
      '- We propose MovieLLM, which generates synthetic movies with scripts and frames.',
      '- The data improves long video understanding on several benchmarks.',
    ];
    const input = `${card('MovieLLM: Long Video Understanding', '2403.01422', items.join('\n'))}`;
    const listing = parseListing(input);
    expect(listing.papers[0]?.abstract).toBe(items.map((item) => item.slice(2)).join(' '));
    expect(listing.diagnostics).toEqual([]);
    checkListing(input, listing, 'markdown');

    // A paragraph's abstract is not continued by a list right under it (its items are no
    // paragraphs of it), nor a list by an item two blank lines below.
    const after = `${card('MovieLLM: Long Video Understanding', '2403.01422', 'We propose MovieLLM, which generates synthetic movies for training models.')}${items[1]}\n`;
    const split = parseListing(after);
    expect(split.papers[0]?.abstract).toBe(
      'We propose MovieLLM, which generates synthetic movies for training models.',
    );
    expect(split.diagnostics.length).toBeGreaterThan(0);
    const apart = `${card('MovieLLM: Long Video Understanding', '2403.01422', items[0] as string)}\n\n${items[1]}\n`;
    expect(parseListing(apart).papers[0]?.abstract).toBe((items[0] as string).slice(2));
  });

  it("keeps a title-shaped button on a line of its own the card's (review25's H1, H2)", () => {
    const body =
      'Recent advances in 3D content creation mostly leverage optimization-based generation.';
    // Linking the card's own paper, above its abstract: its button, not the abstract's start.
    for (const label of ['Cite this work', 'Our Technical Report', 'Check it out on the Hub']) {
      const input = card(
        'DreamGaussian: Generative Gaussian Splatting',
        '2309.16653',
        `[${label}](https://arxiv.org/abs/2309.16653)\n\n${body}`,
      );
      const listing = parseListing(input);
      expect(listing.papers.map((paper) => paper.abstract)).toEqual([body]);
      expect(listing.papers[0]?.arxivUrl).toBe('https://arxiv.org/abs/2309.16653');
    }
    // Under an unlinked heading, repeating it: the card's link, which gives its id.
    const unlinked = `### RT-H: Action Hierarchies Using Language\n\n[RT-H: Action Hierarchies Using Language](https://arxiv.org/abs/2403.01823)\n\n${body}\n`;
    const listing = parseListing(unlinked);
    expect(listing.papers.map((paper) => [paper.title, paper.arxivId])).toEqual([
      ['RT-H: Action Hierarchies Using Language', '2403.01823'],
    ]);
    // Below its abstract, repeating the title loosely (case, punctuation, shortened):
    // still the card's link (review26's H1).
    for (const echo of [
      'RT-H: Action Hierarchies using Language.',
      'Action Hierarchies Using Language',
    ]) {
      const below = parseListing(
        `### RT-H: Action Hierarchies Using Language\n\n${body}\n\n[${echo}](https://arxiv.org/abs/2403.01823)\n`,
      );
      expect(below.papers.map((paper) => [paper.title, paper.arxivId])).toEqual([
        ['RT-H: Action Hierarchies Using Language', '2403.01823'],
      ]);
    }
    // After an abstract with no id above it, another title is the next card's (a reading
    // list under an intro), not the intro's id.
    const list = `# Reading list for the week\n\nPapers I want to read this week, from the daily papers page.\n\n- [Twisting Lids Off with Two Hands](https://arxiv.org/abs/2403.02338)\n- [RT-H: Action Hierarchies Using Language](https://arxiv.org/abs/2403.01823)\n`;
    const read = parseListing(list);
    expect(
      read.papers
        .filter((paper) => paper.arxivId !== undefined)
        .map((paper) => [paper.title, paper.arxivId]),
    ).toEqual([
      ['Twisting Lids Off with Two Hands', '2403.02338'],
      ['RT-H: Action Hierarchies Using Language', '2403.01823'],
    ]);
  });

  it("keeps a long link repeating the card's title the card's link (review26's long-text H1)", () => {
    const title = 'Design2Code: How Far Are We From Automating Front-End Engineering?';
    const body =
      'Generative AI has made rapid advancements in recent years, achieving unprecedented capabilities in multimodal understanding.';
    const next =
      '### RT-H: Action Hierarchies Using Language\n\nLanguage provides a way to break down complex concepts into digestible pieces.\n';
    const echo =
      '[Design2Code: How Far are We From Automating Front-End Engineering](https://arxiv.org/abs/2403.03163)';
    const expected = [
      [title, '2403.03163', body],
      ['RT-H: Action Hierarchies Using Language', undefined, expect.stringMatching(/^Language/)],
    ];
    // Below the abstract, above it, or repeating a heading that links the same paper.
    for (const input of [
      `### ${title}\n\n${body}\n\n${echo}\n\n${next}`,
      `### ${title}\n\n${echo}\n\n${body}\n\n${next}`,
    ]) {
      const listing = parseListing(input);
      expect(listing.papers.map((p) => [p.title, p.arxivId, p.abstract])).toEqual(expected);
      expect(listing.papers[0]?.arxivUrl).toBe('https://arxiv.org/abs/2403.03163');
      expect(listing.diagnostics).toEqual([]);
    }
    const linked = parseListing(
      `### [${title}](https://arxiv.org/abs/2403.03163)\n\n${body}\n\n[${title}](https://arxiv.org/abs/2403.03163)\n\n${next}`,
    );
    expect(linked.papers.map((p) => p.title)).toEqual([
      title,
      'RT-H: Action Hierarchies Using Language',
    ]);
    expect(linked.diagnostics).toEqual([]);
    // Another paper's long title there is the next card's, as before.
    const other = parseListing(
      `### ${title}\n\n${body}\n\n[Twisting Lids Off with Two Hands and Many Bottles](https://arxiv.org/abs/2403.02338)\n`,
    );
    expect(other.papers.map((p) => [p.title, p.arxivId])).toEqual([
      [title, undefined],
      ['Twisting Lids Off with Two Hands and Many Bottles', '2403.02338'],
    ]);
  });

  it("reads the papers a card's label lists as its related work, never the next card (review26's M)", () => {
    const rth =
      '### [RT-H: Action Hierarchies Using Language](https://huggingface.co/papers/2403.01823)';
    const body =
      'Language provides a way to break down complex concepts into digestible pieces for robots.';
    const lids =
      '### [Twisting Lids Off with Two Hands](https://huggingface.co/papers/2403.02338)\n\nManipulating objects with two multi-fingered hands has been a long-standing challenge.\n';
    const list =
      '- [RT-2: Vision-Language-Action Models](https://arxiv.org/abs/2307.15818)\n- [PaLM-E: An Embodied Multimodal Language Model](https://arxiv.org/abs/2303.03378)';
    for (const input of [
      // Below the abstract, its upvotes after the list: no junk card takes them.
      `${rth}\n\n${body}\n\n**Builds on:**\n${list}\n\nUpvotes: 12\n\n${lids}`,
      // Above the abstract, a blank line under the label.
      `${rth}\n\nBuilds on:\n\n${list}\n\n${body}\n\n${lids}`,
    ]) {
      const listing = parseListing(input);
      expect(listing.papers.map((p) => p.arxivId)).toEqual(['2403.01823', '2403.02338']);
      expect(listing.papers.map((p) => p.upvotes)).toEqual([undefined, undefined]);
      const linked = listing.diagnostics.filter((d) => d.code === 'mismatched-link');
      expect(linked.map((d) => d.message.slice(0, 29))).toEqual([
        'Link names paper 2307.15818 i',
        'Link names paper 2303.03378 i',
      ]);
    }
    // A section's heading over a list is the page's: its papers are cards, as before.
    const section = parseListing(`${rth}\n\n${body}\n\n## More papers:\n\n${list}\n`);
    expect(section.papers.map((p) => p.arxivId)).toEqual([
      '2403.01823',
      '2307.15818',
      '2303.03378',
    ]);
  });

  it("takes a clipper's <aside> callout for the user's note, never card text (review27's H2)", () => {
    const titans =
      '[41](https://huggingface.co/login?next=%2Fpapers%2F2501.00663)\n\n### [Titans: Learning to Memorize at Test Time](https://huggingface.co/papers/2501.00663)\n\n[Over more than a decade there has been an extensive research effort on recurrent models. We present a new neural long-term memory module.](https://huggingface.co/papers/2501.00663)\n\n- [3 authors](https://huggingface.co/papers/2501.00663)\n\n·\n\nDec 31, 2024\n';
    const mem0 =
      '### [Mem0: Building Production-Ready AI Agents](https://huggingface.co/papers/2504.19413)\n\n<aside>\n⚠️ Already covered in December, skip unless time.\n</aside>\n\n[Large Language Models (LLMs) have demonstrated remarkable prowess in generating coherent responses. We introduce Mem0.](https://huggingface.co/papers/2504.19413)\n';
    const header =
      '# Daily Papers - Hugging Face\n\nCreated: January 24, 2025 9:14 AM\nURL: https://huggingface.co/papers?q=memory\n\n<aside>\n💡 Clipped for the reading group. Titans first, then Mem0.\n\n</aside>\n\n';
    const listing = parseListing(`${header}${titans}\n${mem0}`);
    expect(listing.papers.map((p) => [p.arxivId, p.abstract.slice(0, 17)])).toEqual([
      ['2501.00663', 'Over more than a '],
      ['2504.19413', 'Large Language Mo'],
    ]);
    const notes = listing.chrome.map((c) => c.text).filter((t) => /Clipped|Already/.test(t));
    expect(notes).toHaveLength(2);
    expect(listing.diagnostics).toEqual([]);
  });

  it("joins no item of another list (a page's footer) into a list abstract (review25's H3)", () => {
    const input = `${card('Twisting Lids Off with Two Hands', '2403.02338', '- Bimanual manipulation with two hands is hard because of the many contacts.\n- Policies trained in simulation transfer to real hands on many bottles.')}\n* Subscribe to get this digest every morning.\n* Follow us on X for more papers.\n`;
    const listing = parseListing(input);
    expect(listing.papers[0]?.abstract).toBe(
      'Bimanual manipulation with two hands is hard because of the many contacts. Policies trained in simulation transfer to real hands on many bottles.',
    );
    expect(listing.diagnostics.map((d) => d.position.start.line)).toEqual([6, 7]);
  });

  it("takes the card's video button for furniture, and still reports another link there", () => {
    const video = '[Watch Video](https://cdn-uploads.huggingface.co/production/uploads/a/b.mp4)';
    const demo = '[Try the demo](https://example.com/demo)';
    const body = 'We present a framework that makes synthetic long videos for training models.';
    const input = `${card('MovieLLM: Long Video Understanding', '2403.01422', `${video}\n\n${body}`)}`;
    const listing = parseListing(input);
    expect(listing.papers[0]?.abstract).toBe(body);
    expect(listing.diagnostics).toEqual([]);
    expect(listing.chrome.map((line) => line.text)).toContain('Watch Video');
    // Below the abstract too (review25's L2), a figure's image as well.
    const below = parseListing(
      card(
        'MovieLLM: Long Video Understanding',
        '2403.01422',
        `${body}\n\n${video}\n\n[Teaser figure](https://x.org/teaser.png)`,
      ),
    );
    expect(below.papers[0]?.abstract).toBe(body);
    expect(below.diagnostics).toEqual([]);
    const other = parseListing(
      card('MovieLLM: Long Video Understanding', '2403.01422', `${demo}\n\n${body}`),
    );
    expect(other.papers[0]?.abstract).toBe(body);
    expect(other.diagnostics.map((d) => d.code)).toEqual(['unknown-block']);
  });
});
