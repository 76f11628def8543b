import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change, Operation } from '../../shared/model/ops';
import { mergeOps } from '../../shared/sync/merge';
import { stateHash, canonicalState } from '../../shared/sync/state';
import { edit, makeSite } from './fixtures';

const KEYS = ['r1', 'r2', 'r3'];
const FIELDS = ['status', 'percent', 'done'];

/** A random edit: which installation, when (wall clocks deliberately disagree and jump), and what. */
const editArb = (sites: number) =>
  fc.record({
    site: fc.nat({ max: sites - 1 }),
    now: fc.integer({ min: 0, max: 5_000 }),
    entity: fc.constantFrom<Change['entity']>('progress', 'budget', 'activity'),
    key: fc.constantFrom(...KEYS),
    field: fc.constantFrom(...FIELDS, 'deleted'),
    value: fc.oneof(
      fc.integer({ min: 0, max: 100 }),
      fc.constantFrom('in-progress', 'completed', 'x'),
      fc.boolean(),
    ),
  });

/** A delivery: installation `to` imports everything installation `from` holds at that moment. */
const deliveryArb = (sites: number) =>
  fc.record({ from: fc.nat({ max: sites - 1 }), to: fc.nat({ max: sites - 1 }) });

describe('merge', () => {
  it('installations that exchanged bundles in random orders, with duplicates, converge once they hold the same operations', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 5 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.array(
              fc.oneof(
                editArb(n).map((e) => ({ edit: e })),
                deliveryArb(n).map((d) => ({ delivery: d })),
              ),
              { maxLength: 60 },
            ),
            fc.array(fc.nat({ max: n - 1 }), { maxLength: 4 }),
          ),
        ),
        ([n, steps, finalOrderSeed]) => {
          const sites = Array.from({ length: n }, (_, i) => makeSite(i + 1));
          for (const step of steps) {
            if ('edit' in step) {
              const e = step.edit;
              edit(sites[e.site]!, { entity: e.entity, key: e.key, fields: { [e.field]: e.value } }, e.now);
            } else {
              const from = sites[step.delivery.from]!;
              const to = sites[step.delivery.to]!;
              to.ops = mergeOps(to.ops, from.ops.slice()).ops;
            }
          }
          // Final round: everyone sends everything to everyone, starting from a random installation,
          // and some bundles arrive twice.
          const start = finalOrderSeed[0] ?? 0;
          for (let r = 0; r < 2; r++) {
            for (let i = 0; i < n; i++) {
              const from = sites[(start + i) % n]!;
              for (const to of sites) to.ops = mergeOps(to.ops, from.ops).ops;
            }
          }
          const hashes = new Set(sites.map((s) => stateHash(s.ops)));
          expect(hashes.size).toBe(1);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('is idempotent and commutative', () => {
    const opsArb = fc.array(editArb(3), { maxLength: 30 }).map((edits) => {
      const sites = [makeSite(1), makeSite(2), makeSite(3)];
      return edits.map((e) =>
        edit(sites[e.site]!, { entity: e.entity, key: e.key, fields: { [e.field]: e.value } }, e.now),
      );
    });
    fc.assert(
      fc.property(opsArb, fc.integer({ min: 0, max: 30 }), (ops, cut) => {
        const a = ops.slice(0, cut);
        const b = ops.slice(cut);
        const ab = mergeOps(a, b).ops;
        const ba = mergeOps(b, a).ops;
        expect(stateHash(ab)).toBe(stateHash(ba));
        const again = mergeOps(ab, b);
        expect(again.added).toEqual([]);
        expect(again.known).toBe(b.length);
        expect(again.ops).toEqual(ab);
      }),
    );
  });

  it('counts new and known operations, including repeats inside one delivery', () => {
    const s = makeSite(1);
    const o1 = edit(s, { entity: 'progress', key: 'r1', fields: { percent: 10 } }, 1);
    const o2 = edit(s, { entity: 'progress', key: 'r1', fields: { percent: 20 } }, 2);
    const result = mergeOps([o1], [o1, o2, o2]);
    expect(result.added).toEqual([o2]);
    expect(result.known).toBe(2);
  });

  it('keeps the same body whichever order two different operations under one stamp arrive in', () => {
    const s = makeSite(1);
    const real = edit(s, { entity: 'progress', key: 'r1', fields: { percent: 10 } }, 1);
    const forged: Operation = { ...real, fields: { percent: 99 } };
    expect(stateHash(mergeOps([real], [forged]).ops)).toBe(stateHash(mergeOps([forged], [real]).ops));
  });

  it('shows tombstones in the canonical state', () => {
    const s = makeSite(1);
    edit(s, { entity: 'budget', key: 'b1', fields: { amount: 5 } }, 1);
    edit(s, { entity: 'budget', key: 'b1', fields: { deleted: true } }, 2);
    edit(s, { entity: 'budget', key: 'b2', fields: { amount: 7 } }, 3);
    expect(canonicalState(s.ops)).toMatchObject({ budget: { b1: { deleted: true }, b2: { amount: 7 } } });
  });
});
