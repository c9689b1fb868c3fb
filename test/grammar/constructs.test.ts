import { describe, expect, it } from 'vitest';
import { looksLikeAbstract } from '../../src/grammar/abstract.js';
import { isChrome } from '../../src/grammar/chrome.js';
import { classifyLine } from '../../src/grammar/classify.js';
import { parseDateLine, printedDate } from '../../src/grammar/date-line.js';
import { parseAuthorsLine } from '../../src/grammar/footer-authors.js';
import { hasLetter, looksLikeTitle } from '../../src/grammar/title.js';
import { readFixture, TEXT_FIXTURE_NAMES } from '../support/fixtures.js';

describe('parseDateLine', () => {
  it('reads every date shape the captures print', () => {
    expect(parseDateLine('Mar 11')).toEqual({ month: 3, day: 11, valid: true });
    expect(parseDateLine('Oct 7, 2023')).toEqual({ month: 10, day: 7, year: 2023, valid: true });
    expect(parseDateLine('Sep 25 2')).toEqual({ month: 9, day: 25, comments: 2, valid: true });
    expect(parseDateLine('Apr 17, 2024 2')).toEqual({
      month: 4,
      day: 17,
      year: 2024,
      comments: 2,
      valid: true,
    });
  });

  it('marks days the month does not have', () => {
    expect(parseDateLine('Feb 30')?.valid).toBe(false);
    expect(parseDateLine('Feb 29, 2023')?.valid).toBe(false);
    expect(parseDateLine('Feb 29, 2024')?.valid).toBe(true);
    expect(parseDateLine('Jun 0')?.valid).toBe(false);
  });

  it('rejects lines that merely start like a date', () => {
    for (const line of ['March madness', 'May 2024: a survey', 'Mar 11 new', 'Dec', 'mar 11']) {
      expect(parseDateLine(line)).toBeUndefined();
    }
  });
});

describe('parseAuthorsLine', () => {
  it('reads bulleted author counts', () => {
    expect(parseAuthorsLine('• 3 authors')).toBe(3);
    expect(parseAuthorsLine('• 1 author')).toBe(1);
    expect(parseAuthorsLine('* 671 authors')).toBe(671);
  });

  it('rejects other lines', () => {
    expect(parseAuthorsLine('3 authors')).toBeUndefined();
    expect(parseAuthorsLine('• many authors')).toBeUndefined();
    expect(parseAuthorsLine('- 3 authors and more')).toBeUndefined();
  });
});

describe('isChrome', () => {
  it('knows the page header lines exactly', () => {
    expect(isChrome('Get trending papers in your email inbox!')).toBe(true);
    expect(isChrome('Get trending papers in your email inbox once a day!')).toBe(true);
    expect(isChrome('byAK and the research community')).toBe(true);
    expect(isChrome('Subscribe to the newsletter')).toBe(false);
    expect(isChrome('News')).toBe(false);
  });
});

describe('shapes', () => {
  it('tells every real title from every real abstract', () => {
    for (const name of TEXT_FIXTURE_NAMES) {
      const lines = readFixture(name)
        .split('\n')
        .filter((line) => line.length > 0);
      for (const line of lines) {
        const kind = classifyLine(line.trim());
        if (kind.type !== 'text') continue;
        // In these captures every abstract is > 1,300 characters and every title < 160.
        expect(kind.abstract, line.slice(0, 60)).toBe(line.length > 1000);
      }
    }
  });

  it('reads sentence breaks, not lengths alone, for short abstracts', () => {
    expect(looksLikeAbstract('We propose X. It beats Y. Code is at Z.')).toBe(true);
    expect(looksLikeAbstract('Why think step by step? Reasoning emerges from experience')).toBe(
      false,
    );
  });

  it('keeps navigation out of stand-alone titles', () => {
    expect(looksLikeTitle('Grammar-Aligned Decoding')).toBe(true);
    expect(looksLikeTitle('mGPT: Few-Shot')).toBe(true);
    expect(looksLikeTitle('Load more')).toBe(false);
    expect(looksLikeTitle('12 34 56')).toBe(false);
    expect(hasLetter('-----')).toBe(false);
    expect(hasLetter('Ünïcode')).toBe(true);
  });
});

describe('printedDate', () => {
  it('keeps the calendar date and drops the comment count', () => {
    expect(printedDate({ month: 4, day: 17, year: 2024, comments: 2, valid: true })).toEqual({
      year: 2024,
      month: 4,
      day: 17,
    });
    expect(printedDate({ month: 3, day: 11, valid: true })).toEqual({ month: 3, day: 11 });
  });
});
