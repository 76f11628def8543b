import { AppFailure } from '../../shared/errors';
import { defaultDataDir, openOrRecover, resolveDbPath } from '../store';
import type { Store } from '../store';

/**
 * Opens the database both entry points share (`--db`, `CEA_DB`, or the per-user data folder),
 * recovering from a damaged file when a good backup exists. Returns a message instead when it cannot.
 */
export async function openDatabase(argv: string[], env: NodeJS.ProcessEnv): Promise<{ store: Store; notice: string | null } | { error: string }> {
  const file = resolveDbPath(argv, env, defaultDataDir());
  try {
    const { store, recovered } = await openOrRecover({ file, createIfMissing: true });
    const notice = recovered ? `The database was damaged and has been restored from backup ${recovered.from}; the damaged file was kept at ${recovered.badFileKeptAt}.` : null;
    return { store, notice };
  } catch (e) {
    if (e instanceof AppFailure) return { error: `Cannot open ${file}: ${e.message}` };
    throw e;
  }
}
