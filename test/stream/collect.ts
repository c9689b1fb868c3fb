import { collectListing as collector } from '../../src/assemble/collect.js';
import type { Listing, Paper } from '../../src/index.js';
import { READERS } from '../../src/parse/index.js';
import { listingEvents, type StreamOptions, type StreamSource } from '../../src/stream/index.js';

/** Run the stream to its end and gather everything it reports into a `Listing`. */
export async function collectListing(
  source: StreamSource,
  options?: StreamOptions,
): Promise<Listing> {
  const { sink, listing } = collector();
  for await (const event of listingEvents(source, options, READERS)) {
    if (event.type === 'paper') sink.paper(event.paper);
    else if (event.type === 'chrome') sink.chrome(event.line);
    else if (event.type === 'diagnostic') sink.diagnostic(event.diagnostic);
    else if (event.type === 'capture') sink.capture(event.capture);
    else sink.listingDate(event.date);
  }
  return listing();
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
