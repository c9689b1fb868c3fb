import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_DEFAULT_FIELDS } from '../../src/cli/fields.js';
import { parseListing, toPaperRecord } from '../../src/index.js';
import { readFixture, TEXT_FIXTURE_NAMES, TEXT_FIXTURES } from '../support/fixtures.js';
import { cli, fixturePath, parseCsv, Sink, stdinOf } from './io.js';

const FOOTERS = '001_3000abd2b438303c.txt';
const footers = readFixture(FOOTERS);
const paths = TEXT_FIXTURE_NAMES.map(fixturePath);
const scratch = mkdtempSync(join(tmpdir(), 'paper-listing-cli-'));

function jsonl(text: string): Record<string, unknown>[] {
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('paper-listing on the four plain-text captures', () => {
  it('writes 248 JSONL lines, each paper with its source, and nothing to stderr', async () => {
    const { code, stdout, stderr } = await cli(paths);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const records = jsonl(stdout);
    expect(records).toHaveLength(248);
    const counts = paths.map((path) => records.filter((r) => r.source === path).length);
    expect(counts).toEqual(TEXT_FIXTURE_NAMES.map((name) => TEXT_FIXTURES[name]));
    // Same papers as the library, in order, as records: without `fixes` or the raw text.
    const first = parseListing(readFixture(TEXT_FIXTURE_NAMES[0] ?? '')).papers[0];
    expect(first).toBeDefined();
    if (first) expect(records[0]).toEqual(toPaperRecord(first, { source: paths[0] ?? '' }));
    expect(records.some((r) => 'fixes' in r || 'rawTitle' in r)).toBe(false);
  });

  it('reads stdin with no file arguments, and with -, naming it -', async () => {
    const bytes = new TextEncoder().encode(footers);
    const chunks = [bytes.subarray(0, 1000), bytes.subarray(1000, 1001), bytes.subarray(1001)];
    const alone = await cli([], { stdin: stdinOf(chunks) });
    expect(alone.code).toBe(0);
    const records = jsonl(alone.stdout);
    expect(records).toHaveLength(41);
    expect(records.every((r) => r.source === '-')).toBe(true);
    expect(records.map((r) => r.title)).toEqual(parseListing(footers).papers.map((p) => p.title));

    const mixed = await cli([paths[0] ?? '', '-'], { stdin: stdinOf(chunks) });
    expect(jsonl(mixed.stdout).map((r) => r.source)).toEqual([
      ...Array<string>(56).fill(paths[0] ?? ''),
      ...Array<string>(41).fill('-'),
    ]);
  });
});

describe('bad inputs', () => {
  it('a missing file is named on stderr, exits 1, and the good files are still written', async () => {
    const missing = join(scratch, 'no-such-listing.txt');
    const { code, stdout, stderr } = await cli([fixturePath(FOOTERS), missing]);
    expect(code).toBe(1);
    expect(stderr).toBe(`paper-listing: ${missing}: no such file or directory (ENOENT)\n`);
    expect(jsonl(stdout)).toHaveLength(41);
  });

  it('a directory is named on stderr, exits 1, and the next file is still read', async () => {
    const { code, stdout, stderr } = await cli([scratch, fixturePath(FOOTERS)]);
    expect(code).toBe(1);
    expect(stderr).toBe(`paper-listing: ${scratch}: is a directory\n`);
    expect(jsonl(stdout)).toHaveLength(41);
  });

  it('a binary file gets a binary-input diagnostic and is skipped', async () => {
    const binary = join(scratch, 'image.png');
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
    writeFileSync(binary, png);
    const { code, stdout, stderr } = await cli([binary, fixturePath(FOOTERS)]);
    expect(code).toBe(0);
    expect(stderr).toBe(
      `${binary}:1:1: error binary-input Input looks binary (a NUL byte at byte 8); skipped\n`,
    );
    expect(jsonl(stdout)).toHaveLength(41);
    // With --strict the skipped file is an error: exit 1, and nothing after it is read.
    const strict = await cli(['--strict', binary, fixturePath(FOOTERS)]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
  });

  it('a file of random non-UTF-8 bytes without NULs is binary too', async () => {
    const noise = join(scratch, 'noise.bin');
    writeFileSync(
      noise,
      Uint8Array.from({ length: 9000 }, (_, i) => 0x80 + ((i * 37) % 0x7f)),
    );
    const { stderr, stdout } = await cli([noise]);
    expect(stderr).toMatch(
      /^.*noise\.bin:1:1: error binary-input Input looks binary \(\d+ of \d+ characters are not UTF-8\); skipped\n$/,
    );
    expect(stdout).toBe('');
  });
});

describe('diagnostics', () => {
  const broken = footers.replace('Jul 25\n\n', 'Jul 25\n\n-----\n\n');
  const brokenLine = broken.split('\n').indexOf('-----') + 1;

  it('go to stderr as file:line:column: severity code message', async () => {
    const { code, stdout, stderr } = await cli([], { stdin: stdinOf([broken]) });
    expect(code).toBe(0);
    expect(stderr).toBe(
      `-:${brokenLine}:1: error unrecognized-line Line could not be placed: "-----"\n`,
    );
    expect(jsonl(stdout)).toHaveLength(41);
  });

  it('--quiet hides them', async () => {
    const { code, stderr } = await cli(['--quiet'], { stdin: stdinOf([broken]) });
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it('--strict stops at the first error with exit 1, after the papers completed before it', async () => {
    const file = join(scratch, 'broken.txt');
    writeFileSync(file, broken);
    const { code, stdout, stderr } = await cli(['--strict', file, fixturePath(FOOTERS)]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `${file}:${brokenLine}:1: error unrecognized-line Line could not be placed: "-----"\n`,
    );
    // The second card's footer ends before the bad line: it is written too, though the
    // parser hands it on only at the third title.
    expect(jsonl(stdout).map((r) => r.title)).toEqual(
      parseListing(footers)
        .papers.slice(0, 2)
        .map((p) => p.title),
    );
  });

  it('--strict names the card that was open at the error, which is not written', async () => {
    const inside = footers.replace('\n  • 1 authors\n', '\n-----\n  • 1 authors\n');
    const line = inside.split('\n').indexOf('-----') + 1;
    const { code, stdout, stderr } = await cli(['--strict'], { stdin: stdinOf([inside]) });
    expect(code).toBe(1);
    const [, second] = parseListing(footers).papers;
    expect(stderr).toBe(
      `-:${line}:1: error unrecognized-line Line could not be placed: "-----"\n` +
        `-:${second?.position.start.line}:1: --strict stopped inside the card ${JSON.stringify(second?.title)}; it is not written\n`,
    );
    expect(jsonl(stdout)).toHaveLength(1);
  });
});

describe('options', () => {
  it('--format csv writes a header and one row per paper', async () => {
    const { code, stdout } = await cli(['--format', 'csv', fixturePath(FOOTERS)]);
    expect(code).toBe(0);
    const rows = parseCsv(stdout);
    expect(rows[0]).toEqual([...CSV_DEFAULT_FIELDS]);
    expect(rows).toHaveLength(1 + 41);
    const papers = parseListing(footers).papers;
    expect(rows[1]).toEqual([
      fixturePath(FOOTERS),
      String(papers[0]?.position.start.line),
      papers[0]?.title,
      '', // listed "Dec 11": no year without --reference-date
      '2023-10-07', // printed "Oct 7, 2023"
      '3', // "• 3 authors"
      '',
      '',
      '',
      '',
      papers[0]?.abstract,
    ]);
    expect(rows[2]?.[4]).toBe(''); // "Jul 25": never "--07-25" in an ISO column
  });

  it('--fields picks the CSV columns; an unknown one is a usage error', async () => {
    const { stdout } = await cli([
      '--format',
      'csv',
      '--fields',
      'title,publishedAt,comments',
      '--reference-date',
      '2024-12-11',
      fixturePath(FOOTERS),
    ]);
    const rows = parseCsv(stdout);
    expect(rows[0]).toEqual(['title', 'publishedAt', 'comments']);
    expect(rows[2]?.slice(1)).toEqual(['2024-07-25', '']);
    const bad = await cli(['--format', 'csv', '--fields', 'title,color', fixturePath(FOOTERS)]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Unknown field "color"/);
    expect(bad.stdout).toBe('');
  });

  it('--format json streams one JSON array', async () => {
    const { stdout } = await cli(['--format', 'json', fixturePath(FOOTERS)]);
    expect(stdout.startsWith('[\n{"source":')).toBe(true);
    const papers = JSON.parse(stdout) as unknown[];
    expect(papers).toHaveLength(41);
    const empty = await cli(['--format', 'json'], { stdin: stdinOf(['new\n']) });
    expect(empty.stdout).toBe('[]\n');
  });

  it('--explain adds each fix, with offsets into the file', async () => {
    const { stdout } = await cli(['--explain', fixturePath(FOOTERS)]);
    const records = jsonl(stdout);
    type Fix = { start: number; end: number; before: string; after: string };
    const fixes = records.flatMap((r) => (r.fixes as Fix[] | undefined) ?? []);
    expect(fixes.length).toBeGreaterThan(0);
    for (const fix of fixes) expect(footers.slice(fix.start, fix.end)).toBe(fix.before);
    expect(fixes.some((fix) => fix.before === 'times' && fix.after === '×')).toBe(true);
  });

  it('--no-normalize keeps the artifacts and makes no fixes', async () => {
    const { stdout } = await cli(['--no-normalize', '--explain', fixturePath(FOOTERS)]);
    const records = jsonl(stdout);
    expect(records.every((r) => Array.isArray(r.fixes) && r.fixes.length === 0)).toBe(true);
    const normalized = jsonl((await cli([fixturePath(FOOTERS)])).stdout);
    const index = normalized.findIndex((r) => String(r.abstract).includes('×'));
    expect(index).toBeGreaterThanOrEqual(0);
    expect(String(records[index]?.abstract)).not.toContain('×');
  });

  it('--reference-date resolves yearless dates', async () => {
    const records = jsonl(
      (await cli(['--reference-date', '2024-12-11', fixturePath(FOOTERS)])).stdout,
    );
    expect(records[1]?.publishedAt).toBe('2024-07-25');
    expect(records.every((r) => typeof r.publishedAt === 'string')).toBe(true);
  });

  it('reads saved HTML and Hub JSON, and writes their fields as CSV columns', async () => {
    const fields = 'arxivId,authors,submittedBy,githubUrl,githubStars,arxivUrl,aiSummary';
    const html = await cli([
      '--format',
      'csv',
      '--fields',
      fields,
      fixturePath('handmade/html-trending.html'),
    ]);
    expect(html.code).toBe(0);
    expect(html.stdout.split('\n')[0]).toBe(fields);
    expect(html.stdout.split('\n')[2]).toBe(
      // The record contract (docs/cli.md, Formats): arxivId quoted, lists as JSON text.
      '"2508.03680","[""Xufang Luo"",""Yuge Zhang"",""Zhiyuan He"",""Zilong Wang"",""Siyun Zhao"",""Dongsheng Li"",""Luna K. Qiu"",""Yuqing Yang""]",taesiri,https://github.com/microsoft/agent-lightning,9812,https://arxiv.org/abs/2508.03680,Agent Lightning decouples agent execution from reinforcement learning training for any AI agent.',
    );
    const jsonLines = fixturePath('handmade/hub-papers.jsonl');
    const forced = jsonl((await cli(['--input-format', 'hub-json', jsonLines])).stdout);
    const auto = jsonl((await cli([jsonLines])).stdout);
    expect(forced.map((paper) => paper.arxivId)).toEqual([
      '2609.11115',
      '2502.20581',
      '2409.02908',
    ]);
    expect(auto).toEqual(forced);
  }, 30_000);

  it('--input-format text reads a Markdown file as plain text', async () => {
    const markdown = fixturePath('md-firecrawl-search.md');
    const text = jsonl((await cli(['--input-format', 'text', '--quiet', markdown])).stdout);
    const auto = jsonl((await cli([markdown])).stdout);
    expect(auto).toHaveLength(120);
    expect(text.length).not.toBe(120);
  }, 30_000);
});

describe('usage', () => {
  it.each([
    [['--format', 'xml']],
    [['--bogus']],
    [['--reference-date', '2024-02-30']],
    [['--reference-date', 'yesterday']],
    [['--input-format', 'pdf']],
    [['--fields', 'title,color']],
    [['--jobs', '0']],
    [['--text-field', 'body']],
    [['--fail-on', 'notice']],
  ])('%j is a usage error: exit 2, a message, no output', async (argv) => {
    const { code, stdout, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error: /);
  });

  it('refuses to write Parquet to a terminal', async () => {
    const stdout = new Sink({ isTTY: true });
    const { code, stderr } = await cli(['--format', 'parquet', fixturePath(FOOTERS)], { stdout });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: Parquet is binary/);
    expect(stdout.text).toBe('');
  });

  it('--help documents every option and the exit codes, on stdout', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    for (const option of [
      '--format',
      '--fields',
      '--input-format',
      '--reference-date',
      '--no-normalize',
      '--explain',
      '--raw',
      '--input',
      '--text-field',
      '--id-field',
      '--merge',
      '--dedupe',
      '--jobs',
      '--fail-on',
      '--summary',
      '--strict',
      '--quiet',
      '--version',
      '--help',
    ]) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toMatch(/Exit codes:\n\s+0 .*\n\s+1 .*\n\s+2 +usage error/);
  });

  it('--version prints the package version', async () => {
    const { code, stdout } = await cli(['--version']);
    expect(code).toBe(0);
    const { version } = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    );
    expect(stdout).toBe(`${version}\n`);
  });
});
