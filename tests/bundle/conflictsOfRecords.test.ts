import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../shared/model/ops';
import { canonicalJson } from '../../shared/sync/canonical';
import { conflictsOfRecords, findConflicts } from '../../shared/sync/conflicts';

const SITES = ['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb', 'cccccccccccccccc'];
const author = { name: 'FP', email: '', country: null, role: 'secretariat' } as const;

/** Small logs where edits of a few fields of a few records from a few sites often collide. */
const logs = fc
  .array(
    fc.record({
      site: fc.constantFrom(...SITES),
      entity: fc.constantFrom('progress' as const, 'budget' as const),
      key: fc.constantFrom('r1', 'r2', 'r3'),
      fields: fc.dictionary(fc.constantFrom('a', 'b'), fc.integer({ min: 0, max: 2 }), { minKeys: 1 }),
      prevOf: fc.dictionary(fc.constantFrom('a', 'b'), fc.nat(30)),
    }),
    { maxLength: 30 },
  )
  .map((raw) =>
    raw.map((r, i): Operation => {
      const hlc = `${String(1_600_000_000_000 + i).padStart(15, '0')}-000000-${r.site}`;
      const prev = Object.fromEntries(
        Object.entries(r.prevOf).map(([f, at]) => [
          f,
          at < i ? `${String(1_600_000_000_000 + at).padStart(15, '0')}-000000-${raw[at]!.site}` : null,
        ]),
      );
      return { hlc, site: r.site, author, entity: r.entity, key: r.key, fields: r.fields, prev };
    }),
  );

/**
 * The definition, field by field over the whole log, written plainly: the sides of a value are its
 * heads (edits nobody named as their prev); the latest head wins; every other head from another site
 * with another value is in conflict with it.
 */
function reference(ops: readonly Operation[]): string[] {
  const out: string[] = [];
  const slots = new Set(
    ops.flatMap((op) => Object.keys(op.fields).map((f) => JSON.stringify([op.entity, op.key, f]))),
  );
  for (const slot of slots) {
    const [entity, key, field] = JSON.parse(slot) as [string, string, string];
    const editing = ops.filter((op) => op.entity === entity && op.key === key && field in op.fields);
    if (new Set(ops.filter((op) => op.entity === entity && op.key === key).map((op) => op.site)).size < 2)
      continue;
    const heads = editing.filter((op) => !editing.some((o) => o.prev[field] === op.hlc));
    const winner = heads.reduce<Operation | null>((w, o) => (w === null || o.hlc > w.hlc ? o : w), null);
    if (winner === null) continue;
    const losers = heads.filter(
      (o) =>
        o !== winner &&
        o.site !== winner.site &&
        canonicalJson(o.fields[field]!) !== canonicalJson(winner.fields[field]!),
    );
    if (losers.length > 0) out.push(`${entity}|${key}|${field}|${winner.hlc}`);
  }
  return out.sort();
}

describe('conflicts', () => {
  it('findConflicts finds exactly the unresolved concurrent edits, skipping records one installation edited', () => {
    fc.assert(
      fc.property(logs, (ops) => {
        expect(findConflicts(ops).map((c) => c.id)).toEqual(reference(ops));
      }),
      { numRuns: 300 },
    );
  });

  it('conflictsOfRecords finds the conflicts of the records the changed operations edit, and only those', () => {
    fc.assert(
      fc.property(logs, fc.nat(30), (ops, cut) => {
        const changed = ops.slice(Math.min(cut, ops.length));
        const touched = new Set(changed.map((op) => `${op.entity}|${op.key}`));
        expect(conflictsOfRecords(ops, changed)).toEqual(
          findConflicts(ops).filter((c) => touched.has(`${c.entity}|${c.key}`)),
        );
      }),
      { numRuns: 300 },
    );
  });
});
