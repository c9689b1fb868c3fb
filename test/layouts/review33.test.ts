/**
 * review33: an adversarial review's probes of this session's rules, at the variants the
 * first versions missed (`fixtures/handmade/review33/`).
 */
import { describe, expect, it } from 'vitest';
import { parseListing } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';

const read = (name: string) => parseListing(readFixture(`handmade/review33/${name}`));
const errors = (name: string) => read(name).diagnostics.filter((d) => d.severity === 'error');

const TRENDING = [
  ['Kandinsky 6.0 Video: Foundat', 117, 131],
  ['UniMate: One Unified Model t', 22, 1540],
  ['OpenDevin: An Open Platform ', 90, 90100],
  ['LongCat-Video Technical Repo', 43, 8990],
  ['Context Language Models', 41, 587],
];

describe("a Trending card's buttons on one line", () => {
  it.each([
    'p15b-trending-whole-button-row.txt',
    'p03e-trending-buttonrow-swapped.txt',
    'p15d-trending-button-row-project-page.txt',
  ])('%s: each button read, in any order, with a project page', (name) => {
    expect(read(name).papers.map((p) => [p.title.slice(0, 28), p.upvotes, p.githubStars])).toEqual(
      TRENDING,
    );
    expect(errors(name)).toEqual([]);
  });
});

describe('two counts on one line', () => {
  it('are read whatever the white space between them', () => {
    expect(
      read('p06a-countpair-multispace.txt').papers.map((p) => [p.upvotes, p.comments]),
    ).toEqual([
      [1090, 4],
      [432, 4],
    ]);
  });
});

describe('a mobile copy and a links -dump', () => {
  it('takes `Read More` in any case for the button', () => {
    const listing = read('p09a-android-Read-More-caps.txt');
    expect(listing.papers).toHaveLength(6);
    expect(listing.papers.every((p) => !p.abstract.includes('Read'))).toBe(true);
    expect(errors('p09a-android-Read-More-caps.txt')).toEqual([]);
  });

  it('drops a glued avatar alt before a lower-case or digit name', () => {
    const orgs = read('p10b-links-lowercase-org-avatar.txt').papers.map(
      (p) => p.organization?.name,
    );
    expect(orgs).toEqual([
      '01.AI',
      undefined,
      'inclusionAI',
      undefined,
      'University of Notre Dame',
    ]);
  });
});

describe('a long title cut with an ellipsis', () => {
  it('stays a title, in plain text and as a heading after `Submitted by`', () => {
    expect(read('p12-plain-long-title-ellipsis.txt').papers.map((p) => p.authorCount)).toEqual([
      5, 10,
    ]);
    const md = read('p12c-md-daily-second-title-ellipsis.md').papers;
    expect(md.map((p) => [p.title.slice(0, 8), p.organization?.name, p.abstract])).toEqual([
      ['MMVU: Me', 'Yale NLP', ''],
      ['CiteAudi', 'University of Notre Dame', ''],
    ]);
  });
});
