import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fail } from '../../shared/errors';
import { isSheetRenderer, type SheetRenderer } from '../../shared/report/sheetRenderer';
import { repoRoot } from '../store/paths';
import { loadOnce } from './loadOnce';

/**
 * The status sheet is a React component of the renderer; electron/ does not import it but loads its
 * server-render build, `dist/sheet/ssr.mjs` (renderer/sheet/ssr.tsx, `npm run build:sheet`), the way the
 * main process loads the renderer's built page from dist/renderer. The API's type lives in shared/.
 */
export function sheetRendererPath(): string {
  return join(repoRoot(), 'dist', 'sheet', 'ssr.mjs');
}

async function importRenderer(path: string): Promise<SheetRenderer> {
  let module: { default?: unknown };
  try {
    // A computed URL, so esbuild leaves the import to run time instead of inlining the renderer into main.cjs.
    module = (await import(/* @vite-ignore */ pathToFileURL(path).href)) as { default?: unknown };
  } catch (e) {
    return fail('SHEET_NOT_BUILT', 'sheets:errors.notBuilt', {
      path,
      message: e instanceof Error ? e.message : String(e),
    });
  }
  if (!isSheetRenderer(module.default))
    fail('SHEET_NOT_BUILT', 'sheets:errors.notBuilt', { path, message: 'not a sheet renderer' });
  return module.default;
}

const loadRenderer = loadOnce(importRenderer);

/**
 * The built renderer at `path`, loaded once. A failed load is not kept, so running `npm run build`
 * while the app is open is enough.
 */
export function loadSheetRenderer(path: string = sheetRendererPath()): Promise<SheetRenderer> {
  return loadRenderer(path);
}
