import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectListing } from '../../src/assemble/collect.js';
import {
  type Listing,
  ListingParseError,
  parseListing,
  parseListingStream,
  type StreamOptions,
} from '../../src/index.js';
import { chunk, cuts, mixedInput, PARAMETERS, TIMEOUT } from './support/arbitraries.js';

const anyInput = mixedInput(4);

/** Fewer runs than the synchronous properties: each one awaits every chunk. */
const STREAM_PARAMETERS = { ...PARAMETERS, numRuns: Math.ceil((PARAMETERS.numRuns ?? 100) / 2) };

/** Everything the public stream reports, gathered into a `Listing`. */
async function streamListing(
  chunks: ReadonlyArray<string | Uint8Array>,
  options: StreamOptions = {},
): Promise<Listing> {
  const { sink, listing } = collectListing();
  const stream = parseListingStream(
    (async function* () {
      for (const part of chunks) {
        await Promise.resolve();
        yield part;
      }
    })(),
    {
      ...options,
      onChrome: (line) => sink.chrome(line),
      onDiagnostic: (found) => sink.diagnostic(found),
      onListingDate: (date) => sink.listingDate(date),
      onCapture: (capture) => sink.capture(capture),
    },
  );
  for await (const paper of stream) sink.paper(paper);
  return listing();
}

/** Byte cut points: UTF-8 sequences (and lone surrogates' replacement) split anywhere. */
function byteChunks(input: string, at: readonly number[]): Uint8Array[] {
  const bytes = new TextEncoder().encode(input);
  const points = [...new Set(at.map((n) => n % (bytes.length + 1)))].sort((a, b) => a - b);
  const parts: Uint8Array[] = [];
  let from = 0;
  for (const point of [...points, bytes.length]) {
    parts.push(bytes.slice(from, point));
    from = point;
  }
  return parts;
}

describe('parseListingStream on any string', () => {
  it(
    'equals parseListing whatever the string chunking',
    async () => {
      await fc.assert(
        fc.asyncProperty(anyInput, cuts, async (input, at) => {
          expect(await streamListing(chunk(input, at))).toEqual(parseListing(input));
        }),
        STREAM_PARAMETERS,
      );
    },
    TIMEOUT,
  );

  it(
    'equals parseListing of the decoded text whatever the byte chunking',
    async () => {
      await fc.assert(
        fc.asyncProperty(anyInput, cuts, async (input, at) => {
          // Lone surrogates do not survive UTF-8: compare with what the bytes say. A BOM
          // is kept, as Buffer#toString('utf8') keeps it.
          const bytes = new TextEncoder().encode(input);
          const decoded = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
          expect(await streamListing(byteChunks(input, at))).toEqual(parseListing(decoded));
        }),
        STREAM_PARAMETERS,
      );
    },
    TIMEOUT,
  );

  it(
    'throws only ListingParseError in strict mode, and only when parseListing does',
    async () => {
      await fc.assert(
        fc.asyncProperty(anyInput, cuts, async (input, at) => {
          let thrown: unknown;
          try {
            await streamListing(chunk(input, at), { strict: true });
          } catch (error) {
            thrown = error;
          }
          const firstError = parseListing(input).diagnostics.find(
            (found) => found.severity === 'error',
          );
          if (firstError === undefined) expect(thrown).toBeUndefined();
          else {
            expect(thrown).toBeInstanceOf(ListingParseError);
            expect((thrown as ListingParseError).diagnostic).toEqual(firstError);
          }
        }),
        STREAM_PARAMETERS,
      );
    },
    TIMEOUT,
  );
});

describe('parseListingStream on an endless line', () => {
  it('stops with one block-too-large diagnostic instead of holding it all', async () => {
    const chunks = Array.from({ length: 64 }, () => 'x'.repeat(1024));
    const listing = await streamListing(chunks, { maxBlockLength: 16 * 1024, format: 'text' });
    expect(listing.papers).toEqual([]);
    expect(listing.diagnostics.map((found) => found.code)).toEqual(['block-too-large']);
  });
});
