/**
 * A bundle crosses from one installation to another through the screen: Colombia's focal point
 * reports progress and exports with the real bundle code; the secretariat, in browser mode over its
 * own database file, imports that file in Chromium, trusts the signer's fingerprint, sees the summary,
 * and after a reload finds Colombia's report on the activity.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleExported } from '../../shared/api/sync';
import { createClient, type ApiClient } from '../../shared/api/client';
import type { IdentityInput } from '../../shared/api/settings';
import { createDispatch, createHandlers } from '../../electron/handlers';
import { defaultContext } from '../../electron/handlers/defaultContext';
import type { Host } from '../../electron/host';
import { loadSeed } from '../../electron/seed';
import { openMemoryStore, type Store } from '../../electron/store';
import { FOCAL_POINT } from '../focalPoint';
import { DATA, screen, startApp, type RunningApp } from './harness';

const SECRETARIAT: IdentityInput = {
  name: 'División de Estadísticas',
  email: 'estadisticas@cepal.org',
  role: 'secretariat',
  country: null,
  groups: [],
  lang: 'es',
};
const DONE = 'Se aplicó la encuesta piloto sobre migración en 12 municipios.';

let app: RunningApp;
let store: Store;
let host: Host;
let page: Page;
let browserErrors: string[] = [];
let bundle: BundleExported;
let bundleFile: string;

function clientOf(target: Store): ApiClient {
  const ctx = defaultContext('e2e');
  const dispatch = createDispatch(createHandlers(target, ctx), ctx);
  return createClient((m, i) => dispatch(m, i));
}

/** Colombia's installation: its own seeded database and key, one progress report, the bundle it emails. */
async function colombiaExports(): Promise<BundleExported> {
  const focal = clientOf(openMemoryStore(loadSeed(DATA)));
  await focal.send('identity.set', FOCAL_POINT);
  await focal.send('progress.save', {
    activityId: '2020-2021/VII/3',
    status: 'in-progress',
    percent: 40,
    actualStart: '2020-08',
    actualEnd: null,
    done: DONE,
    obstacles: '',
    nextSteps: '',
    evidence: [],
    reportDate: '2021-03-15',
  });
  return focal.send('bundle.export', {});
}

beforeAll(async () => {
  app = await startApp('cea-e2e-sync-', SECRETARIAT);
  ({ store, host, page, errors: browserErrors } = app);
  bundle = await colombiaExports();
  bundleFile = join(app.dir, bundle.fileName);
  writeFileSync(bundleFile, Buffer.from(bundle.base64, 'base64'));
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe('browser mode, the secretariat imports a country bundle', () => {
  it('trusts the new signer by its fingerprint, shows the new operations and keeps the report', async () => {
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: 'Programa de actividades' }).waitFor();
    await page.getByRole('link', { name: 'Sincronización', exact: true }).click();
    await page.getByRole('heading', { name: 'Importar paquetes' }).waitFor();

    await page.getByLabel('Elegir paquetes').setInputFiles(bundleFile);
    const prompt = page.getByRole('dialog');
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain(bundle.fingerprint);
    expect(store.read().sync.history).toEqual([]);
    await screen(page, 'sync-1-trust');
    await prompt.getByRole('button', { name: 'Confiar e importar' }).click();

    const summary = page.getByRole('table', { name: 'Resultado de la importación' });
    await summary.waitFor();
    const cells = await summary
      .getByRole('row', { name: new RegExp(bundle.fileName.replace(/\./g, '\\.')) })
      .getByRole('cell')
      .allTextContents();
    expect(cells).toEqual(['Ana Pérez (Colombia)', '1', '0', '0']);
    await screen(page, 'sync-2-summary');

    await page.goto(`http://127.0.0.1:${host.port}/#/activity/2020-2021/VII/3`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Avance de la actividad 3' }).waitFor();
    await page.getByText(DONE).waitFor();
    expect(await page.getByText('Ana Pérez (Colombia)').count()).toBe(1);
    await screen(page, 'sync-3-activity');

    expect(store.read().sync.trusted).toHaveLength(1);
    expect(browserErrors).toEqual([]);
  }, 120_000);
});
