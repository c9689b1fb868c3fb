/**
 * The one pipeline every entry runs: chunks of text in, papers, chrome, listing dates
 * and diagnostics out to a `ListingSink`. Batch parsing pushes the whole input as one
 * chunk; the stream pushes many; both go through the same stages, so they agree by
 * construction.
 *
 * ```text
 * chunks → sniff (the first DETECT_WINDOW code units)
 *        → envelope (front matter / header / fence: metadata, reference date, body start)
 *        → layout (detected or given): plain text streams line by line; the others are
 *          held and lowered at the end (see their modules)
 *        → card grammar → assembler → sink
 * ```
 *
 * An entry passes the layouts it ships, so `paper-listing/text` leaves remark out.
 *
 * @module
 */
import { cardsTo } from '../assemble/cards.js';
import type { FullDate } from '../assemble/dates.js';
import type { AssembleSettings } from '../assemble/paper.js';
import type { ListingSink } from '../assemble/sink.js';
import { looksLikeMojibake, repairMojibake } from '../decode/mojibake.js';
import { diagnostic } from '../diagnostics.js';
import { type Envelope, readEnvelope } from '../envelope/index.js';
import type { ContentLine } from '../grammar/content-line.js';
import { createCardGrammar } from '../grammar/index.js';
import { hasCitations } from '../layouts/citation-markers.js';
import {
  DETECT_WINDOW,
  detectEarly,
  detectLayout,
  detectPage,
  type Layout,
} from '../layouts/detect.js';
import { backTo } from '../layouts/repaired.js';
import { createTextLayout } from '../layouts/text.js';
import { measureWrap } from '../layouts/wrap.js';
import { createPointMapper, pointAfter } from '../lines/points.js';
import { createLineSplitter, lineFeeds } from '../lines/split.js';
import type { Diagnostic, Point, ReferenceDate } from '../schema.js';
import type { ResolvedOptions } from './options.js';

/** Lowers a held layout's syntax, from `body` to the end, into content lines. */
export type LayoutReader = (input: string, emit: (line: ContentLine) => void, body: Point) => void;

/**
 * Reads a structured capture (a page's embedded data, the Hub's JSON) straight into
 * papers: there is no card syntax to lower, the data names every field.
 */
export type SinkReader = (input: string, sink: ListingSink, settings: AssembleSettings) => void;

/** A structured reader fed chunk by chunk (JSON Lines: one line held at a time). */
export interface PushReader {
  push(text: string): void;
  end(): void;
  /** True once it stopped reading (a line over its limit). */
  readonly stopped: boolean;
}

/** Limits a {@link PushReader} enforces itself. */
export interface PushLimits {
  readonly maxInputLength: number;
  readonly maxBlockLength: number;
}

/**
 * A structured reader: whole input at once (`toSink`), or pushed chunk by chunk
 * (`push`), which then replaces holding the input.
 */
export interface StructuredReader {
  readonly toSink: SinkReader;
  readonly push?: (sink: ListingSink, settings: AssembleSettings, limits: PushLimits) => PushReader;
}

/** What a {@link PieceReader} is told. */
export interface PieceOptions {
  /** Where the body starts (after front matter). */
  readonly from: Point;
  /** Undo UTF-8-read-as-Windows-1252 before parsing. */
  readonly repair: boolean;
  /** Longest piece held for a block still open; past it, a warning and a cut. */
  readonly maxPieceLength?: number;
  /** Longest line read; past it, `onOverlong` and nothing more (as for plain text). */
  readonly maxLineLength?: number;
  readonly onOverlong?: (line: number, offset: number) => void;
  readonly diagnostic: (diagnostic: Diagnostic) => void;
}

/** A layout lowered as it arrives, piece by piece (Markdown): nothing is held whole. */
export interface PieceReader {
  readonly pieces: (
    emit: (line: ContentLine) => void,
    options: PieceOptions,
  ) => { push(text: string): void; end(): void; readonly pendingLength: number };
}

/** The layouts an entry can read besides plain text, which is always there. */
export type LayoutReaders = Partial<
  Record<Exclude<Layout, 'text'>, LayoutReader | StructuredReader | PieceReader>
>;

/** A push-based parser: feed text chunks, results go to the sink. */
export interface Pipeline {
  push(chunk: string): void;
  end(): void;
  /** Code units held: the line in progress, or the input held for its layout. */
  readonly pendingLength: number;
  /** True once a line passed `maxBlockLength`: the rest of the input is not read. */
  readonly stopped: boolean;
}

const ORIGIN: Point = { line: 1, column: 1, offset: 0 };

/** How much of the input the envelope reader sees. */
const ENVELOPE_WINDOW = 64 * 1024;

/**
 * Create the pipeline writing to `sink`.
 *
 * @example
 * ```ts
 * const pipeline = createPipeline(resolveOptions({}), sink, { markdown: readMarkdown });
 * pipeline.push('Mar 11\n\nA Title\n\nAn abstract. It has sentences.\n');
 * pipeline.end(); // sink.paper(…)
 * ```
 */
export function createPipeline(
  options: ResolvedOptions,
  sink: ListingSink,
  readers: LayoutReaders,
  maxBlockLength?: number,
): Pipeline {
  let held: string[] = [];
  let heldLength = 0;
  let sniffing = true;
  let layout: Layout = 'text';
  let envelope: Envelope | undefined;
  let settings: AssembleSettings = options.settings;
  // The plain-text path, once the layout is known.
  let text: ReturnType<typeof createTextLayout> | undefined;
  let grammar: ReturnType<typeof createCardGrammar> | undefined;
  // A structured layout read as it arrives.
  let pushed: PushReader | undefined;
  // A layout lowered piece by piece (Markdown).
  let pieces: ReturnType<PieceReader['pieces']> | undefined;
  let tooLongReported = false;
  // A detected layout this entry does not read: reading it as plain text would invent papers.
  let unread = false;
  // The capture was decoded once as Windows-1252: its text is repaired on the way in.
  let repair = false;
  let stopped = false;
  const limit =
    maxBlockLength === undefined
      ? {}
      : {
          maxLength: maxBlockLength,
          onOverlong(line: number, offset: number) {
            stopped = true;
            held = [];
            sink.diagnostic(overlong(line, offset, maxBlockLength));
          },
        };
  // Every line of a held layout is measured too, so the limit means the same for all.
  const measure = maxBlockLength === undefined ? undefined : createLineSplitter(() => {}, limit);

  /**
   * Decide envelope and layout from what is held; `complete` at the end of input. Each
   * reads a fixed window (the envelope the first {@link ENVELOPE_WINDOW} code units, the
   * layout the first {@link DETECT_WINDOW} of the page), so batch and stream, however
   * chunked, decide on the same text.
   */
  function decide(complete: boolean): boolean {
    const head = held.join('');
    held = head.length === 0 ? [] : [head];
    // A window that cuts a line ends at the last line break before the cut: the
    // envelope never reads part of a line as a whole one.
    const window = head.length > ENVELOPE_WINDOW ? wholeLines(head, ENVELOPE_WINDOW) : head;
    const found = readEnvelope(window, complete || head.length >= ENVELOPE_WINDOW);
    if (found === undefined) return false;
    const body = head.slice(found.body.offset);
    const early =
      options.format === 'auto' || options.format === 'hub-json' ? detectEarly(body) : undefined;
    if (!complete && early === undefined && body.length < DETECT_WINDOW) return false;
    envelope = found;
    // Detection and wrap measurement cut lines at LF: a lone CR is written as one, in
    // the window they read only (not a copy of the whole capture).
    const sample = lineFeeds(body.length > DETECT_WINDOW ? body.slice(0, DETECT_WINDOW) : body);
    const chosen = options.format === 'auto' ? (early ?? detectLayout(sample)) : options.format;
    unread = chosen !== 'text' && readers[chosen] === undefined;
    layout = chosen;
    sniffing = false;
    const reference = referenceOf(options.settings.reference, found);
    settings =
      reference === undefined
        ? options.settings
        : { ...options.settings, reference: reference.date };
    // A paper's own page is read by the lines' layouts; HTML and JSON carry its data.
    const page =
      layout === 'html' || layout === 'hub-json'
        ? undefined
        : detectPage(sample, found.metadata.url);
    sink.capture({
      layout,
      ...(Object.keys(found.metadata).length > 0 ? { metadata: found.metadata } : {}),
      ...(reference === undefined ? {} : { referenceDate: reference.stated }),
      ...(page === undefined ? {} : { page }),
    });
    if (unread) {
      sink.diagnostic(unsupported(chosen));
      held = [];
      return true;
    }
    const wrap = layout === 'text' ? measureWrap(sample) : undefined;
    // Plain text continues a line where a wrap was found, or where a line was cut
    // mid-phrase (`layouts/dangling-line.ts`).
    grammar = createCardGrammar(cardsTo(sink, settings, options.dedupe !== false), {
      ...(found.urlDate === undefined ? {} : { pageDate: found.urlDate }),
      marked: layout !== 'text',
      ...(page === undefined ? {} : { page }),
    });
    repair = looksLikeMojibake(sample);
    if (repair) sink.diagnostic(mojibake(sample, found.body));
    for (const line of found.lines) grammar.line(line);
    const reader = readers[chosen as Exclude<Layout, 'text'>];
    if (reader !== undefined && typeof reader !== 'function' && 'pieces' in reader) {
      const at = grammar;
      pieces = reader.pieces((line) => at.line(line), {
        from: found.body,
        repair,
        ...(chosen === 'markdown' && hasCitations(sample) ? { citations: true } : {}),
        ...(maxBlockLength === undefined ? {} : { maxPieceLength: maxBlockLength }),
        ...(limit.maxLength === undefined
          ? {}
          : { maxLineLength: limit.maxLength, onOverlong: limit.onOverlong }),
        diagnostic: (found) => sink.diagnostic(found),
      });
      held = [];
      heldLength = 0;
      if (body.length > 0) pieces.push(body);
      return true;
    }
    if (
      reader !== undefined &&
      typeof reader !== 'function' &&
      'push' in reader &&
      reader.push !== undefined
    ) {
      // It enforces both limits itself: a JSON document is one long line, legitimately.
      pushed = reader.push(sink, settings, {
        maxInputLength: options.maxInputLength,
        maxBlockLength: maxBlockLength ?? Number.POSITIVE_INFINITY,
      });
      held = [];
      heldLength = 0;
      pushed.push(head);
      return true;
    }
    if (layout !== 'text') {
      measure?.push(head);
      // Sniffing held the head whatever its length; from here the limit holds.
      if (heldLength > options.maxInputLength) held = [];
      return true;
    }
    const at = grammar;
    text = createTextLayout((line) => at.line(line), {
      from: found.body,
      ...(found.fence === undefined ? {} : { fence: found.fence }),
      ...(wrap === undefined ? {} : { wrap }),
      ...(repair ? { repair } : {}),
      ...limit,
    });
    held = [];
    heldLength = 0;
    if (body.length > 0) text.push(body);
    return true;
  }

  function hold(chunk: string): void {
    if (!sniffing) {
      measure?.push(chunk);
      if (stopped) return;
    }
    heldLength += chunk.length;
    if (!sniffing && heldLength > options.maxInputLength) {
      // Past the limit only the length is kept, for the message.
      held = [];
      return;
    }
    held.push(chunk);
  }

  return {
    push(chunk) {
      if (chunk.length === 0 || unread || stopped) return;
      if (text !== undefined) {
        text.push(chunk);
        return;
      }
      if (pushed !== undefined) {
        pushed.push(chunk);
        return;
      }
      if (pieces !== undefined) {
        pieces.push(chunk);
        return;
      }
      const before = heldLength;
      hold(chunk);
      // A JSON opening decides at once (`detectEarly`); else at DETECT_WINDOW.
      if (sniffing && !stopped && (heldLength >= DETECT_WINDOW || before < 64)) decide(false);
    },
    end() {
      // After a stop the lines before the overlong one are all there will be: the card
      // they left open is finished as at the input's end (review24's L2: a card with its
      // whole footer was lost).
      if (stopped) {
        grammar?.end();
        return;
      }
      if (sniffing) decide(true);
      if (unread || stopped) return;
      if (text !== undefined) text.end();
      else if (pushed !== undefined) pushed.end();
      else if (pieces !== undefined) pieces.end();
      else if (grammar !== undefined && envelope !== undefined) {
        if (heldLength > options.maxInputLength) {
          if (!tooLongReported) sink.diagnostic(tooLong(heldLength, options.maxInputLength));
          tooLongReported = true;
        } else {
          const input = held.join('');
          held = [];
          const reader = readers[layout as Exclude<Layout, 'text'>];
          const at = grammar;
          const repaired = repair ? repairMojibake(input) : undefined;
          const read = typeof reader === 'function' ? reader : undefined;
          if (reader !== undefined && typeof reader !== 'function' && 'toSink' in reader)
            reader.toSink(input, sink, settings);
          else if (repaired === undefined) read?.(input, (line) => at.line(line), envelope.body);
          else {
            const points = createPointMapper(input, ORIGIN);
            const body = envelope.body;
            read?.(repaired.text, (line) => at.line(backTo(input, repaired, points, line)), body);
          }
        }
      }
      grammar?.end();
    },
    get pendingLength() {
      return text?.pendingLength ?? pieces?.pendingLength ?? heldLength;
    },
    get stopped() {
      return stopped || pushed?.stopped === true;
    },
  };
}

/**
 * The first `max` code units of `text`, cut back to just after their last line break
 * (nothing when there is none).
 *
 * @example
 * ```ts
 * wholeLines('ab\ncd', 4); // 'ab\n'
 * ```
 */
function wholeLines(text: string, max: number): string {
  const cut = text.slice(0, max);
  const end = Math.max(cut.lastIndexOf('\n'), cut.lastIndexOf('\r'));
  // A CR at the cut may be half of a CRLF: the LF belongs to it.
  if (end === max - 1 && text.charCodeAt(end) === 0x0d && text.charCodeAt(max) === 0x0a) {
    return text.slice(0, max + 1);
  }
  return cut.slice(0, end + 1);
}

/**
 * The reference date: the option, else the capture's own date, else the listing day
 * its URL names.
 */
function referenceOf(
  option: FullDate | undefined,
  envelope: Envelope,
): { date: FullDate; stated: ReferenceDate } | undefined {
  if (option !== undefined)
    return { date: option, stated: { date: iso(option), source: 'option' } };
  const captured = envelope.captured;
  if (captured !== undefined) {
    const [year = 0, month = 0, day = 0] = captured.date.split('-').map(Number);
    return { date: { year, month, day }, stated: { date: captured.date, source: captured.source } };
  }
  const urlDate = envelope.urlDate;
  if (urlDate !== undefined)
    return { date: urlDate, stated: { date: iso(urlDate), source: 'url' } };
  return undefined;
}

function iso(date: FullDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/**
 * The diagnostic for a detected layout this entry does not read, at the input's start.
 *
 * @example
 * ```ts
 * unsupported('markdown').code; // 'unsupported-layout'
 * ```
 */
function unsupported(layout: string): Diagnostic {
  return diagnostic(
    'unsupported-layout',
    `Input looks like a '${layout}' capture; this entry reads plain text only (use 'paper-listing')`,
    { start: ORIGIN, end: ORIGIN },
  );
}

/**
 * The warning for a capture whose text is repaired, at the first repaired sequence.
 *
 * @example
 * ```ts
 * mojibake('Â· Letâ€™s', ORIGIN).code; // 'mojibake-repaired'
 * ```
 */
function mojibake(sample: string, body: Point): Diagnostic {
  const repaired = repairMojibake(sample);
  let at = 0;
  while (repaired !== undefined && at < repaired.text.length && repaired.sourceIndex(at) === at)
    at++;
  const start = pointAfter(sample, body, Math.min(sample.length, at));
  return diagnostic(
    'mojibake-repaired',
    `Text looks like UTF-8 read as Windows-1252 (\u00e2\u20ac\u2122 for ’); repaired where the bytes decode: ${repaired?.count ?? 0} sequences in the first ${sample.length} characters`,
    { start, end: start },
  );
}

/**
 * The diagnostic for a line over `maxBlockLength`. Its range ends where the line passed
 * the limit: how much more of it was read depends on the chunking.
 *
 * @example
 * ```ts
 * overlong(3, 20, 10).position.end.offset; // 31
 * ```
 */
function overlong(line: number, offset: number, max: number): Diagnostic {
  return diagnostic(
    'block-too-large',
    `Line is over maxBlockLength (${max} code units) before its end; the rest of the input was not parsed`,
    {
      start: { line, column: 1, offset },
      end: { line, column: max + 2, offset: offset + max + 1 },
    },
  );
}

/**
 * The diagnostic for an input over `maxInputLength`, at the input's start.
 *
 * @example
 * ```ts
 * tooLong(300, 200).code; // 'input-too-long'
 * ```
 */
export function tooLong(length: number, max: number): Diagnostic {
  return diagnostic(
    'input-too-long',
    `Input is ${length} code units long, over maxInputLength (${max}); nothing was parsed`,
    { start: ORIGIN, end: ORIGIN },
  );
}
