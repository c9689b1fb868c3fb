/**
 * HTML's tokenizer (WHATWG, "Tokenization"), the part that finds tags: data, tags and
 * their attributes, comments (`<!-->` and `--!>` included), DOCTYPE, bogus comments
 * (`<?…>`, `</ …>`), CDATA sections where the sink says content is foreign, and the text
 * of RCDATA, RAWTEXT, PLAINTEXT and script elements (escaped `<!--…-->` and
 * double-escaped `<!--<script>…</script>-->` script text included) with the
 * "appropriate end tag" rule. The input stream is preprocessed as HTML says (CR and CRLF
 * read as LF); offsets are indices into the input as given.
 *
 * Tag and attribute names are lower-cased, a repeated attribute is dropped (the first
 * wins), NUL becomes U+FFFD where HTML says so, and character references decode through
 * `references.ts` (a name not in the compact table is kept as written).
 *
 * Text comes in runs of one kind (whitespace, NUL, other), each with the input range it
 * came from, as parse5 reports them (which the equivalence tests hold it to). Nothing
 * recurses and every character is looked at a bounded number of times: linear at any
 * depth of nesting.
 *
 * @module
 */
import { readReference } from './references.js';

/** An input range: `[startOffset, endOffset)`. */
export interface Span {
  readonly startOffset: number;
  readonly endOffset: number;
}

/** An attribute: its lower-case name, decoded value, and name-to-value range. */
export interface Attribute extends Span {
  readonly name: string;
  readonly value: string;
}

/** A start or end tag, `<` to `>`. */
export interface Tag extends Span {
  /** Lower-case (SVG names are adjusted by the walk, `foreignObject`). */
  tagName: string;
  readonly attrs: readonly Attribute[];
  readonly selfClosing: boolean;
}

/** How an element's content is tokenized, when the sink switches from data. */
export type TextMode = 'rcdata' | 'rawtext' | 'script' | 'plaintext';

/** What the tokenizer reports to, and asks. */
export interface TokenSink {
  /** A start tag; the content model to read its content with, if not data. */
  startTag(tag: Tag): TextMode | undefined;
  endTag(tag: Tag): void;
  /** A run of text (references decoded) and the input it came from. */
  text(chars: string, location: Span): void;
  /** Whether content is foreign now (SVG or MathML): `<![CDATA[` opens a section. */
  readonly foreign: boolean;
}

// States. Text states first; `S_` are script data's.
const DATA = 0;
const RCDATA = 1;
const RAWTEXT = 2;
const SCRIPT = 3;
const PLAINTEXT = 4;
const TAG_OPEN = 5;
const END_TAG_OPEN = 6;
const TAG_NAME = 7;
const TEXT_LT = 8;
const TEXT_END_OPEN = 9;
const BEFORE_NAME = 10;
const NAME = 11;
const AFTER_NAME = 12;
const BEFORE_VALUE = 13;
const VALUE_DOUBLE = 14;
const VALUE_SINGLE = 15;
const VALUE_UNQUOTED = 16;
const AFTER_VALUE = 17;
const SELF_CLOSING = 18;
const MARKUP = 19;
const S_ESC_START = 20;
const S_ESC_START_DASH = 21;
const S_ESC = 22;
const S_ESC_DASH = 23;
const S_ESC_DASH_DASH = 24;
const S_ESC_LT = 25;
const S_DBL = 26;
const S_DBL_DASH = 27;
const S_DBL_DASH_DASH = 28;
const S_DBL_LT = 29;

const MODES: Readonly<Record<TextMode, number>> = {
  rcdata: RCDATA,
  rawtext: RAWTEXT,
  script: SCRIPT,
  plaintext: PLAINTEXT,
};

// Kinds of text run.
const NONE = -1;
const OTHER = 0;
const SPACE = 1;
const NUL = 2;

/**
 * Whether a code unit is HTML whitespace (tab, LF, FF, CR, space).
 *
 * @example
 * ```ts
 * isSpace(0x0c); // true
 * ```
 */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0c || code === 0x0d;
}

/**
 * Whether a code unit is an ASCII letter.
 *
 * @example
 * ```ts
 * isLetter(0x41); // true ('A')
 * ```
 */
function isLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

/**
 * `text` with ASCII upper-case letters lowered (HTML lowers no other letter).
 *
 * @example
 * ```ts
 * asciiLower('DIV-Ä'); // 'div-Ä'
 * ```
 */
function asciiLower(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()) : text;
}

/**
 * Does `input` hold `word` (lower-case ASCII) at `at`, in any case?
 *
 * @example
 * ```ts
 * startsWithCaseless('<!DocType', 2, 'doctype'); // true
 * ```
 */
function startsWithCaseless(input: string, at: number, word: string): boolean {
  if (at + word.length > input.length) return false;
  for (let k = 0; k < word.length; k++) {
    if ((input.charCodeAt(at + k) | 0x20) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Where a comment that starts at `from` (after `<!--`) ends: after its `>`, or at the
 * end of the input. `<!-->` and `<!--->` end at once; otherwise the first `-->` or
 * `--!>` ends it (the comment states' net effect).
 *
 * @example
 * ```ts
 * commentEnd('<!-- a -->b', 4); // 10
 * commentEnd('<!-->b', 4); // 5
 * ```
 */
export function commentEnd(input: string, from: number): number {
  if (input.charCodeAt(from) === 0x3e) return from + 1;
  if (input.startsWith('->', from)) return from + 2;
  for (let at = input.indexOf('--', from); at !== -1; at = input.indexOf('--', at + 1)) {
    if (input.charCodeAt(at + 2) === 0x3e) return at + 3;
    if (input.charCodeAt(at + 2) === 0x21 && input.charCodeAt(at + 3) === 0x3e) return at + 4;
  }
  return input.length;
}

/**
 * Where markup that ends at the next `>` (a DOCTYPE, a bogus comment) ends.
 *
 * @example
 * ```ts
 * closeAngle('<?php x ?>y', 2); // 10
 * ```
 */
function closeAngle(input: string, from: number): number {
  const at = input.indexOf('>', from);
  return at === -1 ? input.length : at + 1;
}

/**
 * Tokenize `input`, reporting tags and text to `sink` in document order.
 *
 * @example
 * ```ts
 * tokenize('<p class=x>a &amp; b</p>', {
 *   startTag: (tag) => void console.log(tag.tagName, tag.attrs), // p [{ name: 'class', value: 'x', … }]
 *   endTag: (tag) => console.log(tag.tagName), // p
 *   text: (chars) => console.log(chars), // 'a', ' ', '&', ' ', 'b'
 *   foreign: false,
 * });
 * ```
 */
export function tokenize(input: string, sink: TokenSink): void {
  const length = input.length;
  let state = DATA;
  // The content model a text element switched to (RCDATA, RAWTEXT or SCRIPT).
  let textState = DATA;
  let lastStartTag = '';
  let i = 0;

  // The text run being built: its kind, where it starts, its characters, and a slice of
  // the input not yet appended to them.
  let kind = NONE;
  let runFrom = 0;
  let chars = '';
  let sliceFrom = 0;
  let sliceTo = 0;
  // Where the next run starts (after the last token, or where the last run broke).
  let location = 0;

  // The tag being built, and its attribute.
  let tagStart = 0;
  let tagName = '';
  let endTag = false;
  let selfClosing = false;
  let attrs: Attribute[] = [];
  let names: Set<string> | undefined;
  let attr: { name: string; value: string; startOffset: number; endOffset: number } = {
    name: '',
    value: '',
    startOffset: 0,
    endOffset: 0,
  };
  let inTag = false;

  /** Append the pending slice to the run's characters. */
  const flushSlice = (): void => {
    if (sliceTo > sliceFrom) chars += input.slice(sliceFrom, sliceTo);
    sliceFrom = sliceTo;
  };

  /** End the run being built at `end`. */
  const endRun = (end: number): void => {
    if (kind === NONE) return;
    flushSlice();
    sink.text(chars, { startOffset: runFrom, endOffset: end });
    chars = '';
    kind = NONE;
  };

  /** Make the run one of `next` kind; a run of another kind ends at `at`. */
  const ensure = (next: number, at: number): void => {
    if (kind === next) return;
    if (kind !== NONE) {
      location = at;
      endRun(at);
    }
    kind = next;
    runFrom = location;
  };

  /** Add `input[from, to)` to the run. */
  const addSource = (from: number, to: number): void => {
    if (from !== sliceTo) {
      flushSlice();
      sliceFrom = from;
    }
    sliceTo = to;
  };

  /** Add text that is not the input's (a decoded reference, U+FFFD, an LF for a CR). */
  const addText = (text: string): void => {
    flushSlice();
    chars += text;
  };

  /** Emit the character at `at` as text; returns where the next one starts. */
  const emitChar = (at: number): number => {
    const code = input.charCodeAt(at);
    if (code === 0x0d) {
      ensure(SPACE, at);
      addText('\n');
      return input.charCodeAt(at + 1) === 0x0a ? at + 2 : at + 1;
    }
    ensure(isSpace(code) ? SPACE : code === 0 ? NUL : OTHER, at);
    addSource(at, at + 1);
    return at + 1;
  };

  /** Emit `input[from, to)` (markup read as text: `<`, `</`, `]]`) as other text. */
  const emitMarkup = (from: number, to: number, at = from): void => {
    ensure(OTHER, at);
    addSource(from, to);
  };

  /** U+FFFD for a NUL at `at`. */
  const emitReplacement = (at: number): void => {
    ensure(OTHER, at);
    addText('\uFFFD');
  };

  /** A reference at `at` in text; returns where reading goes on. */
  const emitReference = (at: number): number => {
    const reference = readReference(input, at, false);
    if (reference === undefined) {
      emitMarkup(at, at + 1);
      return at + 1;
    }
    const code = reference.value.charCodeAt(0);
    ensure(isSpace(code) ? SPACE : OTHER, reference.end - 1);
    addText(reference.value);
    return reference.end;
  };

  /** A comment, DOCTYPE or bogus comment `[from, to)`: it ends the text run. */
  const skipMarkup = (from: number, to: number): void => {
    endRun(from);
    location = to;
    i = to;
    state = DATA;
  };

  /** Start a tag whose `<` is at `start`. */
  const startTag = (start: number, end: boolean): void => {
    inTag = true;
    tagStart = start;
    tagName = '';
    endTag = end;
    selfClosing = false;
    attrs = [];
    names = undefined;
  };

  /** Start an attribute at `at`. */
  const startAttribute = (at: number, name: string): void => {
    attr = { name, value: '', startOffset: at, endOffset: at };
  };

  /** The attribute's name ends at `at`: keep it unless the tag has one of that name. */
  const leaveName = (at: number): void => {
    attr.endOffset = at;
    const name = attr.name;
    let duplicate: boolean;
    if (names !== undefined) duplicate = names.has(name);
    else duplicate = attrs.some((other) => other.name === name);
    if (duplicate) return;
    attrs.push(attr);
    if (names !== undefined) names.add(name);
    else if (attrs.length > 32) names = new Set(attrs.map((other) => other.name));
  };

  /** The tag's `>` is at `at`. */
  const emitTag = (at: number): void => {
    const tag: Tag = {
      tagName,
      attrs,
      selfClosing,
      startOffset: tagStart,
      endOffset: at + 1,
    };
    inTag = false;
    endRun(tagStart);
    location = at + 1;
    i = at + 1;
    state = DATA;
    if (endTag) {
      sink.endTag(tag);
      return;
    }
    lastStartTag = tagName;
    const mode = sink.startTag(tag);
    if (mode !== undefined) state = textState = MODES[mode];
  };

  /**
   * `</` at `at - 2` in RCDATA, RAWTEXT or script text: the end tag of the element the
   * text is in, or text.
   */
  const appropriateEndTag = (at: number): boolean => {
    const end = at + lastStartTag.length;
    if (!startsWithCaseless(input, at, lastStartTag) || end >= length) return false;
    const next = input.charCodeAt(end);
    if (!isSpace(next) && next !== 0x2f && next !== 0x3e) return false;
    startTag(at - 2, true);
    tagName = lastStartTag;
    i = end;
    state = BEFORE_NAME;
    return true;
  };

  /** Do `<script` + a delimiter start at `at` (the double-escape switch)? */
  const scriptWord = (at: number): boolean => {
    if (!startsWithCaseless(input, at, 'script') || at + 6 >= length) return false;
    const next = input.charCodeAt(at + 6);
    return isSpace(next) || next === 0x2f || next === 0x3e;
  };

  while (i < length) {
    const code = input.charCodeAt(i);
    switch (state) {
      case DATA: {
        if (code === 0x3c) {
          state = TAG_OPEN;
          i++;
        } else if (code === 0x26) i = emitReference(i);
        else i = emitChar(i);
        break;
      }
      case RCDATA:
      case RAWTEXT:
      case SCRIPT:
      case PLAINTEXT: {
        if (code === 0x3c && state !== PLAINTEXT) {
          textState = state;
          state = TEXT_LT;
          i++;
        } else if (code === 0x26 && state === RCDATA) i = emitReference(i);
        else if (code === 0) {
          emitReplacement(i);
          i++;
        } else i = emitChar(i);
        break;
      }
      case TAG_OPEN: {
        if (isLetter(code)) {
          startTag(i - 1, false);
          state = TAG_NAME;
        } else if (code === 0x21) {
          state = MARKUP;
          i++;
        } else if (code === 0x2f) {
          state = END_TAG_OPEN;
          i++;
        } else if (code === 0x3f) {
          skipMarkup(i - 1, closeAngle(input, i));
        } else {
          emitMarkup(i - 1, i);
          state = DATA;
        }
        break;
      }
      case END_TAG_OPEN: {
        if (isLetter(code)) {
          startTag(i - 2, true);
          state = TAG_NAME;
        } else if (code === 0x3e) {
          state = DATA;
          i++;
        } else {
          skipMarkup(i - 2, closeAngle(input, i));
        }
        break;
      }
      case TAG_NAME: {
        if (isSpace(code)) {
          state = BEFORE_NAME;
          i++;
        } else if (code === 0x2f) {
          state = SELF_CLOSING;
          i++;
        } else if (code === 0x3e) emitTag(i);
        else {
          let end = i;
          while (end < length) {
            const c = input.charCodeAt(end);
            if (isSpace(c) || c === 0x2f || c === 0x3e || c === 0) break;
            end++;
          }
          if (end === i) {
            tagName += '\uFFFD';
            i++;
          } else {
            tagName += asciiLower(input.slice(i, end));
            i = end;
          }
        }
        break;
      }
      case TEXT_LT: {
        if (code === 0x2f) {
          state = TEXT_END_OPEN;
          i++;
        } else if (code === 0x21 && textState === SCRIPT) {
          // `<!` in a script: emitted at the `!`, as parse5 does.
          emitMarkup(i - 1, i + 1, i);
          state = S_ESC_START;
          i++;
        } else {
          emitMarkup(i - 1, i);
          state = textState;
        }
        break;
      }
      case TEXT_END_OPEN: {
        if (!isLetter(code) || !appropriateEndTag(i)) {
          emitMarkup(i - 2, i);
          state = textState;
        }
        break;
      }
      case BEFORE_NAME: {
        if (isSpace(code)) i++;
        else if (code === 0x2f || code === 0x3e) state = AFTER_NAME;
        else {
          startAttribute(i, code === 0x3d ? '=' : '');
          if (code === 0x3d) i++;
          state = NAME;
        }
        break;
      }
      case NAME: {
        if (isSpace(code) || code === 0x2f || code === 0x3e) {
          leaveName(i);
          state = AFTER_NAME;
        } else if (code === 0x3d) {
          leaveName(i);
          state = BEFORE_VALUE;
          i++;
        } else {
          let end = i;
          while (end < length) {
            const c = input.charCodeAt(end);
            if (isSpace(c) || c === 0x2f || c === 0x3e || c === 0x3d || c === 0) break;
            end++;
          }
          if (end === i) {
            attr.name += '\uFFFD';
            i++;
          } else {
            attr.name += asciiLower(input.slice(i, end));
            i = end;
          }
        }
        break;
      }
      case AFTER_NAME: {
        if (isSpace(code)) i++;
        else if (code === 0x2f) {
          state = SELF_CLOSING;
          i++;
        } else if (code === 0x3d) {
          state = BEFORE_VALUE;
          i++;
        } else if (code === 0x3e) emitTag(i);
        else {
          startAttribute(i, '');
          state = NAME;
        }
        break;
      }
      case BEFORE_VALUE: {
        if (isSpace(code)) i++;
        else if (code === 0x22) {
          state = VALUE_DOUBLE;
          i++;
        } else if (code === 0x27) {
          state = VALUE_SINGLE;
          i++;
        } else if (code === 0x3e) emitTag(i);
        else state = VALUE_UNQUOTED;
        break;
      }
      case VALUE_DOUBLE:
      case VALUE_SINGLE:
      case VALUE_UNQUOTED: {
        const unquoted = state === VALUE_UNQUOTED;
        if (code === (state === VALUE_DOUBLE ? 0x22 : 0x27) && !unquoted) {
          state = AFTER_VALUE;
          i++;
        } else if (unquoted && (isSpace(code) || code === 0x3e)) {
          attr.endOffset = i;
          if (code === 0x3e) emitTag(i);
          else {
            state = BEFORE_NAME;
            i++;
          }
        } else if (code === 0x26) {
          const reference = readReference(input, i, true);
          attr.value += reference === undefined ? '&' : reference.value;
          i = reference === undefined ? i + 1 : reference.end;
        } else if (code === 0) {
          attr.value += '\uFFFD';
          i++;
        } else if (code === 0x0d) {
          attr.value += '\n';
          i += input.charCodeAt(i + 1) === 0x0a ? 2 : 1;
        } else {
          let end = i + 1;
          while (end < length) {
            const c = input.charCodeAt(end);
            if (c === 0x26 || c === 0 || c === 0x0d) break;
            if (unquoted ? isSpace(c) || c === 0x3e : c === (state === VALUE_DOUBLE ? 0x22 : 0x27))
              break;
            end++;
          }
          attr.value += input.slice(i, end);
          i = end;
        }
        break;
      }
      case AFTER_VALUE: {
        attr.endOffset = i;
        if (isSpace(code)) {
          state = BEFORE_NAME;
          i++;
        } else if (code === 0x2f) {
          state = SELF_CLOSING;
          i++;
        } else if (code === 0x3e) emitTag(i);
        else state = BEFORE_NAME;
        break;
      }
      case SELF_CLOSING: {
        if (code === 0x3e) {
          selfClosing = true;
          emitTag(i);
        } else state = BEFORE_NAME;
        break;
      }
      case MARKUP: {
        if (input.startsWith('--', i)) {
          skipMarkup(i - 2, commentEnd(input, i + 2));
        } else if (startsWithCaseless(input, i, 'doctype')) {
          skipMarkup(i - 2, closeAngle(input, i + 7));
        } else if (input.startsWith('[CDATA[', i) && sink.foreign) {
          // A CDATA section: its text, up to `]]>`, is text; no token ends the run.
          const close = input.indexOf(']]>', i + 7);
          const end = close === -1 ? length : close;
          for (let at = i + 7; at < end; ) at = emitChar(at);
          i = close === -1 ? length : close + 3;
          state = DATA;
        } else {
          skipMarkup(i - 2, closeAngle(input, i));
        }
        break;
      }
      case S_ESC_START:
      case S_ESC_START_DASH: {
        if (code === 0x2d) {
          i = emitChar(i);
          state = state === S_ESC_START ? S_ESC_START_DASH : S_ESC_DASH_DASH;
        } else state = SCRIPT;
        break;
      }
      case S_ESC:
      case S_ESC_DASH:
      case S_ESC_DASH_DASH: {
        if (code === 0x2d) {
          i = emitChar(i);
          state = state === S_ESC ? S_ESC_DASH : S_ESC_DASH_DASH;
        } else if (code === 0x3c) {
          state = S_ESC_LT;
          i++;
        } else if (code === 0x3e && state === S_ESC_DASH_DASH) {
          i = emitChar(i);
          state = SCRIPT;
        } else if (code === 0) {
          emitReplacement(i);
          state = S_ESC;
          i++;
        } else {
          i = emitChar(i);
          state = S_ESC;
        }
        break;
      }
      case S_ESC_LT: {
        textState = SCRIPT;
        if (code === 0x2f) {
          if (isLetter(input.charCodeAt(i + 1)) && appropriateEndTag(i + 1)) break;
          emitMarkup(i - 1, i + 1);
          i++;
          state = S_ESC;
        } else {
          emitMarkup(i - 1, i);
          if (scriptWord(i)) {
            for (let k = 0; k < 7; k++) i = emitChar(i);
            state = S_DBL;
          } else state = S_ESC;
        }
        break;
      }
      case S_DBL:
      case S_DBL_DASH:
      case S_DBL_DASH_DASH: {
        if (code === 0x2d) {
          i = emitChar(i);
          state = state === S_DBL ? S_DBL_DASH : S_DBL_DASH_DASH;
        } else if (code === 0x3c) {
          i = emitChar(i);
          state = S_DBL_LT;
        } else if (code === 0x3e && state === S_DBL_DASH_DASH) {
          i = emitChar(i);
          state = SCRIPT;
        } else if (code === 0) {
          emitReplacement(i);
          state = S_DBL;
          i++;
        } else {
          i = emitChar(i);
          state = S_DBL;
        }
        break;
      }
      case S_DBL_LT: {
        if (code === 0x2f) {
          i = emitChar(i);
          if (scriptWord(i)) {
            for (let k = 0; k < 7; k++) i = emitChar(i);
            state = S_ESC;
          } else state = S_DBL;
        } else state = S_DBL;
        break;
      }
    }
  }

  // The end of the input: what was open is text (`<`, `</`), dropped (a tag), or done.
  if (state === TAG_OPEN) emitMarkup(i - 1, i);
  else if (state === END_TAG_OPEN || state === TEXT_END_OPEN) emitMarkup(i - 2, i);
  else if (state === TEXT_LT || state === S_ESC_LT) emitMarkup(i - 1, i);
  else if (state === MARKUP) skipMarkup(i - 2, length);
  endRun(inTag ? tagStart : length);
}
