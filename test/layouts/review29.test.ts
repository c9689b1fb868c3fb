/**
 * review29: a blind review's captures of tools people run on a listing page, written by
 * a reviewer who never saw the code (`fixtures/handmade/review29/`).
 */
import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';

const rows = (name: string) =>
  parseListing(readFixture(`handmade/review29/${name}`)).papers.map((p) => [
    p.title.slice(0, 30),
    p.submittedBy,
    p.organization?.name,
    p.authorCount,
    p.upvotes,
    p.comments,
  ]);

describe("a reader view's head and a select-all copy of a Daily Papers page", () => {
  it("takes the reader view's domain, tab title and reading time for chrome", () => {
    const listing = parseListing(readFixture('handmade/review29/firefox-reader-daily.txt'));
    expect(rows('firefox-reader-daily.txt')).toEqual([
      ['DeepSeek-R1: Incentivizing Rea', undefined, 'DeepSeek', undefined, 432, 4],
      ['Kimi k1.5: Scaling Reinforceme', undefined, undefined, 95, 121, 3],
      ['Evolving Deeper LLM Thinking', undefined, undefined, 9, undefined, undefined],
      ['rStar-Math: Small LLMs Can Mas', undefined, 'Microsoft', undefined, 278, 12],
    ]);
    expect(listing.chrome.map((c) => c.text)).toEqual(
      expect.arrayContaining(['huggingface.co', 'Daily Papers - Hugging Face', '6–8 minutes']),
    );
    expect(listing.diagnostics).toEqual([]);
  });

  it('reads each card of a copy with no blank lines: organization and author count, `·`, comments', () => {
    expect(rows('safari-select-all-daily.txt')).toEqual([
      ['DeepSeek-R1: Incentivizing Rea', 'akhaliq', 'DeepSeek', 200, 432, 4],
      ['Kimi k1.5: Scaling Reinforceme', 'akhaliq', undefined, 95, 121, 3],
      ['MMVU: Measuring Expert-Level M', 'nielsr', 'Yale NLP', 31, 68, 2],
      ['Test-Time Preference Optimizat', 'jeffliuuu', 'Shanghai AI Laboratory', 4, 37, 2],
    ]);
    const listing = parseListing(readFixture('handmade/review29/safari-select-all-daily.txt'));
    expect(listing.diagnostics.map((d) => d.code)).toEqual(Array(4).fill('missing-abstract'));
  });

  it("gives no card another card's count in a pandoc plain copy", () => {
    const listing = parseListing(readFixture('handmade/review29/pandoc-plain-daily.txt'));
    expect(listing.papers).toHaveLength(4);
    expect(listing.diagnostics.filter((d) => d.severity === 'error')).toHaveLength(1);
  });
});

describe('`pandoc -t markdown` of a saved Daily Papers page', () => {
  it("keeps pandoc's attribute blocks and fenced divs out of every field", () => {
    const listing = parseListing(readFixture('handmade/review29/pandoc-markdown-daily.md'));
    expect(rows('pandoc-markdown-daily.md')).toEqual([
      ['DeepSeek-R1: Incentivizing Rea', 'akhaliq', 'DeepSeek', 200, 432, 4],
      ['Kimi k1.5: Scaling Reinforceme', 'akhaliq', undefined, 95, 121, 3],
      ['MMVU: Measuring Expert-Level M', 'nielsr', 'Yale NLP', 31, 68, 2],
    ]);
    expect(listing.papers.map((p) => p.arxivId)).toEqual([
      '2501.12948',
      '2501.12599',
      '2501.12380',
    ]);
    for (const paper of listing.papers) expect(paper.title).not.toMatch(/[{}]|:::/);
    expect(listing.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(listing.chrome.map((c) => c.text)).toContain('::: {.flex .items-center .gap-2}');
  });
});

describe("Obsidian's callouts in a web clip", () => {
  it("takes `> [!note] …` quotes for the user's notes: chrome, never a field or an error", () => {
    const listing = parseListing(readFixture('handmade/review29/obsidian-callouts-search.md'));
    expect(listing.papers.map((p) => p.arxivId)).toEqual([
      '2402.03300',
      '2501.12948',
      '2503.14476',
    ]);
    for (const paper of listing.papers) expect(paper.abstract).not.toMatch(/\[!|clipped/i);
    expect(listing.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(listing.chrome.some((c) => c.text.startsWith('> [!note] Why I clipped this'))).toBe(
      true,
    );
  });
});
