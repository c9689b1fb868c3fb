/**
 * The public surface is a contract: `src/index.ts` lists every export by name, and
 * this test pins the exact set of runtime names so nothing leaks out by accident
 * (an `export *` or a helper re-exported "for now"). Types are erased at runtime and
 * are covered by the API docs check instead.
 *
 * Adding a public export is a deliberate act: add its name below, in the same
 * commit as the export, and a CHANGELOG line.
 */
import { describe, expect, it } from 'vitest';
import * as core from '../../src/index.js';
import * as node from '../../src/node/index.js';

/** Runtime exports of `paper-listing` today. */
const CORE_EXPORTS = [
  'CaptureMetadataSchema',
  'ChromeLineSchema',
  'DEFAULT_MAX_BLOCK_LENGTH',
  'DEFAULT_MAX_INPUT_LENGTH',
  'DiagnosticCodeSchema',
  'DiagnosticSchema',
  'FixSchema',
  'HubDailyPaperSchema',
  'HubPaperSchema',
  'IsoDateSchema',
  'IsoDateTimeSchema',
  'LayoutSchema',
  'ListingParseError',
  'ListingSchema',
  'MergedListingSchema',
  'MergedPaperSchema',
  'OrganizationSchema',
  'PaperFixSchema',
  'PaperRecordSchema',
  'PaperSchema',
  'PartialDateSchema',
  'PartialIsoDateSchema',
  'PointSchema',
  'PositionSchema',
  'RULE_DEFAULTS',
  'RULE_NAMES',
  'ReferenceDateSchema',
  'SeveritySchema',
  'SourcedDiagnosticSchema',
  'decodeCapture',
  'explainNormalization',
  'mergeListings',
  'normalizeText',
  'parseListing',
  'parseListingStream',
  'remarkPaperListing',
  'toHubPaper',
  'toPaperRecord',
  'tokenize',
];

/**
 * Names issue 8 says will be public once their work lands. The lead moves each one
 * into CORE_EXPORTS when merging it; until then it must NOT be exported yet, so a
 * half-merged feature is noticed too.
 */
const EXPECTED_TO_LAND: string[] = [];

/** Runtime exports of `paper-listing/node`: the Node stream helpers. */
const NODE_EXPORTS = ['DEFAULT_MAX_BLOCK_LENGTH', 'createListingTransform'];

describe('public runtime exports', () => {
  it('paper-listing exports exactly the curated names', () => {
    const landed = EXPECTED_TO_LAND.filter((name) => name in core);
    expect(Object.keys(core).sort()).toEqual([...CORE_EXPORTS, ...landed].sort());
  });

  it('paper-listing/node exports exactly the curated names', () => {
    expect(Object.keys(node).sort()).toEqual([...NODE_EXPORTS].sort());
  });

  it('the lists name each export once and do not overlap', () => {
    const all = [...CORE_EXPORTS, ...EXPECTED_TO_LAND];
    expect(new Set(all).size).toBe(all.length);
  });

  it('every export is defined (no re-export of a missing binding)', () => {
    for (const [name, value] of Object.entries(core)) {
      expect(value, name).not.toBeUndefined();
    }
  });

  it('the functions and the error class are what their names say', () => {
    expect(typeof core.parseListing).toBe('function');
    expect(typeof core.tokenize).toBe('function');
    expect(typeof core.normalizeText).toBe('function');
    expect(typeof core.explainNormalization).toBe('function');
    expect(typeof core.toHubPaper).toBe('function');
    expect(new core.ListingParseError(aDiagnostic())).toBeInstanceOf(Error);
    expect(core.PaperSchema.safeParse({}).success).toBe(false);
  });
});

function aDiagnostic(): core.Diagnostic {
  const at = { line: 1, column: 1, offset: 0 };
  return {
    code: 'unrecognized-line',
    severity: 'error',
    message: 'x',
    position: { start: at, end: at },
  };
}
