/**
 * review28: an adversarial review's probes of this phase's card rules
 * (`fixtures/handmade/review28/`), where a new rule first read a card wrong.
 */
import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';

const read = (name: string) => parseListing(readFixture(`handmade/review28/${name}`));
const ids = (name: string) => read(name).papers.map((p) => [p.title.slice(0, 30), p.arxivId]);

describe('a label over a list of links in a card', () => {
  it("lets an empty label's next card, a listed card with its abstract, and the card's own link be", () => {
    expect(ids('e9-empty-label-next-card.md')).toEqual([
      ['RT-H: Action Hierarchies Using', '2403.01823'],
      ['Twisting Lids Off with Two Han', '2403.02338'],
    ]);
    expect(ids('e9-label-section-cards.md')).toEqual([
      ['RT-H: Action Hierarchies Using', '2403.01823'],
      ['Twisting Lids Off with Two Han', '2403.02338'],
      ['MovieLLM: Enhancing Long Video', '2403.01422'],
    ]);
    expect(ids('e9-idless-Originalpaper.md')).toEqual([
      ['Mixtral of Experts', '2401.04088'],
      ['RT-H: Action Hierarchies Using', undefined],
    ]);
  });
});

describe('a long arXiv link on a line of its own in a card', () => {
  it("gives no card another paper's id for a title it only holds", () => {
    expect(ids('e30-loose-echo.md')).toEqual([
      ['Segment Anything', undefined],
      ['SAM 2: Segment Anything in Ima', '2408.00714'],
    ]);
  });

  it("is the abstract when it links the card's own paper right under its title", () => {
    const listing = read('e30-linked-tldr.md');
    expect(listing.papers.map((p) => p.abstract)).toEqual([
      'A sparse mixture of experts model that matches Llama 2 70B on most benchmarks',
      'Language motions as an intermediate layer between tasks and robot actions',
    ]);
  });

  it("is an id-less card's link under a translated heading", () => {
    const listing = read('e30-translated2.md');
    expect(listing.papers.map((p) => [p.arxivId, p.abstract.slice(0, 12)])).toEqual([
      [undefined, 'Language pro'],
      ['2403.03163', 'Generative A'],
    ]);
    expect(listing.diagnostics).toEqual([]);
  });
});

describe("a clipper's <aside> whose closing tag is lost or inline", () => {
  it('ends at a heading, and a closing tag in its paragraph closes it', () => {
    for (const name of ['e8-unclosed.md', 'e8-inline-close.md']) {
      expect(ids(name)).toEqual([
        ['Titans: Learning to Memorize a', '2501.00663'],
        ['Mem0: Building Production-Read', '2504.19413'],
      ]);
    }
  });
});

describe("a plain-text card's lines between its abstract and its footer", () => {
  it('keeps a venue line from opening a card that takes the footer (`ICLR 2024`)', () => {
    const listing = read('d6-venue-tail-blank.txt');
    expect(listing.papers.map((p) => [p.title.slice(0, 20), p.authorCount])).toEqual([
      ['EMO: Earth Mover Dis', 3],
      ['Primer: Searching fo', 6],
    ]);
    expect(listing.diagnostics.map((d) => d.code)).toContain('unrecognized-line');
  });

  it('joins a tail with a bare code host or a bracketed sentence to the abstract', () => {
    for (const name of ['tail-paren.txt', 'tail-noscheme.txt']) {
      const listing = read(name);
      expect(listing.papers.map((p) => [p.title.slice(0, 6), p.authorCount, p.comments])).toEqual([
        ['EAGLE:', 4, 1],
        ['Medusa', 6, 2],
      ]);
      expect(listing.papers[0]?.abstract).toMatch(/(?:soon\.\)|EAGLE)$/);
    }
  });

  it("reads a company's name ending in `Inc.` as the organization", () => {
    const listing = read('tail-org-period.txt');
    expect(listing.papers[0]?.organization?.name).toMatch(/Apple Inc\.$/);
    expect(listing.papers[0]?.abstract).not.toMatch(/Inc\.$/);
  });
});

describe("the site's footer below a last card", () => {
  it("gives the card no organization from the footer's `About`", () => {
    expect(read('1f-footer-about.md').papers.map((p) => p.organization)).toEqual([undefined]);
  });
});

describe('a lynx abstract citing `[12]`, and a linked GitHub with its stars below', () => {
  it("keeps a citation's number in brackets inside the wrapped abstract", () => {
    const listing = read('lynx-citation-midabstract.txt');
    expect(listing.papers[1]?.abstract).toMatch(
      /speculative decoding \[12\] have been .* in parallel\.$/,
    );
    expect(listing.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('takes the count under `[GitHub](…)` for its stars', () => {
    expect(read('2f-linked-github.md').papers.map((p) => [p.githubStars, p.upvotes])).toEqual([
      [86100, 76],
    ]);
  });
});
