import { Low } from 'lowdb';
import { AppFailure, fail } from '../../shared/errors';
import type { Author, Change, Database, Identity, Operation } from '../../shared/model';
import { DatabaseState, type VisibleState } from '../../shared/state';
import type { StoreAdapter } from './adapter';
import type { BackupInfo, BackupReason, Backups } from './backups';
import { operationsIssue } from '../../shared/model/checkOperation';
import { deltaOf, type Delta } from './delta';
import { updateFailure } from './failures';
import { keysIssue, parseDatabaseText, partsIssue, validationIssue } from './load';
import type { Migration } from './migrations';
import { stampChanges } from './stamp';
import { restampAhead } from '../../shared/sync/restamp';
import { carrySyncOver } from '../../shared/sync/restore';

export type { BackupInfo, BackupReason } from './backups';

export interface Store {
  readonly file: string;
  /** Current state, in memory. Do not mutate: change it through update, apply or commit. */
  read(): Readonly<Database>;
  /** The fold of the current state and what it shows, kept current as saves append operations. */
  state(): VisibleState;
  /**
   * Runs `fn` on a copy of the state, validates what it changed and saves it durably. Calls
   * are queued, so concurrent updates never lose one another. On any failure (fn throwing, invalid
   * result, disk error) it rejects with an AppFailure and memory and file stay as they were.
   * Operations are immutable values shared with the current state: the draft's `ops` is a copy of
   * the array, so push onto it or replace it, but never change an operation in place.
   */
  update(fn: (draft: Database) => void): Promise<void>;
  /**
   * Saves the state `fn` builds from the current one, like update but without copying the state
   * first: `fn` must not change `current`, and returns a new database sharing every part it keeps.
   * For large changes such as an import, where copying and comparing the state would cost more than
   * the change itself.
   */
  apply(fn: (current: Readonly<Database>) => Database): Promise<void>;
  /** Stamps changes as operations of this installation's identity and appends them in one save. */
  commit(changes: Change[]): Promise<Operation[]>;
  /** Keeps the current state as a backup of `reason`: one file, whatever the journal holds. */
  backup(reason: BackupReason): Promise<string>;
  /** Newest first. */
  listBackups(): Promise<BackupInfo[]>;
  /** Validates the backup, backs up the current state, then makes the backup current. */
  restoreBackup(name: string): Promise<void>;
  /** Waits for queued saves, folds the journal into the file and releases the lock. */
  close(): Promise<void>;
}

export interface StoreParts {
  file: string;
  db: Database;
  adapter: StoreAdapter;
  backups: Backups;
  now: () => number;
  migrations: readonly Migration[];
  release: () => Promise<void>;
}

/** Null when the appended operations and the changed parts are all valid. */
function deltaIssue(delta: Delta): string | null {
  return operationsIssue(delta.ops, '') ?? partsIssue(delta.set);
}

function authorOf(identity: Identity): Author {
  return { name: identity.name, email: identity.email, country: identity.country, role: identity.role };
}

/** The store's behaviour, the same over a file and in memory; only `low`'s adapter and the backups differ. */
export function createStore(parts: StoreParts): Store {
  const { file, adapter, backups, now, migrations } = parts;
  const low = new Low<Database>(adapter, parts.db);
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  let derived = new DatabaseState(parts.db);

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    if (closed)
      return Promise.reject(
        new AppFailure({ code: 'store-closed', i18nKey: 'store:closed', details: { file } }),
      );
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Saves `next` after checking what it changes: a whole new history is validated whole, an appended
   * one by its new operations and changed parts only, as validating every operation of a long history
   * would dominate the cost of each commit. Leaves memory untouched when anything fails.
   */
  async function save(next: Database): Promise<boolean> {
    const shapeIssue =
      typeof next === 'object' && next !== null ? keysIssue(next) : '(root): expected object';
    if (shapeIssue !== null) fail('store-invalid-change', 'store:invalid-change', { issue: shapeIssue });
    const before = low.data;
    const delta = deltaOf(before, next);
    if (delta === null) return false;
    const issue = delta === 'rewrite' ? validationIssue(next) : deltaIssue(delta);
    if (issue !== null) fail('store-invalid-change', 'store:invalid-change', { issue });
    low.data = next;
    try {
      await low.write();
    } catch (e) {
      low.data = before;
      throw e;
    }
    if (delta === 'rewrite') derived = new DatabaseState(next);
    else derived.append(next, delta.ops);
    return true;
  }

  /** Runs code given to update or apply: what it throws becomes an AppFailure, and it must be synchronous. */
  function runUserCode<T>(fn: () => T): T {
    let result: T;
    try {
      result = fn();
    } catch (e) {
      throw updateFailure(e);
    }
    // An async function would go on changing the state after it was saved; TypeScript lets one
    // through a `=> void` parameter, so refuse it here.
    if (result instanceof Promise) {
      result.catch(() => undefined);
      throw updateFailure(new Error('the update function must be synchronous'));
    }
    return result;
  }

  function draftOf(fn: (draft: Database) => void): Database {
    // The operations are most of the state and never change in place: copying the array is enough.
    const draft: Database = structuredClone({ ...low.data, ops: [] });
    draft.ops = low.data.ops.slice();
    runUserCode(() => fn(draft));
    return draft;
  }

  return {
    file,
    read: () => low.data,
    state: () => derived.visible(),

    update(fn) {
      return enqueue(async () => {
        await save(draftOf(fn));
      });
    },

    apply(fn) {
      return enqueue(async () => {
        await save(runUserCode(() => fn(low.data)));
      });
    },

    commit(changes) {
      return enqueue(async () => {
        const at = now();
        // Edits made while this computer's clock ran ahead are stamped again first (see restamp.ts).
        const restamped = restampAhead(low.data, at);
        if (restamped) await save(restamped);
        const current = low.data;
        const identity = current.identity;
        if (!identity) fail('store-no-identity', 'store:no-identity');
        try {
          const stamped = stampChanges(
            derived.folded(),
            current.clock,
            at,
            identity.installation,
            authorOf(identity),
            changes,
          );
          const next = { ...current, clock: stamped.clock, ops: current.ops.concat(stamped.ops) };
          await save(next);
          return stamped.ops;
        } catch (e) {
          throw updateFailure(e);
        }
      });
    },

    backup(reason) {
      return enqueue(() => adapter.backup(low.data, reason));
    },

    listBackups: () => backups.list(),

    restoreBackup(name) {
      return enqueue(async () => {
        const db = carrySyncOver(parseDatabaseText(await backups.read(name), name, migrations).db, low.data);
        // Only once the state it replaces is kept does a restore go ahead.
        await adapter.backup(low.data, 'restore');
        await adapter.replace(db);
        low.data = db;
        derived = new DatabaseState(db);
      });
    },

    async close() {
      if (closed) return;
      closed = true;
      await queue;
      // Saves made since the file was last written whole are safe in the journal; folding them in
      // now leaves one self-contained file, and a failure here loses nothing.
      await adapter.flush(low.data).catch(() => undefined);
      await parts.release();
    },
  };
}
