import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBundle } from '../../electron/bundle/export';
import { importBundles } from '../../electron/bundle/import';
import { listConflicts, resolveConflict, setReview } from '../../electron/sync/decisions';
import type { Store } from '../../electron/store';
import { AppFailure } from '../../shared/errors';
import { deriveState } from '../../shared/state';
import { readBundle } from '../../electron/bundle/read';
import { parseHlc } from '../../shared/sync/hlc';
import { intakeOf } from '../../shared/sync/intake';
import { stateHash } from '../../shared/sync/state';
import { installation, reportChange, tempDir } from './installations';

let arg: Store;
let col: Store;
let sec: Store;
const send = async (from: Store, to: Store, opts: { all?: boolean } = {}) => {
  const b = await exportBundle(from, { programme: '2020-2021', ...opts });
  return importBundles(to, [{ name: b.fileName, bytes: b.bytes }], { trustNew: true });
};

beforeAll(async () => {
  const dir = tempDir();
  arg = await installation(dir, { role: 'focal-point', country: 'ARG', groups: ['2020-2021/I'] });
  col = await installation(dir, { role: 'coordinator', country: 'COL', groups: ['2020-2021/I'] });
  sec = await installation(dir, { role: 'secretariat', country: null, groups: [] });
});
afterAll(async () => {
  for (const s of [arg, col, sec]) await s.close();
});

describe('conflicts, reviews and intake across installations', () => {
  it('lists concurrent edits after an import, keeps both values, and a resolution travels back and clears them everywhere', async () => {
    const report = reportChange('ARG', '2020-2021/I/1', 20);
    await arg.commit([report]);
    await send(arg, sec);
    // Both change the percent without seeing each other.
    await arg.commit([{ entity: 'progress', key: report.key, fields: { percent: 30 } }]);
    await sec.commit([{ entity: 'progress', key: report.key, fields: { percent: 25 } }]);
    const summary = await send(arg, sec);
    expect(summary.files[0]).toMatchObject({ new: 1, conflicts: 1 });
    const [conflict] = listConflicts(sec.read());
    expect(conflict).toMatchObject({ entity: 'progress', key: report.key, field: 'percent' });
    const values = [conflict!.winner, ...conflict!.losers].map((c) => c.value).sort();
    expect(values).toEqual([25, 30]);

    // A focal point may not settle it; the secretariat chooses the focal point's value.
    await send(sec, arg);
    expect(listConflicts(arg.read())).toHaveLength(1);
    await expect(resolveConflict(arg, conflict!.id, conflict!.winner.hlc)).rejects.toBeInstanceOf(AppFailure);
    const chosen = [conflict!.winner, ...conflict!.losers].find((c) => c.value === 30)!;
    await resolveConflict(sec, conflict!.id, chosen.hlc);
    expect(listConflicts(sec.read())).toEqual([]);
    await send(sec, arg);
    expect(listConflicts(arg.read())).toEqual([]);
    expect(deriveState(arg.read()).reports.find((r) => r.id === report.key)?.percent).toBe(30);
    expect(stateHash(arg.read().ops)).toBe(stateHash(sec.read().ops));
  });

  it('a coordinator’s review reaches the focal point through the secretariat’s consolidated bundle', async () => {
    const report = reportChange('ARG', '2020-2021/I/2', 50);
    await arg.commit([report]);
    await send(arg, sec);
    await send(sec, col);
    await expect(
      setReview(arg, { reportId: report.key, decision: 'accepted', comment: '' }),
    ).rejects.toMatchObject({ error: { code: 'forbidden' } });
    await setReview(col, {
      reportId: report.key,
      decision: 'returned',
      comment: 'Please add the document symbol.',
    });
    await send(col, sec);
    await send(sec, arg);
    const seen = deriveState(arg.read()).reports.find((r) => r.id === report.key);
    expect(seen?.review).toMatchObject({
      decision: 'returned',
      comment: 'Please add the document symbol.',
      by: { country: 'COL', role: 'coordinator' },
    });
  });

  it('takes a bundle whose clock is a day ahead of ours (within the 48-hour bound), and the clock moves past it', async () => {
    await arg.commit([reportChange('ARG', '2020-2021/I/3', 5)]);
    const b = await exportBundle(arg);
    const oneDayAgo = Date.now() - 24 * 3600 * 1000;
    const summary = await importBundles(sec, [{ name: b.fileName, bytes: b.bytes }], {
      now: () => oneDayAgo,
    });
    expect(summary.files[0]!.status).toBe('imported');
    const latest = Math.max(...readBundle(b.bytes).ops.map((op) => parseHlc(op.hlc).wall));
    expect(sec.read().clock.wall).toBeGreaterThanOrEqual(latest);
  });

  it('intake names who sent what, what is new since the last consolidated bundle, and who sent nothing', async () => {
    await exportBundle(sec, { programme: '2020-2021' });
    await arg.commit([reportChange('ARG', '2020-2021/I/4', 5)]);
    await send(arg, sec);
    const intake = intakeOf(sec.read(), sec.state().programmes, '2020-2021');
    const argSender = intake.senders.find((s) => s.country === 'ARG');
    expect(argSender).toMatchObject({ role: 'focal-point', groups: ['2020-2021/I'] });
    expect(argSender!.bundles).toBeGreaterThanOrEqual(4);
    expect(intake.senders.find((s) => s.country === 'COL')).toBeDefined();
    expect(intake.lastConsolidated).not.toBeNull();
    // The last ARG bundle came after the last consolidated one: its new operation counts.
    expect(argSender!.newSinceConsolidated).toBe(1);
    expect(intake.silentCountries).toContain('MEX');
    expect(intake.silentCountries).not.toContain('COL');
    expect(intake.silentGroups).toContain('2020-2021/II');
    expect(intake.silentGroups).not.toContain('2020-2021/I');
    expect(intakeOf(sec.read(), sec.state().programmes, '2020-2021', '2999-01-01').silentCountries).toContain(
      'ARG',
    );
  });
});
