import { describe, expect, it } from 'vitest';
import { isChrome } from '../../src/grammar/chrome.js';
import { readPublishedOn } from '../../src/grammar/published.js';

describe('readPublishedOn', () => {
  it.each([
    ['Published on Oct 4, 2026', { month: 10, day: 4, year: 2026, valid: true }],
    ['Published on 6 Apr, 2024', { month: 4, day: 6, year: 2024, valid: true }],
    // review39: the MCP server's paper search prints its prefix twice.
    ['Published on Published on 6 Apr, 2024', { month: 4, day: 6, year: 2024, valid: true }],
    ['Published on 31 Feb, 2024', { month: 2, day: 31, year: 2024, valid: false }],
    ['Published on Published on', undefined],
    ['6 Apr, 2024', undefined],
  ])('%s', (text, want) => {
    expect(readPublishedOn(text)).toEqual(want);
  });
});

describe("a search tool's line over its results", () => {
  it.each([
    "All 9 papers that matched the query 'kazakh'",
    "15 papers matched the query 'embodied agent'. Here are the first 7 results.",
    "All 1 papers that matched the query 'Beyond 'Aha!''",
  ])('is chrome: %s', (text) => {
    expect(isChrome(text)).toBe(true);
  });

  it('is not a sentence that only names a query', () => {
    expect(isChrome('We matched the query against 9 papers.')).toBe(false);
  });
});
