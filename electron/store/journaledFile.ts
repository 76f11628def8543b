import { dirname } from 'node:path';
import type { Database } from '../../shared/model';
import type { BackupReason, FileBackups } from './backups';
import { deltaOf } from './delta';
import { syncFolder, writeDurably } from './durableFile';
import { ioFailure } from './failures';
import type { Fs } from './fsApi';
import { headerLine, journalPathOf, newGeneration, recordLine } from './journal';
import { snapshotText } from './serialize';
import type { StoreAdapter } from './adapter';

/** The database file as opened: its state with the journal replayed, and where the journal stands. */
export interface OpenedFile {
  db: Database;
  /** Null for a file written without a journal generation: its first save writes it whole. */
  generation: string | null;
  /** Operations in the file itself (not the journal), for naming the backup that keeps it. */
  fileOps: number;
  fileBytes: number;
  journalBytes: number;
}

/** A journal is folded into the file once it passes this size or half the file's, whichever is larger. */
export const MIN_JOURNAL_LIMIT = 8 * 1024 * 1024;

/**
 * lowdb adapter over the database file and its journal (see journal.ts). A save that appends
 * operations or replaces small parts is one fsynced line in the journal; anything else, or a journal
 * grown past its limit, rewrites the file whole (temp file, fsync, rename), keeps the replaced file
 * as a backup by linking it, and starts a new journal generation.
 */
export class JournaledFile implements StoreAdapter {
  private readonly journal: string;
  private written: Database;
  private generation: string | null;
  private fileOps: number;
  private fileBytes: number;
  private journalBytes: number;
  /** A failed append could not be cut off the journal: the next save must start a new generation. */
  private damaged = false;

  constructor(
    private readonly fs: Fs,
    readonly file: string,
    private readonly backups: FileBackups,
    opened: OpenedFile,
  ) {
    this.journal = journalPathOf(file);
    this.written = opened.db;
    this.generation = opened.generation;
    this.fileOps = opened.fileOps;
    this.fileBytes = opened.fileBytes;
    this.journalBytes = opened.journalBytes;
  }

  /** Writes a first file for `db` where there was none. */
  static async create(fs: Fs, file: string, backups: FileBackups, db: Database): Promise<JournaledFile> {
    const adapter = new JournaledFile(fs, file, backups, {
      db,
      generation: null,
      fileOps: 0,
      fileBytes: 0,
      journalBytes: 0,
    });
    await adapter.rewrite(db, null);
    return adapter;
  }

  async read(): Promise<Database> {
    return this.written;
  }

  async write(next: Database): Promise<void> {
    // Measured against what this file last wrote, so the store need not say what changed.
    const delta = deltaOf(this.written, next);
    if (delta === null) {
      this.written = next;
      return;
    }
    if (delta !== 'rewrite' && this.generation !== null && !this.damaged) {
      const line = recordLine(delta);
      if (this.journalBytes + line.length <= Math.max(MIN_JOURNAL_LIMIT, this.fileBytes / 2)) {
        await this.append(this.generation, line);
        this.written = next;
        return;
      }
    }
    await this.rewrite(next, 'save');
  }

  /**
   * A backup is one file holding the current state: a copy of the database file when the journal
   * adds nothing to it, otherwise the state written whole. The journal stays as it is: folding it
   * first would write the state twice, once as the file and once as the backup.
   */
  async backup(current: Database, reason: BackupReason): Promise<string> {
    const name = this.holdsCurrent()
      ? await this.backups.copyCurrent(this.fileOps, reason)
      : await this.backups.write(snapshotText(current, newGeneration()), current.ops.length, reason);
    await this.backups.rotate(reason).catch(() => undefined);
    return name;
  }

  replace(next: Database): Promise<void> {
    return this.rewrite(next, null);
  }

  async flush(current: Database): Promise<void> {
    if (!this.holdsCurrent()) await this.rewrite(current, 'save');
  }

  /** Whether the database file alone is the current state, in the current format. */
  private holdsCurrent(): boolean {
    return this.journalBytes === 0 && !this.damaged && this.generation !== null;
  }

  private async append(generation: string, line: Buffer): Promise<void> {
    const first = this.journalBytes === 0;
    const bytes = first ? Buffer.concat([headerLine(generation), line]) : line;
    try {
      // 'w' for a new generation: whatever an older one left in the journal is already in the file.
      const handle = await this.fs.open(this.journal, first ? 'w' : 'a');
      try {
        await handle.writeFile(bytes, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (e) {
      // Part of the record may have reached the disk; the next record must not follow it.
      await this.fs.truncate(this.journal, this.journalBytes).catch(() => {
        this.damaged = true;
      });
      throw ioFailure(e, this.file);
    }
    if (first) await syncFolder(this.fs, dirname(this.journal)).catch(() => undefined);
    this.journalBytes += bytes.length;
  }

  /**
   * Writes `next` as the whole file under a new generation. The file it replaces becomes a backup of
   * `reason` (a save goes ahead even when that backup cannot be made); null makes none.
   */
  private async rewrite(next: Database, reason: BackupReason | null): Promise<void> {
    const generation = newGeneration();
    const text = snapshotText(next, generation);
    const hadFile = this.fileBytes > 0;
    const kept =
      reason === null || !hadFile
        ? null
        : await this.backups
            .keepPrevious(this.fileOps, reason, () => this.fs.readFile(this.file, 'utf8'))
            .catch((e: unknown) => {
              if (reason === 'save') return null;
              throw e;
            });
    try {
      await writeDurably(this.fs, this.file, text);
    } catch (e) {
      // The backup may be a second name of the file that is still the database: not a copy to keep.
      if (kept !== null) await this.backups.discard(kept).catch(() => undefined);
      throw e;
    }
    const hadJournal = this.journalBytes > 0 || this.damaged;
    this.written = next;
    this.generation = generation;
    this.fileOps = next.ops.length;
    this.fileBytes = text.length;
    this.journalBytes = 0;
    this.damaged = false;
    // The journal now continues an older generation and would be ignored; removing it is tidiness.
    if (hadJournal) await this.fs.unlink(this.journal).catch(() => undefined);
    if (kept !== null && reason !== null) await this.backups.rotate(reason).catch(() => undefined);
  }
}
