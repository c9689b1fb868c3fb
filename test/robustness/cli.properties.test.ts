import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BINARY_SNIFF_BYTES, binaryReason } from '../../src/cli/binary.js';
import { parseListing } from '../../src/index.js';
import { cli, stdinOf } from '../cli/io.js';
import { chunk, cuts, mixedInput, PARAMETERS, TIMEOUT } from './support/arbitraries.js';

const anyInput = mixedInput(3);

/** The CLI spins up streams and writers per run: a few hundred runs. */
const CLI_PARAMETERS = { ...PARAMETERS, numRuns: Math.ceil((PARAMETERS.numRuns ?? 100) / 10) };

describe('the CLI on any stdin', () => {
  it(
    'exits 0 or 1, prints one JSON line per paper parseListing finds, and no stack trace',
    async () => {
      await fc.assert(
        fc.asyncProperty(anyInput, cuts, async (input, at) => {
          const bytes = new TextEncoder().encode(input);
          const decoded = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
          const { code, stdout, stderr } = await cli(['--quiet'], {
            stdin: stdinOf(chunk(decoded, at)),
          });
          expect([0, 1]).toContain(code);
          expect(stderr).not.toMatch(/\n\s+at /);
          const lines = stdout.split('\n').filter((line) => line !== '');
          const titles = lines.map((line) => (JSON.parse(line) as { title: string }).title);
          // Input that sniffs as binary (NUL, control bytes) is refused, not parsed.
          const binary = binaryReason(bytes.slice(0, BINARY_SNIFF_BYTES)) !== undefined;
          const expected = binary ? [] : parseListing(decoded).papers.map((paper) => paper.title);
          expect(titles).toEqual(expected);
        }),
        CLI_PARAMETERS,
      );
    },
    TIMEOUT,
  );
});
