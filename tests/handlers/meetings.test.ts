import type { Identity } from '../../shared/model/records';
import { scopeViolations } from '../../shared/sync/scope';
import { buildActivityReport } from '../../shared/report/activityReport';
import { sourceFromDatabase } from '../../shared/report/source';
import { FOCAL_COL, harness, type Harness } from './harness';
import { meeting } from './meetingInputs';

const SECRETARIAT: Identity = {
  ...FOCAL_COL,
  name: 'CEPAL',
  role: 'secretariat',
  country: null,
  groups: [],
  installation: 'b1b2c3d4e5f60718',
};
const COORDINATOR_ARG: Identity = {
  ...FOCAL_COL,
  name: 'INDEC',
  role: 'coordinator',
  country: 'ARG',
  groups: ['2009-2011/MDG'],
  installation: 'c1b2c3d4e5f60718',
};

let h: Harness;
afterEach(async () => h.close());

describe('recording meetings', () => {
  it('a focal point records a meeting of its group for its own country; the group lists it', async () => {
    h = await harness();
    const { meeting: saved } = await h.ok('meeting.save', meeting());
    expect(saved).toMatchObject({
      country: 'COL',
      group: '2020-2021/VII',
      title: { orig: 'es', es: 'Taller virtual sobre el cuestionario de capacidades' },
      author: { name: 'Ana Pérez', role: 'focal-point' },
    });
    const list = await h.ok('meetings.list', { groupId: '2020-2021/VII' });
    expect(list.canRecord).toBe(true);
    expect(list.meetings.map((m) => m.id)).toEqual([saved.id]);
    expect(list.editable).toEqual([saved.id]);
    // Saved durably, as an operation of the meeting entity.
    expect(
      (await h.onDisk()).ops.filter((op) => op.entity === 'meeting' && op.key === saved.id),
    ).toHaveLength(1);
  });

  it('refuses a group the focal point is not in, another country, and a meeting that ends before it starts, leaving the files as they were', async () => {
    h = await harness();
    const before = await h.diskText();
    expect(await h.err('meeting.save', meeting({ groupId: '2020-2021/II', activities: [] }))).toMatchObject({
      code: 'forbidden',
    });
    expect(await h.err('meeting.save', meeting({ country: 'MEX' }))).toMatchObject({
      code: 'forbidden',
      i18nKey: 'errors:forbidden-country',
    });
    expect(await h.err('meeting.save', meeting({ end: '2020-10-05' }))).toMatchObject({
      code: 'invalid-form',
      details: { end: 'errors:meeting.end-before-start' },
    });
    expect(await h.err('meeting.save', meeting({ activities: ['2020-2021/II/1'] }))).toMatchObject({
      code: 'invalid-form',
      details: { serves: 'errors:meeting.not-in-group' },
    });
    expect(await h.err('meeting.save', meeting({ title: '  ' }))).toMatchObject({
      code: 'invalid-form',
      details: { title: 'errors:field.required' },
    });
    expect(await h.diskText()).toBe(before);
  });

  it('lets nobody but Argentina and the secretariat correct the meetings the 2011 report describes', async () => {
    h = await harness(COORDINATOR_ARG);
    const seeded = await h.ok('meetings.list', { groupId: '2009-2011/MDG' });
    expect(seeded.meetings).toHaveLength(8);
    expect(seeded.editable).toHaveLength(8);
    const lima = seeded.meetings.find((m) => m.title.es?.startsWith('Reunión de Directores de Estadística'))!;
    const { meeting: corrected } = await h.ok('meeting.save', {
      ...meeting({ groupId: '2009-2011/MDG', activities: [], objectives: ['2009-2011/MDG/objective-5'] }),
      meetingId: lima.id,
    });
    expect(corrected).toMatchObject({ id: lima.id, country: 'ARG' });
    const after = await h.ok('meetings.list', { groupId: '2009-2011/MDG' });
    expect(after.meetings.find((m) => m.id === lima.id)?.provenance).toBeNull();
    await h.close();
    h = await harness({ ...FOCAL_COL, groups: ['2009-2011/MDG'] });
    const theirs = await h.ok('meetings.list', { groupId: '2009-2011/MDG' });
    expect(theirs.editable).toEqual([]);
    expect(await h.err('meeting.delete', { meetingId: theirs.meetings[0]!.id })).toMatchObject({
      code: 'forbidden',
    });
  });

  it('the secretariat records on behalf of a country and deletes a meeting; the deletion is an operation', async () => {
    h = await harness(SECRETARIAT);
    const { meeting: saved } = await h.ok('meeting.save', meeting({ country: 'MEX' }));
    expect(saved.country).toBe('MEX');
    await h.ok('meeting.delete', { meetingId: saved.id });
    expect((await h.ok('meetings.list', { groupId: '2020-2021/VII' })).meetings).toEqual([]);
    expect(await h.err('meeting.delete', { meetingId: saved.id })).toMatchObject({ code: 'unknown-meeting' });
  });

  it('the activity report of the group lists a meeting a focal point recorded', async () => {
    h = await harness();
    await h.ok('meeting.save', meeting());
    const report = buildActivityReport(
      sourceFromDatabase(h.store.read(), h.store.state()),
      '2020-2021/VII',
      'es',
      new Date(Date.UTC(2020, 9, 15)),
    );
    expect(report.meetings.held).toEqual([
      expect.objectContaining({
        title: 'Taller virtual sobre el cuestionario de capacidades',
        place: 'Bogotá',
        dates: '6–7 de octubre de 2020',
        countries: ['Chile', 'Colombia', 'México'],
        serves: ['3'],
      }),
    ]);
  });
});

describe('a bundle carrying meeting records', () => {
  it('is scoped like progress: the signer’s own country, in its groups', async () => {
    h = await harness();
    await h.ok('meeting.save', meeting());
    const db = h.store.read();
    const ops = db.ops.filter((op) => op.entity === 'meeting' && op.site === FOCAL_COL.installation);
    const signer = {
      role: 'focal-point' as const,
      country: 'COL',
      groups: ['2020-2021/VII'],
      installation: FOCAL_COL.installation,
    };
    const context = { programme: '2020-2021', programmes: db.programmes, localOps: [] };
    expect(scopeViolations(signer, ops, context)).toEqual([]);
    // The same operation carried by a Mexican signer, a meeting said to be Mexico's, or one moved into a group
    // the signer is not in, is refused.
    expect(scopeViolations({ ...signer, country: 'MEX' }, ops, context).map((v) => v.reason)).toEqual([
      'foreign-author',
    ]);
    const mexican = ops.map((op) => ({ ...op, fields: { ...op.fields, country: 'MEX' } }));
    expect(scopeViolations(signer, mexican, context).map((v) => v.reason)).toEqual(['other-country']);
    const moved = ops.map((op) => ({ ...op, fields: { ...op.fields, group: '2020-2021/II' } }));
    expect(scopeViolations(signer, moved, context).map((v) => v.reason)).toEqual(['not-member']);
  });
});
