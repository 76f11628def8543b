import type { Cmd } from './commands';
import { ATTACK_NAMES, VALID_NAMES } from './run';
import { runScenario } from './suite';

/** A little honest traffic first: a report and a budget entry of Brazil that the secretariat consolidated and Argentina holds. */
const BASE: Cmd[] = [
  { t: 'hostile', who: 0, kind: 'report', v: 0 },
  { t: 'budget', who: 1, grp: 0, act: null, cents: 1000 },
  { t: 'report', who: 1, act: 0, percent: 30 },
  { t: 'export', who: 1, all: false },
  { t: 'import', who: 4, picks: [0, 1] },
  { t: 'export', who: 4, all: true },
  { t: 'import', who: 0, picks: [2] },
];

/**
 * Each attack and each valid hostile bundle alone, delivered to a focal point and to a secretariat,
 * each run ending with the full exchange: the failures of the grammar, one line each (`npm run fuzz -- --survey`).
 */
export async function survey(print: (line: string) => void): Promise<number> {
  let failures = 0;
  const cases = [
    ...ATTACK_NAMES.map((kind) => ({ t: 'attack' as const, kind })),
    ...VALID_NAMES.map((kind) => ({ t: 'hostile' as const, kind })),
  ];
  for (const { t, kind } of cases) {
    for (const who of [0, 4]) {
      const cmd: Cmd = t === 'attack' ? { t, who, kind, v: 0, picks: [] } : { t, who, kind, v: 0 };
      try {
        await runScenario({ opts: { onDisk: null, drain: true }, cmds: [...BASE, cmd] });
      } catch (e) {
        failures++;
        print(`${t} ${kind}: ${(e as Error).message.slice(0, 400)}`);
      }
    }
  }
  return failures;
}
