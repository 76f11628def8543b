import { createDispatch, createHandlers } from '../../electron/handlers';
import type { Input, Method } from '../../shared/api';
import { METHODS } from '../../shared/api';
import { FIELD_ERRORS } from '../../shared/domain/validation';
import type { Identity } from '../../shared/model/records';
import { FOCAL_COL, harness } from './harness';
import type { Harness } from './harness';
import { SYNC_INVALID } from '../sync/invalidInputs';
import { MEETING_INVALID } from './meetingInputs';
import { A3, budget, progress } from './inputs';

let h: Harness;
const opened: Harness[] = [];
async function use(identity?: Identity | null): Promise<Harness> {
  const opening = await harness(identity);
  opened.push(opening);
  return opening;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((o) => o.close()));
});

describe('reading the programme', () => {
  beforeEach(async () => {
    h = await use();
  });

  it('lists programmes most recent first', async () => {
    const list = await h.ok('programmes.list', {});
    expect(list.map((p) => p.id)).toEqual(['2020-2021', '2012-2013', '2009-2011']);
    expect(list[0]).toMatchObject({ symbol: 'LC/CEA.10/5', groupCount: 11 });
  });

  it('gives a programme with a summary per group, overdue counted on 15 October 2020', async () => {
    const { programme, summaries } = await h.ok('programme.get', { programmeId: '2020-2021' });
    expect(programme.groups).toHaveLength(11);
    const vii = summaries.find((s) => s.numeral === 'VII');
    // Activities 1 (ends 2020-07) and 2 (2020-04) and 3 (2020-09) have passed their planned end unreported.
    expect(vii?.overdueCount).toBe(3);
    expect(vii?.completion.completed).toBe(0);
  });

  it('gives a group with its activities, planned totals and what the identity may do', async () => {
    const group = await h.ok('group.get', { groupId: '2020-2021/V' });
    expect(group.plannedTotals).toEqual([{ currency: 'USD', cents: 6_500_000 }]);
    expect(group.permissions).toEqual({ report: false, budget: false, editPlan: false, meetings: false });
    const vii = await h.ok('group.get', { groupId: '2020-2021/VII' });
    expect(vii.permissions).toEqual({ report: true, budget: true, editPlan: false, meetings: true });
    expect(vii.activities.find((a) => a.activity.id === A3)).toMatchObject({
      overdue: true,
      latest: null,
      reportCount: 0,
    });
  });

  it('returns the catalogue, the identity and the settings', async () => {
    const catalogue = await h.ok('catalogue.get', {});
    expect(catalogue.countries).toHaveLength(33);
    expect(catalogue.institutions.some((i) => i.id === 'unicef')).toBe(true);
    expect(await h.ok('identity.get', {})).toEqual(FOCAL_COL);
    expect(await h.ok('settings.get', {})).toMatchObject({
      dbFile: h.file,
      lang: 'es',
      version: '0.1.0-test',
    });
  });

  it('refuses unknown ids with a clear error', async () => {
    expect(await h.err('programme.get', { programmeId: '1999-2000' })).toMatchObject({
      code: 'unknown-programme',
      i18nKey: 'errors:unknown-programme',
    });
    expect(await h.err('group.get', { groupId: '2020-2021/XX' })).toMatchObject({
      code: 'unknown-group',
      details: { id: '2020-2021/XX' },
    });
    expect(await h.err('activity.get', { activityId: '2020-2021/VII/99' })).toMatchObject({
      code: 'unknown-activity',
    });
    expect(await h.err('budget.remove', { entryId: 'b-nope' })).toMatchObject({
      code: 'unknown-budget-entry',
    });
    expect(await h.err('backups.restore', { name: 'nope.json' })).toMatchObject({ code: 'unknown-backup' });
  });
});

describe('recording progress', () => {
  beforeEach(async () => {
    h = await use();
  });

  it('saves a report durably and shows it newest first on the activity, no longer overdue once completed', async () => {
    const first = await h.ok('progress.save', progress());
    expect(first.report).toMatchObject({
      activity: A3,
      country: 'COL',
      author: { name: 'Ana Pérez', role: 'focal-point' },
    });
    const second = await h.ok(
      'progress.save',
      progress({ status: 'completed', percent: 100, actualEnd: '2020-10', reportDate: '2020-10-14' }),
    );
    const detail = await h.ok('activity.get', { activityId: A3 });
    expect(detail.reports.map((r) => r.id)).toEqual([second.report.id, first.report.id]);
    expect(detail.view).toMatchObject({ overdue: false, reportCount: 2, latest: { status: 'completed' } });
    const onDisk = await h.onDisk();
    expect(onDisk.ops.filter((o) => o.entity === 'progress' && o.key === second.report.id)).toHaveLength(1);
  });

  it('refuses a report that breaks the form rules, field by field, and leaves the file as it was', async () => {
    const before = await h.diskText();
    expect(await h.err('progress.save', progress({ percent: 100 }))).toEqual({
      code: 'invalid-form',
      i18nKey: 'errors:invalid-form',
      details: { percent: FIELD_ERRORS.fullButNotCompleted },
    });
    expect(
      await h.err('progress.save', progress({ actualStart: '2020-09', actualEnd: '2020-08' })),
    ).toMatchObject({ details: { actualEnd: FIELD_ERRORS.endBeforeStart } });
    expect(await h.err('progress.save', progress({ actualStart: '2019-01' }))).toMatchObject({
      details: { actualStart: FIELD_ERRORS.outsideProgramme },
    });
    expect(await h.err('progress.save', progress({ done: '' }))).toMatchObject({
      details: { done: FIELD_ERRORS.required },
    });
    expect(await h.err('progress.save', progress({ status: 'not-started', percent: 30 }))).toMatchObject({
      details: { percent: FIELD_ERRORS.notStartedWithPercent },
    });
    expect(await h.diskText()).toBe(before);
  });

  it('refuses a focal point reporting on a group that is not theirs, or for another country', async () => {
    const before = await h.diskText();
    // The refusal names the group and the country, in the user's language.
    expect(await h.err('progress.save', progress({ activityId: '2020-2021/V/1' }))).toMatchObject({
      code: 'forbidden',
      i18nKey: 'errors:not-member',
      details: { group: 'V', country: 'Colombia' },
    });
    expect(await h.err('progress.save', progress({ country: 'MEX' }))).toMatchObject({
      code: 'forbidden',
      i18nKey: 'errors:forbidden-country',
    });
    expect(await h.diskText()).toBe(before);
  });
});

describe('correcting and withdrawing a report', () => {
  beforeEach(async () => {
    h = await use();
  });
  const { activityId: _a, ...fields } = progress();

  it('a correction is a new operation on the same report: the screen shows the new values, the log keeps the old', async () => {
    const { report } = await h.ok('progress.save', progress());
    const { report: corrected } = await h.ok('progress.correct', {
      ...fields,
      reportId: report.id,
      percent: 45,
      done: 'Agenda agreed with IOM',
    });
    expect(corrected).toMatchObject({
      id: report.id,
      percent: 45,
      done: 'Agenda agreed with IOM',
      author: report.author,
      country: 'COL',
    });
    const [shown] = (await h.ok('activity.get', { activityId: A3 })).reports;
    expect(shown).toMatchObject({
      id: report.id,
      percent: 45,
      corrected: true,
      amendable: true,
      reviewable: false,
      reviewState: 'awaiting-review',
    });
    const ops = (await h.onDisk()).ops.filter((o) => o.entity === 'progress' && o.key === report.id);
    expect(ops.map((o) => o.fields.percent)).toEqual([40, 45]);
  });

  it('a correction follows the form rules, and nothing is written when it breaks one', async () => {
    const { report } = await h.ok('progress.save', progress());
    const before = await h.diskText();
    expect(
      await h.err('progress.correct', {
        ...fields,
        reportId: report.id,
        status: 'not-started',
        percent: 30,
        done: '',
      }),
    ).toMatchObject({
      code: 'invalid-form',
      details: { percent: FIELD_ERRORS.notStartedWithPercent },
    });
    expect(await h.err('progress.correct', { ...fields, reportId: 'p-none' })).toMatchObject({
      code: 'unknown-report',
    });
    expect(await h.diskText()).toBe(before);
  });

  it('a withdrawal is a tombstone: the report leaves the activity, its operations stay in the log', async () => {
    const { report } = await h.ok('progress.save', progress());
    await h.ok('progress.withdraw', { reportId: report.id });
    expect((await h.ok('activity.get', { activityId: A3 })).reports).toEqual([]);
    const ops = (await h.onDisk()).ops.filter((o) => o.entity === 'progress' && o.key === report.id);
    expect(ops.map((o) => o.fields.deleted ?? false)).toEqual([false, true]);
    expect(await h.err('progress.withdraw', { reportId: report.id })).toMatchObject({
      code: 'unknown-report',
    });
  });

  it('only the office that wrote a report corrects or withdraws it: not another country, not the secretariat', async () => {
    const { report } = await h.ok('progress.save', progress());
    await h.store.update(
      (d) =>
        void (d.identity = {
          ...FOCAL_COL,
          name: 'Luis Ramírez',
          country: 'MEX',
          role: 'coordinator',
          groups: ['2020-2021/VII'],
          installation: 'b1b2c3d4e5f60718',
        }),
    );
    const before = await h.diskText();
    expect(await h.err('progress.correct', { ...fields, reportId: report.id })).toMatchObject({
      code: 'forbidden',
      i18nKey: 'errors:forbidden-amend',
    });
    expect(await h.err('progress.withdraw', { reportId: report.id })).toMatchObject({
      code: 'forbidden',
      i18nKey: 'errors:forbidden-amend',
    });
    expect((await h.ok('activity.get', { activityId: A3 })).reports[0]).toMatchObject({
      amendable: false,
      reviewable: true,
    });
    expect(await h.diskText()).toBe(before);
    await h.store.update(
      (d) =>
        void (d.identity = {
          ...FOCAL_COL,
          name: 'CEPAL',
          country: null,
          role: 'secretariat',
          groups: [],
          installation: 'c1b2c3d4e5f60718',
        }),
    );
    const beforeSecretariat = await h.diskText();
    expect(await h.err('progress.correct', { ...fields, reportId: report.id, percent: 45 })).toMatchObject({
      code: 'forbidden',
      i18nKey: 'errors:forbidden-amend',
    });
    expect(await h.err('progress.withdraw', { reportId: report.id })).toMatchObject({
      code: 'forbidden',
      i18nKey: 'errors:forbidden-amend',
    });
    expect((await h.ok('activity.get', { activityId: A3 })).reports[0]).toMatchObject({
      id: report.id,
      amendable: false,
      reviewable: true,
    });
    expect(await h.diskText()).toBe(beforeSecretariat);

    // Its own report, even on behalf of Colombia, the secretariat may correct and withdraw.
    const { report: own } = await h.ok('progress.save', { ...progress(), country: 'COL' });
    expect(
      (await h.ok('activity.get', { activityId: A3 })).reports.find((r) => r.id === own.id),
    ).toMatchObject({ amendable: true });
    await h.ok('progress.correct', { ...fields, reportId: own.id, percent: 45 });
    await h.ok('progress.withdraw', { reportId: own.id });
    // Back home, Colombia's focal point still may.
    await h.store.update((d) => void (d.identity = FOCAL_COL));
    await h.ok('progress.withdraw', { reportId: report.id });
  });
});

describe('roles', () => {
  it('refuses every change before an identity exists', async () => {
    h = await use(null);
    const before = await h.diskText();
    expect(await h.err('progress.save', progress())).toMatchObject({ code: 'no-identity' });
    expect(await h.err('budget.add', budget())).toMatchObject({ code: 'no-identity' });
    expect(await h.err('plan.update', { activityId: A3, plannedEnd: '2021-03' })).toMatchObject({
      code: 'forbidden',
    });
    expect(await h.diskText()).toBe(before);
  });

  it('lets the coordinator of a group reschedule its plan, keeping the words, and no one else', async () => {
    h = await use();
    expect(await h.err('plan.update', { activityId: A3, plannedEnd: '2021-03' })).toMatchObject({
      code: 'forbidden',
    });
    const coordinator: Identity = { ...FOCAL_COL, role: 'coordinator' };
    h = await use(coordinator);
    const view = await h.ok('plan.update', { activityId: A3, plannedEnd: '2021-03', decision: 'postponed' });
    expect(view).toMatchObject({
      decision: 'postponed',
      overdue: false,
      activity: { plannedEnd: { month: '2021-03', words: null } },
    });
    const group = await h.ok('group.get', { groupId: '2020-2021/VII' });
    expect(group.activities.find((a) => a.activity.id === A3)?.activity.plannedEnd.month).toBe('2021-03');
    expect(await h.err('plan.update', { activityId: '2020-2021/V/1', plannedEnd: '2021-03' })).toMatchObject({
      code: 'forbidden',
    });
    const before = await h.diskText();
    expect(await h.err('plan.update', { activityId: A3, plannedEnd: '2020-07' })).toEqual({
      code: 'invalid-form',
      i18nKey: 'errors:invalid-form',
      details: { plannedEnd: FIELD_ERRORS.planEndBeforeStart },
    });
    expect(await h.diskText()).toBe(before);
  });

  it('lets the secretariat record for any country, and no country at all', async () => {
    h = await use({ ...FOCAL_COL, role: 'secretariat', country: null, groups: [] });
    const { report } = await h.ok(
      'progress.save',
      progress({ activityId: '2020-2021/V/1', country: 'SLV', actualStart: '2020-03' }),
    );
    expect(report.country).toBe('SLV');
    const { entry } = await h.ok(
      'budget.add',
      budget({ groupId: '2020-2021/V', activityId: null, institution: 'unicef', source: 'UNICEF' }),
    );
    expect(entry.country).toBeNull();
  });
});

describe('budget', () => {
  beforeEach(async () => {
    h = await use();
  });

  it('adds entries, lists them with totals against planned contributions, and removes them', async () => {
    const { entry } = await h.ok('budget.add', budget({ amount: 0.1 }));
    await h.ok('budget.add', budget({ amount: 0.2, kind: 'commitment', activityId: null }));
    const list = await h.ok('budget.list', { groupId: '2020-2021/VII' });
    expect(list.canAdd).toBe(true);
    expect(list.entries).toHaveLength(2);
    expect(list.totals.byCurrency).toEqual([{ currency: 'USD', cents: 30 }]);
    expect(list.totals.execution).toEqual([
      { currency: 'USD', plannedCents: 0, committedCents: 20, executedCents: 10 },
    ]);
    const forActivity = await h.ok('budget.list', { groupId: '2020-2021/VII', activityId: A3 });
    expect(forActivity.entries.map((e) => e.id)).toEqual([entry.id]);
    await h.ok('budget.remove', { entryId: entry.id });
    expect((await h.ok('budget.list', { groupId: '2020-2021/VII' })).entries).toHaveLength(1);
    expect(await h.err('budget.remove', { entryId: entry.id })).toMatchObject({
      code: 'unknown-budget-entry',
    });
  });

  it('refuses bad amounts, foreign groups, mismatched activities and unknown institutions without writing', async () => {
    const before = await h.diskText();
    expect(await h.err('budget.add', budget({ amount: 10.005 }))).toMatchObject({
      code: 'invalid-form',
      details: { amount: FIELD_ERRORS.amountDecimals },
    });
    expect(await h.err('budget.add', budget({ groupId: '2020-2021/V', activityId: null }))).toMatchObject({
      code: 'forbidden',
    });
    expect(await h.err('budget.add', budget({ activityId: '2020-2021/V/1' }))).toMatchObject({
      code: 'unknown-activity',
    });
    expect(await h.err('budget.add', budget({ institution: 'nso-zzz' }))).toMatchObject({
      code: 'unknown-institution',
    });
    expect(await h.diskText()).toBe(before);
  });
});

describe('planned contributions', () => {
  const line = (over: Partial<Input<'contribution.save'>> = {}): Input<'contribution.save'> => ({
    groupId: '2020-2021/VII',
    source: 'OIM',
    institution: null,
    amount: 12000,
    currency: 'USD',
    form: 'monetary',
    purpose: 'Taller regional',
    ...over,
  });

  it("lets the coordinator add, change and remove lines of its group's financing, in its own language", async () => {
    h = await use({ ...FOCAL_COL, role: 'coordinator' });
    const { contribution } = await h.ok('contribution.save', line());
    expect(contribution).toMatchObject({
      source: { orig: 'es', es: 'OIM' },
      amount: 12000,
      currency: 'USD',
      purpose: { orig: 'es', es: 'Taller regional' },
    });
    await h.ok('contribution.save', line({ contributionId: contribution.id, amount: 15000.5 }));
    let group = await h.ok('group.get', { groupId: '2020-2021/VII' });
    expect(group.plannedTotals).toEqual([{ currency: 'USD', cents: 1_500_050 }]);
    await h.ok('contribution.remove', { groupId: '2020-2021/VII', contributionId: contribution.id });
    group = await h.ok('group.get', { groupId: '2020-2021/VII' });
    expect(group.group.contributions).toEqual([]);
  });

  it('refuses focal points, other groups, unknown lines and an amount without currency, without writing', async () => {
    h = await use();
    const before = await h.diskText();
    expect(await h.err('contribution.save', line())).toMatchObject({ code: 'forbidden' });
    expect(await h.diskText()).toBe(before);
    h = await use({ ...FOCAL_COL, role: 'coordinator' });
    const start = await h.diskText();
    expect(await h.err('contribution.save', line({ groupId: '2020-2021/V' }))).toMatchObject({
      code: 'forbidden',
    });
    expect(await h.err('contribution.save', line({ currency: null }))).toMatchObject({
      code: 'invalid-form',
      details: { currency: FIELD_ERRORS.currencyWithAmount },
    });
    expect(await h.err('contribution.save', line({ contributionId: 'VII-c9' }))).toMatchObject({
      code: 'unknown-contribution',
    });
    expect(
      await h.err('contribution.remove', { groupId: '2020-2021/VII', contributionId: 'VII-c9' }),
    ).toMatchObject({ code: 'unknown-contribution' });
    expect(await h.diskText()).toBe(start);
  });
});

describe('settings', () => {
  it('sets the identity on first run, keeps the installation id afterwards, and checks countries and groups', async () => {
    h = await use(null);
    expect(await h.ok('identity.get', {})).toBeNull();
    const input: Input<'identity.set'> = {
      name: 'João Silva',
      email: 'joao@ibge.gov.br',
      role: 'focal-point',
      country: 'BRA',
      groups: ['2020-2021/I'],
      lang: 'pt',
    };
    const first = await h.ok('identity.set', input);
    expect(first.installation).toMatch(/^[0-9a-f]{32}$/);
    const second = await h.ok('identity.set', { ...input, lang: 'en' });
    expect(second.installation).toBe(first.installation);
    await h.ok('language.set', { lang: 'fr' });
    expect((await h.ok('identity.get', {}))?.lang).toBe('fr');
    const before = await h.diskText();
    expect(await h.err('identity.set', { ...input, country: null })).toMatchObject({
      code: 'invalid-form',
      details: { country: FIELD_ERRORS.required },
    });
    expect(await h.err('identity.set', { ...input, country: 'USA' })).toMatchObject({
      code: 'unknown-country',
    });
    expect(await h.err('identity.set', { ...input, groups: ['2020-2021/XX'] })).toMatchObject({
      code: 'unknown-group',
    });
    expect(await h.diskText()).toBe(before);
  });

  it('lists backups and restores one', async () => {
    h = await use();
    // A restore point, as an import keeps one, then a report after it.
    await h.store.backup('manual');
    await h.ok('progress.save', progress());
    const backups = await h.ok('backups.list', {});
    expect(backups.length).toBeGreaterThan(0);
    const oldest = backups[backups.length - 1]!;
    expect(oldest).toEqual(
      expect.objectContaining({
        name: expect.any(String),
        createdAt: expect.any(String),
        size: expect.any(Number),
      }),
    );
    // The oldest backup is the restore point, from before the report.
    expect((await h.ok('activity.get', { activityId: A3 })).reports).toHaveLength(1);
    await h.ok('backups.restore', { name: oldest.name });
    expect((await h.ok('activity.get', { activityId: A3 })).reports).toHaveLength(0);
  });
});

/** Inputs that must be refused before any handler runs; a method missing here does not compile. */
const INVALID: Record<Method, unknown[]> = {
  'programmes.list': [{ extra: 1 }, 'x', [1]],
  'programme.get': [{}, { programmeId: '2020' }, { programmeId: 2020 }, { programmeId: '2020-2021', x: 1 }],
  'group.get': [{}, { groupId: 'VII' }, { groupId: '2020-2021/vii' }, { groupId: '2020-2021/VII/../..' }],
  'activity.get': [{}, { activityId: '2020-2021/VII' }, { activityId: null }],
  'plan.update': [
    { activityId: A3, plannedEnd: '2021-13' },
    { activityId: A3, decision: 'done' },
    { activityId: A3, text: 'x' },
  ],
  'programme.create': [
    {},
    { start: '2026-1', end: '2027-12', symbol: 'LC/CEA.13/5', titleEs: 'x', titleEn: 'x' },
    { start: '2026-01', end: '2027-12', symbol: 'LC/CEA.13/5', titleEs: 'x', titleEn: 'x', id: '2020-2021' },
    { start: '2026-01', end: '2027-12', symbol: 'x'.repeat(101), titleEs: 'x', titleEn: 'x' },
  ],
  'group.save': [
    {},
    {
      programmeId: '2026-2027',
      numeral: 'vii',
      lang: 'es',
      title: 't',
      theme: 't',
      generalObjective: 'o',
      specificObjectives: [],
      coordinators: ['MEX'],
      secretariats: [],
      members: [],
    },
    {
      programmeId: '2026-2027',
      numeral: 'I',
      lang: 'de',
      title: 't',
      theme: 't',
      generalObjective: 'o',
      specificObjectives: [],
      coordinators: ['MEX'],
      secretariats: [],
      members: [],
    },
    {
      programmeId: '2026-2027',
      numeral: 'I',
      lang: 'es',
      title: 't',
      theme: 't',
      generalObjective: 'o',
      specificObjectives: [],
      coordinators: ['mex'],
      secretariats: [],
      members: [],
    },
  ],
  'members.set': [
    {},
    { groupId: '2020-2021/VII', members: ['Mexico'] },
    { groupId: '2020-2021/VII', members: 'MEX' },
  ],
  'activity.save': [
    {},
    { groupId: '2020-2021/VII', lang: 'es', text: 'x'.repeat(4001), plannedStart: null, plannedEnd: null },
    { groupId: '2020-2021/VII', lang: 'es', text: 'x', plannedStart: '2026-13', plannedEnd: null },
    {
      groupId: '2020-2021/VII',
      activityId: '7',
      lang: 'es',
      text: 'x',
      plannedStart: null,
      plannedEnd: null,
    },
  ],
  'progress.save': [
    { ...progress(), percent: 101 },
    { ...progress(), percent: 12.5 },
    { ...progress(), status: 'finished' },
    { ...progress(), actualStart: '2020-8' },
    { ...progress(), reportDate: '2020-02-30x' },
    { ...progress(), evidence: [''] },
    { ...progress(), done: 'x'.repeat(20001) },
    { ...progress(), author: 'someone else' },
    (({ reportDate: _r, ...rest }) => rest)(progress()),
  ],
  'progress.correct': [
    { ...(({ activityId: _a, ...rest }) => rest)(progress()), reportId: '' },
    { ...(({ activityId: _a, ...rest }) => rest)(progress()), reportId: 'p-1', percent: 101 },
    { ...progress(), reportId: 'p-1' },
  ],
  'progress.withdraw': [{}, { reportId: '' }, { reportId: 'p-1', deleted: true }],
  'budget.list': [{}, { groupId: 7 }],
  'budget.add': [
    { ...budget(), amount: 0 },
    { ...budget(), amount: -5 },
    { ...budget(), amount: '12' },
    { ...budget(), amount: 1e13 },
    { ...budget(), currency: 'usd' },
    { ...budget(), kind: 'gift' },
    { ...budget(), source: '   ' },
    { ...budget(), date: '01/10/2020' },
  ],
  'budget.remove': [{}, { entryId: '' }, { entryId: 'x'.repeat(101) }],
  'contribution.save': [
    {
      groupId: '2020-2021/V',
      source: '',
      institution: null,
      amount: 10,
      currency: 'USD',
      form: 'monetary',
      purpose: '',
    },
    {
      groupId: '2020-2021/V',
      source: 'UNICEF',
      institution: null,
      amount: -10,
      currency: 'USD',
      form: 'monetary',
      purpose: '',
    },
    {
      groupId: '2020-2021/V',
      source: 'UNICEF',
      institution: null,
      amount: 10,
      currency: 'USD',
      form: 'gift',
      purpose: '',
    },
    {
      groupId: '2020-2021/V',
      contributionId: '../x',
      source: 'UNICEF',
      institution: null,
      amount: 10,
      currency: 'USD',
      form: 'monetary',
      purpose: '',
    },
  ],
  'contribution.remove': [{ groupId: '2020-2021/V' }, { groupId: '2020-2021/V', contributionId: 'a/b' }],
  'catalogue.get': [{ all: true }],
  'home.get': [{ role: 'secretariat' }, 'x'],
  'identity.get': [{ x: 1 }],
  'identity.set': [
    { name: '', email: 'a@b.co', role: 'focal-point', country: 'COL', groups: [], lang: 'es' },
    { name: 'A', email: 'not-an-email', role: 'focal-point', country: 'COL', groups: [], lang: 'es' },
    { name: 'A', email: 'a@b.co', role: 'director', country: 'COL', groups: [], lang: 'es' },
    { name: 'A', email: 'a@b.co', role: 'focal-point', country: 'COL', groups: [], lang: 'de' },
    {
      name: 'A',
      email: 'a@b.co',
      role: 'focal-point',
      country: 'COL',
      groups: [],
      lang: 'es',
      installation: 'ffffffffffffffff',
    },
  ],
  'language.set': [{ lang: 'it' }, {}],
  'settings.get': [{ dbFile: '/etc/passwd' }],
  'backups.list': [{ all: 1 }],
  'backups.restore': [{ name: '../cea.json' }, { name: '/etc/passwd' }, { name: 'a/b.json' }, { name: '' }],
  'sheet.html': [
    { lang: 'es', paper: 'a4' },
    { groupId: 'X', lang: 'de', paper: 'a4' },
    { groupId: 'X', lang: 'es', paper: 'a3' },
    { groupId: '../X', lang: 'es', paper: 'a4' },
  ],
  'sheet.pdf': [
    { country: 'col', lang: 'es', paper: 'a4' },
    { groupId: 'X', lang: 'es' },
  ],
  'report.docx': [{ groupId: 'X', lang: 'fr' }, { lang: 'es' }],
  'spreadsheet.xlsx': [
    { programmeId: '2020', lang: 'es' },
    { programmeId: '2020-2021', lang: 'es', out: '/etc/passwd' },
  ],
  'startup.status': [{ x: 1 }],
  'startup.restore': [{ name: '../cea.json' }, { name: '/etc/passwd' }, {}],
  'startup.open': [
    { file: '' },
    { file: 7 },
    { file: '/tmp/a\0.json' },
    { file: '/tmp/a.json', create: 'yes' },
    { file: '/tmp/a.json', path: '/x' },
  ],
  'programme.template': [{ lang: 'es' }, 'x'],
  'programme.exportWorkbook': [{}, { programmeId: '2020' }, { programmeId: '2020-2021', lang: 'es' }],
  'programme.importWorkbook': [
    {},
    { bytesBase64: 'UEsDBA==' },
    { bytesBase64: 'not base64!', dryRun: true },
    { bytesBase64: '', dryRun: true },
    { bytesBase64: 'A'.repeat(6 * 1024 * 1024), dryRun: false },
    { bytesBase64: 'UEsDBA==', dryRun: 'yes' },
  ],
  ...SYNC_INVALID,
  ...MEETING_INVALID,
};

describe('every method parses its input before it touches the store', () => {
  // One database for all of these: each case also proves that nothing before it wrote to the file.
  let shared: Harness;
  beforeAll(async () => {
    shared = await harness();
  });
  beforeEach(() => {
    h = shared;
  });
  afterAll(async () => {
    await shared.close();
  });

  it.each(METHODS)(
    '%s refuses malformed input with errors:invalid-input and changes nothing',
    async (method) => {
      const before = await h.diskText();
      const cases = INVALID[method];
      expect(cases.length).toBeGreaterThan(0);
      for (const input of cases) {
        const error = await h.err(method, input);
        expect(error.code, JSON.stringify(input).slice(0, 80)).toBe('invalid-input');
        expect(error.i18nKey).toBe('errors:invalid-input');
        expect(error.details).toMatchObject({ method, path: expect.any(String) });
      }
      expect(await h.diskText()).toBe(before);
    },
  );

  it('names the path of the broken field', async () => {
    expect(await h.err('progress.save', { ...progress(), percent: 101 })).toMatchObject({
      details: { path: 'percent' },
    });
  });

  it('turns an unknown method into an error value', async () => {
    expect(await h.err('fs.delete', {})).toMatchObject({
      code: 'unknown-method',
      i18nKey: 'errors:unknown-method',
    });
    expect(await h.err('__proto__', {})).toMatchObject({ code: 'unknown-method' });
    expect(await h.err('toString', {})).toMatchObject({ code: 'unknown-method' });
    expect(await h.err(42, {})).toMatchObject({ code: 'unknown-method' });
  });

  it('turns a bug into errors:internal, logged, without its message reaching the renderer', async () => {
    const log = vi.fn();
    const dispatch = createDispatch(
      {
        ...createHandlers(h.store, h.ctx),
        'catalogue.get': async () => {
          throw new TypeError('secret path /home/x');
        },
      },
      { log },
    );
    expect(await dispatch('catalogue.get', {})).toEqual({
      ok: false,
      error: { code: 'internal', i18nKey: 'errors:internal' },
    });
    expect(log).toHaveBeenCalledWith('handler catalogue.get failed', expect.any(TypeError));
  });
});
