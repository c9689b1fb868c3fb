/**
 * The `paper-listing` command: `run` with the process's streams. stdin is opened only
 * when an input is `-` (or none is given). The same file is the worker of `--jobs`: a
 * worker thread started on it serves tasks instead.
 *
 * @module
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { run } from './run.js';
import type { TaskSettings } from './task.js';
import { serveWorker } from './worker.js';

if (isMainThread) {
  const stdin = { [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator]() };
  const self = new URL(import.meta.url);
  const io = {
    stdin,
    stdout: process.stdout,
    stdoutFd: process.stdout.fd,
    stderr: process.stderr,
    spawnWorker: (settings: TaskSettings) => new Worker(self, { workerData: settings }),
  };
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
} else if (parentPort !== null) {
  serveWorker(parentPort, workerData as TaskSettings);
}
