/**
 * Printing a status sheet from the screen in a real browser: group X (16 activities) opened from the
 * overview, previewed, and saved as PDF through the app; the PDF is read back with poppler.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../shared/api/client';
import { createDispatch, createHandlers } from '../../electron/handlers';
import { defaultContext } from '../../electron/handlers/defaultContext';
import { startHost, type Host } from '../../electron/host';
import { openStore, type Store } from '../../electron/store';
import { FOCAL_POINT } from '../focalPoint';
import { DATA, RENDERER, launch, prepare, screen } from './harness';

const TITLE_X = 'Manual para el diseño de sistemas estadísticos de seguridad y justicia penal';

let dir: string;
let store: Store;
let host: Host;
let context: BrowserContext;
let page: Page;
let browserErrors: string[] = [];

beforeAll(async () => {
  dir = prepare('cea-e2e-print-');
  store = await openStore({ file: join(dir, 'cea.json'), dataDir: DATA, createIfMissing: true });
  const ctx = defaultContext('e2e');
  const dispatch = createDispatch(createHandlers(store, ctx), ctx);
  await createClient((m, i) => dispatch(m, i)).send('identity.set', FOCAL_POINT);
  host = await startHost({ dispatch, staticDir: RENDERER });
  ({ context, page, errors: browserErrors } = await launch(dir));
}, 120_000);

afterAll(async () => {
  await context?.close();
  await host?.close();
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('printing a status sheet from the screen', () => {
  it("previews group X's sheet and saves it as a one-page PDF in Spanish", async () => {
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: 'Programa de actividades' }).waitFor();
    await page.getByRole('link', { name: /seguridad y justicia penal/ }).first().click();
    await page.getByRole('heading', { level: 1, name: /Grupo de trabajo X\b/ }).waitFor();
    await page.getByRole('link', { name: 'Ficha de situación (vista previa e impresión)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ficha de situación del grupo de trabajo X' }).waitFor();

    const preview = page.frameLocator('iframe[title="Vista previa de la ficha"]');
    await expect.poll(() => preview.locator('body').innerText(), { timeout: 15_000 }).toContain(TITLE_X);
    await screen(page, 'print-1-preview-X');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Guardar como PDF', exact: true }).click()]);
    const pdf = join(dir, 'sheet-X.pdf');
    await download.saveAs(pdf);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Manual para el diseño de sistemas estadísticos de seguridad');
    expect(text).toContain('LC/CEA.10/5');
    // The preview is a srcdoc frame under the page's CSP: a blocked stylesheet would show an unstyled sheet.
    expect(browserErrors).toEqual([]);
  });
});
