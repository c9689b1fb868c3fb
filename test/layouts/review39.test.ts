/**
 * review39: a blind reviewer's captures of what Hugging Face's own tools and agent tools
 * print about papers (`fixtures/handmade/review39/`): the MCP server's paper search
 * cards (their section labels, head date, labelled facts, tally sentence and closing
 * paper link) and an agent tool's `## <id> (<n> upvotes)` headings, each against the
 * reviewer's labels.
 */
import { describeBlindSet } from '../support/blind-labels.js';

describeBlindSet("review39: HF's tools and agent tools against their labels", {
  dir: 'handmade/review39',
  count: 4,
});
