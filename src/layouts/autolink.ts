/**
 * A CommonMark autolink alone on a line (`<https://huggingface.co/papers/2410.05434>`):
 * converters write one where a link's text is its URL, and it renders as the bare URL.
 * The bare-URL layout and detection read such a line as the URL it wraps.
 *
 * @module
 */

/**
 * The URL a line that is only an autolink wraps, or `undefined` for any other line.
 *
 * @example
 * ```ts
 * autolinkUrl('<https://huggingface.co/papers/2410.05434>'); // 'https://huggingface.co/papers/2410.05434'
 * autolinkUrl('<https://a.io> and more'); // undefined
 * ```
 */
export function autolinkUrl(line: string): string | undefined {
  if (line.charCodeAt(0) !== 0x3c || line.charCodeAt(line.length - 1) !== 0x3e) return undefined;
  return AUTOLINK.test(line) ? line.slice(1, -1) : undefined;
}

/** `<` an absolute http(s) URL `>`: no blank, `<` or `>` inside (CommonMark's autolink). */
const AUTOLINK = /^<https?:\/\/[^\s<>]{1,2000}>$/;
