/**
 * A paper card as the grammar found it: fields with their source, before cleaning.
 * The assembler turns a draft into a `Paper`.
 *
 * @module
 */
import type { TextField } from '../lines/text-field.js';
import type { Organization, PartialDate, Point } from '../schema.js';

/** Everything the grammar knows about one card. */
export interface PaperDraft {
  title: TextField;
  abstract?: TextField;
  listingDate?: PartialDate;
  authors?: string[];
  authorCount?: number;
  published?: PartialDate;
  /** A full ISO date-time, where the capture gives one (page data). */
  publishedTime?: string;
  comments?: number;
  arxivId?: string;
  url?: string;
  arxivUrl?: string;
  upvotes?: number;
  organization?: Organization;
  submittedBy?: string;
  githubUrl?: string;
  githubStars?: number;
  aiSummary?: string;
  /** Links the card itself gave (its code button), before those its abstract names. */
  links?: string[];
  /** The card's range: its first part to its last. */
  start: Point;
  end: Point;
}
