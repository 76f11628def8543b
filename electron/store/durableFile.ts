import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { ioFailure } from './failures';
import { errnoOf, type Fs, type FsHandle } from './fsApi';

function tempNameFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Makes a rename durable. Windows cannot open a folder for fsync and NTFS journals the rename itself,
 * so there the step is skipped; elsewhere a failure is a real I/O error.
 */
export async function syncFolder(fs: Fs, dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const WINDOWS_RENAME_RETRIES = 5;

/**
 * On Windows an antivirus or indexer briefly holding the database makes the rename fail with EPERM,
 * EACCES or EBUSY; waiting a moment and trying again is what succeeds. Elsewhere those errors are real.
 */
async function renameOver(fs: Fs, from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (e) {
      const transient =
        process.platform === 'win32' && ['EPERM', 'EACCES', 'EBUSY'].includes(errnoOf(e) ?? '');
      if (!transient || attempt >= WINDOWS_RENAME_RETRIES) throw e;
      await new Promise((r) => setTimeout(r, 20 * attempt));
    }
  }
}

/**
 * Puts a new file in place of `file` so that after a crash at any instant it holds either the old or
 * the new content, never a mix: `fill` writes and fsyncs a uniquely named temp file beside it, which
 * is renamed over the file, then the folder is fsynced. On failure the temp file is removed and the
 * old file is untouched.
 */
async function replaceDurably(fs: Fs, file: string, fill: (temp: string) => Promise<void>): Promise<void> {
  const temp = tempNameFor(file);
  try {
    await fill(temp);
    await renameOver(fs, temp, file);
  } catch (e) {
    await fs.unlink(temp).catch(() => undefined);
    throw ioFailure(e, file);
  }
  // The new content is in place and visible; a failed folder fsync only weakens this save's crash
  // durability, and reporting failure now would make the caller's memory disagree with the file.
  await syncFolder(fs, dirname(file)).catch(() => undefined);
}

async function syncOpen(
  fs: Fs,
  path: string,
  flags: 'wx' | 'a',
  write: (handle: FsHandle) => Promise<void>,
): Promise<void> {
  const handle = await fs.open(path, flags);
  try {
    await write(handle);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Replaces `file` with `text`, durably and atomically (see replaceDurably). */
export function writeDurably(fs: Fs, file: string, text: string): Promise<void> {
  return replaceDurably(fs, file, (temp) =>
    syncOpen(fs, temp, 'wx', (handle) => handle.writeFile(text, 'utf8')),
  );
}

/**
 * Copies `from` to `to`, durably and atomically. For keeping the current database as a backup, which
 * must not share its bytes with the live file.
 */
export function copyDurably(fs: Fs, from: string, to: string): Promise<void> {
  return replaceDurably(fs, to, async (temp) => {
    await fs.copyFile(from, temp);
    // Opened for appending, not reading: Windows flushes only a file open for writing.
    await syncOpen(fs, temp, 'a', async () => undefined);
  });
}

/**
 * Removes temp files left by a writer that died mid-save; they never hold the only copy of anything.
 * Only the temps of files `isOurs` accepts are touched: another database in the same folder may be
 * saving right now under its own lock.
 */
export async function removeStaleTemps(
  fs: Fs,
  dir: string,
  isOurs: (target: string) => boolean,
): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (e) {
    if (errnoOf(e) === 'ENOENT') return [];
    throw ioFailure(e, dir);
  }
  const stale = names.filter((n) => {
    const m = /^\.(.+)\.\d+\.[0-9a-f]+\.tmp$/.exec(n);
    return m !== null && isOurs(m[1] ?? '');
  });
  for (const name of stale) await fs.unlink(join(dir, name)).catch(() => undefined);
  return stale;
}

/**
 * lowdb adapter over writeDurably. Reading is done by the store's loader, which must tell a corrupt
 * file from an invalid or newer one; this adapter only reads back the raw JSON.
 */
export class DurableFile<T> implements Adapter<T> {
  constructor(
    private readonly fs: Fs,
    readonly file: string,
    private readonly serialize: (data: T) => string,
  ) {}

  async read(): Promise<T | null> {
    try {
      return JSON.parse(await this.fs.readFile(this.file, 'utf8')) as T;
    } catch (e) {
      if (errnoOf(e) === 'ENOENT') return null;
      throw ioFailure(e, this.file);
    }
  }

  write(data: T): Promise<void> {
    return writeDurably(this.fs, this.file, this.serialize(data));
  }
}
