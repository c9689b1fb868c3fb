/**
 * paper-listing: parse Hugging Face paper-listing captures into typed, positioned
 * papers. Every public export is listed here, by name; nothing else leaks out.
 *
 * @packageDocumentation
 */

export type { CaptureInfo } from './assemble/sink.js';
export { decodeCapture } from './decode/bytes.js';
export { ListingParseError } from './diagnostics.js';
export type { CardTokenKind } from './grammar/machine.js';
export {
  type HubDailyPaper,
  HubDailyPaperSchema,
  type HubPaper,
  HubPaperSchema,
} from './hub/schema.js';
export { toHubPaper } from './hub/to-hub.js';
export { mergeListings, type SourcedListing } from './merge/index.js';
export {
  type Explanation,
  explainNormalization,
  type NormalizeOptions,
  normalizeText,
  RULE_DEFAULTS,
  RULE_NAMES,
  type UnknownMacro,
} from './normalize/index.js';
export { parseListing, parseListingStream } from './parse/index.js';
export {
  DEFAULT_MAX_INPUT_LENGTH,
  type InputFormat,
  type ParseOptions,
} from './parse/options.js';
export { type RemarkPaperListingOptions, remarkPaperListing } from './plugin/index.js';
export { type RecordOptions, toPaperRecord } from './record/from-paper.js';
export {
  type MergedListing,
  MergedListingSchema,
  type MergedPaper,
  MergedPaperSchema,
  type PaperRecord,
  PaperRecordSchema,
  PartialIsoDateSchema,
  type SourcedDiagnostic,
  SourcedDiagnosticSchema,
} from './record/schema.js';
export {
  type CaptureMetadata,
  CaptureMetadataSchema,
  type ChromeLine,
  ChromeLineSchema,
  type Diagnostic,
  type DiagnosticCode,
  DiagnosticCodeSchema,
  DiagnosticSchema,
  type Fix,
  FixSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  type LayoutName,
  LayoutSchema,
  type Listing,
  ListingSchema,
  type Organization,
  OrganizationSchema,
  type Paper,
  type PaperFix,
  PaperFixSchema,
  PaperSchema,
  type PartialDate,
  PartialDateSchema,
  type Point,
  PointSchema,
  type Position,
  PositionSchema,
  type ReferenceDate,
  ReferenceDateSchema,
  type Severity,
  SeveritySchema,
} from './schema.js';
export {
  DEFAULT_MAX_BLOCK_LENGTH,
  type StreamChunk,
  type StreamOptions,
  type StreamSource,
} from './stream/index.js';
export { type Token, type TokenKind, tokenize } from './tokenize/index.js';
