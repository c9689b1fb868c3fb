/**
 * Benchmark corpora, built from the real fixtures. Every copy is made unique (a tag
 * word is inserted into every title and abstract), so no string cache can serve a
 * repeat, and the layout stays valid, so the paper count is known: 248 papers per set
 * of the four plain-text captures, 120 per Markdown capture.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

/** Bump when the corpus layout changes, so stale cached files are not reused. */
const GENERATOR_VERSION = 1;

export const TEXT_FIXTURES = [
  '000_444d491a8cf7bda0.txt',
  '001_3000abd2b438303c.txt',
  '002_057a4f06c7a496ea.txt',
  '004_42f5292a8f8eecce.txt',
];
export const MARKDOWN_FIXTURE = 'md-firecrawl-search.md';
/** Papers in one set of the four plain-text fixtures (56 + 41 + 82 + 69). */
export const PAPERS_PER_TEXT_SET = 248;
/** Papers in the Markdown fixture. */
export const PAPERS_PER_MARKDOWN_COPY = 120;

/**
 * A tag word for copy `k`: lowercase letters only, so it never starts a sentence,
 * never makes a line look like a date or a footer, and never adds a sentence break.
 *
 * @example
 * ```js
 * tagFor(0); // 'qa'
 * tagFor(27); // 'qbb'
 * ```
 */
export function tagFor(k) {
  let letters = '';
  let n = k;
  do {
    letters = String.fromCharCode(0x61 + (n % 26)) + letters;
    n = Math.floor(n / 26);
  } while (n > 0);
  return `q${letters}`;
}

/**
 * Where a tag goes in a field: at the first space that follows a letter (so
 * `U.S. Army` never loses its sentence break), or at the end.
 *
 * @example
 * ```js
 * insertionPoint('Unified Auto-Encoding'); // 7
 * ```
 */
export function insertionPoint(field) {
  for (let i = 1; i < field.length; i++) {
    if (field.charCodeAt(i) !== 0x20) continue;
    const before = field.charCodeAt(i - 1);
    if ((before >= 0x61 && before <= 0x7a) || (before >= 0x41 && before <= 0x5a)) return i;
  }
  return field.length;
}

/**
 * A text split at insertion points: `copy(k)` puts a tag word at each point, unique per
 * copy and per field, so even a paper that two captures share (and the parser would
 * drop as a duplicate) stays a distinct paper.
 *
 * @example
 * ```js
 * const template = makeTemplate('Mar 11\n\nA Title here\n', [9]);
 * template.copy(0); // 'Mar 11\n\nA qa Title here\n'
 * ```
 */
export function makeTemplate(text, points) {
  const pieces = [];
  let from = 0;
  for (const point of [...points].sort((a, b) => a - b)) {
    pieces.push(text.slice(from, point));
    from = point;
  }
  pieces.push(text.slice(from));
  const fields = points.length;
  return {
    length: text.length,
    fields,
    copy(k) {
      let out = pieces[0];
      for (let i = 1; i < pieces.length; i++) out += ` ${tagFor(k * fields + i - 1)}${pieces[i]}`;
      return out;
    },
  };
}

/**
 * The plain-text template: the four fixtures joined, with a point in every title and
 * abstract as the library's own `tokenize` finds them.
 */
export function textTemplate(fixtures, tokenize) {
  const set = `${fixtures.map((text) => (text.endsWith('\n') ? text : `${text}\n`)).join('\n')}\n`;
  const points = [];
  for (const token of tokenize(set)) {
    if (token.kind !== 'title' && token.kind !== 'abstract') continue;
    points.push(token.start.offset + insertionPoint(token.value));
  }
  return makeTemplate(set, points);
}

/**
 * The Markdown template: the capture without its front matter (a second front matter
 * in the middle of a file would be a thematic break), with a point in every
 * `### [Title](…)` heading and every abstract link paragraph.
 */
export function markdownTemplate(markdown) {
  const body = stripFrontMatter(markdown);
  const set = body.endsWith('\n') ? `${body}\n` : `${body}\n\n`;
  const points = [];
  let offset = 0;
  for (const line of set.split('\n')) {
    const isTitle = line.startsWith('### [');
    const isAbstract = line.startsWith('[') && line.length > 200 && /^\[[A-Za-z]/.test(line);
    if (isTitle || isAbstract) {
      const start = isTitle ? 5 : 1;
      points.push(offset + start + insertionPoint(line.slice(start)));
    }
    offset += line.length + 1;
  }
  const template = makeTemplate(set, points);
  return {
    ...template,
    frontMatter: markdown.slice(0, markdown.length - body.length),
    // The Markdown path dedupes by arXiv id too: shift each id's year by the copy number.
    copy: (k) =>
      template
        .copy(k)
        .replace(
          ARXIV_IN_URL,
          (_, lead, year, rest) =>
            `${lead}${String((Number(year) + k) % 100).padStart(2, '0')}${rest}`,
        ),
  };
}

/** An arXiv id in a Hugging Face paper URL, plain or percent-encoded: `papers/2606.00683`. */
const ARXIV_IN_URL = /(papers\/|papers%2F)(\d{2})(\d{2}\.\d{4,5})/g;

function stripFrontMatter(markdown) {
  if (!markdown.startsWith('---\n')) return markdown;
  const end = markdown.indexOf('\n---\n', 4);
  return end === -1 ? markdown : markdown.slice(end + 5);
}

/**
 * `copies` unique copies of a template, as one flat string.
 *
 * @example
 * ```js
 * corpus(template, 3, 0).length; // about 3 × template.length
 * ```
 */
export function corpus(template, copies, first = 0) {
  const parts = new Array(copies);
  for (let k = 0; k < copies; k++) parts[k] = template.copy(first + k);
  return parts.join('');
}

/** How many copies make about `bytes` of input. */
export function copiesFor(template, bytes) {
  return Math.max(1, Math.round(bytes / template.length));
}

/** A short hash of the fixtures and the generator, naming cached files. */
export function corpusKey(fixtures) {
  const hash = createHash('sha256');
  hash.update(String(GENERATOR_VERSION));
  for (const text of fixtures) hash.update(text);
  return hash.digest('hex').slice(0, 12);
}

/**
 * A corpus file under `dir`, written copy by copy (never whole in memory), reused
 * when it exists.
 */
export function corpusFile(dir, name, template, copies, prefix = '', first = 0) {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  if (existsSync(file)) return file;
  const partial = `${file}.partial`;
  const fd = openSync(partial, 'w');
  try {
    if (prefix) writeSync(fd, prefix);
    for (let k = 0; k < copies; k++) writeSync(fd, template.copy(first + k));
  } finally {
    closeSync(fd);
  }
  renameSync(partial, file);
  return file;
}

/** Read the fixtures from `root/fixtures`. */
export function readFixtures(root) {
  const dir = join(root, 'fixtures');
  return {
    text: TEXT_FIXTURES.map((name) => readFileSync(join(dir, name), 'utf8')),
    markdown: readFileSync(join(dir, MARKDOWN_FIXTURE), 'utf8'),
  };
}
