import { describe, expect, it } from 'vitest';
import { type Listing, parseListing } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';

const read = (name: string): string => readFixture(`handmade/${name}`);
const titles = (listing: Listing): string[] => listing.papers.map((paper) => paper.title);
/** No paper's title is a chrome line of the same listing. */
function chromeNeverPapers(listing: Listing): void {
  const chrome = new Set(listing.chrome.map((line) => line.text));
  for (const paper of listing.papers) expect(chrome.has(paper.title)).toBe(false);
}

describe('bare URLs (handmade/bare-urls.txt)', () => {
  const input = read('bare-urls.txt');
  const listing = parseListing(input, { referenceDate: '2026-10-02' });

  it('finds the three cards with every field, and no diagnostics', () => {
    expect(listing.diagnostics).toEqual([]);
    expect(titles(listing)).toEqual([
      'OCC-RAG: Optimal Cognitive Core for Faithful Question Answering',
      'The Noisy Path from Source to Citation: Measuring How Scholars Engage with Past Research',
      "Source or It Didn't Happen: A Multi-Agent Framework for Citation Hallucination Detection",
    ]);
    const [occ, noisy, source] = listing.papers;
    expect(occ).toMatchObject({
      arxivId: '2606.00683',
      url: 'https://huggingface.co/papers/2606.00683',
      upvotes: 101,
      authorCount: 6,
      publishedAt: '2026-05-29',
      comments: 6,
      links: ['https://github.com/occ-ai/occ-rag'],
    });
    expect(noisy).toMatchObject({ arxivId: '2502.20581', upvotes: 12, authorCount: 3 });
    expect(noisy?.abstract).toBe(
      'Academic citations are widely used for evaluating research and tracing knowledge flows. Such uses typically rely on raw citation counts and neglect variability in citation types.',
    );
    expect(noisy?.comments).toBeUndefined();
    expect(source?.upvotes).toBeUndefined();
    expect(source).toMatchObject({
      organization: {
        name: 'University of Massachusetts Amherst',
        url: 'https://huggingface.co/umass',
      },
      comments: 1,
    });
  });

  it('keeps the header and navigation as chrome', () => {
    expect(listing.chrome.map((line) => line.text)).toEqual([
      'new',
      'Get trending papers in your email inbox!',
      'Subscribe',
      'Daily Papers',
      'by AK',
      'and the research community',
      'Daily',
      'Weekly',
      'Monthly',
      'Trending Papers',
      'Oct 2',
      'Previous',
      'Next',
    ]);
    chromeNeverPapers(listing);
  });

  it('points positions at the card: its upvote line first, its comment URL last', () => {
    const lines = input.split('\n');
    const [occ] = listing.papers;
    // The card opens with its upvote button, before its title.
    expect(lines[(occ?.position.start.line ?? 0) - 1]).toBe(' [-] 101');
    expect(lines[occ?.position.start.line ?? 0]).toMatch(/^https:\/\/huggingface\.co\/login/);
    expect(lines[(occ?.position.start.line ?? 0) + 1]).toBe(occ?.title);
    expect(lines[(occ?.position.end.line ?? 0) - 1]).toBe(
      'https://huggingface.co/papers/2606.00683#community',
    );
    expect(input.slice(occ?.position.start.offset, occ?.position.end.offset)).toContain('May 29');
  });

  it('never reads a URL printed alone as a name: a repeat of the paper link, a stray link', () => {
    const card = (extra: string) =>
      [
        'OCC-RAG: Optimal Cognitive Core for Faithful Question Answering',
        'https://huggingface.co/papers/2606.00683',
        'Recent progress in the development of language models has been defined by scale.',
        'https://huggingface.co/papers/2606.00683',
        extra,
        '·',
        'May 29',
      ].join('\n');
    const repeated = parseListing(card('https://huggingface.co/papers/2606.00683'), {
      format: 'bare-urls',
    });
    expect(repeated.papers).toHaveLength(1);
    expect(repeated.papers[0]?.organization).toBeUndefined();
    expect(repeated.papers[0]?.abstract).toMatch(/^Recent progress/);
    expect(repeated.diagnostics).toEqual([]);
    const stray = parseListing(card('https://example.com/stray'), { format: 'bare-urls' });
    expect(stray.papers[0]?.organization).toBeUndefined();
    expect(stray.papers[0]?.published).toEqual({ month: 5, day: 29 });
    // Not placed, and said so: never a field of the paper.
    expect(stray.diagnostics.map((found) => found.code)).toEqual(['unknown-block']);
  });
});

describe('reference links (handmade/reflinks.md)', () => {
  const listing = parseListing(read('reflinks.md'));

  it('finds both cards with ids resolved through the reference list', () => {
    expect(listing.diagnostics).toEqual([]);
    const [ctf, scholarly] = listing.papers;
    expect(ctf).toMatchObject({
      title: 'Dataset and Lessons Learned from the 2024 SaTML LLM Capture-the-Flag Competition',
      arxivId: '2406.07954',
      upvotes: 65,
      authorCount: 671,
      publishedAt: '2024-03-08',
      comments: 6,
    });
    expect(ctf?.abstract).toMatch(/^Large language model systems face .* overwrite the system's/);
    expect(ctf?.abstract.endsWith('over 137k multi-turn attack chats.')).toBe(true);
    expect(scholarly).toMatchObject({
      title: 'Scholarly Question Answering using Large Language Models',
      arxivId: '2309.06975',
      authorCount: 4,
      published: { month: 7, day: 25 },
    });
    expect(scholarly?.upvotes).toBeUndefined();
    expect(listing.papers).toHaveLength(2);
  });

  it('keeps the fence, the page header and the reference list as chrome', () => {
    const texts = listing.chrome.map((line) => line.text);
    expect(texts[0]).toBe('```');
    expect(texts.at(-1)).toBe('```');
    expect(texts).toContain('Subscribe');
    expect(texts).toContain('by AK and the research community');
    expect(texts.filter((text) => /^\d+\. https:/.test(text))).toHaveLength(14);
    chromeNeverPapers(listing);
  });

  it('still finds titles without the reference list, by shape', () => {
    const cut = read('reflinks.md').split('References')[0] ?? '';
    const partial = parseListing(cut, { format: 'reflinks' });
    expect(titles(partial)).toEqual(titles(listing));
    expect(partial.papers[0]?.arxivId).toBeUndefined();
    expect(partial.papers[0]?.upvotes).toBe(65);
  });
});

describe('Trending Papers page (handmade/trending.md)', () => {
  const listing = parseListing(read('trending.md'));

  it('reads Published on, the upvote after the date and the code links', () => {
    expect(listing.diagnostics).toEqual([]);
    expect(listing.date).toBeUndefined();
    const [paddle, lightning] = listing.papers;
    expect(paddle).toMatchObject({
      arxivId: '2510.14528',
      upvotes: 117,
      publishedAt: '2026-10-04',
      links: ['https://github.com/PaddlePaddle/PaddleOCR'],
    });
    expect(lightning).toMatchObject({
      title: 'Agent Lightning: Train ANY AI Agents with Reinforcement Learning',
      arxivId: '2508.03680',
      publishedAt: '2025-08-05',
      links: ['https://github.com/microsoft/agent-lightning'],
    });
    expect(lightning?.upvotes).toBeUndefined();
    expect(listing.papers).toHaveLength(2);
  });

  it('reads Submitted by and the user name into the card', () => {
    const [paddle, lightning] = listing.papers;
    expect(paddle?.submittedBy).toBe('akhaliq');
    expect(lightning?.submittedBy).toBe('taesiri');
    expect(paddle).toMatchObject({
      githubUrl: 'https://github.com/PaddlePaddle/PaddleOCR',
      githubStars: 131,
      arxivUrl: 'https://arxiv.org/abs/2510.14528',
    });
    expect(lightning?.githubStars).toBe(9800);
    const texts = listing.chrome.map((line) => line.text);
    expect(texts).not.toContain('akhaliq');
    chromeNeverPapers(listing);
  });
});

describe('Trending Papers page, compact (handmade/trending-compact.md)', () => {
  const input = read('trending-compact.md');

  it('joins a title continued on an indented line, and splits off the summary', () => {
    const listing = parseListing(input, { dedupe: true });
    expect(listing.diagnostics).toEqual([]);
    expect(titles(listing)).toEqual([
      'DeepSeek-OCR: Contexts Optical Compression',
      'LightRAG: Simple and Fast Retrieval-Augmented Generation With Graph Structures for Efficient Knowledge Access',
    ]);
    const [ocr, light] = listing.papers;
    expect(ocr).toMatchObject({
      authorCount: 3,
      links: ['https://github.com/deepseek-ai/DeepSeek-OCR'],
    });
    expect(ocr?.abstract.startsWith('DeepSeek-OCR explores compressing')).toBe(true);
    expect(light?.abstract.startsWith('LightRAG incorporates graph structures')).toBe(true);
    expect(light?.authorCount).toBe(8);
    expect(light?.links).toEqual(['https://github.com/HKUDS/LightRAG']);
    expect(input.slice(light?.position.start.offset, light?.position.end.offset)).toContain(
      '  Efficient Knowledge Access',
    );
  });

  it('drops a card repeated right after itself by default, keeps it with dedupe: false', () => {
    const kept = parseListing(input, { dedupe: false });
    expect(kept.papers).toHaveLength(4);
    expect(parseListing(input).papers).toEqual(parseListing(input, { dedupe: true }).papers);
    const deduped = parseListing(input, { dedupe: true });
    expect(deduped.papers).toHaveLength(2);
    const copies = deduped.chrome.filter(
      (line) => line.text.startsWith('DeepSeek') || line.text.startsWith('LightRAG'),
    );
    expect(copies.map((line) => line.position.start.line)).toEqual([8, 19]);
    expect(deduped.chrome.map((line) => line.text)).toContain('Load more');
  });
});
