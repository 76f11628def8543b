import { AppFailure, type AppError } from '../../shared/errors';
import { createDispatch, createHandlers, type Dispatch, type HandlerContext } from '../handlers';
import { createRecoveryDispatch } from '../handlers/recovery';
import { openStore, type OpenOptions, type Store } from '../store';

export interface Session {
  /** What the host serves: the normal handlers, or the recovery ones until a database is open. */
  dispatch: Dispatch;
  /** The open database; null while the user has not yet chosen a backup or another file. */
  store(): Store | null;
  /** Why the database could not be opened at start; null once one is open. */
  problem(): AppError | null;
  /** The database in use, or the one that was refused. */
  file(): string;
  close(): Promise<void>;
}

export interface SessionOptions extends Omit<OpenOptions, 'createIfMissing'> {
  ctx: HandlerContext;
  /** After the user recovered: a backup restored or another file opened, without a restart. */
  onRecovered?: (store: Store) => void;
}

/**
 * Opens the database both entry points share (creating a seeded one on first run). When the store
 * refuses it (corrupt, invalid, newer version, open elsewhere…), the program still starts, in recovery
 * mode, so the user sees the problem and chooses what to do instead of facing an error box.
 */
export async function startSession({ ctx, onRecovered, ...open }: SessionOptions): Promise<Session> {
  let store: Store | null = null;
  let problem: AppError | null = null;
  const normal = (opened: Store): Dispatch => {
    store = opened;
    problem = null;
    return createDispatch(createHandlers(opened, ctx), ctx);
  };
  let current: Dispatch;
  try {
    current = normal(await openStore({ ...open, createIfMissing: true }));
  } catch (e) {
    if (!(e instanceof AppFailure) || !e.error.code.startsWith('store-')) throw e;
    problem = e.error;
    current = createRecoveryDispatch({ open, problem: e.error }, ctx, (opened) => {
      current = normal(opened);
      onRecovered?.(opened);
    });
  }
  return {
    dispatch: (method, input) => current(method, input),
    store: () => store,
    problem: () => problem,
    file: () => store?.file ?? open.file,
    close: async () => {
      await store?.close();
    },
  };
}
