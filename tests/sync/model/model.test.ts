import fc from 'fast-check';
import { ATTACK_NAMES, VALID_NAMES } from './run';
import { modelProperty, type PropertyOptions } from './suite';

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
  it('the honest cast converges and loses no acknowledged save (400 runs)', { timeout: 240_000 }, async () => {
    await fc.assert(modelProperty({ ...SHORT, attacks: [], valid: [] }), { numRuns: 400, seed: 20261201 });
  });

  it('a trusted hostile installation changes nothing it may not, and stops nobody (600 runs)', { timeout: 240_000 }, async () => {
    await fc.assert(modelProperty({ ...SHORT, attacks: ATTACK_NAMES, valid: VALID_NAMES }), { numRuns: 600, seed: 20261202 });
  });
});
