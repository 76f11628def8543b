import { afterEach, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api';
import type { Identity } from '../../shared/model/records';
import { FOCAL_COL, harness, type Harness } from './harness';

const SECRETARIAT: Identity = {
  ...FOCAL_COL,
  name: 'CEPAL',
  email: 'estadisticas@cepal.org',
  role: 'secretariat',
  country: null,
  groups: [],
  installation: '5ec5ec5ec5ec5ec5',
};
const COORDINATOR_MEX: Identity = {
  ...FOCAL_COL,
  name: 'Luis Ramírez',
  email: 'luis@inegi.org.mx',
  role: 'coordinator',
  country: 'MEX',
  installation: 'bbbbbbbbbbbbbbbb',
};
const report: Input<'progress.save'> = {
  activityId: '2020-2021/VII/4',
  status: 'in-progress',
  percent: 40,
  actualStart: '2020-03',
  actualEnd: null,
  done: 'Cuestionario piloto',
  obstacles: '',
  nextSteps: '',
  evidence: [],
  reportDate: '2020-10-15',
};

let h: Harness;
afterEach(async () => h?.close());
const as = (identity: Identity) => h.store.update((d) => void (d.identity = identity));

describe('home: what needs each role', () => {
  it('follows a report from the focal point to the reviewers and back, with the comment, and again after a correction', async () => {
    h = await harness(FOCAL_COL);
    const { report: saved } = await h.ok('progress.save', report);
    const focal = await h.ok('home.get', {});
    expect(focal).toMatchObject({
      role: 'focal-point',
      programme: { id: '2020-2021', closed: false },
      unsent: 1,
      returned: [],
      awaitingReview: [],
      silentCountries: null,
    });
    expect(focal.myGroups.map((g) => g.numeral)).toEqual(['VII']);
    // 15 October 2020: activity 4 ends in December, 3 ended in September (overdue, not coming).
    expect(focal.deadlines.map((d) => d.activityNumber)).toEqual(['4']);

    await as(COORDINATOR_MEX);
    expect((await h.ok('home.get', {})).awaitingReview.map((r) => [r.reportId, r.country])).toEqual([
      [saved.id, 'COL'],
    ]);
    await as(SECRETARIAT);
    const sec = await h.ok('home.get', {});
    expect(sec.awaitingReview.map((r) => r.reportId)).toEqual([saved.id]);
    expect(sec.silentCountries).toContain('COL');
    expect(sec.myGroups).toEqual([]);
    await h.ok('review.set', { reportId: saved.id, decision: 'returned', comment: 'Falta el documento.' });
    expect((await h.ok('home.get', {})).awaitingReview).toEqual([]);

    await as(FOCAL_COL);
    const back = await h.ok('home.get', {});
    expect(back.returned).toMatchObject([
      {
        reportId: saved.id,
        activityNumber: '4',
        groupNumeral: 'VII',
        review: { decision: 'returned', comment: 'Falta el documento.' },
      },
    ]);
    const { activityId: _a, ...fields } = report;
    await h.ok('progress.correct', { ...fields, reportId: saved.id, evidence: ['LC/CEA.10/5'] });
    expect((await h.ok('home.get', {})).returned).toEqual([]);
    await as(SECRETARIAT);
    expect((await h.ok('home.get', {})).awaitingReview.map((r) => r.reportId)).toEqual([saved.id]);
  });

  it('a programme whose period has ended reads as closed, with no deadlines coming', async () => {
    h = await harness(FOCAL_COL);
    h.ctx.today = () => new Date(2026, 11, 1);
    const home = await h.ok('home.get', {});
    expect(home.programme).toMatchObject({ id: '2020-2021', closed: true });
    expect(home.deadlines).toEqual([]);
  });
});
