import fc from 'fast-check';
import { ATTACK_NAMES, VALID_NAMES } from './run';
import { modelProperty, runScenario, type PropertyOptions } from './suite';

/**
 * The adversarial model-based suite (issue 11), in short runs: three focal points, a coordinator and
 * two secretariats save, review, reschedule, delete, export and import in any order, with bundles lost
 * and delivered twice, backups restored, clocks moved and, on disk, the process killed mid-save; a
 * trusted hostile installation sends validly signed bundles from a grammar of attacks. After every
 * step the reference model's properties are checked (see run.ts). The seeds are fixed so that the
 * branch's result does not depend on the day; `npm run fuzz` explores new seeds for as long as one likes.
 */
const SHORT: Omit<PropertyOptions, 'attacks' | 'valid'> = { maxCommands: 7, diskShare: 15, drainShare: 20 };

describe('sync, against the reference model', () => {
  it(
    'the honest cast converges and loses no acknowledged save (400 runs)',
    { timeout: 240_000 },
    async () => {
      await fc.assert(modelProperty({ ...SHORT, attacks: [], valid: [] }), { numRuns: 400, seed: 20261201 });
    },
  );

  it('a conflict between the coordinator and the secretariat lists their latest decisions and goes once settled', async () => {
    // Random runs reach a conflict only now and then; this one always does (issue 9).
    const stats: Record<string, number> = {};
    await runScenario(
      {
        opts: { onDisk: null, drain: true },
        cmds: [
          { t: 'plan', who: 0, act: 0, start: 3, months: 2, decision: null },
          { t: 'plan', who: 1, act: 0, start: 5, months: null, decision: 1 },
          { t: 'export', who: 3, all: false },
          { t: 'import', who: 4, picks: [0] },
          { t: 'resolve', who: 0, pick: 0, side: 1 },
        ],
      },
      stats,
    );
    expect(stats['conflict settled']).toBe(1);
  });

  it("settling a conflict between two reschedules takes one side's start and end together (fuzz seed 20261203)", async () => {
    // The coordinator moves the start only (the end left open), the secretariat moves both: settling on
    // the coordinator's start once paired it with the secretariat's earlier end, which the save refused.
    const stats: Record<string, number> = {};
    await runScenario(
      {
        opts: { onDisk: 0, drain: false },
        cmds: [
          { t: 'plan', who: 0, act: 0, start: 1, months: null, decision: null },
          { t: 'plan', who: 1, act: 0, start: 0, months: 0, decision: null },
          { t: 'export', who: 3, all: false },
          { t: 'import', who: 4, picks: [0] },
          { t: 'resolve', who: 0, pick: 7, side: 3 },
        ],
      },
      stats,
    );
    expect(stats['conflict settled']).toBe(1);
  });

  it(
    'a trusted hostile installation changes nothing it may not, and stops nobody (600 runs)',
    { timeout: 240_000 },
    async () => {
      await fc.assert(modelProperty({ ...SHORT, attacks: ATTACK_NAMES, valid: VALID_NAMES }), {
        numRuns: 600,
        seed: 20261202,
      });
    },
  );
});
