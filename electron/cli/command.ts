import type { AppError } from '../../shared/errors';
import type { TKey } from '../../shared/i18n/keys';
import type { Database } from '../../shared/model';
import type { Lang } from '../../shared/model/text';
import { openStore, readDatabase, type Store } from '../store';

/** What every command gets: where the database and seed data are, the environment, and its output. */
export interface CliContext {
  /** From --db, else CEA_DB, else the per-user data folder. */
  db: string;
  /** Seed data folder used when a command creates the database. */
  dataDir: string;
  env: NodeJS.ProcessEnv;
  now: () => number;
  /** Writes to standard output exactly what it is given. */
  out(text: string): void;
  /** The user's language: --lang, else the database's, else the system's. */
  lang: Lang;
  /** The message `key` in the user's language. */
  t(key: TKey, details?: Record<string, string | number>): string;
  /** Writes one line, the message `key` in the user's language. */
  say(key: TKey, details?: Record<string, string | number>): void;
  /** An error value (a handler's warning, say) as a sentence in the user's language. */
  message(error: AppError): string;
}

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The full synopsis shown in errors, e.g. `groups --programme ID`. */
  usage: string;
  /** Resolves on success; throws an AppFailure for anything the user can fix. */
  run(args: string[], ctx: CliContext): Promise<void>;
}

/** Opens the context's database for the duration of `fn` and always releases it. */
export async function withStore<T>(
  ctx: CliContext,
  fn: (store: Store) => Promise<T> | T,
  opts: { create?: boolean } = {},
): Promise<T> {
  const store = await openStore({
    file: ctx.db,
    dataDir: ctx.dataDir,
    now: ctx.now,
    createIfMissing: opts.create ?? false,
  });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/**
 * The context's database as its file and journal hold it, for commands that only read: no lock is
 * taken and nothing is written, so a database in a read-only folder (or in use) can still be read.
 */
export async function withDatabase<T>(ctx: CliContext, fn: (db: Database) => Promise<T> | T): Promise<T> {
  return fn(await readDatabase(ctx.db));
}
