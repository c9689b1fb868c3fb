/**
 * review30: a quick adversarial review's probes of this phase's last rules
 * (`fixtures/handmade/review30/`).
 */
import { describe, expect, it } from 'vitest';
import { normalizeText, parseListing } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';

const read = (name: string) => parseListing(readFixture(`handmade/review30/${name}`));

describe("pandoc's syntax, and what only looks like it", () => {
  it("leaves crawl4ai's citation markers out of a title with a brace", () => {
    expect(read('f1-citations-brace-title.md').papers[0]?.title).toBe(
      'DR^{3}-Eval: Towards Realistic and Reproducible Deep Research Evaluation',
    );
  });

  it('keeps a set in braces in an abstract (`{.1, .5, .9}`)', () => {
    expect(read('f3-pandoc-braces-in-abstract.md').papers[0]?.abstract).toContain(
      'quantile levels {.1, .5, .9}',
    );
  });
});

describe('a link repeating a title cut short with an ellipsis', () => {
  it("is the card's link, under an id-less card or a linked title", () => {
    for (const name of ['e1-truncated-echo-link.md', 'e3-truncated-echo-under-title.md']) {
      const listing = read(name);
      expect(listing.papers.map((p) => p.arxivId)).toEqual(['2501.12948', '2501.12599']);
      expect(listing.papers[0]?.abstract).toMatch(/^We introduce our first-generation/);
    }
  });
});

describe('a daily card whose upvotes follow its byline', () => {
  it('reads the upvote count, then the comment count', () => {
    const listing = read('b4-dot-then-upvotes.txt');
    expect(listing.papers.map((p) => [p.upvotes, p.comments])).toEqual([
      [1090, 4],
      [207, 4],
      [21, undefined],
    ]);
  });
});

describe('a lynx citation before punctuation, and RTF after a capital', () => {
  it("keeps the abstract's `[12],` inside it", () => {
    const listing = read('c2-lynx-citation-comma.txt');
    expect(listing.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it("reads `\\'92` between letters as the apostrophe, whatever their case", () => {
    expect(normalizeText("OpenAI\\'92s o1 and the LLM\\'92s behaviour")).toBe(
      'OpenAI’s o1 and the LLM’s behaviour',
    );
  });
});

describe('a Notion callout with blank lines inside', () => {
  it('is the user note under a title, and the abstract after it is the card’s', () => {
    const listing = read('d1-aside-multipara.md');
    expect(listing.papers.map((p) => [p.arxivId, p.abstract.slice(0, 24)])).toEqual([
      ['2501.00663', 'Over more than a decade '],
      ['2504.19413', 'Large Language Models (L'],
    ]);
    expect(listing.diagnostics).toEqual([]);
    expect(listing.chrome.map((c) => c.text)).toContain('Skip unless time.');
  });

  it('is the user note between two cards', () => {
    const listing = read('d2-aside-between-cards.md');
    expect(listing.papers.map((p) => p.arxivId)).toEqual(['2501.00663', '2504.19413']);
    expect(listing.diagnostics).toEqual([]);
    expect(listing.chrome.map((c) => c.text)).toContain('Memory Layers at Scale');
  });

  it('leaves the blocks after an `<aside>` that never closes card text', () => {
    const input =
      '### [Mem0: Building Production-Ready AI Agents](https://huggingface.co/papers/2504.19413)\n\n<aside>\n\nLarge Language Models (LLMs) have demonstrated remarkable prowess in generating coherent responses. We introduce Mem0.\n\n- [5 authors](https://huggingface.co/papers/2504.19413)\n\n·\n\nApr 28, 2025\n';
    const paper = parseListing(input).papers[0];
    expect(paper?.abstract).toMatch(/^Large Language Models/);
    expect(paper?.authorCount).toBe(5);
  });
});
