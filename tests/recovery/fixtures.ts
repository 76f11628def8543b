import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createClient, type ApiClient } from '../../shared/api/client';
import { SCHEMA_VERSION } from '../../shared/model';
import type { HandlerContext } from '../../electron/handlers';
import { startSession, type Session } from '../../electron/host/session';
import { openStore, type Store } from '../../electron/store';
import { IDENTITY, tempDir } from '../store/helpers';

/** A fixed clock and ids, so recovery tests (node and screen) see the same backups and stamps. */
export const RECOVERY_CTX: HandlerContext = {
  today: () => new Date(2021, 2, 15),
  now: () => Date.UTC(2021, 2, 15, 12),
  randomHex: () => '0123456789abcdef0123456789abcdef',
  version: 'test',
  log: () => undefined,
};

/**
 * A database with an identity and one change, saved in a first session (whose close keeps the file
 * it replaced as a save backup), and last a manual backup of it all made in a second session.
 */
export async function makeDatabase(file: string, dataDir: string): Promise<void> {
  const first = await openStore({ file, dataDir, createIfMissing: true });
  await first.update((d) => {
    d.identity = IDENTITY;
  });
  await first.commit([{ entity: 'progress', key: 'r1', fields: { percent: 50 } }]);
  await first.close();
  const second = await openStore({ file, dataDir });
  await second.backup('manual');
  await second.close();
}

/** A database file's text that is not JSON: what a crash mid-write by another program leaves. */
export const GARBAGE = '{"format": "cea-programme-tracker", "ops": [tru';

/** A database file from a version of the program newer than this one. */
export function newerVersionText(): string {
  return JSON.stringify({
    format: 'cea-programme-tracker',
    schemaVersion: SCHEMA_VERSION + 1,
    futureField: true,
  });
}

export interface RecoveryFolder {
  env: ReturnType<typeof tempDir>;
  /** The database path, `db.json` in the folder; nothing is there until a test puts it. */
  file: string;
  /** The startup session the test started, closed after it. */
  session: Session | null;
  /** A store the test holds open (another window), closed after it. */
  holder: Store | null;
  /** Starts the startup session over `file`, as the app does, and a client of it. */
  start(): Promise<ApiClient>;
}

/** A fresh folder for each test of the file, with its session and any held store closed after it. */
export function useRecoveryFolder(): RecoveryFolder {
  const folder = {
    session: null,
    holder: null,
    async start() {
      const session = await startSession({
        file: folder.file,
        dataDir: folder.env.emptyData,
        ctx: RECOVERY_CTX,
      });
      folder.session = session;
      return createClient((method, input) => session.dispatch(method, input));
    },
  } as RecoveryFolder;
  beforeEach(() => {
    folder.env = tempDir();
    folder.file = join(folder.env.dir, 'db.json');
    folder.session = null;
    folder.holder = null;
  });
  afterEach(async () => {
    await folder.session?.close();
    await folder.holder?.close();
    folder.env.cleanup();
  });
  return folder;
}
