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

describe('a plain-text copy of a Daily Papers page (cards with no abstract)', () => {
  const rows = (name: string) =>
    parseListing(readFixture(`handmade/review27/${name}`)).papers.map((p) => [
      p.title.slice(0, 24),
      p.submittedBy,
      p.organization?.name,
      p.authorCount,
      p.upvotes,
      p.comments,
      p.abstract,
    ]);
  const real = [
    ['HY-World 2.0: A Multi-Mo', 'taesiri', undefined, 45, 1090, 4, ''],
    [
      'RAD-2: Scaling Reinforce',
      'Hao605',
      'Huazhong University of Science and Technology',
      undefined,
      207,
      4,
      '',
    ],
    ['DR^{3}-Eval: Towards Rea', 'taesiri', undefined, 19, 21, 2, ''],
    ['How to Fine-Tune a Reaso', 'njuhzx', undefined, 9, 15, 2, ''],
    ['ASGuard: Activation-Scal', 'P-YI', 'Korea University', undefined, 5, 3, ''],
    ['Dive into Claude Code: T', 'taesiri', undefined, 4, 131, 1, ''],
  ];

  it('reads each card: submitter, title, organization or authors, upvotes, comments', () => {
    expect(rows('daily-copy-lines.txt')).toEqual(real);
    expect(rows('daily-copy-compact.txt')).toEqual(real);
  });

  it('reads two-word titles, a `-` with no votes, and no organization as an abstract', () => {
    expect(rows('daily-copy-caps.txt')).toEqual([
      ['MISTRAL 7B', 'akhaliq', 'Mistral AI_', undefined, 1200, 14, ''],
      ['DEEP SETS', 'nielsr', undefined, 6, 3, undefined, ''],
      ['GPT-4 TECHNICAL REPORT', 'akhaliq', undefined, 280, undefined, 2, ''],
      ['POINTER NETWORKS', 'nielsr', undefined, 3, 12, undefined, ''],
      ['KAN: KOLMOGOROV-ARNOLD N', 'akhaliq', undefined, 9, 512, 9, ''],
      ['2 OLMO 2 FURIOUS', 'akhaliq', 'Ai2', undefined, 54, 1, ''],
      ['MIXTRAL OF EXPERTS', 'akhaliq', 'Mistral AI_', undefined, 418, 25, ''],
    ]);
    const listing = parseListing(readFixture('handmade/review27/daily-copy-caps.txt'));
    expect(listing.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
