import type { Listing, Paper } from '../../src/index.js';
import { listingEvents, type StreamOptions, type StreamSource } from '../../src/stream/index.js';

/** Run the stream to its end and gather everything it reports into a `Listing`. */
export async function collectListing(
  source: StreamSource,
  options?: StreamOptions,
): Promise<Listing> {
  const listing: Listing = { papers: [], chrome: [], diagnostics: [] };
  for await (const event of listingEvents(source, options)) {
    if (event.type === 'paper') listing.papers.push(event.paper);
    else if (event.type === 'chrome') listing.chrome.push(event.line);
    else if (event.type === 'diagnostic') listing.diagnostics.push(event.diagnostic);
    else listing.date ??= event.date;
  }
  const { date, ...rest } = listing;
  return date === undefined ? rest : { date, ...rest };
}

/** Cut `whole` (text or bytes) at the given positions, in order, into chunks. */
export function cut<T extends { length: number; slice(from: number, to: number): T }>(
  whole: T,
  at: readonly number[],
): T[] {
  const points = [...new Set(at.map((n) => n % (whole.length + 1)))].sort((a, b) => a - b);
  const chunks: T[] = [];
  let from = 0;
  for (const point of [...points, whole.length]) {
    chunks.push(whole.slice(from, point));
    from = point;
  }
  return chunks;
}

/** An async iterable over `chunks` that yields to the event loop between them. */
export async function* slowly<T>(chunks: Iterable<T>): AsyncGenerator<T> {
  for (const chunk of chunks) {
    await Promise.resolve();
    yield chunk;
  }
}

/** Every paper's title, for short comparisons. */
export function titles(papers: readonly Paper[]): string[] {
  return papers.map((paper) => paper.title);
}
