import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api';
import type { Identity } from '../../shared/model/records';
import { FOCAL_COL, harness, type Harness } from '../handlers/harness';

const SECRETARIAT: Identity = {
  name: 'División de Estadísticas',
  email: 'estadisticas@cepal.org',
  role: 'secretariat',
  country: null,
  groups: [],
  lang: 'es',
  installation: '5ec5ec5ec5ec5ec5',
};

let focal: Harness;
let sec: Harness;
beforeAll(async () => {
  focal = await harness(FOCAL_COL);
  sec = await harness(SECRETARIAT);
});
afterAll(async () => {
  await focal.close();
  await sec.close();
});

const progress: Input<'progress.save'> = {
  activityId: '2020-2021/VII/3',
  status: 'in-progress',
  percent: 40,
  actualStart: '2020-03',
  actualEnd: null,
  done: 'Questionnaire piloted',
  obstacles: '',
  nextSteps: '',
  evidence: [],
  reportDate: '2020-10-15',
};

describe('sync methods', () => {
  it('export gives bytes to save; import takes file contents, asks for trust first, and reports what came in', async () => {
    const { report } = await focal.ok('progress.save', progress);
    const exported = await focal.ok('bundle.export', {});
    expect(exported).toMatchObject({ seq: 1, ops: 1, consolidated: false, secretariatEmail: null });
    const files = [{ name: exported.fileName, bytesBase64: exported.base64 }];

    const before = await sec.diskText();
    const untrusted = await sec.err('bundle.import', { files });
    expect(untrusted).toMatchObject({
      code: 'bundle-unknown-signer',
      i18nKey: 'sync:errors.unknown-signer',
      details: { fingerprint: exported.fingerprint, file: exported.fileName },
    });
    expect(await sec.diskText()).toBe(before);

    const imported = await sec.ok('bundle.import', { files, trustNew: true });
    expect(imported.files[0]).toMatchObject({
      status: 'imported',
      new: 1,
      known: 0,
      conflicts: 0,
      newSigner: true,
      sender: { country: 'COL' },
    });
    expect((await sec.ok('bundle.history', {}))[0]).toMatchObject({
      direction: 'received',
      file: exported.fileName,
      new: 1,
    });

    // The secretariat returns the report with a comment; the consolidated bundle takes it back.
    expect(
      await focal.err('review.set', { reportId: report.id, decision: 'accepted', comment: '' }),
    ).toMatchObject({ code: 'forbidden' });
    await sec.ok('review.set', {
      reportId: report.id,
      decision: 'returned',
      comment: 'Add the questionnaire as evidence.',
    });
    const consolidated = await sec.ok('bundle.export', { programmeId: '2020-2021' });
    expect(consolidated.consolidated).toBe(true);
    await focal.ok('bundle.import', {
      files: [{ name: consolidated.fileName, bytesBase64: consolidated.base64 }],
      trustNew: true,
    });
    const activity = await focal.ok('activity.get', { activityId: '2020-2021/VII/3' });
    expect(activity.reports[0]?.review).toMatchObject({
      decision: 'returned',
      comment: 'Add the questionnaire as evidence.',
    });
    expect(await focal.ok('bundle.outbox', {})).toMatchObject({
      unsent: 0,
      secretariatEmail: 'estadisticas@cepal.org',
      recipients: [],
    });
    expect((await focal.ok('bundle.export', { all: true })).secretariatEmail).toBe('estadisticas@cepal.org');
    expect((await sec.ok('bundle.outbox', {})).recipients).toEqual([
      { name: 'Ana Pérez', email: expect.any(String), country: 'COL' },
    ]);
  });

  it('refuses to export an empty bundle of changes, saying there is nothing new, and counts what waits to be sent', async () => {
    const before = await focal.diskText();
    expect(await focal.err('bundle.export', {})).toMatchObject({
      code: 'bundle-nothing-new',
      i18nKey: 'sync:errors.nothing-new',
    });
    expect(await focal.diskText()).toBe(before);
    await focal.ok('progress.save', progress);
    const outbox = await focal.ok('bundle.outbox', {});
    expect(outbox.unsent).toBe(1);
    expect(outbox.fingerprint).toMatch(/^([0-9A-F]{4} ){9}[0-9A-F]{4}$/);
    expect((await focal.ok('bundle.export', {})).fingerprint).toBe(outbox.fingerprint);
    expect((await focal.ok('bundle.outbox', {})).unsent).toBe(0);
  });

  it('refuses to return a report without a comment saying what to fix', async () => {
    const { report } = await focal.ok('progress.save', progress);
    const exported = await focal.ok('bundle.export', {});
    await sec.ok('bundle.import', {
      files: [{ name: exported.fileName, bytesBase64: exported.base64 }],
      trustNew: true,
    });
    const before = await sec.diskText();
    expect(
      await sec.err('review.set', { reportId: report.id, decision: 'returned', comment: '   ' }),
    ).toMatchObject({
      code: 'invalid-form',
      details: { comment: 'errors:review.return-needs-comment' },
    });
    expect(await sec.diskText()).toBe(before);
  });

  it('lists no conflicts when there are none, and refuses resolving an unknown one', async () => {
    expect(await sec.ok('conflicts.list', {})).toEqual([]);
    expect(
      await sec.err('conflicts.resolve', {
        conflictId: 'progress|x|percent|-',
        chosen: '000000000000001-000000-0123456789abcdef',
      }),
    ).toMatchObject({
      code: 'bundle-unknown-conflict',
    });
  });

  it('intake shows Colombia as heard from and the other countries as silent', async () => {
    const intake = await sec.ok('intake.get', { programmeId: '2020-2021' });
    expect(intake.senders.map((s) => s.country)).toEqual(['COL']);
    expect(intake.silentCountries).toContain('MEX');
    expect(intake.silentCountries).not.toContain('COL');
  });

  it('refuses a damaged file with the name of the check and the file', async () => {
    const error = await sec.err('bundle.import', {
      files: [{ name: 'mail.ceabundle', bytesBase64: Buffer.from('hello').toString('base64') }],
    });
    expect(error).toMatchObject({ code: 'bundle-not-a-bundle', details: { file: 'mail.ceabundle' } });
  });
});
