/**
 * The `paper-listing` command: `run` with the process's streams. stdin is opened only
 * when an input is `-` (or none is given).
 *
 * @module
 */
import { run } from './run.js';

const stdin = { [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator]() };

run(process.argv.slice(2), { stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `paper-listing: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
