/**
 * Suite: plain text, the main corpus. Unique copies of the four plain-text fixtures,
 * every candidate (`tokenize`, `parseListing` with and without the normalizer,
 * `parseListingStream`) beside all three baselines (the line split, the char loop and
 * remark) on the same string. The three throughput targets are judged here.
 *
 * Returns `{ rows, checks, copies, bytes, times, streamOk }`: the corpus's size in
 * copies and bytes and its timings seed the growth suite, and `streamOk` (the stream
 * gives the same paper count) tells later suites whether to measure the stream.
 *
 * @module
 */
import { charLoop, lineSplit, remarkParse } from '../lib/baselines.mjs';
import { expectCount } from '../lib/checks.mjs';
import { copiesFor, corpus, PAPERS_PER_TEXT_SET } from '../lib/corpora.mjs';
import { base, rowCollector } from '../lib/groups.mjs';
import { streamCount } from '../lib/library.mjs';
import { measureGroup } from '../lib/measure.mjs';
import { missing } from '../lib/report.mjs';
import { MB, utf8 } from '../lib/units.mjs';

/**
 * Run the suite.
 *
 * @example
 * ```js
 * const { rows, checks, copies, streamOk } = await textSuite({ plan, lib, features, template, target, log });
 * ```
 */
export async function textSuite({ plan, lib, features, template, target, log }) {
  const { rows, add, addBaselines } = rowCollector();
  const checks = [];
  const setPapers = lib.parseListing(template.copy(0), { normalize: false }).papers.length;
  if (setPapers !== PAPERS_PER_TEXT_SET) {
    throw new Error(
      `one set of the four fixtures gives ${setPapers} papers, expected ${PAPERS_PER_TEXT_SET}: the corpus would lie`,
    );
  }
  const parseRaw = (text) => lib.parseListing(text, { normalize: false });
  const parseDefault = (text) => lib.parseListing(text);

  const copies = copiesFor(template, plan.textBytes);
  const text = corpus(template, copies);
  const textPapers = copies * PAPERS_PER_TEXT_SET;
  expectCount('plain-text corpus', parseRaw(text).papers.length, textPapers, true, log);
  const group = `plain text, ${copies} unique copies of the 4 fixtures (${(utf8(text) / MB).toFixed(1)} MB, ${textPapers} papers)`;
  log(group);
  const streamOk = features.stream.ok && (await streamCount(lib, text, 64 * 1024)) === textPapers;
  const times = await measureGroup(
    [
      { name: 'split', fn: () => lineSplit(text) },
      { name: 'charLoop', fn: () => charLoop(text) },
      { name: 'remark', fn: () => remarkParse(text), iterations: plan.remarkIterations },
      { name: 'tokenize', fn: () => lib.tokenize(text) },
      { name: 'parse-raw', fn: () => parseRaw(text) },
      { name: 'parse', fn: () => parseDefault(text) },
      ...(streamOk ? [{ name: 'stream', fn: () => streamCount(lib, text, 64 * 1024) }] : []),
    ],
    { rounds: plan.rounds, iterations: plan.iterations },
  );
  const input = { bytes: utf8(text), papers: textPapers };
  addBaselines(group, ['split', 'charLoop', 'remark'], times, input);
  add(group, 'tokenize', 'tokenize', times, input, base(times));
  add(group, 'parseListing { normalize: false }', 'parse-raw', times, input, base(times));
  add(group, 'parseListing (defaults, normalizing)', 'parse', times, input, base(times));
  if (streamOk) {
    add(group, 'parseListingStream (64 KiB chunks)', 'stream', times, input, base(times));
  } else {
    rows.push(
      missing(
        group,
        'parseListingStream (64 KiB chunks)',
        features.stream.reason ?? 'paper count differs from parseListing',
      ),
    );
  }
  if (!features.normalize.ok) {
    const normalizing = rows.find(
      (r) => r.group === group && r.name.startsWith('parseListing (defaults'),
    );
    normalizing.note = 'normalizer is a placeholder: not the real cost yet';
  }
  const parseVsLoop = times.get('charLoop').median / times.get('parse').median;
  const parseVsRemark = times.get('remark').median / times.get('parse').median;
  const rawVsSplit = times.get('split').median / times.get('parse-raw').median;
  const pending = features.normalize.ok ? '' : 'normalizer not landed';
  checks.push(
    target(
      'parseListing (defaults) ÷ char loop, throughput',
      parseVsLoop,
      '≥ 0.5×',
      parseVsLoop >= 0.5,
      pending,
    ),
    target(
      'parseListing (defaults) ÷ remark, throughput',
      parseVsRemark,
      '≥ 40×',
      parseVsRemark >= 40,
      pending,
    ),
    target(
      'parseListing { normalize: false } ÷ split, throughput',
      rawVsSplit,
      '≥ 0.1×',
      rawVsSplit >= 0.1,
    ),
  );
  return { rows, checks, copies, bytes: input.bytes, times, streamOk };
}
