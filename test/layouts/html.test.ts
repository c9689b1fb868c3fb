import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Listing, type Paper, parseListing } from '../../src/index.js';
import { decodeAttribute, valueRange } from '../../src/layouts/html/attribute.js';
import { pageDate } from '../../src/layouts/html/date.js';
import { paperId, scanPage } from '../../src/layouts/html/page.js';
import { walkTags } from '../../src/layouts/html/tokens.js';
import { checkListing } from '../robustness/support/oracle.js';
import { content, readFixture } from '../support/fixtures.js';

const seed = Number(process.env.ROBUSTNESS_SEED ?? 20241211);

/** The `data-props` attribute of the component named `target` in `input`. */
function propsRange(input: string, target: string): { start: number; end: number } {
  const marker = `data-target="${target}" data-props="`;
  const start = input.indexOf(marker) + marker.length - 'data-props="'.length;
  return { start, end: input.indexOf('"', start + 'data-props="'.length) + 1 };
}

function fields(paper: Paper | undefined) {
  if (paper === undefined) throw new Error('no paper');
  const { abstract: _abstract, ...rest } = content(paper);
  return rest;
}

/** Every paper lies inside the papers component's data-props, one after the other. */
function expectInside(input: string, listing: Listing, target = 'DailyPapers'): void {
  const range = propsRange(input, target);
  for (const paper of listing.papers) {
    expect(paper.position.start.offset).toBeGreaterThan(range.start);
    expect(paper.position.end.offset).toBeLessThan(range.end);
    const slice = input.slice(paper.position.start.offset, paper.position.end.offset);
    expect(slice.startsWith('{&quot;paper&quot;:')).toBe(true);
    expect(slice.endsWith('}')).toBe(true);
  }
}

describe('HTML fixtures (embedded data)', () => {
  it('reads a Daily Papers page: every paper with every field, from the page data', () => {
    const input = readFixture('handmade/html-daily.html');
    const listing = parseListing(input);
    checkListing(input, listing, 'markdown');
    expectInside(input, listing);
    expect(listing.source).toBe('embedded-data');
    expect(listing.metadata).toEqual({
      url: 'https://huggingface.co/papers/date/2026-03-06',
      title: 'Daily Papers - Hugging Face',
    });
    expect(listing.date).toEqual({ year: 2026, month: 3, day: 6 });
    expect(listing.diagnostics).toEqual([]);
    expect(listing.papers.map((paper) => paper.arxivId)).toEqual([
      '2602.23229',
      '2603.01873',
      '2409.02908',
      '2310.04691',
      '2109.08668',
    ]);
    // The same records as the Hub's JSON for the day, but listed on the page's day.
    const json = parseListing(readFixture('handmade/hub-daily-papers.json'));
    expect(listing.papers.map(fields)).toEqual(json.papers.map(fields));
    expect(listing.papers.map((paper) => paper.abstract)).toEqual(
      json.papers.map((paper) => paper.abstract),
    );
    expect(fields(listing.papers[1])).toEqual({
      title: 'R&D-Agent: Automating <Data>-Driven "AI" Research',
      listingDate: { year: 2026, month: 3, day: 6 },
      listedAt: '2026-03-06',
      authors: [
        'Xu Yang',
        'Xiao Yang',
        'Shikai Fang',
        'Bowen Xian',
        'Yuante Li',
        'Jian Wang',
        'Minrui Xu',
        'Haoran Pan',
        'Xinpeng Hong',
        'Weiqing Liu',
        'Yelong Shen',
        'Weizhu Chen',
        'Jiang Bian',
      ],
      authorCount: 13,
      published: { year: 2026, month: 3, day: 2 },
      publishedAt: '2026-03-02T15:30:00.000Z',
      comments: 5,
      arxivId: '2603.01873',
      url: 'https://huggingface.co/papers/2603.01873',
      arxivUrl: 'https://arxiv.org/abs/2603.01873',
      upvotes: 41,
      organization: { name: 'Microsoft', url: 'https://huggingface.co/microsoft' },
      submittedBy: 'Jiang-Bian',
      githubUrl: 'https://github.com/microsoft/RD-Agent',
      githubStars: 9817,
      aiSummary:
        'R&D-Agent automates data-driven research with a Researcher and a Developer agent.',
      links: ['https://github.com/microsoft/RD-Agent'],
    });
  });

  it('gives raw text as the page has it, and fixes that slice back through &quot; and \\"', () => {
    const input = readFixture('handmade/html-daily.html');
    const [, rd, mdm] = parseListing(input).papers;
    // Svelte escapes & and " in attribute values; < and > stay as they are.
    expect(rd?.raw.title).toBe(
      'R&amp;D-Agent: Automating <Data>-Driven \\&quot;AI\\&quot; Research',
    );
    expect(input.slice(rd?.position.start.offset, rd?.position.end.offset)).toContain(
      rd?.raw.title,
    );
    expect(mdm?.fixes?.map((fix) => [fix.rule, fix.before])).toEqual([
      ['times', 'times'],
      ['math-words', 'leq'],
      ['text-style', '\\\\textbf{'],
      ['text-style', '}'],
    ]);
    for (const fix of mdm?.fixes ?? []) expect(input.slice(fix.start, fix.end)).toBe(fix.before);
  });

  it('reads the Trending page: no listing date, GitHub stars from the data', () => {
    const input = readFixture('handmade/html-trending.html');
    const listing = parseListing(input);
    checkListing(input, listing, 'markdown');
    expectInside(input, listing);
    expect(listing.diagnostics).toEqual([]);
    expect(listing.date).toBeUndefined();
    expect(listing.metadata?.url).toBe('https://huggingface.co/papers/trending');
    expect(
      listing.papers.map((paper) => [
        paper.arxivId,
        paper.upvotes,
        paper.githubStars,
        paper.listingDate,
      ]),
    ).toEqual([
      ['2510.14528', 117, 61342, undefined],
      ['2508.03680', 98, 9812, undefined],
      ['2603.01873', 41, 9817, undefined],
    ]);
    expect(fields(listing.papers[1])).toMatchObject({
      submittedBy: 'taesiri',
      publishedAt: '2025-08-05T17:50:13.000Z',
      githubUrl: 'https://github.com/microsoft/agent-lightning',
      organization: { name: 'Microsoft', url: 'https://huggingface.co/microsoft' },
    });
  });

  it('reads a search page: the results the cards show, not the day list beside them', () => {
    const input = readFixture('handmade/html-search.html');
    const listing = parseListing(input);
    checkListing(input, listing, 'markdown');
    expect(listing.diagnostics).toEqual([]);
    expect(listing.papers.map((paper) => [paper.arxivId, paper.upvotes, paper.comments])).toEqual([
      ['2606.00683', 101, 6],
      ['2609.11115', 173, 9],
      ['2502.20581', 0, 0],
    ]);
    expect(listing.papers[2]?.title).toBe(
      'The Noisy Path from Source to Citation: Measuring How Scholars Engage with Past Research',
    );
    expect(listing.date).toEqual({ year: 2026, month: 10, day: 2 });
    // The day's list is summarized as chrome, with its position: not silently dropped.
    const other = listing.chrome.find((line) => line.text.includes('dailyPapers'));
    expect(other?.text).toBe(
      'DailyPapers data: 2 more paper entries under "dailyPapers", not the list the page shows',
    );
    expect(
      input.slice(other?.position.start.offset, (other?.position.start.offset ?? 0) + 12),
    ).toBe('data-props="');
  });

  it('summarizes the page chrome: the title and each component whose data holds no papers', () => {
    const input = readFixture('handmade/html-daily.html');
    const { chrome } = parseListing(input);
    expect(chrome.map((line) => line.text)).toEqual([
      'Daily Papers - Hugging Face',
      'SystemThemeMonitor data',
      'MainHeader data',
      'ThemeSwitcher data',
    ]);
    const title = chrome[0];
    expect(input.slice(title?.position.start.offset, title?.position.end.offset)).toBe(
      '<title>Daily Papers - Hugging Face</title>',
    );
  });

  it('reads a page without embedded data from its rendered cards, with a warning', () => {
    const input = readFixture('handmade/html-rendered-cards-only.html');
    const listing = parseListing(input);
    checkListing(input, listing, 'markdown');
    expect(listing.source).toBe('rendered-cards');
    expect(listing.metadata?.title).toBe('Daily Papers - Hugging Face');
    expect(listing.diagnostics.map((found) => [found.code, found.severity])).toEqual([
      ['rendered-cards-only', 'warning'],
    ]);
    expect(listing.diagnostics[0]?.message).toContain('5 rendered cards were read');
    expect(listing.papers.map((paper) => paper.arxivId)).toEqual([
      '2602.23229',
      '2603.01873',
      '2409.02908',
      '2310.04691',
      '2109.08668',
    ]);
    expect(listing.papers[0]).toMatchObject({
      upvotes: 10,
      comments: 1,
      submittedBy: 'marco-garosi',
      organization: { name: 'Multimedia and Human Understanding Group' },
      url: 'https://huggingface.co/papers/2602.23229',
    });
  });

  it.each(['handmade/html-daily.html', 'handmade/html-search.html', 'handmade/html-trending.html'])(
    'reads %s the same from its rendered cards as from its data, where the cards show it',
    (name) => {
      const input = readFixture(name);
      const data = parseListing(input, { normalize: false });
      // The page as a tool that strips attributes and scripts saves it.
      const stripped = input
        .replace(/ data-props="[^"]*"/g, '')
        .replace(/<script[\s\S]*?<\/script>/g, '');
      const cards = parseListing(stripped, { normalize: false });
      expect(data.source).toBe('embedded-data');
      expect(cards.source).toBe('rendered-cards');
      expect(cards.papers.map((paper) => paper.arxivId)).toEqual(
        data.papers.map((paper) => paper.arxivId),
      );
      const shown = [
        'title',
        'abstract',
        'url',
        'upvotes',
        'comments',
        'authorCount',
        'submittedBy',
        'githubUrl',
        'githubStars',
        'arxivUrl',
      ] as const;
      let compared = 0;
      cards.papers.forEach((paper, index) => {
        const truth = data.papers[index];
        for (const key of shown) {
          if (paper[key] === undefined) continue;
          compared++;
          const shownValue = paper[key];
          const exact = truth?.[key];
          if (
            key === 'githubStars' &&
            typeof shownValue === 'number' &&
            typeof exact === 'number'
          ) {
            // A card prints its stars to three figures (`61.3k` for 61,342).
            expect(Math.abs(shownValue - exact), `${paper.arxivId} ${key}`).toBeLessThanOrEqual(
              exact * 0.005,
            );
            continue;
          }
          expect(shownValue, `${paper.arxivId} ${key}`).toEqual(exact);
        }
        if (paper.organization !== undefined) {
          expect(paper.organization.name).toBe(truth?.organization?.name);
        }
        expect(paper.published?.month).toBe(truth?.published?.month);
        expect(paper.published?.day).toBe(truth?.published?.day);
      });
      expect(compared).toBeGreaterThan(cards.papers.length * 5);
      expect(cards.diagnostics.filter((found) => found.severity === 'error')).toEqual([]);
    },
  );

  it('keeps the rendered cards in the stripped fixture: every part a card reader needs', () => {
    const input = readFixture('handmade/html-rendered-cards-only.html');
    const page = scanPage(input);
    expect(page.props).toEqual([]);
    expect(page.cards.map((card) => card.id)).toEqual([
      '2602.23229',
      '2603.01873',
      '2409.02908',
      '2310.04691',
      '2109.08668',
    ]);
    const first = input.slice(page.cards[0]?.start, page.cards[0]?.end);
    for (const part of [
      'Submitted by',
      'Multimedia and Human Understanding Group',
      'Feb 26',
      '#community',
      'text-orange-500',
    ]) {
      expect(first).toContain(part);
    }
    const trending = scanPage(readFixture('handmade/html-trending.html'));
    const card = readFixture('handmade/html-trending.html').slice(
      trending.cards[0]?.start,
      trending.cards[0]?.end,
    );
    expect(card).toContain('https://arxiv.org/abs/2510.14528');
    expect(card).toContain('Published on Oct 16, 2025');
  });
});

describe('HTML pages', () => {
  const entry = (id: string, title: string) => ({
    paper: { id, title, upvotes: 1 },
    numComments: 0,
  });
  const props = (value: unknown) =>
    JSON.stringify(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  const page = (body: string) =>
    `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`;
  const card = (id: string) => `<article><h3><a href="/papers/${id}">x</a></h3></article>`;

  it('warns when the rendered cards and the data disagree', () => {
    const input = page(
      `<div class="SVELTE_HYDRATER contents" data-target="DailyPapers" data-props="${props({ dailyPapers: [entry('2401.00001', 'A'), entry('2401.00002', 'B')] })}">${card('2401.00001')}${card('2401.00009')}</div>`,
    );
    const listing = parseListing(input);
    // The card the data lacks (a page saved after "Load more") is read from its markup.
    expect(listing.papers.map((paper) => paper.arxivId)).toEqual([
      '2401.00001',
      '2401.00002',
      '2401.00009',
    ]);
    expect(listing.diagnostics.map((found) => [found.code, found.severity, found.message])).toEqual(
      [
        [
          'cards-data-mismatch',
          'warning',
          'The rendered cards and the embedded data disagree: 1 card(s) not in the data, read from the markup (2401.00009); 1 paper(s) in the data without a card (2401.00002)',
        ],
        ['missing-abstract', 'warning', 'Title has no abstract after it: "x"'],
      ],
    );
  });

  it('reports truncated data-props at the point it breaks, mapped through the entities', () => {
    const json = '{&quot;dailyPapers&quot;:[{&quot;paper&quot;:{&quot;id&quot;:&quot;2401';
    const input = page(`<div data-target="DailyPapers" data-props="${json}"></div>`);
    const listing = parseListing(input);
    expect(listing.papers).toEqual([]);
    // In input order: the page-level note sits at the page's start.
    expect(listing.diagnostics.map((found) => found.code)).toEqual([
      'no-paper-data',
      'invalid-json',
    ]);
    const broken = listing.diagnostics.find((found) => found.code === 'invalid-json');
    expect(broken?.message).toBe(
      "Component DailyPapers's data-props is not JSON: Unterminated string",
    );
    // The unterminated string starts at the &quot; before 2401.
    expect(
      input.slice(broken?.position.start.offset, (broken?.position.start.offset ?? 0) + 10),
    ).toBe('&quot;2401');
  });

  it('reads single-quoted and unquoted attribute values, CRLF inside, uppercase names', () => {
    const value = JSON.stringify({ dailyPapers: [entry('2401.00001', 'Line\r\none')] }).replaceAll(
      ',',
      ',\r\n',
    );
    const input = `<HTML><BODY><DIV DATA-TARGET=DailyPapers DATA-PROPS='${value}'></DIV></BODY></HTML>`;
    const listing = parseListing(input, { format: 'html' });
    checkListing(input, listing, 'markdown');
    expect(listing.papers.map((paper) => paper.title)).toEqual(['Line one']);
    expect(listing.papers[0]?.raw.title).toBe('Line\\r\\none');
  });

  it('never reads data-props from scripts, comments, styles or attribute values', () => {
    const fake = `data-props="${props({ dailyPapers: [entry('2401.00666', 'Fake')] })}"`;
    const input = page(
      `<script>var x = '<div ${fake}>';</script><!-- <div ${fake}> --><style>.a{content:'<div ${fake}>'}</style><textarea><div ${fake}></textarea><div title='<div ${fake}>'></div>`,
    );
    const listing = parseListing(input, { format: 'html' });
    expect(listing.papers).toEqual([]);
    expect(listing.diagnostics.map((found) => found.code)).toEqual(['no-paper-data']);
  });

  it('takes the head title, not an SVG title, and reads a paper page as one paper', () => {
    const input = `<html><head><link rel="canonical" href="https://huggingface.co/papers/2401.00001"><title>A &amp; B</title></head><body><svg><title>Icon</title></svg><div data-target="PaperContent" data-props="${props({ paper: { id: '2401.00001', title: 'One Paper', summary: 'It works.' }, comments: [] })}"></div></body></html>`;
    const listing = parseListing(input);
    expect(listing.metadata).toEqual({
      url: 'https://huggingface.co/papers/2401.00001',
      title: 'A & B',
    });
    expect(listing.papers.map((paper) => [paper.title, paper.abstract])).toEqual([
      ['One Paper', 'It works.'],
    ]);
    const svgFirst = scanPage('<svg><title>Icon</title></svg><title>Page</title>');
    expect(svgFirst.title?.text).toBe('Page');
  });

  it('says so when a page has neither data nor cards', () => {
    const listing = parseListing('<!doctype html><html><body><p>Nothing</p></body></html>');
    expect(listing.diagnostics.map((found) => [found.code, found.message])).toEqual([
      ['no-paper-data', 'The page has no embedded data (data-props) and no paper cards'],
    ]);
  });

  it('reads SVG and MathML as foreign content: CDATA, and raw-text tags that are not', () => {
    const data = `<div data-target="DailyPapers" data-props="${props({ dailyPapers: [entry('2401.00001', 'Kept')] })}"></div>`;
    const input = page(
      `<svg><style><![CDATA[ a > b ]]></style><foreignObject><p>html</p></foreignObject></svg><math><mi>x</mi></math>${data}<svg/>`,
    );
    expect(parseListing(input).papers.map((paper) => paper.title)).toEqual(['Kept']);
  });
});

describe('decodeAttribute', () => {
  /**
   * The value of the attribute `a` in `<p a="…">`, as the tokenizer reads it (which
   * test/layouts/html-tokenizer.test.ts holds to parse5's reading).
   */
  function tokenizerValue(source: string): string | undefined {
    let value: string | undefined;
    walkTags(`<p a="${source}">`, {
      startTag(token) {
        value = token.attrs.find((attribute) => attribute.name === 'a')?.value;
      },
      endTag() {},
    });
    return value;
  }

  it('decodes as the tokenizer does, and maps each character back to its source', () => {
    const pieces = [
      '&quot;',
      '&amp;',
      '&amp',
      '&ampx',
      '&lt;',
      '&#39;',
      '&#x27;',
      '&#128512;',
      '&#0;',
      '&#x80;',
      '&notin;',
      '&notit;',
      '&NotEqualTilde;',
      '&',
      '&;',
      '&#',
      '&#x',
      'a',
      'é',
      '\r\n',
      '\r',
      '\n',
      '\0',
      '{',
      '😀',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
        const raw = parts.join('');
        const input = `<p a="${raw}">`;
        const expected = tokenizerValue(raw) ?? '';
        const range = valueRange(input, 3, 3 + 4 + raw.length);
        expect(range).toEqual({ start: 6, end: 6 + raw.length });
        const decoded = decodeAttribute(input, range.start, range.end, expected);
        expect(decoded?.value).toBe(expected);
        for (let index = 0; index <= expected.length; index++) {
          const at = decoded?.offsetAt(index) ?? -1;
          expect(at).toBeGreaterThanOrEqual(range.start);
          expect(at).toBeLessThanOrEqual(range.end);
          // A character that came from a reference maps to the reference's "&".
          const rest = tokenizerValue(input.slice(at, range.end)) ?? '';
          if (index === expected.length || !/[\uD800-\uDFFF]/.test(expected[index] ?? '')) {
            expect(
              expected.slice(index).endsWith(rest) || rest.endsWith(expected.slice(index)),
            ).toBe(true);
          }
        }
      }),
      { seed, numRuns: 400 },
    );
  });

  it('gives no map for a value the tokenizer read differently', () => {
    expect(decodeAttribute('<p a="x">', 6, 7, 'y')).toBeUndefined();
  });

  it('finds the value of quoted and unquoted attributes', () => {
    expect(valueRange('<a data-props="{}">', 3, 18)).toEqual({ start: 15, end: 17 });
    expect(valueRange("<a b = '{}'>", 3, 11)).toEqual({ start: 8, end: 10 });
    expect(valueRange('<a b=x>', 3, 6)).toEqual({ start: 5, end: 6 });
    expect(valueRange('<a b>', 3, 4)).toEqual({ start: 4, end: 4 });
  });
});

describe('page helpers', () => {
  it('finds paper ids in links', () => {
    expect(paperId('/papers/2401.00001')).toBe('2401.00001');
    expect(paperId('https://huggingface.co/papers/2401.00001')).toBe('2401.00001');
    expect(paperId('/papers/2401.00001#community')).toBeUndefined();
    expect(paperId('/papers/trending')).toBeUndefined();
    expect(paperId('/papers/date/2024-01-10')).toBeUndefined();
    expect(paperId('/models')).toBeUndefined();
    expect(paperId(undefined)).toBeUndefined();
  });

  it('finds the page day in the data, then the URL, never on the Trending page', () => {
    expect(pageDate({ dateString: '2026-10-02' }, undefined)).toEqual({
      year: 2026,
      month: 10,
      day: 2,
    });
    expect(pageDate({}, 'https://huggingface.co/papers/date/2024-01-10')).toEqual({
      year: 2024,
      month: 1,
      day: 10,
    });
    expect(pageDate({}, 'https://huggingface.co/papers?date=2024-02-29')).toEqual({
      year: 2024,
      month: 2,
      day: 29,
    });
    expect(pageDate({}, 'https://huggingface.co/papers?update=2024-02-28')).toBeUndefined();
    expect(pageDate({ dateString: '2023-02-29' }, undefined)).toBeUndefined();
    expect(pageDate({ dateString: '2026-W10' }, undefined)).toBeUndefined();
    expect(pageDate({ isTrending: true, dateString: '2026-10-02' }, undefined)).toBeUndefined();
    expect(
      pageDate(null, 'https://huggingface.co/papers/trending?date=2026-10-02'),
    ).toBeUndefined();
  });
});
