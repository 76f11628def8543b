/**
 * Issue 13 in Chromium, in Spanish, with a screenshot and an axe check of every step: the secretariat
 * enters the 2026–2027 programme, a working group and an activity on the screens; a member country's
 * focal point receives the consolidated bundle and finds 2026–2027 as its current programme.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOCAL_POINT, SECRETARIAT } from '../focalPoint';
import { screen, startApp, startInstallation, type Installation, type RunningApp } from './harness';

let app: RunningApp;
let col: Installation;

beforeAll(async () => {
  app = await startApp('cea-e2e-biennium-', SECRETARIAT);
  col = await startInstallation(app.dir, 'colombia', FOCAL_POINT);
}, 120_000);

// The browser goes first: Colombia's host would otherwise wait for the open page's connections.
afterAll(async () => {
  await app?.close();
  await col?.close();
});

describe('a new biennium on the screens, in Spanish', () => {
  it('the secretariat enters 2026–2027, a group and an activity; Colombia’s focal point finds it current', async () => {
    const page = app.page;
    await page.goto(app.host.url);
    await page.getByRole('link', { name: 'Registrar un programa nuevo' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Registrar el programa que aprobó la Conferencia' })
      .waitFor();
    const programme = page.getByRole('form', { name: 'El programa nuevo' });
    await programme.getByLabel(/Primer mes/).fill('2026-01');
    await programme.getByLabel(/Último mes/).fill('2027-12');
    await programme.getByLabel(/Signatura del documento/).fill('LC/CEA.13/5');
    await programme.getByLabel(/Título en español/).fill('Programa bienal de actividades 2026-2027');
    await programme.getByLabel(/Título en inglés/).fill('Biennial programme of activities 2026-2027');
    await screen(page, 'biennium-1-programme');
    await programme.getByRole('button', { name: 'Crear el programa' }).click();

    await page.getByRole('heading', { level: 1, name: /Programa 2026–2027: grupos de trabajo/ }).waitFor();
    const group = page.getByRole('form', { name: 'Grupo de trabajo nuevo' });
    await group.getByLabel(/Número del grupo/).fill('I');
    await group.getByLabel(/Producto/).fill('Estadísticas de género');
    await group.getByLabel(/^Tema/).fill('Género y uso del tiempo');
    await group.getByLabel(/Objetivo general/).fill('Fortalecer las estadísticas de género de la región.');
    await group.getByRole('group', { name: 'Países coordinadores' }).getByLabel('México').check();
    await group
      .getByRole('group', { name: /Países miembros/ })
      .getByLabel('Colombia')
      .check();
    await screen(page, 'biennium-2-group');
    await group.getByRole('button', { name: 'Guardar el grupo de trabajo' }).click();

    await page.getByRole('link', { name: /Grupo de trabajo I: Estadísticas de género/ }).click();
    await page.getByRole('heading', { level: 1, name: /Grupo de trabajo I/ }).waitFor();
    await page.getByRole('button', { name: 'Agregar una actividad' }).click();
    const activity = page.getByRole('form', { name: 'Actividad nueva' });
    await activity.getByLabel(/^Actividad/).fill('Taller regional sobre encuestas de uso del tiempo');
    await activity.getByLabel(/Inicio previsto \(mes\)/).fill('2026-03');
    await activity.getByLabel(/Fin previsto \(mes\)/).fill('2027-06');
    await activity.getByRole('button', { name: 'Agregar la actividad' }).click();
    const plan = page.getByRole('table', { name: /Actividades del grupo I/ });
    await plan.getByText('Taller regional sobre encuestas de uso del tiempo').waitFor();
    await screen(page, 'biennium-3-plan');

    // The consolidated bundle of the current programme reaches Colombia, a member of the group.
    await page.getByRole('link', { name: /^Sincronización/ }).click();
    const exportSection = page.getByRole('region', { name: 'Exportar el paquete consolidado' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exportSection.getByRole('button', { name: 'Exportar los cambios desde el último paquete' }).click(),
    ]);
    const file = join(app.dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/2026-2027/);
    const bundle = await col.client.send('bundle.import', {
      files: [{ name: download.suggestedFilename(), bytesBase64: readFileSync(file).toString('base64') }],
      trustNew: true,
    });
    expect(bundle.files[0]!.status).toBe('imported');
    const colPage = await app.context.newPage();
    await colPage.goto(col.host.url);
    await colPage.getByText('Programa bienal de actividades 2026-2027').waitFor();
    await colPage
      .getByRole('link', { name: /Estadísticas de género/ })
      .first()
      .waitFor();
    await screen(colPage, 'biennium-4-focal-point');
    expect(app.errors).toEqual([]);
  }, 180_000);
});
