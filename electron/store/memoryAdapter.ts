import type { Database } from '../../shared/model';
import type { StoreAdapter } from './adapter';
import type { BackupReason, Backups } from './backups';
import { serializeDatabase } from './serialize';

/** The in-memory store's adapter: nothing to write, backups kept as texts. */
export class MemoryAdapter implements StoreAdapter {
  constructor(
    private readonly backups: Backups,
    private data: Database,
  ) {}

  async read(): Promise<Database> {
    return this.data;
  }

  async write(next: Database): Promise<void> {
    this.data = next;
  }

  async backup(current: Database, reason: BackupReason): Promise<string> {
    const name = await this.backups.write(serializeDatabase(current), current.ops.length, reason);
    await this.backups.rotate(reason);
    return name;
  }

  replace(next: Database): Promise<void> {
    return this.write(next);
  }

  async flush(): Promise<void> {}
}
