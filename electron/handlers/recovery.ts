import { isAbsolute, resolve } from 'node:path';
import { METHODS } from '../../shared/api';
import type { recoveryApi } from '../../shared/api/recovery';
import { AppFailure, fail, type AppError } from '../../shared/errors';
import { listBackupsOf, openStore, restoreFromBackup, type OpenOptions, type Store } from '../store';
import { ioFailure } from '../store/failures';
import { errnoOf, realFs } from '../store/fsApi';
import type { HandlerContext, HandlersFor } from './context';
import { createDispatch, type Dispatch, type Handlers } from './index';

/** Problems where a backup may replace the refused file; a newer version's file, or one open elsewhere, stays as it is. */
const RESTORABLE: ReadonlySet<string> = new Set(['store-corrupt', 'store-invalid']);

/** The database the program could not open, and why. */
export interface Refused {
  /** How it was opened; restore and open reuse these options (seed folder, clock, file-system calls). */
  open: OpenOptions;
  problem: AppError;
}

/**
 * The startup methods while no database is open. Each action runs alone, and after one has opened a
 * database the others are refused: two clicks must not open two stores.
 */
export function recoveryHandlers(
  { open, problem }: Refused,
  opened: (store: Store) => void,
): HandlersFor<typeof recoveryApi> {
  const fs = open.fs ?? realFs;
  const file = open.file;
  let done = false;
  let queue: Promise<unknown> = Promise.resolve();

  function exclusive<T>(action: () => Promise<T>): Promise<T> {
    const run = queue.then(() => {
      if (done) fail('not-in-recovery', 'recovery:errors.not-in-recovery');
      return action();
    });
    queue = run.catch(() => undefined);
    return run;
  }

  function switchTo(store: Store): void {
    done = true;
    opened(store);
  }

  async function exists(path: string): Promise<boolean> {
    try {
      await fs.stat(path);
      return true;
    } catch (e) {
      if (errnoOf(e) === 'ENOENT') return false;
      throw ioFailure(e, path);
    }
  }

  return {
    async 'startup.status'() {
      // A folder that cannot be read still leaves "open another file": the screen shows no backups then.
      const backups = await listBackupsOf(file, fs).catch((e: unknown) => {
        if (e instanceof AppFailure) return [];
        throw e;
      });
      return {
        mode: 'recovery',
        problem,
        file,
        backups: backups.map(({ name, createdAt, reason, size, opCount }) => ({
          name,
          createdAt,
          reason,
          size,
          opCount,
        })),
        canRestore: RESTORABLE.has(problem.code),
      };
    },

    'startup.restore'({ name }) {
      return exclusive(async () => {
        if (!RESTORABLE.has(problem.code))
          fail('restore-refused', 'recovery:errors.restore-refused', { file });
        // Only a name listed for this database: the folder is ours to read, nothing else on the disk.
        const known = await listBackupsOf(file, fs);
        if (!known.some((b) => b.name === name)) fail('unknown-backup', 'errors:unknown-backup', { name });
        const { store, recovered } = await restoreFromBackup(open, name);
        switchTo(store);
        return { restored: recovered.from, badFileKeptAt: recovered.badFileKeptAt };
      });
    },

    'startup.open'({ file: target, create }) {
      return exclusive(async () => {
        // Checked here, not in the contract: only this process knows its platform's absolute paths.
        if (!isAbsolute(target))
          fail('not-absolute-path', 'recovery:errors.not-absolute-path', { file: target });
        if (!/\.json$/i.test(target))
          fail('not-json-file', 'recovery:errors.not-json-file', { file: target });
        const chosen = resolve(target);
        if (create && (await exists(chosen)))
          fail('file-exists', 'recovery:errors.file-exists', { file: chosen });
        const store = await openStore({ ...open, file: chosen, createIfMissing: create });
        switchTo(store);
        return { file: store.file };
      });
    },
  };
}

/**
 * The dispatcher while no database is open: the same input parsing and error values as the normal
 * one, every other method refused with `recovery:errors.in-recovery`.
 */
export function createRecoveryDispatch(
  refused: Refused,
  ctx: Pick<HandlerContext, 'log'>,
  opened: (store: Store) => void,
): Dispatch {
  const inRecovery = () =>
    Promise.reject(new AppFailure({ code: 'in-recovery', i18nKey: 'recovery:errors.in-recovery' }));
  const refusedAll = Object.fromEntries(METHODS.map((method) => [method, inRecovery])) as unknown as Handlers;
  return createDispatch({ ...refusedAll, ...recoveryHandlers(refused, opened) }, ctx);
}
