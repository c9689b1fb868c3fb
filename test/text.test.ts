import { describe, expect, it } from 'vitest';
import * as core from '../src/index.js';
import * as text from '../src/text.js';
import { readFixture, TEXT_FIXTURE_NAMES } from './support/fixtures.js';

describe('paper-listing/text', () => {
  it.each(TEXT_FIXTURE_NAMES)('parses %s exactly as the full entry does', (name) => {
    const input = readFixture(name);
    expect(text.parseListing(input, { referenceDate: '2024-12-11' })).toEqual(
      core.parseListing(input, { referenceDate: '2024-12-11' }),
    );
  });

  it('refuses layouts it does not ship, with a pointer to the full entry', () => {
    expect(() => text.parseListing('', { format: 'markdown' })).toThrow(
      "parseListing from this entry reads plain text only; import it from 'paper-listing' for format 'markdown'",
    );
  });

  it('reports a detected Markdown capture instead of inventing papers from it', () => {
    const listing = text.parseListing(readFixture('md-firecrawl-search.md'));
    expect(listing.papers).toEqual([]);
    expect(listing.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['unsupported-layout', 'error'],
    ]);
    expect(() =>
      text.parseListing(readFixture('md-firecrawl-search.md'), { strict: true }),
    ).toThrow(core.ListingParseError);
  });

  it('exports the plain-text API and no schemas, stream or plugin', () => {
    expect(Object.keys(text).sort()).toEqual(
      [
        'DEFAULT_MAX_INPUT_LENGTH',
        'ListingParseError',
        'RULE_DEFAULTS',
        'RULE_NAMES',
        'explainNormalization',
        'normalizeText',
        'parseListing',
        'tokenize',
      ].sort(),
    );
  });
});
