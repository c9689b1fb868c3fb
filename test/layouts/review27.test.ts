/**
 * review27: a blind review's captures in syntaxes the fixtures lacked, written from the
 * kinds of page a reviewer who never saw the code expected (`fixtures/handmade/review27/`).
 */
import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';

describe('a lynx -dump at 80 columns with its References list', () => {
  const listing = parseListing(readFixture('handmade/review27/lynx-refs-w80-search.txt'));

  it('reads every card whole: a title or an abstract the wrap carried over lines', () => {
    expect(listing.layout).toBe('reflinks');
    expect(
      listing.papers.map((p) => [p.title, p.arxivId, p.upvotes, p.publishedAt, p.comments]),
    ).toEqual([
      [
        'Fast Inference from Transformers via Speculative Decoding',
        '2211.17192',
        12,
        '2022-11-30',
        3,
      ],
      [
        'Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads',
        '2401.10774',
        9,
        '2024-01-19',
        undefined,
      ],
      [
        'EAGLE: Speculative Sampling Requires Rethinking Feature Uncertainty',
        '2401.15077',
        undefined,
        '2024-01-26',
        1,
      ],
      [
        'Efficient Memory Management for Large Language Model Serving with PagedAttention',
        '2309.06180',
        47,
        '2023-09-12',
        5,
      ],
      ['Mixtral of Experts', '2401.04088', 61, '2024-01-08', undefined],
    ]);
    const medusa = listing.papers[1]?.abstract ?? '';
    expect(
      medusa.startsWith(
        'The inference process in Large Language Models (LLMs) is often limited due to',
      ),
    ).toBe(true);
    expect(medusa.endsWith('to predict multiple subsequent tokens in parallel.')).toBe(true);
    for (const paper of listing.papers) expect(paper.abstract.length).toBeGreaterThan(300);
  });

  it('reports no error', () => {
    expect(listing.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
