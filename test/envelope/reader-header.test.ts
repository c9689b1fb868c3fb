import { describe, expect, it } from 'vitest';
import { parseListing, parseListingStream } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';

/** The firecrawl capture's page, under a reader's header instead of its front matter. */
const body = readFixture('md-firecrawl-search.md').replace(/^---[\s\S]*?---\n/, '');
const header =
  'Title: Daily Papers - Hugging Face\n\nURL Source: https://huggingface.co/papers/date/2026-03-11\n\nPublished Time: Wed, 11 Mar 2026 10:00:00 GMT\n\nMarkdown Content:\n';

describe("a reader's header (jina's `r.jina.ai`)", () => {
  it('gives the metadata and the date the URL names; its lines are chrome', () => {
    const listing = parseListing(header + body);
    expect(listing.metadata).toEqual({
      title: 'Daily Papers - Hugging Face',
      url: 'https://huggingface.co/papers/date/2026-03-11',
    });
    // Yearless dates get their year from the URL's day; `Published Time` is the page's own.
    expect(listing.referenceDate).toEqual({ date: '2026-03-11', source: 'url' });
    expect(listing.chrome.slice(0, 4).map((line) => line.text)).toEqual([
      'Title: Daily Papers - Hugging Face',
      'URL Source: https://huggingface.co/papers/date/2026-03-11',
      'Published Time: Wed, 11 Mar 2026 10:00:00 GMT',
      'Markdown Content:',
    ]);
    const plain = parseListing(body);
    expect(listing.papers.map((paper) => [paper.title, paper.arxivId, paper.upvotes])).toEqual(
      plain.papers.map((paper) => [paper.title, paper.arxivId, paper.upvotes]),
    );
  });

  it('is read the same in a stream cut anywhere', async () => {
    const input = header + body;
    const batch = parseListing(input);
    const papers = [];
    for await (const paper of parseListingStream(input.match(/[\s\S]{1,7}/g) ?? [])) {
      papers.push(paper);
    }
    expect(papers).toEqual(batch.papers);
  });

  it('is no header without its `Markdown Content:` line, or with prose inside', () => {
    expect(parseListing(`Title: A Note\n\nSome prose about papers.\n`).metadata).toBeUndefined();
    expect(
      parseListing(
        `Title: A Note\n\nURL Source: https://x.org\n\nThis is prose.\n\nMarkdown Content:\n`,
      ).metadata,
    ).toBeUndefined();
  });
});

describe('a bare header (`Source: …`, `Source URL: …` / `Title: …`)', () => {
  it('gives the URL, the title and the day a URL names, when a URL key names one', () => {
    const card =
      'Mar 11\n\nA Study Of Things In Depth\n\nWe present a study of many things, with long results here.\n';
    const listing = parseListing(
      `Source: https://huggingface.co/papers/date/2026-03-11\n\n${card}`,
    );
    expect(listing.metadata).toEqual({ url: 'https://huggingface.co/papers/date/2026-03-11' });
    // The card's yearless listing day takes its year from the URL's.
    expect(listing.papers[0]?.listingDate).toEqual({ year: 2026, month: 3, day: 11 });
    expect(parseListing(card).papers[0]?.listingDate).toEqual({ month: 3, day: 11 });
    expect(listing.chrome[0]?.text).toBe('Source: https://huggingface.co/papers/date/2026-03-11');
    const blog = parseListing(
      'Source URL: https://huggingface.co/blog/x\nTitle: Beyond LoRA\n\nText.\n',
    );
    expect(blog.metadata).toEqual({ url: 'https://huggingface.co/blog/x', title: 'Beyond LoRA' });
  });

  it('is none without a URL, with prose in it, or with no blank line after it', () => {
    expect(parseListing('Title: A Note\n\nSome prose.\n').metadata).toBeUndefined();
    expect(parseListing('Source: https://x.org/a\nSome prose.\n').metadata).toBeUndefined();
  });
});

describe("a crawler's header (`SOURCE-URL:`, bold or plain keys under a heading)", () => {
  const card =
    'Mar 11\n\nA Study Of Things In Depth\n\nWe present a study of many things, with long results here.\n';
  const url = 'https://huggingface.co/papers/date/2026-03-11';

  it('reads keys written with hyphens or underscores (`SOURCE-URL`, `source_url`)', () => {
    const listing = parseListing(
      `SOURCE-URL: ${url}\nFETCHED: 2026-03-12T17:17:16+08:00\nHTTP: 200\n\n${card}`,
    );
    expect(listing.metadata).toEqual({ url, capturedAt: '2026-03-12T17:17:16+08:00' });
    expect(listing.papers[0]?.listingDate).toEqual({ year: 2026, month: 3, day: 11 });
    expect(listing.chrome.map((line) => line.text).slice(0, 3)).toEqual([
      `SOURCE-URL: ${url}`,
      'FETCHED: 2026-03-12T17:17:16+08:00',
      'HTTP: 200',
    ]);
  });

  it('reads bold keys under a heading, and the rule after them (a real paper page)', () => {
    const page = readFixture('public-captures/paper-pages/crawler-wrapped-title.md');
    const listing = parseListing(page);
    expect(listing.metadata).toEqual({
      url: 'https://huggingface.co/papers/2306.07944',
      title:
        'Paper page - Speech-to-Text Adapter and Speech-to-Entity Retriever Augmented LLMs for Speech Understanding',
    });
    expect(listing.chrome.slice(0, 4).map((line) => line.text)).toEqual([
      '# RepoFusion: Training Code Models to Understand Your Repository',
      '**URL:** https://huggingface.co/papers/2306.07944',
      expect.stringMatching(/^\*\*Page Title:\*\* Paper page - Speech-to-Text/),
      '--------------------',
    ]);
    // The page is read as before: its own title, not the header's (which names another paper).
    expect(listing.page).toBe('paper');
    expect(listing.papers.map((paper) => paper.title)).toEqual([
      'Speech-to-Text Adapter and Speech-to-Entity Retriever Augmented LLMs for Speech Understanding',
    ]);
  });

  it('reads plain keys under a heading, blank lines between, up to the next heading', () => {
    const listing = parseListing(
      readFixture('public-captures/paper-pages/openclaw-double-spaced.txt'),
    );
    expect(listing.metadata).toEqual({
      url: 'https://huggingface.co/papers/2405.07960',
      capturedAt: '2026-06-02T05:45:17.748Z',
    });
    expect(listing.referenceDate).toEqual({ date: '2026-06-02', source: 'envelope' });
    expect(listing.papers.map((paper) => paper.arxivId)).toEqual(['2405.07960']);
  });

  it("is no header where a digest's card opens the same way", () => {
    const abstract = 'We present a study of many things, with long results here.';
    for (const text of [
      // `Link` is a card's label; no date or title beside the URL; no break after it.
      `# A Study Of Things\n\nLink: https://arxiv.org/abs/2403.01422\n\nDate: 2024-03-05\n\n---\n\n${abstract}\n`,
      `# A Study Of Things\n\n**URL:** https://arxiv.org/abs/2403.01422\n\n---\n\n${abstract}\n`,
      `# A Study Of Things\n\nURL: https://arxiv.org/abs/2403.01422\n\nDate: 2024-03-05\n\n${abstract}\n`,
    ]) {
      const listing = parseListing(text);
      expect(listing.metadata, text).toBeUndefined();
      expect(listing.chrome.map((line) => line.text)).not.toContain('# A Study Of Things');
    }
  });

  it("is no header over a note's or a digest's cards (review19's probes)", () => {
    const read = (name: string) => parseListing(readFixture(`handmade/envelope/${name}`));
    // A heading that links a paper is its card's title, whatever keys follow it.
    const linked = read('note-linked-heading-bold-keys.md');
    expect(linked.metadata).toBeUndefined();
    expect(linked.papers.map((paper) => [paper.arxivId, paper.abstract.slice(0, 19)])).toEqual([
      ['2306.11644', 'We introduce phi-1,'],
    ]);
    expect(
      read('digest-linked-headings-plain-keys.md').papers.map((paper) => paper.arxivId),
    ).toEqual(['2306.11644', '2306.10998', '2306.07944']);
    // A `***Title***` line is no thematic break; a note's `Date:` is no capture's key.
    const list = read('reading-list-date-key-bold-italic-titles.md');
    expect(list.metadata).toBeUndefined();
    expect(list.papers.map((paper) => paper.title)).toEqual([
      'Textbooks Are All You Need',
      'RepoFusion: Training Code Models to Understand Your Repository',
    ]);
    // Properties (`Created:`, `URL:`) and an `Abstract:` line stay the note's.
    for (const name of ['notion-properties-rule.md', 'note-abstract-key-heading-after.md']) {
      const note = read(name);
      expect(note.metadata, name).toBeUndefined();
      expect(note.chrome.map((line) => line.text)).not.toContain('# Textbooks Are All You Need');
      expect(note.papers.some((paper) => paper.abstract.includes('We introduce phi-1'))).toBe(true);
    }
  });

  it('is read the same in a stream cut anywhere', async () => {
    const input = readFixture('public-captures/paper-pages/crawler-wrapped-title.md');
    const batch = parseListing(input);
    const papers = [];
    for await (const paper of parseListingStream(input.match(/[\s\S]{1,5}/g) ?? [])) {
      papers.push(paper);
    }
    expect(papers).toEqual(batch.papers);
  });
});
