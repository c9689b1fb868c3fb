/**
 * What a Hugging Face link on a paper card points at. Every capture layout that keeps
 * link targets (Markdown, bare URLs, reference lists) reads them the same way.
 *
 * @module
 */

/** The kinds of link target a card uses. */
export type LinkTarget =
  | { readonly kind: 'paper'; readonly arxivId: string; readonly url: string }
  | { readonly kind: 'community'; readonly arxivId: string }
  | { readonly kind: 'login'; readonly arxivId?: string }
  | { readonly kind: 'arxiv'; readonly arxivId: string }
  | { readonly kind: 'profile'; readonly url: string }
  | { readonly kind: 'other'; readonly url: string };

const HF = 'https://huggingface.co/';
const HF_PAPERS = 'https://huggingface.co/papers/';
const ARXIV_ABS = /^https?:\/\/(?:www\.)?arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})(?:v\d+)?/;
const ARXIV_ID = /^\d{4}\.\d{4,5}$/;
const SLUG = /^[\w.-]{1,96}$/;
/** Paths under huggingface.co/ that are site pages, never an organization. */
const SITE_PAGES = new Set(['papers', 'login', 'join', 'models', 'datasets', 'spaces', 'docs']);

/**
 * Classify a URL.
 *
 * @example
 * ```ts
 * readLinkTarget('https://huggingface.co/papers/2606.00683');
 * // { kind: 'paper', arxivId: '2606.00683', url: 'https://huggingface.co/papers/2606.00683' }
 * readLinkTarget('https://huggingface.co/login?next=%2Fpapers%2F2606.00683');
 * // { kind: 'login', arxivId: '2606.00683' }
 * readLinkTarget('https://huggingface.co/occ-ai'); // { kind: 'profile', url: … }
 * ```
 */
export function readLinkTarget(url: string): LinkTarget {
  if (url.startsWith(HF_PAPERS)) {
    const rest = url.slice(HF_PAPERS.length);
    const hash = rest.indexOf('#');
    const id = hash === -1 ? rest : rest.slice(0, hash);
    if (ARXIV_ID.test(id)) {
      if (hash === -1) return { kind: 'paper', arxivId: id, url: HF_PAPERS + id };
      // Another anchor, or `#community` cut off: not the paper itself.
      if (rest.slice(hash) === '#community') return { kind: 'community', arxivId: id };
      return { kind: 'other', url };
    }
    return { kind: 'other', url };
  }
  if (url.startsWith(`${HF}login`)) {
    const next = url.indexOf('next=');
    if (next === -1) return { kind: 'login' };
    const path = safeDecode(url.slice(next + 5));
    const id = path.startsWith('/papers/') ? path.slice(8) : '';
    return ARXIV_ID.test(id) ? { kind: 'login', arxivId: id } : { kind: 'login' };
  }
  if (url.startsWith(HF)) {
    const slug = url.slice(HF.length);
    if (SLUG.test(slug) && !SITE_PAGES.has(slug)) return { kind: 'profile', url };
    return { kind: 'other', url };
  }
  const arxiv = url.length < 200 ? ARXIV_ABS.exec(url) : null;
  if (arxiv?.[1] !== undefined) return { kind: 'arxiv', arxivId: arxiv[1] };
  return { kind: 'other', url };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Whether a URL is a code repository a card links to (GitHub, GitLab).
 *
 * @example
 * ```ts
 * isCodeUrl('https://github.com/allenai/aspire'); // true
 * ```
 */
export function isCodeUrl(url: string): boolean {
  return (
    url.startsWith('https://github.com/') ||
    url.startsWith('http://github.com/') ||
    url.startsWith('https://gitlab.com/')
  );
}
