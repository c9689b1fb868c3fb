/**
 * Every public export needs a doc comment with an `@example`: the API reference
 * (`npm run docs`, typedoc with `validation.notDocumented`) checks the comment, this
 * test checks the example, which typedoc cannot require.
 *
 * A type inferred from a zod schema (`type Paper = z.infer<typeof PaperSchema>`) is
 * documented by its schema's comment, as typedoc-plugin-zod shows it.
 *
 * MISSING_EXAMPLE is a ratchet: it lists today's gaps, and the test fails both when
 * a new gap appears and when a listed one is fixed (remove it from the list then).
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ENTRIES = ['src/index.ts', 'src/text.ts', 'src/node/index.ts'];

/**
 * Public exports without an `@example` today, as `entry: name`. Their comments live
 * in files other helpers own (src/parse/options.ts, src/normalize/, src/stream/options.ts).
 */
const MISSING_EXAMPLE: string[] = [];

interface ExportDoc {
  readonly id: string;
  readonly hasComment: boolean;
  readonly hasExample: boolean;
}

function exportDocs(): ExportDoc[] {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const files = ENTRIES.map((entry) => `${root}${entry}`);
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const docs: ExportDoc[] = [];
  ENTRIES.forEach((entry, index) => {
    const source = program.getSourceFile(files[index] ?? '');
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`cannot read ${entry}`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = resolve(checker, exported);
      const documented = documentingSymbol(checker, symbol);
      const comment = ts.displayPartsToString(documented.getDocumentationComment(checker));
      const tags = documented.getJsDocTags(checker).map((tag) => tag.name);
      docs.push({
        id: `${entry}: ${exported.getName()}`,
        hasComment: comment.trim().length > 0,
        hasExample: tags.includes('example'),
      });
    }
  });
  return docs;
}

function resolve(checker: ts.TypeChecker, symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/** The symbol whose comment documents `symbol`: its zod schema for an inferred type. */
function documentingSymbol(checker: ts.TypeChecker, symbol: ts.Symbol): ts.Symbol {
  const declaration = symbol.declarations?.[0];
  if (!declaration || !ts.isTypeAliasDeclaration(declaration)) return symbol;
  if (ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim()) return symbol;
  const type = declaration.type;
  if (!ts.isTypeReferenceNode(type) || type.typeName.getText() !== 'z.infer') return symbol;
  const argument = type.typeArguments?.[0];
  if (!argument || !ts.isTypeQueryNode(argument)) return symbol;
  const schema = checker.getSymbolAtLocation(argument.exprName);
  return schema ? resolve(checker, schema) : symbol;
}

describe('API docs', () => {
  const docs = exportDocs();

  it('reads every public export of both entries', () => {
    expect(docs.map((doc) => doc.id)).toContain('src/index.ts: parseListing');
    expect(docs.map((doc) => doc.id)).toContain('src/index.ts: Paper');
    expect(docs.length).toBeGreaterThanOrEqual(30);
  });

  it('every public export has a doc comment', () => {
    expect(docs.filter((doc) => !doc.hasComment).map((doc) => doc.id)).toEqual([]);
  });

  it('every public export has an @example, except the listed known gaps', () => {
    const missing = docs.filter((doc) => !doc.hasExample).map((doc) => doc.id);
    expect(missing.sort()).toEqual([...MISSING_EXAMPLE].sort());
  });
});
