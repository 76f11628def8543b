import type { Low } from 'lowdb';
import { AppFailure, fail } from '../../shared/errors';
import type { Author, Change, Database, Identity, Operation } from '../../shared/model';
import { fold, type Folded } from '../../shared/sync/fold';
import type { BackupInfo, BackupReason, Backups } from './backups';
import { updateFailure } from './failures';
import { operationsIssue } from './checkOperation';
import { parseDatabaseText, validationIssue } from './load';
import type { Migration } from './migrations';
import { serializeDatabase } from './serialize';
import { stampChanges } from './stamp';

export type { BackupInfo, BackupReason } from './backups';

export interface Store {
  readonly file: string;
  /** Current state, in memory. Do not mutate: change it through update or commit. */
  read(): Readonly<Database>;
  /**
   * Runs `fn` on a copy of the state, validates the result and saves it atomically and durably. Calls
   * are queued, so concurrent updates never lose one another. On any failure (fn throwing, invalid
   * result, disk error) it rejects with an AppFailure and memory and file stay as they were.
   */
  update(fn: (draft: Database) => void): Promise<void>;
  /** Stamps changes as operations of this installation's identity and appends them in one save. */
  commit(changes: Change[]): Promise<Operation[]>;
  backup(reason: BackupReason): Promise<string>;
  /** Newest first. */
  listBackups(): Promise<BackupInfo[]>;
  /** Validates the backup, backs up the current state, then makes the backup current. */
  restoreBackup(name: string): Promise<void>;
  /** Waits for queued saves and releases the lock. */
  close(): Promise<void>;
}

export interface StoreParts {
  file: string;
  low: Low<Database>;
  backups: Backups;
  now: () => number;
  migrations: readonly Migration[];
  release: () => Promise<void>;
}

function authorOf(identity: Identity): Author {
  return { name: identity.name, email: identity.email, country: identity.country, role: identity.role };
}

/** The store's behaviour, the same over a file and in memory; only `low`'s adapter and the backups differ. */
export function createStore(parts: StoreParts): Store {
  const { file, low, backups, now, migrations } = parts;
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  // Folding every operation on each commit would grow with the history; this cache follows the ops
  // array it was built from and is rebuilt whenever something else replaced it.
  let folded: { ops: readonly Operation[]; state: Folded } | null = null;

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    if (closed) return Promise.reject(new AppFailure({ code: 'store-closed', i18nKey: 'store:closed', details: { file } }));
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Saves `next` once `issue` (its validation result) is null; leaves memory untouched when anything
   * fails. Callers that only append checked parts may validate just those parts: validating every
   * operation of a long history would dominate the cost of each commit. The state being replaced
   * becomes a backup of `reason`.
   */
  async function save(next: Database, issue: string | null = validationIssue(next), reason: BackupReason = 'save'): Promise<boolean> {
    if (issue !== null) fail('store-invalid-change', 'store:invalid-change', { issue });
    const before = low.data;
    if (serializeDatabase(next) === serializeDatabase(before)) return false;
    // A backup that cannot be made (say, a full disk) must not stop a save the user asked for; a
    // restore, though, replaces the state only once the state it replaces is kept.
    const kept = await backups.keepPrevious(before.ops.length, reason, () => serializeDatabase(before)).catch((e: unknown) => {
      if (reason === 'save') return null;
      throw e;
    });
    low.data = next;
    try {
      await low.write();
    } catch (e) {
      low.data = before;
      // The backup may be a second name of the file that is still the database: not a copy to keep.
      if (kept !== null) await backups.discard(kept).catch(() => undefined);
      throw e;
    }
    await backups.rotate(reason).catch(() => undefined);
    return true;
  }

  function draftOf(fn: (draft: Database) => void): Database {
    const draft = structuredClone(low.data);
    let result: unknown;
    try {
      result = fn(draft);
    } catch (e) {
      throw updateFailure(e);
    }
    // An async function would go on changing the draft after it was saved; TypeScript lets one
    // through a `=> void` parameter, so refuse it here.
    if (result instanceof Promise) {
      result.catch(() => undefined);
      throw updateFailure(new Error('the update function must be synchronous'));
    }
    return draft;
  }

  return {
    file,
    read: () => low.data,

    update(fn) {
      return enqueue(async () => {
        await save(draftOf(fn));
      });
    },

    commit(changes) {
      return enqueue(async () => {
        const current = low.data;
        const identity = current.identity;
        if (!identity) fail('store-no-identity', 'store:no-identity');
        if (folded?.ops !== current.ops) folded = { ops: current.ops, state: fold(current.ops) };
        const cache = folded;
        try {
          const stamped = stampChanges(cache.state, current.clock, now(), identity.installation, authorOf(identity), changes);
          const next = { ...current, clock: stamped.clock, ops: [...current.ops, ...stamped.ops] };
          await save(next, operationsIssue(stamped.ops, ''));
          folded = { ops: next.ops, state: cache.state };
          return stamped.ops;
        } catch (e) {
          // The cache was advanced with operations that were not saved.
          folded = null;
          throw updateFailure(e);
        }
      });
    },

    backup(reason) {
      return enqueue(() => backups.write(serializeDatabase(low.data), low.data.ops.length, reason));
    },

    listBackups: () => backups.list(),

    restoreBackup(name) {
      return enqueue(async () => {
        const { db } = parseDatabaseText(await backups.read(name), name, migrations);
        await save(db, null, 'restore');
      });
    },

    async close() {
      if (closed) return;
      closed = true;
      await queue;
      await parts.release();
    },
  };
}
