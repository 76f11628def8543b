import { randomBytes } from 'node:crypto';
import { createDispatch, createHandlers } from '../../electron/handlers';
import type { HandlerContext } from '../../electron/handlers';
import type { Store } from '../../electron/store';
import type { Input, Method, Output } from '../../shared/api';
import type { AppError } from '../../shared/errors';
import { installation, tempDir } from '../bundle/installations';

/** The handlers over a real installation, on 1 December 2026 unless told: what a screen or the CLI calls. */
function client(store: Store, today = new Date(2026, 11, 1)) {
  const ctx: HandlerContext = {
    today: () => today,
    now: () => Date.now(),
    randomHex: () => randomBytes(16).toString('hex'),
    version: '0.1.0-test',
    log: () => undefined,
  };
  const dispatch = createDispatch(createHandlers(store, ctx), ctx);
  return {
    async ok<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
      const r = await dispatch(method, input);
      if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
      return r.data as Output<M>;
    },
    async err<M extends Method>(method: M, input: Input<M>): Promise<AppError> {
      const r = await dispatch(method, input);
      if (r.ok) throw new Error(`${method} unexpectedly succeeded`);
      return r.error;
    },
  };
}

const PROGRAMME: Input<'programme.create'> = {
  start: '2026-01',
  end: '2027-12',
  symbol: 'LC/CEA.13/5',
  titleEs: 'Programa bienal de actividades de cooperación regional e internacional 2026-2027',
  titleEn: 'Biennial programme of regional and international cooperation activities 2026-2027',
};

const group = (numeral: string, over: Partial<Input<'group.save'>> = {}): Input<'group.save'> => ({
  programmeId: '2026-2027',
  numeral,
  lang: 'es',
  title: `Grupo de trabajo ${numeral}`,
  theme: 'Estadísticas de género',
  generalObjective: 'Fortalecer la producción de estadísticas de género en la región.',
  specificObjectives: ['Elaborar una guía regional.', ''],
  coordinators: ['MEX'],
  secretariats: ['eclac-statistics'],
  members: ['COL', 'CHL'],
  ...over,
});

const open: Store[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

async function cast() {
  const dir = tempDir();
  const sec = await installation(dir, { role: 'secretariat', country: null, groups: [] });
  const col = await installation(dir, { role: 'focal-point', country: 'COL', groups: [] });
  const arg = await installation(dir, { role: 'focal-point', country: 'ARG', groups: [] });
  const mex = await installation(dir, { role: 'coordinator', country: 'MEX', groups: ['2026-2027/I'] });
  open.push(sec, col, arg, mex);
  return { sec, col, arg, mex, dir };
}

const fileOf = (out: Output<'bundle.export'>) => ({ name: out.fileName, bytesBase64: out.base64 });

/** Sends one installation's bundle of the new programme to others, trusting its key. */
async function send(from: Store, to: Store[]) {
  const out = await client(from).ok('bundle.export', { programmeId: '2026-2027' });
  for (const store of to)
    await client(store).ok('bundle.import', {
      files: [fileOf(out)],
      trustNew: true,
    });
  return out;
}

describe('a new biennium entered by the secretariat', () => {
  it('travels to a member focal point, who reports on it, while a non-member is told which group refused her', async () => {
    const { sec, col, arg } = await cast();
    const s = client(sec);
    await s.ok('programme.create', PROGRAMME);
    const i = await s.ok('group.save', group('I'));
    expect(i).toMatchObject({
      id: '2026-2027/I',
      coordinators: [{ country: 'MEX', institution: 'nso-mex' }],
    });
    expect(i.members).toEqual(['COL', 'CHL']);
    expect(i.objectives.map((o) => o.kind)).toEqual(['general', 'specific']);
    await s.ok('group.save', group('II', { coordinators: ['BRA'], members: [] }));
    const first = await s.ok('activity.save', {
      groupId: '2026-2027/I',
      lang: 'es',
      text: 'Taller regional sobre uso del tiempo',
      plannedStart: '2026-03',
      plannedEnd: '2026-11',
    });
    expect(first.id).toBe('2026-2027/I/1');
    const second = await s.ok('activity.save', {
      groupId: '2026-2027/I',
      lang: 'es',
      text: 'Guía regional',
      plannedStart: '2027-01',
      plannedEnd: '2027-10',
    });
    expect(second.id).toBe('2026-2027/I/2');
    // A date the programme gives as a condition keeps its words, in the language they were typed in.
    const third = await s.ok('activity.save', {
      groupId: '2026-2027/I',
      lang: 'es',
      text: 'Seminario de cierre',
      plannedStart: null,
      plannedEnd: null,
      startWords: 'Seis meses después del taller',
    });
    expect(third.plannedStart).toEqual({
      month: null,
      words: { orig: 'es', es: 'Seis meses después del taller' },
    });
    expect(third.plannedEnd).toEqual({ month: null, words: null });
    const list = await s.ok('programmes.list', {});
    expect(list[0]).toMatchObject({ id: '2026-2027', groupCount: 2 });

    await send(sec, [col, arg]);
    const c = client(col);
    const home = await c.ok('home.get', {});
    expect(home.programme).toMatchObject({ id: '2026-2027', closed: false });
    expect(home.myGroups.map((g) => g.numeral)).toEqual(['I']);
    await c.ok('progress.save', {
      activityId: '2026-2027/I/1',
      status: 'in-progress',
      percent: 40,
      actualStart: '2026-03',
      actualEnd: null,
      done: 'Se celebró la primera sesión del taller.',
      obstacles: '',
      nextSteps: '',
      evidence: [],
      reportDate: '2026-11-30',
    });

    const refused = await client(arg).err('progress.save', {
      activityId: '2026-2027/I/1',
      status: 'in-progress',
      percent: 10,
      actualStart: '2026-03',
      actualEnd: null,
      done: 'x',
      obstacles: '',
      nextSteps: '',
      evidence: [],
      reportDate: '2026-11-30',
    });
    expect(refused).toMatchObject({
      code: 'forbidden',
      i18nKey: 'errors:not-member',
      details: { group: 'I', country: 'Argentina', title: 'Grupo de trabajo I' },
    });

    // The member's report reaches the secretariat.
    await send(col, [sec]);
    const back = await s.ok('activity.get', { activityId: '2026-2027/I/1' });
    expect(back.reports.map((r) => r.country)).toEqual(['COL']);
  });

  it('lets only the secretariat enter programmes, groups and members, and coordinators keep their plan', async () => {
    const { sec, col, mex } = await cast();
    expect(await client(col).err('programme.create', PROGRAMME)).toMatchObject({
      i18nKey: 'errors:not-secretariat',
    });
    const s = client(sec);
    await s.ok('programme.create', PROGRAMME);
    expect(await s.err('programme.create', PROGRAMME)).toMatchObject({
      code: 'invalid-form',
      details: { start: 'errors:programme.exists' },
    });
    expect(await s.err('programme.create', { ...PROGRAMME, start: '2028-01', end: '2028-12' })).toMatchObject(
      {
        details: { end: 'errors:programme.years' },
      },
    );
    expect(await s.err('group.save', group('I', { title: ' ', coordinators: [] }))).toMatchObject({
      details: { title: 'errors:field.required', coordinators: 'errors:field.required' },
    });
    expect(await s.err('group.save', group('I', { coordinators: ['XXX'] }))).toMatchObject({
      code: 'invalid-operation',
    });
    await s.ok('group.save', group('I'));
    await s.ok('group.save', group('III', { coordinators: ['CHL'] }));
    await send(sec, [mex]);

    const m = client(mex);
    expect(await m.err('members.set', { groupId: '2026-2027/I', members: ['ARG'] })).toMatchObject({
      i18nKey: 'errors:not-secretariat',
    });
    const added = await m.ok('activity.save', {
      groupId: '2026-2027/I',
      lang: 'es',
      text: 'Encuesta de uso del tiempo',
      plannedStart: '2026-06',
      plannedEnd: '2027-06',
    });
    const corrected = await m.ok('activity.save', {
      groupId: '2026-2027/I',
      activityId: added.id,
      lang: 'es',
      text: 'Encuesta regional de uso del tiempo',
      plannedStart: '2026-06',
      plannedEnd: '2027-06',
    });
    expect(corrected.text.es).toBe('Encuesta regional de uso del tiempo');
    expect(
      await m.err('activity.save', {
        groupId: '2026-2027/III',
        lang: 'es',
        text: 'x',
        plannedStart: null,
        plannedEnd: null,
      }),
    ).toMatchObject({ i18nKey: 'errors:not-coordinator', details: { group: 'III' } });
    expect(
      await m.err('activity.save', {
        groupId: '2026-2027/I',
        lang: 'es',
        text: 'x',
        plannedStart: '2027-01',
        plannedEnd: '2026-01',
      }),
    ).toMatchObject({ details: { plannedEnd: 'errors:plan.end-before-start' } });

    // The secretariat takes the coordinator's plan; the secretariat's own record of membership travels back.
    await send(mex, [sec]);
    expect(
      (await s.ok('group.get', { groupId: '2026-2027/I' })).activities.map((a) => a.activity.text.es),
    ).toContain('Encuesta regional de uso del tiempo');
    await s.ok('members.set', { groupId: '2020-2021/VII', members: ['PER'] });
    expect((await s.ok('group.get', { groupId: '2020-2021/VII' })).group.members).toEqual(['PER']);
  });

  it('takes in one import the bundle that creates a group and a coordinator bundle adding an activity to it', async () => {
    const { sec, mex, dir } = await cast();
    await client(sec).ok('programme.create', PROGRAMME);
    await client(sec).ok('group.save', group('I'));
    const created = await send(sec, [mex]);
    await client(mex).ok('activity.save', {
      groupId: '2026-2027/I',
      lang: 'es',
      text: 'Encuesta de uso del tiempo',
      plannedStart: '2026-06',
      plannedEnd: '2027-06',
    });
    const added = await client(mex).ok('bundle.export', { programmeId: '2026-2027' });
    // A second secretariat installation, which has neither, receives both in one import.
    const other = await installation(dir, { role: 'secretariat', country: null, groups: [], name: 'Sede' });
    open.push(other);
    const o = client(other);
    await o.ok('bundle.import', { files: [fileOf(created), fileOf(added)], trustNew: true });
    const i = await o.ok('group.get', { groupId: '2026-2027/I' });
    expect(i.activities.map((a) => a.activity.text.es)).toEqual(['Encuesta de uso del tiempo']);
  });

  it('a restore between entering the programme and sending it loses only what the user chose, and the next bundle arrives', async () => {
    const { sec, col } = await cast();
    const s = client(sec);
    await s.ok('programme.create', PROGRAMME);
    await s.ok('group.save', group('I'));
    await send(sec, [col]);
    await sec.backup('manual');
    const [backup] = await s.ok('backups.list', {});
    await s.ok('group.save', group('II', { coordinators: ['BRA'] }));
    await s.ok('backups.restore', { name: backup!.name });
    await s.ok('group.save', group('III', { coordinators: ['CHL'] }));
    await send(sec, [col]);
    const programme = await client(col).ok('programme.get', { programmeId: '2026-2027' });
    expect(programme.programme.groups.map((g) => g.numeral)).toEqual(['I', 'III']);
  });

  it('a focal point whose computer says mid-2025 still sees the 2026–2027 programme and reports on it', async () => {
    const { sec, col } = await cast();
    const s = client(sec);
    await s.ok('programme.create', PROGRAMME);
    await s.ok('group.save', group('I'));
    await s.ok('activity.save', {
      groupId: '2026-2027/I',
      lang: 'es',
      text: 'Taller regional',
      plannedStart: '2026-03',
      plannedEnd: '2026-11',
    });
    await send(sec, [col]);
    const c = client(col, new Date(2025, 5, 1));
    expect((await c.ok('programmes.list', {})).map((p) => p.id)).toContain('2026-2027');
    const home = await c.ok('home.get', {});
    // 2026–2027 has not started by her clock: the current programme is the latest that has, shown as closed.
    expect(home.programme).toMatchObject({ id: '2020-2021', closed: true });
    await c.ok('progress.save', {
      activityId: '2026-2027/I/1',
      status: 'not-started',
      percent: 0,
      actualStart: null,
      actualEnd: null,
      done: '',
      obstacles: '',
      nextSteps: 'Preparar el taller.',
      evidence: [],
      reportDate: '2025-06-01',
    });
    await send(col, [sec]);
    const back = await s.ok('activity.get', { activityId: '2026-2027/I/1' });
    expect(back.reports.map((r) => r.country)).toEqual(['COL']);
  });
});
