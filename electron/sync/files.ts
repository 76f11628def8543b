import { open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { refuse } from '../bundle/failure';
import type { BundleFile } from '../bundle/import';
import { DEFAULT_LIMITS, type BundleLimits } from '../bundle/limits';
import { fail } from '../../shared/errors';

function unreadable(file: string, e: unknown): never {
  return fail('bundle-unreadable-file', 'sync:errors.unreadable-file', {
    file,
    reason: e instanceof Error ? e.message.slice(0, 200) : 'unknown',
  });
}

/** Reads at most `max` bytes of a file, however large it is or claims to be. */
async function readAtMost(path: string, max: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < max) {
      const chunk = Buffer.alloc(Math.min(1024 * 1024, max - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return new Uint8Array(Buffer.concat(chunks, total));
  } finally {
    await handle.close();
  }
}

/** Reads bundle files from disk, refusing an oversized one from its size before reading it. */
export async function readBundleFiles(
  paths: readonly string[],
  limits: BundleLimits = DEFAULT_LIMITS,
): Promise<BundleFile[]> {
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
    let bytes: Uint8Array;
    try {
      bytes = await readAtMost(path, limits.maxFileBytes + 1);
    } catch (e) {
      unreadable(name, e);
    }
    // The size a device or pipe reports (0 for /dev/zero) says nothing: what was read decides.
    if (bytes.length > limits.maxFileBytes)
      refuse('too-large', { file: name, size: bytes.length, limit: limits.maxFileBytes });
    files.push({ name, bytes });
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
    fail('bundle-unreadable-file', 'sync:errors.unreadable-file', {
      file: basename(path),
      reason: e instanceof Error ? e.message.slice(0, 200) : 'unknown',
    });
  }
}
