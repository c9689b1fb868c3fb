import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HubDailyPaperSchema, type Paper, parseListing, toHubPaper } from '../../src/index.js';
import { content, readFixture } from '../support/fixtures.js';

const seed = Number(process.env.ROBUSTNESS_SEED ?? 20241211);

/** Parse Hub entries as `parseListing` reads Hub JSON. */
const fromHub = (entries: unknown[]): Paper[] =>
  parseListing(JSON.stringify(entries), { format: 'hub-json' }).papers;

describe('toHubPaper', () => {
  it('writes a daily-papers entry the Hub schema accepts, with the documented mapping', () => {
    const [paper] = parseListing(readFixture('handmade/html-daily.html')).papers;
    if (paper === undefined) throw new Error('no paper');
    const entry = toHubPaper(paper);
    expect(HubDailyPaperSchema.safeParse(entry).success).toBe(true);
    expect(entry).toEqual({
      paper: {
        id: '2602.23229',
        title: 'Large Multimodal Models as General In-Context Classifiers',
        summary: paper.abstract,
        authors: [
          { name: 'Marco Garosi' },
          { name: 'Matteo Farina' },
          { name: 'Alessandro Conti' },
          { name: 'Massimiliano Mancini' },
          { name: 'Elisa Ricci' },
        ],
        publishedAt: '2026-02-26T17:08:18.000Z',
        submittedOnDailyAt: '2026-03-06',
        submittedOnDailyBy: { user: 'marco-garosi' },
        upvotes: 10,
        organization: { name: 'MHUGLab', fullname: 'Multimedia and Human Understanding Group' },
        githubRepo: 'https://github.com/marco-garosi/CIRCLE',
        githubStars: 9,
        ai_summary: paper.aiSummary,
      },
      title: 'Large Multimodal Models as General In-Context Classifiers',
      summary: paper.abstract,
      numComments: 1,
      submittedBy: { name: 'marco-garosi' },
      organization: { name: 'MHUGLab', fullname: 'Multimedia and Human Understanding Group' },
    });
  });

  it('round-trips every paper of the HTML and Hub JSON fixtures', () => {
    for (const name of [
      'handmade/html-daily.html',
      'handmade/html-trending.html',
      'handmade/html-search.html',
      'handmade/hub-daily-papers.json',
      'handmade/hub-papers-search.json',
      'handmade/hub-mirror-flat.json',
      'handmade/hub-papers.jsonl',
    ]) {
      const papers = parseListing(readFixture(name)).papers;
      expect(papers.length, name).toBeGreaterThan(0);
      expect(fromHub(papers.map(toHubPaper)).map(content), name).toEqual(papers.map(content));
    }
  });

  it('round-trips any Hub entry it maps, field for field', () => {
    const text = fc.stringMatching(/^[A-Za-z][A-Za-z ,.:()-]{0,40}[a-z]$/);
    const day = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString());
    const hubEntry = fc.record(
      {
        paper: fc.record(
          {
            id: fc.stringMatching(/^2[0-9]{3}\.[0-9]{5}$/),
            title: text,
            summary: text,
            authors: fc.array(fc.record({ name: text }), { maxLength: 4 }),
            publishedAt: day,
            submittedOnDailyAt: day.map((iso) => iso.slice(0, 10)),
            upvotes: fc.nat(1000),
            githubRepo: fc.stringMatching(/^https:\/\/github\.com\/[a-z]{1,8}\/[a-z]{1,8}$/),
            githubStars: fc.nat(100_000),
            ai_summary: text,
          },
          { requiredKeys: ['id', 'title'] },
        ),
        numComments: fc.nat(50),
        submittedBy: fc.record({ name: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/) }),
        organization: fc.record({
          name: fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,10}$/),
          fullname: text,
        }),
      },
      { requiredKeys: ['paper'] },
    );
    fc.assert(
      fc.property(hubEntry, (entry) => {
        const [paper] = fromHub([entry]);
        if (paper === undefined) throw new Error('not read');
        const back = toHubPaper(paper);
        const again = fromHub([back]);
        // Hub → Paper → Hub → Paper: the same paper.
        expect(again.map(content)).toEqual([content(paper)]);
        // And the Hub fields the mapping covers come back as they were.
        expect(back.paper.id).toBe(entry.paper.id);
        expect(back.paper.upvotes).toBe(entry.paper.upvotes);
        expect(back.paper.githubRepo).toBe(entry.paper.githubRepo);
        expect(back.paper.githubStars).toBe(entry.paper.githubStars);
        expect(back.paper.publishedAt).toBe(entry.paper.publishedAt);
        expect(back.paper.submittedOnDailyAt).toBe(entry.paper.submittedOnDailyAt);
        expect(back.paper.authors).toEqual(entry.paper.authors);
        expect(back.numComments).toBe(entry.numComments);
        expect(back.submittedBy).toEqual(entry.submittedBy);
        expect(back.organization).toEqual(entry.organization);
      }),
      { seed, numRuns: 300 },
    );
  });

  it('leaves out what the Hub cannot say, and keeps an organization without a Hub page', () => {
    const [paper] = parseListing(
      'Mar 11\n\nA Title Here\n\nAn abstract. It has sentences.\n\n  • 3 authors\n·\nJul 25 2\n',
    ).papers;
    if (paper === undefined) throw new Error('no paper');
    // Yearless dates and a bare author count have no Hub form.
    expect(toHubPaper(paper)).toEqual({
      paper: { title: 'A Title Here', summary: 'An abstract. It has sentences.' },
      title: 'A Title Here',
      summary: 'An abstract. It has sentences.',
      numComments: 2,
    });
    const withOrg = {
      ...paper,
      organization: { name: 'Some Lab' },
      url: 'https://huggingface.co/papers/x/y',
    };
    expect(toHubPaper(withOrg).organization).toEqual({ fullname: 'Some Lab' });
    expect(toHubPaper(withOrg).paper.id).toBeUndefined();
    expect(fromHub([toHubPaper(withOrg)])[0]?.organization).toEqual({ name: 'Some Lab' });
  });
});
