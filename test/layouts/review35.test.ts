/**
 * review35: an adversarial review's probes of this session's later rules, where their
 * first versions read a real-looking capture worse (`fixtures/handmade/review35/`).
 */
import { describe, expect, it } from 'vitest';
import { normalizeText, parseListing } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';

const read = (name: string) => parseListing(readFixture(`handmade/review35/${name}`));

describe('a title link with buttons or names after it on its line', () => {
  it.each([
    't1-title-then-links.md',
    't4-digest-list-title-links.md',
    't5-digest-bold-title-links.md',
  ])('%s: is the title alone, with its paper id; the buttons are no part of it', (name) => {
    const listing = read(name);
    expect(listing.papers).toHaveLength(2);
    for (const paper of listing.papers) {
      expect(paper.title).not.toMatch(/arXiv$|PDF|Code$|\|/);
      expect(paper.arxivId).toMatch(/^\d{4}\.\d{5}$/);
      expect(paper.abstract.length).toBeGreaterThan(40);
    }
    expect(listing.diagnostics).toEqual([]);
  });

  it("takes an organization linked on the title's line as the card's, never in its title", () => {
    const listing = read('t8-title-link-org.md');
    expect(listing.papers.map((p) => [p.title, p.arxivId, p.organization?.name])).toEqual([
      ['Attention Is All You Need', '1706.03762', 'Google'],
      ['Scaling Laws for Neural Language Models', '2001.08361', 'OpenAI'],
    ]);
    // Known: the byline on the title's line ends the card's head, so the abstract below
    // it is reported (orphan-abstract) rather than guessed.
    expect(listing.diagnostics.map((d) => d.code)).toContain('orphan-abstract');
  });
});

describe('a title with two sentence breaks in it (`Dr. Jekyll and Mr. Hyde`)', () => {
  it('is a title still, above its abstract', () => {
    const titles = read('o1-webbase-search-drjekyll.txt').papers.map((p) => p.title);
    expect(titles).toContain('Dr. Jekyll and Mr. Hyde: Two Faces of LLMs');
    expect(read('o1-webbase-search-drjekyll.txt').diagnostics).toEqual([]);
    expect(read('o2-plain-title-vs-question.txt').papers[0]?.title).toBe(
      'GPT-4 vs. Humans? A Study of Theory of Mind in Large Language Models',
    );
  });
});

describe("a heading's wrapped tail", () => {
  it('takes no card line under a heading that did not fill the width', () => {
    const listing = read('h1-heading-then-org-line.md');
    expect(listing.papers[0]).toMatchObject({
      title: 'DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning',
      organization: { name: 'DeepSeek' },
    });
  });

  it('joins a tail ending in a question mark, a bracket or after a hyphen', () => {
    expect(read('h2-h2t-tail-question.md').papers[0]?.title).toBe(
      'Can Large Language Models Reason About Program Invariants Across Real World Codebases?',
    );
    expect(read('h3-h2t-tail-hyphen-paren.md').papers.map((p) => p.title)).toEqual([
      'Kandinsky 6.0 Video: Foundation Models for Synchronized Video-to-Audio-Video Generation',
      'Kandinsky 6.0 Video: Foundation Models for Synchronized Video and (Audio) (Extended Version)',
    ]);
  });
});

describe('negative thin spaces lost between numbers', () => {
  it('read a range typed with one or two hyphens, after a percentage too', () => {
    expect(normalizeText('accuracy 0.82!--!0.94, shares 10%!-!20%')).toBe(
      'accuracy 0.82--0.94, shares 10%-20%',
    );
  });
});
