/**
 * The docs example runner: finds the fenced blocks of a Markdown file and turns a
 * block into a module that imports the source and asserts its `// →` lines. The
 * convention is described in examples.test.ts.
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** Package specifiers and the source files they stand for. */
const SPECIFIERS: Record<string, string> = {
  'paper-listing': join(root, 'src/index.ts'),
  'paper-listing/node': join(root, 'src/node/index.ts'),
};

export interface Block {
  readonly file: string;
  /** 1-based line of the block's first code line in its file. */
  readonly line: number;
  readonly lang: string;
  readonly flags: readonly string[];
  readonly code: string;
}

/**
 * Fenced code blocks of a Markdown file (backtick or tilde fences, any length).
 *
 * @example
 * ```ts
 * fencedBlocks('a.md', '```ts no-run\nx;\n```\n'); // [{ lang: 'ts', flags: ['no-run'], code: 'x;', … }]
 * ```
 */
export function fencedBlocks(file: string, markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const open = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)(.*)$/.exec(lines[index] ?? '');
    if (!open) continue;
    const fence = open[1] ?? '```';
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length && !isClosingFence(lines[end] ?? '', fence)) {
      body.push(lines[end] ?? '');
      end++;
    }
    blocks.push({
      file,
      line: index + 2,
      lang: (open[2] ?? '').toLowerCase(),
      flags: (open[3] ?? '').trim().split(/\s+/).filter(Boolean),
      code: body.join('\n'),
    });
    index = end;
  }
  return blocks;
}

function isClosingFence(line: string, fence: string): boolean {
  const trimmed = line.trim();
  return trimmed.startsWith(fence) && trimmed.replaceAll(fence[0] ?? '`', '') === '';
}

const IMPORT_FROM = /(\bfrom\s*|\bimport\s*\(?\s*)(['"])(paper-listing(?:\/[\w./-]+)?)\2/g;

/** Whether the block is one this test runs. */
export function isRunnable(block: Block): boolean {
  if (!['ts', 'js', 'typescript', 'javascript'].includes(block.lang)) return false;
  if (block.flags.includes('no-run')) return false;
  return [...block.code.matchAll(IMPORT_FROM)].length > 0;
}

/**
 * The block as a module: package imports pointed at the source, `// →` lines turned
 * into assertions through `__expect` (provided by the prelude).
 *
 * @example
 * ```ts
 * toModule("f(); // → 2"); // includes "__expect((f()), (2), 1);"
 * ```
 */
export function toModule(code: string): string {
  const body = code
    .replace(IMPORT_FROM, (_match, head: string, quote: string, specifier: string) => {
      return `${head}${quote}${resolveSpecifier(specifier)}${quote}`;
    })
    .split('\n')
    .map((line, index) => assertion(line, index + 1))
    .join('\n');
  return `import { expect as __vitestExpect } from 'vitest';
const __expect = (actual, expected, line) =>
  __vitestExpect(actual, \`block line \${line}\`).toEqual(expected);
${body}
`;
}

function resolveSpecifier(specifier: string): string {
  const source = SPECIFIERS[specifier];
  if (source !== undefined) return pathToFileURL(source).href;
  if (specifier.startsWith('paper-listing/schema/')) {
    return pathToFileURL(join(root, specifier.slice('paper-listing/'.length))).href;
  }
  throw new Error(`unknown package specifier in a docs example: ${specifier}`);
}

const ARROW = /^(\s*)(.*?);?\s*\/\/\s*(?:→|=>)\s*(.+?)\s*$/;
const DECLARATION = /^(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=/;
const CONSOLE_LOG = /^console\.log\((.*)\)$/;

function assertion(line: string, lineNumber: number): string {
  const found = ARROW.exec(line);
  if (!found) return line;
  const [, indent = '', code = '', expected = ''] = found;
  const declared = DECLARATION.exec(code);
  if (declared) return `${indent}${code}; __expect(${declared[1]}, (${expected}), ${lineNumber});`;
  const actual = CONSOLE_LOG.exec(code)?.[1] ?? code;
  return `${indent}__expect((${actual}), (${expected}), ${lineNumber});`;
}
