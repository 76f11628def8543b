import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Electron binary's path, or null when the runtime is not installed. It reads what the electron
 * npm package's own index.js reads (`path.txt`, the downloaded `dist/`, ELECTRON_OVERRIDE_DIST_PATH)
 * instead of requiring it: that module tries to download the runtime when it is missing, which on a
 * machine without access hangs or fails noisily before we could fall back to browser mode.
 */
export function electronBinary(
  requireFrom: string = import.meta.url,
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(requireFrom).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const overridden = join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron');
    return existsSync(overridden) ? overridden : null;
  }
  if (executable === '') return null;
  const binary = join(packageDir, 'dist', executable);
  return existsSync(binary) ? binary : null;
}
