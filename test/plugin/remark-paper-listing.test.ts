import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';
import { remarkPaperListing } from '../../src/plugin/index.js';
import { readFixture } from '../support/fixtures.js';

const input = readFixture('md-firecrawl-search.md');

async function run(text: string): Promise<VFile> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkPaperListing, { referenceDate: '2026-10-02' });
  const file = new VFile(text);
  await processor.run(processor.parse(file), file);
  return file;
}

describe('remarkPaperListing', () => {
  it('leaves on file.data.listing exactly what parseListing returns', async () => {
    const file = await run(input);
    expect(file.data.listing?.papers).toHaveLength(120);
    expect(file.data.listing).toEqual(parseListing(input, { referenceDate: '2026-10-02' }));
    expect(file.messages).toEqual([]);
  });

  it('reports diagnostics as vfile messages with positions and codes', async () => {
    const head = input.slice(0, input.indexOf('[173]('));
    const text = `${head}\n<div>junk</div>\n\n·\n`;
    const file = await run(text);
    const listing = file.data.listing;
    expect(listing?.papers).toHaveLength(1);
    expect(listing?.diagnostics.map((d) => d.code)).toEqual(['unknown-block', 'unexpected-footer']);
    expect(file.messages.map((m) => [m.ruleId, m.source, m.fatal])).toEqual([
      ['unknown-block', 'paper-listing', true],
      ['unexpected-footer', 'paper-listing', true],
    ]);
    const junkLine = head.split('\n').length + 1;
    expect(file.messages[0]?.place).toEqual(listing?.diagnostics[0]?.position);
    expect(file.messages[0]?.line).toBe(junkLine);
  });

  it('treats front matter as chrome, not as a heading', async () => {
    const file = await run('---\ntitle: x\n---\n# Daily Papers\n');
    expect(file.data.listing?.chrome.map((c) => c.text)).toEqual([
      '---',
      'title: x',
      '---',
      'Daily Papers',
    ]);
    expect(file.messages).toEqual([]);
  });
});
