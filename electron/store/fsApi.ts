import * as nodeFs from 'node:fs/promises';

/** The part of an open file the durable writer needs. */
export interface FsHandle {
  writeFile(data: string | Uint8Array, encoding: 'utf8'): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Every file-system call the store makes, so tests can make any step fail (EIO, ENOSPC, EPERM) and
 * prove that the database on disk and in memory survive it. Defaults to node:fs/promises.
 */
export interface Fs {
  open(path: string, flags: 'r' | 'w' | 'wx' | 'a'): Promise<FsHandle>;
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  rename(from: string, to: string): Promise<void>;
  /** A second name for the same file: how a save keeps the previous database as a backup without copying it. */
  link(existing: string, newPath: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** A copy of a file's bytes under a new name, made by the system without passing through memory. */
  copyFile(from: string, to: string): Promise<void>;
  /** Cuts a file to `length` bytes: how a journal drops a record that was only partly written. */
  truncate(path: string, length: number): Promise<void>;
  readdir(dir: string): Promise<string[]>;
  mkdir(dir: string, opts: { recursive: true }): Promise<unknown>;
  stat(path: string): Promise<{ size: number }>;
}

export const realFs: Fs = {
  open: (path, flags) => nodeFs.open(path, flags),
  readFile: (path, encoding) => nodeFs.readFile(path, encoding),
  rename: (from, to) => nodeFs.rename(from, to),
  link: (existing, newPath) => nodeFs.link(existing, newPath),
  unlink: (path) => nodeFs.unlink(path),
  truncate: (path, length) => nodeFs.truncate(path, length),
  copyFile: (from, to) => nodeFs.copyFile(from, to),
  readdir: (dir) => nodeFs.readdir(dir),
  mkdir: (dir, opts) => nodeFs.mkdir(dir, opts),
  stat: (path) => nodeFs.stat(path),
};

export function errnoOf(e: unknown): string | undefined {
  if (typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string') {
    return (e as { code: string }).code;
  }
  return undefined;
}
