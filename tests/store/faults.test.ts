import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { openStore, readDatabase, type Fs, type Store } from '../../electron/store';
import { realFs } from '../../electron/store/fsApi';
import { journalPathOf } from '../../electron/store/journal';
import { failureOf, filesOf, IDENTITY, tempDir } from './helpers';

type Step = 'write' | 'fsync' | 'rename';

/**
 * The real file system, except that once armed, the chosen step of saving the database itself
 * (its temp file or its journal, not its backups, whose temp files sit in their own folder) fails
 * with the chosen errno.
 */
function faultyFs(dbFile: string): { fs: Fs; arm: (step: Step, errno: string) => void; disarm: () => void } {
  let fault: { step: Step; errno: string } | null = null;
  const ofDb = (path: string) =>
    path === journalPathOf(dbFile) ||
    (dirname(path) === dirname(dbFile) &&
      basename(path).startsWith(`.${basename(dbFile)}.`) &&
      path.endsWith('.tmp'));
  const boom = (errno: string) => Object.assign(new Error(`${errno}: injected`), { code: errno });
  const fs: Fs = {
    ...realFs,
    async open(path, flags) {
      const handle = await realFs.open(path, flags);
      if (!fault || !ofDb(path)) return handle;
      const f = fault;
      return {
        writeFile: (data, enc) =>
          f.step === 'write' ? Promise.reject(boom(f.errno)) : handle.writeFile(data, enc),
        sync: () => (f.step === 'fsync' ? Promise.reject(boom(f.errno)) : handle.sync()),
        close: () => handle.close(),
      };
    },
    rename(from, to) {
      if (fault?.step === 'rename' && to === dbFile) return Promise.reject(boom(fault.errno));
      return realFs.rename(from, to);
    },
  };
  return { fs, arm: (step, errno) => (fault = { step, errno }), disarm: () => (fault = null) };
}

const EXPECTED: Record<string, string> = {
  EIO: 'store:io-error',
  ENOSPC: 'store:disk-full',
  EPERM: 'store:permission-denied',
};

describe('a failing disk', () => {
  let env: ReturnType<typeof tempDir>;
  let store: Store;
  let file: string;
  let faults: ReturnType<typeof faultyFs>;
  beforeEach(async () => {
    env = tempDir();
    file = join(env.dir, 'db.json');
    faults = faultyFs(file);
    store = await openStore({ file, dataDir: env.emptyData, createIfMissing: true, fs: faults.fs });
    await store.update((d) => {
      d.identity = IDENTITY;
    });
    await store.commit([{ entity: 'progress', key: 'r1', fields: { percent: 10 } }]);
  });
  afterEach(async () => {
    await store.close();
    env.cleanup();
  });

  for (const errno of ['EIO', 'ENOSPC', 'EPERM']) {
    for (const step of ['write', 'fsync'] as const) {
      it(`${errno} at the journal's ${step}: the files stay, memory rolls back, the error says what happened`, async () => {
        const filesBefore = filesOf(file);
        const memoryBefore = store.read();

        faults.arm(step, errno);
        const failure = await failureOf(
          store.commit([{ entity: 'progress', key: 'r1', fields: { percent: 20 } }]),
        );
        expect(failure.error.i18nKey).toBe(EXPECTED[errno]);
        expect(failure.error.details).toEqual({ file, errno });
        expect(filesOf(file)).toEqual(filesBefore);
        expect(store.read()).toBe(memoryBefore);

        const updateFailure = await failureOf(
          store.update((d) => {
            d.identity = { ...IDENTITY, name: 'Someone else' };
          }),
        );
        expect(updateFailure.error.i18nKey).toBe(EXPECTED[errno]);
        expect(store.read().identity?.name).toBe(IDENTITY.name);

        faults.disarm();
        const [op] = await store.commit([{ entity: 'progress', key: 'r1', fields: { percent: 30 } }]);
        expect(op?.prev.percent).toBe(memoryBefore.ops[0]?.hlc);
        expect((await readDatabase(file)).ops).toHaveLength(2);
      });
    }

    for (const step of ['write', 'fsync', 'rename'] as const) {
      it(`${errno} at ${step} of a whole-file rewrite: the files stay, memory stays, the error says what happened`, async () => {
        const point = await store.backup('manual');
        await store.commit([{ entity: 'progress', key: 'r1', fields: { percent: 20 } }]);
        const filesBefore = filesOf(file);
        const memoryBefore = store.read();
        const backupsBefore = (await store.listBackups()).map((b) => b.name);

        faults.arm(step, errno);
        // A restore replaces the file whole.
        const failure = await failureOf(store.restoreBackup(point));
        expect(failure.error.i18nKey).toBe(EXPECTED[errno]);
        expect(failure.error.details).toEqual({ file, errno });
        expect(filesOf(file)).toEqual(filesBefore);
        expect(store.read()).toBe(memoryBefore);
        expect(readdirSync(env.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
        // Only the restore point the restore kept first: nothing of the rewrite that failed.
        const added = (await store.listBackups()).filter((b) => !backupsBefore.includes(b.name));
        expect(added.map((b) => b.reason)).toEqual(['restore']);

        faults.disarm();
        await store.restoreBackup(point);
        expect(JSON.parse(readFileSync(file, 'utf8')).ops).toHaveLength(1);
        expect(store.read().ops).toHaveLength(1);
      });
    }
  }
});

describe('on Windows', () => {
  const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
  afterEach(() => Object.defineProperty(process, 'platform', platform));

  it('retries a rename that an antivirus briefly blocks, and gives up on one that stays blocked', async () => {
    const env = tempDir();
    const file = join(env.dir, 'db.json');
    let blocked = 0;
    const fs: Fs = {
      ...realFs,
      rename: (from, to) =>
        to === file && blocked-- > 0
          ? Promise.reject(Object.assign(new Error('busy'), { code: 'EBUSY' }))
          : realFs.rename(from, to),
    };
    const store = await openStore({ file, dataDir: env.emptyData, createIfMissing: true, fs });
    Object.defineProperty(process, 'platform', { ...platform, value: 'win32' });
    await store.update((d) => {
      d.identity = IDENTITY;
    });
    const point = await store.backup('manual');
    await store.update((d) => {
      d.identity = null;
    });
    blocked = 2;
    // A restore renames a new file over the database.
    await store.restoreBackup(point);
    expect(JSON.parse(readFileSync(file, 'utf8')).identity).toEqual(IDENTITY);
    await store.update((d) => {
      d.identity = null;
    });
    blocked = 100;
    const failure = await failureOf(store.restoreBackup(point));
    expect(failure.error.i18nKey).toBe('store:permission-denied');
    expect(JSON.parse(readFileSync(file, 'utf8')).identity).toEqual(IDENTITY);
    expect((await readDatabase(file)).identity).toBeNull();
    blocked = 0;
    Object.defineProperty(process, 'platform', platform);
    await store.close();
    env.cleanup();
  });
});
