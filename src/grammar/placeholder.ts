/**
 * Image placeholders that extractors write where a picture was: `[图片：无替代文本]`
 * ("image: no alternative text"), `[图片：kandinskylab]`, `[image]`, `[Image: logo]`,
 * `[IMG]`, `[Hugging Face's logo]`.
 * They are page furniture inside card text (`[[图片：Edge0] Edge0](…)`), never part of
 * a name or a title.
 *
 * @module
 */

// The word for "image" in the languages extractors write, then an optional label.
// Anchored at `[`, bounded, no nested quantifiers.
// `links -dump` writes `[IMG]`, and a logo's alt (`[Hugging Face's logo]`).
const PLACEHOLDER =
  /\[(?:(?:图片|图像|圖片|画像|이미지|[Ii]mage|IMAGE|[Ii]mg|IMG|[Pp]icture|[Pp]hoto|Bild|[Ii]magen)(?:[：:\s][^[\]\n]{0,200})?|[^[\]\n]{1,60}[ '’]logo)\]/g;

/**
 * Whether `text` holds a placeholder (a cheap check before {@link withoutPlaceholders}).
 *
 * @example
 * ```ts
 * hasPlaceholder('[图片：无替代文本]'); // true
 * hasPlaceholder('[12] AK');           // false
 * ```
 */
export function hasPlaceholder(text: string): boolean {
  if (text.indexOf('[') === -1) return false;
  PLACEHOLDER.lastIndex = 0;
  return PLACEHOLDER.test(text);
}

/**
 * `text` with its placeholders cut out and whitespace collapsed around them.
 *
 * @example
 * ```ts
 * withoutPlaceholders('[图片：Edge0] Edge0');   // 'Edge0'
 * withoutPlaceholders('by[图片：无替代文本] AK'); // 'by AK'
 * withoutPlaceholders('[图片：无替代文本]');      // ''
 * ```
 */
export function withoutPlaceholders(text: string): string {
  if (!hasPlaceholder(text)) return text;
  PLACEHOLDER.lastIndex = 0;
  return text.replace(PLACEHOLDER, ' ').replace(/\s+/g, ' ').trim();
}
