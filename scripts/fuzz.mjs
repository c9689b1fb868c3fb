// `npm run fuzz -- [runs] [seed]`: the robustness suites with many more runs and a
// fresh seed (CI runs them with 2,000 runs and a fixed seed). The seed is printed
// first, so any failure can be replayed with the same two numbers. A failure prints
// fast-check's shrunk counterexample: save it under fixtures/regressions/, named
// after what it caught, with an expectation in test/regressions/regressions.test.ts.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? 50_000);
const seed = Number(process.argv[3] ?? Math.floor(Math.random() * 2 ** 31));
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- [runs (default 50000)] [seed (default random)]');
  process.exit(2);
}

console.log(`fuzz: ${runs} runs per property, seed ${seed}`);
console.log(`replay: npm run fuzz -- ${runs} ${seed}`);
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const result = spawnSync(
  process.execPath,
  [vitest, 'run', 'test/robustness', 'test/regressions', '--testTimeout', '0'],
  {
    stdio: 'inherit',
    env: { ...process.env, ROBUSTNESS_RUNS: String(runs), ROBUSTNESS_SEED: String(seed) },
  },
);
if (result.status !== 0) console.log(`fuzz failed: replay with npm run fuzz -- ${runs} ${seed}`);
process.exit(result.status ?? 1);
