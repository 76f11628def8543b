import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_FOLDER = 'CEA Programme Tracker';
export const DB_NAME = 'cea-tracker.json';

/** The database to open: `--db FILE`, then `CEA_DB`, then `<defaultDir>/cea-tracker.json`. */
export function resolveDbPath(argv: string[], env: NodeJS.ProcessEnv, defaultDir: string): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--db' && argv[i + 1] !== undefined) return resolve(argv[i + 1] ?? '');
    if (arg.startsWith('--db=')) return resolve(arg.slice('--db='.length));
  }
  if (env.CEA_DB) return resolve(env.CEA_DB);
  return join(defaultDir, DB_NAME);
}

/** The per-user application-data folder the operating system expects. */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const home = env.HOME ?? env.USERPROFILE ?? homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_FOLDER);
}

/**
 * The repository (or unpacked app) root: the nearest folder above this module whose package.json is
 * ours. Falls back to the working directory when this code was bundled somewhere else.
 */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name === 'cea-programme-tracker')
          return dir;
      } catch {
        // Not ours; keep climbing.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

/** The seed documents as data: `<repo>/data`. */
export function defaultSeedDir(): string {
  return join(repoRoot(), 'data');
}
