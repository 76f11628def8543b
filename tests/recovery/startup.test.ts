import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiClient } from '../../shared/api/client';
import type { RecoveryStatus, StartupStatus } from '../../shared/api/recovery';
import { openStore, readDatabase } from '../../electron/store';
import { IDENTITY } from '../store/helpers';
import { GARBAGE, makeDatabase, newerVersionText, useRecoveryFolder } from './fixtures';

const f = useRecoveryFolder();

async function recoveryStatus(api: ApiClient): Promise<RecoveryStatus> {
  const status: StartupStatus = await api.send('startup.status', {});
  if (status.mode !== 'recovery') throw new Error('expected recovery mode');
  return status;
}

describe('normal mode', () => {
  it('says the database is open and refuses to recover anything', async () => {
    await makeDatabase(f.file, f.env.emptyData);
    const api = await f.start();
    expect(await api.send('startup.status', {})).toEqual({ mode: 'normal' });
    const names = readdirSync(join(f.env.dir, 'backups'));
    expect((await api.call('startup.restore', { name: names[0] ?? '' })).ok).toBe(false);
    const open = await api.call('startup.open', { file: join(f.env.dir, 'other.json'), create: true });
    expect(open).toEqual({
      ok: false,
      error: { code: 'not-in-recovery', i18nKey: 'recovery:errors.not-in-recovery' },
    });
    expect(existsSync(join(f.env.dir, 'other.json'))).toBe(false);
  });
});

describe('a corrupt database', () => {
  it('starts in recovery mode: the problem, the file and its backups, read without opening it', async () => {
    await makeDatabase(f.file, f.env.emptyData);
    writeFileSync(f.file, GARBAGE);
    const api = await f.start();
    const status = await recoveryStatus(api);
    expect(status.problem).toMatchObject({
      code: 'store-corrupt',
      i18nKey: 'store:corrupt',
      details: { file: f.file },
    });
    expect(status.file).toBe(f.file);
    expect(status.canRestore).toBe(true);
    expect(status.backups.map((b) => b.name).sort()).toEqual(readdirSync(join(f.env.dir, 'backups')).sort());
    expect(status.backups.length).toBeGreaterThanOrEqual(2);
    expect(status.backups[0]).toMatchObject({ reason: 'manual', opCount: 1 });
    expect(f.session?.store()).toBeNull();
    expect(readFileSync(f.file, 'utf8')).toBe(GARBAGE);
  });

  it('refuses every other method until a database is open', async () => {
    await makeDatabase(f.file, f.env.emptyData);
    writeFileSync(f.file, GARBAGE);
    const api = await f.start();
    expect(await api.call('identity.get', {})).toEqual({
      ok: false,
      error: { code: 'in-recovery', i18nKey: 'recovery:errors.in-recovery' },
    });
    expect((await api.call('backups.restore', { name: 'x.json' })).ok).toBe(false);
  });

  it('restores the chosen backup: the bad file kept aside byte for byte, the normal API working afterwards', async () => {
    await makeDatabase(f.file, f.env.emptyData);
    writeFileSync(f.file, GARBAGE);
    const api = await f.start();
    const manual = (await recoveryStatus(api)).backups.find((b) => b.reason === 'manual');
    if (!manual) throw new Error('no manual backup');

    const result = await api.send('startup.restore', { name: manual.name });
    expect(result.restored).toBe(manual.name);
    expect(result.badFileKeptAt).toMatch(/db\.json\.corrupt-[\dT-]+Z$/);
    expect(readFileSync(result.badFileKeptAt, 'utf8')).toBe(GARBAGE);

    expect(await api.send('startup.status', {})).toEqual({ mode: 'normal' });
    expect(f.session?.problem()).toBeNull();
    expect(await api.send('identity.get', {})).toEqual(IDENTITY);
    expect(await api.send('settings.get', {})).toMatchObject({ dbFile: f.file });
    await api.send('language.set', { lang: 'fr' });
    const saved = await readDatabase(f.file);
    expect(saved.ops).toHaveLength(1);
    expect(saved.identity?.lang).toBe('fr');
    // Once recovered, the recovery actions are over.
    expect((await api.call('startup.restore', { name: manual.name })).ok).toBe(false);
  });

  it('opens one store when two restores race: the second is refused, one file kept aside', async () => {
    await makeDatabase(f.file, f.env.emptyData);
    writeFileSync(f.file, GARBAGE);
    const api = await f.start();
    const [newest, older] = (await recoveryStatus(api)).backups;
    if (!newest || !older) throw new Error('expected two backups');
    const results = await Promise.all([
      api.call('startup.restore', { name: newest.name }),
      api.call('startup.restore', { name: older.name }),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, false]);
    expect(results[1]).toEqual({
      ok: false,
      error: { code: 'not-in-recovery', i18nKey: 'recovery:errors.not-in-recovery' },
    });
    expect(readdirSync(f.env.dir).filter((n) => n.includes('.corrupt-'))).toHaveLength(1);
    expect(await api.send('identity.get', {})).toEqual(IDENTITY);
  });

  it('refuses names that are not listed backups of this database, and leaves the file alone', async () => {
    await makeDatabase(f.file, f.env.emptyData);
    writeFileSync(f.file, GARBAGE);
    writeFileSync(join(f.env.dir, 'backups', 'notes.json'), '{}');
    const api = await f.start();
    for (const name of ['../db.json', '/etc/passwd', 'backups/x.json', '..', '']) {
      expect(await api.call('startup.restore', { name })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
    for (const name of ['notes.json', 'db.json.20210315T120000000Z.save.ops9.json']) {
      expect(await api.call('startup.restore', { name })).toEqual({
        ok: false,
        error: { code: 'unknown-backup', i18nKey: 'errors:unknown-backup', details: { name } },
      });
    }
    expect(readFileSync(f.file, 'utf8')).toBe(GARBAGE);
    expect(readdirSync(f.env.dir).filter((n) => n.includes('.corrupt-'))).toEqual([]);
  });

  it('refuses a backup that is itself damaged before moving anything', async () => {
    await makeDatabase(f.file, f.env.emptyData);
    writeFileSync(f.file, GARBAGE);
    const api = await f.start();
    const newest = (await recoveryStatus(api)).backups[0];
    if (!newest) throw new Error('no backup');
    writeFileSync(join(f.env.dir, 'backups', newest.name), 'not json');
    expect(await api.call('startup.restore', { name: newest.name })).toMatchObject({
      ok: false,
      error: { code: 'store-corrupt' },
    });
    expect(readFileSync(f.file, 'utf8')).toBe(GARBAGE);
    expect((await recoveryStatus(api)).problem.code).toBe('store-corrupt');
  });
});

describe('a database from a newer version', () => {
  it('is never touched: restore refused, another file offered instead', async () => {
    await makeDatabase(f.file, f.env.emptyData);
    const text = newerVersionText();
    writeFileSync(f.file, text);
    const api = await f.start();
    const status = await recoveryStatus(api);
    expect(status.problem).toMatchObject({ code: 'store-newer-version', i18nKey: 'store:newer-version' });
    expect(status.canRestore).toBe(false);
    const name = status.backups[0]?.name ?? '';
    expect(await api.call('startup.restore', { name })).toEqual({
      ok: false,
      error: {
        code: 'restore-refused',
        i18nKey: 'recovery:errors.restore-refused',
        details: { file: f.file },
      },
    });
    expect(readFileSync(f.file, 'utf8')).toBe(text);

    const other = join(f.env.dir, 'nuevo.json');
    expect(await api.send('startup.open', { file: other, create: true })).toEqual({ file: other });
    expect(await api.send('startup.status', {})).toEqual({ mode: 'normal' });
    expect(await api.send('settings.get', {})).toMatchObject({ dbFile: other });
    expect(readFileSync(f.file, 'utf8')).toBe(text);
  });
});

describe('a database open in another window', () => {
  it('explains the lock, offers no restore, and opens once the other copy is closed', async () => {
    await makeDatabase(f.file, f.env.emptyData);
    f.holder = await openStore({ file: f.file });
    const before = readFileSync(f.file, 'utf8');
    const api = await f.start();
    const status = await recoveryStatus(api);
    expect(status.problem).toMatchObject({ code: 'store-locked', i18nKey: 'store:locked' });
    expect(status.canRestore).toBe(false);
    expect(await api.call('startup.open', { file: f.file })).toMatchObject({
      ok: false,
      error: { code: 'store-locked' },
    });
    await f.holder.close();
    f.holder = null;
    expect(await api.send('startup.open', { file: f.file })).toEqual({ file: f.file });
    expect(await api.send('identity.get', {})).toEqual(IDENTITY);
    expect(readFileSync(f.file, 'utf8')).toBe(before);
  });
});

describe('opening another file', () => {
  it('refuses paths that are not absolute .json files, a missing file, and creating over an existing one', async () => {
    writeFileSync(f.file, newerVersionText());
    const api = await f.start();
    for (const path of ['other.json', './other.json', '../other.json']) {
      expect(await api.call('startup.open', { file: path })).toEqual({
        ok: false,
        error: {
          code: 'not-absolute-path',
          i18nKey: 'recovery:errors.not-absolute-path',
          details: { file: path },
        },
      });
    }
    for (const path of [join(f.env.dir, 'other.txt'), join(f.env.dir, 'other')]) {
      expect(await api.call('startup.open', { file: path, create: true })).toMatchObject({
        ok: false,
        error: { code: 'not-json-file' },
      });
      expect(existsSync(path)).toBe(false);
    }
    for (const path of ['', `${join(f.env.dir, 'a')}\0.json`]) {
      expect(await api.call('startup.open', { file: path })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
    const missing = join(f.env.dir, 'missing.json');
    expect(await api.call('startup.open', { file: missing })).toMatchObject({
      ok: false,
      error: { code: 'store-not-found' },
    });
    expect(existsSync(missing)).toBe(false);
    const existing = join(f.env.dir, 'existing.json');
    writeFileSync(existing, 'keep me');
    expect(await api.call('startup.open', { file: existing, create: true })).toEqual({
      ok: false,
      error: { code: 'file-exists', i18nKey: 'recovery:errors.file-exists', details: { file: existing } },
    });
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
    expect((await recoveryStatus(api)).problem.code).toBe('store-newer-version');
  });

  it('a file that fails to open leaves recovery mode as it was', async () => {
    writeFileSync(f.file, newerVersionText());
    const other = join(f.env.dir, 'other.json');
    writeFileSync(other, '');
    const api = await f.start();
    expect(await api.call('startup.open', { file: other })).toMatchObject({
      ok: false,
      error: { code: 'store-corrupt' },
    });
    expect(readFileSync(other, 'utf8')).toBe('');
    expect((await recoveryStatus(api)).file).toBe(f.file);
  });
});
