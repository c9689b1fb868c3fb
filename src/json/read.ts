/**
 * Read one JSON document: values from `JSON.parse`, and for text that is not JSON, the
 * offset and reason from {@link checkJson}. Never throws.
 *
 * @module
 */
import { checkJson } from './syntax.js';

/** A document's value, or what is wrong and where (an offset into the whole text). */
export type JsonRead =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string; readonly offset: number };

/** The reason given for a value followed by more text (another value, or junk). */
export const AFTER_VALUE = 'Unexpected text after the JSON value';

/**
 * Parse `text.slice(start, end)` as one JSON document.
 *
 * @example
 * ```ts
 * readJson('x [1, 2]', 2, 8); // { ok: true, value: [1, 2] }
 * readJson('[1, 2', 0, 5); // { ok: false, message: 'Unexpected end of JSON', offset: 5 }
 * ```
 */
export function readJson(text: string, start = 0, end = text.length): JsonRead {
  try {
    return {
      ok: true,
      value: JSON.parse(start === 0 && end === text.length ? text : text.slice(start, end)),
    };
  } catch {
    const checked = checkJson(text, start, end);
    if (!checked.ok) return checked;
    return checked.end < end
      ? { ok: false, message: AFTER_VALUE, offset: checked.end }
      : { ok: false, message: 'Not JSON', offset: start };
  }
}
