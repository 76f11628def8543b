/**
 * Start-up recovery in a real browser: browser mode over a database file that was damaged after its
 * last backup. The page names the problem, the user restores the backup, and the app opens on it
 * without restarting the host. Needs the built renderer (`npm test` builds first) and Debian Chromium.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../shared/api/client';
import { createDispatch, createHandlers } from '../../electron/handlers';
import { defaultContext } from '../../electron/handlers/defaultContext';
import { startHost, type Host } from '../../electron/host';
import { startSession, type Session } from '../../electron/host/session';
import { openStore } from '../../electron/store';
import { FOCAL_POINT } from '../focalPoint';
import { DATA, RENDERER, SHOTS, launch, prepare } from './harness';

const DAMAGED = '\0'.repeat(4096);

let dir: string;
let file: string;
let session: Session;
let host: Host;
let context: BrowserContext;
let page: Page;
let browserErrors: string[] = [];

beforeAll(async () => {
  dir = prepare('cea-e2e-recovery-');
  file = join(dir, 'cea.json');
  const ctx = defaultContext('e2e');
  const store = await openStore({ file, dataDir: DATA, createIfMissing: true });
  const dispatch = createDispatch(createHandlers(store, ctx), ctx);
  await createClient((m, i) => dispatch(m, i)).send('identity.set', FOCAL_POINT);
  await store.backup('manual');
  await store.close();
  // What a power cut on a file system without our fsync discipline leaves behind.
  writeFileSync(file, DAMAGED);

  session = await startSession({ file, dataDir: DATA, ctx });
  host = await startHost({ dispatch: session.dispatch, staticDir: RENDERER });
  ({ context, page, errors: browserErrors } = await launch(dir));
}, 120_000);

afterAll(async () => {
  await context?.close();
  await host?.close();
  await session?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('browser mode over a damaged database', () => {
  it('names the problem, restores the backup through the screen and opens the app on it', async () => {
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: 'No se pudo abrir la base de datos' }).waitFor();
    expect(await page.getByRole('alert').first().textContent()).toContain(
      `La base de datos ${file} está dañada`,
    );
    expect(await page.getByRole('link', { name: 'Configuración' }).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'recovery-corrupt.png'), fullPage: true });

    // The manual backup holds the identity; closing after it also kept the file as first created.
    await page
      .getByRole('row')
      .filter({ hasText: 'Manual' })
      .getByRole('button', { name: /^Restaurar la copia del / })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Programa de actividades' }).waitFor();

    const keptAside = readdirSync(dir).filter((n) => n.startsWith('cea.json.corrupt-'));
    expect(keptAside).toHaveLength(1);
    expect(readFileSync(join(dir, keptAside[0]!), 'utf8')).toBe(DAMAGED);
    expect(session.problem()).toBeNull();

    // The host now serves the normal handlers: a reload goes straight to the app.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Programa de actividades' }).waitFor();
    expect(browserErrors).toEqual([]);
  }, 120_000);
});
