/**
 * The whole app in a real browser: the built renderer served by the browser-mode host, the real
 * handlers over a database file, Debian Chromium driven by playwright-core. `npm test` builds first.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Host } from '../../electron/host';
import { readDatabase, type Store } from '../../electron/store';
import { FOCAL_POINT } from '../focalPoint';
import { screen as check, startApp, type RunningApp } from './harness';

let app: RunningApp;
let store: Store;
let host: Host;
let page: Page;
let browserErrors: string[] = [];

beforeAll(async () => {
  app = await startApp('cea-e2e-', FOCAL_POINT);
  ({ store, host, page, errors: browserErrors } = app);
}, 120_000);

afterAll(async () => {
  await app?.close();
});

const screen = (name: string) => check(page, name);

describe('browser mode, a focal point in Spanish', () => {
  it('refuses to show data without the token', async () => {
    await page.goto(`http://127.0.0.1:${host.port}/`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Se necesita un enlace de acceso');
    await screen('0-no-token');
  });

  it('records progress on activity 3 of group VII and a budget entry, and finds both after a reload', async () => {
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: 'Programa de actividades' }).waitFor();
    expect(page.url()).not.toContain(host.token);
    await page.getByRole('article').first().waitFor();
    await screen('1-overview');

    await page.getByRole('link', { name: /migración internacional/ }).click();
    await page.getByRole('heading', { level: 1, name: /Grupo de trabajo VII/ }).waitFor();
    await screen('2-group-VII');

    await page.getByRole('link', { name: 'Informar avance de la actividad 3' }).click();
    await page.getByRole('heading', { level: 1, name: 'Avance de la actividad 3' }).waitFor();
    await page.getByLabel('Estado').selectOption('in-progress');
    await page.getByLabel('Porcentaje completado').fill('35');
    await page.getByLabel('Inicio real (mes)').fill('2020-08');
    await page
      .getByLabel('Lo realizado')
      .fill('Se aplicó el cuestionario de capacidades a 18 oficinas nacionales.');
    await page.getByLabel('Próximos pasos').fill('Analizar las respuestas.');
    await page.getByLabel('Nueva evidencia').fill('LC/CEA.10/5');
    await page.getByRole('button', { name: 'Añadir evidencia' }).click();
    await page.getByRole('button', { name: 'Guardar informe' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/^Guardado a las/);
    await screen('3-activity-progress');

    await page.goto(`http://127.0.0.1:${host.port}/#/budget/2020-2021/VII/3`);
    await page.getByRole('heading', { level: 1, name: 'Presupuesto de la actividad 3' }).waitFor();
    await page.getByLabel('Tipo').selectOption('expenditure');
    await page.getByLabel('Fuente').selectOption('nso-col');
    await page.getByLabel('Monto').fill('2.750,25');
    await page.getByLabel('Finalidad').fill('Viaje a la reunión de coordinación');
    await page.getByRole('button', { name: 'Guardar movimiento' }).click();
    await page.getByRole('table', { name: '1 movimiento' }).waitFor();
    await screen('4-budget');

    await page.reload();
    await page.getByRole('table', { name: '1 movimiento' }).waitFor();
    expect(await page.getByRole('table', { name: '1 movimiento' }).textContent()).toContain(
      'Viaje a la reunión de coordinación',
    );
    await page.goto(`http://127.0.0.1:${host.port}/#/activity/2020-2021/VII/3`);
    await page.reload();
    await page.getByText('Se aplicó el cuestionario de capacidades a 18 oficinas nacionales.').waitFor();
    expect(await page.getByText('Ana Pérez (Colombia)').count()).toBe(1);

    await page.getByRole('link', { name: 'Configuración' }).click();
    await page.getByRole('heading', { level: 1, name: 'Configuración' }).waitFor();
    // Saves go to the journal; the first backup is kept when the application closes.
    await page
      .getByRole('region', { name: 'Copias de seguridad' })
      .getByText('Se guarda una cada vez que se cierra la aplicación', { exact: false })
      .waitFor();
    await screen('5-settings');

    // Switching language needs no restart, and the choice is kept.
    await page.getByRole('main').getByRole('combobox', { name: 'Idioma' }).selectOption('fr');
    await page.getByRole('heading', { level: 1, name: 'Paramètres' }).waitFor();
    await page.getByRole('link', { name: 'Programme', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Programme d’activités' }).waitFor();
    await page.getByRole('article').first().waitFor();
    await screen('6-overview-fr');

    // The database as the file and its journal hold it, while the app still runs.
    const db = await readDatabase(store.file);
    const progress = db.ops.find(
      (op) => op.entity === 'progress' && op.fields.activity === '2020-2021/VII/3',
    );
    expect(progress?.fields).toMatchObject({
      status: 'in-progress',
      percent: 35,
      actualStart: '2020-08',
      evidence: ['LC/CEA.10/5'],
    });
    const budget = db.ops.find((op) => op.entity === 'budget' && op.fields.activity === '2020-2021/VII/3');
    expect(budget?.fields).toMatchObject({
      kind: 'expenditure',
      amount: 2750.25,
      currency: 'USD',
      institution: 'nso-col',
      country: 'COL',
    });
    expect(db.identity?.lang).toBe('fr');
    expect(browserErrors).toEqual([]);
  }, 180_000);
});
