import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fail } from '../../shared/errors';
import { FONT_FILES, FONT_FOLDER, fontFaceCss } from '../../shared/font';
import { appInfo } from '../host/appInfo';
import { loadOnce } from './loadOnce';

/** Where the build put the app's font files (dist/renderer/fonts, inside the asar when packaged). */
export function fontDir(): string {
  return join(appInfo().rendererDir, FONT_FOLDER);
}

const loadEmbedded = loadOnce(readEmbedded);

async function readEmbedded(dir: string): Promise<string> {
  const urls = new Map<string, string>();
  for (const { file } of FONT_FILES) {
    const path = join(dir, file);
    const bytes = await readFile(path).catch((e: unknown) =>
      fail('SHEET_NOT_BUILT', 'sheets:errors.notBuilt', { path, message: (e as Error).message }),
    );
    urls.set(file, `data:font/woff2;base64,${bytes.toString('base64')}`);
  }
  return fontFaceCss((file) => urls.get(file) ?? '');
}

/**
 * The @font-face rules with the files inside them, for documents that are printed or saved: Chromium
 * opens those from a temporary file or a data: URL, an origin with no font files to fetch, and this way
 * a saved .html still shows the same font. Read once per folder; a failed read is not kept.
 */
export function embeddedFontCss(dir: string = fontDir()): Promise<string> {
  return loadEmbedded(dir);
}
