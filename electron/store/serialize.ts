import type { Database } from '../../shared/model';

// A save stringifies the database once to compare it with the file, once to write it and once more
// for the backup; the memo makes that one stringify per state.
const texts = new WeakMap<object, string>();

export function serializeDatabase(db: Database): string {
  let text = texts.get(db);
  if (text === undefined) {
    text = JSON.stringify(db, null, 1) + '\n';
    texts.set(db, text);
  }
  return text;
}
