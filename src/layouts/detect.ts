/**
 * Guess a capture's layout from its first few kilobytes. Cheap: a handful of
 * `indexOf` calls and one pass over at most {@link DETECT_WINDOW} characters.
 *
 * Order matters, most specific first:
 * 1. a fenced block holding `[text][12]` reference links → `reflinks` (text-browser dump);
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
  if (lines.fenceFirst && lines.referenceLinks >= 2) return 'reflinks';
  if (lines.urlLines >= 2 && lines.urlLines * 4 >= lines.markdownLinks) return 'bare-urls';
  if (body.startsWith('---\n') || body.startsWith('---\r')) return 'markdown';
  if (lines.headings > 0 || lines.markdownLinks > 0) return 'markdown';
  return 'text';
}

interface LineCounts {
  /** The first non-blank line opens a fenced block. */
  fenceFirst: boolean;
  /** Lines holding `][N]`: a reference-style link's end. */
  referenceLinks: number;
  /** Lines that are only a URL. */
  urlLines: number;
  /** `### ` headings (ATX, any depth up to 4). */
  headings: number;
  /** `](http` occurrences. */
  markdownLinks: number;
}

function scanLines(text: string): LineCounts {
  const counts: LineCounts = {
    fenceFirst: false,
    referenceLinks: 0,
    urlLines: 0,
    headings: 0,
    markdownLinks: 0,
  };
  let seenContent = false;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line.length === 0) continue;
    if (!seenContent) {
      seenContent = true;
      counts.fenceFirst = line.startsWith('```') || line.startsWith('~~~');
    }
    if (isUrlLine(line)) counts.urlLines++;
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
