import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ChromeLineSchema,
  DiagnosticSchema,
  ListingSchema,
  OrganizationSchema,
  PaperFixSchema,
  PaperSchema,
  PartialDateSchema,
  PointSchema,
  PositionSchema,
  parseListing,
  tokenize,
} from '../../src/index.js';
import { listingText, PARAMETERS, TIMEOUT } from './support/arbitraries.js';
import { findRegexLiterals, hasNestedQuantifier } from './support/regex-audit.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every key the schemas allow, at any depth: output may hold no other. */
const SCHEMA_KEYS = new Set(
  [
    ListingSchema,
    PaperSchema,
    PaperSchema.shape.raw,
    PaperFixSchema,
    OrganizationSchema,
    DiagnosticSchema,
    ChromeLineSchema,
    PositionSchema,
    PointSchema,
    PartialDateSchema,
  ].flatMap((schema) => Object.keys(schema.shape)),
);

/** `Token`, which has no zod schema: its keys, besides the points' ones. */
const TOKEN_KEYS = new Set([...SCHEMA_KEYS, 'kind', 'value']);

/** Walk a value; fail on a foreign key, an own `__proto__`, or an exotic prototype. */
function checkPlain(value: unknown, path: string, allowed = SCHEMA_KEYS): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) throw new Error(`${path}: odd array`);
    value.forEach((item, index) => {
      checkPlain(item, `${path}[${index}]`, allowed);
    });
    return;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) throw new Error(`${path}: odd prototype`);
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== 'string' || !allowed.has(key)) {
      throw new Error(`${path}: key ${String(key)} is not in the schema`);
    }
    checkPlain((value as Record<string, unknown>)[key], `${path}.${key}`, allowed);
  }
}

const PROTOTYPE_KEYS = Reflect.ownKeys(Object.prototype);

/** Lines that name the prototype machinery, placed where each kind of line goes. */
const POISON = [
  '__proto__',
  'constructor',
  'prototype',
  '__proto__ constructor prototype',
  '{"__proto__": {"polluted": true}}',
  'constructor.prototype.polluted = true',
  'toString valueOf hasOwnProperty',
];
const ABSTRACT = 'We study __proto__. We set constructor.prototype.polluted. It must not work.';

describe('no prototype pollution, no foreign keys', () => {
  it('keeps input that names __proto__ and constructor as data', () => {
    const input = [
      ...POISON.flatMap((line) => [line, ABSTRACT, '  • 3 authors', '·', 'Oct 7, 2023 2']),
      'Mar 11',
      ...POISON,
    ].join('\n\n');
    const listing = parseListing(input);
    checkPlain(listing, 'listing');
    expect(ListingSchema.parse(listing)).toEqual(listing);
    const titles = listing.papers.map((paper) => paper.title);
    expect(titles).toContain('__proto__ constructor prototype');
    expect(titles).toContain('{"__proto__": {"polluted": true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Reflect.ownKeys(Object.prototype)).toEqual(PROTOTYPE_KEYS);
    checkPlain(tokenize(input), 'tokens', TOKEN_KEYS);
  });

  it(
    'gives only schema keys and plain objects for any input',
    () => {
      fc.assert(
        fc.property(listingText, (input) => {
          checkPlain(parseListing(input), 'listing');
          checkPlain(parseListing(input, { strict: false, normalize: false }), 'listing');
        }),
        { ...PARAMETERS, numRuns: Math.ceil((PARAMETERS.numRuns ?? 100) / 4) },
      );
      expect(Reflect.ownKeys(Object.prototype)).toEqual(PROTOTYPE_KEYS);
    },
    TIMEOUT,
  );
});

describe('no dynamic code and no catastrophic backtracking in src/', () => {
  const files = sourceFiles(SRC).map((path) => ({
    path: path.slice(SRC.length),
    code: readFileSync(path, 'utf8'),
  }));

  it('finds the sources', () => {
    expect(files.map((file) => file.path)).toContain('grammar/date-line.ts');
  });

  it('never calls eval or the Function constructor', () => {
    const dynamic = /\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(/;
    expect(files.filter((file) => dynamic.test(file.code)).map((file) => file.path)).toEqual([]);
  });

  it('has no regular expression with nested unbounded quantifiers', () => {
    const found = files.flatMap((file) =>
      findRegexLiterals(file.code).map((regex) => ({ ...regex, path: file.path })),
    );
    // The date line pattern at least: proof that the scanner sees the code's regexes.
    expect(found.some((regex) => regex.path === 'grammar/date-line.ts')).toBe(true);
    const nested = found.filter((regex) => hasNestedQuantifier(regex.source));
    expect(nested.map((regex) => `${regex.path}:${regex.line} /${regex.source}/`)).toEqual([]);
  });

  it('has an auditor that tells nested quantifiers from safe patterns', () => {
    expect(hasNestedQuantifier('(a+)+$')).toBe(true);
    expect(hasNestedQuantifier('^(?:\\s*x)*y')).toBe(true);
    expect(hasNestedQuantifier('((?:ab)+c)*')).toBe(true);
    expect(hasNestedQuantifier('(a|b+){2,}')).toBe(true);
    expect(hasNestedQuantifier('^[•*-] ?(\\d{1,6}) authors?$')).toBe(false);
    expect(hasNestedQuantifier('[(a+)+]')).toBe(false);
    expect(hasNestedQuantifier('\\(a+\\)+')).toBe(false);
    expect(hasNestedQuantifier('(?:, (\\d{4}))?')).toBe(false);
    expect(
      findRegexLiterals("const a = /x+/g; // /y/\nconst b = '/z/'; f(/(w)/u, 4 / 2 / 1);").map(
        (regex) => regex.source,
      ),
    ).toEqual(['x+', '(w)']);
  });
});
