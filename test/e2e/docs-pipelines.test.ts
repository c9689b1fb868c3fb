/**
 * The pipelines of docs/cli.md, run as written: every ```sh test``` block runs with bash
 * (`set -euo pipefail`) in a folder holding `captures/` and `crawl.jsonl`, with the BUILT
 * command on PATH as `paper-listing`, and its stdout must equal the block's `#>` lines.
 * `needs=…` names tools a block needs; a block whose tool is missing is skipped, and
 * the test name says so. DuckDB: the `duckdb` command if installed, else the same engine
 * from the npm registry (@duckdb/node-api, a devDependency) behind a `duckdb -csv -c`
 * stand-in.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fencedBlocks } from '../docs/examples.js';
import { BUILT_CLI, ROOT } from '../support/built-cli.js';

const doc = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8');
const blocks = fencedBlocks('docs/cli.md', doc).filter(
  (block) => block.lang === 'sh' && block.flags.includes('test'),
);

function found(command: string): string | undefined {
  const which = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : undefined;
}

/** A Python that has pandas: `python3` on PATH, or Debian's. */
function pandasPython(): string | undefined {
  for (const python of ['python3', '/usr/bin/python3']) {
    if (spawnSync(python, ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0) {
      return found(python) ?? python;
    }
  }
  return undefined;
}

/** The folder the examples run in, with the command (and stand-ins) on PATH. */
function workspace(): { dir: string; bin: string; tools: Map<string, string | undefined> } {
  const dir = mkdtempSync(join(tmpdir(), 'paper-listing-docs-'));
  const bin = join(dir, 'bin');
  mkdirSync(join(dir, 'captures'));
  mkdirSync(bin);
  const names = [
    '000_444d491a8cf7bda0.txt',
    '001_3000abd2b438303c.txt',
    '002_057a4f06c7a496ea.txt',
    '004_42f5292a8f8eecce.txt',
  ];
  for (const name of names) copyFileSync(join(ROOT, 'fixtures', name), join(dir, 'captures', name));
  copyFileSync(join(ROOT, 'fixtures/md-firecrawl-search.md'), join(dir, 'captures/search.md'));
  const crawl = [...names, 'search.md'].map((name) =>
    JSON.stringify({
      url: `https://example.org/${name}`,
      text: readFileSync(join(dir, 'captures', name), 'utf8'),
    }),
  );
  writeFileSync(join(dir, 'crawl.jsonl'), `${crawl.join('\n')}\n`);
  writeFileSync(
    join(bin, 'paper-listing'),
    `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BUILT_CLI)} "$@"\n`,
    { mode: 0o755 },
  );
  const tools = new Map<string, string | undefined>();
  tools.set('jq', found('jq') === undefined ? undefined : 'jq');
  tools.set('parallel', found('parallel') === undefined ? undefined : 'GNU parallel');
  if (found('duckdb') !== undefined) {
    tools.set('duckdb', 'the duckdb command');
  } else {
    const shim = fileURLToPath(new URL('../support/duckdb-shim.mjs', import.meta.url));
    writeFileSync(
      join(bin, 'duckdb'),
      `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(shim)} "$@"\n`,
      { mode: 0o755 },
    );
    tools.set('duckdb', '@duckdb/node-api (no duckdb command here)');
  }
  const python = pandasPython();
  if (python !== undefined && python !== found('python3'))
    symlinkSync(python, join(bin, 'python3'));
  tools.set('pandas', python === undefined ? undefined : `pandas (${python})`);
  return { dir, bin, tools };
}

const space = workspace();

describe('docs/cli.md pipelines', () => {
  it('has the tested blocks the issue asks for', () => {
    const text = blocks.map((block) => block.code).join('\n');
    for (const tool of [
      'jq',
      'duckdb',
      'python3',
      'parquet',
      '--merge',
      '--jobs',
      '--input jsonl',
      'xargs -P',
    ]) {
      expect(text, tool).toContain(tool);
    }
  });

  for (const block of blocks) {
    const needs = (block.flags.find((flag) => flag.startsWith('needs='))?.slice(6) ?? '')
      .split(',')
      .filter(Boolean);
    const missing = needs.filter((tool) => space.tools.get(tool) === undefined);
    const using = needs.map((tool) => space.tools.get(tool)).filter(Boolean);
    const name = `line ${block.line}${using.length > 0 ? `, with ${using.join(', ')}` : ''}`;
    if (missing.length > 0) {
      it.skip(`${name}: SKIPPED, ${missing.join(', ')} not installed on this machine`, () => {});
      continue;
    }
    it(name, () => {
      const expected = block.code
        .split('\n')
        .filter((line) => line.startsWith('#>'))
        .map((line) => line.slice(line.startsWith('#> ') ? 3 : 2));
      const run = spawnSync('bash', ['-c', `set -euo pipefail\n${block.code}`], {
        cwd: space.dir,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${space.bin}:${process.env.PATH}` },
        timeout: 60_000,
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(expected.length === 0 ? '' : `${expected.join('\n')}\n`);
    });
  }
});
