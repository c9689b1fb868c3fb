import { expect, it } from 'vitest';
import { ListingParseError } from '../../src/diagnostics.js';

it('recognises an instance thrown by another bundle of the package', () => {
  const d = {
    code: 'unrecognized-line',
    severity: 'error',
    message: 'm',
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
  } as const;
  const e = new ListingParseError(d, 'x');
  expect(e instanceof ListingParseError).toBe(true);
  const foreign = Object.assign(new Error('x'), {
    name: 'ListingParseError',
    diagnostic: d,
    code: d.code,
  });
  expect(foreign instanceof ListingParseError).toBe(true);
  expect(new Error('x') instanceof ListingParseError).toBe(false);
});
