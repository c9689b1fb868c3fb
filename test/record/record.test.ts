import { describe, expect, it } from 'vitest';
import { type Paper, PaperSchema, parseListing, toPaperRecord } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';
import { captureFixtures, RECORD_KEYS, recordProblems } from '../support/records.js';

const at = (offset: number) => ({ line: 1, column: offset + 1, offset });

/** A paper with every optional field, so each must land somewhere in the record. */
const FULL: Paper = {
  title: 'A × B',
  abstract: 'See https://github.com/a/b.',
  raw: { title: 'A \\times B', abstract: 'See https://github.com/a/b.' },
  listingDate: { year: 2024, month: 12, day: 11 },
  listedAt: '2024-12-11',
  authors: ['Ada Lovelace', 'Alan Turing'],
  authorCount: 2,
  published: { year: 2024, month: 3, day: 11 },
  publishedAt: '2024-03-11T13:00:00.000Z',
  comments: 2,
  arxivId: '2207.06220',
  url: 'https://huggingface.co/papers/2207.06220',
  arxivUrl: 'https://arxiv.org/abs/2207.06220',
  upvotes: 0,
  organization: { name: 'Carnegie Mellon University', url: 'https://huggingface.co/CMU' },
  submittedBy: 'akhaliq',
  githubUrl: 'https://github.com/a/b',
  githubStars: 3290,
  aiSummary: 'A summary.',
  links: ['https://github.com/a/b'],
  fixes: [{ field: 'title', rule: 'times', start: 2, end: 8, before: '\\times', after: '×' }],
  position: { start: at(0), end: { line: 3, column: 4, offset: 40 } },
};

describe('toPaperRecord', () => {
  it('gives every Paper field a place, and a new Paper field fails here until it has one', () => {
    expect(PaperSchema.parse(FULL)).toEqual(FULL);
    // Paper field → the record fields that carry it.
    const carriers: Record<keyof Paper, string[]> = {
      title: ['title'],
      abstract: ['abstract'],
      raw: ['rawTitle', 'rawAbstract'],
      listingDate: ['listingDate', 'listingDates'],
      listedAt: ['listedAt'],
      authors: ['authors'],
      authorCount: ['authorCount'],
      published: ['published'],
      publishedAt: ['publishedAt'],
      comments: ['comments'],
      arxivId: ['arxivId'],
      url: ['url'],
      arxivUrl: ['arxivUrl'],
      upvotes: ['upvotes'],
      organization: ['organization', 'organizationUrl'],
      submittedBy: ['submittedBy'],
      githubUrl: ['githubUrl'],
      githubStars: ['githubStars'],
      aiSummary: ['aiSummary'],
      links: ['links'],
      fixes: ['fixes'],
      position: ['line', 'column', 'offset', 'endLine', 'endColumn', 'endOffset'],
    };
    expect(Object.keys(carriers).sort()).toEqual(Object.keys(PaperSchema.shape).sort());
    const record = toPaperRecord(FULL, { source: 'a.md', raw: true, explain: true });
    expect(recordProblems(record)).toEqual([]);
    for (const fields of Object.values(carriers)) {
      for (const field of fields)
        expect(record[field as keyof typeof record], field).not.toBeNull();
    }
    expect(record).toMatchObject({
      source: 'a.md',
      sources: ['a.md'],
      listingDate: '2024-12-11',
      listingDates: ['2024-12-11'],
      published: '2024-03-11',
      publishedAt: '2024-03-11T13:00:00.000Z',
      organization: 'Carnegie Mellon University',
      organizationUrl: 'https://huggingface.co/CMU',
      line: 1,
      endLine: 3,
      endOffset: 40,
      rawTitle: 'A \\times B',
    });
  });

  it('has every key, null where the page shows nothing, and no raw or fixes unless asked', () => {
    const bare: Paper = {
      title: 'T',
      abstract: '',
      raw: { title: 'T', abstract: '' },
      listingDate: { month: 7, day: 25 },
      published: { month: 7, day: 25 },
      position: { start: at(0), end: at(1) },
    };
    const record = toPaperRecord(bare, { source: '-' });
    expect(Object.keys(record)).toEqual(RECORD_KEYS);
    expect(recordProblems(record)).toEqual([]);
    // Yearless: the ISO fields are null, never '--07-25'; the printed form stays.
    expect(record).toMatchObject({
      listingDate: '--07-25',
      listedAt: null,
      published: '--07-25',
      publishedAt: null,
      links: [],
      authors: null,
      comments: null,
    });
    expect(toPaperRecord(bare, { source: '-', explain: true }).fixes).toEqual([]);
  });

  it.each(captureFixtures())('validates, with ajv and zod, every record of %s', (name) => {
    const { papers } = parseListing(readFixture(name));
    expect(papers.length).toBeGreaterThan(0);
    for (const paper of papers) {
      const record = toPaperRecord(paper, { source: name, raw: true, explain: true });
      expect(recordProblems(record), paper.title).toEqual([]);
      expect(Object.keys(toPaperRecord(paper, { source: name }))).toEqual(RECORD_KEYS);
      expect(record.publishedAt === null).toBe(paper.publishedAt === undefined);
    }
  });
});
