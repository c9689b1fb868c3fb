import { describe, expect, it } from 'vitest';
import { ISO_DATE_TIME } from '../../src/hub/record.js';
import { IsoDateTimeSchema, ListingParseError, type Paper, parseListing } from '../../src/index.js';
import { checkListing } from '../robustness/support/oracle.js';
import { content, readFixture } from '../support/fixtures.js';

const hub = (input: string) => parseListing(input, { format: 'hub-json' });

/** The fields a paper carries, without raw text, positions and fixes. */
function fields(paper: Paper | undefined) {
  if (paper === undefined) throw new Error('no paper');
  const { abstract: _abstract, ...rest } = content(paper);
  return rest;
}

describe('Hub JSON fixtures', () => {
  it('reads /api/daily_papers: every field of every entry', () => {
    const input = readFixture('handmade/hub-daily-papers.json');
    const listing = parseListing(input);
    checkListing(input, listing, 'markdown');
    expect(listing.diagnostics).toEqual([]);
    expect(listing.papers.map((paper) => paper.arxivId)).toEqual([
      '2602.23229',
      '2603.01873',
      '2409.02908',
      '2310.04691',
      '2109.08668',
    ]);
    expect(fields(listing.papers[0])).toEqual({
      title: 'Large Multimodal Models as General In-Context Classifiers',
      listingDate: { year: 2026, month: 3, day: 6 },
      listedAt: '2026-03-06',
      authors: [
        'Marco Garosi',
        'Matteo Farina',
        'Alessandro Conti',
        'Massimiliano Mancini',
        'Elisa Ricci',
      ],
      authorCount: 5,
      published: { year: 2026, month: 2, day: 26 },
      publishedAt: '2026-02-26T17:08:18.000Z',
      comments: 1,
      arxivId: '2602.23229',
      url: 'https://huggingface.co/papers/2602.23229',
      arxivUrl: 'https://arxiv.org/abs/2602.23229',
      upvotes: 10,
      organization: {
        name: 'Multimedia and Human Understanding Group',
        url: 'https://huggingface.co/MHUGLab',
      },
      submittedBy: 'marco-garosi',
      githubUrl: 'https://github.com/marco-garosi/CIRCLE',
      githubStars: 9,
      aiSummary:
        'Large Multimodal Models demonstrate superior performance in closed-world classification with in-context learning and excel in open-world scenarios when equipped with context refinement techniques.',
      links: ['https://github.com/marco-garosi/CIRCLE'],
    });
    // The abstract is the paper's summary, its JSON escapes (\") decoded.
    expect(listing.papers[0]?.abstract).toContain('their "in-context" equivalent.');
    // Title and abstract text of R&D-Agent: no HTML layer in JSON.
    expect(listing.papers[1]?.title).toBe('R&D-Agent: Automating <Data>-Driven "AI" Research');
    expect(listing.papers[1]?.links).toEqual(['https://github.com/microsoft/RD-Agent']);
    // No GitHub repository, no organization: the fields are absent, not empty.
    expect(fields(listing.papers[4])).toEqual({
      title: 'Primer: Searching for Efficient Transformers for Language Modeling',
      listingDate: { year: 2026, month: 3, day: 6 },
      listedAt: '2026-03-06',
      authors: [
        'David R. So',
        'Wojciech Mańke',
        'Hanxiao Liu',
        'Zihang Dai',
        'Noam Shazeer',
        'Quoc V. Le',
      ],
      authorCount: 6,
      published: { year: 2021, month: 9, day: 17 },
      publishedAt: '2021-09-17T17:39:03.000Z',
      comments: 0,
      arxivId: '2109.08668',
      url: 'https://huggingface.co/papers/2109.08668',
      arxivUrl: 'https://arxiv.org/abs/2109.08668',
      upvotes: 0,
      submittedBy: 'akhaliq',
    });
  });

  it('normalizes titles and abstracts, with fixes that slice back to the JSON source', () => {
    const input = readFixture('handmade/hub-daily-papers.json');
    const mdm = parseListing(input).papers[2];
    // "…and\n  Exploit…": a JSON \n escape and indentation, collapsed.
    expect(mdm?.title).toBe(
      'Masked Diffusion Models are Secretly Time-Agnostic Masked Models and Exploit Inaccurate Categorical Sampling',
    );
    expect(mdm?.raw.title).toBe(
      'Masked Diffusion Models are Secretly Time-Agnostic Masked Models and\\n  Exploit Inaccurate Categorical Sampling',
    );
    expect(mdm?.abstract).toContain('achieving a 20× speedup');
    expect(mdm?.abstract).toContain('with p ≤ 0.01 on Direct comparisons.');
    const rules = mdm?.fixes?.map((fix) => fix.rule);
    expect(rules).toEqual(['times', 'math-words', 'text-style', 'text-style']);
    for (const fix of mdm?.fixes ?? []) expect(input.slice(fix.start, fix.end)).toBe(fix.before);
    // The \\textbf escape is two source characters per backslash.
    expect(mdm?.fixes?.[2]?.before).toBe('\\\\textbf{');
  });

  it('reads /api/papers/search (one line, as curl saves it)', () => {
    const input = readFixture('handmade/hub-papers-search.json');
    const listing = parseListing(input);
    checkListing(input, listing, 'markdown');
    expect(listing.diagnostics).toEqual([]);
    expect(listing.papers.map((paper) => [paper.arxivId, paper.upvotes, paper.comments])).toEqual([
      ['2606.00683', 101, 6],
      ['2609.11115', 173, 9],
      ['2502.20581', 0, 0],
    ]);
    expect(listing.papers[0]?.organization).toEqual({
      name: 'OCC',
      url: 'https://huggingface.co/occ-ai',
    });
    // The listing date of a Hub entry is the day it was submitted to Daily Papers.
    expect(listing.papers[2]?.listingDate).toEqual({ year: 2025, month: 3, day: 3 });
    expect(listing.papers[0]?.position.start).toEqual({ line: 1, column: 2, offset: 1 });
  });

  it('reads a flattened mirror (dotted keys) to the same fields as the nested form', () => {
    const input = readFixture('handmade/hub-mirror-flat.json');
    const listing = parseListing(input);
    checkListing(input, listing, 'markdown');
    expect(listing.diagnostics).toEqual([]);
    expect(listing.papers).toHaveLength(3);
    const lightning = listing.papers[1];
    expect(fields(lightning)).toMatchObject({
      title: 'Agent Lightning: Train ANY AI Agents with Reinforcement Learning',
      authorCount: 8,
      publishedAt: '2025-08-05T17:50:13.000Z',
      comments: 2,
      upvotes: 98,
      organization: { name: 'Microsoft', url: 'https://huggingface.co/microsoft' },
      submittedBy: 'taesiri',
      githubUrl: 'https://github.com/microsoft/agent-lightning',
      githubStars: 9812,
    });
    expect(lightning?.raw.title).toBe(
      'Agent Lightning: Train ANY AI Agents with Reinforcement Learning',
    );
  });

  it('reads JSON Lines of /api/papers/<id> records, positioned by line', () => {
    const input = readFixture('handmade/hub-papers.jsonl');
    const listing = parseListing(input);
    checkListing(input, listing, 'markdown');
    expect(listing.diagnostics).toEqual([]);
    expect(listing.papers.map((paper) => [paper.arxivId, paper.position.start.line])).toEqual([
      ['2609.11115', 1],
      ['2502.20581', 2],
      ['2409.02908', 3],
    ]);
    expect(listing.papers[2]?.submittedBy).toBe('taesiri');
    expect(listing.papers[2]?.comments).toBe(3);
  });
});

describe('Hub JSON forms', () => {
  const entry = (paper: Record<string, unknown>, rest: Record<string, unknown> = {}) => ({
    paper: { id: '2401.00001', title: 'A Title', ...paper },
    ...rest,
  });

  it('reads a single record, and rows of a dataset viewer', () => {
    const single = hub(
      JSON.stringify({ id: '2401.00001', title: 'A Title', summary: 'An abstract.' }),
    );
    expect(single.papers.map((paper) => [paper.arxivId, paper.abstract])).toEqual([
      ['2401.00001', 'An abstract.'],
    ]);
    const rows = hub(
      JSON.stringify({
        features: [{ name: 'title' }],
        rows: [
          {
            row_idx: 0,
            row: { id: '2401.00002', title: 'Row Title', upvotes: 4 },
            truncated_cells: [],
          },
        ],
      }),
    );
    expect(rows.papers.map((paper) => [paper.title, paper.upvotes])).toEqual([['Row Title', 4]]);
    expect(rows.diagnostics).toEqual([]);
  });

  it('reads every list of entries in a document, in order', () => {
    const listing = hub(
      JSON.stringify({
        '2024-01-10': [entry({ id: '2401.00001', title: 'First' })],
        '2024-01-11': [entry({ id: '2401.00002', title: 'Second' })],
      }),
    );
    expect(listing.papers.map((paper) => paper.title)).toEqual(['First', 'Second']);
  });

  it('takes authors as names or as objects, and organizations as slugs', () => {
    const listing = hub(
      JSON.stringify([
        {
          id: '2401.00001',
          title: 'T',
          authors: ['Ada', 'Alan'],
          organization: { name: 'nvidia' },
        },
      ]),
    );
    expect(fields(listing.papers[0])).toMatchObject({
      authors: ['Ada', 'Alan'],
      authorCount: 2,
      organization: { name: 'nvidia', url: 'https://huggingface.co/nvidia' },
    });
  });

  it('gives no arXiv fields for an id that is not an arXiv id, but keeps the paper page', () => {
    const [paper] = hub(JSON.stringify([entry({ id: 'hf-native-1' })])).papers;
    expect(paper?.url).toBe('https://huggingface.co/papers/hf-native-1');
    expect(paper?.arxivId).toBeUndefined();
    expect(paper?.arxivUrl).toBeUndefined();
  });

  it('leaves out a field of the wrong shape, with a warning at its value', () => {
    const input = JSON.stringify([
      entry(
        { upvotes: '1,234', publishedAt: '2024-02-30T00:00:00Z', githubRepo: 'not a url' },
        { numComments: -1 },
      ),
    ]);
    const listing = hub(input);
    expect(listing.papers).toHaveLength(1);
    const paper = listing.papers[0];
    expect(paper?.upvotes).toBeUndefined();
    expect(paper?.publishedAt).toBeUndefined();
    expect(paper?.githubUrl).toBeUndefined();
    expect(paper?.comments).toBeUndefined();
    expect(listing.diagnostics.map((found) => [found.code, found.severity])).toEqual([
      ['invalid-field', 'warning'],
      ['invalid-field', 'warning'],
      ['invalid-field', 'warning'],
      ['invalid-field', 'warning'],
    ]);
    const slices = listing.diagnostics.map((found) =>
      input.slice(found.position.start.offset, found.position.end.offset),
    );
    // In input order.
    const starts = listing.diagnostics.map((found) => found.position.start.offset);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect([...slices].sort()).toEqual(
      ['"2024-02-30T00:00:00Z"', '"1,234"', '-1', '"not a url"'].sort(),
    );
  });

  it('reports an entry without a title and reads the others', () => {
    const input = JSON.stringify([entry({ title: '   ' }), 42, entry({ title: 'Kept' })]);
    const listing = hub(input);
    expect(listing.papers.map((paper) => paper.title)).toEqual(['Kept']);
    expect(listing.diagnostics.map((found) => found.code)).toEqual([
      'invalid-entry',
      'invalid-entry',
    ]);
    const second = listing.diagnostics[1];
    expect(input.slice(second?.position.start.offset, second?.position.end.offset)).toBe('42');
  });

  it('says where a document stops being JSON, and reads nothing of it', () => {
    const input = '[{"paper": {"id": "2401.00001", "title": "T"}},\n {"paper": {"id": ';
    const listing = hub(input);
    expect(listing.papers).toEqual([]);
    expect(listing.diagnostics).toMatchObject([
      {
        code: 'invalid-json',
        severity: 'error',
        message: 'JSON document is not JSON: Unexpected end of JSON',
        position: { start: { line: 2, column: 19, offset: input.length } },
      },
    ]);
    expect(() => parseListing(input, { format: 'hub-json', strict: true })).toThrow(
      ListingParseError,
    );
  });

  it('reads the other JSON Lines lines when one is broken, with CRLF, CR and blank lines', () => {
    const input =
      '{"id": "2401.00001", "title": "A"}\r\n\r\n{"id": "2401.00002", "title"}\r{"id": "2401.00003", "title": "C"}';
    const listing = hub(input);
    expect(listing.papers.map((paper) => [paper.title, paper.position.start.line])).toEqual([
      ['A', 1],
      ['C', 4],
    ]);
    expect(listing.diagnostics).toMatchObject([
      { code: 'invalid-json', position: { start: { line: 3, column: 29 } } },
    ]);
    checkListing(input, listing, 'markdown');
  });

  it('says when valid JSON holds no papers, and stays silent for an empty list', () => {
    expect(hub('{"models": [{"id": "gpt2"}]}').diagnostics.map((found) => found.code)).toEqual([
      'no-paper-data',
    ]);
    const empty = { layout: 'hub-json', papers: [], chrome: [], diagnostics: [] };
    expect(hub('[]')).toEqual(empty);
    expect(hub('{"dailyPapers": []}')).toEqual(empty);
    expect(hub('')).toEqual(empty);
  });

  it('skips a BOM', () => {
    const listing = hub('\uFEFF[{"id": "2401.00001", "title": "T"}]');
    expect(listing.papers.map((paper) => paper.position.start.offset)).toEqual([2]);
    expect(hub('\uFEFF{"id": "2401.00001", "title": "T"}\n').papers).toHaveLength(1);
  });

  it('keeps __proto__ keys as data and never reads inherited properties', () => {
    const input =
      '[{"__proto__": {"title": "Injected"}, "paper": {"__proto__": {"upvotes": 5}, "id": "2401.00001", "title": "T", "constructor": 1}}]';
    const listing = hub(input);
    expect(listing.papers.map((paper) => [paper.title, paper.upvotes])).toEqual([['T', undefined]]);
    expect(({} as Record<string, unknown>).title).toBeUndefined();
    expect(({} as Record<string, unknown>).upvotes).toBeUndefined();
    const dotted = hub(
      '[{"id": "2401.00001", "title": "T", "organization.__proto__": "x", "organization.name": "acme"}]',
    );
    expect(dotted.papers[0]?.organization).toEqual({
      name: 'acme',
      url: 'https://huggingface.co/acme',
    });
    expect(Object.getPrototypeOf(dotted.papers[0]?.organization)).toBe(Object.prototype);
  });
});

describe('Hub JSON date check', () => {
  it('accepts exactly the ISO forms IsoDateTimeSchema accepts', () => {
    const samples = [
      '2024-03-11',
      '2024-03-11T10:00Z',
      '2024-03-11T10:00:00Z',
      '2024-03-11T10:00:00.123Z',
      '2024-03-11T10:00:00.123456789+05:30',
      '2024-03-11T10:00:00',
      '2024-03-11 10:00:00Z',
      '2024-3-11',
      '11 March 2024',
      '2024-03-11T10:00:00.1234567890Z',
    ];
    for (const sample of samples) {
      expect(ISO_DATE_TIME.test(sample), sample).toBe(IsoDateTimeSchema.safeParse(sample).success);
    }
  });
});
