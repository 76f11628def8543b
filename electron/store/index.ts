import { basename, dirname, join } from 'node:path';
import { AppFailure, fail } from '../../shared/errors';
import type { Database } from '../../shared/model';
import { emptyDatabase } from '../seed/emptyDatabase';
import { loadSeed } from '../seed/loadSeed';
import { refreshSeed } from '../seed/refresh';
import { FileBackups, MemoryBackups } from './backups';
import { removeStaleTemps, writeDurably } from './durableFile';
import { ioFailure } from './failures';
import { errnoOf, realFs, type Fs } from './fsApi';
import { journalPathOf, readJournal } from './journal';
import { JournaledFile } from './journaledFile';
import { applyJournal, parseDatabaseText, type Loaded } from './load';
import { acquireLock, type Lock } from './lock';
import { MemoryAdapter } from './memoryAdapter';
import { MIGRATIONS, type Migration } from './migrations';
import { defaultSeedDir } from './paths';
import { createStore, type BackupInfo, type Store } from './store';
import { carrySyncOver } from '../../shared/sync/restore';

export type { Store, BackupInfo, BackupReason } from './store';
export type { Fs, FsHandle } from './fsApi';
export type { Migration } from './migrations';
export { resolveDbPath, defaultDataDir, defaultSeedDir, DB_NAME } from './paths';
export { KEEP_PER_REASON } from './backups';

export interface OpenOptions {
  file: string;
  /** Seed data folder, `<repo>/data` by default. */
  dataDir?: string;
  now?: () => number;
  /** Create a seeded database when the file does not exist (first run, `init`); otherwise that is an error. */
  createIfMissing?: boolean;
  /** For tests: the file-system calls (fault injection) and the migration steps. */
  fs?: Fs;
  migrations?: readonly Migration[];
}

async function readText(fs: Fs, file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (e) {
    if (errnoOf(e) === 'ENOENT') return null;
    throw ioFailure(e, file);
  }
}

async function exists(fs: Fs, file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch (e) {
    if (errnoOf(e) === 'ENOENT') return false;
    throw ioFailure(e, file);
  }
}

/**
 * The file's state with its journal replayed. A journal of another generation was already folded
 * into the file by a rewrite that died before removing it; a record cut short by a crash was never
 * acknowledged. With `repair` (the lock held) the first is removed and the second cut off, so that
 * the next record does not follow it.
 */
async function withJournal(
  fs: Fs,
  file: string,
  loaded: Loaded,
  repair: boolean,
): Promise<{ db: Database; journalBytes: number }> {
  const journalFile = journalPathOf(file);
  const journalText = loaded.generation === null ? null : await readText(fs, journalFile);
  if (journalText === null || loaded.generation === null) return { db: loaded.db, journalBytes: 0 };
  const read = readJournal(journalText, loaded.generation);
  if ('corrupt' in read) fail('store-corrupt', 'store:corrupt', { file: journalFile, reason: read.corrupt });
  if ('stale' in read) {
    if (repair) await fs.unlink(journalFile).catch(() => undefined);
    return { db: loaded.db, journalBytes: 0 };
  }
  const db = applyJournal(loaded.db, read.records, journalFile);
  if (read.torn && repair) {
    try {
      await fs.truncate(journalFile, read.validBytes);
    } catch (e) {
      throw ioFailure(e, journalFile);
    }
  }
  return { db, journalBytes: read.validBytes };
}

async function openLocked(opts: OpenOptions, fs: Fs, lock: Lock): Promise<Store> {
  const now = opts.now ?? Date.now;
  const migrations = opts.migrations ?? MIGRATIONS;
  const file = opts.file;
  const backups = new FileBackups(fs, file, now);
  await removeStaleTemps(fs, dirname(file), (target) => target === basename(file));
  await removeStaleTemps(fs, backups.dir, (target) => backups.owns(target));
  const text = await readText(fs, file);
  let adapter: JournaledFile;
  let db: Database;
  if (text === null) {
    if (!opts.createIfMissing) fail('store-not-found', 'store:not-found', { file });
    db = loadSeed(opts.dataDir ?? defaultSeedDir(), now);
    adapter = await JournaledFile.create(fs, file, backups, db);
  } else {
    const loaded = parseDatabaseText(text, file, migrations);
    const opened = await withJournal(fs, file, loaded, true);
    const refreshed = refreshSeed(opened.db, () => loadSeed(opts.dataDir ?? defaultSeedDir(), now));
    db = opened.db;
    adapter = new JournaledFile(fs, file, backups, {
      db,
      generation: loaded.generation,
      fileOps: loaded.db.ops.length,
      fileBytes: text.length,
      journalBytes: opened.journalBytes,
    });
    if (loaded.migratedFrom !== null || refreshed !== null) {
      // Keep the file as it was before migrating, then store the migrated shape and the shipped seed edition.
      await backups.keepPrevious(db.ops.length, 'save', async () => text);
      db = refreshed ?? db;
      await adapter.replace(db);
      await backups.rotate('save');
    }
  }
  return createStore({ file, db, adapter, backups, now, migrations, release: () => lock.release() });
}

/**
 * Opens the database file for this process alone. A file that is corrupt, invalid or from a newer
 * version is refused with an AppFailure (store:corrupt, store:invalid, store:newer-version) and never
 * written to; the caller offers to restore a backup or open another file.
 */
export async function openStore(opts: OpenOptions): Promise<Store> {
  const fs = opts.fs ?? realFs;
  if (opts.createIfMissing) {
    try {
      await fs.mkdir(dirname(opts.file), { recursive: true });
    } catch (e) {
      throw ioFailure(e, dirname(opts.file));
    }
  } else if (!(await exists(fs, opts.file))) {
    // Checked before locking too: without it a missing folder would surface as a lock-file error.
    fail('store-not-found', 'store:not-found', { file: opts.file });
  }
  const lock = await acquireLock(fs, opts.file);
  try {
    return await openLocked(opts, fs, lock);
  } catch (e) {
    await lock.release();
    throw e;
  }
}

export interface Recovered {
  from: string;
  badFileKeptAt: string;
}

/** Time as a file-name part: 2026-11-21T23-18-13-123Z. */
function fileStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[:.]/g, '-');
}

/**
 * With the lock held: moves the refused file aside as `<name>.corrupt-<time>` (never deleted), and its
 * journal beside it, writes the backup's text as the database and opens it. Puts the refused file
 * back if the write fails.
 */
async function replaceWithBackupLocked(
  opts: OpenOptions,
  fs: Fs,
  lock: Lock,
  from: string,
  text: string,
): Promise<{ store: Store; recovered: Recovered }> {
  const now = opts.now ?? Date.now;
  const badFileKeptAt = join(dirname(opts.file), `${basename(opts.file)}.corrupt-${fileStamp(now())}`);
  const hadFile = await exists(fs, opts.file);
  if (hadFile) {
    try {
      await fs.rename(opts.file, badFileKeptAt);
    } catch (renameError) {
      throw ioFailure(renameError, opts.file);
    }
  }
  // The journal continues the refused file, not the backup, which must open as it was kept.
  const journal = journalPathOf(opts.file);
  const journalKeptAt = journalPathOf(badFileKeptAt);
  const hadJournal = await exists(fs, journal);
  if (hadJournal) {
    try {
      await fs.rename(journal, journalKeptAt);
    } catch (renameError) {
      if (hadFile) await fs.rename(badFileKeptAt, opts.file).catch(() => undefined);
      throw ioFailure(renameError, journal);
    }
  }
  try {
    await writeDurably(fs, opts.file, text);
  } catch (writeError) {
    // Put the bad file back rather than leave no database at all.
    if (hadFile) await fs.rename(badFileKeptAt, opts.file).catch(() => undefined);
    if (hadJournal) await fs.rename(journalKeptAt, journal).catch(() => undefined);
    throw writeError;
  }
  const store = await openLocked(opts, fs, lock);
  return { store, recovered: { from, badFileKeptAt } };
}

/**
 * Like openStore, but a corrupt file (bad JSON, truncated, zero-filled) is replaced by the newest
 * backup that loads: the bad file is moved aside as `<name>.corrupt-<time>`, never deleted. Without a
 * usable backup it fails like openStore and leaves the file alone. Invalid or newer files are not
 * touched here either: they need a person's decision.
 */
export async function openOrRecover(
  opts: OpenOptions,
): Promise<{ store: Store; recovered: Recovered | null }> {
  try {
    return { store: await openStore(opts), recovered: null };
  } catch (e) {
    if (!(e instanceof AppFailure) || e.error.code !== 'store-corrupt') throw e;
    const fs = opts.fs ?? realFs;
    const now = opts.now ?? Date.now;
    const lock = await acquireLock(fs, opts.file);
    try {
      const backups = new FileBackups(fs, opts.file, now);
      for (const info of await backups.list()) {
        let text: string;
        try {
          text = await backups.read(info.name);
          parseDatabaseText(text, info.name, opts.migrations ?? MIGRATIONS);
        } catch {
          continue;
        }
        return await replaceWithBackupLocked(opts, fs, lock, info.name, text);
      }
    } catch (recoveryError) {
      await lock.release();
      throw recoveryError;
    }
    await lock.release();
    throw e;
  }
}

/**
 * The database a file and its journal hold, read without opening the store: nothing is locked,
 * repaired or written. Refuses what openStore refuses.
 */
export async function readDatabase(
  file: string,
  fs: Fs = realFs,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<Database> {
  const text = await readText(fs, file);
  if (text === null) fail('store-not-found', 'store:not-found', { file });
  return (await withJournal(fs, file, parseDatabaseText(text, file, migrations), false)).db;
}

/** The backups beside a database file, newest first, read from their names: the file itself is not opened. */
export function listBackupsOf(file: string, fs: Fs = realFs): Promise<BackupInfo[]> {
  return new FileBackups(fs, file, Date.now).list();
}

/**
 * The person's choice after a refused open: the named backup becomes the database, the refused file
 * is kept aside as `<name>.corrupt-<time>`. A backup that does not load is refused before anything
 * moves, and so is a file from a newer version of the program, which only that version may change.
 */
export async function restoreFromBackup(
  opts: OpenOptions,
  name: string,
): Promise<{ store: Store; recovered: Recovered }> {
  const fs = opts.fs ?? realFs;
  const migrations = opts.migrations ?? MIGRATIONS;
  const lock = await acquireLock(fs, opts.file);
  try {
    const text = await new FileBackups(fs, opts.file, opts.now ?? Date.now).read(name);
    parseDatabaseText(text, name, migrations);
    const current = await readText(fs, opts.file);
    if (current !== null) refuseNewerVersion(current, opts.file, migrations);
    // A readable database being replaced passes on its export sequence and key (see restore.ts).
    const replaced =
      current === null ? null : await readDatabase(opts.file, fs, migrations).catch(() => null);
    const restored = await replaceWithBackupLocked(opts, fs, lock, name, text);
    if (replaced) await restored.store.apply((db) => carrySyncOver(db, replaced));
    return restored;
  } catch (e) {
    await lock.release();
    throw e;
  }
}

function refuseNewerVersion(text: string, file: string, migrations: readonly Migration[]): void {
  try {
    parseDatabaseText(text, file, migrations);
  } catch (e) {
    if (e instanceof AppFailure && e.error.code === 'store-newer-version') throw e;
  }
}

/** The same store in memory, for tests of other modules: queue, validation, rollback, commit, backups. */
export function openMemoryStore(db?: Database, now: () => number = Date.now): Store {
  const initial = db ?? emptyDatabase(new Date(now()).toISOString());
  const backups = new MemoryBackups(now);
  return createStore({
    file: ':memory:',
    db: initial,
    adapter: new MemoryAdapter(backups, initial),
    backups,
    now,
    migrations: MIGRATIONS,
    release: async () => undefined,
  });
}
