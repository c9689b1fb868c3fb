/**
 * An incremental line splitter with source positions. Batch parsing pushes the whole
 * text as one chunk, so stream and batch agree by construction.
 *
 * Line endings are `\n`, `\r\n` and `\r`; a `\r` at the end of a chunk waits for the
 * next chunk to tell whether a `\n` follows. A partial line is kept as a list of
 * chunk parts, so a line spread over many chunks costs linear time, not quadratic.
 *
 * @module
 */
import type { Point } from '../schema.js';

/**
 * One line of input: its text without the line ending, and where it starts (numbers,
 * not a `Point`: one object per line, and most lines need no point of their own).
 */
export interface Line {
  /** The line's text, without its line ending. */
  readonly text: string;
  /** 1-based line number. */
  readonly line: number;
  /** Offset of the line's first character in the input. */
  readonly offset: number;
  /** The line ending that closed it: `''` for the last line of the input. */
  readonly eol: '' | '\n' | '\r\n' | '\r';
}

/**
 * The point `index` code units into `line`: built only for the lines a layout keeps.
 *
 * @example
 * ```ts
 * pointIn({ text: '  ab', line: 2, offset: 10, eol: '\n' }, 2); // { line: 2, column: 3, offset: 12 }
 * ```
 */
export function pointIn(line: Line, index: number): Point {
  return { line: line.line, column: index + 1, offset: line.offset + index };
}

/** Push-based splitter: feed chunks, get lines. */
export interface LineSplitter {
  push(chunk: string): void;
  end(): void;
  /** Code units held for the line in progress (for block-size limits). */
  readonly pendingLength: number;
  /** True once a line passed the limit: nothing after it is read. */
  readonly stopped: boolean;
}

/** Where the splitter starts, and the longest line it holds. */
export interface SplitterOptions {
  /** Where the first chunk starts in the input. Default: line 1, offset 0. */
  readonly from?: { readonly line: number; readonly offset: number };
  /** Longest line, in code units; past it the splitter stops. Default: none. */
  readonly maxLength?: number;
  /** Told once where the overlong line starts; no line is emitted after. */
  readonly onOverlong?: (line: number, offset: number) => void;
}

/**
 * Create a splitter that calls `onLine` for each complete line. `options.from` is where
 * the first chunk starts in the input (after an envelope the text layout does not
 * read); `options.maxLength` bounds the memory a line may take, for the stream.
 *
 * @example
 * ```ts
 * const lines: string[] = [];
 * const splitter = createLineSplitter((line) => lines.push(line.text));
 * splitter.push('a\r');
 * splitter.push('\nb');
 * splitter.end(); // lines: ['a', 'b']
 * ```
 */
export function createLineSplitter(
  onLine: (line: Line) => void,
  options: SplitterOptions = {},
): LineSplitter {
  const max = options.maxLength ?? Number.POSITIVE_INFINITY;
  let parts: string[] = [];
  let partsLength = 0;
  let lineNumber = options.from?.line ?? 1;
  let lineOffset = options.from?.offset ?? 0;
  let pendingCR = false;
  let ended = false;
  let stopped = false;

  function stop(): void {
    stopped = true;
    parts = [];
    partsLength = 0;
    options.onOverlong?.(lineNumber, lineOffset);
  }

  function emit(text: string, eol: Line['eol']): void {
    if (stopped) return;
    if (text.length > max) {
      stop();
      return;
    }
    onLine({ text, line: lineNumber, offset: lineOffset, eol });
    lineNumber++;
    lineOffset += text.length + eol.length;
  }

  function hold(text: string): void {
    parts.push(text);
    partsLength += text.length;
    if (partsLength > max) stop();
  }

  function take(tail: string): string {
    if (parts.length === 0) return tail;
    parts.push(tail);
    const text = parts.join('');
    parts = [];
    partsLength = 0;
    return text;
  }

  return {
    get pendingLength() {
      return partsLength;
    },
    get stopped() {
      return stopped;
    },
    push(chunk: string): void {
      if (ended) throw new Error('push() after end()');
      if (chunk.length === 0 || stopped) return;
      let position = 0;
      if (pendingCR) {
        pendingCR = false;
        const crlf = chunk.charCodeAt(0) === 0x0a;
        emit(take(''), crlf ? '\r\n' : '\r');
        if (crlf) position = 1;
      }
      let nextLF = chunk.indexOf('\n', position);
      let nextCR = chunk.indexOf('\r', position);
      // Lines up to the chunk's last carriage return: CRLF, lone CR and LF endings mixed.
      while (nextCR !== -1) {
        if (nextLF !== -1 && nextLF < nextCR) {
          emit(take(chunk.slice(position, nextLF)), '\n');
          position = nextLF + 1;
          nextLF = chunk.indexOf('\n', position);
          continue;
        }
        const text = chunk.slice(position, nextCR);
        if (nextCR === chunk.length - 1) {
          // A CR at the end of the chunk: the next chunk tells whether a LF follows.
          hold(text);
          pendingCR = true;
          return;
        }
        if (nextLF === nextCR + 1) {
          emit(take(text), '\r\n');
          position = nextCR + 2;
          nextLF = chunk.indexOf('\n', position);
        } else {
          emit(take(text), '\r');
          position = nextCR + 1;
        }
        nextCR = chunk.indexOf('\r', position);
      }
      // No carriage return in the rest of the chunk: line feeds alone end its lines. A
      // separate loop, because the mixed one above, once optimized by V8 (Node 20), was
      // seen to run thousands of times slower on large CR-free inputs (bench/notes.md).
      while (nextLF !== -1) {
        emit(take(chunk.slice(position, nextLF)), '\n');
        position = nextLF + 1;
        nextLF = chunk.indexOf('\n', position);
      }
      if (position < chunk.length && !stopped) hold(position === 0 ? chunk : chunk.slice(position));
    },
    end(): void {
      if (ended) return;
      ended = true;
      if (stopped) return;
      if (pendingCR) {
        pendingCR = false;
        emit(take(''), '\r');
      }
      // The last line has no ending; an input that ends with a line ending has no last line.
      if (parts.length > 0) emit(take(''), '');
    },
  };
}

/**
 * `text` with each lone CR (an old Mac's line ending, or one mixed into LF text) written
 * as LF, one for one: the line breaks the splitter finds, in a string that detection and
 * wrap measurement can cut at `\n`. Offsets are unchanged. Returns the input itself when
 * it holds none.
 *
 * @example
 * ```ts
 * lineFeeds('a\rb\r\nc'); // 'a\nb\r\nc'
 * ```
 */
export function lineFeeds(text: string): string {
  return LONE_CR.test(text) ? text.replace(LONE_CR_ALL, '\n') : text;
}

const LONE_CR = /\r(?!\n)/;
const LONE_CR_ALL = /\r(?!\n)/g;
