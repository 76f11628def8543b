import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSheetRenderer, sheetRendererPath } from '../../electron/print/sheetRenderer';
import { AppFailure } from '../../shared/errors';
import { LINKED_FONT_CSS } from '../../shared/font';
import { buildGroupSheet } from '../../shared/report/groupSheet';
import { sourceWithX, TODAY } from '../report/fixtures';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cea-sheet-renderer-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function failureOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppFailure) return e.error;
    throw e;
  }
  throw new Error('expected the load to fail');
}

describe('sheet renderer (dist/sheet/ssr.mjs)', () => {
  it('loads the built StatusSheet once from dist/sheet and renders a sheet in its language', async () => {
    expect(sheetRendererPath()).toBe(join(import.meta.dirname, '..', '..', 'dist', 'sheet', 'ssr.mjs'));
    const renderer = await loadSheetRenderer();
    expect(await loadSheetRenderer()).toBe(renderer);
    const html = renderer.renderSheetHtml(
      buildGroupSheet(sourceWithX(), '2020-2021/X', 'fr', TODAY),
      'a4',
      LINKED_FONT_CSS,
    );
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(html).toContain(`<style>${LINKED_FONT_CSS}`);
    expect(html).toContain('<article class="cea-sheet" lang="fr">');
    expect(html).toContain('size: A4 portrait');
  });

  it('tells the user to build when the file is missing, and picks up a build made afterwards', async () => {
    const path = join(dir, 'ssr.mjs');
    expect(await failureOf(loadSheetRenderer(path))).toMatchObject({
      code: 'SHEET_NOT_BUILT',
      i18nKey: 'sheets:errors.notBuilt',
      details: { path },
    });
    await writeFile(
      path,
      'export default { renderSheetHtml: (sheet, paper, fonts) => `${sheet.lang} ${paper} ${fonts}` };\n',
    );
    const renderer = await loadSheetRenderer(path);
    expect(renderer.renderSheetHtml(buildGroupSheet(sourceWithX(), 'X', 'pt', TODAY), 'letter', '')).toBe(
      'pt letter ',
    );
  });

  it('refuses a file that is not the sheet renderer', async () => {
    const path = join(dir, 'other.mjs');
    await writeFile(path, 'export default { render: () => "" };\n');
    expect(await failureOf(loadSheetRenderer(path))).toMatchObject({
      code: 'SHEET_NOT_BUILT',
      details: { path, message: 'not a sheet renderer' },
    });
  });
});
