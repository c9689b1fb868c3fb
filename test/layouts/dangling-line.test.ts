/**
 * A line cut mid-phrase in plain text whose wrap could not be measured
 * (`src/layouts/dangling-line.ts`), and a card's two counts on one line.
 */
import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';
import { continuesDangling } from '../../src/layouts/dangling-line.js';
import { readFixture } from '../support/fixtures.js';

describe('continuesDangling', () => {
  it('goes on after a comma or a word no title ends on', () => {
    expect(
      continuesDangling(
        'DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via',
        'Reinforcement Learning',
      ),
    ).toBe(true);
    expect(
      continuesDangling(
        'HY-World 2.0: A Multi-Modal World Model for Reconstructing, Generating,',
        'and Simulating 3D Worlds',
      ),
    ).toBe(true);
  });

  it('goes on where the next line opens on a connecting word', () => {
    expect(
      continuesDangling(
        'DeepSeek-R1: Incentivizing Reasoning Capability in LLMs',
        'via Reinforcement Learning',
      ),
    ).toBe(true);
  });

  it('stops at a finished title, a short line, a bullet or another indentation', () => {
    const title = 'MMVU: Measuring Expert-Level Multi-Discipline Video Understanding';
    expect(continuesDangling(title, 'Yale NLP')).toBe(false);
    // An organization written in lower case is no connecting word.
    expect(continuesDangling(title, 'inclusionAI')).toBe(false);
    expect(continuesDangling('Submitted by', 'akhaliq')).toBe(false);
    expect(continuesDangling(`${title} for`, '  • 31 authors')).toBe(false);
    expect(continuesDangling(`${title} for`, '  Reinforcement Learning')).toBe(false);
    // A sentence or a label ended: a connecting word opens something else.
    expect(continuesDangling(`${title}.`, 'and then some')).toBe(false);
    expect(continuesDangling(`${title}:`, 'for all')).toBe(false);
  });
});

describe("a short plain copy's title cut after `via`", () => {
  it('is the whole title, and the line after it no organization', () => {
    const listing = parseListing(readFixture('handmade/review30/a3-wrapped-title-org.txt'));
    expect(
      listing.papers.map((p) => [p.title, p.organization?.name, p.upvotes, p.comments]),
    ).toEqual([
      [
        'DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning',
        undefined,
        432,
        4,
      ],
      ['MMVU: Measuring Expert-Level Multi-Discipline Video Understanding', 'Yale NLP', 68, 2],
    ]);
  });

  it('keeps the real organization below the joined title', () => {
    const listing = parseListing(readFixture('handmade/review30/a5-wrapped-title-with-org.txt'));
    expect(listing.papers.map((p) => [p.title, p.organization?.name, p.authorCount])).toEqual([
      [
        'DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning',
        'DeepSeek',
        200,
      ],
    ]);
    expect(listing.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('keeps every line of the joined title in the source', () => {
    const input = readFixture('handmade/review30/a3-wrapped-title-org.txt');
    const paper = parseListing(input).papers[0];
    expect(paper?.raw.title).toBe(
      'DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via\nReinforcement Learning',
    );
  });
});

describe('two counts on one line', () => {
  it('are the upvote count, then the comment count', () => {
    const input =
      'Submitted by taesiri\n\nHY-World 2.0: A Multi-Modal World Model for Reconstructing, Generating,\nand Simulating 3D Worlds\n\n-   · 45 authors\n\n1.09k 4\n\nSubmitted by akhaliq\n\nDeepSeek-R1: Incentivizing Reasoning Capability in LLMs via\nReinforcement Learning\n\n-   · 200 authors\n\n432 4\n';
    const listing = parseListing(input);
    expect(
      listing.papers.map((p) => [p.title, p.submittedBy, p.authorCount, p.upvotes, p.comments]),
    ).toEqual([
      [
        'HY-World 2.0: A Multi-Modal World Model for Reconstructing, Generating, and Simulating 3D Worlds',
        'taesiri',
        45,
        1090,
        4,
      ],
      [
        'DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning',
        'akhaliq',
        200,
        432,
        4,
      ],
    ]);
    expect(listing.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('read `- 2` as no votes and a comment count, never as an upvote count', () => {
    const input =
      'Submitted by alice\n\nAlpha: A First Paper About Things\n\nOrg One\n- 2\nSubmitted by bob\n\nBeta: A Second Paper About Things\n\nOrg Two\n327 3\n';
    expect(parseListing(input).papers.map((p) => [p.upvotes, p.comments])).toEqual([
      [undefined, 2],
      [327, 3],
    ]);
    const alone = parseListing('Daily Papers\n\n- 2\n\nBeta: A Second Paper About Things\n');
    expect(alone.papers.map((p) => p.upvotes)).toEqual([undefined]);
  });

  it('stay an error outside a card', () => {
    const listing = parseListing('Daily Papers\n\n1.09k 4\n');
    expect(listing.papers).toEqual([]);
    expect(listing.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
});
