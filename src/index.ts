/**
 * paper-listing: parse Hugging Face paper-listing captures into typed, positioned
 * papers. Every public export is listed here, by name; nothing else leaks out.
 *
 * @packageDocumentation
 */

export { ListingParseError } from './diagnostics.js';
export {
  type HubDailyPaper,
  HubDailyPaperSchema,
  type HubPaper,
  HubPaperSchema,
} from './hub/schema.js';
export { toHubPaper } from './hub/to-hub.js';
export {
  type Explanation,
  explainNormalization,
  type NormalizeOptions,
  normalizeText,
  RULE_NAMES,
  type UnknownMacro,
} from './normalize/index.js';
export { parseListing } from './parse/index.js';
export {
  DEFAULT_MAX_INPUT_LENGTH,
  type InputFormat,
  type ParseOptions,
} from './parse/options.js';
export { type RemarkPaperListingOptions, remarkPaperListing } from './plugin/index.js';
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
  parseListingStream,
  type StreamChunk,
  type StreamOptions,
  type StreamSource,
} from './stream/index.js';
export { type Token, type TokenKind, tokenize } from './tokenize/index.js';
