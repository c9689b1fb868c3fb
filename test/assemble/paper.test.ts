import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';

describe('finishPaper', () => {
  it('keeps a title made only of markup as written instead of emptying it', () => {
    const text = 'Mar 11\n\n\\textbf{} \\emph{}\n\nWe study X. We find Y. It works.\n';
    const [paper] = parseListing(text).papers;
    expect(paper?.title).toBe('\\textbf{} \\emph{}');
    expect(paper?.fixes?.some((fix) => fix.field === 'title')).not.toBe(true);
  });
});
