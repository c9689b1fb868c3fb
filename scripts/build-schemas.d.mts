/** Types for scripts/build-schemas.mjs, so the tests can share its recipe. */
export declare const SCHEMA_FILES: readonly { file: string; exportName: string; title: string }[];
export declare function jsonSchemas(
  api: Record<string, unknown>,
): { file: string; schema: Record<string, unknown> }[];
/** JSON laid out as biome formats it. */
export declare function formatJson(value: unknown, indent?: string, used?: number): string;
