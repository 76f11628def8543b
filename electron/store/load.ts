import { fail } from '../../shared/errors';
import { Database, DB_FORMAT, Operation, SCHEMA_VERSION } from '../../shared/model';
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
  const parsed = Database.safeParse(migrated);
  if (!parsed.success) fail('store-invalid', 'store:invalid', { file, issue: firstIssue(parsed.error) });
  return { db: parsed.data, migratedFrom: version < SCHEMA_VERSION ? version : null };
}

export function validationIssue(db: unknown): string | null {
  const parsed = Database.safeParse(db);
  return parsed.success ? null : firstIssue(parsed.error);
}

/** Checks only new operations, for saves that append to a database already known to be valid. */
export function operationsIssue(ops: readonly unknown[]): string | null {
  const parsed = Operation.array().safeParse(ops);
  return parsed.success ? null : firstIssue(parsed.error);
}
