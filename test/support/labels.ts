/**
 * The fields a handmade layout capture's labels (`fixtures/handmade/layouts/**\/*.expected.json`)
 * may state for a paper: what the fixture checks accept and what the parser is scored on.
 */
export const LABEL_FIELDS = [
  'title',
  'abstract',
  'arxivId',
  'url',
  'upvotes',
  'comments',
  'authorCount',
  'organization',
  'submittedBy',
  'published',
  'githubUrl',
  'githubStars',
  'arxivUrl',
  'listingDate',
] as const;
