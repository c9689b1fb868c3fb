import { describe, expect, it } from 'vitest';
import { PaperSchema, parseListing } from '../../src/index.js';
import { readFixture, TEXT_FIXTURE_NAMES, TEXT_FIXTURES } from '../support/fixtures.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

describe.each(TEXT_FIXTURE_NAMES)('parseListing(%s)', (name) => {
  const text = readFixture(name);
  const lines = text.split('\n');
  const listing = parseListing(text, { normalize: false });

  it('finds every paper and reports nothing', () => {
    expect(listing.papers).toHaveLength(TEXT_FIXTURES[name]);
    expect(listing.diagnostics).toEqual([]);
  });

  it('keeps each title and abstract as its exact source line', () => {
    for (const paper of listing.papers) {
      const titleLine = paper.position.start.line - 1;
      expect(lines[titleLine]).toBe(paper.raw.title);
      const abstractLine = lines.findIndex((line, index) => index > titleLine && line !== '');
      expect(lines[abstractLine]).toBe(paper.raw.abstract);
      expect(paper.title).toBe(paper.raw.title.trim());
      expect(paper.abstract.length).toBeGreaterThan(1000);
    }
  });

  it('gives positions that slice back to the paper', () => {
    for (const paper of listing.papers) {
      const slice = text.slice(paper.position.start.offset, paper.position.end.offset);
      expect(slice.startsWith(paper.raw.title)).toBe(true);
      expect(slice).toContain(paper.raw.abstract);
    }
  });

  it('returns papers that pass PaperSchema', () => {
    for (const paper of listing.papers) expect(PaperSchema.parse(paper)).toEqual(paper);
  });

  it('reads the listing date line', () => {
    const dateLine = lines.find((line) => /^[A-Z][a-z]{2} \d{1,2}$/.test(line)) ?? '';
    const [month = '', day = ''] = dateLine.split(' ');
    const expected = { month: MONTHS.indexOf(month) + 1, day: Number(day) };
    expect(listing.date).toEqual(expected);
    for (const paper of listing.papers) expect(paper.listingDate).toEqual(expected);
  });

  it('keeps the page chrome as chrome', () => {
    expect(listing.chrome.map((line) => line.text)).toContain('Subscribe');
    const titles = new Set(listing.papers.map((paper) => paper.title));
    for (const line of listing.chrome) expect(titles.has(line.text)).toBe(false);
  });
});

describe('the footers of 001_3000abd2b438303c.txt', () => {
  const name = '001_3000abd2b438303c.txt';
  const lines = readFixture(name).split('\n');
  // Read the footers straight from the text: title, blank, abstract, blank, authors, ·, date.
  const expected = lines.flatMap((line, index) => {
    const authors = /^ {2}• (\d+) authors$/.exec(line);
    if (!authors) return [];
    const date = /^([A-Z][a-z]{2}) (\d+)(?:, (\d{4}))?(?: (\d+))?$/.exec(lines[index + 2] ?? '');
    if (!date || lines[index + 1] !== '·')
      throw new Error(`unexpected footer at line ${index + 1}`);
    return [
      {
        title: lines[index - 4],
        authorCount: Number(authors[1]),
        published: {
          ...(date[3] ? { year: Number(date[3]) } : {}),
          month: MONTHS.indexOf(date[1] ?? '') + 1,
          day: Number(date[2]),
        },
        comments: date[4] === undefined ? undefined : Number(date[4]),
      },
    ];
  });

  it('has a footer on all 41 cards, 11 with comment counts', () => {
    expect(expected).toHaveLength(41);
    expect(expected.filter((footer) => footer.comments !== undefined)).toHaveLength(11);
  });

  it('gives every author count, date and comment count as printed', () => {
    const listing = parseListing(readFixture(name));
    expect(
      listing.papers.map((paper) => ({
        title: paper.raw.title,
        authorCount: paper.authorCount,
        published: paper.published,
        comments: paper.comments,
      })),
    ).toEqual(expected);
    expect(listing.date).toEqual({ month: 12, day: 11 });
  });

  it('leaves yearless dates yearless without a reference date', () => {
    const listing = parseListing(readFixture(name));
    const yearless = listing.papers.filter((paper) => paper.published?.year === undefined);
    expect(yearless.length).toBeGreaterThan(0);
    for (const paper of yearless) expect(paper.publishedAt).toBeUndefined();
  });

  it('resolves years against the reference date', () => {
    const listing = parseListing(readFixture(name), { referenceDate: '2024-12-11' });
    expect(listing.date).toEqual({ year: 2024, month: 12, day: 11 });
    const first = listing.papers[0];
    expect(first?.publishedAt).toBe('2023-10-07'); // printed with its year
    const second = listing.papers[1];
    expect(second?.published).toEqual({ year: 2024, month: 7, day: 25 }); // "Jul 25"
    expect(second?.publishedAt).toBe('2024-07-25');
    for (const paper of listing.papers) expect(paper.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
