import { fail } from '../../shared/errors';
import { SCHEMA_VERSION } from '../../shared/model';

export type RawDatabase = Record<string, unknown>;

/** Turns a database of schema version `from` into version `from + 1`. */
export interface Migration {
  from: number;
  migrate(db: RawDatabase): RawDatabase;
}

/** One step for every bump, in order. */
export const MIGRATIONS: readonly Migration[] = [
  // Version 2 may be continued by a journal file beside it (see journal.ts): the shape is unchanged,
  // but a version-1 program would read such a file without its latest saves, so it must refuse it.
  { from: 1, migrate: (db) => db },
  // Version 3 records the seed edition a database was made from; every version-2 file holds the first
  // one. Opening brings the seeded parts up to the shipped edition (electron/seed/refresh.ts).
  { from: 2, migrate: (db) => ({ ...db, seedEdition: 1 }) },
];

/** Applies the steps from the file's version up to `target`, one at a time, in order. */
export function migrate(db: RawDatabase, from: number, migrations: readonly Migration[], target = SCHEMA_VERSION): RawDatabase {
  let current = db;
  for (let version = from; version < target; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step) fail('store-no-migration', 'store:no-migration', { from: version, to: version + 1 });
    current = { ...step.migrate(current), schemaVersion: version + 1 };
  }
  return current;
}
