import { describe, expect, it } from 'vitest';
import {
  type Listing,
  MergedListingSchema,
  mergeListings,
  type Paper,
  type PartialDate,
  parseListing,
} from '../../src/index.js';

const at = (line: number) => ({ line, column: 1, offset: line * 10 });

function paper(fields: Partial<Paper> & { title: string; line?: number }): Paper {
  const { line = 1, ...rest } = fields;
  return {
    abstract: 'An abstract.',
    raw: { title: fields.title, abstract: 'An abstract.' },
    position: { start: at(line), end: at(line + 2) },
    ...rest,
  };
}

function listing(papers: Paper[]): Listing {
  return { papers, chrome: [], diagnostics: [] };
}

const day = (d: number, year?: number): PartialDate =>
  year === undefined ? { month: 12, day: d } : { year, month: 12, day: d };

describe('mergeListings', () => {
  it('keys by arXiv id, keeps every source and listing date, and the counts of the latest day', () => {
    const merged = mergeListings([
      // Read first, but the later day: its counts win over the earlier day read after it.
      {
        source: 'tue.md',
        listing: listing([
          paper({ title: 'A', arxivId: '1', listingDate: day(11, 2024), upvotes: 9 }),
        ]),
      },
      {
        source: 'mon.md',
        listing: listing([
          paper({ title: 'A', arxivId: '1', listingDate: day(10, 2024), upvotes: 3, comments: 4 }),
          paper({ title: 'B', arxivId: '2', listingDate: day(10, 2024) }),
        ]),
      },
    ]);
    expect(MergedListingSchema.parse(merged)).toEqual(merged);
    expect(merged.papers.map((p) => p.title)).toEqual(['A', 'B']);
    const [a] = merged.papers;
    expect(a).toMatchObject({
      source: 'tue.md',
      sources: ['tue.md', 'mon.md'],
      listingDates: [day(10, 2024), day(11, 2024)],
      upvotes: 9,
      // Only Monday shows comments: the latest sighting that shows them.
      comments: 4,
    });
  });

  it('judges yearless sightings by the order given', () => {
    const merged = mergeListings([
      listing([paper({ title: 'A', arxivId: '1', listingDate: day(11), upvotes: 9 })]),
      listing([paper({ title: 'A', arxivId: '1', listingDate: day(10), upvotes: 3 })]),
    ]);
    expect(merged.papers[0]).toMatchObject({ upvotes: 3, sources: ['0', '1'] });
    expect(merged.papers[0]?.listingDates).toEqual([day(11), day(10)]);
  });

  it('matches by normalized title when an id is missing, never across two ids', () => {
    const merged = mergeListings([
      {
        source: 'a.txt',
        listing: listing([paper({ title: 'EMO:  Earth Mover', authorCount: 3 })]),
      },
      {
        source: 'b.md',
        listing: listing([
          paper({ title: 'emo — earth mover.', arxivId: '7', url: 'u' }),
          paper({ title: 'EMO: Earth Mover', arxivId: '8' }),
        ]),
      },
      { source: 'c.txt', listing: listing([paper({ title: 'Emo earth-mover' })]) },
    ]);
    expect(merged.papers).toHaveLength(2);
    expect(merged.papers[0]).toMatchObject({
      title: 'EMO:  Earth Mover',
      arxivId: '7',
      url: 'u',
      authorCount: 3,
      sources: ['a.txt', 'b.md', 'c.txt'],
    });
    expect(merged.papers[1]).toMatchObject({ arxivId: '8', sources: ['b.md'] });
  });

  it('warns when one id has two titles, keeping the first, with the source of the second', () => {
    const first = listing([paper({ title: 'Old Title', arxivId: '1' })]);
    first.diagnostics.push({
      code: 'missing-abstract',
      severity: 'warning',
      message: 'x',
      position: { start: at(9), end: at(9) },
    });
    const merged = mergeListings([
      { source: 'mon.md', listing: first },
      {
        source: 'tue.md',
        listing: listing([paper({ title: 'New Title', arxivId: '1', line: 5 })]),
      },
    ]);
    expect(merged.papers).toHaveLength(1);
    expect(merged.papers[0]).toMatchObject({ title: 'Old Title', sources: ['mon.md', 'tue.md'] });
    expect(merged.diagnostics.map((d) => [d.code, d.severity, d.source])).toEqual([
      ['missing-abstract', 'warning', 'mon.md'],
      ['conflicting-title', 'warning', 'tue.md'],
    ]);
    expect(merged.diagnostics[1]?.position.start.line).toBe(5);
    expect(merged.diagnostics[1]?.message).toBe(
      'arXiv 1 is titled "Old Title" at mon.md:1, here "New Title"; merged under the first title',
    );
  });

  it('keeps the first sighting with an abstract, and fills fields it lacks', () => {
    const merged = mergeListings([
      listing([paper({ title: 'A', abstract: '', arxivId: '1', published: day(1) })]),
      listing([
        paper({
          title: 'A',
          arxivId: '1',
          line: 20,
          published: day(2, 2024),
          publishedAt: '2024-12-02',
        }),
      ]),
    ]);
    // The second has the abstract, so its text and position are kept; `published` too.
    expect(merged.papers[0]).toMatchObject({
      source: '1',
      abstract: 'An abstract.',
      position: { start: at(20) },
      published: day(2, 2024),
      publishedAt: '2024-12-02',
    });
  });

  it('names a bare listing by its metadata url', () => {
    const page = { ...listing([paper({ title: 'A' })]), metadata: { url: 'https://x/papers' } };
    expect(mergeListings([page]).papers[0]?.source).toBe('https://x/papers');
  });

  it('merges two parsed days of the plain-text capture into one paper each', () => {
    const text = (d: number) =>
      `Dec ${d}\n\nEMO: Earth Mover Distance Optimization\n\nWe propose EMO. It is fast.\n\n  • 3 authors\n·\nJul 25 ${d}\n`;
    const merged = mergeListings([
      { source: 'd10.txt', listing: parseListing(text(10), { referenceDate: '2024-12-11' }) },
      { source: 'd11.txt', listing: parseListing(text(11), { referenceDate: '2024-12-11' }) },
    ]);
    expect(merged.papers).toHaveLength(1);
    expect(merged.papers[0]).toMatchObject({ comments: 11, listedAt: '2024-12-10' });
    expect(merged.papers[0]?.listingDates).toEqual([day(10, 2024), day(11, 2024)]);
  });
});
