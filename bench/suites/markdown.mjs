/**
 * Suite: the Markdown path beside remark alone, on the same capture. Unique copies of
 * the firecrawl capture after its front matter; in the full run also one capture alone,
 * where the fixed costs show. The target is about our overhead on top of remark, which
 * bounds the Markdown speed from below.
 *
 * Returns `{ rows, checks }`.
 *
 * @module
 */
import { charLoop, lineSplit, remarkParse } from '../lib/baselines.mjs';
import { expectCount } from '../lib/checks.mjs';
import { copiesFor, corpus, markdownTemplate, PAPERS_PER_MARKDOWN_COPY } from '../lib/corpora.mjs';
import { base, rowCollector } from '../lib/groups.mjs';
import { measureGroup } from '../lib/measure.mjs';
import { missing } from '../lib/report.mjs';
import { MB, utf8 } from '../lib/units.mjs';

/**
 * Run the suite.
 *
 * @example
 * ```js
 * const { rows, checks } = await markdownSuite({ plan, smoke, lib, features, fixtures, target, log });
 * ```
 */
export async function markdownSuite({ plan, smoke, lib, features, fixtures, target, log }) {
  const { rows, add, addBaselines } = rowCollector();
  const checks = [];
  const md = markdownTemplate(fixtures.markdown);
  const copies = copiesFor(md, plan.markdownBytes);
  const mdCorpus = md.frontMatter + corpus(md, copies);
  const single = fixtures.markdown;
  const group = `markdown, ${copies} unique copies of the capture (${(utf8(mdCorpus) / MB).toFixed(1)} MB, ${copies * PAPERS_PER_MARKDOWN_COPY} papers)`;
  log(group);
  let ok = features.markdown.ok;
  if (ok) {
    const count = lib.parseListing(mdCorpus, { format: 'markdown' }).papers.length;
    ok = expectCount('markdown corpus', count, copies * PAPERS_PER_MARKDOWN_COPY, false, log);
  }
  const times = await measureGroup(
    [
      { name: 'split', fn: () => lineSplit(mdCorpus) },
      { name: 'charLoop', fn: () => charLoop(mdCorpus) },
      { name: 'remark', fn: () => remarkParse(mdCorpus) },
      ...(smoke ? [] : [{ name: 'remark-single', fn: () => remarkParse(single) }]),
      ...(ok
        ? [{ name: 'markdown', fn: () => lib.parseListing(mdCorpus, { format: 'markdown' }) }]
        : []),
      ...(ok && !smoke
        ? [{ name: 'markdown-single', fn: () => lib.parseListing(single, { format: 'markdown' }) }]
        : []),
    ],
    // remark reads about a megabyte a second here: few iterations, or the run takes minutes.
    { rounds: plan.rounds, iterations: Math.max(1, plan.iterations - 3), warmup: smoke ? 0 : 1 },
  );
  const input = { bytes: utf8(mdCorpus), papers: copies * PAPERS_PER_MARKDOWN_COPY };
  const singleInput = { bytes: utf8(single), papers: PAPERS_PER_MARKDOWN_COPY };
  const singleBase = { remark: times.get('remark-single')?.median };
  addBaselines(group, ['split', 'charLoop', 'remark'], times, input);
  if (!smoke)
    add(group, 'baseline: remark, one capture', 'remark-single', times, singleInput, singleBase);
  if (ok) {
    add(group, "parseListing { format: 'markdown' }", 'markdown', times, input, base(times));
    const corpusRatio = times.get('markdown').median / times.get('remark').median;
    checks.push(
      target(
        'Markdown path ÷ remark alone, time, corpus',
        corpusRatio,
        '≤ 1.5×',
        corpusRatio <= 1.5,
      ),
    );
    if (!smoke) {
      add(
        group,
        "parseListing { format: 'markdown' }, one capture",
        'markdown-single',
        times,
        singleInput,
        singleBase,
      );
      const singleRatio = times.get('markdown-single').median / times.get('remark-single').median;
      checks.push(
        target(
          'Markdown path ÷ remark alone, time, one capture',
          singleRatio,
          '≤ 1.5×',
          singleRatio <= 1.5,
        ),
      );
    }
  } else {
    const reason = features.markdown.reason ?? 'paper count differs';
    rows.push(missing(group, "parseListing { format: 'markdown' }", reason));
    checks.push(
      target('Markdown path ÷ remark alone, time', undefined, '≤ 1.5×', undefined, reason),
    );
  }
  return { rows, checks };
}
