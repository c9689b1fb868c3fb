/**
 * Suite: growth with input. The plain-text corpus at the plan's multiples (1×, 4×,
 * 16× in the full run) and the large corpus (200 MB), the parser beside the line split
 * and the char loop at each size: linear cost keeps ms per MB flat.
 *
 * Returns `{ rows, growth, scaling }`: `growth` is ms per MB by task and size for the
 * report and its table, `scaling` the raw timings (the main corpus's first) for the
 * throughput chart.
 *
 * @module
 */
import { charLoop, lineSplit } from '../lib/baselines.mjs';
import { copiesFor, corpus, PAPERS_PER_TEXT_SET } from '../lib/corpora.mjs';
import { base, rowCollector } from '../lib/groups.mjs';
import { measureGroup } from '../lib/measure.mjs';
import { MB, utf8 } from '../lib/units.mjs';

/**
 * Run the suite; `copies`, `bytes` and `times` are the text suite's corpus and timings.
 *
 * @example
 * ```js
 * const { rows, growth, scaling } = await growthSuite({ plan, lib, template, log, copies, bytes, times });
 * ```
 */
export async function growthSuite({
  plan,
  lib,
  template,
  log,
  copies,
  bytes: textBytes,
  times: textTimes,
}) {
  const { rows, add, addBaselines } = rowCollector();
  const parseRaw = (text) => lib.parseListing(text, { normalize: false });
  const parseDefault = (text) => lib.parseListing(text);
  const scaling = [{ bytes: textBytes, times: textTimes }];
  const largeCopies = copiesFor(template, plan.largeBytes);
  const sizes = [...plan.scale.slice(1).map((factor) => copies * factor), largeCopies];
  for (const n of sizes) {
    let big = corpus(template, n);
    const group = `growth: ${n} copies (${(utf8(big) / MB).toFixed(0)} MB, ${n * PAPERS_PER_TEXT_SET} papers)`;
    log(group);
    const times = await measureGroup(
      [
        { name: 'split', fn: () => lineSplit(big) },
        { name: 'charLoop', fn: () => charLoop(big) },
        { name: 'parse-raw', fn: () => parseRaw(big) },
        { name: 'parse', fn: () => parseDefault(big) },
      ],
      { rounds: plan.rounds, iterations: plan.largeIterations, warmup: 0 },
    );
    const input = { bytes: utf8(big), papers: n * PAPERS_PER_TEXT_SET };
    addBaselines(group, ['split', 'charLoop'], times, input);
    add(group, 'parseListing { normalize: false }', 'parse-raw', times, input, base(times));
    add(group, 'parseListing (defaults, normalizing)', 'parse', times, input, base(times));
    scaling.push({ bytes: input.bytes, times });
    big = undefined;
  }
  const growth = scaling.map(({ bytes, times }) => ({
    bytes,
    msPerMB: Object.fromEntries(
      ['split', 'charLoop', 'parse-raw', 'parse'].map((k) => [
        k,
        times.get(k).median / (bytes / MB),
      ]),
    ),
  }));
  return { rows, growth, scaling };
}
