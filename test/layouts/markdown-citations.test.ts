import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';
import { hasCitations } from '../../src/layouts/citation-markers.js';

/** A Markdown listing whose links are citation markers (crawl4ai's `markdown_with_citations`). */
const NAV = '* Models⟨2⟩\n* Datasets⟨3⟩\n* Spaces⟨4⟩\n* Docs⟨5⟩\n* Pricing⟨6⟩\n\n';
const CARD = (name: string, n: number) =>
  `### Binary Latent Diffusion, ${name}⟨${10 + n}⟩\n\nIn this paper, we show that a binary latent space can be explored for compact yet expressive image representations.⟨${20 + n}⟩\n\n`;

describe('citation markers', () => {
  it('are a capture-wide syntax only when the window holds five or more', () => {
    expect(hasCitations(NAV)).toBe(true);
    expect(hasCitations('the states ⟨0⟩ and ⟨1⟩ of a qubit')).toBe(false);
  });

  it('leave titles and abstracts, and stay in the source', () => {
    const input = NAV + CARD('Again', 1) + CARD('Once More', 2);
    const listing = parseListing(input);
    expect(listing.papers.map((paper) => [paper.title, paper.abstract.slice(-20)])).toEqual([
      ['Binary Latent Diffusion, Again', 'age representations.'],
      ['Binary Latent Diffusion, Once More', 'age representations.'],
    ]);
    expect(listing.papers[0]?.raw.title).toBe('Binary Latent Diffusion, Again');
    expect(listing.chrome.map((line) => line.text)).toContain('Models');
  });

  it('stay after a digit: a count glued to a date must not make another date', () => {
    const input = `${NAV}### A Study of Things⟨11⟩\n\nWe show that things can be studied in depth, at length.⟨12⟩\n\nJan 13⟨13⟩\n`;
    const listing = parseListing(input);
    expect(listing.papers[0]?.published).toBeUndefined();
  });

  it('are text where the capture holds few (an abstract about bra-kets)', () => {
    const input =
      '### [A Title](https://huggingface.co/papers/2606.00683)\n\nThe states ⟨0⟩ and ⟨1⟩ of a qubit are compared at length here.\n';
    expect(parseListing(input).papers[0]?.abstract).toContain('⟨0⟩ and ⟨1⟩');
  });
});
