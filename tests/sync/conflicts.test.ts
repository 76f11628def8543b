import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/errors';
import { findConflicts, resolutionChange } from '../../shared/sync/conflicts';
import { fold } from '../../shared/sync/fold';
import { mergeOps } from '../../shared/sync/merge';
import { edit, makeSite } from './fixtures';

describe('conflicts', () => {
  function concurrentEdits() {
    const a = makeSite(1);
    const b = makeSite(2, { country: 'MEX' });
    const base = edit(a, { entity: 'progress', key: 'r1', fields: { percent: 10, status: 'in-progress' } }, 1);
    b.ops = mergeOps(b.ops, a.ops).ops;
    const fromA = edit(a, { entity: 'progress', key: 'r1', fields: { percent: 40 } }, 5);
    const fromB = edit(b, { entity: 'progress', key: 'r1', fields: { percent: 60 } }, 9);
    const merged = mergeOps(a.ops, b.ops).ops;
    return { a, b, base, fromA, fromB, merged };
  }

  it('lists concurrent edits of one field: the later stamp wins and the other is kept', () => {
    const { base, fromA, fromB, merged } = concurrentEdits();
    const conflicts = findConflicts(merged);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ entity: 'progress', key: 'r1', field: 'percent', prev: base.hlc, winner: { hlc: fromB.hlc, value: 60 }, losers: [{ hlc: fromA.hlc, value: 40 }] });
    expect(fold(merged).progress.get('r1')?.get('percent')?.value).toBe(60);
  });

  it('does not list sequential edits, edits of different fields, or equal values', () => {
    const a = makeSite(1);
    const b = makeSite(2);
    edit(a, { entity: 'progress', key: 'r1', fields: { percent: 10 } }, 1);
    b.ops = mergeOps(b.ops, a.ops).ops;
    edit(b, { entity: 'progress', key: 'r1', fields: { percent: 20 } }, 2);
    edit(a, { entity: 'progress', key: 'r1', fields: { status: 'completed' } }, 3);
    edit(a, { entity: 'progress', key: 'r2', fields: { percent: 5 } }, 4);
    edit(b, { entity: 'progress', key: 'r2', fields: { percent: 5 } }, 5);
    expect(findConflicts(mergeOps(a.ops, b.ops).ops)).toEqual([]);
  });

  it('a resolution choosing the losing value wins the fold and the conflict is no longer listed', () => {
    const { a, b, fromA, merged } = concurrentEdits();
    a.ops = merged;
    const [conflict] = findConflicts(merged);
    const resolution = edit(a, resolutionChange(conflict!, fromA.hlc), 20);
    expect(resolution.prev.percent).toBe(conflict!.winner.hlc);
    expect(findConflicts(a.ops)).toEqual([]);
    expect(fold(a.ops).progress.get('r1')?.get('percent')?.value).toBe(40);
    // The other installation sees the resolution when it arrives, and stops listing the conflict too.
    b.ops = mergeOps(b.ops, a.ops).ops;
    expect(findConflicts(b.ops)).toEqual([]);
    expect(fold(b.ops).progress.get('r1')?.get('percent')?.value).toBe(40);
  });

  it('refuses a resolution naming a stamp that is not a candidate', () => {
    const { merged } = concurrentEdits();
    const [conflict] = findConflicts(merged);
    expect(() => resolutionChange(conflict!, '000000000000000-000000-ffffffffffffffff')).toThrow(AppFailure);
  });
});
