/**
 * The neutral events every link-keeping layout (Markdown, bare URLs, reference
 * links) produces. The card assembler turns them into papers, whatever the syntax.
 *
 * @module
 */
import type { TextField } from '../../assemble/paper.js';
import type { DateLine } from '../../grammar/date-line.js';
import type { DiagnosticCode, Point } from '../../schema.js';

/** A source range. */
export interface Span {
  readonly start: Point;
  readonly end: Point;
}

/** One thing a card (or the page around it) says. */
export type CardEvent =
  | (Span & { readonly kind: 'upvotes'; readonly count?: number; readonly arxivId?: string })
  | (Span & {
      readonly kind: 'title';
      readonly field: TextField;
      readonly arxivId?: string;
      readonly url?: string;
    })
  | (Span & { readonly kind: 'abstract'; readonly field: TextField; readonly arxivId?: string })
  | (Span & { readonly kind: 'authors'; readonly count: number })
  | (Span & { readonly kind: 'organization'; readonly name: string; readonly url?: string })
  | (Span & { readonly kind: 'separator' })
  | (Span & {
      readonly kind: 'date';
      readonly date: DateLine;
      readonly text: string;
      /** `· Published on …` (Trending page): separator and date in one. */
      readonly publishedOn?: boolean;
    })
  | (Span & { readonly kind: 'comments'; readonly count: number })
  | (Span & { readonly kind: 'code'; readonly url?: string; readonly arxivId?: string })
  /** Card syntax with nothing to say (a lone `[`, avatar lines): part of the card. */
  | (Span & { readonly kind: 'syntax' })
  | (Span & { readonly kind: 'chrome'; readonly text: string })
  | (Span & { readonly kind: 'unknown'; readonly code: DiagnosticCode; readonly text: string });
