/**
 * Printing a status sheet from the screen in a real browser: group X (16 activities) opened from the
 * overview, previewed, and saved as PDF through the app; the PDF is read back with poppler.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_FONT_FAMILY, FONT_FILES } from '../../shared/font';
import { FOCAL_POINT } from '../focalPoint';
import { pdfFonts } from '../print/poppler';
import { screen, startApp, type RunningApp } from './harness';

const TITLE_X = 'Manual para el diseño de sistemas estadísticos de seguridad y justicia penal';

let app: RunningApp;

/** The app font's faces a document has finished loading (a face loads only once some text needs it). */
function loadedFaces(frame: Frame): Promise<number> {
  return frame.evaluate(async (family) => {
    await document.fonts.ready;
    return [...document.fonts].filter(
      (f) => f.family.replace(/["']/g, '') === family && f.status === 'loaded',
    ).length;
  }, APP_FONT_FAMILY);
}

beforeAll(async () => {
  app = await startApp('cea-e2e-print-', FOCAL_POINT);
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe('printing a status sheet from the screen', () => {
  it("previews group X's sheet and saves it as a one-page PDF in Spanish", async () => {
    const { page, host, dir, errors: browserErrors } = app;
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: 'Programa de actividades' }).waitFor();
    await page
      .getByRole('link', { name: /seguridad y justicia penal/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /Grupo de trabajo X\b/ }).waitFor();
    await page.getByRole('link', { name: 'Ficha de situación (vista previa e impresión)' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Ficha de situación del grupo de trabajo X' })
      .waitFor();

    const preview = page.frameLocator('iframe[title="Vista previa de la ficha"]');
    await expect.poll(() => preview.locator('body').innerText(), { timeout: 15_000 }).toContain(TITLE_X);
    await screen(page, 'print-1-preview-X');
    // The screens and the preview frame both use the app's font, fetched from the app itself under its CSP.
    expect(await loadedFaces(page.mainFrame())).toBeGreaterThan(0);
    const frame = page.frames().find((f) => f.url() === 'about:srcdoc');
    expect(frame).toBeDefined();
    if (frame) expect(await loadedFaces(frame)).toBeGreaterThanOrEqual(2);
    const fonts = requests.filter((u) => u.endsWith('.woff2'));
    expect(fonts.length).toBeGreaterThan(0);
    for (const u of fonts)
      expect(FONT_FILES.map((f) => `${host.url.split('#')[0]}fonts/${f.file}`)).toContain(u);
    // No request leaves the machine.
    expect(
      requests.filter((u) => !u.startsWith(`http://127.0.0.1:${host.port}/`) && !u.startsWith('data:')),
    ).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Guardar como PDF', exact: true }).click(),
    ]);
    const pdf = join(dir, 'sheet-X.pdf');
    await download.saveAs(pdf);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Manual para el diseño de sistemas estadísticos de seguridad');
    expect(text).toContain('LC/CEA.10/5');
    expect(pdfFonts(pdf)).toEqual(['Arimo-Bold', 'Arimo-Regular']);
    // The preview is a srcdoc frame under the page's CSP: a blocked stylesheet would show an unstyled sheet.
    expect(browserErrors).toEqual([]);
  });
});
