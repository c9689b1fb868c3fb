/**
 * paper-listing/node: Node stream helpers (the only entry besides the CLI that may
 * import `node:` modules). Filled in by the streaming work.
 *
 * @packageDocumentation
 */
export {};
