import { contentIssue, foldedContext } from '../../shared/domain/content';
import { fail } from '../../shared/errors';
import { SCHEMA_VERSION, type Operation, type Programme } from '../../shared/model';
import { emptyFolded, foldInto } from '../../shared/sync/fold';
import { operationIssue } from '../../shared/model/checkOperation';

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
  // Version 4 checks what operations hold (shared/domain/content.ts) where they enter; what an earlier
  // version took without that check is set aside, not lost.
  { from: 3, migrate: quarantineInvalid },
];

/**
 * Moves the operations the content check refuses into `sync.quarantine`, each with its rule, judged in
 * the order they were held. A file whose parts are malformed is left for the load to refuse.
 */
export function quarantineInvalid(db: RawDatabase): RawDatabase {
  const { ops, programmes, institutions, sync } = db;
  if (
    !Array.isArray(ops) ||
    !Array.isArray(programmes) ||
    !Array.isArray(institutions) ||
    typeof sync !== 'object' ||
    sync === null
  )
    return db;
  if (ops.some((op) => operationIssue(op) !== null)) return db;
  const folded = emptyFolded();
  const ctx = foldedContext(folded, {
    programmes: programmes as Programme[],
    institutions: institutions as { id: string }[],
    // Versions before 5 held no group operations, the only ones that read the countries.
    countries: [],
  });
  const kept: Operation[] = [];
  const quarantine: { op: Operation; rule: string; field: string }[] = [];
  const removedAt: number[] = [];
  for (const [at, op] of (ops as Operation[]).entries()) {
    let issue;
    try {
      issue = contentIssue(op, ctx);
    } catch {
      return db;
    }
    if (issue) {
      quarantine.push({ op, rule: issue.rule, field: issue.field || 'record' });
      removedAt.push(at);
    } else {
      kept.push(op);
      foldInto(folded, [op]);
    }
  }
  // Bundles sent remember how many operations were held then: as many fewer as were set aside before that.
  const history = (sync as { history?: unknown }).history;
  const shifted = Array.isArray(history)
    ? history.map((e: Record<string, unknown>) =>
        typeof e?.opIndex === 'number'
          ? { ...e, opIndex: e.opIndex - removedAt.filter((at) => at < (e.opIndex as number)).length }
          : e,
      )
    : history;
  return { ...db, ops: kept, sync: { ...sync, history: shifted, quarantine } };
}

/** Applies the steps from the file's version up to `target`, one at a time, in order. */
export function migrate(
  db: RawDatabase,
  from: number,
  migrations: readonly Migration[],
  target = SCHEMA_VERSION,
): RawDatabase {
  let current = db;
  for (let version = from; version < target; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step) fail('store-no-migration', 'store:no-migration', { from: version, to: version + 1 });
    current = { ...step.migrate(current), schemaVersion: version + 1 };
  }
  return current;
}
