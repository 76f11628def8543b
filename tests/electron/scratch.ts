import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

export const ROOT = resolve(__dirname, '..', '..');
export const run = promisify(execFile);

export function scratchDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Bundles the main-process entries into `out` (not the shared dist/, which others rebuild meanwhile). */
export async function buildMainInto(out: string): Promise<void> {
  await run(process.execPath, [join(ROOT, 'electron', 'build.mjs')], {
    cwd: ROOT,
    env: { ...process.env, CEA_BUILD_OUT: out },
  });
}
