/**
 * The three journeys of issue 14, in Spanish, in Chromium, with a screenshot and an axe check of
 * every step: Colombia's focal point reports and sends; the secretariat imports, reviews, decides a
 * conflict and sends back; the focal point sees the return and corrects. Each installation has its
 * own database and host; bundles cross as the files the browser downloads.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IdentityInput } from '../../shared/api/settings';
import { createClient } from '../../shared/api/client';
import { createDispatch, createHandlers } from '../../electron/handlers';
import { defaultContext } from '../../electron/handlers/defaultContext';
import { loadSeed } from '../../electron/seed';
import { openMemoryStore } from '../../electron/store';
import { FOCAL_POINT, SECRETARIAT } from '../focalPoint';
import { DATA, screen, startApp, startInstallation, type Installation, type RunningApp } from './harness';
import { writeFileSync } from 'node:fs';

const COORDINATOR_MEX: IdentityInput = {
  name: 'Luis Ramírez',
  email: 'luis.ramirez@inegi.org.mx',
  role: 'coordinator',
  country: 'MEX',
  groups: ['2020-2021/VII'],
  lang: 'es',
};
const DONE = 'Se aplicó la encuesta piloto sobre migración en 12 municipios.';
const COMMENT = 'Indique qué municipios y adjunte el cuestionario como evidencia.';

let app: RunningApp;
let sec: Installation;
let focalPage: Page;
let secPage: Page;
let colombiaFile = '';
let mexicoFile = '';
let consolidatedFile = '';

/** Mexico's coordinator moves the planned end of VII.3 to June 2021 and exports: the other side of the conflict. */
async function mexicoExports(dir: string): Promise<string> {
  const ctx = defaultContext('e2e');
  const store = openMemoryStore(loadSeed(DATA));
  const dispatch = createDispatch(createHandlers(store, ctx), ctx);
  const mex = createClient((m, i) => dispatch(m, i));
  await mex.send('identity.set', COORDINATOR_MEX);
  await mex.send('plan.update', { activityId: '2020-2021/VII/3', plannedEnd: '2021-06' });
  const bundle = await mex.send('bundle.export', {});
  const file = join(dir, bundle.fileName);
  writeFileSync(file, Buffer.from(bundle.base64, 'base64'));
  return file;
}

/** Clicks `button` and saves the download it starts under the test's folder. */
async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(app.dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

beforeAll(async () => {
  app = await startApp('cea-e2e-journeys-', FOCAL_POINT);
  focalPage = app.page;
  sec = await startInstallation(app.dir, 'secretariat', SECRETARIAT);
  // The secretariat had set the same planned end to March 2021 without seeing Mexico's change.
  await sec.client.send('plan.update', { activityId: '2020-2021/VII/3', plannedEnd: '2021-03' });
  mexicoFile = await mexicoExports(app.dir);
  secPage = await app.context.newPage();
  secPage.setDefaultTimeout(15_000);
}, 120_000);

afterAll(async () => {
  await sec?.close();
  await app?.close();
});

describe('issue 14 journeys, in Spanish', () => {
  it('1. the focal point reports progress and sends it to the secretariat', async () => {
    const page = focalPage;
    await page.goto(app.host.url);
    await page.getByRole('heading', { level: 1, name: 'Programa de actividades' }).waitFor();
    await page.getByRole('region', { name: 'Lo que requiere su atención' }).waitFor();
    await page.getByRole('heading', { name: 'Sus grupos de trabajo' }).waitFor();
    await screen(page, 'journey-1-1-home');

    await page
      .getByRole('link', { name: /migración internacional/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /Grupo de trabajo VII/ }).waitFor();
    await page.getByRole('link', { name: 'Informar avance de la actividad 3' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'Avance de la actividad 3' });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
    await page.getByLabel('Estado').selectOption('in-progress');
    await page.getByLabel('Porcentaje completado').fill('40');
    await page.getByLabel('Inicio real (mes)').fill('2020-08');
    await page.getByLabel('Fecha del informe').fill('2021-03-15');
    await page.getByLabel('Lo realizado').fill(DONE);
    await page.getByRole('button', { name: 'Guardar informe' }).click();
    const history = page.getByRole('region', { name: 'Informes anteriores' });
    await history.getByText(DONE).waitFor();
    await screen(page, 'journey-1-2-reported');

    await page.getByRole('link', { name: /^Sincronización/ }).click();
    const exportSection = page.getByRole('region', { name: 'Exportar un paquete' });
    await exportSection.getByText('1 cambio espera ser enviado.').waitFor();
    colombiaFile = await download(page, () =>
      exportSection.getByRole('button', { name: 'Exportar los cambios desde el último paquete' }).click(),
    );
    await exportSection.getByText(/Adjúntelo a un correo para la secretaría/).waitFor();
    await exportSection
      .getByText('No hay nada nuevo que enviar: todo lo registrado ya salió en un paquete.')
      .waitFor();
    expect(
      await exportSection
        .getByRole('button', { name: 'Exportar los cambios desde el último paquete' })
        .isDisabled(),
    ).toBe(true);
    await screen(page, 'journey-1-3-sent');
    expect(app.errors).toEqual([]);
  }, 120_000);

  it('2. the secretariat imports, returns the report with a comment, decides the conflict and sends back', async () => {
    const page = secPage;
    await page.goto(sec.host.url);
    await page.getByRole('heading', { level: 1, name: 'Programa de actividades' }).waitFor();
    await page.getByRole('link', { name: /^Sincronización/ }).click();
    await page.getByLabel('Elegir paquetes').setInputFiles([colombiaFile, mexicoFile]);
    const prompt = page.getByRole('dialog');
    await prompt.waitFor();
    await screen(page, 'journey-2-1-trust');
    // Each new sender is trusted on its own, after comparing its fingerprint.
    for (const radio of await prompt
      .getByRole('radio', { name: 'Confiar en esta clave e importar sus paquetes' })
      .all())
      await radio.check();
    await prompt.getByRole('button', { name: 'Importar según lo elegido' }).click();
    const result = page.getByRole('table', { name: 'Resultado de la importación' });
    await result.getByRole('cell', { name: 'Ana Pérez (Colombia)' }).waitFor();
    await screen(page, 'journey-2-2-imported');

    await page
      .getByRole('link', { name: /^Programa/ })
      .first()
      .click();
    const awaiting = page.getByRole('region', { name: '1 informe por revisar' });
    await awaiting.waitFor();
    await page.getByRole('region', { name: '1 conflicto por decidir' }).waitFor();
    await screen(page, 'journey-2-3-home');
    await awaiting.getByRole('link', { name: /Actividad VII\.3/ }).click();

    const attention = page.getByRole('region', { name: 'Informes que requieren su atención' });
    await attention.getByText(DONE).waitFor();
    await attention.getByRole('button', { name: 'Devolver con un comentario' }).click();
    await attention.getByText('Para devolver un informe, escriba qué debe corregirse.').waitFor();
    await attention.getByLabel('Comentario').fill(COMMENT);
    await attention.getByRole('button', { name: 'Devolver con un comentario' }).click();
    const history = page.getByRole('region', { name: 'Informes anteriores' });
    await history.getByText(COMMENT).waitFor();
    await screen(page, 'journey-2-4-returned');

    await page.getByRole('link', { name: /^Sincronización/ }).click();
    const card = page.getByRole('article', { name: 'Fechas previstas de la Actividad VII.3' });
    await card.waitFor();
    await card.getByText('de agosto de 2020 a junio de 2021', { exact: true }).waitFor();
    await card.getByText('de agosto de 2020 a marzo de 2021', { exact: true }).waitFor();
    await card.getByText(/Luis Ramírez \(México, Coordinador o coordinadora\)/).waitFor();
    await screen(page, 'journey-2-5-conflict');
    await card.getByRole('button', { name: /junio de 2021$/ }).click();
    await page.getByText('No hay conflictos.').waitFor();

    const exportSection = page.getByRole('region', { name: 'Exportar el paquete consolidado' });
    consolidatedFile = await download(page, () =>
      exportSection.getByRole('button', { name: 'Exportar los cambios desde el último paquete' }).click(),
    );
    await exportSection.getByText('Ana Pérez (Colombia) <ana.perez@dane.gov.co>').waitFor();
    const mail = await exportSection
      .getByRole('link', { name: 'Escribir a los 2 puntos focales' })
      .getAttribute('href');
    expect(mail).toMatch(/^mailto:ana\.perez%40dane\.gov\.co,luis\.ramirez%40inegi\.org\.mx\?subject=/);
    await screen(page, 'journey-2-6-sent-back');
    const planned = (await sec.client.send('activity.get', { activityId: '2020-2021/VII/3' })).view.activity
      .plannedEnd.month;
    expect(planned).toBe('2021-06');
  }, 120_000);

  it('3. the focal point sees the return on her home and corrects the report', async () => {
    const page = focalPage;
    await page.getByLabel('Elegir paquetes').setInputFiles(consolidatedFile);
    const prompt = page.getByRole('dialog');
    await prompt.getByText(/María González/).waitFor();
    await prompt.getByRole('radio', { name: 'Confiar en esta clave e importar sus paquetes' }).check();
    await prompt.getByRole('button', { name: 'Importar según lo elegido' }).click();
    await page.getByRole('table', { name: 'Resultado de la importación' }).waitFor();

    await page
      .getByRole('link', { name: /^Programa/ })
      .first()
      .click();
    const returned = page.getByRole('region', { name: '1 informe devuelto para corregir' });
    await returned.getByText(COMMENT).waitFor();
    await screen(page, 'journey-3-1-home-returned');
    await returned.getByRole('link', { name: /Actividad VII\.3/ }).click();

    const attention = page.getByRole('region', { name: 'Informes que requieren su atención' });
    await attention.getByText(COMMENT).waitFor();
    await screen(page, 'journey-3-2-returned-report');
    await attention.getByRole('button', { name: 'Corregir este informe' }).click();
    await attention.getByLabel('Lo realizado').fill(`${DONE} Municipios: Cúcuta, Ipiales y otros diez.`);
    await attention
      .getByLabel('Nueva evidencia')
      .fill('https://www.dane.gov.co/files/encuesta-piloto-migracion-cuestionario.pdf');
    await attention.getByRole('button', { name: 'Añadir evidencia' }).click();
    await screen(page, 'journey-3-3-correcting');
    await attention.getByRole('button', { name: 'Guardar la corrección' }).click();
    const history = page.getByRole('region', { name: 'Informes anteriores' });
    await history.getByText('Corregido').waitFor();
    await history.getByRole('link', { name: /encuesta-piloto-migracion/ }).waitFor();
    await screen(page, 'journey-3-4-corrected');
    // No sideways scrolling on a 1024 px screen.
    await page.setViewportSize({ width: 1024, height: 768 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(app.errors).toEqual([]);
  }, 120_000);
});
