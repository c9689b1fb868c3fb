/**
 * Classify a line once, by cheap features, into what it could be on its own. The
 * machine then decides from context; nothing re-scans the text.
 *
 * @module
 */
import { looksLikeAbstract } from './abstract.js';
import { isChrome } from './chrome.js';
import { type DateLine, parseDateLine } from './date-line.js';
import { parseAuthorsLine } from './footer-authors.js';
import { isFooterSeparator } from './footer-separator.js';
import { hasLetter, looksLikeTitle } from './title.js';

/** What a line could be, before context decides. */
export type LineClass =
  | { readonly type: 'chrome' }
  | { readonly type: 'date'; readonly date: DateLine }
  | { readonly type: 'authors'; readonly count: number }
  | { readonly type: 'separator' }
  | {
      readonly type: 'text';
      readonly letters: boolean;
      readonly abstract: boolean;
      readonly title: boolean;
    };

const CHROME: LineClass = { type: 'chrome' };
const SEPARATOR: LineClass = { type: 'separator' };

/**
 * Classify a trimmed, whitespace-collapsed line.
 *
 * @example
 * ```ts
 * classifyLine('Subscribe');     // { type: 'chrome' }
 * classifyLine('• 3 authors');   // { type: 'authors', count: 3 }
 * classifyLine('Oct 7, 2023');   // { type: 'date', date: { month: 10, day: 7, year: 2023, valid: true } }
 * classifyLine('EMO: Earth Mover Distance'); // { type: 'text', letters: true, abstract: false, title: true }
 * ```
 */
export function classifyLine(line: string): LineClass {
  if (isChrome(line)) return CHROME;
  if (isFooterSeparator(line)) return SEPARATOR;
  const date = parseDateLine(line);
  if (date !== undefined) return { type: 'date', date };
  const count = parseAuthorsLine(line);
  if (count !== undefined) return { type: 'authors', count };
  // Letters first, however long the line: a 300-character rule of `=` is no abstract.
  const letters = hasLetter(line);
  const abstract = letters && looksLikeAbstract(line);
  return { type: 'text', letters, abstract, title: letters && !abstract && looksLikeTitle(line) };
}
