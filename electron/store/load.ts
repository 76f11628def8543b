import { fail } from '../../shared/errors';
import { Database, DB_FORMAT, SCHEMA_VERSION, type Operation } from '../../shared/model';
import { shareRepeats } from '../../shared/sync/intern';
import { operationsIssue } from '../../shared/model/checkOperation';
import { PART_KEYS, type Delta, type PartKey } from './delta';
import { migrate, type Migration } from './migrations';

export interface Loaded {
  db: Database;
  /** The file's schema version when it was older than ours and was migrated in memory. */
  migratedFrom: number | null;
  /** Which journal continues this file (see journal.ts); null for a file written before journals. */
  generation: string | null;
}

/** The key under which a database file names its journal's generation; storage, not part of the model. */
export const GENERATION_KEY = 'journal';

function firstIssue(error: {
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>;
}): string {
  const issue = error.issues[0];
  if (!issue) return 'unknown';
  return `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`;
}

/**
 * Reads a database file's text and says exactly what is wrong with it: unreadable bytes (corrupt),
 * the wrong shape (invalid), or a newer program's format (newer-version). Never repairs anything.
 */
export function parseDatabaseText(text: string, file: string, migrations: readonly Migration[]): Loaded {
  if (text.trim().replace(/\0/g, '') === '')
    fail('store-corrupt', 'store:corrupt', { file, reason: 'empty' });
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
  if (record.format !== DB_FORMAT)
    fail('store-invalid', 'store:invalid', { file, issue: `format: not a ${DB_FORMAT} file` });
  const version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    fail('store-invalid', 'store:invalid', { file, issue: 'schemaVersion: missing' });
  }
  if (version > SCHEMA_VERSION) fail('store-newer-version', 'store:newer-version', { file, version });
  const { [GENERATION_KEY]: generation, ...content } = record;
  if (generation !== undefined && (typeof generation !== 'string' || !/^[0-9a-f]{16}$/.test(generation))) {
    fail('store-invalid', 'store:invalid', {
      file,
      issue: `${GENERATION_KEY}: malformed journal generation`,
    });
  }
  const migrated = version < SCHEMA_VERSION ? migrate(content, version, migrations) : content;
  const checked = checkDatabase(migrated);
  if ('issue' in checked) fail('store-invalid', 'store:invalid', { file, issue: checked.issue });
  // Parsed anew, each operation's author would be a third of what the history holds (see intern.ts).
  shareRepeats(checked.db.ops);
  return {
    db: checked.db,
    migratedFrom: version < SCHEMA_VERSION ? version : null,
    generation: generation ?? null,
  };
}

const PART_SET: ReadonlySet<string> = new Set(PART_KEYS);

/** Null when `record` is a well-formed journal record that continues a history of `length` operations. */
function recordIssue(record: unknown, length: number): string | null {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return 'expected object';
  const { from, ops, set, ...rest } = record as Partial<Record<keyof Delta, unknown>>;
  if (Object.keys(rest).length > 0) return `unexpected key ${Object.keys(rest)[0]}`;
  if (from !== length) return `from: expected ${length}, the operations before it`;
  if (!Array.isArray(ops)) return 'ops: expected array';
  const opsIssue = operationsIssue(ops, 'ops');
  if (opsIssue !== null) return opsIssue;
  if (typeof set !== 'object' || set === null || Array.isArray(set)) return 'set: expected object';
  const setIssue = partsIssue(set as Record<string, unknown>);
  return setIssue && `set.${setIssue}`;
}

const DATABASE_KEYS: ReadonlySet<string> = new Set(Object.keys(Database.shape));

/** Null when `db` has exactly the database's keys: a state built by hand could drop or add one. */
export function keysIssue(db: object): string | null {
  const keys = Object.keys(db);
  const unknown = keys.find((k) => !DATABASE_KEYS.has(k));
  if (unknown !== undefined) return `${unknown}: not a part of the database`;
  const missing = [...DATABASE_KEYS].find((k) => !Object.hasOwn(db, k));
  return missing === undefined ? null : `${missing}: missing`;
}

/** Null when every entry is a part of the database (anything but its operations) holding a valid value. */
export function partsIssue(parts: Readonly<Record<string, unknown>>): string | null {
  for (const [key, value] of Object.entries(parts)) {
    if (!PART_SET.has(key)) return `${key}: not a part of the database`;
    const parsed = Database.shape[key as PartKey].safeParse(value);
    if (!parsed.success)
      return firstIssue({ issues: parsed.error.issues.map((i) => ({ ...i, path: [key, ...i.path] })) });
  }
  return null;
}

/**
 * Replays a journal's records onto the database they continue, checking each as the file itself is
 * checked: a record that does not fit is damage the checksum did not catch, and the file is refused.
 */
export function applyJournal(db: Database, records: readonly unknown[], journalFile: string): Database {
  let ops = db.ops;
  let current = db;
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    const issue = recordIssue(record, ops.length);
    if (issue !== null)
      fail('store-corrupt', 'store:corrupt', { file: journalFile, reason: `record ${i + 1}: ${issue}` });
    const delta = record as Delta;
    if (delta.ops.length > 0) {
      if (ops === db.ops) ops = ops.slice();
      for (const op of shareRepeats(delta.ops)) ops.push(op);
    }
    current = { ...current, ...delta.set, ops };
  }
  return current;
}

/**
 * Database.safeParse, except that the operations, nearly all of a database, go through the
 * hand-written equivalent of their schema: zod's recursive JSON union over them would cost several
 * times the JSON.parse of the file. The result holds `raw`'s own operations array, not a copy.
 */
function checkDatabase(raw: unknown): { db: Database } | { issue: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { issue: '(root): expected object' };
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
