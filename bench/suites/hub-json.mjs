/**
 * Suite: Hub JSON. `/api/daily_papers` entries as one document and as JSON Lines, read
 * by `parseListing` (and by `parseListingStream` when the stream works) beside
 * `JSON.parse` and the char loop: what reading papers costs on top of the JSON itself.
 *
 * Returns `{ rows, checks }` (no target yet: `checks` is empty).
 *
 * @module
 */
import { charLoop, jsonParse } from '../lib/baselines.mjs';
import { rowCollector } from '../lib/groups.mjs';
import { streamCount } from '../lib/library.mjs';
import { measureGroup } from '../lib/measure.mjs';
import { hubJson } from '../lib/pages.mjs';
import { missing } from '../lib/report.mjs';
import { MB, utf8 } from '../lib/units.mjs';

/**
 * Run the suite; `streamOk` is the text suite's verdict on the stream.
 *
 * @example
 * ```js
 * const { rows } = await hubJsonSuite({ plan, lib, log, streamOk });
 * ```
 */
export async function hubJsonSuite({ plan, lib, log, streamOk }) {
  const { rows, add, addBaselines } = rowCollector();
  const json = hubJson(plan.hubBytes);
  const group = `Hub JSON, /api/daily_papers entries (${(utf8(json.document) / MB).toFixed(1)} MB, ${json.papers} papers)`;
  log(group);
  const count = (text) => lib.parseListing(text, { format: 'hub-json' }).papers.length;
  let read;
  try {
    read =
      count(json.document) === json.papers && count(json.lines) === json.papers
        ? undefined
        : 'paper count differs';
  } catch (error) {
    read = `parseListing threw: ${error.message}`;
  }
  const times = await measureGroup(
    [
      { name: 'charLoop', fn: () => charLoop(json.document) },
      { name: 'json', fn: () => jsonParse(json.document) },
      ...(read === undefined
        ? [
            { name: 'document', fn: () => count(json.document) },
            { name: 'lines', fn: () => count(json.lines) },
            ...(streamOk
              ? [{ name: 'stream', fn: () => streamCount(lib, json.lines, 64 * 1024) }]
              : []),
          ]
        : []),
    ],
    { rounds: plan.rounds, iterations: plan.iterations },
  );
  const input = { bytes: utf8(json.document), papers: json.papers };
  const lines = { bytes: utf8(json.lines), papers: json.papers };
  const baselines = { charLoop: times.get('charLoop').median };
  addBaselines(group, ['charLoop'], times, input);
  add(group, 'baseline: JSON.parse', 'json', times, input, baselines);
  if (read === undefined) {
    add(group, 'parseListing, one document', 'document', times, input, baselines);
    rows.at(-1).note =
      `${(times.get('json').median / times.get('document').median).toFixed(2)}× JSON.parse`;
    add(group, 'parseListing, JSON Lines', 'lines', times, lines, baselines);
    if (streamOk)
      add(
        group,
        'parseListingStream, JSON Lines (64 KiB chunks)',
        'stream',
        times,
        lines,
        baselines,
      );
  } else {
    rows.push(missing(group, 'parseListing, Hub JSON', read));
  }
  return { rows, checks: [] };
}
