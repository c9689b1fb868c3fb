/**
 * `--input jsonl`: one capture per line of a JSON Lines file, as crawls and datasets
 * keep pages. Each line is an object; its text field holds the capture, its id field
 * (optional) names it in records and diagnostics.
 *
 * @module
 */
import type { ByteChunks } from './inputs.js';
import type { TaskInput } from './task.js';

/** Which fields of a line hold the capture and its id. */
export interface CaptureFields {
  readonly text: string;
  readonly id?: string;
}

/** A capture, or why a line is not one. */
export type CaptureLine = { readonly input: TaskInput } | { readonly problem: string };

/**
 * The captures in `chunks`, a JSONL file named `name`, read line by line (only one line
 * is held at a time). Without an id field, or when a line lacks it, a capture is named
 * `name:line`. `onBytes` is told how much was read.
 *
 * @example
 * ```ts
 * for await (const line of readCaptures('crawl.jsonl', chunks, { text: 'text', id: 'url' }, count)) {
 *   if ('problem' in line) console.error(line.problem);
 * }
 * ```
 */
export async function* readCaptures(
  name: string,
  chunks: ByteChunks,
  fields: CaptureFields,
  onBytes: (bytes: number) => void,
): AsyncGenerator<CaptureLine> {
  const decoder = new TextDecoder();
  let pending: Uint8Array[] = [];
  let number = 0;
  const line = (bytes: Uint8Array[]): CaptureLine | undefined => {
    number++;
    const text =
      bytes.map((part) => decoder.decode(part, { stream: true })).join('') + decoder.decode();
    return parseLine(text, `${name}:${number}`, fields);
  };
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    onBytes(bytes.length);
    let from = 0;
    for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, from)) {
      pending.push(bytes.subarray(from, at));
      const found = line(pending);
      pending = [];
      from = at + 1;
      if (found !== undefined) yield found;
    }
    if (from < bytes.length) pending.push(bytes.slice(from));
  }
  if (pending.length > 0) {
    const found = line(pending);
    if (found !== undefined) yield found;
  }
}

/**
 * One line: `undefined` when blank, else a capture or a problem.
 *
 * @example
 * ```ts
 * parseLine('{"url":"u","text":"Mar 11"}', 'a.jsonl:1', { text: 'text', id: 'url' });
 * // { input: { kind: 'text', source: 'u', text: 'Mar 11' } }
 * ```
 */
export function parseLine(
  text: string,
  where: string,
  fields: CaptureFields,
): CaptureLine | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return { problem: `${where}: not a JSON line; skipped` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problem: `${where}: not a JSON object; skipped` };
  }
  const record = value as Record<string, unknown>;
  const capture = record[fields.text];
  if (typeof capture !== 'string') {
    return { problem: `${where}: no string field ${JSON.stringify(fields.text)}; skipped` };
  }
  const id = fields.id === undefined ? undefined : record[fields.id];
  const source = typeof id === 'string' || typeof id === 'number' ? String(id) : where;
  return { input: { kind: 'text', source, text: capture } };
}
