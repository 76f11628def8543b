import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { SCHEMA_VERSION } from '../../shared/model';
import { openOrRecover, openStore, type Migration, type Store } from '../../electron/store';
import { MIGRATIONS } from '../../electron/store/migrations';
import { realFs } from '../../electron/store/fsApi';
import { failureOf, IDENTITY, tempDir } from './helpers';

let env: ReturnType<typeof tempDir>;
let file: string;
beforeEach(() => {
  env = tempDir();
  file = join(env.dir, 'db.json');
});
afterEach(() => env.cleanup());

/**
 * A database with an identity and two operations, saved over three sessions. Each close folds the
 * session's journal into the file and keeps the file it replaces, so the save backups hold the empty
 * database, then the identity, then one operation; returns that last one's text, the good state a
 * recovery brings back.
 */
async function makeDatabase(): Promise<string> {
  const session = async (change: (store: Store) => Promise<unknown>, create = false) => {
    const store = await openStore({ file, dataDir: env.emptyData, createIfMissing: create });
    await change(store);
    await store.close();
  };
  await session((store) => store.update((d) => void (d.identity = IDENTITY)), true);
  await session((store) => store.commit([{ entity: 'progress', key: 'r1', fields: { percent: 50 } }]));
  const lastBackedUp = readFileSync(file, 'utf8');
  await session((store) => store.commit([{ entity: 'progress', key: 'r1', fields: { percent: 60 } }]));
  return lastBackedUp;
}

describe('opening', () => {
  it('refuses a missing file unless asked to create it', async () => {
    expect((await failureOf(openStore({ file }))).error).toEqual({
      code: 'store-not-found',
      i18nKey: 'store:not-found',
      details: { file },
    });
    expect(existsSync(file)).toBe(false);
  });

  const damaged: Array<[string, (good: string) => string | Buffer]> = [
    ['bad JSON', () => '{"format": "cea-programme-tracker", oops'],
    ['truncated', (good) => good.slice(0, Math.floor(good.length / 2))],
    ['zero-filled', (good) => Buffer.alloc(good.length)],
    ['empty', () => ''],
  ];
  for (const [kind, damage] of damaged) {
    it(`refuses a ${kind} file as corrupt and leaves it untouched`, async () => {
      const bad = damage(await makeDatabase());
      writeFileSync(file, bad);
      const failure = await failureOf(openStore({ file }));
      expect(failure.error.i18nKey).toBe('store:corrupt');
      expect(readFileSync(file)).toEqual(Buffer.from(bad));
      expect(existsSync(`${file}.lock`)).toBe(false);
    });

    it(`recovers a ${kind} file from the latest good backup and keeps the bad file aside`, async () => {
      const good = await makeDatabase();
      const bad = damage(good);
      writeFileSync(file, bad);
      const { store, recovered } = await openOrRecover({ file });
      expect(recovered?.from).toMatch(/^db\.json\.\d{8}T\d{9}Z\.save\.ops1\.json$/);
      expect(readFileSync(recovered!.badFileKeptAt)).toEqual(Buffer.from(bad));
      expect(store.read().ops).toHaveLength(1);
      expect(readFileSync(file, 'utf8')).toBe(good);
      await store.close();
    });
  }

  it('skips a damaged backup and takes the newest one that loads', async () => {
    await makeDatabase();
    const backups = readdirSync(join(env.dir, 'backups')).sort();
    expect(backups).toHaveLength(3);
    writeFileSync(join(env.dir, 'backups', backups[2]!), '{"trunc');
    writeFileSync(file, Buffer.alloc(100));
    const { store, recovered } = await openOrRecover({ file });
    expect(recovered?.from).toBe(backups[1]);
    expect(store.read().identity).toEqual(IDENTITY);
    expect(store.read().ops).toEqual([]);
    await store.close();
  });

  it('without a good backup, fails clearly and does not touch the bad file', async () => {
    writeFileSync(file, '{"half');
    const failure = await failureOf(openOrRecover({ file }));
    expect(failure.error.i18nKey).toBe('store:corrupt');
    expect(readFileSync(file, 'utf8')).toBe('{"half');
    expect(readdirSync(env.dir)).toEqual(['db.json']);
  });

  it('refuses a file that fails validation, even with backups', async () => {
    const good = JSON.parse(await makeDatabase());
    good.ops[0].entity = 'nonsense';
    const text = JSON.stringify(good);
    writeFileSync(file, text);
    const failure = await failureOf(openOrRecover({ file }));
    expect(failure.error.i18nKey).toBe('store:invalid');
    expect(String(failure.error.details?.issue)).toContain('ops.0.entity');
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('refuses a newer schema version and leaves the file byte for byte', async () => {
    const newer = JSON.parse(await makeDatabase());
    newer.schemaVersion = SCHEMA_VERSION + 1;
    newer.somethingNew = { x: 1 };
    const text = JSON.stringify(newer);
    writeFileSync(file, text);
    for (const open of [openStore, openOrRecover]) {
      const failure = await failureOf(open({ file }));
      expect(failure.error).toEqual({
        code: 'store-newer-version',
        i18nKey: 'store:newer-version',
        details: { file, version: SCHEMA_VERSION + 1 },
      });
      expect(readFileSync(file, 'utf8')).toBe(text);
    }
  });

  it('migrates an older file through the migration list, keeping the original as a backup', async () => {
    const current = JSON.parse(await makeDatabase());
    // A made-up version 0 that called the operations "changes".
    const { ops, ...rest } = current;
    const v0 = JSON.stringify({ ...rest, schemaVersion: 0, changes: ops });
    writeFileSync(file, v0);
    const v0to1: Migration = {
      from: 0,
      migrate: ({ changes, ...db }) => ({ ...db, ops: changes }),
    };
    expect((await failureOf(openStore({ file }))).error.i18nKey).toBe('store:no-migration');
    // With the seed folder it was made from: the seed refresh has nothing to add.
    const store = await openStore({ file, dataDir: env.emptyData, migrations: [v0to1, ...MIGRATIONS] });
    expect(store.read().schemaVersion).toBe(SCHEMA_VERSION);
    // Version 3 sets aside (never drops) what the content check refuses: these made-up operations write partial records.
    const held = (db: { ops: unknown[]; sync: { quarantine?: { op: unknown }[] } }) => [
      ...db.ops,
      ...(db.sync.quarantine ?? []).map((q) => q.op),
    ];
    const byStamp = (ops: unknown[]) =>
      [...ops].sort((a, b) => ((a as { hlc: string }).hlc < (b as { hlc: string }).hlc ? -1 : 1));
    expect(byStamp(held(store.read()))).toEqual(byStamp(current.ops));
    expect(byStamp(held(JSON.parse(readFileSync(file, 'utf8'))))).toEqual(byStamp(current.ops));
    const backups = await store.listBackups();
    const original = backups.find((b) => readFileSync(join(env.dir, 'backups', b.name), 'utf8') === v0);
    expect(original).toBeDefined();
    await store.close();
  });
});

describe('one instance per database', () => {
  it('refuses a second open while the first holds the lock, and allows it after close', async () => {
    await makeDatabase();
    const first = await openStore({ file });
    const failure = await failureOf(openStore({ file }));
    expect(failure.error).toEqual({
      code: 'store-locked',
      i18nKey: 'store:locked',
      details: { file, pid: process.pid, host: hostname() },
    });
    await first.close();
    const second = await openStore({ file });
    await second.close();
  });

  it('takes over a lock left by a dead process', async () => {
    await makeDatabase();
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname() }));
    const store = await openStore({ file });
    expect(JSON.parse(readFileSync(`${file}.lock`, 'utf8')).pid).toBe(process.pid);
    await store.close();
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it("respects another host's lock, which it cannot check", async () => {
    await makeDatabase();
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: 1, host: 'elsewhere' }));
    expect((await failureOf(openStore({ file }))).error.details).toEqual({ file, pid: 1, host: 'elsewhere' });
  });
});

it("removes temp files left by a writer that died, and not another database's", async () => {
  await makeDatabase();
  const stale = ['.db.json.4242.abcdef012345.tmp', '.db.json.1.00.tmp'];
  for (const n of stale) writeFileSync(join(env.dir, n), '{"partial');
  const backupTemp = '.db.json.20261121T231800123Z.save.ops1.json.9.ff.tmp';
  const othersBackupTemp = '.other.json.20261121T231800123Z.save.ops1.json.9.ff.tmp';
  writeFileSync(join(env.dir, 'backups', backupTemp), '{');
  writeFileSync(join(env.dir, 'backups', othersBackupTemp), '{');
  writeFileSync(join(env.dir, '.other.json.77.ab.tmp'), 'another database being saved');
  writeFileSync(join(env.dir, 'notes.txt'), 'mine');
  const store = await openStore({ file });
  expect(readdirSync(env.dir).sort()).toEqual([
    '.other.json.77.ab.tmp',
    'backups',
    'db.json',
    'db.json.lock',
    'notes.txt',
  ]);
  const backups = readdirSync(join(env.dir, 'backups'));
  expect(backups).not.toContain(backupTemp);
  expect(backups).toContain(othersBackupTemp);
  await store.close();
});

it('puts the bad file back when writing the restored backup fails', async () => {
  await makeDatabase();
  writeFileSync(file, '{"cut');
  const fs = {
    ...realFs,
    rename: (from: string, to: string) =>
      to === file && from.endsWith('.tmp')
        ? Promise.reject(Object.assign(new Error('full'), { code: 'ENOSPC' }))
        : realFs.rename(from, to),
  };
  const failure = await failureOf(openOrRecover({ file, fs }));
  expect(failure.error.i18nKey).toBe('store:disk-full');
  expect(readFileSync(file, 'utf8')).toBe('{"cut');
  expect(readdirSync(env.dir).sort()).toEqual(['backups', 'db.json']);
});
