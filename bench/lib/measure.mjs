/**
 * Timing with tinybench, interleaved: a group's tasks (baselines and candidates on the
 * same text) run in rounds, each round in a rotated order, and each task's figure is
 * the median of all its samples. On a shared two-core machine, load that comes and
 * goes then hits every task of a group alike, so the ratios stay honest.
 *
 * @module
 */
import { Bench } from 'tinybench';

/**
 * Measure `tasks` (`{ name, fn, iterations? }`; `fn` may be async).
 *
 * @example
 * ```js
 * const times = await measureGroup([{ name: 'split', fn: () => text.split('\n') }], { rounds: 3, iterations: 5 });
 * times.get('split'); // { median: 4.1, min: 3.9, samples: 15 } (milliseconds)
 * ```
 */
export async function measureGroup(tasks, { rounds = 3, iterations = 5, warmup = 1 } = {}) {
  const samples = new Map(tasks.map((task) => [task.name, []]));
  for (let round = 0; round < rounds; round++) {
    const shift = round % Math.max(1, tasks.length);
    for (const task of [...tasks.slice(shift), ...tasks.slice(0, shift)]) {
      // One bench per task and round, so each task keeps its own iteration count.
      const bench = new Bench({
        iterations: task.iterations ?? iterations,
        time: 0,
        warmup: round === 0 && warmup > 0,
        warmupIterations: warmup,
        warmupTime: 0,
        retainSamples: true,
        throws: true,
      });
      bench.add(task.name, task.fn);
      await bench.run();
      const result = bench.tasks[0].result;
      if (result.state !== 'completed') {
        throw new Error(`${task.name}: ${result.state} ${result.error?.message ?? ''}`);
      }
      samples.get(task.name).push(...(result.latency.samples ?? [result.latency.p50]));
    }
  }
  const times = new Map();
  for (const [name, list] of samples) {
    list.sort((a, b) => a - b);
    times.set(name, { median: median(list), min: list[0], samples: list.length });
  }
  return times;
}

/**
 * The median of a sorted list.
 *
 * @example
 * ```js
 * median([1, 2, 10]); // 2
 * ```
 */
export function median(sorted) {
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
