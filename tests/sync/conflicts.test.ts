import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/errors';
import { findConflicts, resolutionChanges } from '../../shared/sync/conflicts';
import { fold } from '../../shared/sync/fold';
import { mergeOps } from '../../shared/sync/merge';
import { edit, makeSite } from './fixtures';

describe('conflicts', () => {
  function concurrentEdits() {
    const a = makeSite(1);
    const b = makeSite(2, { country: 'MEX' });
    const base = edit(
      a,
      { entity: 'progress', key: 'r1', fields: { percent: 10, status: 'in-progress' } },
      1,
    );
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
    expect(conflicts[0]).toMatchObject({
      entity: 'progress',
      key: 'r1',
      field: 'percent',
      prev: base.hlc,
      winner: { hlc: fromB.hlc, value: 60 },
      losers: [{ hlc: fromA.hlc, value: 40 }],
    });
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
    const resolution = resolutionChanges(conflict!, fromA.hlc).map((change, i) => edit(a, change, 20 + i));
    // One edit per side, each naming it: the winner's last, so that it wins the fold.
    expect(resolution.map((op) => op.prev.percent)).toEqual([fromA.hlc, conflict!.winner.hlc]);
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
    expect(() => resolutionChanges(conflict!, '000000000000000-000000-ffffffffffffffff')).toThrow(AppFailure);
  });

  it('an edit its author corrected is still in conflict with a concurrent one it never saw (fuzz finding F4)', () => {
    const a = makeSite(1);
    const b = makeSite(2, { country: 'MEX' });
    const april = edit(
      a,
      {
        entity: 'activity',
        key: '2020-2021/VII/1',
        fields: { plannedStart: { month: '2020-04', words: null } },
      },
      4,
    );
    edit(
      b,
      {
        entity: 'activity',
        key: '2020-2021/VII/1',
        fields: { plannedStart: { month: '2020-06', words: null } },
      },
      6,
    );
    const july = edit(
      b,
      {
        entity: 'activity',
        key: '2020-2021/VII/1',
        fields: { plannedStart: { month: '2020-07', words: null } },
      },
      7,
    );
    const conflicts = findConflicts(mergeOps(a.ops, b.ops).ops);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      field: 'schedule',
      winner: { hlc: july.hlc },
      losers: [{ hlc: april.hlc, value: { plannedStart: { month: '2020-04' } } }],
    });
  });

  it('two reschedules are one conflict, and settling it writes the chosen start and end together', () => {
    const a = makeSite(1);
    const b = makeSite(2, { country: 'MEX' });
    const key = '2020-2021/VII/1';
    const dates = (start: string, end: string | null) => ({
      plannedStart: { month: start, words: null },
      plannedEnd: { month: end, words: null },
    });
    const early = edit(a, { entity: 'activity', key, fields: dates('2020-02', null) }, 4);
    const late = edit(b, { entity: 'activity', key, fields: dates('2020-01', '2020-01') }, 6);
    a.ops = mergeOps(a.ops, b.ops).ops;
    const conflicts = findConflicts(a.ops);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      field: 'schedule',
      winner: { hlc: late.hlc, value: dates('2020-01', '2020-01') },
      losers: [{ hlc: early.hlc, value: dates('2020-02', null) }],
    });
    resolutionChanges(conflicts[0]!, early.hlc).forEach((change, i) => edit(a, change, 20 + i));
    const activity = fold(a.ops).activity.get(key);
    expect(activity?.get('plannedStart')?.value).toEqual({ month: '2020-02', words: null });
    expect(activity?.get('plannedEnd')?.value).toEqual({ month: null, words: null });
    expect(findConflicts(a.ops)).toEqual([]);
  });
});
