/**
 * The code examples in README.md and docs/*.md are run, so they cannot drift from
 * the library. The convention, for whoever writes docs:
 *
 * - A fenced block tagged `ts` or `js` (```ts) that imports from `paper-listing`
 *   (or `paper-listing/node`, `paper-listing/schema/…`) is run as an ES module, with
 *   the imports pointed at the source (`src/index.ts`, …). Other blocks are not run.
 * - Tag a block ```ts no-run to keep it out (a fragment, pseudo-code, a CLI session).
 * - Each block runs alone: define every variable it uses. Top-level `await` works.
 *   Relative paths such as `fixtures/001_3000abd2b438303c.txt` resolve from the working
 *   directory, the repository root under `npm test`.
 * - A line ending in `// → value` (or `// => value`) is an assertion: the expression
 *   before the comment must deep-equal `value`, which is a JavaScript expression.
 *   `console.log(x); // → value` checks `x`; `const x = …; // → value` checks `x`.
 *   Use a plain `//` comment, without the arrow, for prose or printed output.
 * - `console.log` output is swallowed while blocks run.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { fencedBlocks, isRunnable, root, toModule } from './examples.js';

function docsFiles(): string[] {
  const docs = readdirSync(join(root, 'docs'), { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => `docs/${entry.name}`)
    .sort();
  return ['README.md', ...docs];
}

const blocks = docsFiles().flatMap((file) =>
  fencedBlocks(file, readFileSync(join(root, file), 'utf8')).filter(isRunnable),
);
const workDir = join(tmpdir(), `paper-listing-doc-examples-${process.pid}`);

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe('docs examples run', () => {
  it('finds the README example', () => {
    expect(blocks.some((block) => block.file === 'README.md')).toBe(true);
  });

  it.each(blocks.map((block) => [`${block.file}:${block.line}`, block] as const))(
    '%s',
    async (name, block) => {
      mkdirSync(workDir, { recursive: true });
      const path = join(
        workDir,
        `${name.replace(/[^\w]+/g, '_')}.${block.lang.startsWith('j') ? 'mjs' : 'mts'}`,
      );
      writeFileSync(path, toModule(block.code));
      const log = vi.spyOn(console, 'log').mockImplementation(() => {});
      try {
        await import(pathToFileURL(path).href);
      } finally {
        log.mockRestore();
      }
    },
  );
});

describe('the example runner itself', () => {
  it('reads fences, languages and flags', () => {
    const found = fencedBlocks(
      'x.md',
      "text\n```ts no-run\nconst a = 1;\n```\n~~~js\nimport { parseListing } from 'paper-listing';\n~~~\n",
    );
    expect(found.map(({ line, lang, flags, code }) => ({ line, lang, flags, code }))).toEqual([
      { line: 3, lang: 'ts', flags: ['no-run'], code: 'const a = 1;' },
      { line: 6, lang: 'js', flags: [], code: "import { parseListing } from 'paper-listing';" },
    ]);
    expect(found.map(isRunnable)).toEqual([false, true]);
  });

  it('turns arrow comments into assertions and leaves prose comments alone', () => {
    const module = toModule(
      [
        "import { tokenize } from 'paper-listing';",
        'tokenize(text).length; // → 4',
        'console.log(a, b); // a and b',
        'console.log(x); // => [1]',
        'const n: number = f(); // → 2',
      ].join('\n'),
    );
    expect(module).toContain(`from '${pathToFileURL(join(root, 'src/index.ts')).href}'`);
    expect(module).toContain('__expect((tokenize(text).length), (4), 2);');
    expect(module).toContain('console.log(a, b); // a and b');
    expect(module).toContain('__expect((x), ([1]), 4);');
    expect(module).toContain('const n: number = f(); __expect(n, (2), 5);');
  });

  it('fails a block whose assertion is false', async () => {
    mkdirSync(workDir, { recursive: true });
    const path = join(workDir, 'self_check_false.mts');
    writeFileSync(
      path,
      toModule("import { tokenize } from 'paper-listing';\ntokenize('').length; // → 1"),
    );
    await expect(import(pathToFileURL(path).href)).rejects.toThrow(/block line 2/);
  });
});
