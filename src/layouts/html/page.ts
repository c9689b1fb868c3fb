/**
 * What a saved listing page holds, from one walk over its tags: the components' embedded
 * data (`data-props` attributes), the head (`<title>`, `<link rel="canonical">`,
 * `og:url`), and the rendered paper cards (`<article>` elements linking a paper).
 *
 * @module
 */
import type { Mutable } from '../../grammar/content-line.js';
import { type Tag, walkTags } from './tokens.js';

/** One `data-props` attribute: a Svelte component's data, HTML-escaped JSON. */
export interface PropsAttribute {
  /** The component (`data-target`), e.g. `DailyPapers`. */
  readonly target?: string;
  /** The decoded value. */
  readonly value: string;
  /** The whole attribute, `data-props="…"`, in the input. */
  readonly start: number;
  readonly end: number;
}

/** A rendered paper card. */
export interface Card {
  /** The paper id of its first `/papers/<id>` link. */
  readonly id?: string;
  /** It links a paper page, on any host (`hf.co`, `http://`, an archive's rewritten URL). */
  readonly linksPaper?: boolean;
  /** The `<article>` element, start tag to end tag. */
  readonly start: number;
  readonly end: number;
}

/** The page's head. */
export interface PageHead {
  readonly title?: { readonly text: string; readonly start: number; readonly end: number };
  readonly canonical?: string;
  readonly ogUrl?: string;
  /** `<base href>`: what relative links resolve against. */
  readonly base?: string;
}

/** Everything the reader needs from a page. */
export interface PageScan extends PageHead {
  readonly props: readonly PropsAttribute[];
  readonly cards: readonly Card[];
}

/** A link to a paper's page on any host: `/papers/` and an id with a digit. */
const PAPER_HREF = /\/papers\/[\w.-]{0,40}\d/;

/**
 * Walk the page once.
 *
 * @example
 * ```ts
 * scanPage('<title>Daily Papers</title><div data-target="DailyPapers" data-props="{}"></div>');
 * // { title: { text: 'Daily Papers', … }, props: [{ target: 'DailyPapers', value: '{}', … }], cards: [] }
 * ```
 */
export function scanPage(input: string): PageScan {
  const props: PropsAttribute[] = [];
  const cards: Card[] = [];
  const head: Mutable<PageHead> = {};
  // Open <article> elements (start offset, first paper id), innermost last.
  const articles: Array<{ start: number; id?: string; linksPaper?: boolean }> = [];
  let title: { parts: string[]; start: number } | undefined;
  let titleDone = false;

  walkTags(input, {
    startTag(token, foreign) {
      for (const attribute of token.attrs) {
        if (attribute.name !== 'data-props') continue;
        const target = attr(token, 'data-target');
        props.push({
          ...(target === undefined ? {} : { target }),
          value: attribute.value,
          start: attribute.startOffset,
          end: attribute.endOffset,
        });
      }
      if (foreign) return;
      const name = token.tagName;
      if (name === 'article') {
        articles.push({ start: token.startOffset });
      } else if (name === 'a') {
        const open = articles[articles.length - 1];
        const href = resolveHref(attr(token, 'href'), head.base);
        const id = paperId(href);
        if (open !== undefined && open.id === undefined && id !== undefined) open.id = id;
        if (open !== undefined && href !== undefined && PAPER_HREF.test(href)) {
          open.linksPaper = true;
        }
      } else if (name === 'title' && !titleDone) {
        title = { parts: [], start: token.startOffset };
      } else if (name === 'link' || name === 'meta') {
        readHeadTag(token, head);
      } else if (name === 'base' && head.base === undefined) {
        const href = attr(token, 'href')?.trim();
        if (href) head.base = href;
      }
    },
    endTag(token) {
      if (token.tagName === 'article') {
        const open = articles.pop();
        if (open !== undefined) {
          cards.push({
            ...(open.id === undefined ? {} : { id: open.id }),
            ...(open.linksPaper === true ? { linksPaper: true } : {}),
            start: open.start,
            end: token.endOffset,
          });
        }
      } else if (token.tagName === 'title' && title !== undefined) {
        const text = title.parts.join('').replace(/\s+/g, ' ').trim();
        if (text !== '') head.title = { text, start: title.start, end: token.endOffset };
        title = undefined;
        titleDone = true;
      }
    },
    text(chars) {
      title?.parts.push(chars);
    },
    get wantText() {
      return title !== undefined;
    },
  });
  // Cards the page never closed (a cut save) end with it, innermost last.
  for (const open of articles.reverse()) {
    cards.push({
      ...(open.id === undefined ? {} : { id: open.id }),
      ...(open.linksPaper === true ? { linksPaper: true } : {}),
      start: open.start,
      end: input.length,
    });
  }
  // In document order: a card nested in another closes first.
  cards.sort((a, b) => a.start - b.start);
  return { ...head, props, cards };
}

/**
 * `<link rel="canonical" href>` and `<meta property="og:url" content>`, first of each.
 *
 * @example
 * ```ts
 * readHeadTag(linkToken, head); // head.canonical = 'https://huggingface.co/papers/date/2026-03-06'
 * ```
 */
function readHeadTag(token: Tag, head: { canonical?: string; ogUrl?: string }): void {
  if (token.tagName === 'link') {
    const rel = attr(token, 'rel')?.toLowerCase().split(/\s+/);
    const href = attr(token, 'href')?.trim();
    if (rel?.includes('canonical') && href && head.canonical === undefined) head.canonical = href;
    return;
  }
  const property = attr(token, 'property') ?? attr(token, 'name');
  const content = attr(token, 'content')?.trim();
  if (property === 'og:url' && content && head.ogUrl === undefined) head.ogUrl = content;
}

/**
 * A link's target as the page resolves it: a relative one (`papers/2501.13074`) against
 * the page's `<base href>`; a root-relative, fragment or absolute one as written.
 *
 * @example
 * ```ts
 * resolveHref('papers/2501.13074', 'https://huggingface.co/'); // 'https://huggingface.co/papers/2501.13074'
 * resolveHref('/papers/2501.13074', 'https://huggingface.co/'); // '/papers/2501.13074'
 * ```
 */
export function resolveHref(
  href: string | undefined,
  base: string | undefined,
): string | undefined {
  if (href === undefined || base === undefined || /^(?:[/#?]|[a-z][a-z\d+.-]*:)/i.test(href)) {
    return href;
  }
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

/**
 * An attribute's value, by its (lower-case) name.
 *
 * @example
 * ```ts
 * attr(token, 'href'); // '/papers/2401.00001'
 * ```
 */
function attr(token: Tag, name: string): string | undefined {
  for (const attribute of token.attrs) if (attribute.name === name) return attribute.value;
  return undefined;
}

/**
 * The paper id of a link to a paper page: `/papers/<id>` or
 * `https://huggingface.co/papers/<id>`, without a fragment or query.
 *
 * @example
 * ```ts
 * paperId('/papers/2401.00001'); // '2401.00001'
 * paperId('/papers/2401.00001#community'); // undefined
 * paperId('/papers/trending'); // undefined
 * ```
 */
export function paperId(href: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  const path = href.startsWith('https://huggingface.co/') ? href.slice(22) : href;
  if (!path.startsWith('/papers/')) return undefined;
  const id = path.slice(8);
  return /^[\w./-]{1,64}$/.test(id) && /\d/.test(id) && !id.includes('/') ? id : undefined;
}
