/**
 * The `paper-listing` command: `run` with the process's streams. stdin is opened only
 * when an input is `-` (or none is given).
 *
 * @module
 */
import { run } from './run.js';

const stdin = { [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator]() };

const io = { stdin, stdout: process.stdout, stdoutFd: process.stdout.fd, stderr: process.stderr };

run(process.argv.slice(2), io).then(
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
