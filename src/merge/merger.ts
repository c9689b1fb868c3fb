/**
 * The merge, one paper at a time: `mergeListings` and the CLI's `--merge` and `--dedupe`
 * feed it sightings in input order and take the merged papers at the end.
 *
 * @module
 */
import { diagnostic, quote } from '../diagnostics.js';
import type { MergedPaper, SourcedDiagnostic } from '../record/schema.js';
import type { Paper, PartialDate } from '../schema.js';
import { titleKey } from './key.js';
import { isLater } from './later.js';

/** One appearance of a paper in one input. */
interface Sighting {
  readonly paper: Paper;
  readonly source: string;
}

/** The sightings of one paper. */
interface Entry {
  arxivId: string | undefined;
  readonly titleKey: string;
  readonly sightings: Sighting[];
}

/** Counts that change over time: each comes from the latest sighting that shows it. */
const COUNTS = ['upvotes', 'comments', 'githubStars'] as const;

/** Fields a later sighting fills in when the kept one lacks them; pairs move together. */
const FILLED: readonly (readonly (keyof Paper)[])[] = [
  ['listingDate', 'listedAt'],
  ['published', 'publishedAt'],
  ['authors'],
  ['authorCount'],
  ['arxivId'],
  ['url'],
  ['arxivUrl'],
  ['organization'],
  ['submittedBy'],
  ['githubUrl'],
  ['aiSummary'],
  ['links'],
];

/** Feed sightings in input order; take the merged papers at the end. */
export interface Merger {
  /** Add a paper seen in `source`; returns a diagnostic when its title conflicts. */
  add(paper: Paper, source: string): SourcedDiagnostic | undefined;
  /** The merged papers, in the order each was first seen. */
  papers(): MergedPaper[];
}

/**
 * Create a merger. A paper is the same as an earlier one when its arXiv id matches, or,
 * when either lacks an id, its title does (see `titleKey`); two different ids are never
 * merged. Same id under another title gives a `conflicting-title` warning.
 *
 * @example
 * ```ts
 * const merger = createMerger();
 * merger.add(monday, 'mon.md');
 * merger.add(tuesday, 'tue.md'); // the same arXiv id
 * merger.papers()[0]?.sources; // ['mon.md', 'tue.md']
 * ```
 */
export function createMerger(): Merger {
  const entries: Entry[] = [];
  const byId = new Map<string, Entry>();
  const byTitle = new Map<string, Entry>();

  function find(paper: Paper, key: string): Entry | undefined {
    const id = paper.arxivId;
    const known = id === undefined ? undefined : byId.get(id);
    if (known !== undefined) return known;
    const titled = byTitle.get(key);
    if (titled === undefined) return undefined;
    // Two ids are two papers, even under one title.
    if (id !== undefined && titled.arxivId !== undefined) return undefined;
    if (id !== undefined) {
      titled.arxivId = id;
      byId.set(id, titled);
    }
    return titled;
  }

  return {
    add(paper, source) {
      const key = titleKey(paper.title);
      let entry = find(paper, key);
      let conflict: SourcedDiagnostic | undefined;
      if (entry === undefined) {
        entry = { arxivId: paper.arxivId, titleKey: key, sightings: [] };
        entries.push(entry);
        if (paper.arxivId !== undefined) byId.set(paper.arxivId, entry);
      } else if (entry.titleKey !== key) {
        conflict = conflictingTitle(entry, paper, source);
      }
      if (!byTitle.has(key)) byTitle.set(key, entry);
      entry.sightings.push({ paper, source });
      return conflict;
    },
    papers: () => entries.map((entry) => fold(entry.sightings)),
  };
}

/**
 * The warning for a paper whose id was seen under another title.
 *
 * @example
 * ```ts
 * conflictingTitle(entry, paper, 'tue.md').code; // 'conflicting-title'
 * ```
 */
function conflictingTitle(entry: Entry, paper: Paper, source: string): SourcedDiagnostic {
  const [first] = entry.sightings as [Sighting];
  const where = `${first.source}:${first.paper.position.start.line}`;
  return {
    ...diagnostic(
      'conflicting-title',
      `arXiv ${paper.arxivId} is titled ${quote(first.paper.title)} at ${where}, here ${quote(
        paper.title,
      )}; merged under the first title`,
      paper.position,
    ),
    source,
  };
}

/**
 * One paper from its sightings. Its text, position and `source` come from the first
 * sighting with an abstract (else the first); fields it lacks come from the others in
 * order; each count comes from the latest sighting showing it (see `isLater`).
 *
 * @example
 * ```ts
 * fold([{ paper: a, source: 'mon.md' }, { paper: b, source: 'tue.md' }]).upvotes; // b's
 * ```
 */
function fold(sightings: readonly Sighting[]): MergedPaper {
  const kept = sightings.find((s) => s.paper.abstract !== '') ?? (sightings[0] as Sighting);
  const merged = { ...kept.paper } as Record<string, unknown>;
  const countDates = new Map<string, PartialDate | undefined>();
  for (const name of COUNTS) {
    if (kept.paper[name] !== undefined) countDates.set(name, kept.paper.listingDate);
  }
  const sources: string[] = [];
  const dates = new Map<string, PartialDate>();
  for (const { paper, source } of sightings) {
    if (!sources.includes(source)) sources.push(source);
    if (paper.listingDate !== undefined) dates.set(dateKey(paper.listingDate), paper.listingDate);
    if (paper === kept.paper) continue;
    for (const group of FILLED) {
      const [lead] = group as [keyof Paper];
      if (merged[lead] !== undefined || paper[lead] === undefined) continue;
      for (const name of group) if (paper[name] !== undefined) merged[name] = paper[name];
    }
    for (const name of COUNTS) {
      if (paper[name] === undefined) continue;
      if (!countDates.has(name) || isLater(paper.listingDate, countDates.get(name))) {
        merged[name] = paper[name];
        countDates.set(name, paper.listingDate);
      }
    }
  }
  // Keys in Paper's order, position last, then where the paper was seen.
  const { position, ...rest } = merged;
  return {
    ...(rest as Omit<Paper, 'position'>),
    position: position as Paper['position'],
    source: kept.source,
    sources,
    listingDates: [...dates.values()].sort(byDate),
  };
}

function dateKey(date: PartialDate): string {
  return `${date.year ?? ''}-${date.month}-${date.day}`;
}

/**
 * Dates with a year first, in order; yearless ones after them, as seen (a stable sort).
 *
 * @example
 * ```ts
 * [{ month: 1, day: 2 }, { year: 2024, month: 12, day: 11 }].sort(byDate); // 2024-12-11 first
 * ```
 */
function byDate(a: PartialDate, b: PartialDate): number {
  if (a.year === undefined || b.year === undefined) {
    return (a.year === undefined ? 1 : 0) - (b.year === undefined ? 1 : 0);
  }
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
