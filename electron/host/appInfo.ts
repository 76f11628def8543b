import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../store/paths';

/** The app's root (repository or unpacked package), its version and the built renderer's folder. */
export function appInfo(): { root: string; version: string; rendererDir: string } {
  const root = repoRoot();
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown };
  return {
    root,
    version: typeof pkg.version === 'string' ? pkg.version : '0.0.0',
    rendererDir: join(root, 'dist', 'renderer'),
  };
}
