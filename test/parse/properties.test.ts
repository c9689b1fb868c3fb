import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ListingParseError, ListingSchema, parseListing } from '../../src/index.js';

const piece = fc.constantFrom(
  'new',
  'Get trending papers in your email inbox!',
  'Dec 11',
  'Jul 25',
  'Sep 25 2',
  '  • 3 authors',
  '·',
  'EMO: Earth Mover Distance Optimization',
  'Neural language models are models. They are trained. It works well.',
  'Load more',
  '',
  '\u00a0',
  '\ufeff',
  'Feb 30',
  '\u0000\ud800',
);
const line = fc.oneof(piece, fc.string({ unit: 'binary', maxLength: 80 }));
const input = fc
  .array(fc.tuple(line, fc.constantFrom('\n', '\r\n', '\r', '\n\n')), { maxLength: 60 })
  .map((parts) => parts.map(([text, end]) => text + end).join(''));

describe('parseListing on any string', () => {
  it('never throws, and returns a schema-valid listing whose positions slice back', () => {
    fc.assert(
      fc.property(input, (text) => {
        const listing = parseListing(text);
        ListingSchema.parse(listing);
        for (const paper of listing.papers) {
          const slice = text.slice(paper.position.start.offset, paper.position.end.offset);
          expect(slice.startsWith(paper.raw.title)).toBe(true);
          expect(paper.title.length).toBeGreaterThan(0);
        }
        for (const { position } of listing.diagnostics) {
          expect(position.end.offset).toBeGreaterThanOrEqual(position.start.offset);
          expect(position.end.offset).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('in strict mode throws nothing but ListingParseError', () => {
    fc.assert(
      fc.property(input, (text) => {
        try {
          parseListing(text, { strict: true });
        } catch (error) {
          expect(error).toBeInstanceOf(ListingParseError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
