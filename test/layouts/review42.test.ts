import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';

/**
 * review42, a re-check of review41's mends: plain id lines decided page-wide gave every
 * card the next paper's id and count when a page title opened a card first; autolinks
 * under one heading with bold or listed titles read as bare URLs.
 */
const read = (name: string) => parseListing(readFixture(`handmade/review42/${name}`));

/** Each paper's id and count, keyed by its title's first word, for papers that have both. */
function pairs(name: string): Record<string, [string | undefined, number | undefined]> {
  return Object.fromEntries(
    read(name)
      .papers.filter((paper) => paper.arxivId !== undefined || paper.upvotes !== undefined)
      .map((paper) => [paper.title.split(' ')[0], [paper.arxivId, paper.upvotes]]),
  );
}

describe('review42', () => {
  it('M1: an agent list copied as text, a page title above, gives each card its own id', () => {
    const found = pairs('i13-agent-list-copied.txt');
    expect(found.Beyond).toEqual(['2505.10554', 33]);
    expect(found.System).toEqual(['2505.09666', 27]);
    expect(found['EnerVerse-AC:']).toEqual(['2505.09723', 14]);
  });

  it('M1: the same list in Markdown under an H1 reads all eight cards', () => {
    const listing = read('i14-agent-list-h1-plainids.md');
    expect(listing.papers).toHaveLength(8);
    expect(listing.papers.map((paper) => [paper.arxivId, paper.upvotes]).slice(0, 2)).toEqual([
      ['2505.10554', 33],
      ['2505.09666', 27],
    ]);
  });

  it('M8: lead and follow orders mixed on one page each read by where the line stands', () => {
    for (const name of ['i18-mixed-lead-then-footer.txt', 'i19-mixed-footer-then-lead.txt']) {
      const found = pairs(name);
      expect(found.Beyond).toEqual(['2505.10554', 33]);
      expect(found.System).toEqual(['2505.09666', 27]);
      expect(found['EnerVerse-AC:']).toEqual(['2505.09723', 14]);
    }
  });

  it('M3: an id line naming another paper is not the card above’s count', () => {
    const listing = read('i11-conflict-footer.md');
    expect(listing.papers.map((paper) => [paper.arxivId, paper.upvotes])).toEqual([
      ['2505.10554', undefined],
    ]);
    expect(listing.diagnostics.map((d) => d.code)).toContain('unexpected-footer');
  });

  it('M5, M6: autolinks read as bare URLs on a page of cards, as Markdown in a digest', () => {
    expect(read('u1-bare-autolinks-h1-daily.md').layout).toBe('bare-urls');
    expect(read('u1-bare-autolinks-h1-daily.md').papers.length).toBeGreaterThan(2);
    for (const name of ['u2-digest-bold-autolinks.md', 'u3-digest-list-autolinks.md']) {
      expect(read(name).layout).toBe('markdown');
    }
  });
});
