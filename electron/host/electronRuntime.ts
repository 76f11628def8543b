import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The Electron binary's path, or null. The electron npm package's main module only returns the path
 * of the downloaded runtime (and throws when the download never happened); it starts nothing in-process.
 */
export function electronBinary(requireFrom: string = import.meta.url): string | null {
  try {
    const path: unknown = createRequire(requireFrom)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}
