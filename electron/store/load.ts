import { fail } from '../../shared/errors';
import { Database, DB_FORMAT, SCHEMA_VERSION, type Operation } from '../../shared/model';
import { shareRepeats } from '../../shared/sync/intern';
import { operationsIssue } from './checkOperation';
import { migrate, type Migration } from './migrations';

export interface Loaded {
  db: Database;
  /** The file's schema version when it was older than ours and was migrated in memory. */
  migratedFrom: number | null;
}

function firstIssue(error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }): string {
  const issue = error.issues[0];
  if (!issue) return 'unknown';
  return `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`;
}

/**
 * Reads a database file's text and says exactly what is wrong with it: unreadable bytes (corrupt),
 * the wrong shape (invalid), or a newer program's format (newer-version). Never repairs anything.
 */
export function parseDatabaseText(text: string, file: string, migrations: readonly Migration[]): Loaded {
  if (text.trim().replace(/\0/g, '') === '') fail('store-corrupt', 'store:corrupt', { file, reason: 'empty' });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    fail('store-corrupt', 'store:corrupt', { file, reason: e instanceof Error ? e.message : 'bad JSON' });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    fail('store-corrupt', 'store:corrupt', { file, reason: 'not an object' });
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== DB_FORMAT) fail('store-invalid', 'store:invalid', { file, issue: `format: not a ${DB_FORMAT} file` });
  const version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    fail('store-invalid', 'store:invalid', { file, issue: 'schemaVersion: missing' });
  }
  if (version > SCHEMA_VERSION) fail('store-newer-version', 'store:newer-version', { file, version });
  const migrated = version < SCHEMA_VERSION ? migrate(record, version, migrations) : record;
  const checked = checkDatabase(migrated);
  if ('issue' in checked) fail('store-invalid', 'store:invalid', { file, issue: checked.issue });
  // Parsed anew, each operation's author would be a third of what the history holds (see intern.ts).
  shareRepeats(checked.db.ops);
  return { db: checked.db, migratedFrom: version < SCHEMA_VERSION ? version : null };
}

/**
 * Database.safeParse, except that the operations, nearly all of a database, go through the
 * hand-written equivalent of their schema: zod's recursive JSON union over them would cost several
 * times the JSON.parse of the file. The result holds `raw`'s own operations array, not a copy.
 */
function checkDatabase(raw: unknown): { db: Database } | { issue: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { issue: '(root): expected object' };
  const ops: unknown = (raw as { ops?: unknown }).ops;
  const parsed = Database.safeParse({ ...raw, ops: [] });
  if (!parsed.success) return { issue: firstIssue(parsed.error) };
  if (!Array.isArray(ops)) return { issue: 'ops: expected array' };
  const issue = operationsIssue(ops, 'ops');
  if (issue !== null) return { issue };
  // Assigned rather than spread so that `ops` keeps its place among the keys and in the file.
  parsed.data.ops = ops as Operation[];
  return { db: parsed.data };
}

export function validationIssue(db: unknown): string | null {
  const checked = checkDatabase(db);
  return 'issue' in checked ? checked.issue : null;
}
