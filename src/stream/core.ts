/**
 * The synchronous heart of every streaming entry: chunks in, listing events out, in
 * input order. Plain text goes straight into `createListingParser` (the parser
 * `parseListing` uses, so stream and batch agree by construction), Hub JSON into its
 * reader (JSON Lines line by line); the other layouts (Markdown, HTML…) are buffered
 * and handed to `parseListing`. `'auto'` holds the first
 * {@link DETECT_WINDOW} code units and asks `detectLayout`, as `parseListing` does.
 *
 * @module
 */
import type { ListingSink } from '../assemble/sink.js';
import { diagnostic } from '../diagnostics.js';
import { dedupePapers } from '../layouts/cards/dedupe.js';
import { DETECT_WINDOW, detectLayout, type Layout } from '../layouts/detect.js';
import { createHubJsonReader, type HubJsonReader } from '../layouts/hub-json/index.js';
import { createListingParser, parseListing, tooLong } from '../parse/index.js';
import { type ParseOptions, resolveOptions } from '../parse/options.js';
import type { ChromeLine, Diagnostic, Listing, Paper, PartialDate } from '../schema.js';
import { createChunkDecoder } from './decode.js';
import { createLineCounter } from './line-count.js';
import { resolveStreamOptions, type StreamOptions } from './options.js';

/** One result of parsing, as the stream meets it. */
export type ListingEvent =
  | { readonly type: 'paper'; readonly paper: Paper }
  | { readonly type: 'diagnostic'; readonly diagnostic: Diagnostic }
  | { readonly type: 'chrome'; readonly line: ChromeLine }
  | { readonly type: 'listing-date'; readonly date: PartialDate };

/** Feed chunks; events go to the callback given at creation. */
export interface StreamCore {
  write(chunk: string | Uint8Array): void;
  end(): void;
  /** True once the input can no longer change the result (a block was too large). */
  readonly stopped: boolean;
}

/**
 * Create the core. Options are checked here, so a wrong one throws `TypeError` at once.
 *
 * @example
 * ```ts
 * const events: ListingEvent[] = [];
 * const core = createStreamCore({ format: 'text' }, (event) => events.push(event));
 * core.write('Mar 11\n\nA Title\n\nAn abstract. It has sentences.\n');
 * core.end(); // events: listing-date, chrome, paper
 * ```
 */
export function createStreamCore(
  options: StreamOptions | undefined,
  emit: (event: ListingEvent) => void,
): StreamCore {
  const resolved = resolveOptions(options);
  const { maxBlockLength } = resolveStreamOptions(options);
  const decoder = createChunkDecoder();
  const events: ListingSink = {
    paper: (paper) => emit({ type: 'paper', paper }),
    diagnostic: (found) => emit({ type: 'diagnostic', diagnostic: found }),
    chrome: (line) => emit({ type: 'chrome', line }),
    listingDate: (date) => emit({ type: 'listing-date', date }),
  };
  // As in `parseListing`: a copy of an earlier paper is dropped and kept as chrome.
  const sink = resolved.dedupe ? dedupePapers(events) : events;

  let mode: 'sniff' | Layout = resolved.format === 'auto' ? 'sniff' : resolved.format;
  let stopped = false;
  // Text held while sniffing, and all of a Markdown input.
  let held: string[] = [];
  let heldLength = 0;
  // The plain-text path.
  const parser = createListingParser(resolved, sink);
  const lines = createLineCounter();
  let pushed = 0;
  let endsWithCR = false;
  // Hub JSON: read as it arrives (JSON Lines line by line; a document is held by the reader).
  let hub: HubJsonReader | undefined;
  const hubReader = (): HubJsonReader => {
    hub ??= createHubJsonReader(sink, resolved.settings, {
      maxInputLength: resolved.maxInputLength,
      maxBlockLength,
    });
    return hub;
  };

  function pushText(text: string): void {
    // Cheap check first: only text long enough to hold (or finish) an overlong line is
    // scanned. Every line is checked, so the limit means the same however the input is
    // chunked or decoded.
    const pending = endsWithCR ? 0 : parser.pendingLength;
    if (pending + text.length > maxBlockLength) {
      const long = overlongLine(text, pending, maxBlockLength);
      if (long !== undefined) {
        // The lines before it are parsed; the stream stops where it starts.
        if (long > 0) feed(text.slice(0, long));
        stop(long > 0 ? 0 : pending);
        return;
      }
    }
    feed(text);
  }

  function feed(text: string): void {
    lines.add(text);
    pushed += text.length;
    endsWithCR = text.charCodeAt(text.length - 1) === 0x0d;
    parser.push(text);
  }

  /** Stop at the overlong line starting `pending` code units before the input pushed. */
  function stop(pending: number): void {
    stopped = true;
    held = [];
    const start = { line: lines.line, column: 1, offset: pushed - pending };
    // The range ends where the line passed the limit: how much more of it was read
    // depends on the chunking, and would make the diagnostic depend on it too.
    const end = {
      line: start.line,
      column: 1 + maxBlockLength + 1,
      offset: start.offset + maxBlockLength + 1,
    };
    sink.diagnostic(
      diagnostic(
        'block-too-large',
        `Line is over maxBlockLength (${maxBlockLength} code units) before its end; the rest of the input was not parsed`,
        { start, end },
      ),
    );
  }

  function hold(text: string): void {
    heldLength += text.length;
    // Past the limit only the length is kept, for the input-too-long message; while
    // sniffing (at most the detection window and a chunk) all of it, for the layout chosen.
    if (mode === 'sniff' || heldLength <= resolved.maxInputLength) held.push(text);
    else held = [];
  }

  function decide(): Layout {
    const head = held.join('');
    const layout = detectLayout(head);
    mode = layout;
    if (layout === 'hub-json') {
      held = [];
      hubReader().push(head);
      return layout;
    }
    if (layout !== 'text') {
      held = [head];
      return layout;
    }
    held = [];
    heldLength = 0;
    if (head.length > 0) pushText(head);
    return layout;
  }

  function accept(text: string): void {
    if (stopped || text.length === 0) return;
    if (mode === 'text') {
      pushText(text);
      return;
    }
    if (mode === 'hub-json') {
      hubReader().push(text);
      return;
    }
    hold(text);
    if (mode === 'sniff' && heldLength >= DETECT_WINDOW) decide();
  }

  return {
    write(chunk) {
      if (stopped) return;
      for (const piece of decoder.decode(chunk)) accept(piece);
    },
    end() {
      if (stopped) return;
      accept(decoder.end());
      const layout = mode === 'sniff' ? decide() : mode;
      if (stopped) return;
      if (layout === 'text') {
        parser.end();
        return;
      }
      if (layout === 'hub-json') {
        hubReader().end();
        return;
      }
      if (heldLength > resolved.maxInputLength) {
        sink.diagnostic(tooLong(heldLength, resolved.maxInputLength));
        return;
      }
      const text = held.join('');
      held = [];
      replay(parseListing(text, bufferedOptions(options, layout)), emit);
    },
    get stopped() {
      return stopped || hub?.stopped === true;
    },
  };
}

/**
 * The batch options for a buffered layout: the detected `format`, and no strictness
 * (that is the caller's job, on the events).
 *
 * @example
 * ```ts
 * bufferedOptions({ strict: true, onDiagnostic }, 'markdown'); // { strict: false, format: 'markdown' }
 * ```
 */
function bufferedOptions(
  options: StreamOptions | undefined,
  format: NonNullable<ParseOptions['format']>,
): ParseOptions {
  const {
    onDiagnostic: _d,
    onChrome: _c,
    onListingDate: _l,
    maxBlockLength: _m,
    ...rest
  } = options ?? {};
  return { ...rest, strict: false, format };
}

/**
 * Emit a whole listing as events: the listing date first, then papers, chrome and
 * diagnostics merged by start offset. Each list keeps its own order, so collecting the
 * events gives back the same `Listing`.
 *
 * @example
 * ```ts
 * replay(parseListing('Mar 11\n'), emit); // listing-date, then chrome "Mar 11"
 * ```
 */
function replay(listing: Listing, emit: (event: ListingEvent) => void): void {
  if (listing.date !== undefined) emit({ type: 'listing-date', date: listing.date });
  const { papers, chrome, diagnostics } = listing;
  let p = 0;
  let c = 0;
  let d = 0;
  const offset = (item: { position: { start: { offset: number } } } | undefined): number =>
    item === undefined ? Number.POSITIVE_INFINITY : item.position.start.offset;
  while (p < papers.length || c < chrome.length || d < diagnostics.length) {
    const paper = papers[p];
    const line = chrome[c];
    const found = diagnostics[d];
    const least = Math.min(offset(paper), offset(line), offset(found));
    if (found !== undefined && offset(found) === least) {
      emit({ type: 'diagnostic', diagnostic: found });
      d++;
    } else if (line !== undefined && offset(line) === least) {
      emit({ type: 'chrome', line });
      c++;
    } else if (paper !== undefined) {
      emit({ type: 'paper', paper });
      p++;
    }
  }
}

/**
 * Where the first line of `text` longer than `limit` starts, or `undefined`. The first
 * line continues one `pending` code units long; the last may be unfinished (it is as
 * long as it is so far). Each line-ending search runs once, so many short lines cost
 * linear time.
 *
 * @example
 * ```ts
 * overlongLine('ab\r\ncdef\ng', 0, 3); // 4
 * overlongLine('ab\ncd', 2, 3); // 0 (2 pending + 2)
 * overlongLine('ab\ncd', 0, 3); // undefined
 * ```
 */
function overlongLine(text: string, pending: number, limit: number): number | undefined {
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  let from = 0;
  let carried = pending;
  for (;;) {
    if (lf !== -1 && lf < from) lf = text.indexOf('\n', from);
    if (cr !== -1 && cr < from) cr = text.indexOf('\r', from);
    const end = Math.min(lf === -1 ? text.length : lf, cr === -1 ? text.length : cr);
    if (carried + end - from > limit) return from;
    if (end === text.length) return undefined;
    from = end === cr && lf === cr + 1 ? end + 2 : end + 1;
    carried = 0;
  }
}
