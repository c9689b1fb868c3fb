/**
 * Labels a blind reviewer wrote for a capture (`fixtures/handmade/review31/*.labels.json`):
 * per paper its title and the fields the capture shows, plus checks on the abstract
 * (`abstractStartsWith`, `abstractEndsWith`, `abstractExcludes`), on the AI summary
 * (`aiSummaryStartsWith`) and fields the card does
 * not show (`absent`). `differences` lists each paper missing, each field that differs
 * and each paper the labels do not hold.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Listing, type Paper, parseListing } from '../../src/index.js';
import { readFixture } from './fixtures.js';

export interface BlindLabel {
  readonly title: string;
  readonly arxivId?: string;
  readonly upvotes?: number;
  readonly comments?: number;
  readonly authorCount?: number;
  readonly organization?: string;
  readonly submittedBy?: string;
  readonly publishedAt?: string;
  readonly githubUrl?: string;
  readonly githubStars?: number;
  readonly abstractStartsWith?: string;
  readonly abstractEndsWith?: string;
  readonly abstractExcludes?: readonly string[];
  /** How the page's AI summary (`Paper.aiSummary`) starts. */
  readonly aiSummaryStartsWith?: string;
  readonly absent?: readonly string[];
}

export interface BlindLabels {
  readonly options?: { readonly referenceDate?: string };
  readonly papers: readonly BlindLabel[];
}

const FIELDS = [
  'arxivId',
  'upvotes',
  'comments',
  'authorCount',
  'organization',
  'submittedBy',
  'publishedAt',
  'githubUrl',
  'githubStars',
] as const;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function field(paper: Paper, key: string): unknown {
  if (key === 'organization') return paper.organization?.name;
  return (paper as unknown as Record<string, unknown>)[key];
}

/**
 * Every way `listing` differs from `labels`, as lines (`[]` when it matches).
 *
 * @example
 * ```ts
 * labelDifferences(parseListing(text), labels); // ['comments of "Raven: …": 9, labelled undefined']
 * ```
 */
export function labelDifferences(listing: Listing, labels: BlindLabels): string[] {
  const out: string[] = [];
  const used = new Set<number>();
  for (const want of labels.papers) {
    const index = listing.papers.findIndex(
      (paper, i) => !used.has(i) && collapse(paper.title) === collapse(want.title),
    );
    if (index === -1) {
      out.push(`missing "${want.title}"`);
      continue;
    }
    used.add(index);
    const paper = listing.papers[index] as Paper;
    const name = want.title.slice(0, 40);
    for (const key of FIELDS) {
      if (!(key in want)) continue;
      const have = field(paper, key);
      if (have !== want[key]) out.push(`${key} of "${name}": ${have}, labelled ${want[key]}`);
    }
    const abstract = collapse(paper.abstract);
    if (
      want.abstractStartsWith !== undefined &&
      !abstract.startsWith(collapse(want.abstractStartsWith))
    )
      out.push(`abstract of "${name}" starts ${JSON.stringify(abstract.slice(0, 40))}`);
    if (want.abstractEndsWith !== undefined && !abstract.endsWith(collapse(want.abstractEndsWith)))
      out.push(`abstract of "${name}" ends ${JSON.stringify(abstract.slice(-40))}`);
    if (
      want.aiSummaryStartsWith !== undefined &&
      !collapse(paper.aiSummary ?? '').startsWith(collapse(want.aiSummaryStartsWith))
    )
      out.push(`aiSummary of "${name}" starts ${JSON.stringify(paper.aiSummary?.slice(0, 40))}`);
    for (const text of want.abstractExcludes ?? [])
      if (abstract.includes(text)) out.push(`abstract of "${name}" holds ${JSON.stringify(text)}`);
    for (const key of want.absent ?? [])
      if (field(paper, key) !== undefined) out.push(`${key} of "${name}" should be absent`);
  }
  listing.papers.forEach((paper, i) => {
    if (!used.has(i)) out.push(`invented "${paper.title.slice(0, 60)}"`);
  });
  return out;
}

/** What a blind set's test states beyond its labels. */
export interface BlindSet {
  /** Its folder under `fixtures/` (`handmade/review31`). */
  readonly dir: string;
  /** How many captures it holds. */
  readonly count: number;
  /** Per capture, the label differences that stay, with why in the caller's comment. */
  readonly known?: Readonly<Record<string, readonly string[]>>;
  /** Per capture, the error codes it must report (none when absent). */
  readonly errors?: Readonly<Record<string, readonly string[]>>;
}

/**
 * The tests of a blind set: each capture (`<name>.md` or `.txt` beside its
 * `<name>.labels.json`) parsed with the labels' options gives every labelled field and
 * invents no paper (but `known`), and reports exactly the errors `errors` names.
 *
 * @example
 * ```ts
 * describeBlindSet('review31: blind captures against their labels', { dir: 'handmade/review31', count: 15 });
 * ```
 */
export function describeBlindSet(title: string, set: BlindSet): void {
  const captures = readdirSync(
    fileURLToPath(new URL(`../../fixtures/${set.dir}/`, import.meta.url)),
  )
    .filter((name) => /\.(md|txt)$/.test(name) && name !== 'README.md')
    .sort();

  describe(title, () => {
    it('covers the captures', () => {
      expect(captures.length).toBe(set.count);
    });

    describe.each(captures)('%s', (name) => {
      const labels = JSON.parse(
        readFixture(`${set.dir}/${name.replace(/\.(md|txt)$/, '.labels.json')}`),
      ) as BlindLabels;
      const listing = parseListing(readFixture(`${set.dir}/${name}`), labels.options ?? {});

      it('gives every labelled paper its fields, and invents none', () => {
        expect(labelDifferences(listing, labels)).toEqual(set.known?.[name] ?? []);
      });

      it('reports only the errors it must', () => {
        const errors = listing.diagnostics.filter((d) => d.severity === 'error');
        expect(errors.map((d) => d.code)).toEqual(set.errors?.[name] ?? []);
      });
    });
  });
}
