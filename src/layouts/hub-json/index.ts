/**
 * The Hub-JSON layout: the Hub's own JSON (`/api/daily_papers`, `/api/papers/search`,
 * `/api/papers/<id>`) and the mirrors that keep it, as one JSON document or as JSON
 * Lines. A document is held whole (up to `maxInputLength`); JSON Lines are read line by
 * line as they arrive, so a stream of them needs memory for one line only.
 *
 * @module
 */
import type { AssembleSettings } from '../../assemble/paper.js';
import type { ListingSink } from '../../assemble/sink.js';
import { diagnostic } from '../../diagnostics.js';
import { readValue, reportNoPapers, valueSpan } from '../../hub/listing.js';
import type { EntryContext } from '../../hub/paper.js';
import { type JsonSource, jsonSource, lineSource } from '../../hub/source.js';
import { type Span, skipSpace } from '../../json/locate.js';
import { AFTER_VALUE, type JsonRead, readJson } from '../../json/read.js';
import { checkJson } from '../../json/syntax.js';

/** Limits the reader enforces (the stream's; the batch parser checks its own first). */
export interface HubJsonLimits {
  /** Longest document held whole. */
  readonly maxInputLength: number;
  /** Longest JSON Lines line held while waiting for its end. */
  readonly maxBlockLength: number;
}

/** A push reader: text in, papers and diagnostics to the sink. */
export interface HubJsonReader {
  push(text: string): void;
  end(): void;
  /** True once a line was too long: the rest of the input is not read. */
  readonly stopped: boolean;
}

const UNLIMITED: HubJsonLimits = {
  maxInputLength: Number.POSITIVE_INFINITY,
  maxBlockLength: Number.POSITIVE_INFINITY,
};

/**
 * Read a whole Hub-JSON input.
 *
 * @example
 * ```ts
 * readHubJson('[{"paper": {"id": "2401.00001", "title": "A Title"}}]', sink, { normalize: {} });
 * ```
 */
export function readHubJson(input: string, sink: ListingSink, settings: AssembleSettings): void {
  const reader = createHubJsonReader(sink, settings, UNLIMITED);
  reader.push(input);
  reader.end();
}

/**
 * Create a reader. It decides from the input's first line: an object that ends on its
 * own line starts JSON Lines; anything else is one document.
 *
 * @example
 * ```ts
 * const reader = createHubJsonReader(sink, settings, { maxInputLength: 1e9, maxBlockLength: 1e6 });
 * reader.push('{"title": "A", "id": "2401.00001"}\n{"ti');
 * reader.push('tle": "B", "id": "2401.00002"}\n');
 * reader.end(); // two papers
 * ```
 */
export function createHubJsonReader(
  sink: ListingSink,
  settings: AssembleSettings,
  limits: HubJsonLimits,
): HubJsonReader {
  let mode: 'sniff' | 'document' | 'lines' = 'sniff';
  let held: string[] = [];
  let heldLength = 0;
  // JSON Lines: the unfinished line (it has no line break, but maybe a last CR), where it
  // starts, and its number.
  let pending = '';
  let lineStart = 0;
  let lineNumber = 1;
  let stopped = false;

  // While sniffing: the first non-blank character, once seen.
  let first: string | undefined;

  /** Look at a newly held piece: decide once the first line's shape is known. */
  function sniff(piece: string, pieceStart: number): void {
    let i = pieceStart === 0 && piece.charCodeAt(0) === 0xfeff ? 1 : 0;
    if (first === undefined) {
      while (i < piece.length && ' \t\r\n'.includes(piece[i] ?? '')) i++;
      if (i === piece.length) return;
      first = piece[i];
      if (first !== '{') {
        mode = 'document';
        return;
      }
    }
    if (nextBreak(piece, i) !== -1) decide(false);
    // A first line longer than a JSON Lines line may be: one document.
    else if (heldLength > limits.maxBlockLength) mode = 'document';
  }

  /** The first line is complete (or the input ended): JSON Lines if it holds one object. */
  function decide(final: boolean): void {
    const text = held.join('');
    held = [text];
    const start = valueSpan(text, text.charCodeAt(0) === 0xfeff ? 1 : 0).start;
    const lineEnd = nextBreak(text, start);
    const checked = checkJson(text, start, lineEnd === -1 ? text.length : lineEnd);
    if (text[start] === '{' && checked.ok && (lineEnd === -1 || checked.end === lineEnd)) {
      mode = 'lines';
      held = [];
      heldLength = 0;
      lines(text, final);
    } else {
      mode = 'document';
    }
  }

  /** Read the complete lines of what is pending plus `text`. */
  function lines(text: string, final: boolean): void {
    // The pending text has no line break but perhaps a final CR: search from there.
    let from = 0;
    let search = Math.max(0, pending.length - 1);
    const buffer = pending + text;
    for (;;) {
      const at = nextBreak(buffer, search);
      if (at === -1) break;
      // A CR ending the chunk may be half of a CRLF: wait for the next chunk.
      if (buffer.charCodeAt(at) === 0x0d && at + 1 === buffer.length && !final) break;
      const width = buffer.charCodeAt(at) === 0x0d && buffer.charCodeAt(at + 1) === 0x0a ? 2 : 1;
      readLine(buffer.slice(from, at));
      lineStart += at + width - from;
      lineNumber++;
      from = at + width;
      search = from;
    }
    pending = buffer.slice(from);
    if (pending.length > limits.maxBlockLength) {
      tooLong();
    } else if (final && pending.length > 0) {
      readLine(pending);
      pending = '';
    }
  }

  function readLine(line: string): void {
    const span = valueSpan(line, lineNumber === 1 && line.charCodeAt(0) === 0xfeff ? 1 : 0);
    if (span.start >= line.length) return;
    const source = lineSource(line, lineStart, lineNumber);
    readText(source, span, 'JSON Lines line');
  }

  /** One JSON text (a document, or a line): its papers, or why there are none. */
  function readText(source: JsonSource, span: Span, what: string): void {
    // Values one after another (`jq '.[]'` prints each entry as a document of its own)
    // are read each in turn, as lines of JSON Lines are.
    let at = span;
    for (;;) {
      const read = readJson(source.text, at.start, source.text.length);
      const next = read.ok ? -1 : concatenatedAt(source.text, read);
      if (next === -1) {
        readOne(source, at, what, read);
        return;
      }
      const end = (read as { readonly offset: number }).offset;
      readOne(source, { start: at.start, end }, what, readJson(source.text, at.start, end));
      at = valueSpan(source.text, next);
    }
  }

  /** One read value's papers, or the diagnostic for text that is no JSON. */
  function readOne(source: JsonSource, span: Span, what: string, read: JsonRead): void {
    if (!read.ok) {
      const at = source.toInput(read.offset);
      const end = Math.max(at, source.toInput(source.text.length));
      sink.diagnostic(
        diagnostic('invalid-json', `${what} is not JSON: ${read.message}`, {
          start: source.point(at),
          end: source.point(end),
        }),
      );
      return;
    }
    const context: EntryContext = { source, settings, entryListingDates: true };
    if (!readValue(read.value, span, context, sink)) reportNoPapers(context, span, what, sink);
  }

  function tooLong(): void {
    stopped = true;
    pending = '';
    const start = { line: lineNumber, column: 1, offset: lineStart };
    const past = limits.maxBlockLength + 1;
    sink.diagnostic(
      diagnostic(
        'block-too-large',
        `JSON Lines line is over maxBlockLength (${limits.maxBlockLength} code units) before its end; the rest of the input was not parsed`,
        { start, end: { line: lineNumber, column: past + 1, offset: lineStart + past } },
      ),
    );
  }

  function document(): void {
    if (heldLength > limits.maxInputLength) {
      const origin = { line: 1, column: 1, offset: 0 };
      sink.diagnostic(
        diagnostic(
          'input-too-long',
          `Input is ${heldLength} code units long, over maxInputLength (${limits.maxInputLength}); nothing was parsed`,
          { start: origin, end: origin },
        ),
      );
      return;
    }
    const input = held.join('');
    held = [];
    const span = valueSpan(input, input.charCodeAt(0) === 0xfeff ? 1 : 0);
    if (span.start < input.length) readText(jsonSource(input), span, 'JSON document');
  }

  return {
    push(text) {
      if (stopped || text.length === 0) return;
      if (mode === 'lines') {
        lines(text, false);
        return;
      }
      const pieceStart = heldLength;
      heldLength += text.length;
      if (heldLength <= limits.maxInputLength) held.push(text);
      else held = [];
      if (mode === 'sniff') sniff(text, pieceStart);
    },
    end() {
      if (stopped) return;
      if (mode === 'sniff') {
        if (first === '{') decide(true);
        else mode = 'document';
      }
      if (mode === 'lines') lines('', true);
      else document();
    },
    get stopped() {
      return stopped;
    },
  };
}

/**
 * Where the next of values written one after another starts (a `{` or `[` after the
 * value `read` stopped at, past white space), or -1 when `read` failed otherwise.
 *
 * @example
 * ```ts
 * concatenatedAt('{"a":1}\n{"b":2}', { ok: false, message: 'Unexpected text after the JSON value', offset: 7 }); // 8
 * ```
 */
function concatenatedAt(text: string, read: JsonRead): number {
  if (read.ok || read.message !== AFTER_VALUE) return -1;
  const at = skipSpace(text, read.offset);
  const code = text.charCodeAt(at);
  return code === 0x7b || code === 0x5b ? at : -1;
}

/**
 * The first line break (`\n` or `\r`) at or after `from`, or -1.
 *
 * @example
 * ```ts
 * nextBreak('a\rb\nc', 0); // 1
 * ```
 */
function nextBreak(text: string, from: number): number {
  const lf = text.indexOf('\n', from);
  const cr = text.indexOf('\r', from);
  if (lf === -1) return cr;
  if (cr === -1) return lf;
  return Math.min(lf, cr);
}
