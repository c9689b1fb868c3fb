/**
 * What a link on a listing page points at. Every layout that keeps link targets
 * (Markdown, bare URLs, reference lists, HTML) reads them here, so a paper link, an
 * upvote button or an organization means the same whatever the capture's syntax.
 *
 * @module
 */

/** The kinds of link target a card uses. */
export type LinkTarget =
  /** `https://huggingface.co/papers/2606.00683`: the paper page (title, abstract, thumbnail). */
  | { readonly kind: 'paper'; readonly arxivId: string; readonly url: string }
  /** `…/papers/2606.00683#community`: the comment count. */
  | { readonly kind: 'community'; readonly arxivId: string }
  /** `…/login?next=%2Fpapers%2F2606.00683`: the upvote button of a signed-out page. */
  | { readonly kind: 'login'; readonly arxivId?: string }
  /** `https://arxiv.org/abs/2606.00683`: the arXiv page. */
  | { readonly kind: 'arxiv'; readonly arxivId: string; readonly url: string }
  /** `https://huggingface.co/occ-ai`: a user or organization. */
  | { readonly kind: 'profile'; readonly url: string }
  /** `https://github.com/owner/repo`: a code repository. */
  | { readonly kind: 'code'; readonly url: string }
  /** `…/papers/date/2026-10-02`, `…/papers/trending`: listing navigation. */
  | { readonly kind: 'listing'; readonly url: string; readonly date?: string }
  | { readonly kind: 'other'; readonly url: string };

const HF_HOSTS = ['huggingface.co', 'www.huggingface.co', 'hf.co'];
const ARXIV_ID = /^\d{4}\.\d{4,5}$/;
const ARXIV_URL =
  /^(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/(\d{4}\.\d{4,5})(?:v\d{1,3})?(?:\.pdf)?\/?$/;
const SLUG = /^[\w.-]{1,96}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Paths under huggingface.co/ that are site pages, never a user or organization. */
const SITE_PAGES = new Set([
  'papers',
  'login',
  'join',
  'models',
  'datasets',
  'spaces',
  'docs',
  'blog',
  'pricing',
  'enterprise',
  'settings',
  'collections',
  'posts',
  'search',
  'learn',
  'tasks',
  'chat',
  'new',
  'notifications',
  'organizations',
  'privacy',
  'terms-of-service',
]);
const CODE_HOSTS = ['github.com/', 'gitlab.com/', 'bitbucket.org/', 'codeberg.org/'];

/**
 * Classify a URL (absolute, protocol-relative or site-relative).
 *
 * @example
 * ```ts
 * readLinkTarget('https://huggingface.co/papers/2606.00683');
 * // { kind: 'paper', arxivId: '2606.00683', url: 'https://huggingface.co/papers/2606.00683' }
 * readLinkTarget('/login?next=%2Fpapers%2F2606.00683'); // { kind: 'login', arxivId: '2606.00683' }
 * readLinkTarget('https://huggingface.co/occ-ai');      // { kind: 'profile', url: … }
 * readLinkTarget('https://github.com/o/r');             // { kind: 'code', url: … }
 * ```
 */
export function readLinkTarget(url: string): LinkTarget {
  const path = huggingFacePath(url);
  if (path !== undefined) return readHubPath(path, url);
  if (url.length < 300) {
    const arxiv = ARXIV_URL.exec(url);
    if (arxiv?.[1] !== undefined) {
      return { kind: 'arxiv', arxivId: arxiv[1], url: `https://arxiv.org/abs/${arxiv[1]}` };
    }
  }
  if (isCodeUrl(url)) return { kind: 'code', url };
  return { kind: 'other', url };
}

/**
 * Whether a URL is a code repository a card links to (GitHub, GitLab, …).
 *
 * @example
 * ```ts
 * isCodeUrl('https://github.com/allenai/aspire'); // true
 * isCodeUrl('https://github.com/');               // false
 * ```
 */
export function isCodeUrl(url: string): boolean {
  const scheme = url.indexOf('://');
  let rest = scheme === -1 ? url : url.slice(scheme + 3);
  if (rest.startsWith('www.')) rest = rest.slice(4);
  return CODE_HOSTS.some((host) => rest.startsWith(host) && rest.length > host.length + 1);
}

/**
 * Whether text is a new-style arXiv id, as the Hub names papers.
 *
 * @example
 * ```ts
 * isArxivId('2505.09388'); // true
 * isArxivId('2505.09388v2'); // false
 * ```
 */
export function isArxivId(text: string): boolean {
  return ARXIV_ID.test(text);
}

/**
 * The Hub's page of a paper.
 *
 * @example
 * ```ts
 * paperPageUrl('2401.00001'); // 'https://huggingface.co/papers/2401.00001'
 * ```
 */
export function paperPageUrl(id: string): string {
  return `https://huggingface.co/papers/${id}`;
}

/**
 * Whether a URL is a Hub page whose papers are collection items: a model's, a dataset's
 * or a Space's page, a blog article, a collection.
 *
 * @example
 * ```ts
 * isItemsPageUrl('https://huggingface.co/Qwen/Qwen3-8B'); // true
 * isItemsPageUrl('https://huggingface.co/blog/peft-beyond-lora'); // true
 * isItemsPageUrl('https://huggingface.co/papers/2505.09388'); // false
 * ```
 */
export function isItemsPageUrl(url: string): boolean {
  const path = huggingFacePath(url);
  if (path === undefined || !path.startsWith('/')) return false;
  const segments = (path.split(/[?#]/)[0] ?? '').split('/').filter((part) => part.length > 0);
  const [first = ''] = segments;
  if (first === 'blog' || first === 'collections') return segments.length >= 2;
  if (first === 'datasets' || first === 'spaces') return segments.length >= 3;
  return segments.length >= 2 && !SITE_PAGES.has(first);
}

/**
 * Whether a URL is a page of the Hugging Face site (its host's, or a path on it).
 *
 * @example
 * ```ts
 * isHubUrl('https://huggingface.co/models'); // true
 * isHubUrl('https://example.com/'); // false
 * ```
 */
export function isHubUrl(url: string): boolean {
  return huggingFacePath(url) !== undefined;
}

/** The path (with query and hash) of a Hugging Face URL, or `undefined` for other hosts. */
function huggingFacePath(url: string): string | undefined {
  if (url.startsWith('/') && !url.startsWith('//')) return url;
  let rest: string;
  if (url.startsWith('https://')) rest = url.slice(8);
  else if (url.startsWith('http://')) rest = url.slice(7);
  else if (url.startsWith('//')) rest = url.slice(2);
  else return undefined;
  const slash = rest.indexOf('/');
  const host = slash === -1 ? rest : rest.slice(0, slash);
  if (!HF_HOSTS.includes(host.toLowerCase())) return undefined;
  return slash === -1 ? '/' : rest.slice(slash);
}

function readHubPath(path: string, url: string): LinkTarget {
  const hashAt = path.indexOf('#');
  const hash = hashAt === -1 ? '' : path.slice(hashAt);
  const beforeHash = hashAt === -1 ? path : path.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const query = queryAt === -1 ? '' : beforeHash.slice(queryAt + 1);
  let segments = (queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt)).split('/');
  segments = segments.filter((segment) => segment.length > 0);
  const [first, second, third] = segments;
  if (first === 'papers') {
    if (second !== undefined && ARXIV_ID.test(second) && segments.length === 2) {
      if (hash === '' || hash === '#') {
        return { kind: 'paper', arxivId: second, url: paperPageUrl(second) };
      }
      if (hash === '#community') return { kind: 'community', arxivId: second };
      return { kind: 'other', url };
    }
    if (second === 'date' && third !== undefined && ISO_DATE.test(third)) {
      return { kind: 'listing', url, date: third };
    }
    const date = /(?:^|&)date=(\d{4}-\d{2}-\d{2})(?:&|$)/.exec(query)?.[1];
    return date === undefined ? { kind: 'listing', url } : { kind: 'listing', url, date };
  }
  if (first === 'login' || first === 'join') {
    const next = /(?:^|&)next=([^&]{1,200})/.exec(query)?.[1];
    const target = next === undefined ? '' : safeDecode(next);
    const id = target.startsWith('/papers/') ? target.slice(8) : '';
    return ARXIV_ID.test(id) ? { kind: 'login', arxivId: id } : { kind: 'login' };
  }
  if (
    first !== undefined &&
    segments.length === 1 &&
    query === '' &&
    SLUG.test(first) &&
    !SITE_PAGES.has(first)
  ) {
    return { kind: 'profile', url: `https://huggingface.co/${first}` };
  }
  return { kind: 'other', url };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
