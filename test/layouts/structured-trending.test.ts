import { describe, expect, it } from 'vitest';
import { normalizeText, parseListing } from '../../src/index.js';
import { checkListing } from '../robustness/support/oracle.js';
import { readFixture } from '../support/fixtures.js';

/**
 * The real Trending Papers capture exported from saved HTML by a structured extractor
 * (../shared/captures/README.md): 50 papers, each card printed twice, headings that wrap.
 */
const NAME = 'md-structured-trending.md';
const input = readFixture(NAME);
const listing = parseListing(input, { referenceDate: '2026-10-05' });

interface Printed {
  title: string;
  arxivId: string;
  upvotes?: number;
  githubUrl?: string;
  githubStars?: number;
  arxivUrl?: string;
  submittedBy?: string;
  organization?: string;
  publishedAt?: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function count(text: string): number {
  const k = /^([\d.]+)k$/.exec(text);
  return k ? Math.round(Number(k[1]) * 1000) : Number(text.replaceAll(',', ''));
}

/** The cards as the file prints them, by a line scan that shares nothing with the parser. */
function scanFixture(): Printed[] {
  const lines = input.split('\n');
  const cards: Printed[] = [];
  let submitter: string | undefined;
  let current: Printed | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === 'Submitted by') {
      // The placeholder, then the user name, each after blank lines.
      const next = lines.slice(i + 1).filter((l) => l.trim() !== '');
      submitter = next[0]?.startsWith('[图片') ? next[1] : next[0];
      continue;
    }
    if (line.startsWith('### [')) {
      let heading = line.slice(5);
      while (!/\]\(https:\/\/huggingface\.co\/papers\/[\d.]+\)$/.test(heading)) {
        i++;
        heading += ` ${(lines[i] ?? '').trim()}`;
      }
      const match = /^(.*)\]\(https:\/\/huggingface\.co\/papers\/([\d.]+)\)$/.exec(heading);
      current = { title: match?.[1] ?? '', arxivId: match?.[2] ?? '' };
      if (submitter !== undefined) current.submittedBy = submitter;
      submitter = undefined;
      cards.push(current);
      continue;
    }
    if (current === undefined) continue;
    const org =
      /^\[\[图片：[^\]]*\] (.+)\]\(https:\/\/huggingface\.co\/[^)]+\) · (?:Published on )?(\w{3}) (\d+), (\d{4})$/.exec(
        line,
      );
    const date = /^(?:· )?(?:Published on )?(\w{3}) (\d+), (\d{4})$/.exec(line);
    const when = org ? org.slice(2) : date ? date.slice(1) : undefined;
    if (org) current.organization = org[1] ?? '';
    if (when !== undefined) {
      const [month = '', day = '', year = ''] = when;
      current.publishedAt = `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
    }
    const vote =
      /^([\d.,k]+)\]\(https:\/\/huggingface\.co\/login\?next=%2Fpapers%2F([\d.]+)\)$/.exec(line);
    if (vote && lines[i - 2] === '[Upvote') current.upvotes = count(vote[1] ?? '');
    const code = /\[GitHub ([\d.,k]+)\]\((https:\/\/github\.com\/[^)]+)\)/.exec(line);
    if (code) {
      current.githubStars = count(code[1] ?? '');
      current.githubUrl = code[2] ?? '';
    }
    const arxiv = /\[arXiv Page\]\((https:\/\/arxiv\.org\/abs\/[\d.]+)\)/.exec(line);
    if (arxiv) current.arxivUrl = arxiv[1] ?? '';
  }
  // Each card is printed twice in a row: the second copy is the same paper.
  return cards.filter((card, k) => k === 0 || cards[k - 1]?.arxivId !== card.arxivId);
}

describe(`Markdown capture ${NAME}`, () => {
  const printed = scanFixture();

  it('holds 50 cards, each printed twice', () => {
    expect(printed).toHaveLength(50);
  });

  it('is detected as Markdown and gives the 50 papers, no diagnostics', () => {
    expect(listing.layout).toBe('markdown');
    expect(listing.papers).toHaveLength(50);
    expect(listing.diagnostics).toEqual([]);
  });

  it('gives every paper the fields its card prints, from its own card', () => {
    const got = listing.papers.map((paper) => ({
      title: paper.title,
      arxivId: paper.arxivId,
      upvotes: paper.upvotes,
      githubUrl: paper.githubUrl,
      githubStars: paper.githubStars,
      arxivUrl: paper.arxivUrl,
      submittedBy: paper.submittedBy,
      organization: paper.organization?.name,
      publishedAt: paper.publishedAt,
    }));
    const want = printed.map((card) => ({
      title: normalizeText(card.title.replace(/\\([[\]_*])/g, '$1')),
      arxivId: card.arxivId,
      upvotes: card.upvotes,
      githubUrl: card.githubUrl,
      githubStars: card.githubStars,
      arxivUrl: card.arxivUrl,
      submittedBy: card.submittedBy,
      organization: card.organization,
      publishedAt: card.publishedAt,
    }));
    expect(got).toEqual(want);
  });

  it('reads a heading whose link text wraps as one title', () => {
    const paged = listing.papers.find((paper) => paper.arxivId === '2309.06180');
    expect(paged?.title).toBe(
      'Efficient Memory Management for Large Language Model Serving with PagedAttention',
    );
  });

  it('keeps the oracle guarantees: schema, nothing lost, positions in the input', () => {
    checkListing(input, listing, 'markdown');
  });
});
