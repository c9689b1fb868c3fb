/**
 * The built CLI (`dist/cli.js`, as `npm run build` makes it and users run it), spawned
 * with Node. The global setup builds dist/ first when it is stale.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Where the built command is. */
export const BUILT_CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** The repository root, where `fixtures/` is. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What a run gave. */
export interface BuiltRun {
  readonly code: number | null;
  readonly stdout: Buffer;
  readonly text: string;
  readonly stderr: string;
}

/** Run `node dist/cli.js …args`. */
export function runBuilt(
  args: readonly string[],
  options: { input?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): BuiltRun {
  const run = spawnSync(process.execPath, [BUILT_CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: { ...process.env, ...options.env },
    maxBuffer: 256 * 1024 * 1024,
    timeout: 60_000,
  });
  if (run.error) throw run.error;
  return {
    code: run.status,
    stdout: run.stdout,
    text: run.stdout.toString('utf8'),
    stderr: run.stderr.toString('utf8'),
  };
}

/** JSON lines as objects. */
export function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
