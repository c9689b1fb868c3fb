/**
 * The JSON Schemas shipped in `schema/` are generated from the zod schemas by
 * `scripts/build-schemas.mjs` at build time and committed. This test runs the same
 * recipe on the source module, checks the committed files are not stale, and that the
 * schemas accept every paper and listing parsed from the real fixtures and reject
 * what zod rejects.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatJson, jsonSchemas } from '../../scripts/build-schemas.mjs';
import * as api from '../../src/index.js';
import { readFixture, TEXT_FIXTURE_NAMES, TEXT_FIXTURES } from '../support/fixtures.js';
import { schemaErrors } from './json-schema-check.js';

const schemas = new Map(jsonSchemas(api).map(({ file, schema }) => [file, schema]));
const paperSchema = schemas.get('paper.schema.json') ?? {};
const listingSchema = schemas.get('listing.schema.json') ?? {};

/** The plain-text captures and the Markdown one (120 papers, with links and counts). */
const FIXTURE_COUNTS: Record<string, number> = {
  ...TEXT_FIXTURES,
  'md-firecrawl-search.md': 120,
};
const listings = [...TEXT_FIXTURE_NAMES, 'md-firecrawl-search.md'].map((name) => ({
  name,
  listing: api.parseListing(readFixture(name), { referenceDate: '2024-12-11' }),
}));

describe('generated JSON Schemas', () => {
  it('are the three documents the package exports as paper-listing/schema/*', () => {
    expect([...schemas.keys()]).toEqual([
      'paper.schema.json',
      'listing.schema.json',
      'record.schema.json',
    ]);
    expect(paperSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(paperSchema.title).toBe('Paper');
    expect(listingSchema.title).toBe('Listing');
  });

  it.each([...schemas])('are committed up to date: schema/%s', (file, schema) => {
    const committed = readFileSync(new URL(`../../schema/${file}`, import.meta.url), 'utf8');
    // On failure: `npm run build` regenerates schema/; commit the result.
    expect(committed).toBe(`${formatJson(schema)}\n`);
  });

  it('are closed objects requiring what zod requires', () => {
    expect(paperSchema.additionalProperties).toBe(false);
    expect(paperSchema.required).toEqual(['title', 'abstract', 'raw', 'position']);
    expect(listingSchema.required).toEqual(['papers', 'chrome', 'diagnostics']);
  });

  it.each(listings)('accept every paper parsed from $name', ({ name, listing }) => {
    expect(listing.papers).toHaveLength(FIXTURE_COUNTS[name] ?? -1);
    for (const paper of listing.papers) {
      expect(schemaErrors(paperSchema, paper), paper.title).toEqual([]);
    }
  });

  it.each(listings)('accept the whole listing parsed from $name', ({ listing }) => {
    expect(schemaErrors(listingSchema, listing)).toEqual([]);
  });

  it('cover the optional fields the fixtures exercise', () => {
    const papers = listings.flatMap(({ listing }) => listing.papers);
    const fields = ['authorCount', 'publishedAt', 'organization', 'upvotes', 'arxivId', 'url'];
    for (const field of fields) {
      expect(
        papers.some((paper) => field in paper),
        field,
      ).toBe(true);
    }
  });

  it('accept a paper with every optional field, as zod does', () => {
    // Markdown captures and normalization fill these; built by hand so the check
    // does not wait for that work. zod must accept it first, or the test is wrong.
    const at = (offset: number) => ({ line: 1, column: offset + 1, offset });
    const full: api.Paper = {
      title: 'A × B',
      abstract: 'See https://github.com/a/b.',
      raw: { title: 'A \\times B', abstract: 'See https://github.com/a/b.' },
      listingDate: { month: 3, day: 11 },
      authorCount: 3,
      published: { year: 2024, month: 3, day: 11 },
      publishedAt: '2024-03-11',
      comments: 2,
      arxivId: '2403.01234',
      url: 'https://huggingface.co/papers/2403.01234',
      upvotes: 0,
      organization: { name: 'Carnegie Mellon University', url: 'https://huggingface.co/CMU' },
      links: ['https://github.com/a/b'],
      fixes: [{ field: 'title', rule: 'times', start: 2, end: 8, before: '\\times', after: '×' }],
      position: { start: at(0), end: at(40) },
    };
    expect(api.PaperSchema.parse(full)).toEqual(full);
    expect(schemaErrors(paperSchema, full)).toEqual([]);
  });

  it('reject what PaperSchema rejects', () => {
    const paper = listings[0]?.listing.papers[0];
    expect(paper).toBeDefined();
    const broken: unknown[] = [
      { ...paper, title: '' },
      { ...paper, extra: 1 },
      { ...paper, authorCount: 1.5 },
      { ...paper, publishedAt: '11 Mar 2024' },
      { ...paper, published: { month: 13, day: 1 } },
      {
        ...paper,
        fixes: [{ field: 'body', rule: 'x', start: 0, end: 1, before: 'a', after: 'b' }],
      },
      { ...paper, position: undefined },
    ];
    for (const value of broken) {
      expect(api.PaperSchema.safeParse(value).success).toBe(false);
      expect(schemaErrors(paperSchema, JSON.parse(JSON.stringify(value)))).not.toEqual([]);
    }
  });
});
