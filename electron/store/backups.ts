import { basename, dirname, join } from 'node:path';
import { fail } from '../../shared/errors';
import { copyDurably, syncFolder, writeDurably } from './durableFile';
import { ioFailure } from './failures';
import { errnoOf, type Fs } from './fsApi';

export const BACKUP_REASONS = ['save', 'import', 'manual', 'restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** How many backups of each reason are kept: the last saves and, separately, the state before each import. */
export const KEEP_PER_REASON = 10;

export interface BackupInfo {
  name: string;
  createdAt: string;
  reason: BackupReason;
  size: number;
  opCount: number;
}

/** Where backups live: a folder beside the database, or memory for the in-memory store. */
export interface Backups {
  /**
   * Keeps the database as it is now, just before a save replaces it; `text` is its content, for
   * where the file cannot be linked. Call `rotate` once the save succeeded, `discard` if it failed.
   */
  keepPrevious(opCount: number, reason: BackupReason, text: () => Promise<string>): Promise<string>;
  /** Writes `text`, a whole database, as a new backup of `reason`. */
  write(text: string, opCount: number, reason: BackupReason): Promise<string>;
  discard(name: string): Promise<void>;
  /** Deletes the oldest backups of `reason` beyond KEEP_PER_REASON. */
  rotate(reason: BackupReason): Promise<void>;
  /** Newest first. */
  list(): Promise<BackupInfo[]>;
  read(name: string): Promise<string>;
}

const NAME = /^(.+)\.(\d{8}T\d{9}Z)\.(save|import|manual|restore)\.ops(\d+)\.json$/;

function compactStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:.]/g, '');
}

function stampToIso(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` : stamp;
}

/** Parses a backup file name of the given database; null for anything else in the folder. */
function infoOf(name: string, stem: string, size: number): BackupInfo | null {
  const m = NAME.exec(name);
  if (!m || m[1] !== stem) return null;
  return {
    name,
    createdAt: stampToIso(m[2] ?? ''),
    reason: m[3] as BackupReason,
    size,
    opCount: Number(m[4]),
  };
}

/**
 * Names carry the time, reason and operation count, so listing needs no reads; the time is kept
 * strictly increasing so that two backups in the same millisecond still sort in the order made.
 */
abstract class NamedBackups implements Backups {
  private lastMs = 0;
  constructor(
    protected readonly stem: string,
    private readonly now: () => number,
  ) {}

  protected nextName(opCount: number, reason: BackupReason): string {
    this.lastMs = Math.max(this.now(), this.lastMs + 1);
    return `${this.stem}.${compactStamp(this.lastMs)}.${reason}.ops${opCount}.json`;
  }

  protected parse(name: string, size: number): BackupInfo | null {
    return infoOf(name, this.stem, size);
  }

  protected expired(all: BackupInfo[], reason: BackupReason): BackupInfo[] {
    return all.filter((b) => b.reason === reason).slice(KEEP_PER_REASON);
  }

  protected unknown(name: string): never {
    fail('store-backup-not-found', 'store:backup-not-found', { name });
  }

  abstract keepPrevious(opCount: number, reason: BackupReason, text: () => Promise<string>): Promise<string>;
  abstract write(text: string, opCount: number, reason: BackupReason): Promise<string>;
  abstract discard(name: string): Promise<void>;
  abstract rotate(reason: BackupReason): Promise<void>;
  abstract list(): Promise<BackupInfo[]>;
  abstract read(name: string): Promise<string>;
}

function newestFirst(a: BackupInfo, b: BackupInfo): number {
  return a.name < b.name ? 1 : a.name > b.name ? -1 : 0;
}

/** Errors of a file system without hard links (FAT, exFAT) or of a backups folder on another volume. */
const NO_LINKS = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP']);

/** `<db folder>/backups/<db name>.<time>.<reason>.ops<N>.json`, each written durably. */
export class FileBackups extends NamedBackups {
  readonly dir: string;
  constructor(
    private readonly fs: Fs,
    private readonly dbFile: string,
    now: () => number,
  ) {
    super(basename(dbFile), now);
    this.dir = join(dirname(dbFile), 'backups');
  }

  /** Whether a file name in the backups folder is one of this database's backups. */
  owns(name: string): boolean {
    return this.parse(name, 0) !== null;
  }

  /**
   * Saves replace the database by renaming a new file over it and never write into it, so a second
   * name for the current file keeps exactly its bytes once the rename is done, without reading or
   * writing them: O(1) however large the database. Where links are unsupported, a durable copy.
   */
  async keepPrevious(opCount: number, reason: BackupReason, text: () => Promise<string>): Promise<string> {
    const name = this.nextName(opCount, reason);
    const path = join(this.dir, name);
    await this.makeDir();
    try {
      await this.fs.link(this.dbFile, path);
    } catch (e) {
      if (!NO_LINKS.has(errnoOf(e) ?? '')) throw ioFailure(e, path);
      await writeDurably(this.fs, path, await text());
      return name;
    }
    // Only the new name needs making durable; failing to only weakens this backup's crash safety.
    await syncFolder(this.fs, this.dir).catch(() => undefined);
    return name;
  }

  /**
   * Copies the database file as it is now, which goes on being the database: a copy, not a link, as
   * a backup sharing the live file's bytes would share whatever damages them.
   */
  async copyCurrent(opCount: number, reason: BackupReason): Promise<string> {
    const name = this.nextName(opCount, reason);
    await this.makeDir();
    await copyDurably(this.fs, this.dbFile, join(this.dir, name));
    return name;
  }

  async write(text: string, opCount: number, reason: BackupReason): Promise<string> {
    const name = this.nextName(opCount, reason);
    await this.makeDir();
    await writeDurably(this.fs, join(this.dir, name), text);
    return name;
  }

  async discard(name: string): Promise<void> {
    await this.fs.unlink(join(this.dir, name));
  }

  async rotate(reason: BackupReason): Promise<void> {
    // Rotation needs names only; sizes would cost a stat per backup on every save.
    for (const old of this.expired(await this.infos(false), reason)) {
      await this.fs.unlink(join(this.dir, old.name)).catch(() => undefined);
    }
  }

  private async makeDir(): Promise<void> {
    try {
      await this.fs.mkdir(this.dir, { recursive: true });
    } catch (e) {
      throw ioFailure(e, this.dir);
    }
  }

  list(): Promise<BackupInfo[]> {
    return this.infos(true);
  }

  private async infos(withSizes: boolean): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.dir);
    } catch (e) {
      if (errnoOf(e) === 'ENOENT') return [];
      throw ioFailure(e, this.dir);
    }
    const out: BackupInfo[] = [];
    for (const name of names) {
      if (!this.parse(name, 0)) continue;
      // A backup rotated away between readdir and stat is simply no longer listed.
      const size = withSizes
        ? await this.fs.stat(join(this.dir, name)).then(
            (s) => s.size,
            () => null,
          )
        : 0;
      const info = size === null ? null : this.parse(name, size);
      if (info) out.push(info);
    }
    return out.sort(newestFirst);
  }

  async read(name: string): Promise<string> {
    if (!this.parse(name, 0)) this.unknown(name);
    try {
      return await this.fs.readFile(join(this.dir, name), 'utf8');
    } catch (e) {
      if (errnoOf(e) === 'ENOENT') this.unknown(name);
      throw ioFailure(e, join(this.dir, name));
    }
  }
}

export class MemoryBackups extends NamedBackups {
  private readonly texts = new Map<string, string>();
  constructor(now: () => number) {
    super('memory', now);
  }

  async keepPrevious(opCount: number, reason: BackupReason, text: () => Promise<string>): Promise<string> {
    const name = this.nextName(opCount, reason);
    this.texts.set(name, await text());
    return name;
  }

  write(text: string, opCount: number, reason: BackupReason): Promise<string> {
    return this.keepPrevious(opCount, reason, async () => text);
  }

  async discard(name: string): Promise<void> {
    this.texts.delete(name);
  }

  async rotate(reason: BackupReason): Promise<void> {
    for (const old of this.expired(await this.list(), reason)) this.texts.delete(old.name);
  }

  async list(): Promise<BackupInfo[]> {
    const out: BackupInfo[] = [];
    for (const [name, text] of this.texts) {
      const info = this.parse(name, Buffer.byteLength(text));
      if (info) out.push(info);
    }
    return out.sort(newestFirst);
  }

  async read(name: string): Promise<string> {
    const text = this.texts.get(name);
    if (text === undefined) this.unknown(name);
    return text;
  }
}
