/**
 * The points through the BUILT command: dates (several time zones, no global
 * reference date), merging, --dedupe, strict mode, --fail-on, the summary, --help, and
 * the stale-build check behind `npm start`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleReason } from '../../scripts/ensure-built.mjs';
import { FIELD_NAMES } from '../../src/cli/fields.js';
import { parseListing } from '../../src/index.js';
import { jsonLines, ROOT, runBuilt } from '../support/built-cli.js';
import { readFixture } from '../support/fixtures.js';
import { recordProblems } from '../support/records.js';

const scratch = mkdtempSync(join(tmpdir(), 'paper-listing-e2e-'));
const CARD =
  'Dec 11\n\nEMO: Earth Mover Distance Optimization\n\n' +
  'We propose EMO. It runs 2.44times faster. Code is released.\n\n  • 3 authors\n·\nJul 25 2\n';

describe('dates', () => {
  it.each(['UTC', 'Asia/Tokyo', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago'])(
    'a Date reference is its local calendar day, with TZ=%s',
    (zone) => {
      const script = `
        import { parseListing } from ${JSON.stringify(join(ROOT, 'dist/index.js'))};
        const text = ${JSON.stringify(CARD)};
        const [paper] = parseListing(text, { referenceDate: new Date(2024, 11, 11) }).papers;
        process.stdout.write(JSON.stringify([paper.listedAt, paper.publishedAt, new Date(2024, 11, 11).toISOString()]));`;
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
        encoding: 'utf8',
        env: { ...process.env, TZ: zone },
      });
      expect(run.stderr).toBe('');
      const [listedAt, publishedAt, instant] = JSON.parse(run.stdout) as string[];
      expect([listedAt, publishedAt]).toEqual(['2024-12-11', '2024-07-25']);
      // The zone really was in force: east of UTC, local midnight is the day before in UTC.
      if (zone === 'Asia/Tokyo') expect(instant).toBe('2024-12-10T15:00:00.000Z');
    },
  );

  it('the CLI passes no reference date of its own: records carry what each listing resolved', () => {
    const names = ['001_3000abd2b438303c.txt', 'md-firecrawl-search.md', 'handmade/trending.md'];
    const records = jsonLines(runBuilt(['--quiet', ...names.map((n) => `fixtures/${n}`)]).text);
    const papers = names.flatMap((name) => parseListing(readFixture(name)).papers);
    expect(records.map((r) => [r.listedAt, r.publishedAt])).toEqual(
      papers.map((p) => [p.listedAt ?? null, p.publishedAt ?? null]),
    );
    // Yearless dates are null in the ISO fields, never "--07-25"; the printed form stays.
    const yearless = records.find((r) => r.published === '--07-25');
    expect(yearless).toMatchObject({ publishedAt: null, listingDate: '--12-11', listedAt: null });
    expect(records.some((r) => String(r.publishedAt).startsWith('-'))).toBe(false);
    const dated = jsonLines(
      runBuilt(['--reference-date', '2024-12-11', 'fixtures/001_3000abd2b438303c.txt']).text,
    );
    expect(dated[1]).toMatchObject({ listedAt: '2024-12-11', publishedAt: '2024-07-25' });
  });
});

describe('merging', () => {
  /** Two days of one Markdown page: the same paper, other upvotes, one title changed. */
  const day = (date: string, upvotes: number, title: string): string =>
    `${date}\n\n[${upvotes}](https://huggingface.co/login)\n\n### [${title}](https://huggingface.co/papers/2401.00001)\n\nAn abstract. It is short.\n\n` +
    `[4](https://huggingface.co/login)\n\n### [Other Paper](https://huggingface.co/papers/2401.00002)\n\nAnother abstract. It is short too.\n`;
  const tue = join(scratch, 'tue.md');
  const mon = join(scratch, 'mon.md');
  writeFileSync(tue, day('Dec 11', 9, 'A Title'));
  writeFileSync(mon, day('Dec 10', 3, 'A Title, Revised'));

  it('--merge: one record per paper, every source and date, the latest upvotes, a warning', () => {
    const run = runBuilt(['--merge', '--reference-date', '2024-12-11', tue, mon]);
    expect(run.code).toBe(0);
    const records = jsonLines(run.text);
    expect(records).toHaveLength(2);
    for (const record of records) expect(recordProblems(record)).toEqual([]);
    expect(records[0]).toMatchObject({
      title: 'A Title',
      source: tue,
      sources: [tue, mon],
      listingDates: ['2024-12-10', '2024-12-11'],
      upvotes: 9, // Dec 11's, though Dec 10 was read after it
    });
    expect(run.stderr).toBe(
      // At the card, which starts at its upvote count (`[3]`, column 2).
      `${mon}:3:2: warning conflicting-title arXiv 2401.00001 is titled "A Title" at ${tue}:3, here "A Title, Revised"; merged under the first title\n`,
    );
  });

  it('--dedupe merges within each input only', () => {
    const twice = join(scratch, 'twice.md');
    writeFileSync(twice, `${day('Dec 10', 3, 'A Title')}\n${day('Dec 11', 9, 'A Title')}`);
    const records = jsonLines(
      runBuilt(['--dedupe', '--reference-date', '2024-12-11', twice, twice]).text,
    );
    expect(records.map((r) => [r.title, r.upvotes, r.listingDates])).toEqual([
      ['A Title', 9, ['2024-12-10', '2024-12-11']],
      ['Other Paper', 4, ['2024-12-10', '2024-12-11']],
      ['A Title', 9, ['2024-12-10', '2024-12-11']],
      ['Other Paper', 4, ['2024-12-10', '2024-12-11']],
    ]);
  });
});

describe('strict mode, --fail-on and the summary', () => {
  const footers = readFixture('001_3000abd2b438303c.txt');
  const inside = join(scratch, 'inside.txt');
  writeFileSync(inside, footers.replace('\n  • 1 authors\n', '\n-----\n  • 1 authors\n'));

  it('--strict writes the papers completed before the error and names the open card', () => {
    const run = runBuilt(['--strict', '--jobs', '2', inside, 'fixtures/001_3000abd2b438303c.txt']);
    expect(run.code).toBe(1);
    expect(jsonLines(run.text).map((r) => r.title)).toEqual([
      parseListing(footers).papers[0]?.title,
    ]);
    expect(run.stderr).toBe(
      `${inside}:25:1: error unrecognized-line Line could not be placed: "-----"\n` +
        `${inside}:21:1: --strict stopped inside the card "A Markov Categorical Framework for Language Modeling"; it is not written\n`,
    );
  });

  it('--fail-on error fails /etc/passwd after writing everything; warning is stricter', () => {
    const passwd = join(scratch, 'passwd');
    writeFileSync(
      passwd,
      'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n',
    );
    for (const file of [
      passwd,
      ...(spawnSync('test', ['-r', '/etc/passwd']).status === 0 ? ['/etc/passwd'] : []),
    ]) {
      const lenient = runBuilt(['--quiet', file, 'fixtures/001_3000abd2b438303c.txt']);
      const failing = runBuilt([
        '--quiet',
        '--fail-on',
        'error',
        file,
        'fixtures/001_3000abd2b438303c.txt',
      ]);
      expect(lenient.code).toBe(0);
      expect(failing.code).toBe(1);
      expect(failing.text).toBe(lenient.text); // everything was still written
    }
    const warned = join(scratch, 'warned.txt');
    writeFileSync(warned, 'Dec 11\n\nA Title Without Abstract\n\n  • 3 authors\n·\nJul 25\n');
    expect(runBuilt(['--quiet', '--fail-on', 'error', warned]).code).toBe(0);
    expect(runBuilt(['--quiet', '--fail-on', 'warning', warned]).code).toBe(1);
  });

  it('--summary prints one line: papers, inputs, diagnostics by severity', () => {
    const run = runBuilt(['--quiet', '--summary', 'fixtures/001_3000abd2b438303c.txt', inside]);
    expect(run.stderr).toBe('paper-listing: 82 papers from 2 inputs; 1 error, 0 warnings\n');
    // Not on a pipe without --summary.
    expect(runBuilt(['fixtures/001_3000abd2b438303c.txt']).stderr).toBe('');
  });
});

describe('a closed pipe with workers', () => {
  it('`--jobs 2 … | head -n 2`: two records, exit 0, no stack trace', () => {
    const files = Array<string>(12).fill('fixtures/002_057a4f06c7a496ea.txt');
    const run = spawnSync(
      'bash',
      [
        '-c',
        '"$0" dist/cli.js --jobs 2 "$@" | head -n 2; echo "exit $PIPESTATUS"',
        process.execPath,
        ...files,
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('exit 0');
  });

  it('`--help | head -n 1`: exit 0, no stack trace', () => {
    const run = spawnSync(
      'bash',
      ['-c', '"$0" dist/cli.js --help | head -n 1; echo "exit $PIPESTATUS"', process.execPath],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('Usage: paper-listing [options] [files...]\nexit 0\n');
  });
});

describe('usage', () => {
  it('--help names every field, and examples with files the user has or placeholders', () => {
    const help = runBuilt(['--help']).text;
    for (const field of FIELD_NAMES) expect(help).toContain(field);
    const examples = help.slice(help.indexOf('Examples'));
    expect(examples).toMatch(/CAPTURE\.txt, DAY\*\.md and CRAWL\.jsonl stand for your own files/);
    expect(examples).not.toMatch(/fixtures\/| listing\.txt/);
  });

  it('docs/cli.md documents every record field', () => {
    const doc = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8');
    const table = doc.slice(doc.indexOf('## Records'), doc.indexOf('## Formats'));
    for (const field of FIELD_NAMES) expect(table, field).toContain(`\`${field}\``);
  });

  it('npm start finds dist/ fresh after a build, so it does not rebuild', () => {
    expect(staleReason()).toBeUndefined();
  });
});
