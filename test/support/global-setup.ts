/**
 * Before any test: build `dist/` when it is stale, so the end-to-end tests run the CLI
 * as users get it. Inside `npm test` the build step has just run, so this is a stat or two.
 */
import { ensureBuilt } from '../../scripts/ensure-built.mjs';

export default function setup(): void {
  ensureBuilt();
}
