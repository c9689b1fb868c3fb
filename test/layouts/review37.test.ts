/**
 * review37: a blind reviewer's captures of Hugging Face pages that list papers beside
 * the daily feed (`fixtures/handmade/review37/`): a daily card whose `·` stands before
 * its organization, and a search page whose terms a clipper kept highlighted.
 */
import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';

const read = (name: string) => parseListing(readFixture(`handmade/review37/${name}`));

describe("a daily card's `·` before its organization", () => {
  it("is the byline's: the organization and the counts are the card's", () => {
    const listing = read('m1-dot-then-org.txt');
    expect(
      listing.papers.map((p) => [p.title, p.organization?.name, p.upvotes, p.comments]),
    ).toEqual([['Byte Latent Transformer: Patches Scale Better Than Tokens', 'AI at Meta', 71, 3]]);
    expect(listing.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('a stray line read as a title above the first card', () => {
  it("takes no evidence from it: the next card's counts stay that card's", () => {
    const listing = read('m2-gap-message-cascade.txt');
    const apollo = listing.papers.find((p) => p.title.startsWith('Apollo'));
    expect([apollo?.upvotes, apollo?.comments, apollo?.authorCount]).toEqual([94, 4, 17]);
    expect(listing.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('highlighted terms (`==term==`)', () => {
  it("leave Obsidian's marks out of an abstract, a bracket at the highlight's end too", () => {
    const listing = parseListing(readFixture('handmade/review29/obsidian-callouts-search.md'));
    const abstracts = listing.papers.map((p) => p.abstract).join(' ');
    expect(abstracts).toContain(
      'we introduce Group Relative Policy Optimization (GRPO), a variant',
    );
    expect(abstracts).not.toContain('==');
  });

  it('leave their marks out of the title and the abstract', () => {
    const [paper] = read('m5-mark-highlight.md').papers;
    expect(paper?.title).toBe('Citation Recall Is Not Hallucination Recall');
    expect(paper?.abstract).not.toContain('==');
    expect(paper?.abstract).toContain('standard citation recall metrics');
  });

  it('keep code\'s `==` as written (`a == b`, `x==y`, `f(x)==g(x)==h(x)`, `"=="`)', () => {
    const input =
      '### [A Study of Equality in Code](https://huggingface.co/papers/2507.03333)\n\n[We check whether a == b, x==y, f(x)==g(x)==h(x), [1]==[1]==[2], P ==> Q and "==" hold. We find that they often do.](https://huggingface.co/papers/2507.03333)\n';
    expect(parseListing(input).papers[0]?.abstract).toBe(
      'We check whether a == b, x==y, f(x)==g(x)==h(x), [1]==[1]==[2], P ==> Q and "==" hold. We find that they often do.',
    );
  });
});
