import { describe, expect, it } from 'vitest';
import { type Listing, parseListing } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';

/** Each handmade capture, its layout, and the upvote lines that stand before a card's title. */
const CAPTURES = [
  {
    name: 'bare-urls.txt',
    format: 'bare-urls',
    upvoteLine: /^( \[-\] |https:\/\/huggingface\.co\/login\?next=%2Fpapers%2F)/,
  },
  { name: 'reflinks.md', format: 'reflinks', upvoteLine: /^ {3}(\[|\d+|-|\]\[\d+\])$/ },
  { name: 'trending.md', format: 'markdown', upvoteLine: /^$/ },
  { name: 'trending-compact.md', format: 'markdown', upvoteLine: /^$/ },
] as const;

function coveredLines(listing: Listing): Set<number> {
  const covered = new Set<number>();
  const items = [...listing.papers, ...listing.chrome, ...listing.diagnostics];
  for (const { position } of items) {
    for (let line = position.start.line; line <= position.end.line; line++) covered.add(line);
  }
  return covered;
}

describe.each(CAPTURES)('handmade/$name', ({ name, format, upvoteLine }) => {
  const input = readFixture(`handmade/${name}`);
  const full = parseListing(input);
  // Every card, repeated ones too: a cut copy is no longer a copy of its original.
  const cards = parseListing(input, { dedupe: false });

  it('accounts for every non-blank line: paper, chrome, diagnostic, or an upvote line', () => {
    const covered = coveredLines(full);
    input.split('\n').forEach((line, index) => {
      if (line.trim() === '' || covered.has(index + 1)) return;
      expect(line, `line ${index + 1}`).toMatch(upvoteLine);
    });
  });

  it('survives a cut anywhere: no throw, no paper that the whole capture lacks', () => {
    const known = full.papers.map((paper) => paper.title);
    for (let cut = 0; cut <= input.length; cut += 13) {
      const result = parseListing(input.slice(0, cut), { format });
      expect(result.papers.length).toBeLessThanOrEqual(cards.papers.length);
      for (const paper of result.papers) {
        expect(known.some((title) => title.startsWith(paper.title))).toBe(true);
      }
    }
  });

  it('turns junk lines into diagnostics, never papers', () => {
    const lines = input.split('\n');
    const junk = ['-----', '%%%%', 'Sign in to comment', '[x][999]', 'https://example.com/ad'];
    const withJunk = lines.flatMap((line, index) =>
      index % 9 === 4 ? [line, junk[index % 5] ?? ''] : [line],
    );
    const result = parseListing(withJunk.join('\n'), { format });
    const known = full.papers.map((paper) => paper.title);
    for (const paper of result.papers) expect(known).toContain(paper.title);
    expect(result.papers.length).toBeLessThanOrEqual(full.papers.length);
    expect(result.diagnostics.length).toBeGreaterThan(0);
  });
});
