/**
 * `href`: what flattening leaves of `\href{url}{label}` and `\url{url}`: the URL
 * followed by a braced copy or arXiv's "this https URL", or a URL in braces. The URL
 * comes out once, without braces, its `\_` escapes read. `\hyperref[target]{label}`
 * shows its label, and so do `\hyperlink{anchor}{label}` and `\hypertarget{anchor}{label}`.
 *
 * @example
 * ```text
 * found at https://x.io/vae/{https://x.io/vae/}. → found at https://x.io/vae/.
 * on: https://github.com/y/AcademiCodec{https://github.com/y/AcademiCodec} → on: https://github.com/y/AcademiCodec
 * see https://github.com/P/a.md{this https URL}. → see https://github.com/P/a.md.
 * Demos: {https://d.top/SimpleSpeech2\_demo/}. → Demos: https://d.top/SimpleSpeech2_demo/.
 * code at \url{https://x.io/a\_b}. → code at https://x.io/a_b.
 * code at \url{ https://x.io/a } now → code at https://x.io/a now
 * see \href{https://x.io}{our page}. → see our page (https://x.io).
 * at~\href{https://x.io/a}{\texttt{https://x.io/a}}. → at https://x.io/a.
 * by \href{https://x.io}{\textcolor{red}{Name}}, \href{https://www.x.io/a/}{x.io/a} → by Name (https://x.io), https://www.x.io/a/
 * available at \href{this https URL}{GitHub}, at {\href{this https URL}{this https URL}}. → available at GitHub, at this https URL.
 * Code is available \href{https://x.io/a}{here}, but https://x.io/b{here} → Code is available here (https://x.io/a), but https://x.io/b
 * at https://x.io/PiFlow{GitHub}, https://x.io/e{code} and https://x.io/LaS-Comp{LaS-Comp}, but https://x.io/u{ItemId}, https://x.io/v{VERSION}.js and https://x.io/b{GitHub}-based → at https://x.io/PiFlow, https://x.io/e and https://x.io/LaS-Comp, but https://x.io/u{ItemId}, https://x.io/v{VERSION}.js and https://x.io/b{GitHub}-based
 * available at our<LF>https://x.io/PiFlow{GitHub} and the https://x.io/D{dataset}. → available at our<LF>GitHub (https://x.io/PiFlow) and the dataset (https://x.io/D).
 * We https://x.io/p{open-source our code} to help → We open-source our code (https://x.io/p) to help
 * flattened: url{https://x.io/a}, href{https://x.io}{our page}, not my{https://x.io}, url={https://x.io} or url = {https://x.io} → flattened: https://x.io/a, our page (https://x.io), not my{https://x.io}, url={https://x.io} or url = {https://x.io}
 * write to \href{mailto:a@b.co}{a@b.co} or \href{mailto:a@b.co}{us} → write to a@b.co or us (a@b.co)
 * released at \href{this<LF>link}{http://x.io/a/}, its arguments swapped → released at this<LF>link (http://x.io/a/), its arguments swapped
 * code at \href{ this https URL }, \href{https://x.io/a}. and \href{x} → code at this https URL, https://x.io/a. and \href{x}
 * our \href{https://x.io/a} {Model} approach → our Model (https://x.io/a) approach
 * see \hyperref[sec:exp]{Section 4} and \hyperref[https://x.io/a]{https://x.io/a}, but \hyperref{x} → see Section 4 and https://x.io/a, but \hyperref{x}
 * \phantomsection\label{b}\hyperref[a]{link to a} → \phantomsection\label{b}\hyperref[a]{link to a}
 * code at \url{\tt https://x.io} and \href{https://x.io}{\tt code} → code at https://x.io and code (https://x.io)
 * Project Page: \urlhttps://x.io/a, but \urlencode{x} → Project Page: https://x.io/a, but \urlencode{x}
 * at \href{https://x.io/a}{https://x.io/a.} Then → at https://x.io/a. Then
 * Code: \link{Code}{https://x.io/a}, but see {https://x.io/b}. → Code: \link{Code}{https://x.io/a}, but see https://x.io/b.
 * maintaining a<LF>\href{https://x.io/a}{GitHub<LF>Repository} to track, but \href{https://x.io/b}{a<LF><LF>b} → maintaining a<LF>GitHub<LF>Repository (https://x.io/a) to track, but \href{https://x.io/b}{a<LF><LF>b}
 * see \hyperlink{sec:a}{Section 2}, \hyperlink{https://x.io/a}https://x.io/a and \hyperlink{https://x.io/b}. → see Section 2, https://x.io/a and https://x.io/b.
 * for more, please see the https://x.io/Arboretum/{project<LF>website} and \href{https://x.io/a}<LF>{https://x.io/a} → for more, please see the project<LF>website (https://x.io/Arboretum/) and https://x.io/a
 * ```
 *
 * @module
 */
import {
  BLANK_LINE,
  closingBrace,
  isWordChar,
  lettersStart,
  openingBrace,
  wrapsLine,
} from '../scan.js';
import { type Context, type Outcome, type Rule, single } from '../types.js';
import { repeatsUrl, startsUrl, unescapeUrl, urlEnd, urlStartAtColon } from '../urls.js';
import { withoutDeclaration } from './text-style.js';

/** Link words a reader sees as the label of a real `\href` (not arXiv's stand-ins). */
const WORDS = new Set(['here', 'link', 'this link']);

/** arXiv's stand-in for a link in an abstract. */
const PLACEHOLDER = /^this https? URL$/;

/** How far a label may run before `}` (arXiv's labels are short). */
const LABEL_LIMIT = 200;

export const href: Rule = {
  name: 'href',
  prefilter: {
    triggers: ':{\\',
    anchors: ['\\', '{'],
  },
  match(text, at, ctx) {
    const code = text.charCodeAt(at);
    if (code === 0x3a) return urlWithCopy(text, at);
    if (code === 0x7b) return bracedUrl(text, at);
    return code === 0x5c ? macro(text, at, ctx) : undefined;
  },
};

/** `https://a{https://a}` or `https://a{this https URL}`, found from the scheme's colon. */
function urlWithCopy(text: string, colon: number): Outcome | undefined {
  const start = urlStartAtColon(text, colon);
  if (start < 0) return undefined;
  const end = urlEnd(text, colon);
  if (text.charCodeAt(end) !== 0x7b) return undefined;
  const close = labelEnd(text, end + 1);
  if (close < 0) return undefined;
  const url = text.slice(start, end);
  const label = text.slice(end + 1, close);
  if (repeatsUrl(url, label)) return single(start, close + 1, unescapeUrl(url));
  if (!flattenedLabel(text, start, end, close, label)) return undefined;
  // A phrase is prose the link was set on (`…/preparedness{open-source our code} to`):
  // it stays, the address after it, as for `\href`; a name goes (`…/PiFlow{GitHub}`).
  const address = unescapeUrl(url);
  // A name goes where the address stands in its place (`available at …{GitHub}`, a
  // list's next, `, …{code}`), and a copy of the URL's own last name; after any other
  // word it is the sentence's noun and stays (`our …{GitHub}`, `the evaluation …{code}
  // and the …{dataset}`).
  const kept =
    /[ \n]/.test(label) ||
    (!url.toLowerCase().endsWith(lastName(label)) &&
      !PLACE_BEFORE.test(text.slice(Math.max(0, start - 12), start)));
  return single(start, close + 1, kept ? `${label} (${address})` : address);
}

/** What stands before an address in a link word's place: `at`, `on`, `:`, `(`, a list's `,` or `and`. */
const PLACE_BEFORE =
  /(?:^|(?:^|[^\p{L}])(?:at|on|from|via|in|see|under|to|here|is|are|and|or)\s|[:(,&]\s?)$/iu;

/**
 * Whether `{label}` glued after a URL ending at `end` is a flattened `\href`'s label
 * (`https://x.io/PiFlow{GitHub}.`): the URL shows where a name did, so the name goes,
 * as a copy does; a phrase stays before it. Not a template's parameter
 * (`…/item{ItemId}`, `lib-v{VERSION}.js`, `f"…/user{userId}"`): the label is a phrase
 * (templates hold no space), a link word or a site's name (`GitHub`, `code`), or the
 * URL's own last name (`…/LaS-Comp{LaS-Comp}`, `…/opengvl{OpenGVL}`); the URL stands in
 * prose (no quote or `=` before it) after a letter or a digit (a phrase may follow its
 * slash), and only a space, the text's end or a sentence's mark before one follows.
 *
 * @example
 * ```ts
 * flattenedLabel('https://x.io/a{GitHub}.', 0, 14, 21, 'GitHub'); // true
 * flattenedLabel('https://x.io/u{ItemId}', 0, 14, 21, 'ItemId'); // false
 * ```
 */
function flattenedLabel(
  text: string,
  start: number,
  end: number,
  close: number,
  label: string,
): boolean {
  const phrase = /[ \n]/.test(label);
  const last = text.charCodeAt(end - 1);
  if (!(isWordChar(last) || (phrase && last === 0x2f)) || /["'=`<]/.test(text[start - 1] ?? ' ')) {
    return false;
  }
  if (!/^(?:[.,;:!?)]?(?:\s|$))/.test(text.slice(close + 1, close + 3))) return false;
  if (!/^[A-Za-z][\w.-]*(?:[ \n/][\w.-]+){0,3}$/.test(label) || label.length > 40) return false;
  if (phrase || LINK_WORDS.has(label.toLowerCase())) return true;
  // The URL's own last name (`…/AOT{AOT}`, `…/Awesome-VLA4AD{Sicong/Awesome-VLA4AD}`).
  const name = lastName(label);
  return name.length >= 3 && text.slice(start, end).toLowerCase().endsWith(name);
}

/**
 * A label's last name, after its last `/`, in small letters: what a URL that it copies
 * ends with.
 *
 * @example
 * ```ts
 * lastName('Sicong/Awesome-VLA4AD'); // 'awesome-vla4ad'
 * ```
 */
function lastName(label: string): string {
  return label.slice(label.lastIndexOf('/') + 1).toLowerCase();
}

/** Link words and sites a flattened label names (`…/eval{code}`, `…/PiFlow{GitHub}`). */
const LINK_WORDS = new Set([
  'project',
  'homepage',
  'page',
  'data',
  'video',
  'colab',
  'zenodo',
  'arxiv',
  'hf',
  'code',
  'codes',
  'github',
  'gitlab',
  'huggingface',
  'youtube',
  'website',
  'webpage',
  'demo',
  'paper',
  'repo',
  'repository',
  'dataset',
]);

/**
 * `{https://a}`, or what is left of `\url{…}` and `\href{…}{…}` without their backslash
 * (`url{https://a}`, `href{https://a}{label}`), read as the commands are: the name a
 * word of its own.
 *
 * @example
 * ```ts
 * bracedUrl('see {https://x.io}.', 4); // one hit: '{https://x.io}' → 'https://x.io'
 * bracedUrl('see url{https://x.io}.', 7); // one hit: 'url{https://x.io}' → 'https://x.io'
 * ```
 */
function bracedUrl(text: string, open: number): Outcome | undefined {
  if (!startsUrl(text, open + 1)) return undefined;
  const start = lettersStart(text, open, 5);
  const name = text.slice(start, open);
  if ((name === 'url' || name === 'href') && !isWordChar(text.charCodeAt(start - 1))) {
    if (text.charCodeAt(start - 1) === 0x5c) return undefined;
    return link(text, start, name, open);
  }
  // Glued to another word, the braces are some command's argument (`myurl{…}`), and
  // after `=` a BibTeX field's (`url={https://…}`, `url = {…}`): kept.
  let back = open - 1;
  while (text.charCodeAt(back) === 0x20) back--;
  if (isWordChar(text.charCodeAt(open - 1)) || text.charCodeAt(back) === 0x3d) return undefined;
  // So are braces after a macro's first argument (`\\link{Code}{https://…}`): the macro's
  // second, kept with it.
  if (text.charCodeAt(open - 1) === 0x7d && argumentChain(text, open - 1)) return undefined;
  const end = urlEnd(text, open + 1);
  if (text.charCodeAt(end) !== 0x7d) return undefined;
  return single(open, end + 1, unescapeUrl(text.slice(open + 1, end)));
}

/**
 * Whether the group closing at `close` is a macro's argument: its `{` (within reach,
 * no group inside) right after a macro's name (`\\link{Code}`).
 *
 * @example
 * ```ts
 * argumentChain('\\link{Code}{https://x.io}', 10); // true
 * argumentChain('see {a}{https://x.io}', 6); // false
 * ```
 */
function argumentChain(text: string, close: number): boolean {
  const open = openingBrace(text, close, 40);
  if (open < 0) return false;
  const name = lettersStart(text, open, 30);
  return name < open && text.charCodeAt(name - 1) === 0x5c;
}

/** `\url{a}`, `\href{a}{label}`, `\hyperref[target]{label}`, from the backslash. */
function macro(text: string, at: number, ctx: Context): Outcome | undefined {
  const name = ctx.macroName(text, at);
  if (name === 'hyperref') return hyperref(text, at, at + 1 + name.length, ctx);
  if (name === 'hyperlink' || name === 'hypertarget') {
    return anchorLink(text, at, name, at + 1 + name.length, ctx);
  }
  if (name !== 'url' && name !== 'href') return gluedUrl(text, at, name);
  return link(text, at, name, at + 1 + name.length);
}

/**
 * `\url` or `\href` glued to the address it held, its braces lost (`\urlhttps://x.io`,
 * arXiv's HTML as text, the two-hundred-and-ninth blind set's): the command goes.
 *
 * @example
 * ```ts
 * gluedUrl('Page: \\urlhttps://x.io', 6, 'urlhttps'); // one hit: '\\url' → ''
 * gluedUrl('\\urlencode{x}', 0, 'urlencode'); // undefined
 * ```
 */
function gluedUrl(text: string, at: number, name: string): Outcome | undefined {
  const command = name.startsWith('url') ? 3 : name.startsWith('href') ? 4 : 0;
  return command > 0 && startsUrl(text, at + 1 + command)
    ? single(at, at + 1 + command, '')
    : undefined;
}

/** Whether the text is a LaTeX source's, with labels and anchors (memo key). */
const SOURCE_MEMO = 'href:latex-source';

/**
 * `\hyperref[target]{label}`: a link whose target is a label in the paper (or, misused,
 * an address); the reader sees the label alone. Its macros stay for the next pass.
 *
 * @example
 * ```ts
 * hyperref('\\hyperref[sec:a]{Section 2}', 0, 9, ctx); // one hit: … → 'Section 2'
 * ```
 */
function hyperref(text: string, at: number, nameEnd: number, ctx: Context): Outcome | undefined {
  if (text.charCodeAt(nameEnd) !== 0x5b) return undefined;
  if (latexSource(text, ctx)) return undefined;
  // Searched in a window, so many an unclosed `[` costs no quadratic time.
  const found = text.slice(nameEnd, nameEnd + LABEL_LIMIT).indexOf(']');
  if (found < 0) return undefined;
  const targetClose = nameEnd + found;
  if (/[\n{}[]/.test(text.slice(nameEnd + 1, targetClose))) return undefined;
  if (text.charCodeAt(targetClose + 1) !== 0x7b) return undefined;
  const labelClose = closingBrace(text, targetClose + 1, LABEL_LIMIT);
  if (labelClose < 0) return undefined;
  const label = text.slice(targetClose + 2, labelClose);
  if (BLANK_LINE.test(label) || label.trim() === '') return undefined;
  return single(at, labelClose + 1, label);
}

/**
 * Whether the text is a LaTeX source's, with the labels and anchors its links point to:
 * there a link is shown as written. Asked once a pass: at every `\hyperref[` the
 * search made many of them quadratic.
 *
 * @example
 * ```ts
 * latexSource('\\phantomsection\\label{b}\\hyperref[a]{x}', ctx); // true
 * ```
 */
function latexSource(text: string, ctx: Context): boolean {
  return ctx.once(SOURCE_MEMO, () => /\\(?:label\{|phantomsection|protect\\)/.test(text));
}

/**
 * `\hyperlink{anchor}{label}` and `\hypertarget{anchor}{label}`: a link to an anchor
 * in the paper, or the anchor; the reader sees the label. An address as the anchor
 * (a misused `\hyperlink{https://x.io}{…}`) links out as `\href` does, and alone it
 * shows itself, or nothing before a copy of it glued on (a flattened label:
 * `\hyperlink{https://x.io}https://x.io`).
 *
 * @example
 * ```ts
 * anchorLink('\\hyperlink{sec:a}{Section 2}', 0, 'hyperlink', 10); // one hit: … → 'Section 2'
 * ```
 */
function anchorLink(
  text: string,
  at: number,
  name: string,
  nameEnd: number,
  ctx: Context,
): Outcome | undefined {
  if (text.charCodeAt(nameEnd) !== 0x7b) return undefined;
  const anchorClose = closingBrace(text, nameEnd, LABEL_LIMIT);
  if (anchorClose < 0) return undefined;
  const anchor = text.slice(nameEnd + 1, anchorClose).trim();
  const address = name === 'hyperlink' && startsUrl(anchor, 0) && !/[{}\s]/.test(anchor);
  if (address) {
    if (text.charCodeAt(anchorClose + 1) === 0x7b) return link(text, at, 'href', nameEnd);
    if (text.startsWith(anchor, anchorClose + 1)) return single(at, anchorClose + 1, '');
    return isWordChar(text.charCodeAt(anchorClose + 1))
      ? undefined
      : single(at, anchorClose + 1, unescapeUrl(anchor));
  }
  if (text.charCodeAt(anchorClose + 1) !== 0x7b || latexSource(text, ctx)) return undefined;
  const labelClose = closingBrace(text, anchorClose + 1, LABEL_LIMIT);
  if (labelClose < 0) return undefined;
  const label = text.slice(anchorClose + 2, labelClose);
  if (BLANK_LINE.test(label) || label.trim() === '') return undefined;
  return single(at, labelClose + 1, label);
}

/**
 * A `\url` or `\href` from `at` (its backslash, or its name's start when it lost the
 * backslash) whose name ends at `nameEnd`, as the text it shows.
 *
 * @example
 * ```ts
 * link('\\href{https://x.io}{our page}', 0, 'href', 5); // one hit: … → 'our page (https://x.io)'
 * ```
 */
function link(text: string, at: number, name: string, nameEnd: number): Outcome | undefined {
  if (text.charCodeAt(nameEnd) !== 0x7b) return undefined;
  const urlClose = closingBrace(text, nameEnd, LABEL_LIMIT);
  if (urlClose < 0) return undefined;
  // Spaces inside the braces (`\url{ https://x.io }`) are no part of the address.
  const url = unescapeUrl(withoutDeclaration(text.slice(nameEnd + 1, urlClose).trim()));
  // Glued to a word before it (the author's space left out, which the address's own
  // typewriter font hid), it is set apart: `advancements\\url{https://…}` →
  // `advancements https://…` (the hundred-and-eighty-fifth blind set's; not a macro's
  // name, `\\myurl\\url{…}`).
  if (name === 'url') {
    const word = lettersStart(text, at, 40);
    // (Not letters the address goes on from: `http\\url{://x.io}`, `www\\url{.x.io}`.)
    const glued =
      word < at && text.charCodeAt(word - 1) !== 0x5c && !/^[:./]/.test(url) && /[:.]/.test(url);
    return single(at, urlClose + 1, glued ? ` ${url}` : url);
  }
  // TeX skips a space between the arguments (`\href{url} {label}`), or a wrapped line's
  // break (`\href{url}` / `{label}`).
  const gap = /^[ \n]\{/.test(text.slice(urlClose + 1, urlClose + 3));
  const labelOpen = gap ? urlClose + 2 : urlClose + 1;
  // An `\href` whose label was lost shows its address, when that is one (no brace in it:
  // `{…README.md{label}}` is a label swallowed) or arXiv's stand-in for one
  // (`\href{ this https URL }.`).
  if (text.charCodeAt(labelOpen) !== 0x7b) {
    const address = (startsUrl(url, 0) && !/[{}]/.test(url)) || PLACEHOLDER.test(url);
    return address ? single(at, urlClose + 1, url) : undefined;
  }
  const labelClose = closingBrace(text, labelOpen, LABEL_LIMIT);
  if (labelClose < 0) return undefined;
  const label = withoutDeclaration(text.slice(labelOpen + 1, labelClose));
  // No label holds a blank line; one line break is a hard-wrapped abstract's
  // (`{GitHub<LF>Repository}`), as arXiv's API serves them.
  if (BLANK_LINE.test(label)) return undefined;
  // A label with macros (`\texttt{…}`, `\textcolor{red}{…}`) is compared by its text;
  // when shown, its macros stay for the next pass to read.
  // arXiv's placeholder for a link it stripped (`\href{this https URL}{GitHub}`) is no
  // address to show: the label alone.
  // A word the author chose (`here`, `link`) is what the reader saw: it stays, the
  // address after it; only a label that is the URL, or arXiv's stand-in for one, is not.
  const shows = labelText(label);
  const swap = swapped(url, shows);
  // A `mailto:` link shows its address.
  const address = (swap ? shows.trim() : url).replace(/^mailto:/, '');
  // A label that is the URL with the sentence's mark inside the braces
  // (`{https://x.io/a.}`) shows as written: the mark is the sentence's.
  const stripped = shows.trim().slice(0, -1);
  const marked =
    /[.,;:]$/.test(shows.trim()) &&
    /^(?:https?:\/\/|www\.)/.test(stripped) &&
    repeatsUrl(url, stripped);
  const shown = swap
    ? `${url} (${address})`
    : PLACEHOLDER.test(url) || marked
      ? label
      : shows.trim() === '' || (repeatsUrl(url, shows) && !WORDS.has(shows.trim().toLowerCase()))
        ? address
        : `${label} (${address})`;
  // A group around the whole link prints nothing of its own (`{\\href{…}{…}}`).
  if (text.charCodeAt(at - 1) === 0x7b && text.charCodeAt(labelClose + 1) === 0x7d) {
    return single(at - 1, labelClose + 2, shown);
  }
  return single(at, labelClose + 1, shown);
}

/**
 * Are an `\href`'s arguments swapped by its author: words where the address goes (no
 * `/`, `.`, `:`, `#`, `@` or a macro's backslash in them) and an address alone where the
 * label goes (`\href{this<LF>link}{http://x.io/}`, `{email us}{mailto:a@b.co}`)? The
 * reader meant the words to link there.
 *
 * @example
 * ```ts
 * swapped('this link', 'http://x.io/'); // true
 * swapped('https://x.io', 'our page');  // false
 * ```
 */
function swapped(url: string, label: string): boolean {
  const address = label.trim();
  return (
    url.trim() !== '' &&
    !/[/.:#@\\]/.test(url) &&
    !PLACEHOLDER.test(url) &&
    (startsUrl(address, 0) || /^(?:mailto:|www\.)/.test(address)) &&
    !/\s/.test(address)
  );
}

/**
 * What a label shows: colour arguments, macro names and braces dropped.
 *
 * @example
 * ```ts
 * labelText('\\textcolor{red}{\\texttt{Name}}'); // 'Name'
 * ```
 */
function labelText(label: string): string {
  if (!label.includes('\\') && !label.includes('{')) return label;
  return label
    .replace(/\\(?:textcolor|color|colorbox)\{[^{}]*\}/g, '')
    .replace(/\\[A-Za-z]+ ?/g, '')
    .replace(/[{}]/g, '');
}

/** The `}` ending a label that starts at `from`: no nested braces, bounded length. */
function labelEnd(text: string, from: number): number {
  const stop = Math.min(text.length, from + LABEL_LIMIT);
  let wrapped = false;
  for (let at = from; at < stop; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x7d) return at;
    if (code === 0x7b) return -1;
    // One wrapped line's break may split a phrase (`…/Arboretum/{project` / `website}`).
    if (code === 0x0a) {
      if (wrapped || !wrapsLine(text, at)) return -1;
      wrapped = true;
    }
  }
  return -1;
}
