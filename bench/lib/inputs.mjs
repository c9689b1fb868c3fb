/**
 * Abstract corpora for the normalizer and hostile inputs for the linearity checks.
 *
 * @module
 */

/** Real artifact shapes, most of them copied from the fixtures' abstracts. */
export const ARTIFACTS = [
  '2.44times',
  '1024 times 1024',
  'criteriax2013has',
  'na\\"ive',
  '45\\%',
  'Evo\\textbf{Lved Sign Momentum}',
  'Intel^circledR Core^{tiny TM}',
  "``objects''",
  'kge3',
  '$\\alpha$-divergence',
  '\\mathcal{O}(n^2)',
  'R&amp;D',
  '{https://example.org/code}',
  'ax2014b',
  '\\emph{not}',
];

/** A cheap screen for artifact-like text, used with the normalizer's own verdict. */
const ARTIFACT_HINT = /[\\{}$^`~]|\dtimes|x20[0-9a-f]{2}|&[a-z]+;/;

/**
 * The abstracts of one set of captures, as the library's tokenizer reads them.
 *
 * @example
 * ```js
 * abstractsOf(lib, template.copy(0)); // ['We present …', …]
 * ```
 */
export function abstractsOf(lib, set) {
  return lib
    .tokenize(set)
    .filter((t) => t.kind === 'abstract')
    .map((t) => t.value);
}

/**
 * Abstracts with nothing to repair: no artifact hint, and (once a real normalizer is
 * built) no fix from `explainNormalization`.
 */
export function cleanAbstracts(abstracts, explain) {
  return abstracts.filter(
    (text) =>
      !ARTIFACT_HINT.test(text) && (explain === undefined || explain(text).fixes.length === 0),
  );
}

/**
 * Abstracts full of artifacts: a snippet from {@link ARTIFACTS} after every sixth word.
 *
 * @example
 * ```js
 * withArtifacts(['a b c d e f g h'])[0]; // 'a b c d e f 2.44times g h'
 * ```
 */
export function withArtifacts(abstracts) {
  let next = 0;
  return abstracts.map((text) => {
    const words = text.split(' ');
    const out = [];
    for (let i = 0; i < words.length; i++) {
      out.push(words[i]);
      if (i % 6 === 5) out.push(ARTIFACTS[next++ % ARTIFACTS.length]);
    }
    return out.join(' ');
  });
}

/**
 * Repeat `unit` to `bytes` code units.
 *
 * @example
 * ```js
 * fill('ab', 5); // 'ababa'
 * ```
 */
export function fill(unit, bytes) {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

const TITLE = 'Hostile Input Survives Linear Time\n\n';

/**
 * Hostile inputs: `payload` is what `normalizeText` gets, `document` what `parseListing`
 * gets (content payloads sit in one paper's abstract, so the normalizer sees them).
 */
export const HOSTILE = [
  { name: 'backslashes', make: (n) => content(fill('\\', n)) },
  { name: 'braces', make: (n) => content(`${fill('{', n >> 1)}x${fill('}', n >> 1)}`) },
  { name: 'times', make: (n) => content(fill('times ', n)) },
  { name: '1times', make: (n) => content(fill('1times', n)) },
  { name: 'entity remnants ax2013b', make: (n) => content(fill('ax2013b ', n)) },
  { name: 'backticks', make: (n) => content(fill('`', n)) },
  { name: 'math words', make: (n) => content(fill('mathbf mathcal alpha leq sim frac ', n)) },
  // Groups whose evidence is asked of the whole text (`text-style`, `accents`): once a
  // pass, not once a group (quadratic before `ffe1134`).
  { name: 'author bold \\b{A}', make: (n) => content(fill('\\b{A}x ', n)) },
  { name: 'BibTeX case braces', make: (n) => content(fill('{C}osserat {1D} ', n)) },
  // Formulas whose readings search back or across the text (`math-delimiters`): a
  // formula's opener and a padded letter's twin, once a pass or within a formula's reach
  // (quadratic before this session's bounds: 1.5 s and 12 s on 200 kB of one line).
  { name: 'scripts in formulas $10^{3}$', make: (n) => content(fill('$10^{3}$ ', n)) },
  { name: 'padded letters $ x $', make: (n) => content(fill('$ x $ ', n)) },
  // TeX's opening quote and many `’’` that close it on no word (`quotes`): the search
  // for a word after an opener resumes where it stopped and stops at the `’’`
  // (quadratic before 2026-12-06's reviews: 22 s on 80 kB; with many openers, 27 s on
  // 192 kB).
  { name: 'opening quote ``!’’', make: (n) => content(`a \`\`${fill('!’’ ', n)}`) },
  { name: 'opening quotes ``!’’', make: (n) => content(fill(' ``!’’', n)) },
  // A list's Roman numerals in dollars, each asking for its neighbours: the text's items
  // found once a pass (a search per item: 13 s on 192 kB, review130).
  { name: 'roman items $v)$', make: (n) => content(fill(' $v)$ a,', n)) },
  { name: 'blank lines', make: (n) => structure(fill('\n', n)) },
  { name: 'footers', make: (n) => structure(fill('  • 3 authors\n·\nMar 11, 2024\n', n)) },
  { name: 'date lines', make: (n) => structure(fill('Mar 11\n', n)) },
  { name: 'one endless line', make: (n) => structure(fill('endless line of words ', n)) },
  // Machine-text symbols in many words (a text's shape looks for URLs word by word).
  { name: 'symbols in many words', make: (n) => structure(fill('key: value; ', n)) },
  // Distinct long URLs: one `Paper.links` entry each, the CLI's records' longest lists.
  { name: 'many links', make: (n) => content(links(n)) },
  // HTML pages and Hub JSON (issue 19): nesting, one huge attribute, broken page data.
  { name: 'HTML nested deep', make: (n) => structure(nestedPage(n)) },
  {
    name: 'HTML huge attribute',
    make: (n) =>
      structure(
        `<html><body><img src="data:image/png;base64,${fill('A', n)}">${hydrater(PAPERS)}</body></html>`,
      ),
  },
  {
    name: 'data-props not JSON',
    make: (n) => structure(`<html>${hydrater(fill('[1,', n))}</html>`),
  },
  {
    name: 'data-props __proto__',
    make: (n) => structure(`<html>${hydrater(protoEntries(n))}</html>`),
  },
  { name: 'JSON nested deep', make: (n) => structure(`${fill('[', n >> 1)}${fill(']', n >> 1)}`) },
  // Markdown (issue 15): runs micromark is known to be slow on (0.03–0.1 MB/s), some in
  // quadratic time (`[a](` across lines, `a*b `), in one paragraph. Past 16 KiB they are
  // not given to remark (`markdown-not-parsed`, bench/notes.md).
  ...['[', '`', '<', '*', '[a](', '[a](\n', 'a*b '].map((unit) => ({
    name: `Markdown: a run of ${unit.replace('\n', '\\n')}`,
    make: (n) => structure(`${MD_CARD}${fill(unit, n)}\n`),
  })),
];

/** A Markdown card before a hostile run, so the input is detected as Markdown. */
const MD_CARD = '### [Hostile Markdown](https://huggingface.co/papers/2401.00001)\n\n';

/** One paper of page data, HTML-escaped. */
const PAPERS = escapeProps(
  JSON.stringify({ dailyPapers: [{ paper: { id: '2401.00001', title: 'Deep' } }] }),
);

function escapeProps(json) {
  return json.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}

function hydrater(props) {
  return `<div class="SVELTE_HYDRATER contents" data-target="DailyPapers" data-props="${props}"></div>`;
}

/**
 * `<div>` nested to fill `bytes`, the page data at the bottom.
 *
 * @example
 * ```js
 * nestedPage(200).startsWith('<!doctype html><div><div>'); // true
 * ```
 */
function nestedPage(bytes) {
  const depth = Math.max(1, Math.floor((bytes - PAPERS.length) / 11));
  return `<!doctype html>${'<div>'.repeat(depth)}${hydrater(PAPERS)}${'</div>'.repeat(depth)}`;
}

/**
 * Page data whose entries carry `__proto__` and `constructor` keys, to `bytes`.
 *
 * @example
 * ```js
 * protoEntries(400).includes('__proto__'); // true
 * ```
 */
function protoEntries(bytes) {
  const entries = [];
  let length = 0;
  for (let k = 0; length < bytes; k++) {
    const entry = `{"__proto__": {"polluted": ${k}}, "constructor": {"prototype": {"x": 1}}, "paper": {"__proto__": {"title": "x"}, "id": "2401.${String(k % 100000).padStart(5, '0')}", "title": "Paper ${k}"}}`;
    entries.push(entry);
    length += entry.length * 1.3;
  }
  return escapeProps(`{"dailyPapers": [${entries.join(',')}]}`);
}

/**
 * Distinct URLs of about 70 characters, space-separated, to `bytes` code units.
 *
 * @example
 * ```js
 * links(200).split(' ').length; // 3
 * ```
 */
function links(bytes) {
  const parts = [];
  let length = 0;
  for (let k = 0; length < bytes; k++) {
    const url = `https://example.org/papers/${'p'.repeat(40)}/${k} `;
    parts.push(url);
    length += url.length;
  }
  return parts.join('').slice(0, bytes);
}

function content(payload) {
  return { payload, document: `${TITLE}${payload}\n` };
}

function structure(document) {
  return { payload: document, document };
}
