import { afterEach, describe, expect, it } from 'vitest';
import { importBundles } from '../../electron/bundle/import';
import type { Identity } from '../../shared/model/records';
import { deriveState } from '../../shared/state';
import { installation, tempDir } from '../bundle/installations';
import { FOCAL_COL, harness, type Harness } from './harness';
import { A3, budget, progress } from './inputs';

const bytesOf = (exported: { base64: string }) => new Uint8Array(Buffer.from(exported.base64, 'base64'));

const COORD_COL: Identity = {
  ...FOCAL_COL,
  name: 'Coordinadora DANE',
  role: 'coordinator',
  installation: 'c00d000000000001',
};
const SECRETARIAT: Identity = {
  ...FOCAL_COL,
  name: 'CEPAL',
  email: 'sec@cepal.org',
  role: 'secretariat',
  country: null,
  groups: [],
  installation: '5ec0000000000001',
};

const opened: Harness[] = [];
async function use(identity: Identity): Promise<Harness> {
  const h = await harness(identity);
  opened.push(h);
  return h;
}
afterEach(async () => {
  for (const h of opened.splice(0)) await h.close();
});

/** Every kind of edit the role may make locally, made through the handlers; those it may not are refused. */
async function everyEdit(h: Harness): Promise<number> {
  let saved = 0;
  const attempt = async <T>(made: Promise<{ ok: boolean; data?: T }>) => {
    const r = await made;
    if (r.ok) saved++;
    return r.ok ? (r.data as T) : null;
  };
  const report = await attempt<{ report: { id: string } }>(h.call('progress.save', progress()));
  const entry = await attempt<{ entry: { id: string } }>(h.call('budget.add', budget()));
  if (entry) await attempt(h.call('budget.remove', { entryId: entry.entry.id }));
  await attempt(h.call('budget.add', budget({ purpose: 'kept' })));
  await attempt(h.call('plan.update', { activityId: A3, plannedEnd: '2021-03', decision: 'postponed' }));
  const line = await attempt<{ contribution: { id: string } }>(
    h.call('contribution.save', {
      groupId: '2020-2021/VII',
      source: 'BID',
      institution: null,
      amount: 500,
      currency: 'USD',
      form: 'monetary',
      purpose: 'Taller',
    }),
  );
  if (line)
    await attempt(
      h.call('contribution.remove', { groupId: '2020-2021/VII', contributionId: line.contribution.id }),
    );
  if (report)
    await attempt(
      h.call('review.set', { reportId: report.report.id, decision: 'returned', comment: 'Falta evidencia' }),
    );
  return saved;
}

describe('nothing a user can save locally is refused by its own export (issue 11)', () => {
  for (const identity of [FOCAL_COL, COORD_COL, SECRETARIAT]) {
    it(`${identity.role}: every edit it may save exports, and the secretariat takes the bundle`, async () => {
      const h = await use(identity);
      const saved = await everyEdit(h);
      expect(saved).toBeGreaterThanOrEqual(identity.role === 'focal-point' ? 4 : 8);
      const changes = await h.ok('bundle.export', { all: false });
      const all = await h.ok('bundle.export', { all: true });
      expect(changes.ops).toBe(saved);
      if (identity.role !== 'secretariat') {
        const sec = await installation(tempDir(), { role: 'secretariat', country: null, groups: [] });
        const summary = await importBundles(sec, [{ name: 'all.ceabundle', bytes: bytesOf(all) }], {
          trustNew: true,
        });
        expect(summary.files[0]!.new).toBe(saved);
        await sec.close();
      }
    });
  }
});

describe('roles are decided in one place (issue 11, failure 8)', () => {
  it('a coordinator of Mexico who ticked only group VIII may not reschedule VII/3, is not offered to, may report on it, and exports', async () => {
    const h = await use({ ...COORD_COL, country: 'MEX', groups: ['2020-2021/VIII'] });
    const group = await h.ok('group.get', { groupId: '2020-2021/VII' });
    expect(group.permissions).toEqual({ report: true, budget: true, editPlan: false, meetings: true });
    expect((await h.ok('activity.get', { activityId: A3 })).permissions.editPlan).toBe(false);
    expect(await h.err('plan.update', { activityId: A3, plannedEnd: '2021-03' })).toMatchObject({
      code: 'forbidden',
    });
    await h.ok('progress.save', progress());
    const exported = await h.ok('bundle.export', { all: true });
    expect(exported.ops).toBe(1);
  });
});

describe('deletions travel (issue 11, failure 2)', () => {
  it('a focal point removes its own budget entry: the export carries the deletion, and the secretariat drops it from its totals', async () => {
    const h = await use(FOCAL_COL);
    const sec = await installation(tempDir(), { role: 'secretariat', country: null, groups: [] });
    const { entry } = await h.ok('budget.add', budget());
    await importBundles(
      sec,
      [{ name: 'add.ceabundle', bytes: bytesOf(await h.ok('bundle.export', { all: false })) }],
      { trustNew: true },
    );
    expect(deriveState(sec.read()).budget.map((e) => e.id)).toContain(entry.id);
    await h.ok('budget.remove', { entryId: entry.id });
    const removal = await h.ok('bundle.export', { all: false });
    expect(removal.ops).toBe(1);
    expect((await h.ok('bundle.export', { all: true })).ops).toBe(2);
    const summary = await importBundles(sec, [{ name: 'remove.ceabundle', bytes: bytesOf(removal) }]);
    expect(summary.files[0]!.new).toBe(1);
    expect(deriveState(sec.read()).budget.map((e) => e.id)).not.toContain(entry.id);
    await sec.close();
  });
});
