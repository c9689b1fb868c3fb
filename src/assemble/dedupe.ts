/**
 * `dedupe`: captures that repeat every card (some Trending page scrapes) would give
 * each paper twice. A paper is the same as one seen before when its arXiv id matches,
 * or, without ids, its title does.
 *
 * @module
 */

import type { Paper } from '../schema.js';
import type { ListingSink } from './sink.js';

/** Fields a later copy may fill in when the first copy lacked them. */
const MERGED = [
  'arxivId',
  'url',
  'arxivUrl',
  'upvotes',
  'authors',
  'authorCount',
  'organization',
  'submittedBy',
  'published',
  'publishedAt',
  'comments',
  'githubUrl',
  'githubStars',
  'aiSummary',
  'links',
] as const;

/**
 * Create a deduper: give it each paper in order; it returns the paper itself when new,
 * or the earlier paper (completed with the copy's extra fields) when a copy.
 *
 * @example
 * ```ts
 * const seen = createDeduper();
 * seen(a) === a; // true, first time
 * seen(copyOfA) === a; // true: a copy, dropped by the caller
 * ```
 */
export function createDeduper(): (paper: Paper) => Paper {
  const byKey = new Map<string, Paper>();
  return (paper) => {
    const key = paper.arxivId === undefined ? `title:${paper.title}` : `arxiv:${paper.arxivId}`;
    const earlier =
      byKey.get(key) ??
      (paper.arxivId === undefined ? undefined : byKey.get(`title:${paper.title}`));
    if (earlier === undefined) {
      byKey.set(key, paper);
      if (paper.arxivId !== undefined) byKey.set(`title:${paper.title}`, paper);
      return paper;
    }
    const target = earlier as Record<string, unknown>;
    const source = paper as Record<string, unknown>;
    for (const field of MERGED) {
      if (target[field] === undefined && source[field] !== undefined) target[field] = source[field];
    }
    if (earlier.abstract === '' && paper.abstract !== '') {
      earlier.abstract = paper.abstract;
      earlier.raw = { title: earlier.raw.title, abstract: paper.raw.abstract };
    }
    return earlier;
  };
}

/**
 * Wrap a sink so that a copy of an earlier paper is dropped and listed as chrome (its
 * raw title and position), so nothing vanishes. The batch parser, the plugin and the
 * stream all dedupe through this (`dedupe: true`; the default, adjacent copies only,
 * is `cardsTo`'s).
 *
 * @example
 * ```ts
 * const sink = dedupePapers(collector.sink);
 * sink.paper(a);
 * sink.paper(copyOfA); // → collector.sink.chrome({ text: copyOfA.raw.title, position: … })
 * ```
 */
export function dedupePapers(sink: ListingSink): ListingSink {
  const seen = createDeduper();
  return {
    ...sink,
    paper(paper) {
      if (seen(paper) === paper) sink.paper(paper);
      else sink.chrome({ text: paper.raw.title, position: paper.position });
    },
  };
}
