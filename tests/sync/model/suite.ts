import fc from 'fast-check';
import { commandsArb, type Cmd } from './commands';
import { ATTACK_NAMES, Run, VALID_NAMES, type RunOptions } from './run';
import { CAST } from './world';

export interface Scenario {
  opts: RunOptions;
  cmds: Cmd[];
}

/** Runs of the model: which installation (if any) is on disk, whether the run ends with a full exchange, and what everyone does. */
export function scenarioArb(
  maxCommands: number,
  diskShare: number,
  drainShare: number,
  attacks: readonly string[] = ATTACK_NAMES,
  valid: readonly string[] = VALID_NAMES,
): fc.Arbitrary<Scenario> {
  return fc.record({
    opts: fc.record({
      onDisk: fc.oneof(
        { arbitrary: fc.constant(null), weight: Math.max(0, 100 - diskShare) },
        { arbitrary: fc.nat(CAST.length - 1), weight: diskShare },
      ),
      drain: fc.oneof(
        { arbitrary: fc.constant(true), weight: drainShare },
        { arbitrary: fc.constant(false), weight: 100 - drainShare },
      ),
    }),
    cmds: commandsArb({ attacks, valid, maxCommands }),
  });
}

/** One run: the steps in order, every property checked after each, then the final exchange if asked. */
export async function runScenario(s: Scenario, stats?: Record<string, number>): Promise<void> {
  const run = new Run(s.opts);
  try {
    await run.open();
    for (const [n, cmd] of s.cmds.entries()) await run.step(cmd, n);
    if (s.opts.drain) await run.drain();
  } finally {
    await run.dispose();
    if (stats) for (const [k, v] of Object.entries(run.stats)) stats[k] = (stats[k] ?? 0) + v;
  }
}

export interface PropertyOptions {
  maxCommands: number;
  /** Percent of runs with one installation on a real file, where kills happen. */
  diskShare: number;
  /** Percent of runs that end with the full exchange. */
  drainShare: number;
  /** The attacks and valid hostile bundles drawn from; all by default. */
  attacks?: readonly string[];
  valid?: readonly string[];
  stats?: Record<string, number>;
  onRun?: () => void;
}

export function modelProperty(o: PropertyOptions) {
  return fc.asyncProperty(
    scenarioArb(o.maxCommands, o.diskShare, o.drainShare, o.attacks, o.valid),
    async (s) => {
      o.onRun?.();
      await runScenario(s, o.stats);
    },
  );
}
