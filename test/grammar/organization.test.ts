import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';

// review27's M2: Hugging Face's own papers (SmolLM2, FineWeb) name the organization
// `Hugging Face`, the site's logo text too.
const body =
  'While large language models have facilitated breakthroughs in many applications of artificial intelligence, we document SmolLM2.';

describe("the site's name as a card's organization", () => {
  it('is the organization in Markdown, linking its page', () => {
    const input = `### [SmolLM2: When Smol Goes Big](https://huggingface.co/papers/2502.02737)\n\n[${body}](https://huggingface.co/papers/2502.02737)\n\n[![HuggingFaceTB](https://cdn-avatars.huggingface.co/v1/production/uploads/org.png)Hugging Face](https://huggingface.co/huggingface)\n\n·\n\nFeb 4[21](https://huggingface.co/papers/2502.02737#community)\n`;
    const listing = parseListing(input);
    expect(listing.papers.map((p) => [p.organization, p.comments])).toEqual([
      [{ name: 'Hugging Face', url: 'https://huggingface.co/huggingface' }, 21],
    ]);
    expect(listing.diagnostics).toEqual([]);
  });

  it('is the organization in plain text, above the footer', () => {
    const input = `SmolLM2: When Smol Goes Big\n\n${body}\n\nHugging Face\n·\nPublished on Feb 4, 2025\n`;
    const listing = parseListing(input);
    expect(listing.papers.map((p) => [p.organization, p.publishedAt])).toEqual([
      [{ name: 'Hugging Face' }, '2025-02-04'],
    ]);
    expect(listing.diagnostics).toEqual([]);
  });

  it("stays the site's furniture elsewhere", () => {
    const header = `Hugging Face\n\n# Daily Papers\n\n## by [AK](https://huggingface.co/akhaliq) and the research community\n\n`;
    const listing = parseListing(
      `${header}### [SmolLM2: When Smol Goes Big](https://huggingface.co/papers/2502.02737)\n\n${body}\n`,
    );
    expect(listing.papers.map((p) => p.organization)).toEqual([undefined]);
    expect(listing.chrome.map((c) => c.text)).toContain('Hugging Face');
    expect(listing.diagnostics).toEqual([]);
  });
});
