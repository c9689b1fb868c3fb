/**
 * paper-listing/text: the plain-text parser without the Markdown layouts (and without
 * remark in your bundle) or the zod schemas. Import schemas, the stream and the remark
 * plugin from `paper-listing`.
 *
 * @packageDocumentation
 */

export { ListingParseError } from './diagnostics.js';
export {
  type Explanation,
  explainNormalization,
  type NormalizeOptions,
  normalizeText,
  RULE_DEFAULTS,
  RULE_NAMES,
  type UnknownMacro,
} from './normalize/index.js';
export { DEFAULT_MAX_INPUT_LENGTH, type ParseOptions } from './parse/options.js';
export { parseTextListing as parseListing } from './parse/text.js';
export type {
  CaptureMetadata,
  ChromeLine,
  Diagnostic,
  DiagnosticCode,
  Fix,
  LayoutName,
  Listing,
  Organization,
  Paper,
  PaperFix,
  PartialDate,
  Point,
  Position,
  ReferenceDate,
  Severity,
} from './schema.js';
export { type Token, type TokenKind, tokenize } from './tokenize/index.js';
