import type { Adapter } from 'lowdb';
import type { Database } from '../../shared/model';
import type { BackupReason } from './backups';

/** What the store needs of where its state lives, beyond lowdb's read and write. */
export interface StoreAdapter extends Adapter<Database> {
  /** Keeps the current state as a backup of `reason`; returns the backup's name. */
  backup(current: Database, reason: BackupReason): Promise<string>;
  /** Replaces the stored state whole, without a backup of what it replaces: the caller made one. */
  replace(next: Database): Promise<void>;
  /** Leaves the database file complete on its own, for closing. */
  flush(current: Database): Promise<void>;
}
