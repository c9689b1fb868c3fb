import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';
import {
  HOSTILE_PIECES,
  hostileText,
  listingText,
  MUTATION_RUNS,
  PARAMETERS,
  TIMEOUT,
} from './support/arbitraries.js';
import { mutatorOf } from './support/mutate.js';
import { checkListing, oracleLines } from './support/oracle.js';

const CAPTURE = readFixture('md-firecrawl-search.md');
const CAPTURE_LINES = [...new Set(CAPTURE.split('\n'))];
const ORIGINAL = parseListing(CAPTURE, { format: 'markdown' });

/** Markdown syntax that trips parsers: unclosed links, images, fences, escapes, HTML. */
const MARKDOWN_PIECES = [
  '[',
  ']',
  '](',
  ')',
  '![](',
  '### ',
  '# ',
  '> ',
  '* ',
  '1. ',
  '```',
  '`',
  '\\',
  '\\\\',
  '<a href="x">',
  '</a>',
  '<!--',
  '|',
  '---',
  '[1]: https://x.org',
  '[x][1]',
  'https://huggingface.co/papers/2606.00683',
  '&amp;',
  '*',
  '_',
];

const markdownText = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...CAPTURE_LINES), weight: 3 },
      { arbitrary: fc.constantFrom(...MARKDOWN_PIECES), weight: 3 },
      { arbitrary: fc.constantFrom(...HOSTILE_PIECES), weight: 2 },
      { arbitrary: fc.constantFrom('\n', '\n\n', '\r\n', ' '), weight: 3 },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const anyInput = fc.oneof(markdownText, listingText, hostileText);

/** Markdown runs the whole remark pipeline per input: fewer runs than plain text. */
const MARKDOWN_PARAMETERS = { ...PARAMETERS, numRuns: Math.ceil((PARAMETERS.numRuns ?? 100) / 4) };

describe("parseListing(…, { format: 'markdown' }) on any string", () => {
  it(
    'never throws, and keeps the layout-free guarantees',
    () => {
      fc.assert(
        fc.property(anyInput, (input) => {
          checkListing(input, parseListing(input, { format: 'markdown' }), 'markdown');
        }),
        MARKDOWN_PARAMETERS,
      );
    },
    TIMEOUT,
  );

  it(
    'detects a layout and keeps its guarantees for any string',
    () => {
      fc.assert(
        fc.property(anyInput, (input) => {
          checkListing(input, parseListing(input), 'markdown');
        }),
        MARKDOWN_PARAMETERS,
      );
    },
    TIMEOUT,
  );
});

describe('mutation fuzzing of the Markdown capture', () => {
  const mutator = mutatorOf([CAPTURE]);
  const chrome = new Set(ORIGINAL.chrome.map((line) => line.text));
  /** Heading lines of the original cards (`### [Title](url)`), with the paper URL each names. */
  const headings = new Map(
    ORIGINAL.papers.flatMap((paper) => {
      const line = oracleLines(CAPTURE).find((candidate) => {
        if (!candidate.content) return false;
        const text = CAPTURE.slice(candidate.content.start, candidate.content.end);
        return text.startsWith('#') && text.endsWith(`](${paper.url})`);
      });
      return line?.content
        ? [[CAPTURE.slice(line.content.start, line.content.end), paper.url]]
        : [];
    }),
  );

  it('starts from a capture the parser reads whole', () => {
    expect(ORIGINAL.papers).toHaveLength(120);
    expect(headings.size).toBeGreaterThan(100);
  });

  it(
    'keeps the guarantees, never titles chrome, and finds every card whose heading survives',
    () => {
      fc.assert(
        fc.property(mutator.plan, (plan) => {
          const text = mutator.text(plan);
          const listing = parseListing(text, { format: 'markdown' });
          checkListing(text, listing, 'markdown');
          for (const paper of listing.papers) {
            if (chrome.has(paper.title)) throw new Error(`chrome became a title: ${paper.title}`);
          }
          const urls = new Set(listing.papers.map((paper) => paper.url));
          for (const line of oracleLines(text)) {
            if (!line.content) continue;
            const url = headings.get(text.slice(line.content.start, line.content.end));
            if (url !== undefined && !urls.has(url)) throw new Error(`lost the card of ${url}`);
          }
        }),
        // Each run parses a 200 KB capture through remark (about half a second on a loaded
        // 2-core machine): 12 runs here, 300 under `npm run fuzz`.
        { ...PARAMETERS, numRuns: Math.ceil(MUTATION_RUNS / 100) },
      );
    },
    TIMEOUT,
  );
});
