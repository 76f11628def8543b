import { appendFileSync, copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_VERSION } from '../../shared/model';
import { openOrRecover, openStore, readDatabase, type Fs, type Store } from '../../electron/store';
import { realFs } from '../../electron/store/fsApi';
import { journalPathOf } from '../../electron/store/journal';
import { MIN_JOURNAL_LIMIT } from '../../electron/store/journaledFile';
import { failureOf, filesOf, IDENTITY, tempDir } from './helpers';

let env: ReturnType<typeof tempDir>;
let file: string;
let journal: string;
let store: Store | null;

beforeEach(async () => {
  env = tempDir();
  file = join(env.dir, 'db.json');
  journal = journalPathOf(file);
  store = await openStore({ file, dataDir: env.emptyData, createIfMissing: true });
  await store.update((d) => {
    d.identity = IDENTITY;
  });
});
afterEach(async () => {
  await store?.close();
  env.cleanup();
});

function open(): Store {
  if (!store) throw new Error('the store is closed');
  return store;
}

async function commitPercents(...percents: number[]): Promise<void> {
  for (const percent of percents)
    await open().commit([{ entity: 'progress', key: 'r1', fields: { percent } }]);
}

/** What a process that died without closing leaves: the files as they are now, copied elsewhere. */
function copyAsLeft(source = file, name = 'copy.json'): string {
  const copy = join(env.dir, name);
  copyFileSync(source, copy);
  if (existsSync(journalPathOf(source))) copyFileSync(journalPathOf(source), journalPathOf(copy));
  return copy;
}

describe('a save after a small change', () => {
  it('appends one line to the journal and leaves the database file as it was', async () => {
    const before = statSync(file);
    const text = readFileSync(file, 'utf8');
    const lines = () => readFileSync(journal, 'utf8').split('\n').filter(Boolean).length;
    const already = lines();
    await commitPercents(10);
    await commitPercents(20);
    expect(lines()).toBe(already + 2);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(statSync(file).ino).toBe(before.ino);
    expect(await readDatabase(file)).toEqual(open().read());
  });

  it('is found again by a process that opens the files a crash left, without the journal being folded', async () => {
    await commitPercents(10, 20, 30);
    const copy = copyAsLeft();
    const reopened = await openStore({ file: copy });
    expect(reopened.read()).toEqual(open().read());
    await reopened.close();
  });

  it('is folded into the file on close, leaving one self-contained file and no journal', async () => {
    await commitPercents(10, 20);
    const expected = open().read();
    await open().close();
    store = null;
    expect(existsSync(journal)).toBe(false);
    const { journal: generation, ...db } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(generation).toMatch(/^[0-9a-f]{16}$/);
    expect(db).toEqual(expected);
  });

  it('rewrites the whole file once the journal passes its limit, and starts a new journal', async () => {
    const note = 'x'.repeat(1024 * 1024);
    const inode = statSync(file).ino;
    let rewrites = 0;
    for (let i = 0; i * note.length <= MIN_JOURNAL_LIMIT; i++) {
      await open().commit([{ entity: 'progress', key: `r${i}`, fields: { note } }]);
      if (statSync(file).ino !== inode) rewrites++;
    }
    expect(rewrites).toBeGreaterThan(0);
    expect(statSync(journal).size).toBeLessThan(MIN_JOURNAL_LIMIT);
    expect(await readDatabase(file)).toEqual(open().read());
  });
});

describe('a journal damaged by a crash or the disk', () => {
  it('drops a record cut short by a crash, cuts it off on open, and goes on appending after the last good one', async () => {
    await commitPercents(10, 20);
    const good = open().read();
    await commitPercents(30);
    const copy = copyAsLeft();
    const full = readFileSync(journalPathOf(copy), 'utf8');
    const cut = full.slice(0, full.length - 25);
    writeFileSync(journalPathOf(copy), cut);
    expect(await readDatabase(copy)).toEqual(good);
    // Reading alone repairs nothing.
    expect(readFileSync(journalPathOf(copy), 'utf8')).toBe(cut);

    const reopened = await openStore({ file: copy });
    expect(reopened.read()).toEqual(good);
    expect(readFileSync(journalPathOf(copy), 'utf8').endsWith('\n')).toBe(true);
    await reopened.commit([{ entity: 'progress', key: 'r1', fields: { percent: 40 } }]);
    const after = reopened.read();
    const again = copyAsLeft(copy, 'again.json');
    expect(await readDatabase(again)).toEqual(after);
    await reopened.close();
  });

  it('drops a zero-filled tail, as a power loss leaves it', async () => {
    await commitPercents(10);
    const good = open().read();
    const copy = copyAsLeft();
    appendFileSync(journalPathOf(copy), Buffer.alloc(4096));
    const reopened = await openStore({ file: copy });
    expect(reopened.read()).toEqual(good);
    await reopened.close();
  });

  it('refuses as corrupt a journal damaged before its last good record, and touches neither file', async () => {
    await commitPercents(10, 20, 30);
    const copy = copyAsLeft();
    const lines = readFileSync(journalPathOf(copy), 'utf8').split('\n');
    const damaged = lines.findIndex((l) => l.includes('"percent":20'));
    lines[damaged] = lines[damaged]!.replace('"percent":20', '"percent":99');
    writeFileSync(journalPathOf(copy), lines.join('\n'));
    const before = filesOf(copy);
    const failure = await failureOf(openStore({ file: copy }));
    expect(failure.error.code).toBe('store-corrupt');
    expect(failure.error.details).toMatchObject({
      file: journalPathOf(copy),
      reason: `line ${damaged + 1}: bad checksum or JSON`,
    });
    expect(filesOf(copy)).toEqual(before);
  });

  it('is recovered like a corrupt file: the newest good backup opens, the file and its journal kept aside', async () => {
    await commitPercents(10, 20, 30);
    const left = copyAsLeft();
    // Closing keeps the file it replaces, the database as created, as the newest backup.
    await open().close();
    store = null;
    // Put back what the crash left, with the journal damaged, beside the database's backups.
    copyFileSync(left, file);
    const lines = readFileSync(journalPathOf(left), 'utf8').split('\n');
    lines[1] = `${lines[1]!.startsWith('0') ? '1' : '0'}${lines[1]!.slice(1)}`;
    const damaged = lines.join('\n');
    writeFileSync(journal, damaged);
    const { store: recovered, recovered: how } = await openOrRecover({ file });
    store = recovered;
    expect(how?.from).toMatch(/\.save\.ops0\.json$/);
    expect(open().read().ops).toEqual([]);
    expect(readFileSync(journalPathOf(how!.badFileKeptAt), 'utf8')).toBe(damaged);
    expect(existsSync(journal)).toBe(false);
  });

  it('refuses a well-formed record that does not continue the history', async () => {
    await commitPercents(10, 20);
    const copy = copyAsLeft();
    const lines = readFileSync(journalPathOf(copy), 'utf8').split('\n').filter(Boolean);
    // The last record again: it claims to follow the operations it was written after, one too few.
    appendFileSync(journalPathOf(copy), `${lines.at(-1)}\n`);
    const failure = await failureOf(openStore({ file: copy }));
    expect(failure.error).toMatchObject({
      code: 'store-corrupt',
      details: { reason: expect.stringMatching(/^record \d+: from: expected \d+/) },
    });
  });

  it('ignores and removes a journal the file already holds, left by a crash just after a rewrite', async () => {
    await commitPercents(10, 20);
    const leftover = readFileSync(journal, 'utf8');
    await open().close();
    store = null;
    writeFileSync(journal, leftover);
    store = await openStore({ file });
    expect(open().read().ops).toHaveLength(2);
    expect(existsSync(journal)).toBe(false);
  });

  it('cuts a failed append back off the journal, so memory, files and later saves agree', async () => {
    await commitPercents(10);
    let failWrite = false;
    const fs: Fs = {
      ...realFs,
      async open(path, flags) {
        const handle = await realFs.open(path, flags);
        if (!failWrite || path !== journal) return handle;
        return {
          // Half the record reaches the disk before the error.
          writeFile: async (data, enc) => {
            await handle.writeFile(data.slice(0, data.length / 2), enc);
            throw Object.assign(new Error('ENOSPC: injected'), { code: 'ENOSPC' });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    await open().close();
    store = await openStore({ file, fs });
    await commitPercents(20);
    const before = filesOf(file);
    const memory = open().read();
    failWrite = true;
    expect((await failureOf(commitPercents(30))).error).toMatchObject({
      code: 'store-disk-full',
      details: { file },
    });
    expect(filesOf(file)).toEqual(before);
    expect(open().read()).toBe(memory);
    failWrite = false;
    await commitPercents(40);
    expect((await readDatabase(file)).ops.map((o) => o.fields.percent)).toEqual([10, 20, 40]);
  });

  it('starts a new generation when a failed append cannot be cut off either', async () => {
    await commitPercents(10);
    let broken = false;
    const fs: Fs = {
      ...realFs,
      truncate: (path, length) =>
        broken
          ? Promise.reject(Object.assign(new Error('EIO: injected'), { code: 'EIO' }))
          : realFs.truncate(path, length),
      async open(path, flags) {
        const handle = await realFs.open(path, flags);
        if (!broken || path !== journal) return handle;
        return {
          writeFile: async (data, enc) => {
            await handle.writeFile(data.slice(0, 7), enc);
            throw Object.assign(new Error('EIO: injected'), { code: 'EIO' });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    await open().close();
    store = await openStore({ file, fs });
    broken = true;
    await failureOf(commitPercents(20));
    broken = false;
    const inode = statSync(file).ino;
    await commitPercents(30);
    expect(statSync(file).ino).not.toBe(inode);
    expect((await readDatabase(file)).ops.map((o) => o.fields.percent)).toEqual([10, 30]);
  });
});

describe('a file without a journal generation', () => {
  it('opens, and its first save writes it whole with one', async () => {
    await open().close();
    const { journal: _generation, ...db } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify(db));
    store = await openStore({ file });
    expect(existsSync(journal)).toBe(false);
    await commitPercents(10);
    expect(JSON.parse(readFileSync(file, 'utf8')).journal).toMatch(/^[0-9a-f]{16}$/);
    expect(existsSync(journal)).toBe(false);
    await commitPercents(20);
    expect(existsSync(journal)).toBe(true);
  });

  it('is migrated from version 1, written whole with a generation, the original kept as a backup', async () => {
    await open().close();
    const { journal: _generation, ...db } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const v1 = JSON.stringify({ ...db, schemaVersion: 1 });
    writeFileSync(file, v1);
    store = await openStore({ file });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      journal: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    const [kept] = await open().listBackups();
    expect(readFileSync(join(env.dir, 'backups', kept!.name), 'utf8')).toBe(v1);
  });
});
