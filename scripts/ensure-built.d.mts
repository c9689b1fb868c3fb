/** Types for scripts/ensure-built.mjs, for the tests' global setup. */
export declare function staleReason(): string | undefined;
export declare function ensureBuilt(options?: { quiet?: boolean }): boolean;
