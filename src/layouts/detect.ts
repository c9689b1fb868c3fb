/**
 * Guess a capture's layout from its first few kilobytes. Cheap: a handful of
 * `indexOf` calls and one pass over at most {@link DETECT_WINDOW} characters.
 *
 * It reads the page: the capture's envelope (front matter, a header, a fence) is read
 * before, by `envelope/`. Order matters, most specific first:
 * 1. `[text][12]` reference links, or lynx `[12]` markers with a numbered URL list →
 *    `reflinks` (text-browser dump);
 * 2. lines that are nothing but an `http(s)://` URL, two or more → `bare-urls`;
 * 3. front matter (`---` first), a `### ` heading, or a `](http` link → `markdown`;
 * 4. anything else → `text`.
 *
 * @module
 */

/** A concrete layout, as `parseListing`'s `format` option names them. */
export type Layout = 'text' | 'markdown' | 'bare-urls' | 'reflinks';

/** How much of the input detection reads. */
export const DETECT_WINDOW = 16 * 1024;

/**
 * Detect the layout of a capture.
 *
 * @example
 * ```ts
 * detectLayout('---\nurl: x\n---\n### [T](https://huggingface.co/papers/2606.00683)\n'); // 'markdown'
 * detectLayout('Mar 11\n\nA Title\n\nAn abstract.\n'); // 'text'
 * ```
 */
export function detectLayout(input: string): Layout {
  const head = input.length > DETECT_WINDOW ? input.slice(0, DETECT_WINDOW) : input;
  const body = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  const lines = scanLines(body);
  if (lines.referenceLinks >= 2) return 'reflinks';
  if (lines.markers >= 5 && lines.numberedUrls >= 3) return 'reflinks';
  // Bare URLs of the site itself: an abstract's own URL on a wrapped line is not one.
  if (lines.hubUrlLines >= 2 && lines.urlLines * 4 >= lines.markdownLinks) return 'bare-urls';
  if (body.startsWith('---\n') || body.startsWith('---\r')) return 'markdown';
  if (lines.headings > 0 || lines.markdownLinks > 0) return 'markdown';
  return 'text';
}

interface LineCounts {
  /** Lines holding `][N]`: a reference-style link's end. */
  referenceLinks: number;
  /** Lines that are only a URL. */
  urlLines: number;
  /** Lines that are only a Hugging Face URL. */
  hubUrlLines: number;
  /** `### ` headings (ATX, any depth up to 4). */
  headings: number;
  /** `](http` occurrences. */
  markdownLinks: number;
  /** Lines with a lynx link marker `[12]` before text. */
  markers: number;
  /** Lines `12. https://…` (lynx's reference list). */
  numberedUrls: number;
}

function scanLines(text: string): LineCounts {
  const counts: LineCounts = {
    referenceLinks: 0,
    urlLines: 0,
    hubUrlLines: 0,
    headings: 0,
    markdownLinks: 0,
    markers: 0,
    numberedUrls: 0,
  };
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line.length === 0) continue;
    if (isUrlLine(line)) {
      counts.urlLines++;
      if (/^https?:\/\/(?:www\.)?huggingface\.co\//.test(line)) counts.hubUrlLines++;
    } else if (/^\d{1,6}\. https?:\/\/\S+$/.test(line)) counts.numberedUrls++;
    if (/\[\d{1,6}\]\S/.test(line) || /^\[\d{1,6}\]$/.test(line)) counts.markers++;
    else if (line.startsWith('#') && /^#{1,4} /.test(line)) counts.headings++;
    if (line.includes('](http')) counts.markdownLinks++;
    if (hasReferenceEnd(line)) counts.referenceLinks++;
  }
  return counts;
}

function isUrlLine(line: string): boolean {
  return (
    (line.startsWith('https://') || line.startsWith('http://')) &&
    line.indexOf(' ') === -1 &&
    line.indexOf('](') === -1 &&
    !line.endsWith('\\')
  );
}

/** `][12]` somewhere in the line. */
function hasReferenceEnd(line: string): boolean {
  let at = line.indexOf('][');
  while (at !== -1) {
    let i = at + 2;
    while (i < line.length && line.charCodeAt(i) >= 0x30 && line.charCodeAt(i) <= 0x39) i++;
    if (i > at + 2 && line.charCodeAt(i) === 0x5d) return true;
    at = line.indexOf('][', at + 2);
  }
  return false;
}
