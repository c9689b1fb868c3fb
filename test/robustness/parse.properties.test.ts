import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectListing } from '../../src/assemble/collect.js';
import { type Listing, ListingParseError, parseListing, tokenize } from '../../src/index.js';
import { createListingParser } from '../../src/parse/core.js';
import { READERS } from '../../src/parse/index.js';
import { resolveOptions } from '../../src/parse/options.js';
import { chunk, cuts, mixedInput, PARAMETERS, TIMEOUT } from './support/arbitraries.js';
import { checkListing, checkTokens } from './support/oracle.js';

/** Any input: listing-shaped text most of the time, pure noise some of the time. */
const anyInput = mixedInput(4);

/** Parse by pushing `chunks` one by one into the push parser the stream is built on. */
function parseChunks(chunks: readonly string[]): Listing {
  const { sink, listing } = collectListing();
  const parser = createListingParser(resolveOptions({}), sink, READERS);
  for (const part of chunks) parser.push(part);
  parser.end();
  return listing();
}

describe('parseListing on any string', () => {
  it(
    'never throws in lenient mode, and keeps every guarantee',
    () => {
      fc.assert(
        fc.property(anyInput, (input) => {
          checkListing(input, parseListing(input, { format: 'text' }));
        }),
        PARAMETERS,
      );
    },
    TIMEOUT,
  );

  it(
    'keeps the same guarantees without normalization and with a reference date',
    () => {
      fc.assert(
        fc.property(anyInput, (input) => {
          checkListing(
            input,
            parseListing(input, { normalize: false, referenceDate: '2024-02-29' }),
          );
        }),
        PARAMETERS,
      );
    },
    TIMEOUT,
  );

  it(
    'throws only ListingParseError in strict mode, at the first error diagnostic',
    () => {
      fc.assert(
        fc.property(anyInput, (input) => {
          const lenient = parseListing(input);
          const firstError = lenient.diagnostics.find((found) => found.severity === 'error');
          let thrown: unknown;
          let strict: Listing | undefined;
          try {
            strict = parseListing(input, { strict: true });
          } catch (error) {
            thrown = error;
          }
          if (firstError === undefined) {
            expect(thrown).toBeUndefined();
            expect(strict).toEqual(lenient);
          } else {
            expect(thrown).toBeInstanceOf(ListingParseError);
            expect((thrown as ListingParseError).diagnostic).toEqual(firstError);
          }
        }),
        PARAMETERS,
      );
    },
    TIMEOUT,
  );

  it(
    'gives the same listing whatever the chunking (stream equals batch)',
    () => {
      fc.assert(
        fc.property(anyInput, cuts, (input, at) => {
          expect(parseChunks(chunk(input, at))).toEqual(
            parseListing(input, { format: 'text', dedupe: false }),
          );
        }),
        PARAMETERS,
      );
    },
    TIMEOUT,
  );
});

describe('tokenize on any string', () => {
  it(
    'is lossless and agrees with parseListing line for line',
    () => {
      fc.assert(
        fc.property(anyInput, (input) => {
          const tokens = tokenize(input);
          checkTokens(input, tokens);
          const listing = parseListing(input, { format: 'text', dedupe: false });
          const range = (start: { offset: number }, end: { offset: number }) =>
            `${start.offset}:${end.offset}`;
          const titles = tokens.filter((token) => token.kind === 'title');
          expect(titles.map((token) => token.value)).toEqual(
            listing.papers.map((paper) => paper.raw.title),
          );
          titles.forEach((token, index) => {
            const position = listing.papers[index]?.position;
            expect(token.start.offset).toBeGreaterThanOrEqual(position?.start.offset ?? -1);
            expect(token.end.offset).toBeLessThanOrEqual(position?.end.offset ?? -1);
          });
          const chrome = tokens.filter(
            (token) => token.kind === 'chrome' || token.kind === 'listing-date',
          );
          expect(chrome.map((token) => range(token.start, token.end))).toEqual(
            listing.chrome.map((line) => range(line.position.start, line.position.end)),
          );
          const unknown = tokens.filter((token) => token.kind === 'unknown');
          const lineDiagnostics = listing.diagnostics.filter(
            (found) => found.code !== 'missing-abstract' && found.code !== 'incomplete-footer',
          );
          expect(unknown.map((token) => range(token.start, token.end))).toEqual(
            lineDiagnostics.map((found) => range(found.position.start, found.position.end)),
          );
        }),
        PARAMETERS,
      );
    },
    TIMEOUT,
  );
});
