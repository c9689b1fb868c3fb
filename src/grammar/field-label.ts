/**
 * A digest's labelled field (`Vote: 12`, `🔗 链接: https://huggingface.co/papers/…`,
 * `⬆️ 热度: 247 ⬆️`) or a short button-like link (`[Watch Video](….mp4)`): lines that
 * third-party digests print under a title, where a Hugging Face card prints its
 * abstract. Neither is ever an abstract; the card grammar reports them instead of
 * taking them for one.
 *
 * ```text
 * ### [MovieLLM: Enhancing Long Video Understanding …](https://arxiv.org/abs/2403.01422)
 * [Watch Video](https://cdn-uploads.huggingface.co/…/DlcPynp9hELsiG7d35Itl.mp4)   → button
 * Vote: 12                                                                       → field
 * ```
 *
 * @module
 */

/** Longest label before the colon, in characters. */
const LABEL = 30;

/** A field's value: a count or an id, and at most a mark after it (`247 ⬆️`, `2605.23904`). */
const COUNT = /^[\d][\d.,]{0,15}[kKmM%]?(?:\s+\P{L}{1,4})?$/u;

/**
 * Whether a line is a label, a colon and a value that is a number or one URL, or an
 * icon's label and any value. A title's colon is followed by words (`SkillOpt:
 * Executive Strategy`), never by a number alone, and no title opens with an icon's label.
 *
 * @example
 * ```ts
 * isFieldLine('Vote: 12'); // true
 * isFieldLine('🔗 链接: https://huggingface.co/papers/2509.22186'); // true
 * isFieldLine('👤 作者: Microsoft Research'); // true
 * isFieldLine('SkillOpt: Executive Strategy'); // false
 * isFieldLine('Phi-3: 3.8B Model'); // false
 * ```
 */
export function isFieldLine(text: string): boolean {
  if (text.length > 160) return false;
  let colon = -1;
  for (let i = 1; i <= LABEL && i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3a || code === 0xff1a) {
      colon = i;
      break;
    }
    // A sentence's end before the colon: prose, not a label.
    if (code === 0x2e || code === 0x3f || code === 0x21) return false;
  }
  const label = text.slice(0, colon);
  if (colon === -1 || !/\p{L}/u.test(label)) return false;
  const value = text.slice(colon + 1).trim();
  if (value === '') return false;
  // An icon before the label (`👤 作者: Microsoft Research`): a digest's field, whatever
  // its value; no title opens with a pictograph and a one-word label.
  if (/^\p{Extended_Pictographic}/u.test(label) && label.trim().split(/\s+/).length <= 2) {
    return true;
  }
  return /^https?:\/\/\S+$/.test(value) || COUNT.test(value);
}

/** The labels a digest prints over a card's facts, never over its abstract. */
const FACT_LABEL =
  /^(?:authors?|arxiv(?: id)?|published(?: on)?|submitted(?: by)?|upvotes?|votes?|links?|link to paper|paper link|code|github|pdf|project(?: page)?|categor(?:y|ies)|tags|(?:ai )?keywords|affiliations?)\s?[:：]\s*\S/i;

/** A folded author list's end (`…, and 7 more.`): a fact's value, no sentence's end. */
const MORE_END = /\band \d{1,5} more\.$/;

/**
 * Whether a line is a digest's labelled fact whatever its value (`Authors: Heewoo Jun,
 * Alex Nichol`, `Published: 2023-05-04 | Submitted: 2023-05-04 by AK`): no abstract
 * opens with one of these labels. (`Summary:` and `TL;DR:` may open the abstract itself.)
 *
 * @example
 * ```ts
 * isFactLine('Authors: Heewoo Jun, Alex Nichol'); // true
 * isFactLine('Authors: Heewoo Jun, Alex Nichol, and 7 more.'); // true (a folded list)
 * isFactLine('Summary: We present Shap-E.'); // false
 * isFactLine('Code: the most widely written form of structured text.'); // false
 * ```
 */
export function isFactLine(text: string): boolean {
  // A sentence's end closes an abstract that opens with such a word, not a fact.
  return (
    text.length <= 2000 &&
    FACT_LABEL.test(text) &&
    (!/[.!?]\s*$/.test(text) || MORE_END.test(text.trimEnd()))
  );
}

/**
 * Whether a line is a label over a list (`Builds on:`, `**Related papers:**`, `See
 * also：`): a few words ending with a colon, nothing after it. What a card lists under
 * one is its related work, not the next card.
 *
 * @example
 * ```ts
 * isListLabel('Builds on:'); // true
 * isListLabel('Related papers:'); // true
 * isListLabel('We compare three settings:'); // false
 * ```
 */
export function isListLabel(text: string): boolean {
  return (
    text.length <= 40 && /^\p{L}[\p{L}\p{N}' -]*[:：]$/u.test(text) && text.split(' ').length <= 3
  );
}

/**
 * Whether linked text is a button's: four words at most, no sentence, no more than 40
 * characters (`Watch Video`, `Project Page`, `Code`).
 *
 * @example
 * ```ts
 * isButtonText('Watch Video'); // true
 * isButtonText('We present a model that watches videos.'); // false
 * ```
 */
export function isButtonText(text: string): boolean {
  return text.length <= 40 && text.split(/\s+/).length <= 4 && !/[.!?…]$/.test(text);
}
