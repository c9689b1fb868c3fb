/**
 * Suite: HTML pages (issue 19). A page that is mostly CSS and SVG with the listing in
 * its embedded data, read by `parseListing` beside the char loop and parse5's tokenizer
 * alone (the WHATWG tokenizer the path's own tag tokenizer is tested against); then the
 * same page with its embedded data stripped, read from its rendered cards.
 *
 * Returns `{ rows, checks }`.
 *
 * @module
 */
import { charLoop, tokenizeHtml } from '../lib/baselines.mjs';
import { rowCollector } from '../lib/groups.mjs';
import { measureGroup } from '../lib/measure.mjs';
import { htmlPage } from '../lib/pages.mjs';
import { missing } from '../lib/report.mjs';
import { MB, utf8 } from '../lib/units.mjs';

/**
 * Run the suite.
 *
 * @example
 * ```js
 * const { rows, checks } = await htmlSuite({ plan, lib, target, log });
 * ```
 */
export async function htmlSuite({ plan, lib, target, log }) {
  const { rows, add, addBaselines } = rowCollector();
  const checks = [];
  const page = htmlPage(plan.htmlBytes);
  const group = `HTML page, mostly CSS and SVG (${(utf8(page.html) / MB).toFixed(1)} MB, ${page.papers} papers in its data)`;
  log(group);
  let read;
  try {
    const listing = lib.parseListing(page.html, { format: 'html' });
    read =
      listing.papers.length === page.papers
        ? undefined
        : `${listing.papers.length} papers, expected ${page.papers}`;
  } catch (error) {
    read = `parseListing threw: ${error.message}`;
  }
  // The same page with its embedded data stripped: the rendered cards through the card
  // grammar (issues 14 and 19).
  const cardsOnly = page.html.replace(/ data-props="[^"]*"/g, '');
  let readCards;
  try {
    const listing = lib.parseListing(cardsOnly);
    readCards =
      listing.papers.length === page.papers && listing.source === 'rendered-cards'
        ? undefined
        : `${listing.papers.length} papers from ${listing.source}, expected ${page.papers} from rendered-cards`;
  } catch (error) {
    readCards = `parseListing threw: ${error.message}`;
  }
  const times = await measureGroup(
    [
      { name: 'charLoop', fn: () => charLoop(page.html) },
      { name: 'tokenizer', fn: () => tokenizeHtml(page.html) },
      ...(read === undefined ? [{ name: 'html', fn: () => lib.parseListing(page.html) }] : []),
      ...(readCards === undefined
        ? [{ name: 'cards', fn: () => lib.parseListing(cardsOnly) }]
        : []),
    ],
    { rounds: plan.rounds, iterations: plan.iterations },
  );
  const input = { bytes: utf8(page.html), papers: page.papers };
  const baselines = { charLoop: times.get('charLoop').median };
  addBaselines(group, ['charLoop'], times, input);
  add(
    group,
    'baseline: parse5 tokenizer alone (no handlers; the reference ours is tested against)',
    'tokenizer',
    times,
    input,
    baselines,
  );
  if (read === undefined) {
    add(group, "parseListing, embedded data (format 'auto')", 'html', times, input, baselines);
    const ratio = times.get('tokenizer').median / times.get('html').median;
    rows.at(-1).note = `${ratio.toFixed(2)}× the tokenizer alone`;
    const mbps = input.bytes / MB / (times.get('html').median / 1000);
    checks.push(
      target('HTML embedded-data path, throughput (MB/s)', mbps, '≥ 10 MB/s', mbps >= 10),
    );
  } else {
    rows.push(missing(group, "parseListing, embedded data (format 'auto')", read));
    checks.push(
      target('HTML embedded-data path, throughput (MB/s)', undefined, '≥ 10 MB/s', undefined, read),
    );
  }
  if (readCards === undefined) {
    add(
      group,
      'parseListing, rendered cards (the page without its data-props)',
      'cards',
      times,
      { bytes: utf8(cardsOnly), papers: page.papers },
      baselines,
    );
  } else {
    rows.push(
      missing(group, 'parseListing, rendered cards (the page without its data-props)', readCards),
    );
  }
  return { rows, checks };
}
