/**
 * review34: a blind reviewer's captures of the loaders data pipelines run on a listing
 * page (LangChain's `WebBaseLoader` and `Html2TextTransformer`, LlamaIndex's reader,
 * `html_text`, `innerText`, markdownify, Jina, Firecrawl, Apify, readability, a
 * `<p>`-only extractor, unstructured, two mojibake cases), each against the reviewer's
 * labels (`fixtures/handmade/review34/`). Five of the tools were run for real.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';
import { type BlindLabels, labelDifferences } from '../support/blind-labels.js';
import { readFixture } from '../support/fixtures.js';

const DIR = 'handmade/review34';

/**
 * Known differences, with why they stay: markdownify keeps a block's inline elements on
 * one line, and the last card's footer runs on into the page's (`· Jul 24, 2024  System
 * theme Company TOS …`): that line is reported, and no value is taken from it.
 */
const KNOWN: Record<string, readonly string[]> = {
  '04-markdownify-search.md': [
    'authorCount of "Text-Driven Neural Collaborative Filteri": undefined, labelled 4',
    'publishedAt of "Text-Driven Neural Collaborative Filteri": undefined, labelled 2024-07-24',
  ],
};

/**
 * Error diagnostics a capture must give: markdownify's footer run into the page's; a `<p>`-only
 * extractor's and readability's abstracts with no title (every one an orphan, no paper).
 */
const ERRORS: Record<string, readonly string[]> = {
  '04-markdownify-search.md': ['unknown-block'],
  '09-goose-search.txt': Array(10).fill('orphan-abstract'),
  '11-readability-search.txt': ['orphan-abstract'],
};

const captures = readdirSync(fileURLToPath(new URL(`../../fixtures/${DIR}/`, import.meta.url)))
  .filter((name) => /\.(md|txt)$/.test(name) && name !== 'README.md')
  .sort();

describe('review34: pipeline loaders against their labels', () => {
  it('covers the captures', () => {
    expect(captures.length).toBe(17);
  });

  describe.each(captures)('%s', (name) => {
    const labels = JSON.parse(
      readFixture(`${DIR}/${name.replace(/\.(md|txt)$/, '.labels.json')}`),
    ) as BlindLabels;
    const listing = parseListing(readFixture(`${DIR}/${name}`), labels.options ?? {});

    it('gives every labelled paper its fields, and invents none', () => {
      expect(labelDifferences(listing, labels)).toEqual(KNOWN[name] ?? []);
    });

    it('reports only the errors it must', () => {
      const errors = listing.diagnostics.filter((d) => d.severity === 'error');
      expect(errors.map((d) => d.code)).toEqual(ERRORS[name] ?? []);
    });
  });
});
