import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';

const card = (label: string) =>
  `### [Personalize Segment Anything Model with One Shot](https://huggingface.co/papers/2305.03048)\n\n${label}\n\nDriven by large-data pre-training, Segment Anything Model (SAM) has been demonstrated as a powerful and promptable framework, revolutionizing the segmentation models.\n`;

describe("an `Abstract` label over a card's abstract", () => {
  it.each(['#### Abstract', '**Abstract**', 'Abstract:'])(
    '%s labels the abstract below it, and is no title',
    (label) => {
      const listing = parseListing(card(label));
      expect(
        listing.papers.map((paper) => [paper.title, paper.arxivId, paper.abstract.slice(0, 22)]),
      ).toEqual([
        [
          'Personalize Segment Anything Model with One Shot',
          '2305.03048',
          'Driven by large-data p',
        ],
      ]);
      expect(listing.diagnostics).toEqual([]);
      expect(listing.chrome.map((line) => line.text)).toContain(label.replace(/[#*]+\s?/g, ''));
    },
  );

  it("stands over no paragraph's title where no card is open (review20's H1)", () => {
    const first = 'Large language models are increasingly deployed as agents that call tools.';
    const second = 'We present a benchmark of tool use, and we find that agents fail often.';
    const listing = parseListing(
      `# ToolBench-X: Benchmarking Tool-Using Agents\n\n## Abstract\n\n${first}\n\n${second}\n`,
    );
    expect(listing.papers.map((paper) => paper.title)).not.toContain(first);
    expect(listing.papers.some((paper) => paper.abstract.startsWith(first))).toBe(true);
  });
});

describe('an XML feed (RSS, Atom)', () => {
  it('is markup: no paper is made of its lines, and the diagnostic says what it is', () => {
    const listing = parseListing(readFixture('public-captures/rss-feed-daily.xml'));
    expect(listing.layout).toBe('html');
    expect(listing.papers).toEqual([]);
    expect(listing.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['no-paper-data', 'The input is an XML feed (RSS or Atom): its items are not read as papers'],
    ]);
    const atom =
      '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<entry>\n<title>Shap-E</title>\n<link href="https://huggingface.co/papers/2305.02463"/>\n</entry>\n</feed>\n';
    expect(parseListing(atom).papers).toEqual([]);
    expect(parseListing(atom).diagnostics.map((d) => d.code)).toEqual(['no-paper-data']);
  });

  it("is only a feed's root element, not a tag-first page that names one (review20's M2)", () => {
    const page =
      '<div align="center">\n\nSend the <feedback> form, or read our <rss> feed.\n\n</div>\n\n### [Personalize Segment Anything Model with One Shot](https://huggingface.co/papers/2305.03048)\n\nDriven by large-data pre-training, Segment Anything Model (SAM) has been demonstrated as a powerful and promptable framework.\n';
    const listing = parseListing(page);
    expect(listing.layout).toBe('markdown');
    expect(listing.papers.map((paper) => paper.arxivId)).toEqual(['2305.03048']);
  });
});

describe("a digest's numbered heading and labelled facts", () => {
  const abstract =
    'Driven by large-data pre-training, Segment Anything Model (SAM) has been demonstrated as a powerful and promptable framework.';
  const link =
    '[Personalize Segment Anything Model with One Shot](https://huggingface.co/papers/2305.03048)';

  it.each(['## 1. ', '### 12) ', '## #3 ', '- (4) '])(
    'takes the link after a rank (%s) as the title and its paper',
    (rank) => {
      const [paper] = parseListing(`${rank}${link}\n\n${abstract}\n`).papers;
      expect([paper?.title, paper?.arxivId]).toEqual([
        'Personalize Segment Anything Model with One Shot',
        '2305.03048',
      ]);
    },
  );

  it('keeps other text before a link in the title, and takes no id from it', () => {
    const [paper] = parseListing(`## 1.5 ${link}\n\n${abstract}\n`).papers;
    expect([paper?.title, paper?.arxivId]).toEqual([
      '1.5 Personalize Segment Anything Model with One Shot',
      undefined,
    ]);
  });

  it('reads `Authors:` and `Upvotes:` between a title and its abstract, reports `Tags:`, takes none for the abstract', () => {
    const listing = parseListing(
      `### ${link}\n\n**Authors**: Heewoo Jun, Alex Nichol\n\n**Tags**: diffusion, 3D\n\n**Upvotes**: 3\n\n${abstract}\n`,
    );
    expect(listing.papers.map((paper) => [paper.abstract, paper.authors, paper.upvotes])).toEqual([
      [abstract, ['Heewoo Jun', 'Alex Nichol'], 3],
    ]);
    expect(listing.diagnostics.map((d) => [d.code, d.position.start.line])).toEqual([
      ['unknown-block', 5],
    ]);
  });

  it("keeps an abstract a fact's label is wrapped into, and one that opens with such a word", () => {
    const wrapped = parseListing(`### ${link}\n\nAuthors: Jane Doe, John Smith\n${abstract}\n`);
    expect(wrapped.papers[0]?.abstract).toContain('Driven by large-data pre-training');
    const code = 'Code: the most widely written form of structured text, yet poorly modelled.';
    expect(parseListing(`### ${link}\n\n${code}\n`).papers[0]?.abstract).toBe(code);
  });

  it('reads a real bot digest: its four papers, two of them with titles wrapped in their links', () => {
    const listing = parseListing(readFixture('public-captures/md-bot-digest-numbered.md'));
    const read = listing.papers.map((paper) => [
      paper.arxivId,
      paper.title,
      paper.abstract.slice(0, 22),
    ]);
    expect(read).toEqual([
      ['2305.03048', 'Personalize Segment Anything Model with One Shot', 'Driven by large-data p'],
      [
        '2305.02483',
        'ChatGPT-steered Editing Instructor for Customization of Abstractive Summarization',
        'Tailoring outputs of l',
      ],
      [
        '2305.02463',
        'Shap-E: Generating Conditional 3D Implicit Functions',
        'We present Shap-E, a c',
      ],
      [
        '2305.03047',
        'Principle-Driven Self-Alignment of Language Models from Scratch with Minimal Human Supervision',
        'Recent AI-assistant ag',
      ],
    ]);
  });
});
