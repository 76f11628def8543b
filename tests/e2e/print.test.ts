/**
 * Printing a status sheet from the screen in a real browser: group X (16 activities) opened from the
 * overview, previewed, and saved as PDF through the app; the PDF is read back with poppler.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOCAL_POINT } from '../focalPoint';
import { screen, startApp, type RunningApp } from './harness';

const TITLE_X = 'Manual para el diseño de sistemas estadísticos de seguridad y justicia penal';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp('cea-e2e-print-', FOCAL_POINT);
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe('printing a status sheet from the screen', () => {
  it("previews group X's sheet and saves it as a one-page PDF in Spanish", async () => {
    const { page, host, dir, errors: browserErrors } = app;
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
