import type { HandlerContext } from '../../electron/handlers';
import { openStore } from '../../electron/store';
import { IDENTITY } from '../store/helpers';

/** A fixed clock and ids, so recovery tests (node and screen) see the same backups and stamps. */
export const RECOVERY_CTX: HandlerContext = {
  today: () => new Date(2021, 2, 15),
  now: () => Date.UTC(2021, 2, 15, 12),
  randomHex: () => '0123456789abcdef0123456789abcdef',
  version: 'test',
  log: () => undefined,
};

/** A database with an identity and one change, its saves' backups, and last a manual backup of it all. */
export async function makeDatabase(file: string, dataDir: string): Promise<void> {
  const store = await openStore({ file, dataDir, createIfMissing: true });
  await store.update((d) => {
    d.identity = IDENTITY;
  });
  await store.commit([{ entity: 'progress', key: 'r1', fields: { percent: 50 } }]);
  await store.backup('manual');
  await store.close();
}
