import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../shared/model';
import { fold } from '../../shared/sync/fold';
import {
  KEEP_PER_REASON,
  openMemoryStore,
  openStore,
  readDatabase,
  type Fs,
  type Store,
} from '../../electron/store';
import { realFs } from '../../electron/store/fsApi';
import { parseDatabaseText } from '../../electron/store/load';
import { MIGRATIONS } from '../../electron/store/migrations';
import { failureOf, filesOf, IDENTITY, tempDir } from './helpers';

let env: ReturnType<typeof tempDir>;
let store: Store;
let file: string;

beforeEach(async () => {
  env = tempDir();
  file = join(env.dir, 'db.json');
  store = await openStore({ file, dataDir: env.emptyData, createIfMissing: true });
});
afterEach(async () => {
  await store.close();
  env.cleanup();
});

/** The database as the file and its journal hold it. */
function onDisk(): Promise<Database> {
  return readDatabase(file);
}

describe('update', () => {
  it('saves the change to memory and to the file', async () => {
    await store.update((d) => {
      d.identity = IDENTITY;
    });
    expect(store.read().identity).toEqual(IDENTITY);
    expect((await onDisk()).identity).toEqual(IDENTITY);
  });

  it('rejects a change that breaks the schema and keeps memory and file as they were', async () => {
    const before = filesOf(file);
    const failure = await failureOf(
      store.update((d) => {
        d.identity = { ...IDENTITY, installation: 'not hex' };
      }),
    );
    expect(failure.error.i18nKey).toBe('store:invalid-change');
    expect(store.read().identity).toBeNull();
    expect(filesOf(file)).toEqual(before);
  });

  it('turns an exception thrown by the update function into an AppFailure and changes nothing', async () => {
    const before = filesOf(file);
    const failure = await failureOf(
      store.update((d) => {
        d.identity = IDENTITY;
        throw new Error('boom');
      }),
    );
    expect(failure.error).toEqual({
      code: 'store-update-failed',
      i18nKey: 'store:update-failed',
      details: { message: 'boom' },
    });
    expect(store.read().identity).toBeNull();
    expect(filesOf(file)).toEqual(before);
  });
  it('refuses an async update function, whose later changes would escape validation', async () => {
    const failure = await failureOf(
      // eslint-disable-next-line @typescript-eslint/no-misused-promises -- an async function, to prove update refuses it
      store.update(async (d: Database) => {
        d.identity = IDENTITY;
      }),
    );
    expect(failure.error.details).toEqual({ message: 'the update function must be synchronous' });
    expect(store.read().identity).toBeNull();
  });
});

describe('apply', () => {
  it('saves a state built from the current one without copying it, sharing the parts it keeps', async () => {
    const before = store.read();
    await store.apply((current) => ({ ...current, identity: IDENTITY }));
    expect(store.read().identity).toEqual(IDENTITY);
    expect(store.read().programmes).toBe(before.programmes);
    expect((await onDisk()).identity).toEqual(IDENTITY);
  });

  it('refuses a state with a part missing or unknown, or an invalid part, and keeps memory and files', async () => {
    const before = filesOf(file);
    const memory = store.read();
    const refused: Array<(current: Readonly<Database>) => Database> = [
      ({ sync: _sync, ...rest }) => rest as Database,
      (current) => ({ ...current, extra: 1 }) as Database,
      (current) => ({ ...current, clock: { wall: -1, counter: 0 } }),
      () => null as unknown as Database,
    ];
    for (const fn of refused) {
      expect((await failureOf(store.apply(fn))).error.i18nKey).toBe('store:invalid-change');
      expect(store.read()).toBe(memory);
      expect(filesOf(file)).toEqual(before);
    }
    expect(
      (
        await failureOf(
          store.apply(() => {
            throw new Error('boom');
          }),
        )
      ).error,
    ).toMatchObject({ code: 'store-update-failed', details: { message: 'boom' } });
  });
});

describe('commit', () => {
  it('refuses to commit without an identity', async () => {
    const failure = await failureOf(
      store.commit([{ entity: 'progress', key: 'r1', fields: { percent: 10 } }]),
    );
    expect(failure.error.i18nKey).toBe('store:no-identity');
    expect(store.read().ops).toEqual([]);
  });

  it('stamps changes with the clock, the installation and the author, and records what each field replaced', async () => {
    await store.update((d) => {
      d.identity = IDENTITY;
    });
    const [first] = await store.commit([
      { entity: 'progress', key: 'r1', fields: { percent: 10, status: 'in-progress' } },
    ]);
    const [second, third] = await store.commit([
      { entity: 'progress', key: 'r1', fields: { percent: 20 } },
      { entity: 'progress', key: 'r1', fields: { percent: 30, done: 'x' } },
    ]);
    expect(first?.site).toBe(IDENTITY.installation);
    expect(first?.hlc.endsWith(`-${IDENTITY.installation}`)).toBe(true);
    expect(first?.author).toEqual({
      name: IDENTITY.name,
      email: IDENTITY.email,
      country: 'COL',
      role: 'focal-point',
    });
    expect(first?.prev).toEqual({ percent: null, status: null });
    expect(second?.prev).toEqual({ percent: first?.hlc });
    expect(third?.prev).toEqual({ percent: second?.hlc, done: null });
    expect(first!.hlc < second!.hlc && second!.hlc < third!.hlc).toBe(true);
    expect((await onDisk()).ops).toEqual([first, second, third]);
    expect(store.read().clock).toEqual((await onDisk()).clock);
  });

  it('refuses a change that would make an invalid operation and saves none of its batch', async () => {
    await store.update((d) => {
      d.identity = IDENTITY;
    });
    const before = filesOf(file);
    const failure = await failureOf(
      store.commit([
        { entity: 'progress', key: 'ok', fields: { percent: 1 } },
        { entity: 'progress', key: '', fields: { percent: 2 } },
      ]),
    );
    expect(failure.error.i18nKey).toBe('store:invalid-change');
    expect(failure.error.details?.issue).toMatch(/^1\.key: /);
    expect(store.read().ops).toEqual([]);
    expect(filesOf(file)).toEqual(before);
    const [op] = await store.commit([{ entity: 'progress', key: 'ok', fields: { percent: 3 } }]);
    expect(op?.prev).toEqual({ percent: null });
  });

  it('keeps the fold of its state current: what a commit saves, never what a refused one stamped', async () => {
    await store.update((d) => {
      d.identity = IDENTITY;
    });
    const percentOf = (key: string) => store.state().folded.progress.get(key)?.value('percent');
    const [first] = await store.commit([{ entity: 'progress', key: 'r', fields: { percent: 1 } }]);
    expect(percentOf('r')).toBe(1);
    await failureOf(
      store.commit([
        { entity: 'progress', key: 'r', fields: { percent: 2 } },
        { entity: 'progress', key: '', fields: { percent: 3 } },
      ]),
    );
    expect(percentOf('r')).toBe(1);
    const [second] = await store.commit([{ entity: 'progress', key: 'r', fields: { percent: 4 } }]);
    expect(second?.prev).toEqual({ percent: first?.hlc });
    expect(percentOf('r')).toBe(4);
    expect(store.state().folded).toEqual(fold(store.read().ops));
  });

  it('never loses one of 200 concurrent commits', async () => {
    await store.update((d) => {
      d.identity = IDENTITY;
    });
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        store.commit([{ entity: 'progress', key: `r${i % 7}`, fields: { percent: i % 101 } }]),
      ),
    );
    const ops = (await onDisk()).ops;
    expect(ops).toHaveLength(200);
    expect(new Set(ops.map((o) => o.hlc)).size).toBe(200);
    expect(ops).toEqual(results.flat());
    // Each commit saw the one before it on the same record.
    const byKey = new Map<string, string>();
    for (const op of ops) {
      expect(op.prev.percent ?? null).toBe(byKey.get(op.key) ?? null);
      byKey.set(op.key, op.hlc);
    }
    expect(fold(ops).progress.size).toBe(7);
  });

  it('keeps the clock moving forward when the wall clock goes back', async () => {
    await store.close();
    let now = 2_000_000_000_000;
    store = await openStore({ file, now: () => now });
    await store.update((d) => {
      d.identity = IDENTITY;
    });
    const [a] = await store.commit([{ entity: 'budget', key: 'b1', fields: { amount: 1 } }]);
    now -= 60_000;
    const [b] = await store.commit([{ entity: 'budget', key: 'b1', fields: { amount: 2 } }]);
    expect(b!.hlc > a!.hlc).toBe(true);
  });
});

describe('backups', () => {
  it('keeps the last saves and, separately, the last imports, newest first', async () => {
    await store.update((d) => {
      d.identity = IDENTITY;
    });
    for (let i = 0; i < KEEP_PER_REASON + 3; i++) {
      await store.commit([{ entity: 'progress', key: 'r', fields: { percent: i } }]);
      await store.backup('import');
      // Closing folds the journal into the file and keeps the file it replaces.
      await store.close();
      store = await openStore({ file });
    }
    const list = await store.listBackups();
    const saves = list.filter((b) => b.reason === 'save');
    const imports = list.filter((b) => b.reason === 'import');
    expect(saves).toHaveLength(KEEP_PER_REASON);
    expect(imports).toHaveLength(KEEP_PER_REASON);
    // The newest save backup is the file as the previous session's close left it.
    expect(saves[0]?.opCount).toBe(KEEP_PER_REASON + 2);
    expect(imports[0]?.opCount).toBe(KEEP_PER_REASON + 3);
    expect(list.map((b) => b.name)).toEqual([...list.map((b) => b.name)].sort().reverse());
    expect(list.every((b) => b.size > 0 && !Number.isNaN(Date.parse(b.createdAt)))).toBe(true);
    expect(readdirSync(join(env.dir, 'backups'))).toHaveLength(list.length);
  });

  it('keeps the state itself as a backup: the journal written whole, or the file copied when it holds everything', async () => {
    await store.update((d) => {
      d.identity = IDENTITY;
    });
    await store.commit([{ entity: 'progress', key: 'r', fields: { percent: 1 } }]);
    const before = filesOf(file);
    const written = await store.backup('manual');
    // The journal is not folded in for a backup: the files stay as they were.
    expect(filesOf(file)).toEqual(before);
    const load = async (name: string) =>
      parseDatabaseText(readFileSync(join(env.dir, 'backups', name), 'utf8'), name, MIGRATIONS).db;
    expect(await load(written)).toEqual(store.read());

    await store.close();
    store = await openStore({ file });
    const copied = await store.backup('manual');
    expect(readFileSync(join(env.dir, 'backups', copied), 'utf8')).toBe(readFileSync(file, 'utf8'));
    expect(statSync(join(env.dir, 'backups', copied)).ino).not.toBe(statSync(file).ino);
  });

  it('keeps the file a rewrite replaces as a backup by linking it, without writing its bytes again', async () => {
    await store.update((d) => {
      d.identity = IDENTITY;
    });
    await store.commit([{ entity: 'progress', key: 'r', fields: { percent: 1 } }]);
    const replaced = statSync(file);
    const replacedText = readFileSync(file, 'utf8');
    await store.close();
    store = await openStore({ file });
    const [newest] = await store.listBackups();
    expect(newest).toMatchObject({ reason: 'save', opCount: 0, size: replaced.size });
    const backup = join(env.dir, 'backups', newest!.name);
    expect(statSync(backup).ino).toBe(replaced.ino);
    expect(statSync(file).ino).not.toBe(replaced.ino);
    expect(readFileSync(backup, 'utf8')).toBe(replacedText);
  });

  it('copies the replaced file where the file system has no links, and leaves no backup of a failed rewrite', async () => {
    const refuse = (code: string) => Promise.reject(Object.assign(new Error(`${code}: injected`), { code }));
    let failRename = false;
    const fs: Fs = {
      ...realFs,
      link: () => refuse('EPERM'),
      rename: (from, to) => (failRename && to === file ? refuse('EIO') : realFs.rename(from, to)),
    };
    await store.close();
    store = await openStore({ file, fs });
    await store.update((d) => {
      d.identity = IDENTITY;
    });
    const replacedText = readFileSync(file, 'utf8');
    await store.close();
    store = await openStore({ file, fs });
    const [newest] = await store.listBackups();
    const backup = join(env.dir, 'backups', newest!.name);
    expect(newest?.reason).toBe('save');
    expect(readFileSync(backup, 'utf8')).toBe(replacedText);
    expect(statSync(backup).ino).not.toBe(statSync(file).ino);

    await store.commit([{ entity: 'progress', key: 'r', fields: { percent: 1 } }]);
    const names = readdirSync(join(env.dir, 'backups'));
    failRename = true;
    // Operations replaced by equal copies cannot be appended: the file is rewritten, and that fails.
    const failure = await failureOf(
      store.update((d) => {
        d.ops = d.ops.map((op) => ({ ...op }));
      }),
    );
    expect(failure.error.i18nKey).toBe('store:io-error');
    expect(readdirSync(join(env.dir, 'backups'))).toEqual(names);
    expect((await onDisk()).ops).toEqual(store.read().ops);
    failRename = false;
  });

  it('does not make a backup for a save that changes nothing', async () => {
    await store.update(() => undefined);
    expect(await store.listBackups()).toEqual([]);
  });

  it('restores a backup after backing up the current state', async () => {
    await store.update((d) => {
      d.identity = IDENTITY;
    });
    await store.commit([{ entity: 'progress', key: 'r', fields: { percent: 1 } }]);
    const manual = await store.backup('manual');
    await store.commit([{ entity: 'progress', key: 'r', fields: { percent: 2 } }]);
    await store.restoreBackup(manual);
    expect(store.read().ops).toHaveLength(1);
    expect((await onDisk()).ops).toHaveLength(1);
    const restorePoint = (await store.listBackups()).find((b) => b.reason === 'restore');
    expect(restorePoint?.opCount).toBe(2);
  });

  it('refuses to restore an unknown or invalid backup and keeps the current state', async () => {
    expect((await failureOf(store.restoreBackup('../db.json'))).error.i18nKey).toBe('store:backup-not-found');
    await store.update((d) => {
      d.identity = IDENTITY;
    });
    const name = await store.backup('manual');
    writeFileSync(join(env.dir, 'backups', name), '{"format":"cea-programme-tracker","schemaVersion":1}');
    expect((await failureOf(store.restoreBackup(name))).error.i18nKey).toBe('store:invalid');
    expect(store.read().identity).toEqual(IDENTITY);
  });
});

describe('memory store', () => {
  it('has the same queue, validation, rollback and commit semantics', async () => {
    const mem = openMemoryStore();
    expect((await failureOf(mem.commit([{ entity: 'progress', key: 'r', fields: {} }]))).error.i18nKey).toBe(
      'store:no-identity',
    );
    await mem.update((d) => {
      d.identity = IDENTITY;
    });
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => mem.commit([{ entity: 'review', key: 'k', fields: { n: i } }])),
    );
    expect(mem.read().ops).toHaveLength(50);
    const failure = await failureOf(
      mem.update((d) => {
        d.ops = [];
        throw new Error('no');
      }),
    );
    expect(failure.error.i18nKey).toBe('store:update-failed');
    expect(mem.read().ops).toHaveLength(50);
    const name = await mem.backup('manual');
    await mem.update((d) => {
      d.ops = [];
    });
    await mem.restoreBackup(name);
    expect(mem.read().ops).toHaveLength(50);
    await mem.close();
    expect((await failureOf(mem.update(() => undefined))).error.i18nKey).toBe('store:closed');
  });
});
