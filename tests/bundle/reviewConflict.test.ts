import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../electron/bundle/export';
import { importBundles } from '../../electron/bundle/import';
import type { Store } from '../../electron/store';
import { listConflicts, resolveConflict, setReview } from '../../electron/sync/decisions';
import { deriveState } from '../../shared/state';
import { installation, reportChange, tempDir } from './installations';

async function send(
  from: Store,
  to: Store,
  now: () => number,
  opts: { programme?: string; all?: boolean } = {},
): Promise<void> {
  const b = await exportBundle(from, { now, ...opts });
  await importBundles(to, [{ name: b.fileName, bytes: b.bytes }], { trustNew: true, now });
}

describe('conflicts are about what people decided (issue 11, failure 9)', () => {
  it('the secretariat returns then accepts a report while the coordinator returns it: one conflict of the two latest decisions', async () => {
    let t = Date.UTC(2020, 9, 15, 12);
    const now = () => (t += 1000);
    const dir = tempDir();
    const fp = await installation(
      dir,
      { role: 'focal-point', country: 'CHL', groups: ['2020-2021/VII'] },
      now,
    );
    const coord = await installation(
      dir,
      { role: 'coordinator', country: 'COL', groups: ['2020-2021/VII'], name: 'Coordinadora DANE' },
      now,
    );
    const sec = await installation(
      dir,
      { role: 'secretariat', country: null, groups: [], name: 'CEPAL' },
      now,
    );
    const change = reportChange('CHL', '2020-2021/VII/3', 40);
    await fp.commit([change]);
    await send(fp, sec, now);
    await send(sec, coord, now, { programme: '2020-2021' });
    await setReview(
      sec,
      { reportId: change.key, decision: 'returned', comment: 'Revise el porcentaje' },
      now,
    );
    await setReview(sec, { reportId: change.key, decision: 'accepted', comment: 'Gracias' }, now);
    await setReview(
      coord,
      { reportId: change.key, decision: 'returned', comment: 'Falta la evidencia' },
      now,
    );
    await send(coord, sec, now);

    const report = deriveState(sec.read()).reports.find((r) => r.id === change.key)!;
    expect(report.review).toMatchObject({ decision: 'returned', by: { name: 'Coordinadora DANE' } });
    const conflicts = listConflicts(sec.read());
    expect(conflicts).toHaveLength(1);
    const [conflict] = conflicts;
    expect(conflict).toMatchObject({
      entity: 'review',
      key: change.key,
      field: 'review',
      winner: {
        author: { name: 'Coordinadora DANE' },
        value: { decision: 'returned', comment: 'Falta la evidencia' },
      },
      losers: [{ author: { name: 'CEPAL' }, value: { decision: 'accepted', comment: 'Gracias' } }],
    });
    expect(conflict!.winner.at).toBeGreaterThan(conflict!.losers[0]!.at);

    // The secretariat keeps its acceptance: the decision travels, and the conflict is gone everywhere.
    await resolveConflict(sec, conflict!.id, conflict!.losers[0]!.hlc);
    expect(deriveState(sec.read()).reports.find((r) => r.id === change.key)!.review).toMatchObject({
      decision: 'accepted',
      by: { name: 'CEPAL' },
    });
    expect(listConflicts(sec.read())).toEqual([]);
    await send(sec, coord, now, { programme: '2020-2021' });
    expect(listConflicts(coord.read())).toEqual([]);
    expect(deriveState(coord.read()).reports.find((r) => r.id === change.key)!.review).toMatchObject({
      decision: 'accepted',
    });
    for (const s of [fp, coord, sec]) await s.close();
  });
});
