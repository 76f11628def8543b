import type { Database } from '../../shared/model';

// Compact JSON: the file is the program's, and indentation would cost time and space on every save.
// A save stringifies the database once to compare it with the file, once to write it and once more
// for the backup; the memo makes that one stringify per state.
const texts = new WeakMap<object, string>();

export function serializeDatabase(db: Database): string {
  let text = texts.get(db);
  if (text === undefined) {
    text = JSON.stringify(db) + '\n';
    texts.set(db, text);
  }
  return text;
}
