import { hostname } from 'node:os';
import { fail } from '../../shared/errors';
import { ioFailure } from './failures';
import { errnoOf, type Fs } from './fsApi';

export interface Lock {
  readonly path: string;
  release(): Promise<void>;
}

interface Holder {
  pid: number;
  host: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return errnoOf(e) === 'EPERM';
  }
}

async function readHolder(fs: Fs, path: string): Promise<Holder | null> {
  try {
    const parsed: unknown = JSON.parse(await fs.readFile(path, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null) {
      const { pid, host } = parsed as Record<string, unknown>;
      if (typeof pid === 'number' && typeof host === 'string') return { pid, host };
    }
    return null;
  } catch {
    return null;
  }
}

/**
 * One running instance per database: `<db>.lock` is created exclusively and holds the owner's pid and
 * host. A lock left by a dead process on this host is taken over; a lock from another host (a shared
 * folder) cannot be checked and is respected.
 */
export async function acquireLock(fs: Fs, dbFile: string): Promise<Lock> {
  const path = `${dbFile}.lock`;
  const me: Holder = { pid: process.pid, host: hostname() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await fs.open(path, 'wx');
      try {
        await handle.writeFile(JSON.stringify(me), 'utf8');
      } finally {
        await handle.close();
      }
      return { path, release: () => fs.unlink(path).catch(() => undefined) };
    } catch (e) {
      if (errnoOf(e) !== 'EEXIST') throw ioFailure(e, path);
    }
    const holder = await readHolder(fs, path);
    // A lock being written right now reads as empty: give its writer a moment before judging it.
    if (holder === null && attempt === 0) {
      await new Promise((r) => setTimeout(r, 50));
      continue;
    }
    const stale =
      holder === null || (holder.host === me.host && holder.pid !== me.pid && !isAlive(holder.pid));
    if (!stale) {
      fail('store-locked', 'store:locked', { file: dbFile, pid: holder.pid, host: holder.host });
    }
    await fs.unlink(path).catch(() => undefined);
  }
  fail('store-locked', 'store:locked', { file: dbFile, pid: 0, host: '?' });
}
