import { open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { refuse } from '../bundle/failure';
import type { BundleFile } from '../bundle/import';
import { DEFAULT_LIMITS, type BundleLimits } from '../bundle/limits';
import { fail } from '../../shared/errors';

function unreadable(file: string, e: unknown): never {
  return fail('bundle-unreadable-file', 'sync:errors.unreadable-file', { file, reason: e instanceof Error ? e.message.slice(0, 200) : 'unknown' });
}

/** Reads bundle files from disk, refusing an oversized one from its size before reading it. */
export async function readBundleFiles(paths: readonly string[], limits: BundleLimits = DEFAULT_LIMITS): Promise<BundleFile[]> {
  if (paths.length === 0) fail('bundle-no-files', 'sync:errors.no-files');
  const files: BundleFile[] = [];
  for (const path of paths) {
    const name = basename(path);
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch (e) {
      unreadable(name, e);
    }
    if (size > limits.maxFileBytes) refuse('too-large', { file: name, size, limit: limits.maxFileBytes });
    try {
      const handle = await open(path, 'r');
      try {
        files.push({ name, bytes: new Uint8Array(await handle.readFile()) });
      } finally {
        await handle.close();
      }
    } catch (e) {
      unreadable(name, e);
    }
  }
  return files;
}

/** Writes the bundle next to its final name, then renames: a reader never sees half a bundle. */
export async function writeBundleFile(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    fail('bundle-unreadable-file', 'sync:errors.unreadable-file', { file: basename(path), reason: e instanceof Error ? e.message.slice(0, 200) : 'unknown' });
  }
}
