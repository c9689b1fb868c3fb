import { describe, expect, it } from 'vitest';
import type { ContentLine } from '../../src/grammar/content-line.js';
import { parseListing } from '../../src/index.js';
import { readMarkdown } from '../../src/layouts/markdown/index.js';
import type { Listing, Position } from '../../src/schema.js';

const AVATAR = 'https://cdn-avatars.huggingface.co/v1/production/uploads/a.png';
const CARD = '### [A Title](https://huggingface.co/papers/2606.00683)\n\nAn abstract.\n';

/**
 * An unclosed `[` before an image: a scraper broke a link that wrapped an image over
 * several paragraphs, and the rest of the link never came.
 */
const INPUTS: Record<string, string> = {
  'after a heading': '## H\n\n[![](https://x.co/a.png)\n',
  'text before the bracket': 'x [![](https://x.co/a.png)\n',
  'text after the image': '[![](https://x.co/a.png) y\n',
  'at the end of the input, no newline': '[![alt](u)',
  'alone, no newline': '[![](u)',
  'CRLF line endings': '## H\r\n\r\n[![](https://x.co/a.png)\r\n\r\nmore\r\n',
  'in a list item': '* [![](u)\n',
  'in a dash list item': '- [![](u)\n- next\n',
  'followed by more paragraphs': '[![](u)\n\npara\n\npara2\n',
  'on its own line, then a blank line': `[![](${AVATAR})\n\nSubmitted by\n\nakhaliq\n`,
  'two of them': '[![](u)\n\n[![](v)\n\ntext\n',
  'after a card': `${CARD}\n[![](${AVATAR})\n\n${CARD}`,
  'inside a card': `### [A Title](https://huggingface.co/papers/2606.00683)\n\n[![](${AVATAR})\n\nAn abstract.\n`,
  'in a quote': '> [![](u)\n',
};

function expectOrdered(position: Position, what: string): void {
  expect(position.start.offset, what).toBeLessThanOrEqual(position.end.offset);
}

function checkListing(input: string, listing: Listing): void {
  for (const chrome of listing.chrome) {
    const { start, end } = chrome.position;
    expectOrdered(chrome.position, `chrome ${JSON.stringify(chrome.text)}`);
    expect(start.offset).toBeGreaterThanOrEqual(0);
    expect(end.offset).toBeLessThanOrEqual(input.length);
    expect(input.slice(start.offset, end.offset)).toContain(chrome.text);
  }
  for (const paper of listing.papers) expectOrdered(paper.position, `paper ${paper.title}`);
  for (const diagnostic of listing.diagnostics) {
    expectOrdered(diagnostic.position, `diagnostic ${diagnostic.code}`);
  }
}

describe('Markdown: an unclosed `[` before an image', () => {
  for (const [name, input] of Object.entries(INPUTS)) {
    it(`gives ordered spans: ${name}`, () => {
      checkListing(input, parseListing(input, { format: 'markdown' }));
    });
  }

  it('places the chrome line where the `[` was, before the image', () => {
    const input = '## H\n\n[![](https://x.co/a.png)\n';
    const chrome = parseListing(input, { format: 'markdown' }).chrome.map((line) => [
      line.text,
      line.position.start.offset,
      line.position.end.offset,
    ]);
    expect(chrome).toEqual([
      ['H', 3, 4],
      ['', 7, 7],
    ]);
  });

  it('leaves the lines around it as they were', () => {
    const texts = (input: string): [string, number, number][] =>
      parseListing(input, { format: 'markdown' }).chrome.map((line) => [
        line.text,
        line.position.start.offset,
        line.position.end.offset,
      ]);
    expect(texts('x [![](https://x.co/a.png)\n')).toEqual([['x [', 0, 3]]);
    expect(texts('[![](https://x.co/a.png) y\n')).toEqual([['y', 25, 26]]);
    expect(texts('[![](u)\n\npara\n\npara2\n').slice(1)).toEqual([
      ['para', 9, 13],
      ['para2', 15, 20],
    ]);
  });

  it('still mends a link that wraps the image over paragraphs', () => {
    const input = `[![](${AVATAR})\n\nakhaliq\n\n](https://huggingface.co/akhaliq)\n`;
    const lines: ContentLine[] = [];
    readMarkdown(input, (line) => lines.push(line));
    expect(lines.map((line) => [line.text, line.links?.[0]?.url])).toEqual([
      ['akhaliq', 'https://huggingface.co/akhaliq'],
    ]);
    checkListing(input, parseListing(input, { format: 'markdown' }));
  });
});

describe('Markdown content lines map no index past their own end', () => {
  for (const [name, input] of Object.entries(INPUTS)) {
    it(name, () => {
      const lines: ContentLine[] = [];
      readMarkdown(input, (line) => lines.push(line));
      for (const line of lines) {
        expect(line.start.offset, line.text).toBeLessThanOrEqual(line.end.offset);
        expect(input.slice(line.start.offset, line.end.offset)).toBe(line.raw);
        expect(line.raw).toContain(line.text.trim());
        const offsetAt = line.offsetAt ?? ((index: number) => line.start.offset + index);
        for (let index = 0; index <= line.text.length; index++) {
          const offset = offsetAt(index);
          expect(offset, `${JSON.stringify(line.text)}[${index}]`).toBeGreaterThanOrEqual(
            line.start.offset,
          );
          expect(offset, `${JSON.stringify(line.text)}[${index}]`).toBeLessThanOrEqual(
            line.end.offset,
          );
        }
      }
    });
  }
});

describe('Markdown: a link whose first source line holds only an image', () => {
  /** Whether some chrome line, paper or diagnostic covers the input's line `line` (1-based). */
  const covered = (listing: Listing, line: number): boolean =>
    [...listing.chrome, ...listing.papers, ...listing.diagnostics].some(
      (found) => found.position.start.line <= line && found.position.end.line >= line,
    );

  it("puts that line in the chrome: a firecrawl page's logo (`[![logo](…)` / `Hugging Face](/)`)", () => {
    const input = `[![Hugging Face's logo](/front/assets/huggingface_logo-noborder.svg)\nHugging Face](/)\n\n* [Models](/models)\n\n${CARD}`;
    const listing = parseListing(input);
    expect(listing.papers.map((paper) => paper.title)).toEqual(['A Title']);
    expect(covered(listing, 1)).toBe(true);
    const logo = listing.chrome.find((line) => line.position.start.line === 1);
    expect(logo?.text).toBe("[![Hugging Face's logo](/front/assets/huggingface_logo-noborder.svg)");
    expect(listing.chrome.map((line) => line.text)).toContain('Hugging Face');
  });

  it("keeps a title's source its text when a thumbnail line stands in its link", () => {
    const input = `[![](${AVATAR})\nA Title](https://huggingface.co/papers/2606.00683)\n\nAn abstract that says what the paper does, at length.\n`;
    const listing = parseListing(input);
    expect(listing.papers[0]?.title).toBe('A Title');
    expect(listing.papers[0]?.raw.title).toBe('A Title');
    expect(covered(listing, 1)).toBe(true);
  });
});
