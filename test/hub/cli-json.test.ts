import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';

/**
 * `hf papers ls --format json` (huggingface_hub's CLI, review39): flat snake_case records
 * whose comment count is `comments` and whose submitter is `{ username, fullname }`.
 */
describe("the hf CLI's JSON", () => {
  const listing = parseListing(readFixture('handmade/hub-cli/hf-papers-ls.json'));

  it('reads every record with its counts, submitter and authors', () => {
    expect(listing.diagnostics).toEqual([]);
    expect(
      listing.papers.map((p) => [p.arxivId, p.upvotes, p.comments, p.submittedBy, p.authorCount]),
    ).toEqual([
      ['2608.16590', 92, 1, 'Xin Ding', 15],
      ['2608.17253', 74, 1, 'William Li', 9],
      ['2608.18565', 59, 1, 'Allen', expect.any(Number)],
      ['2608.17426', 59, 1, 'Mengqi Huang', expect.any(Number)],
      ['2608.13558', 54, 2, 'Li Bobo', expect.any(Number)],
      ['2608.19197', 30, 0, 'taesiri', expect.any(Number)],
    ]);
  });

  it('takes the user name over the full name when the CLI printed one', () => {
    const record = JSON.stringify([
      {
        id: '2505.09666',
        title: 'System Prompt Optimization with Meta-Learning',
        comments: 3,
        submitted_by: { username: 'jinheon', fullname: 'Jinheon Baek' },
      },
    ]);
    const [paper] = parseListing(record).papers;
    expect([paper?.comments, paper?.submittedBy]).toEqual([3, 'jinheon']);
  });
});
