import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Link, Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parseListing } from '../../src/index.js';
import type { NormalizeOptions } from '../../src/normalize/index.js';
import { OFF_BY_DEFAULT } from '../../src/normalize/registry.js';
import { readFixture, TEXT_FIXTURE_NAMES } from '../support/fixtures.js';

/** Options the rule examples run with: the `macros` rule's example needs one. */
export const EXAMPLE_OPTIONS = { macros: { model: 'KDiT' } } as const;

/**
 * The options a rule's doc examples run with: its macros for `macros`, and a rule that
 * is off by default (`dashes`) turned on.
 *
 * @example
 * ```ts
 * exampleOptions('dashes'); // { rules: { dashes: true } }
 * ```
 */
export function exampleOptions(name: string): NormalizeOptions {
  if (name === 'macros') return EXAMPLE_OPTIONS;
  return OFF_BY_DEFAULT.has(name) ? { rules: { [name]: true } } : {};
}

/** What `<TAB>`, `<FF>`, `<BS>`, `<CR>`, `<LF>`, `<BEL>` and `<VT>` stand for in a doc example. */
const CONTROLS: Readonly<Record<string, string>> = {
  TAB: '\t',
  FF: '\f',
  BS: '\b',
  CR: '\r',
  LF: '\n',
  BEL: '\x07',
  VT: '\v',
};

/**
 * A doc example's text with its control-character placeholders (`<TAB>`) replaced.
 *
 * @example
 * ```ts
 * withControls('3.6<TAB>imes'); // '3.6\times'
 * ```
 */
export function withControls(text: string): string {
  return text.replace(/<(TAB|FF|BS|CR|LF|BEL|VT)>/g, (_, name: string) => CONTROLS[name] as string);
}

/**
 * The before → after pairs of a rule file's doc comment (its first ```text block),
 * with control-character placeholders replaced (see {@link withControls}).
 */
export function docExamples(ruleName: string): [string, string][] {
  const path = fileURLToPath(new URL(`../../src/normalize/rules/${ruleName}.ts`, import.meta.url));
  const source = readFileSync(path, 'utf8');
  const open = source.indexOf(' * ```text\n');
  const close = source.indexOf(' * ```\n', open + 1);
  if (open < 0 || close < 0) throw new Error(`${ruleName}: no \`\`\`text example block`);
  return source
    .slice(open + ' * ```text\n'.length, close)
    .split('\n')
    .filter((line) => line.startsWith(' * '))
    .map((line) => {
      const parts = line.slice(3).split(' → ');
      if (parts.length !== 2) throw new Error(`${ruleName}: example without one " → ": ${line}`);
      return [withControls(parts[0] as string), withControls(parts[1] as string)];
    });
}

/** Every title and abstract of the four plain-text fixtures, as parsed without normalizing. */
export function plainTextFields(): string[] {
  const fields: string[] = [];
  for (const name of TEXT_FIXTURE_NAMES) {
    for (const paper of parseListing(readFixture(name), { normalize: false }).papers) {
      fields.push(paper.title);
      if (paper.abstract !== '') fields.push(paper.abstract);
    }
  }
  return fields;
}

/**
 * Titles and abstracts of the Markdown capture: the text of the links to paper pages
 * (`### [title](…/papers/id)` and `[abstract](…/papers/id)`), Markdown escapes read.
 */
export function markdownFields(): string[] {
  const tree = fromMarkdown(readFixture('md-firecrawl-search.md'));
  const fields: string[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'link' && /\/papers\/\d{4}\.\d{4,5}$/.test(node.url)) {
      const text = linkText(node).trim();
      if (text !== '') fields.push(text);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return fields;
}

function linkText(node: Link | Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if ('children' in node) return node.children.map((child) => linkText(child)).join('');
  return '';
}
