/**
 * Long runs of the model-based suite, outside vitest:
 *
 *   npm run fuzz -- --runs 100000 [--seed S] [--steps 15] [--disk 20] [--honest] [--minutes M]
 *   npm run fuzz -- --seed S --path P         replays (and shrinks) one failure
 *   npm run fuzz -- --case '<json>'           runs one scenario as printed in a failure report
 *   npm run fuzz -- --survey                  each attack of the grammar alone: what fails today
 *
 * Prints the seed first, progress on stderr, and for a failure its seed, path, shortest
 * counter-example and what went wrong; exits 1 then.
 */
import fc from 'fast-check';
import { modelProperty, runScenario, type Scenario } from './suite';
import { survey } from './survey';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}
const num = (name: string, fallback: number) => {
  const v = flag(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new Error(`--${name} takes an integer, not ${v}`);
  return n;
};

const stats: Record<string, number> = {};
const started = performance.now();
const scenario = flag('case');
if (process.argv.includes('--survey')) {
  const failures = await survey((line) => console.log(line));
  console.log(
    failures === 0 ? 'Every attack is refused and every valid bundle taken.' : `${failures} failures`,
  );
  if (failures > 0) process.exitCode = 1;
} else if (scenario !== undefined) {
  try {
    await runScenario(JSON.parse(scenario) as Scenario, stats);
    console.log('The scenario passes.', stats);
  } catch (e) {
    console.log(`The scenario fails: ${(e as Error).message}`);
    process.exitCode = 1;
  }
} else {
  const runs = num('runs', 1000);
  const seed = num('seed', Date.now() ^ (Math.random() * 0x7fffffff));
  const path = flag('path');
  const steps = num('steps', 15);
  const disk = num('disk', 20);
  console.log(
    `seed ${seed}, ${runs} runs of at most ${steps} steps, ${disk}% with one installation on disk${process.argv.includes('--honest') ? ', without the hostile installation' : ''}`,
  );
  let done = 0;
  const property = modelProperty({
    maxCommands: steps,
    diskShare: disk,
    drainShare: 50,
    stats,
    ...(process.argv.includes('--honest') ? { attacks: [], valid: [] } : {}),
    onRun() {
      if (++done % 1000 === 0)
        process.stderr.write(`${done} runs, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
    },
  });
  const minutes = flag('minutes');
  // A time limit ends the run between two runs and reports how many passed, instead of being killed mid-run.
  const limit =
    minutes === undefined
      ? {}
      : { interruptAfterTimeLimit: Number(minutes) * 60_000, markInterruptAsFailure: false };
  const result = await fc.check(property, {
    numRuns: runs,
    seed,
    ...limit,
    ...(path !== undefined ? { path } : {}),
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.failed) {
    console.log(`FAILED after ${result.numRuns} runs (${seconds.toFixed(1)} s)`);
    console.log(`seed ${result.seed} path ${result.counterexamplePath}`);
    console.log(
      `replay: npm run fuzz -- --seed ${result.seed} --path ${result.counterexamplePath} --steps ${steps} --disk ${disk}${process.argv.includes('--honest') ? ' --honest' : ''}`,
    );
    const counterexample = result.counterexample?.[0];
    console.log(`shortest counter-example: ${JSON.stringify(counterexample)}`);
    console.log(
      `what went wrong: ${(result.errorInstance as Error | undefined)?.message ?? String(result.errorInstance)}`,
    );
    process.exitCode = 1;
  } else {
    if (result.interrupted) console.log(`stopped at the time limit after ${result.numRuns} of ${runs} runs`);
    console.log(
      `${result.numRuns} runs passed in ${seconds.toFixed(1)} s (${((seconds * 1000) / result.numRuns).toFixed(1)} ms a run)`,
    );
  }
  console.log(JSON.stringify(stats));
}
