import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';
import { checkCovered } from '../robustness/support/oracle.js';
import { readFixture } from '../support/fixtures.js';

const root = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** Every capture under `fixtures/` the line layouts read (normalizer corpora and expectations aside). */
function captures(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'normalize' && name !== 'expected') found.push(...captures(path));
    } else if (/\.(?:md|txt)$/.test(name) && name !== 'README.md') {
      found.push(relative(root, path));
    }
  }
  return found;
}

describe('nothing is lost, whatever the layout', () => {
  const names = captures(root);

  it('finds the captures', () => {
    expect(names.length).toBeGreaterThan(60);
  });

  it('puts every non-blank line of every capture in a paper, a chrome line or a diagnostic', () => {
    const layouts = new Set<string>();
    for (const name of names) {
      const input = readFixture(name);
      const listing = parseListing(input);
      layouts.add(listing.layout ?? '');
      try {
        checkCovered(input, listing);
      } catch (error) {
        throw new Error(`${name}: ${(error as Error).message}`);
      }
    }
    // Markdown, text-browser dumps and bare URLs too, not plain text alone.
    expect([...layouts].sort()).toEqual(
      expect.arrayContaining(['bare-urls', 'markdown', 'reflinks', 'text']),
    );
  });
});
