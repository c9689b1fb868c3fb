/**
 * The papers of one JSON value: a single entry, or every list of entries found by shape
 * (see `find.ts`). Shared by the Hub-JSON layout (documents and JSON Lines) and the
 * HTML layout (a page's embedded data).
 *
 * @module
 */
import type { ListingSink } from '../assemble/sink.js';
import { diagnostic } from '../diagnostics.js';
import { arrayItems, objectMembers, type Span, skipSpace, valueEnd } from '../json/locate.js';
import type { Paper } from '../schema.js';
import { type EntryList, findEntryLists, unwrapEntry } from './find.js';
import { type EntryContext, readEntry } from './paper.js';
import { locatePath, positionOf } from './source.js';

/**
 * The span of the JSON value starting at the first non-blank character from `from`.
 *
 * @example
 * ```ts
 * valueSpan('  [1, 2]\n', 0); // { start: 2, end: 8 }
 * ```
 */
export function valueSpan(text: string, from: number): Span {
  const start = skipSpace(text, from);
  return { start, end: valueEnd(text, start) };
}

/**
 * Read every paper list in `value` (or `value` itself, when it is one entry) to the sink.
 * Returns false when the value holds no paper data at all.
 *
 * @example
 * ```ts
 * readValue(JSON.parse(text), valueSpan(text, 0), context, sink); // true, papers sent
 * ```
 */
export function readValue(
  value: unknown,
  span: Span,
  context: EntryContext,
  sink: ListingSink,
): boolean {
  if (unwrapEntry(value) !== undefined) {
    readEntry(value, span, context, sink);
    return true;
  }
  const lists = findEntryLists(value);
  for (const list of lists) readList(list, span, context, sink);
  return lists.length > 0;
}

/**
 * Read the entries of one list found in the value at `span`. Returns the papers.
 *
 * @example
 * ```ts
 * readList(list, rootSpan, context, sink); // [paper, paper, …]
 * ```
 */
export function readList(
  list: EntryList,
  span: Span,
  context: EntryContext,
  sink: ListingSink,
): Paper[] {
  const at = locatePath(context.source.text, span, list.path);
  const papers: Paper[] = [];
  if (at === undefined) return papers;
  const items =
    list.keys === undefined
      ? arrayItems(context.source.text, at.start)
      : keyedSpans(context.source.text, at.start, list.keys);
  list.items.forEach((item, index) => {
    const itemSpan = items[index] ?? at;
    const paper = readEntry(item, itemSpan, context, sink);
    if (paper !== undefined) papers.push(paper);
  });
  return papers;
}

/**
 * The spans of an object's members' values, in the order of `keys` (a repeated key's
 * last value, as `JSON.parse` keeps it).
 *
 * @example
 * ```ts
 * keyedSpans('{"b": 1, "a": 22}', 0, ['b', 'a']); // [{ start: 6, end: 7 }, { start: 14, end: 16 }]
 * ```
 */
function keyedSpans(text: string, at: number, keys: readonly string[]): Array<Span | undefined> {
  const byKey = new Map<string, Span>();
  for (const member of objectMembers(text, at)) byKey.set(member.key, member);
  return keys.map((key) => byKey.get(key));
}

/**
 * The `no-paper-data` diagnostic for a JSON value with no paper entries.
 *
 * @example
 * ```ts
 * reportNoPapers(context, span, "JSON document", sink); // sink.diagnostic({ code: "no-paper-data", … })
 * ```
 */
export function reportNoPapers(
  context: EntryContext,
  span: Span,
  what: string,
  sink: ListingSink,
): void {
  sink.diagnostic(
    diagnostic(
      'no-paper-data',
      `${what} holds no paper entries (objects with a title and a paper id, summary or authors)`,
      positionOf(context.source, span),
    ),
  );
}
