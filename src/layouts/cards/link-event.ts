/**
 * What a short linked text on a card says, by its link target: an upvote count, an
 * author count, an organization, a comment count or a code link. Shared by every
 * link-keeping layout, so `[101](…login…)`, `101` + URL line and `[` `101` `][35]`
 * all mean the same.
 *
 * @module
 */
import type { CardEvent, Span } from './events.js';
import { readAuthors, readCount, readUpvotes } from './lines.js';
import { isCodeUrl, readLinkTarget } from './urls.js';

/**
 * Classify a short link; `undefined` when the link is none of the card's short parts
 * (a paper link with long text is a title or an abstract: the layout decides).
 *
 * @example
 * ```ts
 * linkEvent('101', 'https://huggingface.co/login?next=%2Fpapers%2F2606.00683', false, span);
 * // { kind: 'upvotes', count: 101, arxivId: '2606.00683', …span }
 * ```
 */
export function linkEvent(
  text: string,
  url: string,
  image: boolean,
  span: Span,
  bullet = false,
): CardEvent | undefined {
  const target = readLinkTarget(url);
  switch (target.kind) {
    case 'login': {
      const upvotes = readUpvotes(text);
      if (upvotes === undefined) return undefined;
      return {
        kind: 'upvotes',
        ...upvotes,
        ...(target.arxivId === undefined ? {} : { arxivId: target.arxivId }),
        ...span,
      };
    }
    case 'community': {
      const count = readCount(text);
      return count === undefined ? undefined : { kind: 'comments', count, ...span };
    }
    case 'paper': {
      const count = readAuthors(bullet ? `- ${text}` : text);
      return count === undefined ? undefined : { kind: 'authors', count, ...span };
    }
    case 'profile':
      if (text.length === 0) return { kind: 'syntax', ...span };
      return image || text.length <= 80
        ? { kind: 'organization', name: text, url: target.url, ...span }
        : undefined;
    case 'arxiv':
      return { kind: 'code', arxivId: target.arxivId, ...span };
    case 'other':
      return isCodeUrl(url) ? { kind: 'code', url, ...span } : undefined;
  }
}
