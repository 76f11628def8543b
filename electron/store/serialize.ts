import type { Database } from '../../shared/model';
import { GENERATION_KEY } from './load';

// Compact JSON: the file is the program's, and indentation would cost time and space on every write.
export function serializeDatabase(db: Database): string {
  return JSON.stringify(db) + '\n';
}

/** The database file's text: the database, then the generation of the journal that may follow it. */
export function snapshotText(db: Database, generation: string): string {
  const json = JSON.stringify(db);
  return `${json.slice(0, -1)},${JSON.stringify(GENERATION_KEY)}:${JSON.stringify(generation)}}\n`;
}
