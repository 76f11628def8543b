import { afterEach, describe, expect, it, vi } from 'vitest';
import { readWorkbook } from '../../electron/workbook/read';
import type { Input } from '../../shared/api';
import type { Identity } from '../../shared/model/records';
import { deriveState } from '../../shared/state';
import { filled, PROGRAMME_2026 } from '../workbook/fill';
import { FOCAL_COL, harness, type Harness } from './harness';

const SECRETARIAT: Identity = {
  name: 'Rolando Ocampo',
  email: 'rolando.ocampo@cepal.org',
  role: 'secretariat',
  country: null,
  groups: [],
  lang: 'es',
  installation: 'f0e1d2c3b4a59687',
};

const opened: Harness[] = [];
async function use(identity: Identity): Promise<Harness> {
  const h = await harness(identity);
  opened.push(h);
  return h;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((h) => h.close()));
});

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const WORKBOOK = base64(await filled(PROGRAMME_2026));
const importing = (bytesBase64: string, dryRun: boolean): Input<'programme.importWorkbook'> => ({
  bytesBase64,
  dryRun,
});
const programmeIn = (h: Harness, id: string) =>
  deriveState(h.store.read()).programmes.find((p) => p.id === id);

describe('importing a programme workbook', () => {
  it('previews what it would create and changes nothing', async () => {
    const h = await use(SECRETARIAT);
    const before = await h.diskText();
    const r = await h.ok('programme.importWorkbook', importing(WORKBOOK, true));
    expect(r).toEqual({
      status: 'preview',
      preview: {
        programme: {
          id: '2026-2027',
          start: '2026-01',
          end: '2027-12',
          symbol: 'LC/CEA.13/5',
          title: { orig: 'es', es: 'Programa bienal 2026-2027', en: 'Biennial programme 2026-2027' },
        },
        groups: [
          { numeral: 'I', activities: 2, contributions: 1, coordinators: ['MEX'], members: ['COL', 'CHL'] },
          { numeral: 'II', activities: 1, contributions: 1, coordinators: ['BRA', 'PER'], members: [] },
        ],
        activities: 3,
        contributions: 2,
      },
    });
    expect(await h.diskText()).toBe(before);
    expect(programmeIn(h, '2026-2027')).toBeUndefined();
  });

  it('creates the programme in one save, with its groups, activities, contributions and members', async () => {
    const h = await use(SECRETARIAT);
    const commit = vi.spyOn(h.store, 'commit');
    const r = await h.ok('programme.importWorkbook', importing(WORKBOOK, false));
    expect(r.status).toBe('created');
    expect(commit).toHaveBeenCalledTimes(1);
    expect(commit.mock.calls[0]![0].map((c) => c.entity)).toEqual([
      'programme',
      'group',
      'activity',
      'activity',
      'contribution',
      'group',
      'activity',
      'contribution',
    ]);
    const list = await h.ok('programmes.list', {});
    expect(list.find((p) => p.id === '2026-2027')).toMatchObject({ groupCount: 2, symbol: 'LC/CEA.13/5' });
    const { group } = await h.ok('group.get', { groupId: '2026-2027/I' });
    expect(group).toMatchObject({
      coordinators: [{ country: 'MEX', institution: 'nso-mex' }],
      members: ['COL', 'CHL'],
      secretariats: ['eclac-gender', 'eclac-statistics'],
    });
    expect(group.activities.map((a) => [a.id, a.plannedStart.month, a.plannedEnd.month])).toEqual([
      ['2026-2027/I/1', '2026-03', '2026-11'],
      ['2026-2027/I/2', null, null],
    ]);
    expect(group.contributions).toMatchObject([{ id: 'c1', amount: 140000, currency: 'USD' }]);
    // The database on disk holds it too, after a reopen would replay the journal.
    expect((await h.onDisk()).ops.filter((o) => o.key.startsWith('2026-2027'))).toHaveLength(8);
  });

  it('refuses a workbook with errors as a list of cells, leaving the files as they were', async () => {
    const h = await use(SECRETARIAT);
    const before = await h.diskText();
    const bad = await filled({
      ...PROGRAMME_2026,
      activities: [
        ...PROGRAMME_2026.activities!,
        ['I', '3', 'es', 'Seminario', '2027-01', '2027-13', null, null],
      ],
    });
    for (const dryRun of [true, false]) {
      const r = await h.ok('programme.importWorkbook', importing(base64(bad), dryRun));
      expect(r).toEqual({
        status: 'refused',
        errors: [
          {
            i18nKey: 'errors:workbook.not-a-month',
            details: expect.objectContaining({
              sheet: 'activities',
              row: 5,
              column: 'planned_end',
              value: '2027-13',
            }),
          },
        ],
      });
    }
    expect(await h.diskText()).toBe(before);
  });

  it('refuses a programme already held', async () => {
    const h = await use(SECRETARIAT);
    await h.ok('programme.importWorkbook', importing(WORKBOOK, false));
    const before = await h.diskText();
    const again = await h.ok('programme.importWorkbook', importing(WORKBOOK, false));
    expect(again).toMatchObject({
      status: 'refused',
      errors: [
        { i18nKey: 'errors:programme.exists', details: { sheet: 'programme', row: 2, column: 'start' } },
      ],
    });
    expect(await h.diskText()).toBe(before);
  });

  it('refuses a focal point, even for a preview, and changes nothing', async () => {
    const h = await use(FOCAL_COL);
    const before = await h.diskText();
    for (const dryRun of [true, false])
      expect(await h.err('programme.importWorkbook', importing(WORKBOOK, dryRun))).toEqual({
        code: 'forbidden',
        i18nKey: 'errors:not-secretariat',
      });
    expect(await h.diskText()).toBe(before);
  });

  it('refuses a file that is not a workbook with one message', async () => {
    const h = await use(SECRETARIAT);
    expect(
      await h.err('programme.importWorkbook', importing(base64(Buffer.from('PK not really')), true)),
    ).toEqual({ code: 'workbook-not-a-workbook', i18nKey: 'errors:workbook.not-a-workbook' });
  });
});

describe('exporting a programme to the workbook', () => {
  /**
   * What the workbook carries is what a programme entered by the secretariat holds, so an entered
   * programme comes back equal. A shipped programme also has what only its document gives and no
   * workbook column holds: versions, the source document, provenance, footnotes, sections and
   * sub-items of activities, background, expected impact, financing paragraphs, notes on objectives,
   * references, the form note of a contribution, and each text's translations besides its original
   * (the programme's title keeps Spanish and English).
   */
  it('and importing it into a fresh installation gives the same programme', async () => {
    const a = await use(SECRETARIAT);
    await a.ok('programme.importWorkbook', importing(WORKBOOK, false));
    const out = await a.ok('programme.exportWorkbook', { programmeId: '2026-2027' });
    expect(out.fileName).toBe('programme-2026-2027.xlsx');
    const b = await use(SECRETARIAT);
    expect(await b.ok('programme.importWorkbook', importing(out.base64, false))).toMatchObject({
      status: 'created',
    });
    expect(programmeIn(b, '2026-2027')).toEqual(programmeIn(a, '2026-2027'));
  });

  it('gives the same programme for one entered by the forms', async () => {
    const a = await use(SECRETARIAT);
    await a.ok('programme.create', {
      start: '2028-01',
      end: '2029-12',
      symbol: 'LC/CEA.14/5',
      titleEs: 'Programa 2028-2029',
      titleEn: 'Programme 2028-2029',
    });
    await a.ok('group.save', {
      programmeId: '2028-2029',
      numeral: 'III',
      lang: 'fr',
      title: 'Groupe de travail',
      theme: 'Statistiques',
      generalObjective: 'Objectif général',
      specificObjectives: ['Premier', 'Second'],
      coordinators: ['HTI'],
      secretariats: ['eclac-statistics'],
      members: ['JAM'],
    });
    await a.ok('activity.save', {
      groupId: '2028-2029/III',
      lang: 'fr',
      text: 'Atelier',
      plannedStart: '2028-02',
      plannedEnd: null,
    });
    const out = await a.ok('programme.exportWorkbook', { programmeId: '2028-2029' });
    const b = await use(SECRETARIAT);
    await b.ok('programme.importWorkbook', importing(out.base64, false));
    const entered = programmeIn(a, '2028-2029');
    expect(entered?.groups[0]?.objectives).toHaveLength(3);
    expect(entered?.groups[0]?.activities).toHaveLength(1);
    expect(programmeIn(b, '2028-2029')).toEqual(entered);
  });

  it('writes a shipped programme that reads back whole: 11 groups, 91 activities, their dates', async () => {
    const h = await use(SECRETARIAT);
    const out = await h.ok('programme.exportWorkbook', { programmeId: '2020-2021' });
    const db = h.store.read();
    const r = await readWorkbook(Buffer.from(out.base64, 'base64'), {
      countries: db.countries,
      institutions: db.institutions,
      heldProgrammes: [],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 5)));
    const shipped = programmeIn(h, '2020-2021')!;
    expect(r.plan.groups.map((g) => g.numeral)).toEqual(shipped.groups.map((g) => g.numeral));
    expect(
      r.plan.groups.flatMap((g) =>
        g.activities.map((a) => [a.number, a.plannedStart.month, a.plannedEnd.month]),
      ),
    ).toEqual(
      shipped.groups.flatMap((g) =>
        g.activities.map((a) => [a.number, a.plannedStart.month, a.plannedEnd.month]),
      ),
    );
    expect(r.plan.groups.flatMap((g) => g.activities)).toHaveLength(91);
    // Financing lines and membership come back as held, but for the form notes no column carries.
    const lines = (
      gs: { contributions: { id: string; amount: number | null; currency: string | null }[] }[],
    ) => gs.flatMap((g) => g.contributions.map((c) => [c.id, c.amount, c.currency]));
    expect(lines(r.plan.groups)).toEqual(lines(shipped.groups));
    expect(r.plan.groups.map((g) => [g.coordinators, g.members, g.secretariats])).toEqual(
      shipped.groups.map((g) => [g.coordinators, g.members, g.secretariats]),
    );
  });

  it('refuses an unknown programme', async () => {
    const h = await use(SECRETARIAT);
    expect(await h.err('programme.exportWorkbook', { programmeId: '2040-2041' })).toMatchObject({
      code: 'unknown-programme',
    });
  });

  it('offers the template to anyone', async () => {
    const h = await use(FOCAL_COL);
    expect(await h.ok('programme.template', {})).toMatchObject({ fileName: 'programme-template.xlsx' });
  });
});
